"""`cme-intake watch`: process what is in inbox/, then keep watching until stopped.

Losing nothing matters more than reacting fast, so events are only a hint:
- a full scan at start and a rescan every `rescan_seconds` find anything an
  event missed (an overflowed inotify queue, a network share, a folder moved in);
- native events (inotify) where they work, a PollingObserver where they do not
  (forced by `polling = true`, a network or FUSE filesystem, or inotify
  refusing to start);
- a file is handed over only after its size and mtime have stayed the same for
  `settle_seconds` and it opens for reading, so a slow upload is read once,
  complete; litter and partial uploads are never touched (intake.inbox_files);
- SIGTERM/SIGINT: no new file is started, the files in hand are finished.

Exactly-once across a crash is the pipeline's job (its journey table); this
module only promises never to hand the same path to two threads at once.
"""
from __future__ import annotations

import os
import re
import signal
import stat
import threading
import time
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from typing import Callable

from watchdog.events import FileSystemEvent, FileSystemEventHandler
from watchdog.observers import Observer
from watchdog.observers.polling import PollingObserver

from intake.config import Settings
from intake.inbox_files import is_candidate, list_candidates
from intake.logs import log_step

# Filesystems where inotify sees only local changes, or none at all.
NETWORK_FS_PREFIXES = ("nfs", "cifs", "smb", "fuse", "9p", "ceph", "glusterfs", "davfs", "afs", "lustre")
POLL_SECONDS = 2.0
UNOPENABLE_GIVE_UP = 300.0  # an upload that never becomes readable is handed over to be quarantined


def filesystem_type(path: Path, mounts: str = "/proc/mounts") -> str | None:
    """The type of the filesystem holding `path` (longest matching mount point)."""
    target = os.path.realpath(path)
    best, best_len = None, -1
    try:
        with open(mounts, encoding="utf-8", errors="replace") as handle:
            lines = handle.readlines()
    except OSError:
        return None
    for line in lines:
        parts = line.split()
        if len(parts) < 3:
            continue
        point = re.sub(r"\\([0-7]{3})", lambda m: chr(int(m.group(1), 8)), parts[1])  # \040 = space
        inside = target == point or target.startswith(point.rstrip("/") + "/")
        if inside and len(point) > best_len:
            best, best_len = parts[2], len(point)
    return best


def needs_polling(path: Path, mounts: str = "/proc/mounts") -> bool:
    fstype = filesystem_type(path, mounts) or ""
    return fstype.startswith(NETWORK_FS_PREFIXES)


class _Handler(FileSystemEventHandler):
    def __init__(self, tracker: "_Tracker"):
        self.tracker = tracker

    def on_any_event(self, event: FileSystemEvent) -> None:
        if event.event_type in ("deleted", "opened", "closed_no_write"):
            return
        path = Path(os.fsdecode(getattr(event, "dest_path", "") or event.src_path))
        if event.is_directory:
            if event.event_type in ("created", "moved"):
                self.tracker.scan(path)  # files inside a folder moved in raise no events
            return
        self.tracker.note(path)


def start_observer(inbox: Path, polling: bool | None, handler: FileSystemEventHandler):
    """(observer, kind): native events when they can work, polling otherwise."""
    if polling is None:
        polling = needs_polling(inbox)
    if not polling:
        observer = Observer()
        try:
            observer.schedule(handler, str(inbox), recursive=True)
            observer.start()
            return observer, "native"
        except OSError as exc:  # inotify watch/instance limits, no inotify at all
            log_step(None, "watch", "native_events_unavailable", error=type(exc).__name__)
    observer = PollingObserver(timeout=POLL_SECONDS)
    observer.schedule(handler, str(inbox), recursive=True)
    observer.start()
    return observer, "polling"


class _Tracker:
    """Paths seen but not yet handed over, with when their signature last changed."""

    def __init__(self, inbox: Path, settle: float):
        self.inbox, self.settle = inbox, settle
        self.lock = threading.Lock()
        self.pending: dict[Path, tuple[tuple, float, float | None] | None] = {}
        self.busy: set[Path] = set()

    def note(self, path: Path) -> None:
        if not is_candidate(self.inbox, path):
            return
        with self.lock:
            if path not in self.busy and path not in self.pending:
                self.pending[path] = None

    def scan(self, folder: Path | None = None) -> None:
        for path in list_candidates(folder or self.inbox):
            self.note(path)

    def take_ready(self, now: float, limit: int) -> list[Path]:
        """Up to `limit` paths that have settled; they become busy."""
        ready: list[Path] = []
        with self.lock:
            items = list(self.pending.items())
        for path, seen in items:
            if len(ready) >= limit:
                break
            try:
                st = os.lstat(path)
            except OSError:
                with self.lock:
                    self.pending.pop(path, None)  # gone: moved away or deleted by the sender
                continue
            sig = (st.st_size, st.st_mtime_ns, st.st_ino, st.st_mode)
            if seen is None or seen[0] != sig:
                with self.lock:
                    self.pending[path] = (sig, now, None)
                continue
            _, since, unopenable_since = seen
            if now - since < self.settle:
                continue
            if stat.S_ISREG(st.st_mode) and not _opens(path):
                first = unopenable_since or now
                if now - first < UNOPENABLE_GIVE_UP:
                    with self.lock:
                        self.pending[path] = (sig, since, first)
                    continue
            ready.append(path)
        with self.lock:
            for path in ready:
                self.pending.pop(path, None)
                self.busy.add(path)
        return ready

    def release(self, path: Path) -> None:
        with self.lock:
            self.busy.discard(path)

    def in_hand(self) -> int:
        with self.lock:
            return len(self.busy)


def _opens(path: Path) -> bool:
    """Whether the upload can be opened for reading now (an SMB client holding
    it with deny-read fails here). Never follows a link, never blocks."""
    try:
        fd = os.open(path, os.O_RDONLY | os.O_NOFOLLOW | os.O_NONBLOCK | os.O_CLOEXEC)
    except OSError:
        return False
    os.close(fd)
    return True


def install_signal_handlers(stop: threading.Event) -> Callable[[], None]:
    """First SIGTERM/SIGINT asks for a clean stop; a second one acts as usual.
    Returns a function that puts the previous handlers back."""
    previous = {sig: signal.getsignal(sig) for sig in (signal.SIGTERM, signal.SIGINT)}

    def ask_stop(signum, frame):
        stop.set()
        for sig, handler in previous.items():
            signal.signal(sig, handler)

    for sig in previous:
        signal.signal(sig, ask_stop)
    return lambda: [signal.signal(sig, handler) for sig, handler in previous.items()]


def watch(home: Path, settings: Settings, process_one: Callable[[Path], object],
          stop: threading.Event) -> None:
    """Run until `stop` is set; `process_one` is called from several threads."""
    inbox = Path(home) / "inbox"
    inbox.mkdir(mode=0o700, parents=True, exist_ok=True)
    cfg = settings.watch
    workers = cfg.workers or os.cpu_count() or 1
    tick = min(0.5, max(0.05, cfg.settle_seconds / 4))
    restore = None
    if threading.current_thread() is threading.main_thread():
        restore = install_signal_handlers(stop)
    tracker = _Tracker(inbox, cfg.settle_seconds)
    observer, kind = start_observer(inbox, cfg.polling, _Handler(tracker))
    log_step(None, "watch", "started", observer=kind, workers=workers)

    def run(path: Path) -> None:
        started = time.monotonic()
        try:
            result = process_one(path)
            reference = result if isinstance(result, str) else getattr(result, "reference", None)
            log_step(reference, "watch_file", "done", (time.monotonic() - started) * 1000)
        except Exception as exc:  # noqa: BLE001 - one bad file must not stop the service
            log_step(None, "watch_file", "error", (time.monotonic() - started) * 1000,
                     error=type(exc).__name__)
        finally:
            tracker.release(path)

    pool = ThreadPoolExecutor(workers, thread_name_prefix="cme-file")
    try:
        tracker.scan()
        next_rescan = time.monotonic() + cfg.rescan_seconds
        while not stop.is_set():
            now = time.monotonic()
            if now >= next_rescan:
                tracker.scan()
                next_rescan = now + cfg.rescan_seconds
                if not observer.is_alive():  # e.g. inbox replaced under inotify
                    try:
                        observer, kind = start_observer(inbox, cfg.polling, _Handler(tracker))
                        log_step(None, "watch", "observer_restarted", observer=kind)
                    except Exception as exc:  # noqa: BLE001 - rescans still find every file
                        log_step(None, "watch", "observer_failed", error=type(exc).__name__)
            # Only as many in hand as there are workers, so a stop finishes
            # exactly the files already started and nothing queued behind them.
            for path in tracker.take_ready(now, workers - tracker.in_hand()):
                pool.submit(run, path)
            stop.wait(tick)
    finally:
        log_step(None, "watch", "stopping", in_hand=tracker.in_hand())
        pool.shutdown(wait=True)
        observer.stop()
        observer.join(10)
        if restore is not None:
            restore()
        log_step(None, "watch", "stopped")

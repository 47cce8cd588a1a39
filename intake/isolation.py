"""Read each file in a separate, limited worker process.

A school's upload is untrusted input for third-party parsers (pypdf, pdfminer,
python-docx, lxml) that can hang, recurse, segfault or allocate without bound.
So parsing happens in a child process with an address-space limit and a
wall-clock limit; whatever goes wrong comes back as an `Unreadable` with a
reason code, and the service carries on with the next file.

    parse_isolated(path, limits) -> ParseResult          # one file, shared pool
    IsolatedParser(limits, workers).submit(path) -> Future[ParseResult]

Details carry exception type names, signal names and sizes only: an exception
message can quote the document, which may hold a child's name.
"""
from __future__ import annotations

import atexit
import errno
import importlib
import logging
import multiprocessing
import os
import queue
import resource
import signal
import stat
import sys
import threading
import warnings
from concurrent.futures import Future
from pathlib import Path
from typing import Callable

from intake.config import Limits
from parsers.base import ParsedForm, ParseResult, Unreadable

DEFAULT_TARGET = "parsers:parse_file"
MIB = 1024 * 1024
START_SECONDS = 120.0   # importing the parsers on a busy 2-core box can take a while
RECYCLE_AFTER = 200     # files per worker: bounds leaks and state in third-party code

Target = str | Callable[[Path, Limits], ParseResult]


def _context() -> multiprocessing.context.BaseContext:
    # forkserver: workers fork from a small clean server, not from a parent
    # holding threads, sockets and the database; spawn where unavailable.
    if "forkserver" in multiprocessing.get_all_start_methods():
        ctx = multiprocessing.get_context("forkserver")
        ctx.set_forkserver_preload(["intake.isolation", "parsers"])
        return ctx
    return multiprocessing.get_context("spawn")


def _target_spec(target: Target) -> str:
    if isinstance(target, str):
        return target
    return f"{target.__module__}:{target.__qualname__}"


def _kind(mode: int) -> str:
    for test, name in ((stat.S_ISLNK, "symlink"), (stat.S_ISDIR, "directory"),
                       (stat.S_ISFIFO, "fifo"), (stat.S_ISSOCK, "socket"),
                       (stat.S_ISCHR, "device"), (stat.S_ISBLK, "device")):
        if test(mode):
            return name
    return "special"


def check_file(path: Path, limits: Limits) -> Unreadable | None:
    """The checks made before any parser sees the file; None when it may be parsed.

    Never follows a link: lstat, then open with O_NOFOLLOW and compare inodes,
    so a file swapped for a link between the two is still caught.
    """
    try:
        st = os.lstat(path)
    except OSError as exc:
        return Unreadable("damaged", type(exc).__name__)
    if not stat.S_ISREG(st.st_mode):
        return Unreadable("unsafe_path", _kind(st.st_mode))
    if st.st_size > limits.max_file_mib * MIB:
        return Unreadable("too_large", f"{st.st_size} bytes")
    if st.st_size == 0:
        return Unreadable("empty")
    try:
        fd = os.open(path, os.O_RDONLY | os.O_NOFOLLOW | os.O_NONBLOCK | os.O_CLOEXEC)
    except OSError as exc:
        if exc.errno == errno.ELOOP:
            return Unreadable("unsafe_path", "symlink")
        return Unreadable("damaged", type(exc).__name__)
    try:
        fst = os.fstat(fd)
    finally:
        os.close(fd)
    if (fst.st_dev, fst.st_ino) != (st.st_dev, st.st_ino) or not stat.S_ISREG(fst.st_mode):
        return Unreadable("unsafe_path", "replaced")
    return None


# ---------------------------------------------------------------- child side

def _worker_main(conn, spec: str, limits_json: str, sys_path: list[str]) -> None:
    """Runs in the child: serve paths from `conn` until told to stop."""
    sys.path[:] = sys_path
    # Libraries print warnings that can quote document text; the child has no
    # business writing to the service's terminal or log.
    devnull = os.open(os.devnull, os.O_WRONLY)
    os.dup2(devnull, 1)
    os.dup2(devnull, 2)
    logging.disable(logging.CRITICAL)
    warnings.simplefilter("ignore")
    signal.signal(signal.SIGINT, signal.SIG_IGN)   # the parent decides when to stop
    resource.setrlimit(resource.RLIMIT_CORE, (0, 0))  # a core dump would hold the document
    try:
        module, _, name = spec.partition(":")
        fn = importlib.import_module(module)
        for part in name.split("."):
            fn = getattr(fn, part)
        limits = Limits.model_validate_json(limits_json)
    except BaseException as exc:  # noqa: BLE001 - reported to the parent by type only
        conn.send(("failed", type(exc).__name__))
        return
    # Limit after the imports: the budget is for reading the file, and the
    # libraries' own mappings still count against it.
    cap = limits.parse_memory_mib * MIB
    _, hard = resource.getrlimit(resource.RLIMIT_AS)
    if hard != resource.RLIM_INFINITY:
        cap = min(cap, hard)
    resource.setrlimit(resource.RLIMIT_AS, (cap, cap))
    conn.send(("ready", None))
    while True:
        try:
            job = conn.recv()
        except (EOFError, OSError):
            return
        if job is None:
            return
        result, fatal = _run_one(fn, Path(job), limits)
        try:
            conn.send((result, fatal))
        except Exception as exc:  # noqa: BLE001 - e.g. a result that does not pickle
            conn.send((Unreadable("crashed", type(exc).__name__), True))
        if fatal:
            return


def _run_one(fn, path: Path, limits: Limits) -> tuple[ParseResult, bool]:
    """(result, fatal): fatal means this process should not be trusted again."""
    try:
        st = os.lstat(path)
        if not stat.S_ISREG(st.st_mode):
            return Unreadable("unsafe_path", _kind(st.st_mode)), False
        result = fn(path, limits)
    except MemoryError:
        return Unreadable("crashed", "MemoryError"), True
    except Exception as exc:  # noqa: BLE001 - any parser failure is a result
        return Unreadable("crashed", type(exc).__name__), False
    except BaseException as exc:  # SystemExit, KeyboardInterrupt from library code
        return Unreadable("crashed", type(exc).__name__), True
    if not isinstance(result, (ParsedForm, Unreadable)):
        return Unreadable("crashed", f"returned {type(result).__name__}"), False
    return result, False


# --------------------------------------------------------------- parent side

class _StartFailed(Exception):
    pass


class _Slot:
    """One worker process, owned by one dispatcher thread; replaced when it dies."""

    def __init__(self, ctx, spec: str, limits: Limits):
        self.ctx, self.spec, self.limits = ctx, spec, limits
        self.proc = None
        self.conn = None
        self.done = 0

    def _start(self) -> None:
        parent, child = self.ctx.Pipe(duplex=True)
        proc = self.ctx.Process(target=_worker_main, name="cme-parse", daemon=True,
                                args=(child, self.spec, self.limits.model_dump_json(), list(sys.path)))
        proc.start()
        child.close()
        self.proc, self.conn, self.done = proc, parent, 0
        try:
            if not parent.poll(START_SECONDS):
                raise _StartFailed("start timeout")
            kind, detail = parent.recv()
        except (EOFError, OSError):
            self.stop(kill=True)
            raise _StartFailed(self._death()) from None
        except _StartFailed:
            self.stop(kill=True)
            raise
        if kind != "ready":
            self.stop(kill=True)
            raise _StartFailed(detail)

    def _death(self) -> str:
        proc = self.proc
        if proc is None:
            return "no worker"
        proc.join(5)
        code = proc.exitcode
        if code is not None and code < 0:
            try:
                return signal.Signals(-code).name
            except ValueError:
                return f"signal {-code}"
        return f"exit {code}"

    def run(self, path: Path) -> ParseResult:
        refused = check_file(path, self.limits)
        if refused is not None:
            return refused
        if self.proc is None or not self.proc.is_alive() or self.done >= RECYCLE_AFTER:
            self.stop()
            try:
                self._start()
            except _StartFailed as exc:
                return Unreadable("crashed", f"worker did not start: {exc}")
        self.done += 1
        try:
            self.conn.send(str(path))
            if not self.conn.poll(self.limits.parse_seconds):
                self.stop(kill=True)
                return Unreadable("timeout", f"limit {self.limits.parse_seconds:g} s")
            result, fatal = self.conn.recv()
        except (EOFError, OSError):
            detail = self._death()
            self.stop(kill=True)
            return Unreadable("crashed", detail)
        if fatal:
            self.stop()
        return result

    def stop(self, kill: bool = False) -> None:
        proc, conn = self.proc, self.conn
        self.proc = self.conn = None
        if proc is None:
            return
        if not kill:
            try:
                conn.send(None)
            except (OSError, ValueError):
                pass
            proc.join(5)
        if proc.is_alive():
            proc.kill()
        proc.join(5)
        conn.close()
        if proc.exitcode is not None:
            proc.close()


class IsolatedParser:
    """A pool of limited worker processes, one dispatcher thread per worker.

    A worker that hangs, dies or exhausts its memory is replaced; only the file
    it was reading is affected. Futures always get a result, never an exception.
    """

    def __init__(self, limits: Limits, workers: int | None = None, target: Target = DEFAULT_TARGET):
        self.limits = limits
        self.workers = max(1, workers or os.cpu_count() or 1)
        self._spec = _target_spec(target)
        self._ctx = _context()
        self._jobs: queue.SimpleQueue = queue.SimpleQueue()
        self._closed = False
        self._threads = [threading.Thread(target=self._serve, name=f"cme-parse-{i}", daemon=True)
                         for i in range(self.workers)]
        for thread in self._threads:
            thread.start()

    def submit(self, path: Path | str) -> Future:
        if self._closed:
            raise RuntimeError("IsolatedParser is closed")
        future: Future = Future()
        self._jobs.put((Path(path), future))
        return future

    def parse(self, path: Path | str) -> ParseResult:
        return self.submit(path).result()

    def _serve(self) -> None:
        slot = _Slot(self._ctx, self._spec, self.limits)
        try:
            while True:
                job = self._jobs.get()
                if job is None:
                    return
                path, future = job
                if not future.set_running_or_notify_cancel():
                    continue
                try:
                    future.set_result(slot.run(path))
                except BaseException as exc:  # noqa: BLE001 - the caller must get a result
                    slot.stop(kill=True)
                    future.set_result(Unreadable("crashed", type(exc).__name__))
        finally:
            slot.stop()

    def close(self) -> None:
        if self._closed:
            return
        self._closed = True
        for _ in self._threads:
            self._jobs.put(None)
        for thread in self._threads:
            thread.join(30)

    def __enter__(self) -> "IsolatedParser":
        return self

    def __exit__(self, *exc) -> None:
        self.close()


_shared: dict[tuple[str, str], IsolatedParser] = {}
_shared_lock = threading.Lock()


def parse_isolated(path: Path, limits: Limits, target: Target = DEFAULT_TARGET) -> ParseResult:
    """Parse one file in a worker process of a shared pool (one worker per CPU).

    Safe to call from several threads at once; never raises for a bad file.
    """
    key = (limits.model_dump_json(), _target_spec(target))
    with _shared_lock:
        pool = _shared.get(key)
        if pool is None:
            pool = _shared[key] = IsolatedParser(limits, target=target)
    return pool.parse(path)


@atexit.register
def _close_shared() -> None:
    with _shared_lock:
        pools = list(_shared.values())
        _shared.clear()
    for pool in pools:
        pool.close()

"""intake.watch with real files, a real observer and real writer processes."""
from __future__ import annotations

import os
import signal
import subprocess
import sys
import threading
import time
from contextlib import contextmanager
from pathlib import Path

import pytest

from intake.config import Settings
from intake.watch import filesystem_type, needs_polling, watch

HERE = Path(__file__).resolve().parent
MODES = [pytest.param(False, id="native"), pytest.param(True, id="polling")]


def wait_for(condition, timeout=60.0, step=0.1):
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if condition():
            return True
        time.sleep(step)
    return condition()


class Recorder:
    """Stand-in for the pipeline: notes each call and moves the file out."""

    def __init__(self, home: Path, fail_first: set[str] = frozenset()):
        self.home, self.fail_first = home, set(fail_first)
        self.calls: list[tuple[str, bytes, float]] = []
        self.lock = threading.Lock()
        (home / "done").mkdir()

    def __call__(self, path: Path) -> str:
        rel = str(path.relative_to(self.home / "inbox"))
        data = path.read_bytes()
        with self.lock:
            self.calls.append((rel, data, time.time()))
            if rel in self.fail_first:
                self.fail_first.discard(rel)
                raise RuntimeError("pipeline failed")
        path.rename(self.home / "done" / f"{len(self.calls)}-{path.name}")
        return "CME-2026-000001"

    def names(self) -> list[str]:
        with self.lock:
            return [rel for rel, _, _ in self.calls]


@contextmanager
def watching(home: Path, process_one, polling: bool, settle: float = 2.0, rescan: float = 3.0):
    (home / "inbox").mkdir(exist_ok=True)
    settings = Settings.model_validate({"watch": {"settle_seconds": settle, "rescan_seconds": rescan,
                                                  "polling": polling, "workers": 2}})
    stop = threading.Event()
    thread = threading.Thread(target=watch, args=(home, settings, process_one, stop), daemon=True)
    thread.start()
    try:
        yield
    finally:
        stop.set()
        thread.join(60)
        assert not thread.is_alive(), "watch() did not return after stop"


WRITER = """
import sys, time
path, chunks = sys.argv[1], int(sys.argv[2])
with open(path, "wb") as handle:
    for i in range(chunks):
        handle.write(bytes([65 + i % 26]) * 1000)
        handle.flush()
        time.sleep(0.4)
print(time.time())
"""


@pytest.mark.parametrize("polling", MODES)
def test_slow_writer_is_processed_once_after_it_is_complete(tmp_path, polling):
    recorder = Recorder(tmp_path)
    target = tmp_path / "inbox" / "slow.pdf"
    with watching(tmp_path, recorder, polling):
        writer = subprocess.run([sys.executable, "-c", WRITER, str(target), "15"],
                                capture_output=True, text=True, timeout=120, check=True)
        finished = float(writer.stdout.strip())
        assert wait_for(lambda: recorder.names() == ["slow.pdf"])
        time.sleep(5)  # longer than a rescan and a settle: a second call would show
    assert len(recorder.calls) == 1
    _, data, when = recorder.calls[0]
    assert len(data) == 15_000
    assert when >= finished


LITTER = [".hidden.pdf", "~$form.docx", "Thumbs.db", "DESKTOP.INI", "desktop.ini", "form.pdf.part",
          "x.crdownload", "y.TMP", "z.partial", "w.download", "v.pdf.filepart",
          "112233/.DS_Store", "112233/~$other.docx", ".sync/inner.pdf"]


@pytest.mark.parametrize("polling", MODES)
def test_litter_and_partial_uploads_are_left_alone(tmp_path, polling):
    inbox = tmp_path / "inbox"
    for rel in LITTER + ["top.pdf", "112233/form.docx"]:
        (inbox / rel).parent.mkdir(parents=True, exist_ok=True)
        (inbox / rel).write_bytes(b"content")
    stamps = {rel: (inbox / rel).stat().st_mtime_ns for rel in LITTER}
    recorder = Recorder(tmp_path)
    with watching(tmp_path, recorder, polling):
        assert wait_for(lambda: len(recorder.calls) == 2)
        (inbox / "late.TMP").write_bytes(b"partial")  # arrives while running: ignored too
        time.sleep(6)
    assert sorted(recorder.names()) == ["112233/form.docx", "top.pdf"]
    for rel in LITTER:
        assert (inbox / rel).read_bytes() == b"content"
        assert (inbox / rel).stat().st_mtime_ns == stamps[rel]
    assert (inbox / "late.TMP").exists()


@pytest.mark.parametrize("polling", MODES)
def test_partial_upload_renamed_when_complete_is_processed(tmp_path, polling):
    recorder = Recorder(tmp_path)
    inbox = tmp_path / "inbox"
    with watching(tmp_path, recorder, polling):
        part = inbox / "referral.pdf.part"
        part.write_bytes(b"x" * 5000)
        time.sleep(3)
        assert recorder.calls == []
        part.rename(inbox / "referral.pdf")
        assert wait_for(lambda: recorder.names() == ["referral.pdf"])


def test_folder_moved_in_and_files_present_at_start_are_all_processed(tmp_path):
    inbox = tmp_path / "inbox"
    (inbox / "100001").mkdir(parents=True)
    (inbox / "100001" / "early.pdf").write_bytes(b"early")
    outside = tmp_path / "staging" / "100002"
    outside.mkdir(parents=True)
    for i in range(5):
        (outside / f"f{i}.pdf").write_bytes(b"moved in")
    recorder = Recorder(tmp_path)
    with watching(tmp_path, recorder, polling=False):
        assert wait_for(lambda: recorder.names() == ["100001/early.pdf"])
        os.rename(outside, inbox / "100002")
        assert wait_for(lambda: len(recorder.calls) == 6)
    assert sorted(recorder.names()) == ["100001/early.pdf"] + [f"100002/f{i}.pdf" for i in range(5)]


def test_a_failing_file_does_not_stop_the_watcher_and_is_retried(tmp_path):
    inbox = tmp_path / "inbox"
    inbox.mkdir()
    for name in ("bad.pdf", "good1.pdf", "good2.pdf"):
        (inbox / name).write_bytes(b"x")
    recorder = Recorder(tmp_path, fail_first={"bad.pdf"})
    with watching(tmp_path, recorder, polling=False):
        assert wait_for(lambda: not any(inbox.iterdir()))
    assert sorted(recorder.names()) == ["bad.pdf", "bad.pdf", "good1.pdf", "good2.pdf"]


def test_network_filesystems_use_polling(tmp_path):
    mounts = tmp_path / "mounts"
    mounts.write_text("/dev/vda / ext4 rw 0 0\n"
                      "srv:/cme /srv/cme\\040drop nfs4 rw 0 0\n"
                      "//files/schools /mnt/schools cifs rw 0 0\n"
                      "sshfs#x /mnt/fuse fuse.sshfs rw 0 0\n")
    assert filesystem_type(Path("/srv/cme drop/inbox"), str(mounts)) == "nfs4"
    assert needs_polling(Path("/mnt/schools/inbox"), str(mounts))
    assert needs_polling(Path("/mnt/fuse/inbox"), str(mounts))
    assert not needs_polling(Path("/srv/cme/inbox"), str(mounts))


@pytest.mark.parametrize("signum", [signal.SIGTERM, signal.SIGINT], ids=["SIGTERM", "SIGINT"])
def test_signal_finishes_the_file_in_hand_then_stops(tmp_path, signum):
    inbox = tmp_path / "inbox"
    inbox.mkdir()
    for i in range(3):
        (inbox / f"f{i}.pdf").write_bytes(b"x")
    events = tmp_path / "events.log"
    proc = subprocess.Popen([sys.executable, str(HERE / "watch_driver.py"), str(tmp_path), "3", "1"],
                            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        assert wait_for(lambda: events.exists() and "start" in events.read_text())
        proc.send_signal(signum)
        assert proc.wait(timeout=60) == 0
    finally:
        if proc.poll() is None:
            proc.kill()
    lines = events.read_text().split("\n")[:-1]
    started = [line.split()[1] for line in lines if line.startswith("start")]
    assert len(started) == 1
    assert lines == [f"start {started[0]}", f"end {started[0]}", "exit"]
    assert (tmp_path / "done" / started[0]).exists()
    assert len(list(inbox.iterdir())) == 2


def test_watch_log_names_no_file(tmp_path):
    from intake.logs import configure_logging
    configure_logging(tmp_path, stderr=False)
    inbox = tmp_path / "inbox"
    inbox.mkdir()
    (inbox / "Jane Smith 2015-03-07.pdf").write_bytes(b"x")
    recorder = Recorder(tmp_path)
    with watching(tmp_path, recorder, polling=False):
        assert wait_for(lambda: len(recorder.calls) == 1)
    text = (tmp_path / "logs" / "cme-intake.log").read_text()
    assert '"step":"watch_file"' in text and '"reference":"CME-2026-000001"' in text
    assert "Smith" not in text and "2015" not in text


def test_observer_choice(tmp_path):
    from watchdog.events import FileSystemEventHandler

    from intake.watch import start_observer
    expected_default = "polling" if needs_polling(tmp_path) else "native"
    for polling, expected in ((True, "polling"), (None, expected_default)):
        observer, kind = start_observer(tmp_path, polling, FileSystemEventHandler())
        try:
            assert kind == expected
        finally:
            observer.stop()
            observer.join(10)

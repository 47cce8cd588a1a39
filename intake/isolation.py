"""Read each file in a separate, limited worker process.

A school's upload is untrusted input for third-party parsers (pypdf, pdfminer,
python-docx, lxml) that can hang, recurse, segfault or allocate without bound.
So parsing happens in a child process with an address-space limit and a
wall-clock limit; whatever goes wrong comes back as an `Unreadable` with a
reason code, and the service carries on with the next file.

    parse_isolated(path, limits) -> ParseResult          # one file, shared pool
    IsolatedParser(limits, workers).submit(path) -> Future[ParseResult]

This module is the parent side; intake.file_checks refuses a file before any worker sees
it and intake.isolation_child is what runs in the worker.

Details carry exception type names, signal names and sizes only: an exception
message can quote the document, which may hold a child's name.
"""
from __future__ import annotations

import atexit
import multiprocessing
import os
import queue
import signal
import sys
import threading
from concurrent.futures import Future
from pathlib import Path
from typing import Callable

from intake.config import Limits
from intake.file_checks import check_file
from intake.isolation_child import serve
from parsers.base import ParseResult, Unreadable

DEFAULT_TARGET = "parsers:parse_file"
START_SECONDS = 120.0   # importing the parsers on a busy 2-core box can take a while
RECYCLE_AFTER = 200     # files per worker: bounds leaks and state in third-party code

Target = str | Callable[[Path, Limits], ParseResult]


def _context() -> multiprocessing.context.BaseContext:
    # forkserver: workers fork from a small clean server, not from a parent
    # holding threads, sockets and the database; spawn where unavailable.
    if "forkserver" in multiprocessing.get_all_start_methods():
        ctx = multiprocessing.get_context("forkserver")
        ctx.set_forkserver_preload(["intake.isolation", "intake.isolation_child", "parsers"])
        return ctx
    return multiprocessing.get_context("spawn")


def _target_spec(target: Target) -> str:
    if isinstance(target, str):
        return target
    return f"{target.__module__}:{target.__qualname__}"


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
        proc = self.ctx.Process(target=serve, name="cme-parse", daemon=True,
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

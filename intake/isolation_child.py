"""The worker side of intake.isolation: runs in the limited child process.

It imports the parser named by the parent, lowers its own limits, then reads the paths the
parent sends one by one and sends back a ParseResult; any failure becomes an `Unreadable`
naming the exception type only (a message could quote the document).
"""
from __future__ import annotations

import importlib
import logging
import os
import resource
import signal
import stat
import sys
import warnings
from pathlib import Path

from intake.config import Limits
from intake.file_checks import MIB, file_kind
from parsers.base import ParsedForm, ParseResult, Unreadable


def serve(conn, spec: str, limits_json: str, sys_path: list[str]) -> None:
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
            return Unreadable("unsafe_path", file_kind(st.st_mode)), False
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

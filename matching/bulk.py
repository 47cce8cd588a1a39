"""Helpers for loading many records at once."""
from __future__ import annotations

import gc
import multiprocessing as mp
import os
import threading
from contextlib import contextmanager
from typing import Callable, TypeVar

T = TypeVar("T")


@contextmanager
def gc_paused():
    """Pause the cyclic garbage collector while a bulk load runs, then freeze what it made.

    Loading a register allocates millions of objects that live on (records, key lists) and
    form no reference cycles; the collector would otherwise walk them all again and again
    as they accumulate (about a fifth of the build time at a million children). Frozen,
    they are also out of later collections' way: the first full collections after a load
    would each walk them again (seconds at a million), and in a forked worker that walk
    would copy every page of the index. Frozen objects are still freed when unreferenced;
    only cyclic garbage left over from before the load waits for gc.unfreeze().
    """
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        gc.freeze()
        if was_enabled:
            gc.enable()


def can_fork_work(allowed: bool = True) -> bool:
    """Whether work can run in a forked child beside this process: `allowed`, a second
    CPU, fork, and no other thread running (a fork could catch it holding a lock)."""
    return allowed and _cpus() > 1 and "fork" in mp.get_all_start_methods() \
        and threading.active_count() == 1


def start_forked(work: Callable[[], T]) -> Callable[[], T]:
    """Start work() in a forked child process, to run beside what this one does next; call
    what is returned for its result (sent back pickled). If the child cannot start or
    fails, work() runs here when its result is asked for."""
    ctx = mp.get_context("fork")
    receive, send = ctx.Pipe(duplex=False)
    try:
        child = ctx.Process(target=_send_result, args=(work, send), daemon=True)
        child.start()
    except OSError:     # no memory or process slots for a child
        return work
    finally:
        send.close()

    def result() -> T:
        try:
            done, value = receive.recv()
        except (EOFError, OSError):     # the child died (out of memory?)
            done, value = False, None
        finally:
            receive.close()
            child.join()
        return value if done else work()
    return result
def _send_result(work: Callable[[], T], send) -> None:
    try:
        outcome = (True, work())
    except Exception:   # worked out again by the parent, which will raise it if it must
        outcome = (False, None)
    send.send(outcome)


def _cpus() -> int:
    try:
        return len(os.sched_getaffinity(0))
    except AttributeError:   # not on Linux
        return os.cpu_count() or 1

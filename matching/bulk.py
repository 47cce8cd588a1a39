"""Helpers for loading many records at once."""
from __future__ import annotations

import gc
from contextlib import contextmanager


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

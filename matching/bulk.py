"""Helpers for loading many records at once."""
from __future__ import annotations

import gc
from contextlib import contextmanager


@contextmanager
def gc_paused():
    """Pause the cyclic garbage collector while a bulk load runs.

    Loading a register allocates millions of objects that live on (records, key lists) and
    form no reference cycles; the collector would otherwise walk them all again and again
    as they accumulate (about a fifth of the build time at a million children).
    """
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            gc.enable()

"""Test-only worker targets for intake.isolation, chosen by the file's content.

Passed as `target=` (never monkeypatched), so the real worker process, limits
and recovery code run exactly as in service.
"""
from __future__ import annotations

import os
import signal
import time
from pathlib import Path

from parsers.base import Unreadable


def by_content(path: Path, limits) -> Unreadable:
    data = path.read_bytes()
    if data.startswith(b"hang"):
        path.with_suffix(".pid").write_text(str(os.getpid()))
        time.sleep(3600)
    if data.startswith(b"alloc"):
        hog = bytearray(3 * 1024 * 1024 * 1024)  # 3 GiB, far above the test's limit
        return Unreadable("not_a_form", f"allocated {len(hog)}")
    if data.startswith(b"segv"):
        os.kill(os.getpid(), signal.SIGSEGV)
    if data.startswith(b"raise"):
        raise ValueError("Jane Smith born 2015-03-07 at 1 High Street")
    if data.startswith(b"exit"):
        raise SystemExit(3)
    if data.startswith(b"object"):
        return {"not": "a ParseResult"}  # type: ignore[return-value]
    return Unreadable("not_a_form", f"pid {os.getpid()}")


def form_with_dates(path: Path, limits):
    """A full ParsedForm (enum, dates, provenance), to prove results cross the pipe."""
    from datetime import date

    from parsers.base import ParsedForm, Provenance, Reading
    from records.models import FormType
    return ParsedForm(FormType.cme_referral,
                      {"child.date_of_birth": Reading(date(2015, 3, 7), Provenance(1, "label:DOB", "07/03/2015"))},
                      flags={"invalid_upn"}, notes=["a note"])

"""Choose the reader by what the file IS (its bytes), not what it is called.

`read_document` is the one entry point the intake stage calls: safety checks
first, then the PDF or Word reader. It never raises for a bad file; anything a
reader lets slip is caught here and reported as "crashed" with only the
exception type, never file content.
"""
from __future__ import annotations

import logging
from pathlib import Path
from typing import Callable

from intake.config import Limits
from parsers.base import Unreadable
from parsers.raw import RawDocument
from parsers.safety import DOC_BINARY, precheck

# The PDF libraries log a line for every quirk of a damaged file, sometimes with
# fragments of its text; the reason code we return says all staff need.
for _noisy in ("pdfminer", "pypdf", "pdfplumber"):
    logging.getLogger(_noisy).setLevel(logging.ERROR)

Reader = Callable[[Path, Limits], "RawDocument | Unreadable"]


def _read_pdf(path: Path, limits: Limits) -> RawDocument | Unreadable:
    from parsers.pdf import read_pdf
    return read_pdf(path)


def _read_docx(path: Path, limits: Limits) -> RawDocument | Unreadable:
    from parsers.docx import read_docx
    return read_docx(path)


READERS: dict[str, Reader] = {"pdf": _read_pdf, "docx": _read_docx}


def read_document(path: str | Path, limits: Limits | None = None) -> RawDocument | Unreadable:
    path = Path(path)
    limits = limits or Limits()
    try:
        kind, problem = precheck(path, limits)
    except OSError as exc:
        return Unreadable("damaged", f"cannot open file: {type(exc).__name__}")
    if problem is not None:
        if problem.reason_code == "wrong_type" and path.suffix.lower() == ".doc" \
                and problem is not DOC_BINARY:
            return DOC_BINARY
        return problem
    try:
        doc = READERS[kind](path, limits)
    except RecursionError:
        return Unreadable("damaged", "RecursionError")
    except MemoryError:
        return Unreadable("damaged", "MemoryError")
    except Exception as exc:  # a reader bug must not stop the batch
        return Unreadable("crashed", type(exc).__name__)
    if isinstance(doc, RawDocument) and not doc.text.strip() and not doc.page_header \
            and not any(e.value or e.label for e in doc.entries):
        return Unreadable("blank")      # a PDF without text is a scan (said by its reader)
    return doc

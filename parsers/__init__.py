"""Readers for the forms schools send: file in, `ParsedForm` or `Unreadable` out.

    parse_file(path, limits) -> ParseResult
        = parsers.registry.read_document (bytes -> RawDocument, or Unreadable)
        then parsers.extract.extract (RawDocument -> ParsedForm).
"""
from __future__ import annotations

from pathlib import Path


def parse_file(path: str | Path, limits=None):
    """Read one uploaded file. Never raises for a bad file."""
    # Imported lazily: the readers pull in pdfplumber and python-docx, which
    # callers that only need the data classes should not pay for.
    from parsers.base import Unreadable
    from parsers.extract import extract
    from parsers.registry import read_document

    raw = read_document(path, limits)
    if isinstance(raw, Unreadable):
        return raw
    try:
        return extract(raw)
    except RecursionError:
        return Unreadable("crashed", "RecursionError in extract")
    except Exception as exc:  # an extractor bug must not stop the batch
        return Unreadable("crashed", f"extract: {type(exc).__name__}")

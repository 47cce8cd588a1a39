"""Checks made BEFORE a file is handed to a parsing library.

Every check reads only bytes we bound ourselves (the first KiB, the zip central
directory, XML prologues), so a hostile file is refused before pdfminer or lxml
spends time or memory on it. `sniff` says what the bytes are, whatever the name.
"""
from __future__ import annotations

import re
import zipfile
from pathlib import Path
from typing import Literal

from intake.config import Limits
from parsers.base import Unreadable

Kind = Literal["pdf", "docx"]

_MIB = 1024 * 1024
_OLE_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
# An XML part is only scanned up to here for a DOCTYPE: it must come before the
# root element, so a prologue longer than this is itself suspicious.
_PROLOGUE_BYTES = 4096
_DOCTYPE = re.compile(rb"<!\s*(DOCTYPE|ENTITY)", re.IGNORECASE)
_WORD_TYPES = (".docx", ".docm", ".dotx", ".dotm")

DOC_BINARY = Unreadable(
    "wrong_type",
    "old binary Word (.doc) file: please save it as .docx or PDF and send it again",
)


def sniff(path: Path) -> tuple[Kind | None, Unreadable | None]:
    """What the file is by its bytes: ("pdf"|"docx", None) or (None, why not)."""
    with open(path, "rb") as fh:
        head = fh.read(1024)
    if not head:
        return None, Unreadable("empty")
    if head.startswith(b"PK"):
        return "docx", None
    if b"%PDF" in head:
        return "pdf", None
    if head.startswith(_OLE_MAGIC):
        # Word puts a password-protected .docx inside an OLE container too.
        with open(path, "rb") as fh:
            body = fh.read(256 * 1024)
        if "EncryptedPackage".encode("utf-16-le") in body:
            return None, Unreadable("encrypted", "password-protected Word file")
        return None, DOC_BINARY
    return None, Unreadable("wrong_type", _describe(head))


def _describe(head: bytes) -> str:
    """A short technical name for common non-form files (never the content)."""
    known = {b"\x89PNG": "PNG image", b"\xff\xd8\xff": "JPEG image", b"GIF8": "GIF image",
             b"MZ": "Windows program", b"{\\rtf": "RTF document", b"\x7fELF": "program",
             b"II*\x00": "TIFF image", b"MM\x00*": "TIFF image"}
    for magic, name in known.items():
        if head.startswith(magic):
            return f"file content is a {name}"
    stripped = head.lstrip()
    if stripped.startswith(b"<?xml") or stripped.startswith(b"<"):
        return "file content is XML/HTML, not a Word package"
    return "file content is not a PDF or Word document"


def check_size(path: Path, limits: Limits) -> Unreadable | None:
    size = path.stat().st_size
    if size == 0:
        return Unreadable("empty")
    if size > limits.max_file_mib * _MIB:
        return Unreadable("too_large", f"{size // _MIB} MiB, limit {limits.max_file_mib:g} MiB")
    return None


def check_zip(path: Path, limits: Limits) -> Unreadable | None:
    """Central-directory checks for a Word package, before anything is inflated."""
    try:
        with zipfile.ZipFile(path) as zf:
            infos = zf.infolist()
            if len(infos) > limits.max_zip_members:
                return Unreadable("hostile", f"zip has {len(infos)} members")
            total = 0
            for info in infos:
                total += info.file_size
                if info.file_size > 1 * _MIB and info.compress_size > 0 and \
                        info.file_size / info.compress_size > limits.max_zip_ratio:
                    return Unreadable("hostile", "zip member compression ratio too high")
                if info.file_size > 0 and info.compress_size == 0 and info.compress_type:
                    return Unreadable("hostile", "zip member with no compressed data")
            if total > limits.max_zip_uncompressed_mib * _MIB:
                return Unreadable("hostile", "zip declares too much uncompressed data")
            names = {i.filename for i in infos}
            if "[Content_Types].xml" not in names:
                return Unreadable("wrong_type", "zip archive that is not a Word document")
            for info in infos:
                if info.filename.lower().endswith((".xml", ".rels")) and not info.is_dir():
                    with zf.open(info) as part:
                        if _DOCTYPE.search(part.read(_PROLOGUE_BYTES)):
                            return Unreadable("hostile", "Word part declares a DOCTYPE or ENTITY")
    except (zipfile.BadZipFile, zipfile.LargeZipFile, EOFError, ValueError, NotImplementedError) as exc:
        return Unreadable("damaged", type(exc).__name__)
    except (OSError, RuntimeError) as exc:  # encrypted zip members, unsupported methods
        return Unreadable("damaged", type(exc).__name__)
    return None


def precheck(path: Path, limits: Limits) -> tuple[Kind | None, Unreadable | None]:
    """All checks in order; returns the sniffed kind or the reason to refuse."""
    problem = check_size(path, limits)
    if problem:
        return None, problem
    kind, problem = sniff(path)
    if problem:
        return None, problem
    if kind == "docx":
        problem = check_zip(path, limits)
        if problem:
            return None, problem
    return kind, None

"""Generators for hostile and odd uploads (no personal data, made fresh per test)."""
from __future__ import annotations

import io
import os
import zipfile
from pathlib import Path

from docx import Document
from pypdf import PdfReader, PdfWriter
from reportlab.pdfgen import canvas

MIB = 1024 * 1024


def pdf_bytes() -> bytes:
    buf = io.BytesIO()
    page = canvas.Canvas(buf)
    for line in range(40):
        page.drawString(72, 800 - line * 18, f"Line {line} of a test document with some words on it")
    page.showPage()
    page.save()
    return buf.getvalue()


def docx_bytes() -> bytes:
    buf = io.BytesIO()
    doc = Document()
    doc.add_paragraph("A test document.")
    doc.save(buf)
    return buf.getvalue()


def _rewrite_docx(path: Path, change) -> Path:
    """Copy a real .docx, letting `change(zip_out, name, data)` replace or add parts."""
    with zipfile.ZipFile(io.BytesIO(docx_bytes())) as src, zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as out:
        for info in src.infolist():
            data = src.read(info.filename)
            if not change(out, info.filename, data):
                out.writestr(info, data)
    return path


def xxe_docx(path: Path) -> Path:
    def change(out, name, data):
        if name != "word/document.xml":
            return False
        body = data.split(b"?>", 1)[1]
        out.writestr(name, b'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
                           b'<!DOCTYPE w:document [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>' + body)
        return True
    return _rewrite_docx(path, change)


def zip_bomb_docx(path: Path, inflated_mib: int = 400) -> Path:
    def change(out, name, data):
        if name == "word/document.xml":
            out.writestr(name, data)
            with out.open("word/media/image1.bin", "w") as member:  # streamed: never in memory
                chunk = b"\0" * MIB
                for _ in range(inflated_mib):
                    member.write(chunk)
            return True
        return False
    return _rewrite_docx(path, change)


def encrypted_pdf(path: Path) -> Path:
    writer = PdfWriter(clone_from=PdfReader(io.BytesIO(pdf_bytes())))
    writer.encrypt(user_password="secret", owner_password="owner", algorithm="AES-256")
    with open(path, "wb") as handle:
        writer.write(handle)
    return path


def truncated_pdf(path: Path) -> Path:
    data = pdf_bytes()
    path.write_bytes(data[: len(data) // 3])
    return path


def png_named_pdf(path: Path) -> Path:
    path.write_bytes(b"\x89PNG\r\n\x1a\n\0\0\0\rIHDR" + os.urandom(2000))
    return path


def empty_file(path: Path) -> Path:
    path.write_bytes(b"")
    return path


def sparse_100_mib(path: Path) -> Path:
    with open(path, "wb") as handle:
        handle.truncate(100 * MIB)  # sparse: no disk space used
    return path


def symlink_to_file(path: Path) -> Path:
    os.symlink("/etc/passwd", path)
    return path


def symlink_to_folder(path: Path) -> Path:
    os.symlink("/etc", path)
    return path


def fifo(path: Path) -> Path:
    os.mkfifo(path)
    return path

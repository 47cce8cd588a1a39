"""Hostile and broken inputs, built here, and every real third-party file."""
from __future__ import annotations

import csv
import io
import zipfile
from pathlib import Path

import docx
import pytest

from intake.config import Limits
from parsers.base import REASONS, Unreadable
from parsers.raw import RawDocument
from parsers.registry import read_document

SHARED = Path("/work/shared")
CORPUS = SHARED / "corpus" / "real"
SAMPLES = SHARED / "samples"


def _docx(tmp_path, name="f.docx") -> Path:
    d = docx.Document()
    d.add_paragraph("Surname: SMITH")
    path = tmp_path / name
    d.save(path)
    return path


def _rewrite(src: Path, dst: Path, part: str, data: bytes) -> Path:
    with zipfile.ZipFile(src) as zin, zipfile.ZipFile(dst, "w", zipfile.ZIP_DEFLATED) as zout:
        for info in zin.infolist():
            zout.writestr(info.filename, data if info.filename == part else zin.read(info))
    return dst


def _reason(result) -> str:
    assert isinstance(result, Unreadable), result
    assert result.reason_code in REASONS
    return result.reason_code


def test_xxe_docx_is_hostile(tmp_path):
    src = _docx(tmp_path)
    with zipfile.ZipFile(src) as z:
        xml = z.read("word/document.xml")
    head, rest = xml.split(b"?>", 1)
    evil = head + b'?><!DOCTYPE w:document [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>' + rest
    bad = _rewrite(src, tmp_path / "xxe.docx", "word/document.xml", evil)
    result = read_document(bad, Limits())
    assert _reason(result) == "hostile"
    assert "root:" not in result.detail


def test_zip_bomb_is_hostile_before_inflating(tmp_path):
    src = _docx(tmp_path)
    bomb = tmp_path / "bomb.docx"
    with zipfile.ZipFile(src) as zin, zipfile.ZipFile(bomb, "w", zipfile.ZIP_DEFLATED) as zout:
        for info in zin.infolist():
            zout.writestr(info.filename, zin.read(info))
        zout.writestr("word/media/pad.bin", b"\0" * (30 * 1024 * 1024))
    assert _reason(read_document(bomb, Limits())) == "hostile"
    assert _reason(read_document(bomb, Limits(max_zip_uncompressed_mib=10, max_zip_ratio=10 ** 6))) \
        == "hostile"


def test_too_many_members(tmp_path):
    src = _docx(tmp_path)
    many = tmp_path / "many.docx"
    with zipfile.ZipFile(src) as zin, zipfile.ZipFile(many, "w") as zout:
        for info in zin.infolist():
            zout.writestr(info.filename, zin.read(info))
        for i in range(30):
            zout.writestr(f"x/{i}.txt", b"x")
    assert _reason(read_document(many, Limits(max_zip_members=20))) == "hostile"


def _pdf(path: Path) -> Path:
    from reportlab.pdfgen import canvas
    c = canvas.Canvas(str(path))
    c.drawString(50, 700, "Surname: SMITH")
    c.save()
    return path


def test_encrypted_pdf(tmp_path):
    from pypdf import PdfReader, PdfWriter
    plain = _pdf(tmp_path / "plain.pdf")
    writer = PdfWriter()
    for page in PdfReader(plain).pages:
        writer.add_page(page)
    writer.encrypt("secret")
    locked = tmp_path / "locked.pdf"
    with open(locked, "wb") as fh:
        writer.write(fh)
    assert _reason(read_document(locked, Limits())) == "encrypted"


def test_truncated_pdf_empty_file_png_and_doc(tmp_path):
    plain = _pdf(tmp_path / "plain.pdf").read_bytes()
    cut = tmp_path / "cut.pdf"
    cut.write_bytes(plain[: len(plain) // 3])
    assert _reason(read_document(cut, Limits())) in ("damaged", "scanned")
    empty = tmp_path / "empty.pdf"
    empty.write_bytes(b"")
    assert _reason(read_document(empty, Limits())) == "empty"
    png = tmp_path / "photo.pdf"
    png.write_bytes(b"\x89PNG\r\n\x1a\n" + b"\0" * 100)
    assert _reason(read_document(png, Limits())) == "wrong_type"
    doc = tmp_path / "old.doc"
    doc.write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\0" * 600)
    result = read_document(doc, Limits())
    assert _reason(result) == "wrong_type" and ".docx" in result.detail


def test_too_large(tmp_path):
    big = _pdf(tmp_path / "big.pdf")
    assert _reason(read_document(big, Limits(max_file_mib=0.0001))) == "too_large"


def test_pdf_named_docx_is_read_by_content(tmp_path):
    path = _pdf(tmp_path / "form.docx")
    assert isinstance(read_document(path, Limits()), RawDocument)


def _manifest() -> list[dict]:
    path = CORPUS / "MANIFEST.tsv"
    if not path.exists():
        return []
    return list(csv.DictReader(io.StringIO(path.read_text(encoding="utf-8")), delimiter="\t"))


EXPECT = {"password": {"encrypted"}, "corrupt": {"damaged", "wrong_type", "empty"},
          "no_text": {"scanned", "damaged"}, "not_a_form": None, "readable": None}


@pytest.mark.parametrize("row", _manifest(), ids=lambda r: r["path"])
def test_real_corpus_never_raises(row):
    result = read_document(CORPUS / row["path"], Limits())
    assert isinstance(result, (RawDocument, Unreadable))
    wanted = EXPECT.get(row["expect"])
    if wanted:
        assert _reason(result) in wanted


def _samples() -> list[Path]:
    if not SAMPLES.exists():
        return []
    return sorted(p for p in SAMPLES.rglob("*") if p.is_file() and p.suffix in (".pdf", ".docx")
                  and p.parent.name != "litter" and not p.name.startswith("~$"))


@pytest.mark.parametrize("path", _samples(), ids=lambda p: str(p.relative_to(SAMPLES)))
def test_samples(path):
    result = read_document(path, Limits())
    rel = path.relative_to(SAMPLES).parts
    if rel[0] == "bad":
        assert isinstance(result, (Unreadable, RawDocument))  # a wrong-purpose form may read
    elif isinstance(result, Unreadable):
        assert result.reason_code == "scanned"
    else:
        assert len(result.entries) >= 10 and result.title_lines

"""Generated hostile uploads through the real isolated parser: each comes back
as Unreadable with the reason a school would be told."""
from __future__ import annotations

import pytest

import hostile_files as make
import parsers
from intake.config import Limits
from intake.isolation import IsolatedParser
from parsers.base import Unreadable

# Refused before any parser runs (intake.file_checks.check_file).
PRECHECKED = [
    ("empty.pdf", make.empty_file, "empty"),
    ("big.pdf", make.sparse_100_mib, "too_large"),
    ("link.pdf", make.symlink_to_file, "unsafe_path"),
    ("folder-link", make.symlink_to_folder, "unsafe_path"),
    ("pipe.pdf", make.fifo, "unsafe_path"),
]
# Need the real parsers (parsers.parse_file).
PARSED = [
    ("entity.docx", make.xxe_docx, "hostile"),
    ("bomb.docx", make.zip_bomb_docx, "hostile"),
    ("locked.pdf", make.encrypted_pdf, "encrypted"),
    ("cut.pdf", make.truncated_pdf, "damaged"),
    ("picture.pdf", make.png_named_pdf, "wrong_type"),
]


@pytest.fixture(scope="module")
def pool():
    with IsolatedParser(Limits(parse_seconds=60), workers=2) as parser:
        yield parser


def _check(pool, tmp_path, name, build, reason):
    path = build(tmp_path / name)
    result = pool.submit(path).result(timeout=300)
    assert isinstance(result, Unreadable), result
    assert result.reason_code == reason, result
    assert not result.detail.startswith("worker did not start"), result


@pytest.mark.parametrize("name, build, reason", PRECHECKED, ids=[p[0] for p in PRECHECKED])
def test_refused_before_parsing(pool, tmp_path, name, build, reason):
    _check(pool, tmp_path, name, build, reason)


@pytest.mark.skipif(not hasattr(parsers, "parse_file"), reason="parsers.parse_file not written yet")
@pytest.mark.parametrize("name, build, reason", PARSED, ids=[p[0] for p in PARSED])
def test_refused_by_the_parsers(pool, tmp_path, name, build, reason):
    _check(pool, tmp_path, name, build, reason)


def test_symlink_target_is_never_read(pool, tmp_path):
    secret = tmp_path / "secret.pdf"
    secret.write_bytes(b"%PDF-1.4 not for you")
    link = tmp_path / "link.pdf"
    link.symlink_to(secret)
    before = secret.stat().st_atime_ns
    assert pool.parse(link) == Unreadable("unsafe_path", "symlink")
    assert secret.stat().st_atime_ns == before

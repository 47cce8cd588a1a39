"""What counts as an input in inbox/ (contract section 1)."""
from __future__ import annotations

import os
from pathlib import Path

import pytest

from intake.inbox_files import is_candidate, is_litter, is_partial, list_candidates


@pytest.mark.parametrize("name", [".hidden", ".~lock.form.docx#", "~$form.docx", "Thumbs.db", "THUMBS.DB",
                                  "desktop.ini", "Desktop.INI", ".DS_Store"])
def test_litter(name):
    assert is_litter(name) and not is_litter("form.docx")


@pytest.mark.parametrize("name", ["a.pdf.part", "a.PART", "a.tmp", "a.crdownload", "a.partial",
                                  "a.download", "a.pdf.filepart"])
def test_partial(name):
    assert is_partial(Path("/x") / name)
    assert not is_partial("a.pdf") and not is_partial("particular.pdf")


def test_list_candidates_walks_folders_without_following_links(tmp_path):
    inbox = tmp_path / "inbox"
    (inbox / "112233" / "deeper").mkdir(parents=True)
    (inbox / ".git").mkdir()
    (inbox / "a.pdf").write_bytes(b"x")
    (inbox / "112233" / "b.docx").write_bytes(b"x")
    (inbox / "112233" / "deeper" / "c.pdf").write_bytes(b"x")
    (inbox / ".git" / "d.pdf").write_bytes(b"x")
    (inbox / "112233" / "~$b.docx").write_bytes(b"x")
    (inbox / "e.pdf.part").write_bytes(b"x")
    outside = tmp_path / "elsewhere"
    outside.mkdir()
    (outside / "secret.pdf").write_bytes(b"x")
    os.symlink(outside, inbox / "linked-folder")
    os.symlink(outside / "secret.pdf", inbox / "linked.pdf")
    os.mkfifo(inbox / "pipe")
    found = sorted(str(p.relative_to(inbox)) for p in list_candidates(inbox))
    assert found == ["112233/b.docx", "112233/deeper/c.pdf", "a.pdf", "linked-folder", "linked.pdf", "pipe"]


def test_list_candidates_oldest_first_and_missing_inbox(tmp_path):
    assert list_candidates(tmp_path / "nowhere") == []
    for i, name in enumerate(["new.pdf", "old.pdf", "mid.pdf"]):
        (tmp_path / name).write_bytes(b"x")
        os.utime(tmp_path / name, ns=(0, [3, 1, 2][i] * 10**9))
    assert [p.name for p in list_candidates(tmp_path)] == ["old.pdf", "mid.pdf", "new.pdf"]


def test_is_candidate(tmp_path):
    assert is_candidate(tmp_path, tmp_path / "112233" / "form.pdf")
    assert not is_candidate(tmp_path, tmp_path / ".sync" / "form.pdf")
    assert not is_candidate(tmp_path, tmp_path / "112233" / "Thumbs.db")
    assert not is_candidate(tmp_path, tmp_path.parent / "form.pdf")
    assert not is_candidate(tmp_path, tmp_path)

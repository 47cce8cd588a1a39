"""Letters render from the committed templates, honour edited copies, and stay safe."""
from __future__ import annotations

import stat
from pathlib import Path

import docx
import pytest

from letters import LetterContext, render_letter
from letters.render import PACKAGED_TEMPLATES


def _ctx(**over) -> LetterContext:
    base = dict(
        reference="CME-2026-000123",
        form_label="Children Missing Education referral",
        child_name="Amelia Jones",
        child_dob="7 March 2015",
        school_name="Brookfield School",
        received="28 November 2026",
        next_steps=["The CME co-ordinator will review the referral.", "We will write again within 10 school days."],
        missing=["The child's date of birth is missing.", "The date the absence began is not a real date."],
        authority_name="Derbyshire County Council",
    )
    base.update(over)
    return LetterContext(**base)


def _text(path: Path) -> str:
    d = docx.Document(str(path))
    parts = [p.text for p in d.paragraphs]
    for s in d.sections:
        parts += [p.text for p in s.header.paragraphs] + [p.text for p in s.footer.paragraphs]
    return "\n".join(parts)


def test_packaged_templates_are_committed():
    for kind in ("acknowledgement", "request_information"):
        assert (PACKAGED_TEMPLATES / f"{kind}.docx").is_file()


@pytest.mark.parametrize("kind", ["acknowledgement", "request_information"])
def test_both_kinds_render_with_the_essentials(tmp_path, kind):
    ctx = _ctx()
    out = render_letter(kind, ctx, tmp_path / "out" / f"{kind}.docx")
    assert out == tmp_path / "out" / f"{kind}.docx"
    text = _text(out)
    for needle in (ctx.reference, ctx.child_name, ctx.child_dob, ctx.received,
                   ctx.form_label, ctx.authority_name, *ctx.next_steps):
        assert needle in text
    assert "{{" not in text and "{%" not in text


def test_request_lists_every_missing_item(tmp_path):
    ctx = _ctx(missing=[f"Problem number {i}" for i in range(7)])
    text = _text(render_letter("request_information", ctx, tmp_path / "r.docx"))
    for item in ctx.missing:
        assert item in text


def test_acknowledgement_does_not_list_problems(tmp_path):
    text = _text(render_letter("acknowledgement", _ctx(), tmp_path / "a.docx"))
    assert "date of birth is missing" not in text


def test_missing_dob_reads_naturally(tmp_path):
    text = _text(render_letter("acknowledgement", _ctx(child_dob=""), tmp_path / "a.docx"))
    assert "Date of birth: not given" in text


def test_output_mode_is_owner_only_and_no_temp_left(tmp_path):
    out = render_letter("acknowledgement", _ctx(), tmp_path / "a.docx")
    assert stat.S_IMODE(out.stat().st_mode) == 0o600
    assert sorted(p.name for p in tmp_path.iterdir()) == ["a.docx"]


def test_rendering_replaces_an_existing_file(tmp_path):
    out = tmp_path / "a.docx"
    out.write_bytes(b"old")
    render_letter("acknowledgement", _ctx(), out)
    assert "CME-2026-000123" in _text(out)


def test_edited_template_is_honoured(tmp_path):
    edited_dir = tmp_path / "templates"
    edited_dir.mkdir()
    d = docx.Document(str(PACKAGED_TEMPLATES / "acknowledgement.docx"))
    d.paragraphs[0].text = "Edited by admin staff"
    d.add_paragraph("Custom line for {{ child_name }} ref {{ reference }}")
    d.save(str(edited_dir / "acknowledgement.docx"))

    text = _text(render_letter("acknowledgement", _ctx(), tmp_path / "a.docx", templates_dir=edited_dir))
    assert "Edited by admin staff" in text
    assert "Custom line for Amelia Jones ref CME-2026-000123" in text
    # The other kind has no edited copy: the packaged one is used.
    text = _text(render_letter("request_information", _ctx(), tmp_path / "r.docx", templates_dir=edited_dir))
    assert "Request for information" in text


def test_markup_characters_render_safely(tmp_path):
    nasty = "O'Brien <b>&amp;</b> \"Jo\" {{ 7*7 }} </w:t>"
    ctx = _ctx(child_name=nasty, school_name="St Mary's & St John's <C of E>",
               missing=["Field <x> & \"y\" is missing"], next_steps=["a < b > c & d"])
    for kind in ("acknowledgement", "request_information"):
        text = _text(render_letter(kind, ctx, tmp_path / f"{kind}.docx"))
        assert nasty in text
        assert "49" not in text  # values are data, never evaluated as template code
        assert "St Mary's & St John's <C of E>" in text
        assert "a < b > c & d" in text
    assert "Field <x> & \"y\" is missing" in _text(tmp_path / "request_information.docx")


def test_unknown_kind_is_refused(tmp_path):
    with pytest.raises(ValueError):
        render_letter("threat", _ctx(), tmp_path / "x.docx")  # type: ignore[arg-type]
    assert not any(tmp_path.iterdir())


def test_context_has_no_address_field():
    # A restricted address must never reach a letter: the context cannot carry one.
    assert not any("address" in f for f in LetterContext.__dataclass_fields__)

"""The official templates: built from one definition, same fields in PDF and Word, fillable."""
from __future__ import annotations

from pathlib import Path

import docx
import pytest
from docx.oxml.ns import qn
from pypdf import PdfReader

from forms import BUILT, FORMS, built_path
from forms.__main__ import build
from forms.definitions import find_field
from forms.fill import fill_docx, fill_pdf

W14 = "{http://schemas.microsoft.com/office/word/2010/wordml}"
TITLES = {
    "cme_referral": "Children Missing Education Referral Form",
    "cmj": "Children Missing Joiners Form (CMJ)",
    "cml": "Children Missing Leavers Form (CML)",
    "pupil_exit": "Pupil Exit Form",
}


@pytest.fixture(scope="module")
def built(tmp_path_factory) -> Path:
    out = tmp_path_factory.mktemp("built")
    build(out)
    return out


def _sdts(path: Path) -> dict[str, object]:
    body = docx.Document(str(path)).element.body
    out = {}
    for sdt in body.iter(qn("w:sdt")):
        tag = sdt.find(f"{qn('w:sdtPr')}/{qn('w:tag')}").get(qn("w:val"))
        assert tag not in out, f"duplicate tag {tag}"
        out[tag] = sdt
    return out


def _sdt_text(sdt) -> str:
    return "".join(t.text or "" for t in sdt.iter(qn("w:t")))


def test_definitions_are_sound():
    assert set(FORMS) == set(TITLES)
    for form in FORMS.values():
        paths = [f.path for f in form.fields()]
        assert len(paths) == len(set(paths)), form.form_type
        tops = {p.split(".")[0] for p in paths}
        block = {"cme_referral": "referral", "cmj": "joiner", "cml": "leaver", "pupil_exit": "exit"}
        assert tops == {"child", "parents", "school", "submitted_on", block[form.form_type]}
        for f in form.fields():
            assert f.label and f.kind in {"text", "date", "check", "choice", "multiline"}
            assert (f.kind == "choice") == bool(f.options)


@pytest.mark.parametrize("form_type", sorted(TITLES))
def test_pdf_has_every_field_by_name(built, form_type):
    form = FORMS[form_type]
    reader = PdfReader(str(built / f"{form_type}.pdf"))
    fields = reader.get_fields()
    assert set(fields) == {f.path for f in form.fields()}
    expect_ft = {"check": "/Btn", "choice": "/Ch"}
    for f in form.fields():
        assert fields[f.path].get("/FT") == expect_ft.get(f.kind, "/Tx"), f.path
        assert fields[f.path].get("/TU") == f.label
    text = reader.pages[0].extract_text()
    assert TITLES[form_type] in text


@pytest.mark.parametrize("form_type", sorted(TITLES))
def test_docx_has_every_field_by_tag(built, form_type):
    form = FORMS[form_type]
    path = built / f"{form_type}.docx"
    sdts = _sdts(path)
    assert set(sdts) == {f.path for f in form.fields()}
    for f in form.fields():
        pr = sdts[f.path].find(qn("w:sdtPr"))
        assert pr.find(qn("w:alias")).get(qn("w:val")) == f.label
        if f.kind == "date":
            assert pr.find(f"{qn('w:date')}/{qn('w:dateFormat')}").get(qn("w:val")) == "dd/MM/yyyy"
        elif f.kind == "check":
            assert pr.find(f"{W14}checkbox") is not None
            assert _sdt_text(sdts[f.path]) == "\u2610"
        elif f.kind == "choice":
            assert pr.find(qn("w:dropDownList")) is not None
        else:
            assert pr.find(qn("w:text")) is not None
    assert TITLES[form_type] in [p.text for p in docx.Document(str(path)).paragraphs]


def test_both_formats_carry_the_same_field_set(built):
    for form_type in TITLES:
        pdf_names = set(PdfReader(str(built / f"{form_type}.pdf")).get_fields())
        assert pdf_names == set(_sdts(built / f"{form_type}.docx"))


def test_committed_templates_match_the_definitions():
    # Schools download the committed files: they must not lag behind definitions.py.
    for form_type in TITLES:
        names = {f.path for f in FORMS[form_type].fields()}
        assert set(PdfReader(str(built_path(form_type, "pdf"))).get_fields()) == names
        assert set(_sdts(built_path(form_type, "docx"))) == names
    assert BUILT.is_dir()


def test_naming_convention_examples():
    for path, kind in [("child.legal_surname", "text"), ("child.date_of_birth", "date"),
                       ("child.address.postcode", "text"), ("school.urn", "text"),
                       ("parents.0.name", "text"), ("referral.whereabouts_known", "check"),
                       ("referral.enquiries_made.home_visit", "check"),
                       ("referral.safeguarding.care_order", "check"),
                       ("referral.vulnerable_groups.grt", "check"),
                       ("leaver.reason.home_education", "check"),
                       ("exit.reason.another_school", "check"), ("child.sex", "choice")]:
        assert find_field(path).kind == kind, path


VALUES = {
    "child.legal_surname": "O'Brien & <Sons>",
    "child.legal_forenames": "Amelia",
    "child.date_of_birth": "2015-03-07",
    "child.sex": "female",
    "child.address.lines": "12 High Street\nFlat 2",
    "child.address.postcode": "DE4 3AG",
    "child.ehcp": True,
    "child.looked_after": False,
    "parents.0.name": "Joanne Jones",
    "school.urn": "112221",
    "referral.first_day_of_absence": "10/10/2025",
    "referral.whereabouts_known": False,
    "referral.safeguarding.care_order": True,
    "referral.enquiries_made.home_visit": True,
    "referral.vulnerable_groups.grt": True,
    "submitted_on": "2025-10-20",
}
EXPECT = {**VALUES, "child.date_of_birth": "07/03/2015", "child.sex": "Female", "submitted_on": "20/10/2025"}


def test_fill_pdf(built, tmp_path):
    out = fill_pdf(built / "cme_referral.pdf", VALUES, tmp_path / "filled.pdf")
    reader = PdfReader(str(out))
    assert bool(reader.trailer["/Root"]["/AcroForm"]["/NeedAppearances"])
    fields = reader.get_fields()
    for path, want in EXPECT.items():
        got = fields[path].get("/V")
        if isinstance(want, bool):
            assert got == ("/Yes" if want else "/Off"), path
        else:
            assert got == want, path
    assert fields["child.middle_names"].get("/V") in (None, "")


def test_fill_docx(built, tmp_path):
    out = fill_docx(built / "cme_referral.docx", VALUES, tmp_path / "filled.docx")
    sdts = _sdts(out)
    for path, want in EXPECT.items():
        sdt = sdts[path]
        if isinstance(want, bool):
            assert _sdt_text(sdt) == ("\u2612" if want else "\u2610"), path
            checked = sdt.find(f"{qn('w:sdtPr')}/{W14}checkbox/{W14}checked").get(f"{W14}val")
            assert checked == ("1" if want else "0")
        else:
            assert _sdt_text(sdt) == want.replace("\n", ""), path
            assert sdt.find(f"{qn('w:sdtPr')}/{qn('w:showingPlcHdr')}") is None
    assert len(list(sdts["child.address.lines"].iter(qn("w:br")))) == 1
    dob = sdts["child.date_of_birth"].find(f"{qn('w:sdtPr')}/{qn('w:date')}")
    assert dob.get(qn("w:fullDate")).startswith("2015-03-07")
    # untouched controls still show Word's placeholder, flagged as such
    assert sdts["child.middle_names"].find(f"{qn('w:sdtPr')}/{qn('w:showingPlcHdr')}") is not None


@pytest.mark.parametrize("filler,ext", [(fill_pdf, "pdf"), (fill_docx, "docx")])
def test_fill_refuses_unknown_paths_without_echoing_values(built, tmp_path, filler, ext):
    with pytest.raises(KeyError) as err:
        filler(built / f"cmj.{ext}", {"referral.reason": "Secret Name"}, tmp_path / f"x.{ext}")
    assert "referral.reason" in str(err.value) and "Secret Name" not in str(err.value)


def test_build_command_writes_all_templates(tmp_path):
    from forms.__main__ import main
    assert main(["build", str(tmp_path)]) == 0
    assert sorted(p.name for p in tmp_path.iterdir()) == sorted(
        f"{t}.{e}" for t in TITLES for e in ("pdf", "docx"))

"""Each form type through the whole pipeline, from the authority's own templates,
filled with real PDF and Word libraries; plus incomplete, duplicate and rejected files."""
from __future__ import annotations

import json
import os
import stat

import pytest
from docx import Document

from forms import built_path
from forms.fill import fill_docx, fill_pdf

CHILD = {"child.legal_surname": "Ashworth", "child.legal_forenames": "Isla", "child.date_of_birth": "2016-05-14",
         "child.sex": "female", "child.address.lines": "3 Mill Lane", "child.address.town": "Matlock",
         "child.address.postcode": "DE4 3AG", "school.name": "Hilltop Primary School", "school.urn": "100901"}

FORMS = {
    "cme_referral": ({"referral.last_date_attended": "2026-11-06", "referral.whereabouts_known": False,
                      "referral.enquiries_made.phone_parents": True, "referral.enquiries_made.home_visit": True,
                      "referral.safeguarding.serious_welfare_concern": True, "submitted_on": "2026-11-20"},
                     {"referral": {"last_date_attended": "2026-11-06", "whereabouts_known": False,
                                   "enquiries_made": ["home_visit", "phone_parents"],
                                   "safeguarding": ["serious_welfare_concern"]}},
                     {"cme_coordinator", "safeguarding_immediate", "multi_agency_panel"}),
    "cmj": ({"joiner.date_on_roll": "2026-11-16", "submitted_on": "2026-11-19"},
            {"joiner": {"date_on_roll": "2026-11-16"}}, set()),
    "cml": ({"leaver.date_of_leaving": "2026-11-13", "leaver.reason.home_education": True,
             "submitted_on": "2026-11-16"},
            {"leaver": {"date_of_leaving": "2026-11-13", "reason": "home_education"}}, {"ehe_team"}),
    "pupil_exit": ({"exit.date_of_leaving": "2026-11-27", "exit.reason.another_school": True,
                    "exit.new_school.name": "Seaside Academy", "submitted_on": "2026-11-24"},
                   {"exit": {"date_of_leaving": "2026-11-27", "reason": "another_school",
                             "new_school": {"name": "Seaside Academy"}}}, set()),
}


def _sorted(value):
    return sorted(value) if isinstance(value, list) else value


@pytest.mark.parametrize("ext", ["pdf", "docx"])
@pytest.mark.parametrize("form_type", sorted(FORMS))
def test_each_form_type_through_the_pipeline(home, tmp_path, form_type, ext):
    values, expected_block, routes = FORMS[form_type]
    src = tmp_path / f"form.{ext}"
    (fill_pdf if ext == "pdf" else fill_docx)(built_path(form_type, ext), {**CHILD, **values}, src)
    home.drop(src, sender="100901")
    assert home.cli("process") == 0
    d = home.decision_for(src.name)
    assert (d["form_type"], d["status"], d["problems"]) == (form_type, "accepted", [])
    child = d["record"]["child"]
    assert (child["legal_surname"], child["legal_forenames"], child["date_of_birth"], child["sex"]) == \
        ("Ashworth", "Isla", "2016-05-14", "female")
    assert child["address"] == {"lines": ["3 Mill Lane"], "town": "Matlock", "postcode": "DE4 3AG"}
    assert d["record"]["school"]["urn"] == "100901"
    block = next(iter(expected_block))
    for key, want in expected_block[block].items():
        assert _sorted(d["record"][block][key]) == want, key
    assert routes <= set(d["routes"])
    assert {"kind": "register", "id": "R1", "band": "certain"}.items() <= d["matches"][0].items()
    assert d["reference"].startswith({"cme_referral": "CME", "cmj": "CMJ", "cml": "CML", "pupil_exit": "PEX"}[form_type])
    # The original is archived under its reference, the letter written, nothing left behind.
    assert list(home.inbox.rglob("*.*")) == []
    archived = list((home.root / "archive").iterdir())
    assert [p.name for p in archived] == [f"{d['reference']}.{ext}"]
    assert archived[0].read_bytes() == src.read_bytes()
    assert d["letters"] == [f"outbox/letters/{d['reference']}-acknowledgement.docx"]
    assert (home.root / d["letters"][0]).is_file()
    # every route, flag and category comes from a named rule citing its paragraph
    assert bool(d["rules"]) == bool(d["routes"] or d["flags"] or d["category"])
    assert all(r["name"] and r["paragraph"] and r["why"] for r in d["rules"])


def test_incomplete_form_asks_for_what_is_missing(home, tmp_path):
    src = tmp_path / "leaver.docx"
    values = {k: v for k, v in CHILD.items() if k != "child.date_of_birth"}
    fill_docx(built_path("cml", "docx"), {**values, "leaver.reason.moved_away": True}, src)
    home.drop(src)
    home.cli("process")
    d = home.decision_for("leaver.docx")
    assert d["status"] == "incomplete"
    assert "request_information" in d["routes"]
    assert "destination_unknown" in d["flags"]  # still worked out from what the form does say
    text = " ".join(d["problems"]).lower()
    assert "date of birth" in text and "taken off roll" in text
    letter = home.root / d["letters"][0]
    assert letter.name.endswith("-request-information.docx")
    body = "\n".join(p.text for p in Document(letter).paragraphs)
    assert "date of birth" in body.lower()


def test_same_bytes_again_is_a_duplicate(home, tmp_path):
    src = tmp_path / "joiner.pdf"
    fill_pdf(built_path("cmj", "pdf"), {**CHILD, "joiner.date_on_roll": "2026-11-16"}, src)
    home.drop(src)
    home.cli("process")
    first = home.decision_for("joiner.pdf")
    home.drop(src, name="joiner again.pdf")
    home.cli("process")
    again = home.decision_for("joiner again.pdf")
    assert (again["status"], again["form_type"], again["duplicate_of"]) == ("duplicate", "cmj", first["reference"])
    assert first["reference"] in again["problems"][0]
    assert len(list((home.root / "archive").iterdir())) == 2


@pytest.mark.parametrize("name,content,reason", [
    ("truncated.pdf", b"%PDF-1.4\n1 0 obj\n<< /Type /Catalog", "damaged"),
    ("empty.docx", b"", "empty"),
    ("picture.pdf", b"\x89PNG\r\n\x1a\n" + b"\0" * 64, "wrong_type"),
    ("notes.txt", b"Child missing since Monday", "wrong_type"),
])
def test_unreadable_file_is_quarantined_with_a_reason(home, name, content, reason, tmp_path):
    src = tmp_path / name
    src.write_bytes(content)
    home.drop(src)
    assert home.cli("process") == 0
    d = home.decision_for(name)
    assert (d["status"], d["reason_code"]) == ("rejected", reason)
    stored = home.root / "quarantine" / (d["reference"] + os.path.splitext(name)[1])
    assert stored.read_bytes() == content
    why = stored.with_name(stored.name + ".error.txt").read_text()
    assert d["problems"][0] in why


def test_litter_is_left_alone(home):
    for name in (".DS_Store", "Thumbs.db", "desktop.ini", "~$referral.docx", "upload.pdf.part"):
        (home.inbox / name).write_bytes(b"x")
    home.cli("process")
    assert sorted(p.name for p in home.inbox.iterdir()) == sorted(
        [".DS_Store", "Thumbs.db", "desktop.ini", "~$referral.docx", "upload.pdf.part"])
    assert home.decisions() == []


def test_restricted_address_never_leaves_the_database(home, tmp_path):
    src = tmp_path / "exit.pdf"
    fill_pdf(built_path("pupil_exit", "pdf"), {
        **CHILD, "exit.date_of_leaving": "2026-11-27", "exit.reason.moved_away": True,
        "exit.new_school.name": "Seaside Academy", "exit.restrict_address": True,
        "exit.new_address.lines": "4 Harbour Walk", "exit.new_address.postcode": "TR1 2AB"}, src)
    home.drop(src)
    home.cli("process")
    d = home.decision_for("exit.pdf")
    assert "restricted_address" in d["flags"]
    assert d["record"]["exit"]["new_address"] == "[restricted]"
    for path in (home.root / "outbox").rglob("*"):
        if path.is_file():
            data = path.read_bytes()
            assert b"Harbour Walk" not in data and b"TR1 2AB" not in data, path
    for path in (home.root / "logs").rglob("*"):
        assert b"Harbour" not in path.read_bytes()
    import sqlite3
    row = sqlite3.connect(home.root / "cme.db").execute(
        "SELECT record_json FROM decisions WHERE reference = ?", [d["reference"]]).fetchone()
    assert "Harbour Walk" in row[0]


def test_outputs_are_readable_by_their_owner_only(home, tmp_path):
    src = tmp_path / "joiner.docx"
    fill_docx(built_path("cmj", "docx"), {**CHILD, "joiner.date_on_roll": "2026-11-16"}, src)
    bad = tmp_path / "notes.txt"
    bad.write_text("not a form")
    for dropped in (home.drop(src), home.drop(bad)):
        os.chmod(dropped, 0o644)    # as a school's upload arrives: readable by all
    home.cli("process")
    kept = [*(home.root / "archive").rglob("*"), *(home.root / "quarantine").rglob("*")]
    assert len(kept) == 3   # the form, the text file and its .error.txt
    for path in [home.root / "cme.db", *(home.root / "outbox").rglob("*"), *kept]:
        mode = stat.S_IMODE(path.stat().st_mode)
        assert mode & 0o077 == 0, (path, oct(mode))


def test_a_value_that_cannot_be_used_is_pointed_at_on_the_form(home, tmp_path):
    doc = Document()
    doc.add_heading("Children Missing Joiners Form (CMJ)", level=1)
    for label, value in (("Legal surname", "Pickering"), ("Forename(s)", "Esme"), ("Date of birth", "20/01/2011"),
                         ("School name", "Moorland School"), ("School URN", "10090"), ("Date placed on roll", "16/11/2026")):
        doc.add_paragraph(f"{label}: {value}")
    src = tmp_path / "joiner.docx"
    doc.save(src)
    home.drop(src)
    home.cli("process")
    d = home.decision_for("joiner.docx")
    assert d["status"] == "accepted" and "urn" not in d["record"]["school"]
    assert d["warnings"] == ["The school's URN could not be read (on the form: beside 'School URN')."]
    assert d["provenance"]["child.date_of_birth"] == {"page": None, "source": "label:Date of birth"}
    import sqlite3
    raw = sqlite3.connect(home.root / "cme.db").execute("SELECT provenance_json FROM decisions").fetchone()[0]
    assert '"raw": "20/01/2011"' in raw  # the raw text stays in the database
    assert "20/01/2011" not in json.dumps(d)


@pytest.mark.parametrize("form_type, school_level", [("cmj", "missing"), ("pupil_exit", "disagree")])
def test_a_joiner_notice_names_the_new_school_which_is_not_held_against_the_child(
        home, tmp_path, form_type, school_level):
    """R1 is on the register at Hilltop (100901) in Matlock; the family moved and she joined
    Riverside (100902). The joiner notice's school is no sign of another child; an exit form
    from a school that is not hers is."""
    values = {**CHILD, **FORMS[form_type][0], "child.address.lines": "12 Station Road",
              "child.address.town": "Buxton", "child.address.postcode": "SK17 6AA",
              "school.name": "Riverside Academy", "school.urn": "100902"}
    src = tmp_path / "moved.docx"
    fill_docx(built_path(form_type, "docx"), values, src)
    home.drop(src, sender="100902")
    assert home.cli("process") == 0
    top = home.decision_for("moved.docx")["matches"][0]
    levels = {c["field"]: c["level"] for c in top["comparisons"]}
    assert (top["id"], levels["home"], levels["school"]) == ("R1", "disagree", school_level)


@pytest.mark.parametrize("dropped, last_line", [
    (1, "Processed 1 file: 0 accepted, 0 incomplete, 1 rejected, 0 duplicate."),
    (2, "Processed 2 files: 0 accepted, 0 incomplete, 2 rejected, 0 duplicate."),
])
def test_process_prints_one_row_per_file_and_a_summary(home, tmp_path, capsys, dropped, last_line):
    for n in range(dropped):
        note = tmp_path / f"note{n}.txt"
        note.write_text(f"not a form {n}")
        home.drop(note)
    capsys.readouterr()
    assert home.cli("process") == 0
    out = capsys.readouterr().out.splitlines()
    assert out[0].split() == ["reference", "form", "status", "routes", "flags"]
    assert [line.split()[1:] for line in out[1:-1]] == [["unknown", "rejected", "-", "-"]] * dropped
    assert out[-1] == last_line


def test_a_letter_about_two_children_asks_for_a_form_each(home, tmp_path):
    """One decision holds one child: a letter naming siblings is read for the first and sent
    back for a form for each (the record never mixes the two)."""
    doc = Document()
    for line in ("Dear CME team,", "Isla Ashworth (DOB 14/05/2016) and her brother Tom Ashworth (DOB 03/04/2019) "
                 "have not attended since 2 November 2026. We do not know where the family is.",
                 "Kind regards,", "Jo Bell", "Hilltop Primary School"):
        doc.add_paragraph(line)
    src = tmp_path / "siblings.docx"
    doc.save(src)
    home.drop(src)
    home.cli("process")
    d = home.decision_for("siblings.docx")
    assert d["form_type"] == "cme_referral" and d["status"] == "incomplete"
    assert d["record"]["child"]["date_of_birth"] == "2016-05-14"
    assert "request_information" in d["routes"] and "cme_coordinator" in d["routes"]
    assert "more than one child" in " ".join(d["problems"])

"""Register and enquiry imports, the review queue, and exact command-line output."""
from __future__ import annotations

import json
import sqlite3

from intake_home import REGISTER, write_csv
from forms import built_path
from forms.fill import fill_pdf


def test_register_import_reports_bad_rows_by_line_and_loads_the_rest(home, tmp_path, capsys):
    rows = [dict(REGISTER[0], register_id="R10"), dict(REGISTER[1], register_id="R11", date_of_birth="31/02/2015"),
            dict(REGISTER[2], register_id="R12", sex="boy")]
    capsys.readouterr()
    assert home.cli("register", "import", str(write_csv(tmp_path / "more.csv", rows))) == 0
    out = capsys.readouterr().out.splitlines()
    assert out[0] == "Register: 1 children loaded, 2 rows skipped."
    assert out[1].startswith("  skipped line 3: date_of_birth:")
    assert out[2].startswith("  skipped line 4: sex:")
    # personal values are never echoed back
    assert "31/02/2015" not in "\n".join(out)


def test_importing_the_same_register_again_updates_never_duplicates(home, tmp_path):
    changed = [dict(REGISTER[0], postcode="de4 9zz")]
    home.cli("register", "import", str(write_csv(tmp_path / "again.csv", changed)))
    db = sqlite3.connect(home.root / "cme.db")
    assert db.execute("SELECT COUNT(*) FROM register").fetchone()[0] == 3
    assert db.execute("SELECT postcode FROM register WHERE register_id='R1'").fetchone()[0] == "DE4 9ZZ"


def test_missing_file_is_one_sentence(home, capsys):
    assert home.cli("register", "import", str(home.root / "nope.csv")) == 1
    err = capsys.readouterr().err.strip()
    assert err.startswith("cme-intake: ") and err.count("\n") == 0 and "nope.csv" in err


ENQUIRY = {"enquiry_id": "999-2026-1", "requesting_la": "Example Borough", "legal_surname": "KERSHAW",
           "legal_forenames": "Reuben", "date_of_birth": "2013-02-03", "sex": "M", "upn": "",
           "address": "1 Far Road, Elsewhere", "postcode": "ZZ1 1ZZ", "enquiry_date": "2026-10-01",
           "contact_email": "cme@example.invalid"}
STRANGER = dict(ENQUIRY, enquiry_id="999-2026-2", legal_surname="Nobody", legal_forenames="Known",
                date_of_birth="2012-07-07")


def test_enquiries_are_matched_decided_and_not_duplicated_on_reimport(home, tmp_path, capsys):
    path = write_csv(tmp_path / "enq.csv", [ENQUIRY, STRANGER])
    capsys.readouterr()
    assert home.cli("enquiries", "import", str(path)) == 0
    assert capsys.readouterr().out.strip() == (
        "Enquiries: 2 new, 0 updated, 0 unchanged, 0 rows skipped; 1 matched with certainty, 0 sent to review.")
    decisions = {d["source"]["enquiry_id"]: d for d in home.decisions()}
    found = decisions["999-2026-1"]
    assert found["form_type"] == "la_enquiry" and found["reference"].startswith("ENQ-")
    assert [(m["kind"], m["id"], m["band"]) for m in found["matches"]] == [("register", "R2", "certain")]
    assert found["routes"] == ["other_la_response"]
    assert decisions["999-2026-2"]["matches"] == [] and decisions["999-2026-2"]["routes"] == []
    home.cli("enquiries", "import", str(path))
    assert len(home.decisions()) == 2


def test_a_form_about_a_sought_child_answers_the_other_authority(home, tmp_path):
    home.cli("enquiries", "import", str(write_csv(tmp_path / "enq.csv", [ENQUIRY])))
    src = tmp_path / "joiner.pdf"
    fill_pdf(built_path("cmj", "pdf"), {"child.legal_surname": "Kershaw", "child.legal_forenames": "Reuben",
                                        "child.date_of_birth": "2013-02-03", "school.name": "Riverside Academy",
                                        "joiner.date_on_roll": "2026-11-23", "submitted_on": "2026-11-24"}, src)
    home.drop(src)
    home.cli("process")
    d = home.decision_for("joiner.pdf")
    assert ("enquiry", "999-2026-1", "certain") in [(m["kind"], m["id"], m["band"]) for m in d["matches"]]
    assert {"other_la_response"} <= set(d["routes"]) and "child_located" in d["flags"]


def _queue_one_review(home, tmp_path):
    """Twins-like uncertainty: same surname and birth date, forename only initial."""
    src = tmp_path / "referral.pdf"
    fill_pdf(built_path("cme_referral", "pdf"), {
        "child.legal_surname": "Ashworth", "child.legal_forenames": "I", "child.date_of_birth": "2016-05-14",
        "school.name": "Hilltop Primary School", "referral.last_date_attended": "2026-11-20",
        "referral.whereabouts_known": True, "submitted_on": "2026-11-24"}, src)
    home.drop(src)
    home.cli("process")
    return home.decision_for("referral.pdf")


def test_review_accept_makes_the_match_certain_and_audits(home, tmp_path, capsys):
    d = _queue_one_review(home, tmp_path)
    assert [(m["id"], m["band"]) for m in d["matches"]] == [("R1", "review")]
    assert "coordinator_review" in d["routes"]
    capsys.readouterr()
    home.cli("review", "list")
    listing = capsys.readouterr().out.splitlines()
    assert listing[-1] == "1 waiting." and d["reference"] in listing[1]
    item = int(listing[1].split()[0])
    assert home.cli("review", "accept", str(item), "--by", "coordinator1") == 0
    assert capsys.readouterr().out.startswith(f"Review item {item} accepted; decision {d['reference']} updated")
    after = json.loads((home.root / "outbox" / "decisions" / f"{d['reference']}.json").read_text())
    assert [(m["id"], m["band"]) for m in after["matches"]] == [("R1", "certain")]
    assert "coordinator_review" not in after["routes"]
    db = sqlite3.connect(home.root / "cme.db")
    assert db.execute("SELECT actor FROM audit WHERE action='review_accepted'").fetchone() == ("coordinator1",)
    assert home.cli("review", "accept", str(item)) == 1  # already decided


def test_review_reject_removes_the_match(home, tmp_path, capsys):
    d = _queue_one_review(home, tmp_path)
    capsys.readouterr()
    home.cli("review", "list")
    item = int(capsys.readouterr().out.splitlines()[1].split()[0])
    home.cli("review", "reject", str(item))
    after = json.loads((home.root / "outbox" / "decisions" / f"{d['reference']}.json").read_text())
    assert after["matches"] == [] and "coordinator_review" not in after["routes"]


CTF = """<?xml version="1.0" encoding="UTF-8"?>
<CTfile><Header><SourceSchool><URN>100904</URN><SchoolName>Dale View School</SchoolName></SourceSchool></Header>
  <CTFpupilData>
    <Pupil><UPN>R830200115001</UPN><Surname>Oldroyd</Surname><Forename>Freya</Forename>
      <DOB>2014-06-02</DOB><Gender>F</Gender>
      <Address><BS7666Address><PAON>7</PAON><Street>Dale Road</Street><Town>Wirksworth</Town></BS7666Address>
        <PostCode>DE4 4AA</PostCode></Address></Pupil>
    <Pupil><UPN>X1</UPN><Surname>Marsden</Surname><Forename>Toby</Forename><DOB>2014-13-40</DOB><Gender>M</Gender></Pupil>
  </CTFpupilData></CTfile>"""


def test_register_import_takes_a_common_transfer_file(home, tmp_path, capsys):
    path = tmp_path / "transfer.xml"
    path.write_text(CTF, encoding="utf-8")
    capsys.readouterr()
    assert home.cli("register", "import", str(path)) == 0
    out = capsys.readouterr().out.splitlines()
    assert out[0] == "Register: 1 children loaded, 1 rows skipped."
    assert out[1].startswith("  skipped pupil 2: date_of_birth:")
    db = sqlite3.connect(home.root / "cme.db")
    assert db.execute("SELECT legal_surname, date_of_birth, postcode FROM register WHERE upn = 'R830200115001'"
                      ).fetchone() == ("Oldroyd", "2014-06-02", "DE4 4AA")


def test_a_ctf_with_an_entity_is_refused_in_one_sentence(home, tmp_path, capsys):
    path = tmp_path / "evil.xml"
    path.write_text('<?xml version="1.0"?><!DOCTYPE x [<!ENTITY e SYSTEM "file:///etc/hostname">]><CTfile>&e;</CTfile>')
    assert home.cli("register", "import", str(path)) == 1
    err = capsys.readouterr().err.strip()
    assert err == "cme-intake: evil.xml: The file declares a DOCTYPE or entities; a CTF never does."


def test_a_joiner_locates_the_open_case_of_a_referred_child(home, tmp_path):
    referral = tmp_path / "referral.pdf"
    fill_pdf(built_path("cme_referral", "pdf"), {
        "child.legal_surname": "Kershaw", "child.legal_forenames": "Reuben", "child.date_of_birth": "2013-02-03",
        "child.sex": "male", "school.name": "Riverside Academy", "referral.last_date_attended": "2026-11-02",
        "referral.whereabouts_known": False, "submitted_on": "2026-11-16"}, referral)
    home.drop(referral)
    home.cli("process", today="2026-11-16")
    case = home.decision_for("referral.pdf")["reference"]
    joiner = tmp_path / "joiner.pdf"
    fill_pdf(built_path("cmj", "pdf"), {
        "child.legal_surname": "KERSHAW", "child.legal_forenames": "Reuben James", "child.date_of_birth": "2013-02-03",
        "child.address.lines": "1 New Road", "child.address.town": "Leek", "child.address.postcode": "ST13 5AA",
        "school.name": "Leek Academy", "joiner.date_on_roll": "2026-11-23", "submitted_on": "2026-11-24"}, joiner)
    home.drop(joiner)
    home.cli("process")
    d = home.decision_for("joiner.pdf")
    assert ("case", case, "certain") in [(m["kind"], m["id"], m["band"]) for m in d["matches"]]
    assert "child_located" in d["flags"] and "cme_coordinator" in d["routes"]


def _case_links(home, case: str) -> list[tuple[str, str]]:
    """The register children a case's own form matched, with the band of each."""
    links = sqlite3.connect(home.root / "cme.db").execute(
        "SELECT register_links FROM cases WHERE reference = ?", [case]).fetchone()[0]
    return [(rid, band) for rid, _, band in json.loads(links)]


def _process_form(home, tmp_path, form_type: str, values: dict, name: str) -> dict:
    """Fill the authority's PDF form, drop it in the inbox, process it: its decision."""
    src = tmp_path / name
    fill_pdf(built_path(form_type, "pdf"), values, src)
    home.drop(src)
    home.cli("process")
    return home.decision_for(name)


def test_an_accepted_review_lets_a_later_joiner_locate_the_case_with_certainty(home, tmp_path, capsys):
    """The referral's child was only a review match for R1; once a co-ordinator accepts it,
    a joiner that is certainly R1 is certainly this case (and without the verdict, review)."""
    case = _queue_one_review(home, tmp_path)["reference"]
    capsys.readouterr()
    home.cli("review", "list")
    item = int(capsys.readouterr().out.splitlines()[1].split()[0])
    assert _case_links(home, case) == [("R1", "review")]
    assert home.cli("review", "accept", str(item)) == 0
    assert _case_links(home, case) == [("R1", "certain")]
    d = _process_form(home, tmp_path, "cmj", {
        "child.legal_surname": "Ashworth", "child.legal_forenames": "Isla", "child.date_of_birth": "2016-05-14",
        "child.sex": "female", "child.address.lines": "3 Mill Lane", "child.address.town": "Matlock",
        "child.address.postcode": "DE4 3AG", "school.name": "Dale View School",
        "joiner.date_on_roll": "2026-11-25", "submitted_on": "2026-11-26"}, "joiner.pdf")
    assert ("register", "R1", "certain") in [(m["kind"], m["id"], m["band"]) for m in d["matches"]]
    assert ("case", case, "certain") in [(m["kind"], m["id"], m["band"]) for m in d["matches"]]


def test_a_rejected_review_drops_the_case_link(home, tmp_path, capsys):
    case = _queue_one_review(home, tmp_path)["reference"]
    capsys.readouterr()
    home.cli("review", "list")
    item = int(capsys.readouterr().out.splitlines()[1].split()[0])
    assert home.cli("review", "reject", str(item)) == 0
    assert _case_links(home, case) == []


def test_a_running_service_sees_a_verdict_given_from_another_process(home, tmp_path, capsys):
    """The watcher keeps the cases' register links in memory; a verdict given meanwhile by
    `cme-intake review` (another connection to cme.db) must reach it."""
    from intake.home import Home as ServiceHome
    from intake.services import Services
    case = _queue_one_review(home, tmp_path)["reference"]
    svc = Services.open(ServiceHome(home.root), calendar=home.root / "calendar.toml")
    try:
        assert [(ref, band) for ref, _, band in svc.cases_linked_to("R1")] == [(case, "review")]
        capsys.readouterr()
        home.cli("review", "list")
        item = int(capsys.readouterr().out.splitlines()[1].split()[0])
        assert home.cli("review", "accept", str(item)) == 0
        assert [(ref, band) for ref, _, band in svc.cases_linked_to("R1")] == [(case, "certain")]
    finally:
        svc.close()


def test_a_forms_year_group_shows_which_child_a_slipped_birth_date_belongs_to(tmp_path):
    """End to end: the form states the year group, its birth year slipped; the register
    (with year groups) holds the child and a namesake born on the slipped date."""
    from intake_home import Home
    h = Home(tmp_path / "home")
    # school year 2026/27: born Sep 2015 - Aug 2016 is year 6, Sep 2016 - Aug 2017 year 5
    rows = [dict(REGISTER[0], year_group="6"),     # Isla Ashworth, born 2016-05-14
            dict(REGISTER[0], register_id="R9", date_of_birth="2017-05-14", address="8 Low Road, Derby",
                 postcode="DE1 2AA", school_urn="100909", school_name="Low Road School", year_group="5")]
    assert h.cli("register", "import", str(write_csv(tmp_path / "register.csv", rows))) == 0
    d = _process_form(h, tmp_path, "cme_referral", {
        "child.legal_surname": "Ashworth", "child.legal_forenames": "Isla", "child.date_of_birth": "2017-05-14",
        "child.year_group": "6", "child.sex": "female", "school.name": "Hilltop Primary School",
        "referral.last_date_attended": "2026-11-20", "referral.whereabouts_known": True,
        "submitted_on": "2026-11-24"}, "referral.pdf")
    best = d["matches"][0]
    assert (best["kind"], best["id"]) == ("register", "R1"), d["matches"]
    assert {c["field"]: c["level"] for c in best["comparisons"]}["year_group"] == "agree_date_slipped"
    namesake = next(m for m in d["matches"] if m["id"] == "R9")
    assert namesake["band"] == "review"


def test_a_running_service_matches_against_lists_imported_from_another_process(home, tmp_path):
    """Co-ordinators import registers and enquiries with the command line while the watcher
    runs: its next form must be matched against the new lists, not the ones it started with."""
    from intake.home import Home as ServiceHome
    from intake.services import Services
    svc = Services.open(ServiceHome(home.root), calendar=home.root / "calendar.toml")
    try:
        register, enquiries = svc.linker("register"), svc.linker("enquiry")
        assert (len(register), len(enquiries)) == (3, 0)
        assert svc.linker("register") is register          # nothing changed: kept
        home.cli("enquiries", "import", str(write_csv(tmp_path / "enq.csv", [ENQUIRY])))
        assert len(svc.linker("enquiry")) == 1
        assert svc.linker("register") is register          # an enquiry import leaves the register
        more = [dict(REGISTER[0], register_id="R4", legal_forenames="Maisie")]
        home.cli("register", "import", str(write_csv(tmp_path / "more.csv", more)))
        assert len(svc.linker("register")) == 4
    finally:
        svc.close()


def test_review_show_says_why_a_strong_match_was_held_back(home, tmp_path, capsys):
    d = _queue_one_review(home, tmp_path)
    capsys.readouterr()
    home.cli("review", "list")
    item = int(capsys.readouterr().out.splitlines()[1].split()[0])
    assert home.cli("review", "show", str(item)) == 0
    out = capsys.readouterr().out.splitlines()
    assert out[0] == f"Review item {item} (open): {d['reference']}, cme_referral"
    evidence = [line.split() for line in out[out.index("  score 0.89; evidence:") + 1:]]
    assert ["forename", "initial"] == evidence[2][:2]
    # an initial that fits is not enough to tell a child from a brother or sister
    assert evidence[-1] == ["held_back", "forename_does_not_identify", "+0.00"]

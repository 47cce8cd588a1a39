"""Runs a held-out decision scenario through the real command line and judges the decision.

Written from contract.md and cme-policy.txt alone, before reading routing/, records/ or
intake/. Each form is a plain Word file: a heading per section and a two-column table, one
label a row (the authority's own printed labels), so that the reader is not what is tested.
"""
from __future__ import annotations

import csv
import json
import os
import re
import time
import zipfile
from dataclasses import dataclass, field
from datetime import date, timedelta
from pathlib import Path

import docx

from intake.cli import main

# The home's calendar: the school year 2026/27 (contract section 7). Bank holidays are not
# listed: the product knows them. Good Friday 26 March 2027 falls outside the Easter closure.
CALENDAR = """
[[closure]]
name = "October half term"
start = 2026-10-26
end = 2026-10-30

[[closure]]
name = "Christmas"
start = 2026-12-21
end = 2027-01-01

[[closure]]
name = "February half term"
start = 2027-02-15
end = 2027-02-19

[[closure]]
name = "Easter"
start = 2027-03-29
end = 2027-04-09

[[closure]]
name = "May half term"
start = 2027-05-31
end = 2027-06-04
"""
CLOSURES = [("2026-10-26", "2026-10-30"), ("2026-12-21", "2027-01-01"), ("2027-02-15", "2027-02-19"),
            ("2027-03-29", "2027-04-09"), ("2027-05-31", "2027-06-04")]
# England bank holidays 2026-2027 (gov.uk), for the test's own counter only.
BANK_HOLIDAYS = {"2026-08-31", "2026-12-25", "2026-12-28", "2027-01-01", "2027-03-26", "2027-03-29",
                 "2027-05-03", "2027-05-31", "2027-08-30"}


def is_school_day(d: date) -> bool:
    """Contract section 7, written out independently to check the scenarios' hand counts."""
    iso = d.isoformat()
    return d.weekday() < 5 and iso not in BANK_HOLIDAYS and not any(a <= iso <= b for a, b in CLOSURES)


def day_number(first: str, to: str) -> int:
    """School days from `first` to `to`, both included."""
    d, end, n = date.fromisoformat(first), date.fromisoformat(to), 0
    while d <= end:
        n += is_school_day(d)
        d += timedelta(days=1)
    return n


# The authority's printed labels, one per contract path; a list member gets its own row.
LABELS = {
    "child.legal_surname": "Legal surname", "child.legal_forenames": "Legal forename(s)",
    "child.date_of_birth": "Date of birth", "child.sex": "Sex", "child.upn": "Unique pupil number (UPN)",
    "child.year_group": "NC year group (Reception = R)",
    "child.address.lines": "Home address: house and street", "child.address.town": "Home address: town",
    "child.address.postcode": "Home address: postcode",
    "child.ehcp": "The child has an EHC plan", "child.looked_after": "The child is looked after (CLA)",
    "parents.0.name": "Parent/carer 1: name", "parents.0.relationship": "Parent/carer 1: relationship to child",
    "school.name": "School name", "school.urn": "School URN (6 digits)",
    "school.contact_name": "Completed by (name and role)", "school.contact_email": "Contact email",
    "referral.first_day_of_absence": "First day of absence", "referral.last_date_attended": "Last date attended",
    "referral.whereabouts_known": "The child's whereabouts are known",
    "referral.reason": "Reason for referral and what is known",
    "joiner.date_on_roll": "Date placed on roll", "joiner.previous_school.name": "Previous school",
    "joiner.previous_school.la": "Local authority of previous school",
    "leaver.date_of_leaving": "Date removed from roll", "leaver.last_date_attended": "Last date attended",
    "leaver.first_day_of_absence": "First day of absence (if absent)",
    "leaver.joint_enquiries_made": "Joint reasonable enquiries made with the LA",
    "leaver.destination_school.name": "Destination school", "leaver.destination_school.la":
        "Local authority of destination school",
    "leaver.destination_address.lines": "New home address: house and street",
    "leaver.destination_address.town": "New home address: town",
    "leaver.destination_address.postcode": "New home address: postcode",
    "leaver.destination_address.country": "New home address: country (if not England)",
    "exit.date_of_leaving": "Date of leaving", "exit.start_date": "Start date at new school",
    "exit.new_address.lines": "New address: house and street", "exit.new_address.town": "New address: town",
    "exit.new_address.postcode": "New address: postcode",
    "exit.new_address.country": "New address: country (if not England)",
    "exit.restrict_address": "Share the new address with the head teacher only",
    "exit.new_school.name": "New school", "exit.new_school.la": "Local authority of new school",
    "submitted_on": "Date completed",
}
MEMBERS = {
    "enquiries_made": {"phone_parents": "Phone calls to parents/carers", "letter_parents": "Letter to parents/carers",
                       "home_visit": "Home visit carried out", "s2s_lost_pupils": "S2S Lost Pupils Database checked",
                       "social_care": "Children's social care contacted", "police": "Police contacted"},
    "safeguarding": {
        "child_protection_plan": "Has a Child Protection Plan",
        "serious_welfare_concern": "Serious concerns about health, safety or welfare",
        "family_concerns": "Family concerns: domestic abuse, substance abuse, mental health or learning difficulties",
        "contact_with_risk_person": "May be in contact with a person who poses a risk to children",
        "exploitation_risk": "May be at risk of criminal or sexual exploitation",
        "care_order": "Subject to a Care Order", "looked_after": "Looked after by the local authority",
        "taken_abroad_illegal_act": "May be taken abroad for an illegal act (forced marriage, FGM, trafficking)",
        "privately_fostered": "Privately fostered"},
    "vulnerable_groups": {"homeless": "Homeless family / temporary accommodation", "looked_after": "Looked after child",
                          "grt": "Gypsy, Roma or Traveller background", "armed_forces": "Parent(s) in the Armed Forces"},
    "reason": {"another_school": "Transferred to another school", "home_education": "Parent to home educate",
               "moved_outside_england": "Moved outside England",
               "moved_away": "Moved away - no longer within reasonable distance of the school",
               "permanently_excluded": "Permanently excluded",
               "absent_20_days": "Continuous absence of 20 school days (after joint reasonable enquiries)",
               "not_returned_after_leave": "Failed to return after leave of absence",
               "detained": "Detained / in custody", "died": "Deceased", "other": "Other"},
}
TITLES = {"cme_referral": "Children Missing Education Referral Form", "cmj": "Children Missing Joiners Form (CMJ)",
          "cml": "Children Missing Leavers Form (CML)", "pupil_exit": "Pupil Exit Form"}
SECTIONS = [("1. Child / young person", "child."), ("2. Parents / carers", "parents."), ("3. School", "school."),
            ("4. Details", "referral.", "joiner.", "leaver.", "exit."), ("Declaration", "submitted_on")]


def _show(value) -> str:
    if isinstance(value, bool):
        return "Yes" if value else "No"
    if isinstance(value, str) and re.fullmatch(r"\d{4}-\d\d-\d\d", value):
        return date.fromisoformat(value).strftime("%d/%m/%Y")
    return str(value)


def write_form(path: Path, form_type: str, values: dict) -> Path:
    doc = docx.Document()
    doc.add_heading(TITLES[form_type], level=0)
    for title, *prefixes in SECTIONS:
        rows = []
        for key, value in values.items():
            if value is None or not key.startswith(tuple(prefixes)):
                continue
            block, _, name = key.rpartition(".")
            if name in MEMBERS and isinstance(value, (list, str)) and key not in LABELS:
                heading = {"reason": "Reason for leaving (tick one)"}.get(name, name.replace("_", " ").capitalize())
                rows.append((heading, ""))
                rows += [(MEMBERS[name][m], "\u2612") for m in ([value] if isinstance(value, str) else value)]
            else:
                rows.append((LABELS[key], _show(value)))
        if not rows:
            continue
        doc.add_heading(title, level=2)
        table = doc.add_table(rows=len(rows), cols=2)
        table.style = "Table Grid"
        for i, (label, value) in enumerate(rows):
            table.cell(i, 0).text, table.cell(i, 1).text = label, value
    doc.save(path)
    return path


@dataclass
class Step:
    """One thing done to the home before (or as) the scenario's own form: a form dropped and
    processed on `today`, or enquiries imported."""
    form_type: str                      # cme_referral | cmj | cml | pupil_exit | la_enquiry
    values: dict                        # contract paths -> values; an la_enquiry: its CSV row
    today: str
    sender: str | None = None


@dataclass
class Scenario:
    name: str
    cite: str                           # the policy paragraph(s) and contract section it tests
    step: Step                          # the form (or enquiry) whose decision is judged
    expect: dict                        # status, category, routes, flags, days, problems, restricted
    before: list[Step] = field(default_factory=list)
    register: list[dict] = field(default_factory=list)
    calendar_in_settings: bool = False  # closures in cme.toml, no --calendar (contract section 7)


def write_csv(path: Path, rows: list[dict]) -> Path:
    keys = list(dict.fromkeys(k for r in rows for k in r))
    with open(path, "w", newline="", encoding="utf-8") as fh:
        w = csv.DictWriter(fh, fieldnames=keys)
        w.writeheader()
        w.writerows(rows)
    return path


def run(sc: Scenario, tmp: Path) -> tuple[dict, Path]:
    """Every step through `python -m intake` on a new home: the judged step's decision, the home."""
    root = tmp / "home"
    (root / "inbox").mkdir(parents=True)
    (root / ("cme.toml" if sc.calendar_in_settings else "calendar.toml")).write_text(CALENDAR)
    calendar = [] if sc.calendar_in_settings else ["--calendar", str(root / "calendar.toml")]

    def cli(today, *args):
        return main(["--home", str(root), *calendar, "--today", today, *args])

    if sc.register:
        assert cli(sc.step.today, "register", "import", str(write_csv(tmp / "register.csv", sc.register))) == 0
    for i, st in enumerate([*sc.before, sc.step]):
        if st.form_type == "la_enquiry":
            assert cli(st.today, "enquiries", "import", str(write_csv(tmp / f"enq{i}.csv", [st.values]))) == 0
            continue
        folder = root / "inbox" / (st.sender or "")
        folder.mkdir(exist_ok=True)
        path = write_form(folder / f"{sc.name}-{i}.docx", st.form_type, st.values)
        old = time.time() - 600
        os.utime(path, (old, old))
        assert cli(st.today, "process") == 0
    decisions = [json.loads(p.read_text()) for p in (root / "outbox" / "decisions").glob("*.json")]
    if sc.step.form_type == "la_enquiry":
        mine = [d for d in decisions if d.get("form_type") == "la_enquiry"
                and d["source"].get("enquiry_id") == sc.step.values["enquiry_id"]]
    else:
        last = len(sc.before)
        mine = [d for d in decisions if d["source"].get("filename") == f"{sc.name}-{last}.docx"]
    assert len(mine) == 1, [d["source"] for d in decisions]
    return mine[0], root


def _text(path: Path) -> str:
    """A file's text; a Word file's XML parts unzipped."""
    if zipfile.is_zipfile(path):
        with zipfile.ZipFile(path) as z:
            return " ".join(z.read(n).decode("utf-8", "replace") for n in z.namelist())
    return path.read_bytes().decode("utf-8", "replace")


def _mentions(text: str, n: int) -> bool:
    return re.search(rf"(?<![\d/-]){n}(?![\d/-])", text) is not None


def judge(sc: Scenario, d: dict, root: Path | None = None) -> dict[str, str]:
    """Each judged part of the decision -> what is wrong with it (empty when right)."""
    e, out = sc.expect, {}
    reviewed = any(m.get("band") == "review" for m in d.get("matches", []))
    want_routes = set(e.get("routes", ())) | ({"coordinator_review"} if reviewed else set())
    if e.get("status", "accepted") != d.get("status"):
        out["status"] = f"status {d.get('status')} {d.get('problems')}, expected {e.get('status', 'accepted')}"
    if e.get("category") != d.get("category"):
        out["category"] = f"category {d.get('category')}, expected {e.get('category')}"
    if want_routes != set(d.get("routes", [])):
        out["routes"] = f"routes {sorted(d.get('routes', []))}, expected {sorted(want_routes)}"
    if set(e.get("flags", ())) != set(d.get("flags", [])):
        out["flags"] = f"flags {sorted(d.get('flags', []))}, expected {sorted(e.get('flags', ()))}"
    whys = " ".join(r.get("why", "") for r in d.get("rules", []))
    for what, n in e.get("days", {}).items():
        if not _mentions(whys, n):
            out[f"days:{what}"] = f"no rule says {n} school days ({what}): {whys!r}"
    problems = " ".join(d.get("problems", [])).lower()
    for word in e.get("problems", ()):
        if word not in problems:
            out[f"problems:{word}"] = f"problems do not mention {word!r}: {d.get('problems')}"
    if "restricted" in e:
        block = d.get("record", {}).get("exit", {})
        if block.get("new_address") != "[restricted]":
            out["restricted"] = f"new address shown: {block.get('new_address')!r}"
        if root is not None:
            for p in (root / "outbox").rglob("*"):
                if p.is_file() and any(s in _text(p) for s in e["restricted"]):
                    out["restricted"] = f"restricted address in {p.name}"
    return out

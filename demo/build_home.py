"""Build a demo home folder from bundled, made-up data.

    python demo/build_home.py DEMO_HOME

Writes a synthetic register and enquiries (no real child is in them), a school
calendar, and an inbox of forms filled in exactly as schools would: the
authority's own PDF and Word templates (forms.fill), a form retyped in Word in
a school's own words, the same form sent twice, and a damaged file.
"""
from __future__ import annotations

import csv
import random
import shutil
import sys
from datetime import date, timedelta
from pathlib import Path

from docx import Document

from forms import built_path
from forms.fill import fill_docx, fill_pdf

HERE = Path(__file__).resolve().parent
SURNAMES = ["Ashworth", "Bradley", "Carrington", "Dunmore", "Ellison", "Fairbairn", "Greaves", "Holloway",
            "Ingham", "Jarvis", "Kershaw", "Lomax", "Marsden", "Newbold", "Oldroyd", "Pickering"]
GIRLS = ["Isla", "Freya", "Poppy", "Evie", "Ruby", "Maisie", "Esme", "Florence"]
BOYS = ["Alfie", "Archie", "Harrison", "Oscar", "Reuben", "Stanley", "Toby", "Wilfred"]
STREETS = ["Mill Lane", "Church Street", "Station Road", "Park View", "Chapel Row", "Hill Top"]
TOWNS = [("Matlock", "DE4"), ("Belper", "DE56"), ("Buxton", "SK17"), ("Chesterfield", "S40")]
SCHOOLS = [("100901", "Hilltop Primary School"), ("100902", "Riverside Academy"), ("100903", "Moorland School")]
CHECK = "ABCDEFGHJKLMNPQRTUVWXYZ"


def upn(serial: int) -> str:
    body = f"830{2000 + serial % 300:04d}{15 + serial % 10:02d}{serial % 1000:03d}"
    total = sum(int(ch) * weight for ch, weight in zip(body, range(2, 14)))
    return CHECK[total % 23] + body


def make_register(rng: random.Random, n: int = 300) -> list[dict]:
    rows = []
    for i in range(1, n + 1):
        sex = rng.choice("MF")
        town, district = rng.choice(TOWNS)
        urn, school = rng.choice(SCHOOLS)
        dob = date(2011, 9, 1) + timedelta(days=rng.randrange(0, 365 * 9))
        rows.append({
            "register_id": f"D{i:05d}", "upn": upn(i), "legal_surname": rng.choice(SURNAMES),
            "legal_forenames": rng.choice(GIRLS if sex == "F" else BOYS), "preferred_surname": "",
            "preferred_forename": "", "former_surnames": "", "date_of_birth": dob.isoformat(), "sex": sex,
            "address": f"{rng.randint(1, 99)} {rng.choice(STREETS)}, {town}",
            "postcode": f"{district} {rng.randint(1, 9)}{rng.choice('ABDEFGHJLNPQRSTUWXY')}"
                        f"{rng.choice('ABDEFGHJLNPQRSTUWXY')}",
            "school_urn": urn, "school_name": school, "year_group": "",
        })
    return rows


def write_csv(path: Path, rows: list[dict]) -> None:
    with open(path, "w", newline="", encoding="utf-8") as fh:
        writer = csv.DictWriter(fh, fieldnames=list(rows[0]))
        writer.writeheader()
        writer.writerows(rows)


def child_values(row: dict) -> dict:
    lines, town = row["address"].rsplit(", ", 1)
    return {"child.legal_surname": row["legal_surname"], "child.legal_forenames": row["legal_forenames"],
            "child.date_of_birth": row["date_of_birth"], "child.upn": row["upn"],
            "child.sex": "male" if row["sex"] == "M" else "female", "child.address.lines": lines,
            "child.address.town": town, "child.address.postcode": row["postcode"],
            "school.name": row["school_name"], "school.urn": row["school_urn"],
            "school.contact_name": "Mrs A Example", "parents.0.name": "A Parent", "parents.0.relationship": "Mother"}


def build(home: Path) -> None:
    rng = random.Random(20261128)
    if home.exists():
        shutil.rmtree(home)
    inbox = home / "inbox"
    inbox.mkdir(parents=True)
    register = make_register(rng)
    write_csv(home / "register.csv", register)
    shutil.copy(HERE / "calendar.toml", home / "calendar.toml")
    sought = register[7]
    write_csv(home / "enquiries.csv", [{
        "enquiry_id": "999-2026-00001", "requesting_la": "Example Borough Council",
        "legal_surname": sought["legal_surname"], "legal_forenames": sought["legal_forenames"],
        "date_of_birth": sought["date_of_birth"], "sex": sought["sex"], "upn": sought["upn"],
        "address": "1 Far Away Road, Elsewhere", "postcode": "ZZ1 1ZZ", "enquiry_date": "2026-10-01",
        "contact_email": "cme@example.invalid"}])
    a, b, c, d = register[1], register[2], register[3], sought
    school_box = inbox / a["school_urn"]
    school_box.mkdir()
    fill_pdf(built_path("cme_referral", "pdf"), {
        **child_values(a), "referral.last_date_attended": "2026-11-06", "referral.whereabouts_known": False,
        "referral.enquiries_made.phone_parents": True, "referral.enquiries_made.home_visit": True,
        "referral.safeguarding.serious_welfare_concern": True, "submitted_on": "2026-11-20"},
        school_box / "CME referral.pdf")
    fill_docx(built_path("cml", "docx"), {
        **child_values(b), "leaver.date_of_leaving": "2026-11-13", "leaver.reason.home_education": True,
        "submitted_on": "2026-11-16"}, inbox / "CML leaver.docx")
    fill_pdf(built_path("pupil_exit", "pdf"), {
        **child_values(c), "exit.date_of_leaving": "2026-11-27", "exit.reason.moved_away": True,
        "exit.new_school.name": "Seaside Academy", "exit.restrict_address": True,
        "exit.new_address.lines": "4 Harbour Walk", "exit.new_address.postcode": "TR1 2AB",
        "submitted_on": "2026-11-24"}, inbox / "Pupil exit form.pdf")
    fill_docx(built_path("cmj", "docx"), {
        **child_values(d), "joiner.date_on_roll": "2026-11-16", "submitted_on": "2026-11-19"},
        inbox / "CMJ joiner.docx")
    retyped(inbox / "Referral retyped.docx", register[4])
    shutil.copy(inbox / "CML leaver.docx", inbox / "CML leaver (copy).docx")
    (inbox / "referral upload.pdf").write_bytes(b"%PDF-1.4\n1 0 obj\n<< /Type /Catalog")


def retyped(path: Path, row: dict) -> None:
    """A school's own Word version, in its own words, with a required date left out."""
    doc = Document()
    doc.add_heading("Referral - child missing from education", level=1)
    for label, value in (("Child's name", f"{row['legal_forenames']} {row['legal_surname'].upper()}"),
                         ("D.O.B.", date.fromisoformat(row["date_of_birth"]).strftime("%d.%m.%y")),
                         ("School", row["school_name"]), ("Whereabouts known", "No"),
                         ("Date form completed", "25/11/2026")):
        doc.add_paragraph(f"{label}: {value}")
    doc.save(path)


if __name__ == "__main__":
    build(Path(sys.argv[1] if len(sys.argv) > 1 else "demo-home"))

"""The authority's own templates, every field filled with real PDF and Word
libraries, come back field-exact in the validated record."""
from __future__ import annotations

import pytest

from forms import FORMS, built_path
from forms.fill import fill_docx, fill_pdf
from parsers import parse_file
from parsers.base import ParsedForm
from records.build import build_record
from records.models import FormType

# path -> (what the school types, what the record must hold at that path)
TYPED = {
    "child.legal_surname": ("O'Connor-Hughes", "O'Connor-Hughes"),
    "child.legal_forenames": ("Isla", "Isla"),
    "child.middle_names": ("Rose May", "Rose May"),
    "child.preferred_surname": ("Hughes", "Hughes"),
    "child.preferred_forename": ("Izzy", "Izzy"),
    "child.former_surnames": ("Smith; Jones", ["Smith", "Jones"]),
    "child.date_of_birth": ("2016-05-14", "2016-05-14"),
    "child.sex": ("female", "female"),
    "child.upn": ("A123456789012", None),  # replaced below by a valid UPN
    "child.year_group": ("Year 5", 5),
    "child.address.lines": ("3 Mill Lane\nUpper Hollow", ["3 Mill Lane", "Upper Hollow"]),
    "child.address.town": ("Matlock", "Matlock"),
    "child.address.postcode": ("de4 3ag", "DE4 3AG"),
    "parents.0.name": ("Sarah O'Connor", "Sarah O'Connor"),
    "parents.0.relationship": ("Mother", "Mother"),
    "parents.0.phone": ("07700 900123", "07700 900123"),
    "parents.0.email": ("sarah@example.org", "sarah@example.org"),
    "parents.1.name": ("Tom Hughes", "Tom Hughes"),
    "parents.1.relationship": ("Stepfather", "Stepfather"),
    "school.name": ("Hilltop Primary School", "Hilltop Primary School"),
    "school.urn": ("100901", "100901"),
    "school.dfe_number": ("830/2001", "8302001"),
    "school.contact_name": ("Mrs J Allsop", "Mrs J Allsop"),
    "school.contact_email": ("office@hilltop.example.org", "office@hilltop.example.org"),
    "school.contact_phone": ("01629 123456", "01629 123456"),
    "submitted_on": ("2026-11-20", "2026-11-20"),
    "referral.first_day_of_absence": ("2026-11-09", "2026-11-09"),
    "referral.last_date_attended": ("2026-11-06", "2026-11-06"),
    "referral.reason": ("Family left the area suddenly.", "Family left the area suddenly."),
    "referral.siblings.0.name": ("Ada Hughes", "Ada Hughes"),
    "referral.siblings.0.date_of_birth": ("2019-01-02", "2019-01-02"),
    "referral.siblings.0.school": ("Hilltop Infants", "Hilltop Infants"),
    "joiner.date_on_roll": ("2026-11-16", "2026-11-16"),
    "joiner.previous_school.name": ("Seaside Academy", "Seaside Academy"),
    "joiner.previous_school.la": ("Cornwall", "Cornwall"),
    "joiner.previous_address.lines": ("4 Harbour Walk", ["4 Harbour Walk"]),
    "joiner.previous_address.town": ("Truro", "Truro"),
    "joiner.previous_address.postcode": ("TR1 2AB", "TR1 2AB"),
    "leaver.date_of_leaving": ("2026-11-13", "2026-11-13"),
    "leaver.last_date_attended": ("2026-10-16", "2026-10-16"),
    "leaver.first_day_of_absence": ("2026-10-19", "2026-10-19"),
    "leaver.destination_school.name": ("Seaside Academy", "Seaside Academy"),
    "leaver.destination_school.urn": ("123456", "123456"),
    "leaver.destination_school.la": ("Cornwall", "Cornwall"),
    "leaver.destination_address.lines": ("4 Harbour Walk", ["4 Harbour Walk"]),
    "leaver.destination_address.town": ("Truro", "Truro"),
    "leaver.destination_address.postcode": ("TR1 2AB", "TR1 2AB"),
    "exit.date_of_leaving": ("2026-11-27", "2026-11-27"),
    "exit.start_date": ("2026-12-01", "2026-12-01"),
    "exit.new_address.lines": ("4 Harbour Walk", ["4 Harbour Walk"]),
    "exit.new_address.town": ("Truro", "Truro"),
    "exit.new_address.postcode": ("TR1 2AB", "TR1 2AB"),
    "exit.new_school.name": ("Seaside Academy", "Seaside Academy"),
    "exit.new_school.phone": ("01872 000000", "01872 000000"),
    "exit.new_school.la": ("Cornwall", "Cornwall"),
}
TICKED = {  # boxes ticked, and the list or value they must produce
    "child.ehcp": True, "child.looked_after": True, "referral.whereabouts_known": True,
    "referral.childrens_services_informed": True, "referral.police_informed": True,
    "leaver.joint_enquiries_made": True, "exit.restrict_address": True,
}
LISTS = {"referral.enquiries_made": ["home_visit", "phone_parents", "s2s_lost_pupils"],
         "referral.safeguarding": ["care_order", "exploitation_risk"],
         "referral.vulnerable_groups": ["grt", "young_carer"]}
REASON = {"leaver.reason": "moved_outside_england", "exit.reason": "another_school"}


def valid_upn(body: str = "830200115001") -> str:
    letters = "ABCDEFGHJKLMNPQRTUVWXYZ"
    return letters[sum(int(c) * w for c, w in zip(body, range(2, 14))) % 23] + body


def fill_values(form_type: str) -> tuple[dict, dict]:
    typed, expected = {}, {}
    for f in FORMS[form_type].fields():
        if f.path in TYPED:
            typed[f.path], expected[f.path] = TYPED[f.path]
        elif f.path in TICKED:
            typed[f.path], expected[f.path] = True, True
        else:
            group, member = f.path.rsplit(".", 1)
            if member in LISTS.get(group, []):
                typed[f.path] = True
                expected[group] = LISTS[group]
            elif REASON.get(group) == member:
                typed[f.path] = True
                expected[group] = member
    typed["child.upn"] = expected["child.upn"] = valid_upn()
    return typed, expected


def record_value(record: dict, path: str):
    cur = record
    for part in path.split("."):
        if isinstance(cur, list):
            cur = cur[int(part)] if int(part) < len(cur) else None
        elif isinstance(cur, dict):
            cur = cur.get(part)
        if cur is None:
            return None
    return cur


@pytest.mark.parametrize("ext", ["pdf", "docx"])
@pytest.mark.parametrize("form_type", sorted(FORMS))
def test_every_template_field_comes_back_exact(tmp_path, form_type, ext):
    typed, expected = fill_values(form_type)
    out = tmp_path / f"filled.{ext}"
    (fill_pdf if ext == "pdf" else fill_docx)(built_path(form_type, ext), typed, out)
    parsed = parse_file(out)
    assert isinstance(parsed, ParsedForm), parsed
    assert parsed.form_type == FormType(form_type)
    assert parsed.flags == set()
    built = build_record(parsed.form_type, {p: r.value for p, r in parsed.fields.items()})
    assert built.problems == []
    record = built.record.model_dump(mode="json", exclude_none=True)
    wrong = {}
    for path, want in expected.items():
        got = record_value(record, path)
        if isinstance(want, list) and path not in ("child.former_surnames",) and not path.endswith(".lines"):
            got = sorted(got or [])
        if got != want:
            wrong[path] = (got, want)
    assert wrong == {}

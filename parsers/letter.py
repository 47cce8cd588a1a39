"""Letters in prose, with no form title: a head teacher writing that a child has stopped
attending, a parent writing that their child will leave.

Only what a sentence states plainly is read ("... Tyler Brookes (DOB 14/06/2014) has not
attended since ..."); a letter that says none of these things stays `unknown`, so a
newsletter or a trip letter is never taken for a referral.
"""
from __future__ import annotations

import re

from parsers import normalise as n
from parsers.base import ParsedForm, Provenance, Reading
from parsers.labels import vocabulary
from parsers.normalise_names import parse_address, split_full_name
from parsers.raw import RawDocument
from records.models import FormType

_NAME_DOB = re.compile(r"((?:[A-Z][A-Za-z'\-]+ ){0,3}[A-Z][A-Za-z'\-]+),? \(\s*(?i:dob|d\.o\.b\.?|date of birth|born)"
                       r"\s*:?\s*([^)]{6,30})\)")
_NOT_ATTENDED = re.compile(r"\bhas (?:not|n't) (?:attended|been (?:seen )?(?:in|at) school)(?: school)? since ([^.]{6,40})",
                           re.I)
_ABSENT_SINCE = re.compile(r"\bhas been absent (?:from school )?since ([^.]{6,40})", re.I)
_PARENT_CHILD = re.compile(r"\b(?:my|our) (?:son|daughter|child|children)\b", re.I)
_LEAVING_ON = re.compile(r"\bwill be leaving\b([^.]{0,80}?)\bon ([^.]{6,40})", re.I)
_SCHOOL = re.compile(r"((?:[A-Z][\w'&\-]* ){0,5}(?:School|Academy|College|Primary|Infants?|Juniors?))\b")
_ADDRESS = re.compile(r"\b(new |last known |home )?address (?:is|will be|:)\s*([^.]{6,120}?\b[A-Z]{1,2}\d[A-Z\d]? ?\d[A-Z]{2})\b",
                      re.I)
_WHEREABOUTS_UNKNOWN = re.compile(r"\b(?:do not|don't|does not) know where (?:the family|they|he|she|the child)"
                                  r"|\bwhereabouts (?:are|is) (?:not known|unknown)", re.I)
_RESTRICT = re.compile(r"\bonly (?:share|give) (?:our|the|my) new address\b|\b(?:do not|don't) share (?:our|the|my) new "
                       r"address\b|\bkeep (?:our|the|my) new address (?:private|confidential)", re.I)
_YEAR = re.compile(r"\bis in (?:Year|Yr) (\d{1,2}|R)\b", re.I)


def read_letter(doc: RawDocument) -> ParsedForm | None:
    text = " ".join(n.clean(e.value or e.label) for e in doc.entries if e.kind in ("text", "heading"))
    if not text:
        return None
    fields: dict[str, Reading] = {}

    def put(path, value, raw):
        if value is not None and path not in fields:
            fields[path] = Reading(value, Provenance(None, "letter", raw[:300]))

    gone = _NOT_ATTENDED.search(text) or _ABSENT_SINCE.search(text)
    leaving = _LEAVING_ON.search(text) if _PARENT_CHILD.search(text) else None
    if gone and not leaving:
        form_type, block = FormType.cme_referral, "referral"
        when = "last_date_attended" if gone.re is _NOT_ATTENDED else "first_day_of_absence"
        put(f"referral.{when}", n.parse_date(gone.group(1)) or (n.find_dates(gone.group(1)) or [None])[0],
            gone.group(0))
        if _WHEREABOUTS_UNKNOWN.search(text):
            put("referral.whereabouts_known", False, _WHEREABOUTS_UNKNOWN.search(text).group(0))
    elif leaving:
        form_type, block = FormType.pupil_exit, "exit"
        put("exit.date_of_leaving", (n.find_dates(leaving.group(2)) or [None])[0], leaving.group(0))
        school = _SCHOOL.search(leaving.group(1))
        if school:
            put("school.name", school.group(1).strip(), leaving.group(0))
        if _RESTRICT.search(text):
            put("exit.restrict_address", True, _RESTRICT.search(text).group(0))
        for sentence in re.split(r"(?<=[.!?])\s+", text):
            opt = vocabulary().option("leaving_reason", sentence) if re.search(r"\bmov|\beducat|\bschool\b",
                                                                               sentence, re.I) else None
            if opt and "leaving" not in sentence.lower():
                put("exit.reason", opt.key.split(":", 1)[1], sentence)
    else:
        return None
    who = _NAME_DOB.search(text)
    if who:
        fore, sur = split_full_name(who.group(1))
        put("child.legal_surname", sur, who.group(0))
        put("child.legal_forenames", fore, who.group(0))
        put("child.date_of_birth", n.parse_date(who.group(2)), who.group(0))
    year = _YEAR.search(text)
    if year:
        put("child.year_group", n.normalise_year_group(year.group(1)), year.group(0))
    for m in _ADDRESS.finditer(text):
        path = "exit.new_address" if block == "exit" and m.group(1) else "child.address"
        put(path, parse_address(m.group(2)), m.group(0))
    if "school.name" not in fields:
        # The letterhead: the school's name on a short line of its own near the top.
        for e in doc.entries[:6]:
            line = n.clean(e.value or e.label)
            if len(line.split()) <= 8 and not re.search(r"\d", line) and _SCHOOL.search(line):
                put("school.name", line, line)
                break
    return ParsedForm(form_type=form_type, fields=fields)

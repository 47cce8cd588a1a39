"""Who sent a letter, email or memo: its header ("From:", "To:", "Sent:") and the signature
under its closing ("Kind regards, / Helen Marsh / Attendance Officer / Brookfield Primary").

Only the sender's side is read here, never the child's: the school's name, the person
writing (the school's contact, on a school's form) and the date it was sent. A form that
has no email header and no closing gives nothing. A form printed on its school's letterhead
names the school at its head.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from parsers import letter_patterns as P
from parsers import normalise as n
from parsers.base import Provenance, Reading
from parsers.raw import RawDocument
from records.models import FormType

_HEADER = re.compile(r"^(from|to|cc|sent|date|subject|re)\s*:\s*(.*)$", re.I)
_ADDRESS = re.compile(r"<?([\w.+\-]+@[\w\-]+(?:\.[\w\-]+)+)>?")
_BRACKET = re.compile(r"\s*\([^()]*\)\s*$")
# "CME Team", "Admissions Office", "Attendance Officer": a team or a job, never a person's name.
_NOT_A_PERSON = re.compile(r"\b(?:Team|Office|Officer|Service|Services|Council|Department|Unit|Hub|Admissions|Authority|"
                           r"County|Education|Trust|Lead|Leader|Manager|Head|Headteacher|Administrator|Coordinator|"
                           r"Co-ordinator|Support|Welfare|Attendance|Safeguarding|Reception|Finance|Governors?)\b")
_JOB = re.compile(r"^(?:School|Academy|College)\s+(?!of\b)[a-z]*[A-Za-z]+(?:\s+[A-Za-z]+)?\s*$")
_PHONE = re.compile(r"^(?:(?:tel|telephone|phone|t|direct line)\b\.?:?\s*)?(\+?\d[\d ()\-]{8,}\d)$", re.I)


@dataclass
class Sender:
    school: str | None = None
    person: str | None = None
    email: str | None = None
    sent: object = None
    phone: str | None = None


def school_in(line: str) -> str | None:
    """'Attendance Officer, Netherthorpe School' -> 'Netherthorpe School' (letterhead, "From:"
    line or signature); 'School Administrator' is a job, not a school."""
    line = re.sub(r"^[A-Za-z][\w ]{0,15}:\s*", "", line)
    for part in reversed(line.split(",")):
        part = part.strip()
        if part and len(part.split()) <= 8 and not re.search(r"\d", part) and P.SCHOOL.search(part) \
                and not _JOB.match(part):
            return part
    return None


def _person(text: str) -> str | None:
    t = _BRACKET.sub("", _ADDRESS.sub("", text)).strip(" ,;\"'")
    if not P.PERSON.fullmatch(t) or P.SCHOOL.search(t) or _NOT_A_PERSON.search(t):
        return None
    return t


def is_header(line: str) -> bool:
    """An email's or memo's header line ("Subject: Referral"): no part of a sentence."""
    return bool(_HEADER.match(line))


def read_sender(lines: list[str]) -> Sender:
    out = Sender()
    head = {}
    for line in lines[:12]:
        m = _HEADER.match(line)
        if m:
            head.setdefault(m.group(1).lower(), m.group(2).strip())
    # An email or memo header: "From:" beside another line only an email or memo has, or
    # giving an email address. "From:" alone may be a form's own label ("From: Oak Academy").
    if "from" in head and ({"to", "cc", "sent", "subject", "re"} & set(head) or _ADDRESS.search(head["from"])):
        out.school = school_in(head["from"])
        who, _, rest = head["from"].partition(",")
        # "From: Helen Marsh, Brookfield Primary School": the person, then the school
        out.person = _person(head["from"]) or (_person(who) if school_in(rest) else None)
        email = _ADDRESS.search(head["from"])
        out.email = email.group(1) if email else None
        sent = head.get("sent") or head.get("date")
        out.sent = n.parse_date(sent) if sent else None
    closing = max((i for i, line in enumerate(lines) if P.CLOSING.fullmatch(line.rstrip(" ,.!"))), default=None)
    if closing is not None:
        under = lines[closing + 1:closing + 6]
        person = _person(under[0]) if under else None
        out.person = person or out.person
        school = next((s for line in under if (s := school_in(line))), None)
        out.school = school or out.school
        out.phone = next((m.group(1) for line in under if (m := _PHONE.match(line))), None)
    return out


def fill_sender(fields: dict[str, Reading], lines: list[str], form_type: FormType) -> None:
    """What an email header or a signature says of the sender, where nothing else said it:
    the school, the date sent and, on a school's own form, the person writing."""
    who = read_sender(lines)
    found = {"school.name": who.school, "submitted_on": who.sent}
    if form_type != FormType.pupil_exit:    # a parent signs a parent's form, not the school's contact
        found |= {"school.contact_name": who.person, "school.contact_email": who.email, "school.contact_phone": who.phone}
    for path, value in found.items():
        if value is not None and path not in fields:
            fields[path] = Reading(value, Provenance(None, "sender", str(value)[:300]))


def letterhead_school(doc: RawDocument) -> str | None:
    """The first line of the document, or of its page header, when it is a school's name
    and nothing else."""
    for e in doc.entries[:2]:
        if e.kind not in ("heading", "text"):
            break
        line = " ".join(((e.label if e.kind == "heading" else e.value) or "").split())
        if _school_line(line):
            return line
    for line in doc.page_header[:3]:
        line = " ".join(line.split())
        if _school_line(line):
            return line
    return None


def _school_line(line: str) -> bool:
    return bool(P.LETTERHEAD_SCHOOL.fullmatch(line)) and not P.TITLE_WORDS.search(line)


# "URN 112866", "DfE No. 830/2104", "LAESTAB: 8302104" in a page header beside the school's name.
_CODE_LINE = re.compile(r"^([A-Za-z][A-Za-z .]{1,30}?)\s*[:\-\u2013]?\s*(\d[\d/ \-]{4,10}\d)$")


def header_codes(lines: list[str]) -> dict[str, str]:
    """The school's reference numbers printed in its page header, with or without a colon:
    a line that is a label we know for a URN or DfE number and a number of that shape."""
    from parsers.labels import vocabulary
    voc = vocabulary()
    found: dict[str, str] = {}
    for line in lines:
        m = _CODE_LINE.match(" ".join(line.split()))
        target = voc.field(m.group(1)) if m else None
        kind = voc.fields[target.key]["type"] if target else None
        value = n.normalise_urn(m.group(2)) if kind == "urn" else n.normalise_dfe(m.group(2)) if kind == "dfe" else None
        if value and target.score >= 99:
            found.setdefault(voc.fields[target.key]["path"], value)
    return found

"""Which event a letter in prose reports, and which child it names (a name written with a
child's date of birth)."""
from __future__ import annotations

from parsers import letter_patterns as P
from parsers import normalise as n
from records.models import FormType


def letter_kind(text: str, lines: list[str]) -> FormType | None:
    """Which event the letter reports; a parent's notice of leaving wins over a mention of absence."""
    leaving = P.LEAVING_ON.search(text) or P.LAST_DAY_WILL.search(text)
    parent = any(P.PARENT_CHILD.search(line) for line in lines) or P.PARENT_CHILD.search(text)
    # "Dear CME team, Tom ... will be leaving Hill Top Primary School": a school telling the
    # authority, not a parent telling the school
    school = not parent and any(P.TO_AUTHORITY.match(line) for line in lines[:6])
    if leaving and (parent or P.SCHOOL.search(leaving.group(1) or "")) and not school:
        return FormType.pupil_exit
    if parent and P.REMOVE_REQUEST.search(text):
        return FormType.pupil_exit      # "Please remove him from the school roll from Friday..."
    if P.REMOVED.search(text):
        return FormType.cml
    if P.JOINED.search(text):
        return FormType.cmj
    if P.NOT_ATTENDED.search(text) or P.ABSENT_SINCE.search(text) or P.REFER_CME.search(text):
        return FormType.cme_referral
    named = P.NAME_DOB.search(text) or P.NAME_COMMA_DOB.search(text) or P.NAME_WHO_BORN.search(text)
    # "Mrs Smith left us on Friday" in a newsletter is no leaver: a child named with a DOB is.
    if named and (P.LEFT_ON.search(text) or P.IS_LEAVING.search(text) or leaving):
        return FormType.pupil_exit if parent else FormType.cml
    return None


def named_child(text: str):
    """(match, date of birth) of the first name written with a child's date of birth;
    "Mum, Sarah Stone (DOB 01/01/1985)" is no child's, so it names no child."""
    children = named_children(text)
    return children[0] if children else (None, None)


def named_children(text: str) -> list[tuple]:
    """(match, date of birth) of each child named with a date of birth, in the order the
    wording patterns are tried; a child named twice counts once."""
    found, seen = [], set()
    for pattern in (P.NAME_DOB, P.NAME_COMMA_DOB, P.NAME_WHO_BORN):
        pos = 0
        while who := pattern.search(text, pos):
            pos = who.start(2) + 1      # a date read loosely may run on over the next child's name
            dob = n.parse_date(who.group(2), "dob") or (n.find_dates(who.group(2), "dob") or [None])[0]
            name = " ".join(who.group(1).replace(",", " ").lower().split())
            if dob is not None and name not in seen and not any(s for s in seen if name in s or s in name):
                seen.add(name)
                found.append((who, dob))
    return found

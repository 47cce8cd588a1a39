"""Shapes of a table row that the cell count alone does not tell.

A row of two or four cells is normally read as label|value pairs. But a horizontal
form prints a row of labels with the answers in the row below ("Surname | Forename |
DOB | Year" over "KHAN | Zara | ..."), and when that row happens to have four cells,
reading it as pairs would take labels for values. Shared by the Word and PDF readers.
"""
from __future__ import annotations

import re


def _known(text: str) -> bool:
    from parsers.labels import vocabulary   # lazy: the readers load before the vocabulary
    t = " ".join((text or "").split()).rstrip(":").strip()
    return bool(t) and (vocabulary().field(t) or vocabulary().group(t)) is not None


_PERSON = re.compile(r"[A-Z][A-Za-z'\-]+(?: [A-Z][A-Za-z'\-]+){1,3}")
_DATE = re.compile(r"^\d{1,2}[/.\-]\d{1,2}[/.\-]\d{2,4}$")


def value_row(texts: list[str]) -> bool:
    """A row of answers with no caption row over it ("Zara Khan | 03/03/2012 | Oak Academy"
    under a "Siblings" heading): a person's name and a date, and no known label. A date is
    never a caption, so the row is no row of labels over the next."""
    cells = [" ".join((t or "").split()) for t in texts]
    filled = [t for t in cells if t]
    return len(filled) >= 2 and any(_PERSON.fullmatch(t) for t in filled) and any(_DATE.match(t) for t in filled) \
        and not any(_known(t) for t in filled)


def _asks_relationship(text: str) -> bool:
    from parsers.labels import vocabulary
    hit = vocabulary().field(" ".join((text or "").split()).rstrip(":").strip()) if (text or "").strip() else None
    return bool(hit) and vocabulary().fields[hit.key]["path"] == "parent.relationship"


def labels_over_values(texts: list[str], below: list[str] | None) -> bool:
    """True when every cell where a pair reading expects a value holds a known label, and
    the next row, as wide, holds answers there instead (no known labels)."""
    if len(texts) not in (2, 4) or not below or len(below) != len(texts) or not all(texts):
        return False
    from parsers.normalise import is_mark
    if any(is_mark(t) is not None for t in texts):
        return False    # "☒ | Email to parents": a ticked option, not a row of labels
    values = texts[1::2]
    if any(_asks_relationship(t) for t in texts[0::2]):
        return False    # "Relationship to child | Mother": "Mother" is its answer, not a label
    if not all(_known(t) for t in values) or not any(t.strip() for t in below):
        return False
    if not any(_known(t) for t in below):
        return True
    # "Name | Relationship | Phone | Email" over "Ann Test | Mother | ...": four labels in a row are
    # column captions even when an answer below happens to be a label word too ("Mother")
    return len(texts) == 4 and all(_known(t) for t in texts) and not all(_known(t) for t in below if t.strip())


def column_captions(texts: list[str], below: list[list[str]]) -> bool:
    """A two-cell row that captions the columns ("Question | Answer", "Item | Response"),
    printed in bold like a row of labels, over rows whose first cells are known labels
    (callers ask only of a bold row at the top of a table, before any pair):
    no label of its own, so the rows below read as label | answer pairs, not as answers
    to it. Tables that run over a page print it again at the top of the next."""
    if len(texts) != 2 or not all(t.strip() for t in texts) or any(_known(t) for t in texts):
        return False
    firsts = [r[0] for r in below[:4] if len(r) == 2 and (r[0] or "").strip()]
    return len(firsts) >= 2 and 2 * sum(_known(t) for t in firsts) > len(firsts)


# Column captions of a tick-list table: "Enquiry | Yes | No", "Concern | Y/N", "Action | Done | Date".
_YES_COL, _NO_COL = ("yes", "y"), ("no", "n")
_MARK_COL = ("y n", "yes no", "done", "tick", "ticked", "tick if yes", "tick if applicable", "applies",
             "completed", "\u2713", "\u2714")
_DATE_COL = ("date", "dates", "date completed", "date done", "when", "date of contact", "date made")
_NOTE_COL = ("notes", "comments", "details", "outcome", "by whom", "who", "comment", "further details")


def _role(text: str) -> str | None:
    from parsers.labels import norm_label
    from parsers.normalise import MARKED, UNMARKED
    t = " ".join((text or "").split()).strip(" :")
    if len(t) > 1 and any(ch in MARKED + UNMARKED + "[(" for ch in t):
        return None     # "Yes ☑ No ☐" is an answer, not a column's caption
    low = norm_label(t) or t
    for role, words in (("yes", _YES_COL), ("no", _NO_COL), ("mark", _MARK_COL), ("date", _DATE_COL),
                        ("note", _NOTE_COL)):
        if low in words:
            return role
    return None


def _option(text: str) -> bool:
    from parsers.labels import vocabulary
    t = " ".join((text or "").split())
    return bool(t) and any(vocabulary().option(g, t) for g in vocabulary().groups)


def _list_caption(text: str) -> bool:
    from parsers.labels import vocabulary
    t = " ".join((text or "").split())
    return bool(t) and vocabulary().group(t) is not None


def mark_columns(texts: list[str]) -> list[str] | None:
    """The roles of the columns after the first when a row captions a tick-list's answer
    columns ("Enquiries made | Yes | No", "Enquiry | Date | Outcome"), else None. A lone
    "Yes" or "No" beside a label is an answer, not a caption: a Yes/No pair needs both columns."""
    if len(texts) < 2:
        return None
    roles = [_role(t) for t in texts[1:]]
    if None in roles or _role(texts[0]) is not None or _option(texts[0]):
        return None     # "Home visit | ✓" is a ticked item, not the captions
    if "mark" in roles or ("yes" in roles and "no" in roles):
        return roles
    if "date" in roles and _list_caption(texts[0]):
        return roles    # "Enquiry | Date | Outcome": the date written says it was done
    return None         # ...but "Completed by | Date" is a sign-off, not a list


def marked_answer(roles: list[str], texts: list[str]) -> str:
    """One row of a tick-list table as the answer a label|value pair would give: "Yes" for a
    mark in the Yes column, "No" for one in the No column, what is written in a Y/N or Done
    column, a date written in a date column; "" when nothing is marked."""
    from parsers.normalise import clean, is_mark, parse_bool
    answer = ""
    for role, raw in zip(roles, texts[1:]):
        t = clean(raw or "")
        if not t or role == "note":
            continue
        marked = is_mark(t) is True or parse_bool(t) is True
        if role == "yes" and marked:
            return "Yes"
        if role == "no" and marked:
            answer = "No"
        elif role == "mark":
            return t
        elif role == "date" and not answer:
            answer = t
    return answer


_BOX_GLYPH = re.compile(r"[\u2610-\u2612\u2713\u2714\u25a0\u25a1]|\[\s*[xX]?\s*\]")


def boxed_line(text: str) -> bool:
    """A one-cell row holding a box ("Care order ☒", "☐ CP plan"): an option of a list to read
    as a line, never a section heading."""
    return bool(_BOX_GLYPH.search(text or ""))

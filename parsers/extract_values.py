"""Read one value of a given vocabulary type, and tick lines inside option lists."""
from __future__ import annotations

import re
from datetime import date

from parsers import normalise as n
from parsers.date_yearless import read_yearless
from parsers.normalise_names import parse_address, split_full_name, tidy_name

# "X Home visit - 3/2/2026", "☒ Police", "Yes Transferred to another school",
# "Home visit ☐", "Police: Yes", "[X] Letter home".
_LEAD = re.compile(r"^\s*(\[\s*[xX✓✔]?\s*\]|\(\s*[xX✓✔]?\s*\)|[" + n.MARKED + n.UNMARKED + r"]|[xX✓✔](?=\s)|yes\b|no\b(?![\s-]+one\b)|y\b|n\b)\s*[:\-–]?\s*", re.I)
_BULLET = re.compile(r"^[\u2022\u2023\u25aa\u25e6\u2043*\-]\s+(?=\S)")
_TRAIL = re.compile(r"\s*[:\-–]?\s*(\[\s*[xX✓✔]?\s*\]|\(\s*[xX✓✔]?\s*\)|[" + n.MARKED + n.UNMARKED + r"]|(?<=\s)[xX✓✔]|yes|no)\s*$", re.I)
_DATE_WORD = re.compile(r"\b(?:date|on|dated)\s*:?\s*$", re.I)


def mark_word(token: str) -> bool | None:
    t = token.strip().lower()
    if t in ("yes", "y"):
        return True
    if t in ("no", "n"):
        return False
    return n.is_mark(token)


def split_tick_line(text: str, today: date | None = None) -> tuple[str, bool | None]:
    """(caption, state) of a line in an option list; state None when no mark is written.

    A date written beside an item means it was done (an enquiry made on that day).
    """
    t = _BULLET.sub("", n.clean(text))   # "• ☒ Moving to another school": the bullet is layout
    state: bool | None = None
    m = _LEAD.match(t)
    if m and len(t) > len(m.group(0)):
        state = mark_word(m.group(1))
        t = t[m.end():]
    m = _TRAIL.search(t)
    if m and m.start() > 0:
        s = mark_word(m.group(1))
        state = s if state is None else state
        t = t[: m.start()]
    dates = n.find_dates(t, today=today)
    if dates:
        t = re.sub(r"\(?\s*\d{1,4}[/.\-]\d{1,2}[/.\-]\d{2,4}\s*\)?", " ", t)
        t = re.sub(r"\(?\s*\d{1,2}(?:st|nd|rd|th)?\s+[A-Za-z]{3,9}\.?\s+\d{2,4}\s*\)?", " ", t)
        if state is None:
            state = True
    t = _DATE_WORD.sub("", t.strip(" -–:;,."))
    return t.strip(" -–:;,."), state


def value_state(value: str, checked: bool | None = None) -> bool | None:
    """Whether an option's value cell says it applies: a tick, a Yes, or a date."""
    if checked is not None:
        return checked
    v = n.clean(value)
    if not v:
        return False
    b = n.parse_bool(v)
    if b is not None:
        return b
    first = v.split()[0]
    mk = mark_word(first)
    if mk is not None:
        return mk
    if n.find_dates(v):
        return True
    if n.is_empty(v):
        return False
    return None


def split_list(text: str) -> list[str]:
    """Items of an inline list: 'Phone calls (1/2/26); Letter home (3/2/26)'."""
    parts = [p for p in re.split(r"\s*(?:;|\n|•|\u2022)\s*", text) if p.strip()]
    return parts


_BOX = r"\[\s*[xX✓✔]?\s*\]|\(\s*[xX✓✔]?\s*\)|[" + n.MARKED + n.UNMARKED + r"]"
_CODED_KINDS = ("sex", "year", "bool")


def ticked_caption(text: str) -> str | None:
    """'Male ☒  Female ☐' or '[ ] Boy [X] Girl' -> the one caption whose box is marked."""
    pieces = re.split(f"({_BOX})", text or "")
    marks = [i for i in range(1, len(pieces), 2)]
    if not marks:
        return None
    before = not pieces[0].strip()      # boxes printed before their captions
    chosen = [pieces[i + 1] if before else pieces[i - 1] for i in marks if n.is_mark(pieces[i])]
    chosen = [c.strip(" :-") for c in chosen if c.strip(" :-")]
    return chosen[0] if len(chosen) == 1 else None


def _coded_alternatives(text: str) -> list[str]:
    """Other readings of a coded answer: the ticked caption, and each language of a
    bilingual answer ('Gwryw / Male', 'Blwyddyn 9 / Year 9')."""
    out = []
    picked = ticked_caption(text)
    if picked:
        out.append(picked)
    if " / " in text:
        out += [half for half in text.split(" / ") if half.strip()]
    return out


def convert(kind: str, raw: str, today: date | None = None):
    """(value, problem) for one field; value None when nothing usable was written."""
    text = raw or ""
    if kind in _CODED_KINDS:
        value, problem = _convert(kind, text, today)
        if value is None:
            found = {v for alt in _coded_alternatives(text) if (v := _convert(kind, alt, today)[0]) is not None}
            if len(found) == 1:
                return found.pop(), None
        return value, problem
    return _convert(kind, text, today)


def _convert(kind: str, text: str, today: date | None = None):
    if kind in ("name", "text", "longtext"):
        t = n.clean(text.replace("\n", " ") if kind != "longtext" else text)
        if not t or n.is_empty(t):
            return None, None
        if kind != "longtext":   # names and short answers: the register's plain apostrophe
            t = n.plain_apostrophes(t)
        # A sentence is instructions printed beside a label, not a name or a short answer.
        if kind != "longtext" and (len(t.split()) > (6 if kind == "name" else 14) or len(t) > 200):
            return None, None
        if kind == "name":
            # A name has no digits: "Kai Thompson 30/09/2015" is two answers misread as one.
            return (None if re.search(r"\d", t) else tidy_name(t)), None
        return (t[:4000] if kind == "longtext" else t[:200]), None
    if kind == "fullname":
        if re.search(r"\d", text or ""):
            return None, None
        fore, sur = split_full_name(text)
        return ({"forenames": fore, "surname": sur} if sur else None), None
    if kind == "namelist":
        if n.is_empty(text):
            return None, None   # "N/A" is no list of names "N" and "A"
        names = [tidy_name(p) for p in re.split(r"[,;/\n]|\band\b", text)]
        names = [x for x in names if x]
        return (names or None), None
    if kind in ("date", "dob"):
        if n.is_empty(text):
            return None, None
        d = n.parse_date(text, "dob" if kind == "dob" else "any", today)
        if d is None and kind == "date" and (yearless := read_yearless(text)):
            return yearless, None   # "Mon 3rd Nov": the form's own dates give the year (collect)
        return d, (None if d or not n.clean(text) else "unreadable date")
    if kind == "siblings":
        return parse_siblings(text, today), None
    if kind == "sex":
        return n.normalise_sex(text), None
    if kind == "upn":
        upn, invalid = n.normalise_upn(text)
        return upn, ("invalid_upn" if invalid else None)
    if kind == "year":
        return n.normalise_year_group(text), None
    if kind == "address":
        return parse_address(text), None
    if kind == "postcode":
        return n.normalise_postcode(text), None
    if kind == "bool":
        return n.parse_bool(text), None
    if kind == "urn":
        return n.normalise_urn(text), None
    if kind == "dfe":
        return n.normalise_dfe(text), None
    return None, None


def parse_siblings(text: str, today: date | None = None) -> list[dict] | None:
    """'Tobi Abdi, 2014-03-09, Brookfield School; Abena Abdi, ...' -> sibling records."""
    out = []
    for part in split_list(text):
        if n.is_empty(part):
            continue
        bits = [b.strip() for b in re.split(r",|\s[-–]\s|\(|\)", part) if b.strip()]
        sib: dict = {}
        for b in bits:
            d = n.parse_date(b, "dob", today)
            if d and "date_of_birth" not in sib:
                sib["date_of_birth"] = d
            elif "name" not in sib and not any(ch.isdigit() for ch in b):
                sib["name"] = tidy_name(b)
            elif "school" not in sib and not any(ch.isdigit() for ch in b):
                sib["school"] = b[:200]
        if sib.get("name"):
            out.append(sib)
    return out or None


def store_part(out, meaning, value: str, prov) -> None:
    """One box of a split address, or one cell of a sibling row, on the authority's templates."""
    if meaning.kind == "sibling":
        kind = {"name": "name", "date_of_birth": "dob", "school": "text"}[meaning.key]
        converted, _ = convert(kind, value)
        if converted is not None:
            out.put("sibling." + meaning.key, converted, prov, 3, index=meaning.index)
        return
    if meaning.key == "lines":
        converted = [n.clean(line) for line in value.splitlines() if n.clean(line) and not n.is_empty(line)] or None
    else:
        converted, _ = convert("postcode" if meaning.key == "postcode" else "text", value)
    if converted:
        out.address_part(meaning.path, meaning.key, converted, prov)

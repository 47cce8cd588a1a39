"""Turn what a person typed into a value of the right Python type.

Every function returns None when the text does not clearly hold such a value:
a wrong guess is worse than a gap, because a gap asks the school, a guess misleads.
"""
from __future__ import annotations

import re
from datetime import date, datetime

from dateutil import parser as du_parser

# Words people write instead of leaving a box empty.
_EMPTY = {
    "", "-", "--", "—", "–", "n/a", "na", "n.a.", "n a", "not applicable", "not known", "unknown",
    "n/k", "nk", "none", "none known", "nil", "tbc", "tba", "to be confirmed", "not yet known",
    "no", "not stated", "not given", "unknown at present", "?", "x", "none given",
    "not known yet", "not known at present", "not yet", "unknown yet", "not known at this stage",
    "not decided", "not decided yet", "not yet decided", "undecided", "to be decided", "tbd",
    # a pointer to another answer is no answer of its own
    "see above", "as above", "see below", "same as above", "ditto",
}
# Placeholder text Word and Acrobat show in an untouched field.
_PLACEHOLDER = re.compile(r"^(click|tap|choose|select|enter)\b.*\b(here|text|date|item)\b", re.I)
# Word's own placeholder sentences, left in front of an answer typed after them rather than over them.
_WORD_PROMPT = re.compile(r"^(?:click or tap (?:here )?to enter (?:a )?(?:text|date)|choose an item)\.\s*", re.I)
# Characters that take no room on the page (zero-width space and joiners, word joiner, BOM, soft hyphen).
_INVISIBLE = re.compile("[\u200b\u200c\u200d\u2060\ufeff\u00ad]")


def clean(text: str | None) -> str:
    """Collapse spaces (any width, non-breaking too), drop invisible characters; '' for placeholders."""
    if not text:
        return ""
    text = _INVISIBLE.sub("", str(text))
    text = re.sub(r"[ \t\u00a0\u2002-\u200a\u202f\u205f\u3000]+", " ", text).strip()
    prompt = _WORD_PROMPT.match(text)
    if prompt and text[prompt.end():].strip():
        text = text[prompt.end():].strip()
    if _PLACEHOLDER.match(text) or text.strip("_. ") == "":
        return ""
    return text


def plain_apostrophes(text: str) -> str:
    """O’Brien -> O'Brien: a name is compared with registers typed with the plain one."""
    return re.sub("[\u2018\u2019\u02bc\u2032]", "'", text)


def is_empty(text: str | None, *, no_is_empty: bool = True) -> bool:
    t = clean(text).lower().strip(" .")
    if not no_is_empty and t == "no":
        return False
    return t in _EMPTY


# ---------------------------------------------------------------- dates
_MONTHS = ("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec")
_MONTH_WORD = r"(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?"
_NUMERIC = re.compile(r"\b(\d{1,2})\s*[/.\-]\s*(\d{1,2})\s*[/.\-]\s*(\d{4}|\d{2})\b")
# Year first: ISO, and the "2014/06/03" or "2014.06.03" that MIS exports print (never y-d-m).
_ISO = re.compile(r"\b(\d{4})([-/.])(\d{1,2})\2(\d{1,2})\b")
_WORDY = re.compile(
    r"\b(\d{1,2})(?:st|nd|rd|th)?(?:\s+of)?[\s\-/.,]+(" + _MONTH_WORD + r")[\s\-/.,]+['\u2019]?(\d{4}|\d{2})\b", re.I)
_WORDY_US = re.compile(
    r"\b(" + _MONTH_WORD + r")\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+(\d{4})\b", re.I)


def _year(y: str, kind: str, today: date) -> int:
    if len(y) == 4:
        return int(y)
    yy = int(y)
    # A two-digit year is this century unless that puts it in the future
    # (only possible for a date of birth written by an older relative).
    full = 2000 + yy
    if full > today.year + (0 if kind == "dob" else 1):
        full -= 100
    return full


def _make(y: int, m: int, d: int) -> date | None:
    if not (1990 <= y <= 2100):
        return None
    try:
        return date(y, m, d)
    except ValueError:
        return None


def _month_of(word: str) -> int | None:
    w = word.lower()[:3]
    return _MONTHS.index(w) + 1 if w in _MONTHS else None


def find_dates(text: str, kind: str = "any", today: date | None = None) -> list[date]:
    """Every UK day-first date written inside `text`, in order."""
    today = today or date.today()
    found: list[tuple[int, date]] = []
    text = text or ""
    for m in _ISO.finditer(text):
        d = _make(int(m.group(1)), int(m.group(3)), int(m.group(4)))
        if d:
            found.append((m.start(), d))
    for m in _NUMERIC.finditer(text):
        if any(s <= m.start() < s + 10 for s, _ in found):
            continue
        d = _make(_year(m.group(3), kind, today), int(m.group(2)), int(m.group(1)))
        if d:
            found.append((m.start(), d))
    for m in _WORDY.finditer(text):
        mon = _month_of(m.group(2))
        if mon:
            d = _make(_year(m.group(3), kind, today), mon, int(m.group(1)))
            if d:
                found.append((m.start(), d))
    for m in _WORDY_US.finditer(text):
        mon = _month_of(m.group(1))
        if mon and not any(abs(s - m.start()) < 12 for s, _ in found):
            d = _make(int(m.group(3)), mon, int(m.group(2)))
            if d:
                found.append((m.start(), d))
    found.sort(key=lambda p: p[0])
    return [d for _, d in found]


_HEDGED = re.compile(r"\b(?:approx(?:imately)?|about|around|circa|roughly|estimated|possibly|maybe|perhaps|"
                     r"unsure|not sure|w/[cb]|week (?:commencing|beginning|starting))\b|\?|^c\.?\s*\d", re.I)


_SPACED = re.compile(r"(\d{1,2}) (\d{1,2}) (\d{4})")


def _boxed_date(t: str) -> date | None:
    """A date box filled one digit a cell reads "05 11 2014" or "05112014": a whole field of
    day, month and year and nothing else. Eight digits are day first, or year first when
    that is no date ("20141105"); both cannot hold, as a year starts 19, 20 or 21."""
    m = _SPACED.fullmatch(t)
    if m:
        return _make(int(m.group(3)), int(m.group(2)), int(m.group(1)))
    if not re.fullmatch(r"\d{8}", t):
        return None
    return _make(int(t[4:]), int(t[2:4]), int(t[:2])) or _make(int(t[:4]), int(t[4:6]), int(t[6:]))


def parse_date(text: str | None, kind: str = "any", today: date | None = None) -> date | None:
    """The one date a field holds, or None when it holds none or several different ones."""
    t = clean(text)
    if not t or is_empty(t):
        return None
    if _HEDGED.search(t):
        return None     # "approx 3/11/25", "w/c 3/11/25", "3/11/25?": the writer does not know the day
    t = re.sub(r"^(mon|tue|wed|thu|fri|sat|sun)[a-z]*,?\s+", "", t, flags=re.I)
    dates = find_dates(t, kind, today)
    if len(set(dates)) == 1:
        return dates[0]
    if dates:
        return None
    boxed = _boxed_date(t)
    if boxed:
        return boxed
    # Last resort for odd spacing ("3 Nov.2015"): dateutil, day-first, only when a
    # month name and a four-digit year are both present so that garbage never parses.
    if re.search(_MONTH_WORD, t, re.I) and re.search(r"\b\d{4}\b", t) and len(t) <= 30:
        try:
            # Parsed twice with different defaults: "January 2027" names no day, and dateutil
            # would silently take today's; a date is read only when the text fixes every part.
            a = du_parser.parse(t, dayfirst=True, fuzzy=False, default=datetime(2000, 1, 1))
            b = du_parser.parse(t, dayfirst=True, fuzzy=False, default=datetime(2001, 2, 2))
        except (ValueError, OverflowError):
            return None
        return _make(a.year, a.month, a.day) if a == b else None
    return None


# ---------------------------------------------------------------- identifiers
_UPN_ALPHABET = "ABCDEFGHJKLMNPQRTUVWXYZ"
_UPN_SHAPE = re.compile(r"^[A-Z][0-9]{11}[0-9A-Z]$")


def upn_check_letter(body12: str) -> str:
    """DfE check letter for characters 2..13 of a UPN."""
    total = 0
    for weight, ch in enumerate(body12, start=2):
        value = int(ch) if ch.isdigit() else _UPN_ALPHABET.index(ch)
        total += value * weight
    return _UPN_ALPHABET[total % 23]


def normalise_upn(text: str | None) -> tuple[str | None, bool]:
    """(upn, invalid): upn when well formed and its check letter holds;
    invalid is True when something UPN-like was written but fails."""
    if is_empty(text):
        return None, False
    t = re.sub(r"[\s\-]", "", clean(text)).upper()
    if not t:
        return None, False
    if not _UPN_SHAPE.match(t) or (t[12].isalpha() and t[12] not in _UPN_ALPHABET):
        return None, True
    if upn_check_letter(t[1:]) != t[0]:
        return None, True
    return t, False


def normalise_urn(text: str | None) -> str | None:
    m = re.fullmatch(r"(?:urn)?\s*:?\s*(\d{6})", re.sub(r"\s", "", clean(text)), re.I)
    return m.group(1) if m else None


def normalise_dfe(text: str | None) -> str | None:
    """'830/2001', '830-2001', '830 2001', '8302001' -> '8302001'."""
    t = re.sub(r"[\s/\-.]", "", clean(text))
    return t if re.fullmatch(r"\d{7}", t) else None


_POSTCODE = re.compile(r"\b([A-Z]{1,2}[0-9][A-Z0-9]?)\s*([0-9][A-Z]{2})\b", re.I)


def normalise_postcode(text: str | None) -> str | None:
    t = re.sub(r"\s", "", clean(text)).upper()
    m = re.fullmatch(r"([A-Z]{1,2}[0-9][A-Z0-9]?)([0-9][A-Z]{2})", t)
    return f"{m.group(1)} {m.group(2)}" if m else None


def find_postcode(text: str) -> tuple[str | None, str]:
    """(postcode, text without it): the last UK postcode written in free text."""
    matches = list(_POSTCODE.finditer(text or ""))
    if not matches:
        return None, text or ""
    m = matches[-1]
    pc = normalise_postcode(m.group(0))
    return pc, (text[: m.start()] + text[m.end():])


# ---------------------------------------------------------------- small enumerations
_SEX = {
    "m": "male", "male": "male", "boy": "male", "b": "male", "man": "male",
    "f": "female", "female": "female", "girl": "female", "g": "female", "woman": "female",
    "other": "other", "non-binary": "other", "non binary": "other", "x": "other",
    "unknown": "unknown", "not known": "unknown", "prefer not to say": "unknown", "u": "unknown",
}


def normalise_sex(text: str | None) -> str | None:
    t = clean(text).lower().strip(" .")
    return _SEX.get(t)


_NUMBER_WORDS = {w: i for i, w in enumerate("one two three four five six seven eight nine ten eleven twelve "
                                              "thirteen fourteen".split(), start=1)}


def normalise_year_group(text: str | None) -> int | None:
    t = clean(text).lower().strip(" .")
    if not t or is_empty(t):
        return None
    t = re.sub(r"^(nc|national curriculum)\s*", "", t)
    t = re.sub(r"^(?:year|yr)\.?\s*group\s*:?\s*|(?<=\byr)\.", "", t)       # "Year group 5", "Yr. 5"
    if t in {"r", "rec", "reception", "yr r", "year r", "yr", "fs2", "f2", "foundation"} \
            or re.fullmatch(r"(?:year |yr )?(?:rec|reception)(?: class)?", t):
        return 0
    if t in {"n", "nursery", "fs1", "f1", "pre-school", "preschool", "n1", "n2"}:
        return -1
    # "Year Five", "Yr seven": the number in words
    t = re.sub(r"\b(?:" + "|".join(_NUMBER_WORDS) + r")\b", lambda m: str(_NUMBER_WORDS[m.group(0)]), t)
    m = re.fullmatch(r"(?:year|yr|y)?\s*(\d{1,2})(?:\s*\(.*\))?", t)
    if m and 0 <= int(m.group(1)) <= 14:
        return int(m.group(1))
    return None


# Booleans and tick marks live in normalise_bool; imported last, as it uses clean() above.
from parsers.normalise_bool import MARKED, UNMARKED, is_mark, parse_bool  # noqa: E402,F401

"""Cleaning of names, dates, postcodes and UPNs into the forms the comparisons use.

Everything here is pure and cached: the same surname is cleaned a million times on a big
register, so the caches are what keeps building the index quick.
"""
from __future__ import annotations

import re
import unicodedata
from datetime import date
from functools import lru_cache
from operator import mul

import jellyfish

# Letters that NFKD does not split into base + accent (Polish ł, Nordic ø, German ß...).
_FOLD = str.maketrans({"ł": "l", "Ł": "l", "ø": "o", "Ø": "o", "đ": "d", "Đ": "d",
                       "ß": "ss", "æ": "ae", "Æ": "ae", "œ": "oe", "Œ": "oe", "ı": "i"})
_NOT_LETTER = re.compile(r"[^a-z]+")
_VOWELS = frozenset("aeiouy")


@lru_cache(maxsize=200_000)
def fold(text: str) -> str:
    """Lower case, accents off, anything but letters becomes a space."""
    text = unicodedata.normalize("NFKD", text.translate(_FOLD))
    text = "".join(ch for ch in text if not unicodedata.combining(ch)).lower()
    return _NOT_LETTER.sub(" ", text).strip()


def tokens(text: str | None) -> tuple[str, ...]:
    return tuple(fold(text).split()) if text else ()


def surname_forms(text: str | None) -> tuple[str, ...]:
    """The surname run together ("evansclark"), then each part of a double-barrelled name.

    Run together, "Evans-Clark", "Evans Clark" and "EvansClark" are the same; the parts let
    "Clark" alone find the child (and "Al" of "Al-Sayed", which forms do get written as).
    """
    parts = tokens(text)
    if not parts:
        return ()
    forms = ["".join(parts)]
    if len(parts) > 1:
        forms.extend(p for p in parts if len(p) > 1 and p not in forms)
    return tuple(forms)


@lru_cache(maxsize=200_000)
def phonetic(name: str) -> str:
    """A blocking key: Soundex with any leading vowel as "A" (Ebrahim/Ibrahim, Usman/Osman)."""
    if not name:
        return ""
    code = jellyfish.soundex(name)
    return ("A" + code[1:]) if name[0] in _VOWELS else code


def sound_codes(names) -> set[str]:
    """The blocking sounds of names; a one-letter name (an initial) has none."""
    return {phonetic(n) for n in names if len(n) > 1}


@lru_cache(maxsize=200_000)
def metaphone(name: str) -> str:
    return jellyfish.metaphone(name) if name else ""


_SKELETON_RULES = (("ph", "f"), ("x", "ks"), ("q", "k"), ("ck", "k"), ("c", "k"), ("w", "v"),
                   ("dh", "d"), ("th", "t"), ("kh", "k"), ("gh", "g"), ("z", "s"), ("ou", "u"))
_VOWEL_RUN = re.compile(r"[aeiouy]+")


@lru_cache(maxsize=200_000)
def skeleton(name: str) -> str:
    """The consonants in order with each vowel run as "V": how a name sounds across the ways
    it is written in English letters (Aleksandra/Alexandra, Zofia/Sophia, Aisha/Ayesha,
    Mohammed/Muhammad, Oliwer/Oliver), while John and Jonah stay apart."""
    if not name:
        return ""
    lead_y = name[0] == "y"
    for a, b in _SKELETON_RULES:
        name = name.replace(a, b)
    name = re.sub(r"(.)\1+", r"\1", name)             # doubled letters
    name = re.sub(r"(?<=[aeiouy])h(?![aeiouy])", "", name)   # silent h after a vowel
    name = _VOWEL_RUN.sub("V", name[1:] if lead_y else name)
    return ("y" + name) if lead_y else name


def postcode(text: str | None) -> str:
    return "".join(text.split()).upper() if text else ""


def postcode_sector(pc: str) -> str:
    """Outward code plus the first inward digit ("AL15SP" -> "AL15")."""
    return pc[:-2] if len(pc) >= 5 else ""


_HOUSE = re.compile(r"\d+[a-z]?")
_LETTERS = re.compile(r"[a-z]+")    # the words _NOT_LETTER leaves


def address_key(text: str | None) -> str:
    """House number and street words, without town: enough to tell households apart."""
    if not text:
        return ""
    first = text.partition(",")[0].lower()
    words = _LETTERS.findall(first)
    numbers = _HOUSE.findall(first)
    return " ".join(numbers[:1] + words[:2])


# UPN check letter (DfE): weights 2..13 over characters 2..13, sum mod 23 indexes this alphabet.
_CHECK = "ABCDEFGHJKLMNPQRTUVWXYZ"


def upn_clean(text: str | None) -> str:
    return "".join(text.split()).upper() if text else ""


# Each character's value in the check sum: a digit its own, a letter its place in _CHECK.
_UPN_VALUE = {**{str(d): d for d in range(10)}, **{ch: i for i, ch in enumerate(_CHECK)}}
_UPN_WEIGHTS = range(2, 14)


def upn_valid(upn: str) -> bool:
    if len(upn) != 13 or upn[0] not in _CHECK:
        return False
    body = upn[1:]
    if not body[:11].isdigit() or not (body[11].isdigit() or body[11] in _CHECK):
        return False
    if body.isascii():   # the table: checked for every child of a million-child register
        values = map(_UPN_VALUE.__getitem__, body)
    else:                # digits of other scripts, which only int() reads
        values = (int(ch) if ch.isdigit() else _CHECK.index(ch) for ch in body)
    return _CHECK[sum(map(mul, values, _UPN_WEIGHTS)) % 23] == upn[0]


def upn_neighbours(upn: str) -> list[str]:
    """Valid UPNs one digit away from an invalid one: where a one-character typo came from."""
    out = []
    if len(upn) != 13:
        return out
    for i in range(1, 13):
        if not upn[i].isdigit():
            continue
        for d in "0123456789":
            if d != upn[i]:
                cand = upn[:i] + d + upn[i + 1:]
                if upn_valid(cand):
                    out.append(cand)
    return out


def dob_variants(d: date) -> dict[int, str]:
    """Dates a typed date of birth may have come from: day/month swap, one digit, a day off.

    Keys are date ordinals, values the level name; the exact date is not included.
    """
    return dict(_dob_variants(d))   # a fresh dict each time: the caller may change it


@lru_cache(maxsize=1 << 14)
def _dob_variants(d: date) -> tuple[tuple[int, str], ...]:
    """dob_variants, kept: a query asks for its date's several times, and dates repeat."""
    out: dict[int, str] = {}
    text = d.strftime("%Y%m%d")
    for i in range(8):
        for ch in "0123456789":
            if ch == text[i]:
                continue
            t = text[:i] + ch + text[i + 1:]
            try:
                v = date(int(t[:4]), int(t[4:6]), int(t[6:]))
            except ValueError:
                continue
            out[v.toordinal()] = "one_digit"
    for delta in (-1, 1):
        out.setdefault(d.toordinal() + delta, "one_day")
    if d.day <= 12 and d.day != d.month:
        try:
            out[date(d.year, d.day, d.month).toordinal()] = "day_month_swap"
        except ValueError:
            pass
    return tuple(out.items())


_YEAR_GROUP = re.compile(r"^(?:y(?:ear)?\s*)?(-?\d{1,2})$")
_YEAR_GROUP_WORDS = {"r": 0, "rec": 0, "reception": 0, "n1": -2, "n2": -1, "nursery": -1}


def year_group_value(text: str | None) -> int | None:
    """A stated year group ("4", "Y4", "Year 4", "R", "Reception") as the NC year number."""
    t = " ".join((text or "").lower().split())
    if t in _YEAR_GROUP_WORDS:
        return _YEAR_GROUP_WORDS[t]
    m = _YEAR_GROUP.match(t)
    return int(m.group(1)) if m and -2 <= int(m.group(1)) <= 14 else None


def reception_cohort(on: date) -> int:
    """The cohort in reception in the school year that `on` falls in."""
    return (on.year if on.month >= 9 else on.year - 1) - 5


@lru_cache(maxsize=1 << 15)   # asked once per candidate; there are a few thousand birth dates
def cohort(ordinal: int) -> int:
    """The school year a birth date falls in, by the year it starts: 1 September to 31 August
    (a child's year group is this cohort's distance from the current reception cohort)."""
    d = date.fromordinal(ordinal)
    return d.year if d.month >= 9 else d.year - 1

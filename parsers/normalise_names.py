"""Names and addresses as people write them on forms."""
from __future__ import annotations

import re

from parsers.normalise import clean, find_postcode, is_empty, normalise_postcode, plain_apostrophes

_TITLES = {"mr", "mrs", "miss", "ms", "mx", "dr", "master", "prof", "rev", "sir", "lady"}


def _cap_word(w: str) -> str:
    if not w:
        return w
    low = w.lower()
    # Mc and O' are always followed by a capital; "Mac" is not (Mace, Mack), so left alone.
    if low.startswith("mc") and len(low) > 2:
        return "Mc" + low[2].upper() + low[3:]
    if re.match(r"^o['’]\w", low):
        return "O'" + low[2].upper() + low[3:]
    return low[0].upper() + low[1:]


def title_case(name: str) -> str:
    """'MCDONALD-O'BRIEN' -> "McDonald-O'Brien", keeping hyphens and apostrophes."""
    parts = re.split(r"(\s+|-)", name)
    return "".join(p if re.fullmatch(r"\s+|-", p) else _cap_word(p) for p in parts)


def tidy_name(text: str | None) -> str | None:
    """A name as written, with titles dropped and shouted case softened."""
    t = clean(text)
    if not t or is_empty(t):
        return None
    t = plain_apostrophes(re.sub(r"\s*[,;]\s*$", "", t)).strip("\"\u201c\u201d ")
    t = re.sub("(?<=[^\\W\\d_])[\u2010\u2011\u2013\u2014](?=[^\\W\\d_])", "-", t)   # Smith–Jones: a hyphen
    words = t.split()
    while words and words[0].lower().strip(".") in _TITLES:
        words = words[1:]
    if not words:
        return None
    t = " ".join(words)
    letters = [c for c in t if c.isalpha()]
    if letters and (all(c.isupper() for c in letters) or all(c.islower() for c in letters)):
        t = title_case(t)
    return t


def _is_caps(word: str) -> bool:
    letters = [c for c in word if c.isalpha()]
    return len(letters) >= 2 and all(c.isupper() for c in letters)


def split_full_name(text: str | None, surname_first: bool = False) -> tuple[str | None, str | None]:
    """(forenames, surname) from one 'Name' box.

    'SURNAME, Forenames' -> comma order; 'Forename SURNAME' / 'SURNAME Forename' ->
    the word in capitals is the surname when the rest is not; otherwise the last word, or
    the first when the box's label asks for the surname first ("Name (surname first)").
    """
    t = clean(text)
    if not t or is_empty(t):
        return None, None
    words = t.split()
    while words and words[0].lower().strip(".") in _TITLES:
        words = words[1:]
    t = " ".join(words)
    if "," in t:
        surname, _, forenames = t.partition(",")
        return tidy_name(forenames), tidy_name(surname)
    words = t.split()
    if len(words) == 1:
        return None, tidy_name(words[0])
    caps = [_is_caps(w) for w in words]
    if any(caps) and not all(caps):
        # The capitalised run is the surname, wherever it sits.
        sur = [w for w, c in zip(words, caps) if c]
        fore = [w for w, c in zip(words, caps) if not c]
        return tidy_name(" ".join(fore)), tidy_name(" ".join(sur))
    if surname_first:
        return tidy_name(" ".join(words[1:])), tidy_name(words[0])
    return tidy_name(" ".join(words[:-1])), tidy_name(words[-1])


_KNOWN_AS = re.compile(
    r"^(?P<name>[^()\[\]]+?)\s*(?:[(\[]\s*(?:known as|k/a|aka|a\.k\.a\.?|prefers|preferred(?: name)?)\s*:?\s*"
    r"(?P<known>[^()\[\]]+?)\s*[)\]]|\s*[,;\-–]?\s(?:known as|aka|a\.k\.a\.)\s+(?P<known2>[^()\[\]]+?))$", re.I)
# "Smith, nee Brown", "Smith (formerly Brown)": the surname now, then one the child had before.
_FORMER = re.compile(r"^(?P<name>[^()\[\]]+?)\s*(?:[(\[]\s*(?:n[ée]e|formerly|previously|was|born)\s*:?\s*"
                     r"(?P<old>[^()\[\]]+?)\s*[)\]]|\s*[,;\-–]?\s(?:n[ée]e|formerly|previously)\s+(?P<old2>[^()\[\],]+?))$",
                     re.I)


def split_former(text: str | None) -> tuple[str | None, str | None]:
    """'Smith, nee Brown' -> ('Smith', 'Brown'); a name with no former one -> (name, None)."""
    m = _FORMER.match(clean(text))
    old = (m.group("old") or m.group("old2")) if m else ""
    if not m or not re.fullmatch(r"[^\W\d_][\w'\-]*(?: [^\W\d_][\w'\-]*)?", old):
        return tidy_name(text), None
    return tidy_name(m.group("name")), tidy_name(old)


def split_known_as(text: str | None) -> tuple[str | None, str | None]:
    """'John (known as Jack)' -> ('John', 'Jack'); a name with no 'known as' -> (name, None)."""
    m = _KNOWN_AS.match(clean(text))
    known = (m.group("known") or m.group("known2")) if m else ""
    # one or two plain words: "(prefers not to say)" or "(known as above)" names no one
    if not m or not re.fullmatch(r"[^\W\d_][\w'\-]*(?: [^\W\d_][\w'\-]*)?", known) \
            or re.search(r"\b(?:not|say|above|below|same|unknown|n/?a)\b", known, re.I):
        return tidy_name(text), None
    return tidy_name(m.group("name")), tidy_name(known)


# The last part of an address abroad that names its country (a small list of the usual ones).
_COUNTRY = re.compile(r"(?:republic of )?ireland|eire|scotland|wales|northern ireland|poland|romania|"
                      r"lithuania|latvia|bulgaria|slovakia|hungary|portugal|spain|italy|france|germany|"
                      r"pakistan|india|bangladesh|nigeria|ghana|somalia|ukraine|usa|united states|"
                      r"australia|canada|jamaica|turkey|netherlands|czech republic", re.I)


def parse_address(text: str | None) -> dict | None:
    """'12 High St, Matlock, DE4 3AG' or several lines -> {"lines", "town", "postcode"}."""
    t = clean(text.replace("\r", "\n") if text else text)
    if text and "\n" in text:
        t = "\n".join(clean(line) for line in text.replace("\r", "\n").split("\n"))
    if not t or is_empty(t.replace("\n", " ")):
        return None
    postcode, rest = find_postcode(t)
    parts = [p.strip(" ,.") for p in re.split(r"[\n,]", rest)]
    parts = [p for p in parts if p and not is_empty(p)]
    if not parts and not postcode:
        return None
    out: dict = {"lines": parts, "town": None, "postcode": postcode}
    if len(parts) > 2 and not postcode and _COUNTRY.fullmatch(parts[-1]):
        out["country"] = parts.pop()    # '..., Ballina, Co. Mayo, Ireland': a country is no town
    if len(parts) > 1:
        out["town"] = parts[-1]
        out["lines"] = parts[:-1]
    return out


def merge_postcode(address: dict | None, postcode_text: str | None) -> dict | None:
    pc = normalise_postcode(postcode_text)
    if not pc:
        return address
    address = dict(address or {"lines": [], "town": None, "postcode": None})
    address["postcode"] = address.get("postcode") or pc
    return address

"""People in a form's lists: parents (name, relationship, phone, email) and siblings.

Each reading of a parent's or sibling's detail goes to one person: the person a list index
names, else the one a kin word names ("Mother's mobile" goes to the mother), else the last
person while that detail is still empty there (a detail already filled starts the next one).
Two parents written in one box ("Mr A Khan / Mrs S Khan") are two people, and the details
after them go to the first of the two that lacks them.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

from parsers.base import Provenance, Reading

PARENT_KEYS = ("name", "relationship", "phone", "email")
_KIN = r"(mother|father|mum|dad|step-?mother|step-?father|grandmother|grandfather|guardian|foster carer)"
# "Mother: Irina Petrova", "Father's name": a parent's name under a label that says who they are.
_KIN_LABEL = re.compile(rf"^label:\s*{_KIN}(?:'?s)?(?:\s+(?:full\s+)?name)?\s*:?$", re.I)
# "Mother's mobile", "Dad's email": a detail of the parent the kin word names.
KIN_DETAIL = re.compile(rf"^\s*{_KIN}(?:'?s|’s)?\s+(mobile|mobile number|phone|phone number|telephone|telephone number|"
                        r"tel|contact number|number|email|e-mail|email address)\s*:?\s*$", re.I)
# "Mother", "Father's details", "Details of mother": a heading over one parent's details.
KIN_HEADING = re.compile(rf"^\s*(?:details of (?:the )?)?{_KIN}(?:'?s|’s)?(?:\s+(?:details|information|contact details))?\s*:?\s*$",
                         re.I)
_KIN_AFTER = re.compile(r"^(.+?)\s*\(\s*(mother|father|mum|dad|step-?mother|step-?father|grandmother|grandfather|"
                        r"guardian|foster carer|carer|aunt|uncle)\s*\)$", re.I)
# Two people in one name box: titled names, or names of two words or more, either side of "/", "&" or "and".
_TITLED = r"(?:Mr|Mrs|Ms|Miss|Mx|Dr)\.?(?: [A-Z]\.?)*(?: [A-Z][A-Za-z'\-]+)+"
_PERSON = rf"(?:{_TITLED}|[A-Z][A-Za-z'\-]+(?: [A-Z][A-Za-z'\-]+)+)"
_TWO = re.compile(rf"^\s*({_PERSON})\s*(?:/|&|\band\b)\s*({_PERSON})\s*$")
# "Siblings: No siblings", or an empty siblings table's captions read as a row: nobody.
_NONE_SAID = re.compile(r"^(?:no\b.*|none\b.*|n/?a|nil|only child|not applicable)$", re.I)
_CAPTION_WORDS = frozenset("name names full date of birth dob d o b school schools setting sibling siblings attended "
                           "attending and current age year group".split())


@dataclass
class Slot:
    value: Any
    prov: Provenance
    strength: int


def kin_word(text: str) -> str:
    word = text.lower().replace("’", "'")
    return {"mum": "Mother", "dad": "Father"}.get(word, word.capitalize())


def _kin_of(person: dict[str, Slot]) -> str | None:
    rel = person.get("relationship")
    if rel is not None and isinstance(rel.value, str):
        return kin_word(rel.value)
    name = person.get("name")
    m = _KIN_LABEL.match(name.prov.source) if name is not None else None
    return kin_word(m.group(1)) if m else None


def two_names(value: Any) -> tuple[str, str] | None:
    m = _TWO.match(value) if isinstance(value, str) else None
    return (m.group(1), m.group(2)) if m else None


def put_person(people: list, key: str, value, prov: Provenance, strength: int, index: int | None = None,
               kin: str | None = None, joint: list | None = None) -> None:
    """One detail of a parent or sibling. `joint`: the collector's note of two people read
    from one box, [first index, second index], kept across calls."""
    if index is None and kin is not None:
        same = [i for i, p in enumerate(people) if _kin_of(p) == kin]
        index = same[-1] if same and key not in people[same[-1]] else len(people)
        if index == len(people):
            people.append({"relationship": Slot(kin, prov, 0)})
    if index is None and key == "name" and (pair := two_names(value)):
        first = len(people) if not people or "name" in people[-1] else len(people) - 1
        put_person(people, key, pair[0], prov, strength, first)
        put_person(people, key, pair[1], prov, strength, first + 1)
        if joint is not None:
            joint[:] = [first, first + 1]
        return
    if index is None and joint and len(people) == joint[1] + 1 and key not in people[joint[0]]:
        index = joint[0]    # "Mr A Khan / Mrs S Khan", then "Contact number": the first of them
    if index is not None:
        while len(people) <= index:
            people.append({})
        person = people[index]
    else:
        if not people or key in people[-1]:
            people.append({})
        person = people[-1]
    if key not in person or strength > person[key].strength:
        person[key] = Slot(value, prov, strength)


def name_relationships(parents: list[dict[str, Slot]]) -> None:
    """'Mother: Irina Petrova' and 'Ann Test (Mother)': who the parent is, from the label or
    the name's own brackets."""
    for person in parents:
        kin = "name" in person and "relationship" not in person and _KIN_LABEL.match(person["name"].prov.source)
        said = "name" in person and "relationship" not in person and isinstance(person["name"].value, str) \
            and _KIN_AFTER.match(person["name"].value)
        if kin:
            person["relationship"] = Slot(kin.group(1).capitalize(), person["name"].prov, 0)
        elif said:      # "Ann Test (Mother)": the name, and who she is
            person["name"] = Slot(said.group(1), person["name"].prov, person["name"].strength)
            person["relationship"] = Slot(said.group(2).capitalize(), person["name"].prov, 0)


def no_sibling(person: dict) -> bool:
    """A sibling entry (slots, or the plain values a 'Siblings:' answer gave) that names nobody."""
    name = person.get("name")
    name = name.value if isinstance(name, Slot) else name
    if not isinstance(name, str) or person.get("date_of_birth"):
        return False
    t = " ".join(name.lower().split())
    words = re.findall(r"[a-z]+", t)
    return bool(_NONE_SAID.match(t)) or bool(words) and set(words) <= _CAPTION_WORDS


def people_reading(people: list[dict[str, Slot]], keys) -> Reading | None:
    rows = [{k: p[k].value for k in keys if k in p} for p in people]
    # a relationship alone (a "Mother" column left blank) names nobody
    rows = [r for r in rows if any(v not in (None, "") for k, v in r.items() if k != "relationship")]
    if not rows:
        return None
    first = next(iter(people[0].values())) if people[0] else None
    prov = first.prov if first else Provenance(None, "", "")
    return Reading(rows, prov)

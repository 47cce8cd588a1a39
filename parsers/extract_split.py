"""Answers that hold two fields at once: a phone number or email address written where a
person's name is asked ("Contact: 01234 567890", "Kerry Lawson - 07700 900333"), and a
school written with its local authority ("Previous school and LA: St Mary's, Poland"); and
the name of whoever fills the form in ("Your name") that the next answer shows is a parent's.

A mixin of extract._Walker: it writes through the walker's `_store`.
"""
from __future__ import annotations

import re

from parsers import normalise as n
from parsers.raw import Entry

# A phone number or email address written where a person's name is asked ("Contact: 01234
# 567890") is that person's number: (field id, path) of each owner's phone and email.
PHONE_OWNERS = {"school.contact_name": ("contact_phone", "school.contact_phone"), "parent.name": ("parent_phone", "parent.phone")}
_EMAIL_OF = {"school.contact_name": ("contact_email", "school.contact_email"), "parent.name": ("parent_email", "parent.email")}
_PHONE_AT_END = re.compile(r"^(.*?)[\s,;\-–]*(?:\b(?:tel|telephone|phone|mob|mobile)\b\.?:?\s*)?(\+?\d[\d ()\-]{8,}\d)$", re.I)
# A relationship that makes whoever filled the form in one of the child's family or carers.
_RELATIVE = re.compile(r"\b(?:mother|father|mum|mom|dad|parent|step|grand\w*|nan|nana|gran|aunt\w*|uncle|"
                       r"brother|sister|guardian|carer|foster|special guardian|kinship)\b", re.I)
_EMAIL_ONLY = re.compile(r"^[\w.+\-]+@[\w\-]+(?:\.[\w\-]+)+$")
# "Previous school and LA: St Mary's, Poland": name and LA paths, by the field's own path.
_SCHOOL_LA = {"joiner.previous_school": ("prev_school", "prev_la"), "dest.school": ("dest_school", "dest_la")}


class SplitAnswers:
    def _school_and_la(self, e: Entry, path: str, value: str, source: str, strength: int):
        name_id, la_id = _SCHOOL_LA[path]
        name, comma, la = n.clean(value).rpartition(",")
        if not comma:
            name, la = la, ""
        self._store(name_id, path + ".name", name, self._prov(e, source, value), strength)
        if la.strip():
            self._store(la_id, path + ".la", la, self._prov(e, source, value), strength)

    def _contact_details(self, e: Entry, path: str, value: str, source: str, strength: int) -> str:
        """A name's answer that is, or ends with, a phone number or email address: those go to
        the same person's phone or email; what is left (maybe nothing) is the name."""
        if _EMAIL_ONLY.fullmatch(value):
            self._store(*_EMAIL_OF[path], value, self._prov(e, source, value), strength)
            return ""
        m = _PHONE_AT_END.match(value)
        if m and sum(c.isdigit() for c in m.group(2)) >= 9:
            self._store(*PHONE_OWNERS[path], m.group(2), self._prov(e, source, value), strength)
            return m.group(1).strip(" ,;-–")
        return value

    def _relative_filled_in(self, relationship: str) -> None:
        """'Your name: Gemma Rowntree', then 'Relationship to child: Mother': the person who
        filled the form in is the child's relative, so the name is that parent's or carer's,
        not the school contact's. Only the name read from the label just before, and only when
        the answer names a relative ("Class teacher" there leaves the school's contact)."""
        slot = self.out.readings.get("school.contact_name")
        if self.last_path == "school.contact_name" and slot is not None and _RELATIVE.search(relationship or ""):
            del self.out.readings["school.contact_name"]
            self.out.put("parent.name", slot.value, slot.prov, slot.strength)

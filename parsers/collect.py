"""Gather readings while a form is walked, then map them to contract paths.

Ambiguity rule: the first confident reading of a path wins; a later reading from
a more specific source (strength: 1 printed label, 2 named field, 3 a field named
by its contract path) replaces it. `submitted_on` takes the last "Date" instead,
because the completion date sits at the end of a form.
"""
from __future__ import annotations

import re

from dataclasses import dataclass, field
from typing import Any

from parsers import normalise as n
from parsers.base import ParsedForm, Provenance, Reading
from parsers.collect_people import PARENT_KEYS, Slot, kin_word, name_relationships, no_sibling, people_reading, put_person
from parsers.date_yearless import resolve as resolve_yearless
from parsers.normalise_names import merge_postcode, split_former, split_full_name, split_known_as
from records.models import FormType

# Form-neutral path prefixes -> contract paths, per form type.
_MAP = {
    FormType.cme_referral: {"absence.first_day": "referral.first_day_of_absence",
                            "absence.last_attended": "referral.last_date_attended",
                            "signoff.name": "school.contact_name"},
    # On a joiner's form the only start there is, is the start at this school, and the school
    # the child is joining ("Joining school", "New school") is this school.
    FormType.cmj: {"dest.start_date": "joiner.date_on_roll", "dest.school.name": "school.name",
                   "signoff.name": "school.contact_name"},
    FormType.cml: {"absence.first_day": "leaver.first_day_of_absence", "absence.last_attended": "leaver.last_date_attended",
                   "leaving.date": "leaver.date_of_leaving", "leaving.reason": "leaver.reason",
                   "leaving.joint_enquiries": "leaver.joint_enquiries_made",
                   "dest.school.name": "leaver.destination_school.name", "dest.school.la": "leaver.destination_school.la",
                   "dest.school.urn": "leaver.destination_school.urn",
                   "dest.school.address": "leaver.destination_school.address", "dest.address": "leaver.destination_address",
                   "signoff.name": "school.contact_name"},
    FormType.pupil_exit: {"leaving.date": "exit.date_of_leaving", "leaving.reason": "exit.reason",
                          "dest.school.name": "exit.new_school.name", "dest.school.la": "exit.new_school.la",
                          "dest.school.address": "exit.new_school.address", "dest.school.phone": "exit.new_school.phone",
                          "dest.address": "exit.new_address", "dest.start_date": "exit.start_date",
                          "dest.restrict_address": "exit.restrict_address"},
}
_BLOCK = {FormType.cme_referral: "referral.", FormType.cmj: "joiner.", FormType.cml: "leaver.", FormType.pupil_exit: "exit."}
_LEAVING_ON = re.compile(r"\b(?:leav(?:e|es|ing)|last day (?:will be|is))\b[^.]{0,60}?\b(?:on|be)\s+([^.]{6,40}\d{2,4})",
                         re.I)
# A reason in words that names the school the child moves to ("new school nearer", "a place at X Academy").
_NAMES_SCHOOL = re.compile(r"\b(?:new|another|different|local) (?:school|academy)\b|\bplace at\b|"
                           r"\b[A-Z]\w+ (?:Primary|Academy|School|College)\b")


# "PATEL, Aarav": one to three words either side of one comma, letters only
_SURNAME_COMMA = re.compile(r"[^\W\d_][\w'\- ]{0,60}, ?[^\W\d_][^\W\d_'\-]*(?:[ '\-][^\W\d_]+){0,2}")
# "Smith, known as Jones", "Smith, nee Brown", "Smith, Year 5" say something else after the comma
_NOT_A_NAME = re.compile(r"\b(?:known|aka|nee|née|formerly|previously|also|year|yr|was|now|see)\b", re.I)


def _child_names(raw: dict[str, Reading]) -> None:
    """A whole name in one name box: 'PATEL, Aarav' typed into the surname box, and
    'John (known as Jack)' in the forenames box, give each part its own field."""
    sur = raw.get("child.legal_surname")
    if sur and isinstance(sur.value, str):
        # "Smith, known as Jones", "Smith (nee Brown)": the legal surname, and the other one
        name, known = split_known_as(sur.value)
        kept, old = split_former(name if known else sur.value)
        if known or old:
            sur = raw["child.legal_surname"] = Reading(kept, sur.provenance)
        if known:
            raw.setdefault("child.preferred_surname", Reading(known, sur.provenance))
        if old:
            before = raw.get("child.former_surnames")
            names = list(before.value) if before and isinstance(before.value, list) else []
            raw["child.former_surnames"] = Reading(names + [old] if old not in names else names, sur.provenance)
    if sur and isinstance(sur.value, str) and _SURNAME_COMMA.fullmatch(sur.value) \
            and not _NOT_A_NAME.search(sur.value.partition(",")[2]):
        fore, surname = split_full_name(sur.value)
        if surname:
            raw["child.legal_surname"] = Reading(surname, sur.provenance)
            if fore and "child.legal_forenames" not in raw:
                raw["child.legal_forenames"] = Reading(fore, sur.provenance)
    fore = raw.get("child.legal_forenames")
    if fore and isinstance(fore.value, str):
        name, known = split_known_as(fore.value)
        if name and known:
            raw["child.legal_forenames"] = Reading(name, fore.provenance)
            raw.setdefault("child.preferred_forename", Reading(known, fore.provenance))


@dataclass
class Collector:
    readings: dict[str, Slot] = field(default_factory=dict)
    parents: list[dict[str, Slot]] = field(default_factory=list)
    siblings: list[dict[str, Slot]] = field(default_factory=list)
    options: dict[str, dict[str, tuple[bool | None, Provenance]]] = field(default_factory=dict)
    group_seen: set[str] = field(default_factory=set)
    loose: list[tuple[str, Provenance]] = field(default_factory=list)
    flags: set[str] = field(default_factory=set)
    notes: list[str] = field(default_factory=list)
    # contract address path -> {"lines"|"town"|"postcode"|"country": (value, provenance)}
    address_parts: dict[str, dict[str, tuple[Any, Provenance]]] = field(default_factory=dict)
    joint: list[int] = field(default_factory=list)     # two parents read from one box (collect_people)

    # ---------------------------------------------------------------- input
    def put(self, path: str, value: Any, prov: Provenance, strength: int, last_wins: bool = False,
            index: int | None = None):
        head, _, key = path.partition(".")
        if head in ("parent", "sibling"):
            put_person(self.parents if head == "parent" else self.siblings, key, value, prov, strength, index,
                       joint=self.joint if head == "parent" else None)
            return
        old = self.readings.get(path)
        if old is None or strength > old.strength or (last_wins and strength >= old.strength):
            self.readings[path] = Slot(value, prov, strength)


    def put_kin(self, kin: str, key: str, value: Any, prov: Provenance, strength: int = 1) -> None:
        """A detail of the parent a kin word names ("Mother's mobile", a "Father" column)."""
        put_person(self.parents, key, value, prov, strength, kin=kin_word(kin), joint=self.joint)

    def address_part(self, base: str, part: str, value: Any, prov: Provenance) -> None:
        self.address_parts.setdefault(base, {}).setdefault(part, (value, prov))

    def option(self, group: str, member: str, state: bool | None, prov: Provenance, explicit: bool = True):
        self.group_seen.add(group)
        opts = self.options.setdefault(group, {})
        old = opts.get(member)
        if old is None or (state is not None and old[0] is not True):
            opts[member] = (state, prov)

    def loose_text(self, line: str, e) -> None:
        if len(self.loose) < 400:
            self.loose.append((line, Provenance(e.provenance.page, "text", line[:300])))

    # ---------------------------------------------------------------- output
    def _groups(self, voc) -> dict[str, Reading]:
        out = {}
        for gid in sorted(self.group_seen):
            spec = voc.groups[gid]
            opts = self.options.get(gid, {})
            chosen = [m for m, (s, _) in opts.items() if s]
            if spec.get("multi", True):
                prov = next((p for m, (s, p) in opts.items() if s), None) or Provenance(None, f"group:{gid}", "")
                out[spec["path"]] = Reading(chosen, prov)
                continue
            if not chosen:
                # A single-choice list printed with only the chosen line and no marks.
                unmarked = [m for m, (s, _) in opts.items() if s is None]
                explicit = [m for m, (s, _) in opts.items() if s is not None]
                chosen = unmarked if len(unmarked) == 1 and not explicit else []
            if len(chosen) == 1:
                out[spec["path"]] = Reading(chosen[0], opts[chosen[0]][1])
            elif len(chosen) > 1:
                self.notes.append("More than one leaving reason is ticked.")
        return out

    def finish(self, form_type: FormType) -> ParsedForm:
        from parsers.labels import vocabulary
        voc = vocabulary()
        raw: dict[str, Reading] = {p: Reading(s.value, s.prov) for p, s in self.readings.items()}
        raw.update(self._groups(voc))
        told = raw.get("referral.reason")
        if form_type in (FormType.cml, FormType.pupil_exit) and told and "leaving.reason" not in raw:
            # A bare "Reason:" on a leaving form is the reason for leaving, said in words.
            opt = voc.option("leaving_reason", str(told.value))
            if opt:
                reason = opt.key.split(":", 1)[1]
                if reason == "moved_away" and _NAMES_SCHOOL.search(str(told.value)):
                    reason = "another_school"   # "Moving house - new school nearer": the new school decides
                raw["leaving.reason"] = Reading(reason, told.provenance)
        full = raw.pop("child.fullname", None)
        if full:
            if "child.legal_surname" not in raw and full.value.get("surname"):
                raw["child.legal_surname"] = Reading(full.value["surname"], full.provenance)
            if "child.legal_forenames" not in raw and full.value.get("forenames"):
                raw["child.legal_forenames"] = Reading(full.value["forenames"], full.provenance)
        _child_names(raw)
        for base in ("child.address", "dest.address", "joiner.previous_address"):
            pc = raw.pop(base + ".postcode", None)
            if pc:
                addr = raw.get(base)
                merged = merge_postcode(addr.value if addr else None, pc.value)
                raw[base] = Reading(merged, addr.provenance if addr else pc.provenance)
        mapping = _MAP.get(form_type, {})
        fields: dict[str, Reading] = {}
        for path, reading in raw.items():
            generic = path.split(".")[0] in ("absence", "leaving", "dest", "signoff")
            if generic:
                target = mapping.get(path)
                if target and target not in raw:
                    fields[target] = reading
                continue
            block = path.split(".")[0] + "."
            if block in ("referral.", "joiner.", "leaver.", "exit.") and _BLOCK.get(form_type) != block:
                continue
            fields[path] = reading
        self._leaving_date(raw, fields, form_type)
        self._merge_address_parts(fields, form_type)
        name_relationships(self.parents)
        people = people_reading(self.parents, PARENT_KEYS)
        if people:
            fields["parents"] = people
        sibs = people_reading([p for p in self.siblings if not no_sibling(p)], ("name", "date_of_birth", "school"))
        if sibs and form_type == FormType.cme_referral:
            fields["referral.siblings"] = sibs
        given = fields.get("referral.siblings")
        if given and isinstance(given.value, list) and any(no_sibling(x) for x in given.value if isinstance(x, dict)):
            kept = [x for x in given.value if not (isinstance(x, dict) and no_sibling(x))]
            fields["referral.siblings"] = Reading(kept, given.provenance)
        if "submitted_on" not in fields:
            for line, prov in self.loose[:15]:
                d = n.parse_date(line)
                if d and len(line) <= 30:
                    fields["submitted_on"] = Reading(d, prov)
                    break
        resolve_yearless(fields)
        return ParsedForm(form_type=form_type, fields=fields, flags=set(self.flags), notes=list(dict.fromkeys(self.notes)))

    def _leaving_date(self, raw: dict, fields: dict, form_type: FormType) -> None:
        """A leaving form with no 'date of leaving' box may still say it: in a sentence
        ("...will be leaving on Friday 19th December"), or as the last day at this school."""
        target = {FormType.cml: "leaver.date_of_leaving", FormType.pupil_exit: "exit.date_of_leaving"}.get(form_type)
        if not target or target in fields:
            return
        for line, prov in self.loose:
            m = _LEAVING_ON.search(line)
            d = n.parse_date(m.group(1)) if m else None
            if d:
                fields[target] = Reading(d, prov)
                return
        if form_type == FormType.pupil_exit and "absence.last_attended" in raw:
            fields[target] = raw["absence.last_attended"]

    def _merge_address_parts(self, fields: dict[str, Reading], form_type: FormType) -> None:
        """Boxes of a split address, laid over whatever a printed label gave for the same address."""
        for base, parts in self.address_parts.items():
            base = _MAP.get(form_type, {}).get(base, base)   # "dest.address": the new address of this form
            if base.startswith("dest."):
                continue
            block = base.split(".")[0] + "."
            if block in ("joiner.", "leaver.", "exit.") and _BLOCK.get(form_type) != block:
                continue
            old = fields.get(base)
            address = dict(old.value) if old and isinstance(old.value, dict) else {"lines": [], "town": None,
                                                                                  "postcode": None}
            for part, (value, _) in parts.items():
                address[part] = value
            first = next(iter(parts.values()))[1]
            fields[base] = Reading(address, old.provenance if old else first)

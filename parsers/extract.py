"""Understand a RawDocument: which form it is, and what each field says.

Walks the reader's entries in order, keeping the current section (a heading can
change what "School name" or "Address" means) and the open option list (leaving
reasons, enquiries, safeguarding, vulnerable groups). Readings go into a
`Collector`, which applies the ambiguity rule and maps form-neutral paths to the
contract paths of the detected form type.
"""
from __future__ import annotations

import re

from parsers.base import ParsedForm, Provenance
from parsers.collect import Collector
from parsers.collect_people import KIN_DETAIL, KIN_HEADING, kin_word
from parsers.extract_field import FieldAnswers, Pending
from parsers.extract_lists import SchoolLists
from parsers.extract_text import TextLines
from parsers.extract_ticks import TickBoxes
from parsers.extract_named import NamedFields
from parsers.extract_address_parts import AddressParts
from parsers.extract_split import SplitAnswers
from parsers.extract_values import convert, value_state
from parsers.label_text import ATTRIBUTE_WORDS
from parsers.labels import Target, norm_label, vocabulary
from parsers.raw import Entry, RawDocument
from parsers import normalise as n
from parsers.normalise_names import split_full_name
from records.messages import unreadable_note
from records.models import FormType
from parsers.letter import fill_from_prose, read_letter
from parsers.form_type import detect_form_type

_POLARITY = re.compile(r"^(.*?)[\s:?\-]*\b(yes|no)\s*$", re.I | re.S)
_CODED = ("urn", "dfe", "postcode", "sex", "year")
_NOT_KNOWN = {"not known", "unknown", "dont know", "don't know", "do not know", "not known at present", "nk", "n/k"}
# What a letter's labelled lines (letterhead, signature) may add to what its sentences say.
_SENDER_PATHS = ("submitted_on", "school.urn", "school.dfe_number", "school.contact_phone", "school.contact_email",
                 "school.contact_name")
# "Child: Tomasz Nowak": the child section's own word as a label, followed by a person's name.
_CHILD_WORDS = ("child", "pupil", "student", "learner", "young person", "the child", "the pupil")
# A name box whose label asks for the surname first: "Name (surname first)", "Full name (SURNAME, forename)".
_SURNAME_FIRST = re.compile(r"\bsurname\s*(?:first\b|[,/]?\s*(?:then\s+)?(?:fore|first|given|christian)\s*names?\b)", re.I)
_PERSON = re.compile(r"(?:[A-Z][A-Za-z'\-]+ ){1,3}[A-Z][A-Za-z'\-]+")


class _Walker(FieldAnswers, SchoolLists, TextLines, TickBoxes, NamedFields, SplitAnswers, AddressParts):
    def __init__(self, doc: RawDocument):
        self.voc = vocabulary()
        self.doc = doc
        self.out = Collector()
        self.section: str | None = None
        self.group: str | None = None
        self.pending: Pending | None = None
        self.question: tuple | None = None   # a yes/no question printed with no answer yet
        self.last_path: str | None = None    # the path the previous label was read into
        self.entries_seen = 0

    # ---------------------------------------------------------------- helpers
    def _prov(self, e: Entry, source: str, raw: str) -> Provenance:
        return Provenance(e.provenance.page, source, (raw or "")[:300])

    def _set_section(self, name: str | None):
        self._flush()
        self.section = name
        self.group = None

    def _flush(self):
        p, self.pending = self.pending, None
        if p and p.lines:
            self._store(p.field_id, p.path, "\n".join(p.lines), Provenance(p.page, f"label:{p.label}", "\n".join(p.lines)[:300]), 1)

    def _store(self, field_id: str, path: str, raw: str, prov: Provenance, strength: int, index: int | None = None):
        spec = self.voc.fields[field_id]
        if path == "ignore" or self._others(spec):
            return
        kind = spec["type"]
        if kind == "fullname" and path != "child.fullname":
            kind = "text" if path.startswith("dest.") else "name"   # a parent's or contact's name stays whole
        value, problem = convert(kind, raw)
        if kind == "fullname" and value and _SURNAME_FIRST.search(prov.source):
            fore, sur = split_full_name(raw, surname_first=True)   # "Name (surname first): smith john"
            value = {"forenames": fore, "surname": sur} if sur else value
        if value is None and kind == "bool" and "not_known" in spec \
                and n.clean(raw).lower().strip(" .") in _NOT_KNOWN:
            value = spec["not_known"]    # "Whereabouts known?  Not known"
        if problem == "invalid_upn":
            self.out.flags.add("invalid_upn")
        elif problem or (value is None and kind in _CODED and n.clean(raw) and not n.is_empty(raw)):
            # Something was written where a code or date belongs, but it is not one:
            # tell the school where, so they can correct it.
            self.out.notes.append(unreadable_note(path, prov))
        if value is None:
            return
        self.out.put(path, value, prov, strength, last_wins=bool(spec.get("last_wins")), index=index)

    def _open_group(self, gid: str, e: Entry, value: str, source: str, checked: bool | None = None):
        self._flush()
        self.group = gid
        self.out.group_seen.add(gid)
        v = n.clean(value)
        if v and not n.is_empty(v):
            self._inline_options(gid, v, e, source, checked)

    # ---------------------------------------------------------------- dispatch
    def label_value(self, e: Entry, label: str, value: str, source: str, checked: bool | None = None,
                    is_text: bool = False, strength: int = 1, polarity: bool | None = None) -> bool:
        """Handle one label and its value; False when the label means nothing to us."""
        label = n.clean(label)
        if not label or (checked is None and self.address_part_pair(e, label, value, source)):
            return bool(label)
        kin = KIN_DETAIL.match(label) if checked is None else None
        if kin:     # "Mother's mobile: 07700 900001": the mother's phone, whoever was named last
            self._flush()
            key = "email" if "mail" in kin.group(2).lower() else "phone"
            value, _ = convert("text", value)
            if value:
                self.out.put_kin(kin.group(1), key, value, self._prov(e, source, value))
            return True
        fld = self.voc.field(label)
        if not fld and checked is None and _PERSON.fullmatch(n.clean(value)):
            fld = Target("field", "fullname", 90.0) if norm_label(label) in _CHILD_WORDS else None
        if checked is not None and polarity is None and n.clean(value).lower() in ("yes", "no") \
                and fld and self.voc.fields[fld.key]["type"] == "bool":
            # A Yes/No pair of tick boxes: the box's caption (or on-state) is the answer it gives.
            polarity = n.clean(value).lower() == "yes"
        m = _POLARITY.match(label)
        if m and m.group(1).strip() and (checked is not None or not value.strip()):
            target = self.voc.field(m.group(1))
            if target and self.voc.fields[target.key]["type"] == "bool":
                label, polarity = m.group(1), m.group(2).lower() == "yes"
                fld = target
        value_empty = not n.clean(value)
        # Inside an option list, captions win over field labels ("Police contacted").
        if self.group and polarity is None:
            opt = self.voc.option(self.group, label)
            state = value_state(value, checked)
            # ...unless the value is no mark but an answer: "New school (if known): Oakfield Primary".
            answered = state is None and not n.is_empty(value)
            # A "Label:" line with nothing after it waits for its value on the next line.
            awaiting = is_text and not n.clean(value)
            if opt and not (fld and (fld.score > opt.score or answered or awaiting)):
                self.out.option(self.group, opt.key.split(":", 1)[1], state, self._prov(e, source, value or label),
                                explicit=state is not None)
                return True
        grp = self.voc.group(label)
        sec = self.voc.section(label) if value_empty else None
        if sec and (not fld or not is_text or sec.score >= (fld.score if fld else 0)) and not (grp and not value_empty):
            if not (fld and checked is not None):
                self._set_section(sec.key)
                if grp:
                    self.group = grp.key
                elif fld and is_text:
                    # "Last school attended:" is a heading or a label: a value on the next line says which.
                    path = self.voc.path_for(fld.key, self.section)
                    self.pending = Pending(fld.key, path, label, [], e.provenance.page)
                return True
        if grp and (not fld or grp.score >= fld.score):
            self._open_group(grp.key, e, value, source, checked)
            return True
        if fld:
            self._field(e, fld.key, label, value, source, checked, polarity, is_text, strength)
            return True
        # an option caption seen outside its list, unless the label asks for a detail of it
        # ("New school postcode: LS2 2BB" says nothing of a reason for leaving)
        detail = norm_label(label).split()[-1:] and norm_label(label).split()[-1] in ATTRIBUTE_WORDS
        opt = None if detail else self.voc.any_option(label)
        if opt and (checked is not None or not value_empty):
            gid, member = opt.key.split(":", 1)
            self.out.option(gid, member, value_state(value, checked), self._prov(e, source, value or label), explicit=True)
            return True
        return False

    # ---------------------------------------------------------------- entry kinds
    def heading(self, e: Entry):
        self.signature = False      # a heading after a signature starts the form again
        text = e.label or e.value
        sec = self.voc.section(text)
        grp = self.voc.group(text)
        if grp and (not sec or grp.score >= sec.score):
            self._flush()
            self.group = grp.key
            self.out.group_seen.add(grp.key)
            if sec:
                self.section = sec.key
            return
        # A heading of its own ends a section about something else ("Health", then "School").
        if sec or self.section == "other":
            self._set_section(sec.key if sec else None)
        else:
            self._flush()
        kin = KIN_HEADING.match(text) if sec and sec.key == "parent" else None
        if kin:     # "Mother" over one parent's details (a column of its own): who they are
            self.out.put_kin(kin.group(1), "relationship", kin_word(kin.group(1)), self._prov(e, f"label:{text}", text))
            return
        fld = self.voc.field(text)
        if fld and self.voc.fields[fld.key]["type"] == "bool" and not sec:   # a question in bold type
            self.question = (fld.key, self.voc.path_for(fld.key, self.section), e, f"label:{text}")
        elif fld and fld.score >= 99:
            # A label in bold type ("Surname") whose answer is printed on the line below it:
            # the next plain line is its value, as for a "Label:" line with nothing after it.
            self.pending = Pending(fld.key, self.voc.path_for(fld.key, self.section), text, [], e.provenance.page)

    def pair(self, e: Entry):
        if self.box_in_first_cell(e) or self.two_boxed_captions(e):
            return
        self.label_value(e, e.label, e.value or "", f"label:{n.clean(e.label)}", checked=e.checked) \
            or self._unmatched_pair(e)

    def _unmatched_pair(self, e: Entry):
        if self.group and not n.clean(e.value) and e.label:
            return
        self._flush()

    def handle(self, e: Entry):
        if e.kind not in ("tick", "text") and not self.answer_box(e):
            self.question = None
        handler = {"heading": self.heading, "text": self.text, "pair": self.pair, "tick": self.tick,
                   "field": self.field_entry}.get(e.kind)
        if handler:
            handler(e)

    def run(self) -> ParsedForm:
        for e in self.doc.entries:
            if not self.school_list(e):
                self.handle(e)
        self.end_school_list()
        self._flush()
        form_type = detect_form_type(self.doc, self.out)
        if form_type == FormType.unknown:
            # No title and no form content: perhaps a letter in prose.
            letter = read_letter(self.doc)
            if not letter:
                return self.out.finish(form_type)
            # Its letterhead's "Tel:" and "Email:" lines are labels all the same.
            walked = self.out.finish(letter.form_type).fields
            for path in _SENDER_PATHS[:-1] if letter.form_type == FormType.pupil_exit else _SENDER_PATHS:
                if path in walked:
                    letter.fields.setdefault(path, walked[path])
            return letter
        return fill_from_prose(self.out.finish(form_type), self.doc)


def extract(raw: RawDocument) -> ParsedForm:
    """The form a RawDocument holds: its type and every field it states."""
    return _Walker(raw).run()

"""One label's answer stored where it belongs: the section decides the path (a "School"
under "Previous school" is that school), a yes/no question waits for its answer, an address
or free text waits for the lines that follow it.

A mixin of the walker in extract.py (it uses the walker's vocabulary, collector, section and
pending label); kept apart so that each file can be read at once.
"""
from __future__ import annotations

from dataclasses import dataclass, field

from parsers import normalise as n
from parsers.extract_split import PHONE_OWNERS
from parsers.extract_text import CONTINUED
from parsers.extract_values import value_state
from parsers.raw import Entry

# A bare "Postcode" printed straight after one of these addresses is that address's postcode.
_ADDRESS_OWNERS = ("dest.address", "joiner.previous_address")


@dataclass
class Pending:
    """A label whose value may run on over the next lines (addresses, free text)."""
    field_id: str
    path: str
    label: str
    lines: list[str] = field(default_factory=list)
    page: int | None = None


class FieldAnswers:
    """The walker's storing of one field's answer (extract._Walker mixes it in)."""

    def _others(self, spec: dict) -> bool:
        """In a section about a GP, a social worker or past schools the names, places and
        dates are theirs; a yes/no question there (an EHCP?) is still about the child."""
        return self.section == "other" and spec["type"] != "bool"

    def _field(self, e: Entry, fid: str, label: str, value: str, source: str, checked, polarity,
               is_text: bool, strength: int, index: int | None = None, path: str | None = None):
        self._flush()
        self.group = None
        spec = self.voc.fields[fid]
        if self._others(spec):
            return
        if self.section == "siblings" and "siblings" not in spec.get("within", {}) and not fid.startswith("sibling"):
            self._set_section(None)   # "Completed by" after a siblings table: the table has ended
        path = path or self.voc.path_for(fid, self.section)
        if path == "parent.relationship":
            self._relative_filled_in(value)
        if spec["type"] == "postcode" and path == spec["path"] and self.last_path in _ADDRESS_OWNERS:
            path = self.last_path + ".postcode"
        if fid == "school_name" and path != spec["path"] and path in self.out.readings \
                and spec["path"] not in self.out.readings:
            path = spec["path"]     # the previous school is named already: this "School" is the form's own
        if fid in ("phone", "email") and (self.last_path or "").startswith("parent.") \
                and self.section in (None, "child", "parent"):
            path = "parent." + fid   # "Parent/carer name: X", then "Contact number": the parent's
        self.last_path = path
        if spec["type"] == "school_la" and n.clean(value):
            self._school_and_la(e, path, value, source, strength)
            return
        if path in PHONE_OWNERS and n.clean(value) and checked is None:
            value = self._contact_details(e, path, n.clean(value), source, strength)
            if not value:
                return
        if spec["type"] != "bool" and checked is False and n.clean(value):
            return      # "Female ☐": an unticked caption is no answer
        if spec["type"] == "bool" and checked is None and polarity is None and not n.clean(value):
            if is_text and label.endswith(".") and not label.lower().startswith(("is ", "has ", "do ", "does ", "are ")):
                # "Please only share our new address with the head.": a request stated, not a question.
                return self.out.put(path, True, self._prov(e, source, label), 1)
            self.question = (fid, path, e, source)
            if not is_text:
                return
        if spec["type"] == "bool" and (checked is not None or polarity is not None):
            if checked is None:
                checked = value_state(value)
            if checked is None:
                return
            if polarity is None:
                state = checked
            elif checked:
                state = polarity
            else:
                # an unticked box says nothing on its own, but its other half may follow:
                # "Do you know where the child is? Yes ☐" then "No ☒"
                self.question = (fid, path, e, source) if polarity is not None else self.question
                return
            self.out.put(path, state, self._prov(e, source, value or ("☒" if checked else "☐")), strength, index=index)
            return
        if is_text and spec["type"] in CONTINUED:
            self.pending = Pending(fid, path, label, [value] if n.clean(value) else [], e.provenance.page)
            return
        if is_text and not n.clean(value):
            self.pending = Pending(fid, path, label, [], e.provenance.page)
            return
        self._store(fid, path, value, self._prov(e, source, value), strength, index)

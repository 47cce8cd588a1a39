"""Named form fields (AcroForm widgets, content controls, legacy FORMTEXT fields): a field's
name says what it holds when no printed label beside it does.

A mixin of extract._Walker, like extract_text.TextLines: a printed label is tried first
(names are often copy-paste leftovers), then the name, through the walker's `label_value`,
`_field` and `out`.
"""
from __future__ import annotations

from parsers import normalise as n
from parsers.extract_values import store_part, value_state
from parsers.field_names import understand_name
from parsers.raw import Entry


class NamedFields:
    def field_entry(self, e: Entry):
        if self.answer_box(e):
            self.tick(e)
            return
        meaning = understand_name(e.name)
        src_name = f"field:{e.name}"
        if meaning and meaning.exact:
            self._named(e, meaning, src_name, 3)
            return
        # A printed label beats a name: names are often copy-paste leftovers.
        pol = meaning.polarity if meaning else None
        if e.label and self.label_value(e, e.label, e.value or "", f"label:{n.clean(e.label)}", checked=e.checked,
                                        strength=2, polarity=pol):
            return
        if meaning:
            self._named(e, meaning, src_name, 2)

    def _named(self, e: Entry, meaning, source: str, strength: int):
        value = e.value or ""
        if meaning.kind == "option":
            gid, member = meaning.key.split(":", 1)
            state = value_state(value, e.checked)
            if meaning.polarity is False:
                return
            self.out.option(gid, member, state, self._prov(e, source, value), explicit=state is not None)
            return
        if meaning.kind == "group":
            self._open_group(meaning.key, e, value, source)
            return
        if meaning.kind in ("address_part", "sibling"):
            self._flush()
            store_part(self.out, meaning, value, self._prov(e, source, value))
            return
        self._field(e, meaning.key, e.name or "", value, source, e.checked, meaning.polarity, False, strength,
                    index=meaning.index, path=None if not meaning.exact else self.voc.fields[meaning.key]["path"])

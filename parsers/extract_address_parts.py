"""Labels that name one part of an address: 'Home address: postcode', 'New address - town',
'Previous address: country (if not England)'.

The authority's own templates split each address into boxes with such labels; once the
fields are gone (printed to PDF, Word controls removed) only the labels say which box is
which. A mixin of extract._Walker, like extract_named.NamedFields: the part goes to the
collector's address parts, keyed by the address the label's first half names.
"""
from __future__ import annotations

import re

from parsers import normalise as n
from parsers.raw import Entry

_PART = re.compile(
    r"^(?P<head>.+?)\s*[:\-–,]\s*(?P<part>house (?:number )?and street|street|address lines?|first line|lines?|"
    r"town(?:\s*/\s*city)?|city|post\s*code|country)\s*(?:\([^()]*\))?\s*[:.]?$", re.I)
_KEYS = {"town": "town", "city": "town", "post": "postcode", "country": "country"}


def _key(part: str) -> str:
    return next((k for w, k in _KEYS.items() if part.lower().startswith(w)), "lines")


class AddressParts:
    def address_part_pair(self, e: Entry, label: str, value: str, source: str) -> bool:
        """Read 'Home address: town' and its answer as that address's town; False when
        the label names no part of an address we know."""
        m = _PART.match(n.clean(label))
        fld = self.voc.field(m.group("head")) if m else None
        if not fld or self.voc.fields[fld.key]["type"] != "address":
            return False
        path = self.voc.path_for(fld.key, self.section)
        if path == "ignore":
            return True
        self._flush()
        self.group = None
        key = _key(m.group("part"))
        if key == "lines":
            got = [n.clean(line) for line in (value or "").splitlines() if n.clean(line) and not n.is_empty(line)]
        elif key == "postcode":
            got = n.normalise_postcode(value)
        else:
            t = n.clean(value)
            got = n.plain_apostrophes(t) if t and not n.is_empty(t) else None
        if got:
            self.out.address_part(path, key, got, self._prov(e, source, value))
        self.last_path = path
        return True

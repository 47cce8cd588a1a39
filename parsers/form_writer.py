"""Who filled a form in: the school or a parent.

The two leaving forms ask nearly the same things; a title such as "Notification of Child
Leaving School" fits both. A school's leaver notice (CML) prints deletion grounds, joint
enquiries and its staff member's role; a parent's exit form has a parent sign and speaks of
"my child" or "your child". The words are listed in the vocabulary ([form_writer]).
"""
from __future__ import annotations

from parsers.labels import norm_label, vocabulary
from parsers.raw import RawDocument


def _lines(doc: RawDocument) -> list[str]:
    out = [ln for ln in (doc.text or "").splitlines() if ln.strip()]
    for e in doc.entries:
        out += [t for t in (e.label, e.name) if t]
    return out


def writer(doc: RawDocument) -> str | None:
    """'school', 'parent', or None when the words say neither (or both as often)."""
    cues = vocabulary().data.get("form_writer", {})
    text = " " + " ".join(norm_label(ln) for ln in _lines(doc)) + " "
    found = {"school": 0, "parent": 0}
    # longest first, each place in the text counted once ("signed parent carer" is not also "signed parent")
    for side, phrase in sorted(((side, " " + norm_label(p) + " ") for side, ps in cues.items() for p in ps),
                               key=lambda sp: -len(sp[1])):
        if phrase in text:
            found[side] += 1
            text = text.replace(phrase, " | ")
    school, parent = found["school"], found["parent"]
    if school == parent:
        return None
    return "school" if school > parent else "parent"

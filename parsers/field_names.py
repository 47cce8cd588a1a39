"""Understand the names of fillable-form fields (AcroForm widgets, content controls).

The authority's own templates name fields by contract path (`child.legal_surname`,
`referral.enquiries_made.home_visit`); older forms use names like `txtSurname`,
`parent_name_2` or `enquiries_phone_parents_date`; many are meaningless
(`Text1`, `Check Box3`) and then the printed label must be used instead.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from parsers.labels import vocabulary

_MEANINGLESS = re.compile(
    r"^(?:text|field|check\s*box|checkbox|check|untitled|undefined|tick|drop\s*down|dropdown|combo\s*box|"
    r"radio\s*button|radio|group|chk|txt|fill|textbox|text\s*box|tb|cb|box|date|button|option|choice|list\s*box)"
    r"[\s_\-.]*\d*$", re.I)
_PREFIX = re.compile(r"^(?:txt|chk|cb|fld|tb|frm|dd|opt|rb|ctl|sdt|cc)(?=[A-Z_\-.\s])")
# Group hints in names, e.g. "enquiries_home_visit", "leaving_reason_died".
_GROUP_HINTS = {
    "enquiries": ("enquir", "check", "enq"),
    "safeguarding": ("safeguard", "sg", "concern", "welfare", "cp"),
    "vulnerable": ("vulnerab", "vg", "groups"),
    "leaving_reason": ("leaving_reason", "reason", "removal", "leav"),
}


@dataclass(frozen=True)
class NameMeaning:
    kind: str              # "field", "option", "group"
    key: str               # field id / "group:member" / group id
    path: str | None = None        # a contract path named verbatim
    polarity: bool | None = None   # name ends in _yes / _no
    index: int | None = None       # parent_name_2 -> 1 (0-based)
    date_beside: bool = False      # enquiries_phone_parents_date
    exact: bool = False            # the name is a contract path: authoritative


def _words(name: str) -> str:
    s = _PREFIX.sub("", name.strip())
    s = re.sub(r"(?<=[a-z])(?=[A-Z])|(?<=[A-Z])(?=[A-Z][a-z])", " ", s)
    return re.sub(r"[_\-.\s]+", " ", s).strip().lower()


# The authority's templates split each address into boxes, and list siblings in rows.
_ADDRESS_PART = re.compile(r"(child\.address|joiner\.previous_address|leaver\.destination_address|exit\.new_address)"
                           r"\.(lines|town|postcode|country)")
_SIBLING = re.compile(r"referral\.siblings\.(\d+)\.(name|date_of_birth|school)")


def _contract(name: str) -> NameMeaning | None:
    voc = vocabulary()
    n = name.strip()
    m = _ADDRESS_PART.fullmatch(n)
    if m:
        return NameMeaning("address_part", m.group(2), path=m.group(1), exact=True)
    m = _SIBLING.fullmatch(n)
    if m:
        return NameMeaning("sibling", m.group(2), index=int(m.group(1)), exact=True)
    m = re.fullmatch(r"parents?(?:\[(\d+)\]|\.(\d+))?\.(name|relationship|phone|email)", n)
    if m:
        idx = int(m.group(1) or m.group(2) or 0)
        fid = {"name": "parent_name", "relationship": "parent_rel", "phone": "parent_phone", "email": "parent_email"}[m.group(3)]
        return NameMeaning("field", fid, path=f"parent.{m.group(3)}", index=idx, exact=True)
    pol = None
    base = n
    m = re.fullmatch(r"(.+)[._](yes|no)", n, re.I)
    if m:
        base, pol = m.group(1), m.group(2).lower() == "yes"
    if base in voc.paths:
        return NameMeaning("field", voc.paths[base], path=base, polarity=pol, exact=True)
    for gid, g in voc.groups.items():
        gpaths = {g["path"], g["path"].replace("leaving.", "leaver."), g["path"].replace("leaving.", "exit.")}
        for gp in gpaths:
            if n == gp:
                return NameMeaning("group", gid, exact=True)
            if n.startswith(gp + ".") and n[len(gp) + 1:] in g["options"]:
                return NameMeaning("option", f"{gid}:{n[len(gp) + 1:]}", exact=True)
    for prefix, generic in (("leaver.", "leaving."), ("exit.", "leaving."), ("leaver.", "absence."),
                            ("referral.", "absence."), ("leaver.destination_school.", "dest.school."),
                            ("exit.new_school.", "dest.school."), ("leaver.destination_address", "dest.address"),
                            ("exit.new_address", "dest.address"), ("exit.", "dest.")):
        if base.startswith(prefix):
            tail = base[len(prefix):]
            alias = {"date_of_leaving": "date", "joint_enquiries_made": "joint_enquiries", "first_day_of_absence": "first_day",
                     "last_date_attended": "last_attended", "restrict_address": "restrict_address", "start_date": "start_date"}
            cand = generic + alias.get(tail, tail)
            if cand in voc.paths:
                return NameMeaning("field", voc.paths[cand], path=base, polarity=pol, exact=True)
    return None


def understand_name(name: str | None) -> NameMeaning | None:
    """What a field name says, or None when it says nothing useful."""
    if not name or _MEANINGLESS.match(name.strip()):
        return None
    exact = _contract(name)
    if exact:
        return exact
    voc = vocabulary()
    low = re.sub(r"[\s\-.]+", "_", _PREFIX.sub("", name.strip()))
    low = re.sub(r"(?<=[a-z])(?=[A-Z])", "_", low).lower()
    index = None
    m = re.fullmatch(r"(.+?)_?(\d+)", low)
    if m:
        low, index = m.group(1), int(m.group(2)) - 1
    polarity = None
    date_beside = False
    m = re.fullmatch(r"(.+)_(yes|no|y|n)", low)
    if m:
        low, polarity = m.group(1), m.group(2) in ("yes", "y")
    m = re.fullmatch(r"(.+)_date", low)
    if m and not low.startswith("date"):
        low, date_beside = m.group(1), True
    # An enumeration member spelt out in the name.
    for gid, g in voc.groups.items():
        for member in g["options"]:
            if low == member or low.endswith("_" + member):
                prefix = low[: -len(member)].strip("_")
                hinted = any(h in prefix for h in _GROUP_HINTS[gid])
                others = [o for o in voc.groups if o != gid and member in voc.groups[o]["options"]]
                if hinted or (not prefix and not others):
                    return NameMeaning("option", f"{gid}:{member}", polarity=polarity, index=index,
                                       date_beside=date_beside)
    words = low.replace("_", " ")
    target = voc.field(words) or voc.field(_words(name))
    if target:
        if date_beside:
            return None
        return NameMeaning("field", target.key, polarity=polarity, index=index)
    group = voc.group(words)
    if group:
        return NameMeaning("group", group.key)
    return None

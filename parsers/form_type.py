"""Which of the CME forms a document is: its title first, then what it asks.

A form whose title names none of them and whose content has no block belonging
to one (absence and enquiries, admission, leaving) is `unknown`, so a trip
consent form that happens to ask for a child's name is never read as a referral.
"""
from __future__ import annotations

import re

from parsers.form_writer import writer
from parsers.labels import norm_label, vocabulary
from parsers.raw import RawDocument
from records.models import FormType


def _from_titles(lines: list[str], leaving=lambda title: title) -> FormType | None:
    """The form a title names. `leaving(title)`: which leaving form a title that fits
    either one is, given what the form asks and who fills it in."""
    voc = vocabulary()
    either = [" " + norm_label(p) + " " for p in voc.data.get("leaving_titles", {}).get("either", [])]
    for line in lines:
        found = voc.form_type_of(line)
        if found:
            return FormType(_named_by_code(line, found) or found[0][0])
    for line in lines:
        if any(p in " " + norm_label(line) + " " for p in either):
            # "Notification of Child Leaving School": a school's CML or a parent's exit form;
            # with nothing to tell, the school that sends it wrote it
            return leaving(None) or FormType.cml
        found = _from_title_words(line, voc.data.get("form_type_words", {}))
        if found in _LEAVING:
            # "Notification of a Pupil Leaving School" fits either leaving form by its words
            # alone; what the form asks (deletion grounds and joint enquiries, or a parent's
            # new school start date and restriction) and who fills it in tell them apart.
            return leaving(found)
        if found:
            return found
    return None


_LEAVING = (FormType.cml, FormType.pupil_exit)
_CODE = re.compile(r"\b[A-Z]{3}\b")


def _named_by_code(line: str, found: list[tuple[str, str]]) -> str | None:
    """A title naming two forms, one by its code in capitals ("Notification of Child Leaving
    School (CML)"): the code is the form's own name for itself."""
    if len({t for t, _ in found}) < 2:
        return None
    codes = set(_CODE.findall(line))
    named = {t for t, p in found if " " not in p and p.upper() in codes}
    return named.pop() if len(named) == 1 else None


def _leaving_form_asked(collector, content: FormType | None) -> FormType | None:
    """The leaving form only one side asks for: joint enquiries with the LA are asked of a
    school, a start date or restricted address of a parent (content needs those for
    pupil_exit already). A leaving date and reason alone fit both, so say nothing, unless
    a member of staff signed it off as its author."""
    if content == FormType.cml and "leaving.joint_enquiries" not in collector.readings \
            and not _staff_completed(collector):
        return None
    return content


def _staff_completed(collector) -> bool:
    """'Completed by: Mr P Hardy' and no parent named anywhere: a member of staff filled it
    in, so it is the school's notice, not a parent's form (which names the parent)."""
    who = collector.readings.get("school.contact_name")
    return who is not None and "completed" in who.prov.source.lower() \
        and not any("name" in p for p in collector.parents)


def _from_title_words(line: str, word_sets: dict[str, list[list[str]]]) -> FormType | None:
    """A title holding every word of one form type's word set, and of no other type's."""
    words = norm_label(line).split()
    if len(words) > 14:  # a sentence of instructions, not a title
        return None

    def has(stem: str) -> bool:
        return any(w.startswith(stem) for w in words)

    fits = {ftype for ftype, sets in word_sets.items() if any(all(has(s) for s in ws) for ws in sets)}
    return FormType(fits.pop()) if len(fits) == 1 else None


def _from_content(c) -> FormType | None:
    paths = set(c.readings) | {g for g in c.group_seen}
    has_child = any(p in paths for p in ("child.legal_surname", "child.fullname", "child.date_of_birth", "child.upn"))
    referral = sum(p in paths for p in ("absence.first_day", "referral.whereabouts_known", "enquiries", "safeguarding",
                                        "referral.reason", "referral.childrens_services_informed", "referral.police_informed"))
    joiner = sum(p in paths for p in ("joiner.date_on_roll", "joiner.previous_school.name", "joiner.previous_school.la",
                                      "joiner.previous_address"))
    leaving = sum(p in paths for p in ("leaving.date", "leaving_reason", "dest.school.name", "dest.address",
                                       "leaving.joint_enquiries"))
    exit_only = sum(p in paths for p in ("dest.restrict_address", "dest.start_date", "dest.school.phone"))
    if not has_child:
        return None
    scores = {FormType.cme_referral: referral, FormType.cmj: joiner,
              FormType.cml: leaving if not exit_only else 0,
              FormType.pupil_exit: leaving + exit_only if exit_only else 0}
    best = max(scores, key=lambda k: scores[k])
    if scores[best] < 2 or list(scores.values()).count(scores[best]) > 1:
        return None
    return best


def _leaving_by(doc: RawDocument, collector, content: FormType | None):
    def leaving(title: FormType | None) -> FormType | None:
        asked = _leaving_form_asked(collector, content)
        if asked in _LEAVING:
            return asked
        side = writer(doc)
        if side:
            return FormType.cml if side == "school" else FormType.pupil_exit
        return title or (content if content in _LEAVING else None)
    return leaving


def detect_form_type(doc: RawDocument, collector) -> FormType:
    titles = [t for t in doc.title_lines if t and t.strip()]
    content = _from_content(collector)
    leaving = _leaving_by(doc, collector, content)
    found = _from_titles(titles, leaving)
    if found:
        return found
    head = [ln for ln in (doc.text or "").splitlines() if ln.strip()][:12]
    head += [e.label or e.value for e in doc.entries[:12] if e.kind in ("heading", "text")]
    # A sentence ("New starters: we welcome five children.") is not a title: a newsletter
    # or letter mentioning starters or leavers is not one of the forms.
    found = _from_titles([ln for ln in head if not ln.rstrip().endswith((".", ",", "!"))], leaving)
    if found:
        return found
    return content or FormType.unknown

"""Options of a tick-list stated in a sentence instead of ticked: "We have phoned mum twice
and made a home visit on 5/11", "Dad has a history of domestic abuse".

    is_sentence(text, voc, group) -> bool      a line written as a sentence, not a caption
    options_stated(voc, group, text) -> list of (member, clause)
    denies_any(voc, group, text) -> bool       a clause names an option only to deny it

Each clause (split at full stops, semicolons, commas, "and", "but", "also") is matched
against the list's captions on its own. A clause that denies or only plans the thing ("no
home visit has been possible", "a letter will be sent", "home visit not yet made") states
nothing: an enquiry is never read from a sentence that does not say it was made, nor a
concern from one that denies it ("no concerns about domestic abuse"); a concern feared ("may
be taken abroad", "dad will take her abroad for FGM") is a concern. A negation denies only what
it reaches: "no contact since the domestic abuse incident" states the abuse.
"""
from __future__ import annotations

import re

_CLAUSES = re.compile(r"(?:[.;!?](?:\s+|$)|,\s*|\s+(?:and|but|also|as well as|then|plus)\s+)", re.I)
# Words that, before the caption, deny what the clause names...
_DENY = re.compile(
    r"\b(?:not|no|nor|never|unable|cannot|can't|couldn't|could not|haven't|hasn't|have not|has not|didn't|"
    r"did not|won't|without|refused|declined|none)\b", re.I)
# ...or, for an enquiry, only plan it: "a letter will be sent", "home visit to be arranged".
_PLANNED = re.compile(r"\b(?:yet to|will|shall|going to|plan(?:s|ned|ning)? to|intend(?:s|ed)? to|awaiting|"
                      r"pending|to be|would|should|hope to|try to|attempt to)\b", re.I)
# After the caption: "home visit not yet made", "police check pending".
_DENY_AFTER = re.compile(r"\b(?:not|never|yet to|to be|will be|pending|awaiting|planned|booked|refused|declined)\b",
                         re.I)
# A negation governs the words up to one of these: "no contact since the domestic abuse
# incident" denies the contact, not the abuse; "domestic abuse which was not reported" is abuse.
_SCOPE_END = re.compile(r"\b(?:since|after|before|following|because|when|whenever|until|till|due to|while|whilst|"
                        r"despite|although|though|once|where|which|who|whose|as a result of)\b", re.I)
_MIN_WORDS = 5
_DATE = re.compile(r"\b(?:on\s+)?\d{1,2}[/.\-]\d{1,2}(?:[/.\-]\d{2,4})?\b", re.I)
_MARKS = re.compile(r"[\u2610-\u2612\u2713-\u2718\u25a0-\u25ef\u22a0]|\[\s*[xX]?\s*\]|\(\s*[xX]?\s*\)")
_MARK_WORD = ("yes", "no", "y", "n", "x")


# A sentence has someone doing or being something: it starts with who, or it ends as a sentence.
_SUBJECT = ("we", "i", "mum", "dad", "mother", "father", "parents", "parent", "family", "she", "he", "they",
            "our", "staff", "school", "ewo", "there", "both")
_CAPTION_START = ("is", "has", "may", "might", "could", "can", "subject", "lives", "living", "at", "in", "known",
                  "risk", "being", "been", "was", "will", "would", "had", "are", "have", "on", "under", "with")
_NO_ONE = re.compile(r"\s*no[\s-]+one\b|\s*nobody\b", re.I)
_SENTENCE_END = re.compile(r"[a-z0-9)]{2,}\.(?:$|\s+[A-Z])")


def is_sentence(text: str, voc=None, group: str | None = None) -> bool:
    """A line written as a sentence, not an unticked caption printed as a line of the list:
    several words, no box drawn and no mark word at either end, not a caption of the list as
    a whole ("Subject to a care order"), and either starting with who ("We have phoned mum",
    "Dad has a history of...") or written as a sentence ending in a full stop."""
    words = (text or "").split()
    if len(words) < _MIN_WORDS or _MARKS.search(text):
        return False
    if _NO_ONE.match(text):
        return True     # "No one has seen her since...": who, not a No mark
    if words[0].lower().strip(":.-") in _MARK_WORD or words[-1].lower().strip(":.-") in _MARK_WORD:
        return False
    if voc is not None and group and (hit := voc.option(group, text)) and hit.score >= 85:
        return False
    first = words[0].lower().strip(",")
    if first in _SUBJECT:
        return True
    # "A letter was posted on 6/11." - but not a policy caption that starts with its verb
    # ("May be taken abroad (e.g. forced marriage)."), nor an "e.g." inside one.
    return first not in _CAPTION_START and bool(_SENTENCE_END.search(text.strip()))


def options_stated(voc, group: str, text: str) -> list[tuple[str, str]]:
    """(member, clause) for each option of `group` that a clause of `text` says happened or
    applies; a member once only, in the order written."""
    return _read(voc, group, text)[0]


def denies_any(voc, group: str, text: str) -> bool:
    """Whether a clause names an option only to deny it ("No concerns about domestic abuse"):
    then the sentence as a whole must not be read as that option's caption."""
    return _read(voc, group, text)[1]


def _read(voc, group: str, text: str) -> tuple[list[tuple[str, str]], bool]:
    found: list[tuple[str, str]] = []
    denied = False
    for clause in _CLAUSES.split(text or ""):
        clause = clause.strip()
        if len(clause) < 3:
            continue
        # "visited the home on 5/11": the date is no part of the caption
        clause = " ".join(_DATE.sub(" ", clause).split()) or clause
        hit = voc.option(group, clause)
        if not hit:
            continue
        member = hit.key.split(":", 1)[1]
        if member == "other":
            continue
        if _denied(voc, group, clause):
            denied = True
        elif member not in (m for m, _ in found):
            found.append((member, clause))
    return found, denied


def _denied(voc, group: str, clause: str) -> bool:
    low = " ".join(clause.lower().replace("’", "'").split())
    words = low.split()
    # where the caption starts: the first word from which the rest still matches the option
    start = 0
    for i in range(len(words)):
        if voc.option(group, " ".join(words[i:])):
            start = i
        else:
            break
    before, after = " ".join(words[:start]), " ".join(words[start + 1:])
    # only the negation whose reach takes in the caption denies it
    before = _SCOPE_END.split(before)[-1]
    after = _SCOPE_END.split(after)[0]
    if _DENY.search(before) or _DENY_AFTER.search(after):
        return True
    # A concern stated as a risk or a fear is still a concern; an enquiry only planned was not made.
    return group == "enquiries" and bool(_PLANNED.search(before))

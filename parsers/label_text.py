"""The plain form of a printed label: lower case, no punctuation, no hints or question numbers,
and the other plain forms that mean the same ("pupil's" said as "child's", no closing "of child")."""
from __future__ import annotations

import re

# Hints printed inside or after labels that do not change their meaning.
_HINTS = re.compile(
    r"\((?:[^()]*\b(?:tick|mark|apply|known|state|specify|dd|mm|yyyy|optional|delete|please|circle|if|e\.?g|including|block)\b[^()]*)\)",
    re.I)
# Question numbers too: "Q3.", "Q 3)", "Question 3:", "1a)", "3.2".
_SECTION_NO = re.compile(r"^(?:section|part|step|question|q)\s*\d+[a-z]?\s*[:.\-–)]?\s*|^\d+\.\d+[a-z]?[.)]?\s+|^\d+[a-z]?[.)]\s*"
                         r"|^[a-z][.)]\s+", re.I)


# Words that only make a label a sentence ("Is the child's ... known?"), never change its meaning.
FILLER = frozenset("""is are was were the a an of this that has have had been did does do you know any what
which child childs pupil pupils current currently by school please give state from to in on at for your
all roll now yet there if and with their his her its form our we be being whom would like should want wish
tick must
""".split())
# Words that name a detail of something (its postcode, phone, name): a label may end with one,
# an answer never starts with one. "Previous school postcode" is not "Previous school" answered
# "postcode"; and "school" before one names the school's detail ("New school postcode" is no
# child's new postcode).
ATTRIBUTE_WORDS = frozenset("""postcode post postal address addresses town county phone telephone tel mobile email
e-mail fax website name names urn dfe number la authority contact""".split())
_OWNER = re.compile(r"^(?:the\s+)?(?:childs|child|pupils|pupil|young persons|young person|students|student|"
                    r"learners|learner|familys)\s+")
_CHILD_NOUN = ((re.compile(r"\b(?:pupils|students|learners|young persons)\b"), "childs"),
               (re.compile(r"\b(?:pupil|student|learner|young person)\b"), "child"),
               # a parent's form asks about "your child" where a school's says "the child"
               (re.compile(r"\byour (?:childs|sons|daughters)\b"), "the childs"),
               (re.compile(r"\byour (?:child|son|daughter)\b"), "the child"))
_OF_CHILD = re.compile(r"\s+(?:of|for)\s+(?:the\s+)?(?:child|pupil|young person|student|learner)$")
_AT_SCHOOL = re.compile(r"\s+(?:(?:at|to|in|from|on)\s+)?(?:(?:this|the|our)\s+)?school$")
# A question's closing clause that only restates the subject: "...informed that the child is
# missing", "...Social Care about this child".
_TRAILING_CLAUSE = re.compile(r"\s+(?:that|about|regarding|concerning)\s+(?:the|this|your)\s+(?:child|pupil)\b.*$")


MOVE_TO = re.compile(r"\b(?:moved|moving|move|returned|returning|return|relocated|relocating|emigrated|emigrating|"
                      r"gone|going|went)\b(?: back)?(?: home)? to (?:live in |the )?(.{2,60})")


def label_variants(text: str, q: str) -> list[str]:
    """Other plain forms of one label that mean the same, tried when it does not match as written:
    without any bracketed note ("UPN (13 characters)"), without the owner ("Family's forwarding
    address"), with "pupil"/"student" said as "child", without a closing "of child" or "that the child is missing", and a date
    without "...school" ("Date joined school")."""
    out = []
    bare = norm_label(re.sub(r"\([^()]*\)", " ", text or ""))
    for v in (q, bare):
        if v and v not in out:
            out.append(v)
    for v in list(out):
        for form in (_OWNER.sub("", v), _OF_CHILD.sub("", v)):
            if form and form not in out:
                out.append(form)
        canon = v
        for pattern, word in _CHILD_NOUN:
            canon = pattern.sub(word, canon)
        if canon not in out:
            out.append(canon)
    for v in list(out):
        short = _TRAILING_CLAUSE.sub("", v)
        if short and short not in out:
            out.append(short)
    for v in list(out):
        words = v.split()
        if ("date" in words or "day" in words) and _AT_SCHOOL.search(v):
            out.append(_AT_SCHOOL.sub("", v))
    return out


# Words whose swap is no typo: "Date of first attendance" is not "date of last attendance".
_OPPOSITES = (("first", "last"), ("forename", "surname"), ("forenames", "surname"), ("previous", "new"),
              ("old", "new"), ("start", "end"), ("mother", "father"), ("before", "after"), ("joining", "leaving"))


def opposed(a: str, b: str) -> bool:
    wa, wb = set(a.split()), set(b.split())
    return any(x in wa and y in wb and y not in wa or y in wa and x in wb and x not in wa for x, y in _OPPOSITES)


def owner_shift(words: list[str], label_words) -> bool:
    """'school' written straight before a detail word the label has without it: the detail
    is the school's ("previous school postcode" against the label "previous postcode")."""
    return "school" not in label_words and any(
        w == "school" and nxt in ATTRIBUTE_WORDS for w, nxt in zip(words, words[1:]))


def word_sets(index: dict[str, set[str]]) -> list[tuple[frozenset, set[str]]]:
    grouped: dict[frozenset, set] = {}
    for label, keys in index.items():
        words = frozenset(label.split())
        if len(words) >= 2:
            grouped.setdefault(words, set()).update(keys)
    return list(grouped.items())


def norm_label(text: str | None) -> str:
    """'Child's D.O.B. (dd/mm/yyyy):' -> 'childs dob'."""
    t = (text or "").replace("’", "'").replace("&", " and ")
    t = _HINTS.sub(" ", t)
    t = _SECTION_NO.sub("", t.strip())
    t = re.sub(r"(?<=\b[a-zA-Z])\.(?=[a-zA-Z]\b)", "", t)   # D.O.B -> DOB
    t = t.replace("'", "")
    t = re.sub(r"[^0-9a-zA-Z]+", " ", t).strip().lower()
    return t


# Words of one or two letters a title or label really has; any other is a word broken apart.
_SHORT_WORDS = frozenset("a an of or to in on at by is be no yes if as it we my me he us do la uk id".split())


def broken_words(plain: str) -> bool:
    """Does a plain label hold a fragment like the 'p' of 'P upil' (a word kerning broke)?"""
    return any(len(w) <= 2 and w.isalpha() and w not in _SHORT_WORDS for w in plain.split())

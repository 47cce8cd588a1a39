"""Match printed labels and form-field names to the vocabulary.

A label is compared in a plain form (lower case, no punctuation, no bracketed
hints), first exactly, then with rapidfuzz so that typos still match; a fuzzy
match must be clearly better than the runner-up, or nothing is returned.
"""
from __future__ import annotations

import re
import tomllib
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from rapidfuzz import process
from rapidfuzz.distance import DamerauLevenshtein

VOCABULARY_PATH = Path(__file__).with_name("vocabulary.toml")

# Hints printed inside or after labels that do not change their meaning.
_HINTS = re.compile(
    r"\((?:[^()]*\b(?:tick|mark|apply|known|state|specify|dd|mm|yyyy|optional|delete|please|circle|if|e\.?g|including|block)\b[^()]*)\)",
    re.I)
# Question numbers too: "Q3.", "Q 3)", "Question 3:", "1a)", "3.2".
_SECTION_NO = re.compile(r"^(?:section|part|step|question|q)\s*\d+[a-z]?\s*[:.\-–)]?\s*|^\d+\.\d+[a-z]?[.)]?\s+|^\d+[a-z]?[.)]\s*"
                         r"|^[a-z][.)]\s+", re.I)


# Words that only make a label a sentence ("Is the child's ... known?"), never change its meaning.
_FILLER = frozenset("""is are was were the a an of this that has have had been did does do you know any what
which child childs pupil pupils current currently by school please give state from to in on at for your
all roll now yet there if and with their his her its form our we be being whom would like should want wish
tick must
""".split())
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


_MOVE_TO = re.compile(r"\b(?:moved|moving|move|returned|returning|return|relocated|relocating|emigrated|emigrating|"
                      r"gone|going|went)\b(?: back)?(?: home)? to (?:live in |the )?(.{2,60})")


def _variants(text: str, q: str) -> list[str]:
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


def _opposed(a: str, b: str) -> bool:
    wa, wb = set(a.split()), set(b.split())
    return any(x in wa and y in wb and y not in wa or y in wa and x in wb and x not in wa for x, y in _OPPOSITES)


def _word_sets(index: dict[str, set[str]]) -> list[tuple[frozenset, set[str]]]:
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


@dataclass(frozen=True)
class Target:
    kind: str      # "field", "group", "option", "section"
    key: str       # field id, group id, "group:member", or section name
    score: float = 100.0


class Vocabulary:
    def __init__(self, data: dict):
        self.data = data
        self.fields: dict[str, dict] = data["field"]
        self.groups: dict[str, dict] = data["group"]
        self.form_types: dict[str, list[str]] = data["form_types"]
        self.sections: dict[str, list[str]] = data["sections"]
        self._field_index = self._index((fid, f["labels"]) for fid, f in self.fields.items())
        self._group_index = self._index((gid, g["labels"]) for gid, g in self.groups.items())
        self._section_index = self._index(self.sections.items())
        self._option_index = {
            gid: self._index(g["options"].items()) for gid, g in self.groups.items()}
        # Contract paths a template may use verbatim as a field name.
        self.paths = {f["path"]: fid for fid, f in self.fields.items()}
        self._word_cache: dict[int, list] = {}

    @staticmethod
    def _index(items) -> dict[str, set[str]]:
        index: dict[str, set[str]] = {}
        for key, labels in items:
            for label in labels:
                index.setdefault(norm_label(label), set()).add(key)
        return index

    # -------------------------------------------------------------- matching
    def _lookup(self, index: dict[str, set[str]], text: str, cutoff: float | None = None) -> tuple[str, float] | None:
        q = norm_label(text)
        if not q:
            return None
        hit = index.get(q)
        if hit:
            return (next(iter(hit)), 100.0) if len(hit) == 1 else None
        variants = [q] + [v for v in _variants(text, q) if v != q]
        for v in variants[1:]:
            if v in index and len(index[v]) == 1:
                return next(iter(index[v])), 99.0
        if len(q) > 4:
            fuzzy = self._fuzzy(index, q, variants, cutoff)
            if fuzzy is not None:
                return fuzzy if fuzzy[0] else None
        if cutoff is None:
            return self._words_within(index, variants)
        return None

    @staticmethod
    def _fuzzy(index, q: str, variants: list[str], cutoff) -> tuple[str | None, float] | None:
        best: dict[str, int] = {}
        for v in variants:
            # Typos: allow one slip in a short label, two in a longer one, three in a sentence.
            allowed = 1 if len(v) < 10 else 2 if len(v) < 20 else 3
            if cutoff is not None:
                allowed = min(allowed, 1)
            for choice, dist, _ in process.extract(v, list(index), scorer=DamerauLevenshtein.distance,
                                                   limit=6, score_cutoff=allowed):
                if len(choice) <= 4 or _opposed(v, choice):
                    continue   # short labels only ever match exactly; a typo never flips a word
                for key in index[choice]:
                    best[key] = min(best.get(key, 99), int(dist))
        ranked = sorted(best.items(), key=lambda kv: kv[1])
        if not ranked:
            return None
        if len(ranked) > 1 and ranked[0][1] == ranked[1][1]:
            return None, 0.0     # two meanings fit equally well: better no answer
        key, dist = ranked[0]
        return key, 100.0 - 100.0 * dist / max(len(q), 1)

    def _words_within(self, index, variants: list[str]) -> tuple[str, float] | None:
        """'What checks have been made?' holds every word of 'checks made', and its other
        words only fill the sentence: the longest such label decides, when it is alone."""
        words = self._word_cache.get(id(index))
        if words is None:
            words = self._word_cache[id(index)] = _word_sets(index)
        found: dict[str, int] = {}
        for v in variants:
            q = set(v.split())
            if len(q) > 16:   # a question of up to 16 words; the rest must be filler anyway
                continue
            for label_words, keys in words:
                if label_words <= q and q - label_words <= _FILLER:
                    for key in keys:
                        found[key] = max(found.get(key, 0), len(label_words))
        ranked = sorted(found.items(), key=lambda kv: -kv[1])
        if not ranked or (len(ranked) > 1 and ranked[0][1] == ranked[1][1]):
            return None
        return ranked[0][0], 85.0

    def _halves(self, index, other, text: str) -> tuple[str, float] | None:
        """A bilingual label ("Cyfenw / Surname"): one language alone may be the one we know.
        Tried last, and not when the whole label already names something of the other kind
        ("Child protection / welfare concerns" is a tick list, not a field)."""
        if " / " not in (text or "") or self._lookup(other, text):
            return None
        keys = {hit[0] for half in text.split(" / ") if (hit := self._lookup(index, half, cutoff=90.0))}
        return (keys.pop(), 90.0) if len(keys) == 1 else None

    def field(self, text: str) -> Target | None:
        hit = self._lookup(self._field_index, text) or self._halves(self._field_index, self._group_index, text)
        return Target("field", hit[0], hit[1]) if hit else None

    def group(self, text: str) -> Target | None:
        hit = self._lookup(self._group_index, text) or self._halves(self._group_index, self._field_index, text)
        return Target("group", hit[0], hit[1]) if hit else None

    def section(self, text: str) -> Target | None:
        hit = self._lookup(self._section_index, text, cutoff=90.0)
        return Target("section", hit[0], hit[1]) if hit else None

    def option(self, group: str, text: str) -> Target | None:
        index = self._option_index[group]
        hit = self._lookup(index, text) or self._contained(index, text)
        if not hit and group == "leaving_reason" and self._moved_beyond_england(text):
            hit = ("moved_outside_england", 75.0)
        if not hit and group == "leaving_reason" and self._moved_house(text):
            hit = ("moved_away", 70.0)
        if hit and hit[0] == "moved_away" and self._names_place_beyond_england(text):
            hit = ("moved_outside_england", hit[1])   # "Family relocated abroad (Italy)"
        return Target("option", f"{group}:{hit[0]}", hit[1]) if hit else None

    def _moved_beyond_england(self, text: str) -> bool:
        """'Family have returned to Poland', 'We are moving to Cardiff': a move to a place
        the vocabulary lists as outside England."""
        m = _MOVE_TO.search(" " + norm_label(text) + " ")
        if not m:
            return False
        rest = " " + m.group(1) + " "
        return any(" " + p + " " in rest for p in self.data.get("places", {}).get("outside_england", []))

    def _names_place_beyond_england(self, text: str) -> bool:
        """A move whose words name a place the vocabulary lists as outside England."""
        q = " " + norm_label(text) + " "
        return any(" " + p + " " in q for p in self.data.get("places", {}).get("outside_england", []))

    @staticmethod
    def _moved_house(text: str) -> bool:
        """'Moving to Cornwall', 'Relocated to Leeds for work': the family moved house to a
        place in England (a move abroad or to a school is caught before this)."""
        m = _MOVE_TO.search(" " + norm_label(text) + " ")
        return bool(m) and m.group(0).split()[0].startswith(("mov", "reloc")) \
            and not re.search(r"\b(?:school|academy|college|education|home educat)", m.group(1))

    @staticmethod
    def _contained(index: dict[str, set[str]], text: str) -> tuple[str, float] | None:
        """'Checked with Children's Social Care' holds the caption 'social care': the
        longest caption written inside the text decides, when only one option has it."""
        q = " " + norm_label(text) + " "
        if len(q) > 120:
            return None
        found: dict[str, int] = {}
        for caption, keys in index.items():
            if len(caption) >= 3 and " " + caption + " " in q:
                for key in keys:
                    found[key] = max(found.get(key, 0), len(caption))
        ranked = sorted(found.items(), key=lambda kv: -kv[1])
        if not ranked or (len(ranked) > 1 and ranked[0][1] == ranked[1][1]):
            return None
        return ranked[0][0], 80.0

    def any_option(self, text: str) -> Target | None:
        """An option caption seen outside its list: only when one group claims it."""
        hits = [t for g in self.groups if (t := self.option(g, text))]
        return hits[0] if len(hits) == 1 else None

    def path_for(self, field_id: str, section: str | None) -> str:
        f = self.fields[field_id]
        within = f.get("within", {})
        return within.get(section, f["path"]) if section else f["path"]

    def form_type_of(self, text: str) -> list[tuple[str, str]]:
        """(form type, phrase) for every title phrase found in text, longest first."""
        low = " " + norm_label(text) + " "
        found = []
        for ftype, phrases in self.form_types.items():
            for p in phrases:
                if " " + norm_label(p) + " " in low:
                    found.append((ftype, p))
        return sorted(found, key=lambda fp: -len(fp[1]))


@lru_cache(maxsize=1)
def vocabulary() -> Vocabulary:
    with VOCABULARY_PATH.open("rb") as fh:
        return Vocabulary(tomllib.load(fh))

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

from parsers.label_text import FILLER, MOVE_TO, broken_words, label_variants, norm_label, opposed, owner_shift, word_sets

VOCABULARY_PATH = Path(__file__).with_name("vocabulary.toml")


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
        variants = [q] + [v for v in label_variants(text, q) if v != q]
        for v in variants[1:]:
            if v in index and len(index[v]) == 1:
                return next(iter(index[v])), 99.0
        closed = self._closed_up(index, variants)
        if closed:
            return closed
        if len(q) > 4:
            fuzzy = self._fuzzy(index, q, variants, cutoff)
            if fuzzy is not None:
                return fuzzy if fuzzy[0] else None
        if cutoff is None:
            return self._words_within(index, variants)
        return None

    def _closed_up(self, index, variants: list[str]) -> tuple[str, float] | None:
        """'D ate of bir th': a label whose words a PDF's kerning broke apart is the known
        label it spells once spaces are ignored (never a short one, never two meanings)."""
        key = ("closed", id(index))
        closed = self._word_cache.get(key)
        if closed is None:
            closed = self._word_cache[key] = {}
            for label, keys in index.items():
                closed.setdefault(label.replace(" ", ""), set()).update(keys)
        for v in variants:
            hit = closed.get(v.replace(" ", "")) if len(v.replace(" ", "")) >= 8 and " " in v else None
            if hit and len(hit) == 1:
                return next(iter(hit)), 95.0
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
                if len(choice) <= 4 or opposed(v, choice):
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
            words = self._word_cache[id(index)] = word_sets(index)
        found: dict[str, int] = {}
        for v in variants:
            q = set(v.split())
            if len(q) > 16:   # a question of up to 16 words; the rest must be filler anyway
                continue
            for label_words, keys in words:
                if label_words <= q and q - label_words <= FILLER and not owner_shift(v.split(), label_words):
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
        m = MOVE_TO.search(" " + norm_label(text) + " ")
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
        m = MOVE_TO.search(" " + norm_label(text) + " ")
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
        if section and section not in within:
            section = self.data.get("section_fallback", {}).get(section, section)
        return within.get(section, f["path"]) if section else f["path"]

    def form_type_of(self, text: str) -> list[tuple[str, str]]:
        """(form type, phrase) for every title phrase found in text, longest first."""
        low = " " + norm_label(text) + " "
        found = []
        broken = broken_words(low)
        for ftype, phrases in self.form_types.items():
            for p in phrases:
                phrase = norm_label(p)
                if " " + phrase + " " in low or broken and len(phrase) >= 8 \
                        and phrase.replace(" ", "") in low.replace(" ", ""):
                    found.append((ftype, p))   # the second: a title kerning broke ("P upil E xit F orm")
        return sorted(found, key=lambda fp: -len(fp[1]))


@lru_cache(maxsize=1)
def vocabulary() -> Vocabulary:
    with VOCABULARY_PATH.open("rb") as fh:
        return Vocabulary(tomllib.load(fh))

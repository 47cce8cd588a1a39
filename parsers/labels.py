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
    r"\((?:[^()]*\b(?:tick|apply|known|state|specify|dd|mm|yyyy|optional|delete|please|circle|if|e\.?g|including|block)\b[^()]*)\)",
    re.I)
_SECTION_NO = re.compile(r"^(?:section|part|step)\s*\d+[a-z]?\s*[:.\-–]?\s*|^\d+[a-z]?[.)]\s*|^[a-z][.)]\s+", re.I)


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

    @staticmethod
    def _index(items) -> dict[str, set[str]]:
        index: dict[str, set[str]] = {}
        for key, labels in items:
            for label in labels:
                index.setdefault(norm_label(label), set()).add(key)
        return index

    # -------------------------------------------------------------- matching
    @staticmethod
    def _lookup(index: dict[str, set[str]], text: str, cutoff: float | None = None) -> tuple[str, float] | None:
        q = norm_label(text)
        if not q:
            return None
        hit = index.get(q)
        if hit:
            return (next(iter(hit)), 100.0) if len(hit) == 1 else None
        variants = [q]
        # "Child's date of birth", "Pupil surname": the owner word adds nothing.
        stripped = re.sub(r"^(?:the\s+)?(?:childs|child|pupils|pupil|young persons|students|student)\s+", "", q)
        if stripped != q and stripped:
            variants.append(stripped)
            if stripped in index and len(index[stripped]) == 1:
                return next(iter(index[stripped])), 99.0
        if len(q) <= 4:
            return None
        # Typos: allow one slip in a short label, two in a longer one, three in a sentence.
        allowed = 1 if len(q) < 10 else 2 if len(q) < 20 else 3
        if cutoff is not None:
            allowed = min(allowed, 1)
        best: dict[str, int] = {}
        for v in variants:
            for choice, dist, _ in process.extract(v, list(index), scorer=DamerauLevenshtein.distance,
                                                   limit=6, score_cutoff=allowed):
                if len(choice) <= 4:
                    continue   # short labels only ever match exactly
                for key in index[choice]:
                    best[key] = min(best.get(key, 99), int(dist))
        ranked = sorted(best.items(), key=lambda kv: kv[1])
        if not ranked:
            return None
        if len(ranked) > 1 and ranked[0][1] == ranked[1][1]:
            return None     # two meanings fit equally well: better no answer
        key, dist = ranked[0]
        return key, 100.0 - 100.0 * dist / max(len(q), 1)

    def field(self, text: str) -> Target | None:
        hit = self._lookup(self._field_index, text)
        return Target("field", hit[0], hit[1]) if hit else None

    def group(self, text: str) -> Target | None:
        hit = self._lookup(self._group_index, text)
        return Target("group", hit[0], hit[1]) if hit else None

    def section(self, text: str) -> Target | None:
        hit = self._lookup(self._section_index, text, cutoff=90.0)
        return Target("section", hit[0], hit[1]) if hit else None

    def option(self, group: str, text: str) -> Target | None:
        index = self._option_index[group]
        hit = self._lookup(index, text) or self._contained(index, text)
        return Target("option", f"{group}:{hit[0]}", hit[1]) if hit else None

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

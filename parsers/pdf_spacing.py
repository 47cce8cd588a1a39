"""Letter-spaced type ("S u r n a m e", Word's "Expanded" spacing, a designer's heading): letters
set further apart than a sixth of the type size are read as words of one letter each, and the
labels in them are lost. A line mostly of one-letter words is set letter-spaced: its letters
are joined again, and its words parted where a space is drawn (or, with no spaces drawn, where
the gap is clearly wider than the gap between letters).

    join_spaced(words, chars) -> words        for words read off the page
    table_words(chars, bbox) -> dict          word settings for one ruled table's text
"""
from __future__ import annotations

from statistics import median

from parsers.pdf_geom import WORDS

_MIN_RUN = 4            # one-letter words in a line before it counts as letter-spaced
_WIDEST = 0.8           # a letter gap is below this share of the type size


def _lines(words: list[dict]) -> list[list[dict]]:
    out: list[list[dict]] = []
    for w in sorted(words, key=lambda w: (round(w["top"]), w["x0"])):
        if out and abs(out[-1][0]["top"] - w["top"]) <= 1 and abs((out[-1][0].get("size") or 0) - (w.get("size") or 0)) < 0.5:
            out[-1].append(w)
        else:
            out.append([w])
    return [sorted(line, key=lambda w: w["x0"]) for line in out]


def _spaced(line: list[dict]) -> bool:
    singles = sum(len(w["text"]) == 1 and w["text"].isalnum() for w in line)
    return singles >= _MIN_RUN and singles >= 0.6 * len(line)


def _merge(a: dict, b: dict) -> dict:
    return {**a, "text": a["text"] + b["text"], "x1": b["x1"], "top": min(a["top"], b["top"]),
            "bottom": max(a["bottom"], b["bottom"])}


def join_spaced(words: list[dict], chars: list[dict]) -> list[dict]:
    lines = _lines(words)
    if not any(_spaced(line) for line in lines):
        return words
    blanks = [c for c in chars if not (c.get("text") or "").strip()]
    out = []
    for line in lines:
        if not _spaced(line):
            out += line
            continue
        size = max(w.get("size") or 0 for w in line) or 10
        top, bottom = min(w["top"] for w in line), max(w["bottom"] for w in line)
        here = [b for b in blanks if top - 1 <= (b["top"] + b["bottom"]) / 2 <= bottom + 1]
        gaps = [b["x0"] - a["x1"] for a, b in zip(line, line[1:]) if len(a["text"]) == 1 and len(b["text"]) == 1]
        letter = median(gaps) if gaps else 0.0
        merged = [line[0]]
        for w in line[1:]:
            a, gap = merged[-1], w["x0"] - merged[-1]["x1"]
            blank = any(a["x1"] - 0.5 <= b["x0"] and b["x1"] <= w["x0"] + 0.5 for b in here)
            joined = not blank and gap < _WIDEST * size if here else gap <= 1.5 * letter + 0.3
            merged[-1:] = [_merge(a, w)] if joined else [a, w]
        out += merged
    return out


def table_words(chars: list[dict], bbox) -> dict:
    """pdfplumber's word settings for a table: the usual, or, when its text is letter-spaced
    and its spaces are drawn, a tolerance above the gap between letters."""
    x0, top, x1, bottom = bbox
    inside = [c for c in chars if x0 <= c["x0"] < x1 and top <= c["top"] < bottom]
    text = [c for c in inside if (c.get("text") or "").strip()]
    if not text or len(text) == len(inside):
        return WORDS
    gaps = []
    for a, b in zip(inside, inside[1:]):
        if (a.get("text") or "").strip() and (b.get("text") or "").strip() and abs(a["top"] - b["top"]) <= 1:
            gap = b["x0"] - a["x1"]
            if 0 <= gap < _WIDEST * (a.get("size") or 10):
                gaps.append(gap / (a.get("size") or 10))
    spaced = [g for g in gaps if g > WORDS["x_tolerance_ratio"]]
    if len(spaced) < _MIN_RUN or len(spaced) < 0.5 * len(gaps):
        return WORDS
    return {"x_tolerance_ratio": min(_WIDEST, max(spaced) + 0.1)}

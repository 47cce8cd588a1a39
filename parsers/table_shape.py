"""Shapes of a table row that the cell count alone does not tell.

A row of two or four cells is normally read as label|value pairs. But a horizontal
form prints a row of labels with the answers in the row below ("Surname | Forename |
DOB | Year" over "KHAN | Zara | ..."), and when that row happens to have four cells,
reading it as pairs would take labels for values. Shared by the Word and PDF readers.
"""
from __future__ import annotations


def _known(text: str) -> bool:
    from parsers.labels import vocabulary   # lazy: the readers load before the vocabulary
    t = " ".join((text or "").split()).rstrip(":").strip()
    return bool(t) and (vocabulary().field(t) or vocabulary().group(t)) is not None


def _asks_relationship(text: str) -> bool:
    from parsers.labels import vocabulary
    hit = vocabulary().field(" ".join((text or "").split()).rstrip(":").strip()) if (text or "").strip() else None
    return bool(hit) and vocabulary().fields[hit.key]["path"] == "parent.relationship"


def labels_over_values(texts: list[str], below: list[str] | None) -> bool:
    """True when every cell where a pair reading expects a value holds a known label, and
    the next row, as wide, holds answers there instead (no known labels)."""
    if len(texts) not in (2, 4) or not below or len(below) != len(texts) or not all(texts):
        return False
    values = texts[1::2]
    if any(_asks_relationship(t) for t in texts[0::2]):
        return False    # "Relationship to child | Mother": "Mother" is its answer, not a label
    if not all(_known(t) for t in values) or not any(t.strip() for t in below):
        return False
    return not any(_known(t) for t in below)


def column_captions(texts: list[str], below: list[list[str]]) -> bool:
    """A two-cell row that captions the columns ("Question | Answer", "Item | Response"),
    printed in bold like a row of labels, over rows whose first cells are known labels
    (callers ask only of a bold row at the top of a table, before any pair):
    no label of its own, so the rows below read as label | answer pairs, not as answers
    to it. Tables that run over a page print it again at the top of the next."""
    if len(texts) != 2 or not all(t.strip() for t in texts) or any(_known(t) for t in texts):
        return False
    firsts = [r[0] for r in below[:4] if len(r) == 2 and (r[0] or "").strip()]
    return len(firsts) >= 2 and 2 * sum(_known(t) for t in firsts) > len(firsts)

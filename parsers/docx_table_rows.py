"""Word table rows re-shaped before they are read as label | answer pairs.

Two layouts Word draws that the cell count alone misreads:
- an empty spacer column between the labels and the answers ("Surname | | Khan"), which
  leaves every row three cells wide, so the answers sit in no pair;
- a label cell merged down over several rows (w:vMerge): "Address" beside two lines of
  answer, or "Previous school" beside "Name | ..." and "Local authority | ..." rows.
  The rows below the first hold no label of their own, so they were read as headings or
  lost their meaning.

Only rows of plain text are re-shaped; rows holding controls or nested tables are left
for the reader's own handling. The contract: same cells in, fewer or relabelled rows
out, never a value moved to a label it was not printed beside.
"""
from __future__ import annotations

import re


class Synth:
    """A cell made up from others' text: a label spread over merged rows, joined answers."""
    tc = None
    span = 1
    continued = False
    nested = False
    controls = False

    def __init__(self, text: str, bold: bool = False):
        self.text, self.bold = text, bold

    @property
    def label(self) -> str:
        return " ".join(self.text.split()).rstrip(":").strip()


def _plain(c) -> bool:
    return not c.controls and not c.nested


def _known(text: str):
    from parsers.labels import vocabulary
    return vocabulary().field(text) if text else None


def _section(text: str):
    from parsers.labels import vocabulary
    return vocabulary().section(text) if text else None


def drop_spacers(rows: list) -> list:
    """Drop an inner column that is empty in every row, when the column to its left holds
    labels (most of them known) and the one to its right holds none: a spacer, not a
    column of unanswered questions."""
    wide = [r for r in rows if len(r) > 1]
    if len(wide) < 2 or len({len(r) for r in wide}) != 1 or len(wide[0]) < 3:
        return rows
    if any(c.span != 1 or c.continued or not _plain(c) for r in wide for c in r):
        return rows
    width = len(wide[0])
    drop = set()
    for j in range(1, width - 1):
        if any(r[j].text.strip() for r in wide):
            continue
        left = [r[j - 1].label for r in wide if r[j - 1].text.strip()]
        right = [r[j + 1].label for r in wide if r[j + 1].text.strip()]
        if len(left) < 2 or not right or any(_known(t) for t in right):
            continue
        if 2 * sum(bool(_known(t)) for t in left) >= len(left):
            drop.add(j)
    if not drop:
        return rows
    return [[c for j, c in enumerate(r) if j not in drop] if len(r) == width else r for r in rows]


_TRAILING = re.compile(r"\s+(details|information|info)$", re.I)


def _sub_label(group: str, sub: str) -> str:
    """'Previous school' over 'Local authority' reads 'Previous school local authority' when
    that is a label we know; else the sub-label as printed."""
    for head in dict.fromkeys((group, _TRAILING.sub("", group))):
        combined = f"{head} {sub}"
        if head and sub and _known(combined):
            return combined
    return sub


def _group_rows(group: str, bold: bool, members: list[list]) -> list[list]:
    """A label cell merged down beside `members` (the rest of each row it spans)."""
    if all(len(m) == 1 for m in members):      # "Address" beside answer lines: one answer
        text = "\n".join(m[0].text for m in members if m[0].text.strip())
        return [[Synth(group, bold), Synth(text)]]
    if not all(len(m) == 2 for m in members):
        return []
    out = [[Synth(group, True)]] if _section(group) else []   # the group names a section
    loose = []
    for sub, answer in members:
        label = _sub_label(group, sub.label)
        if _known(label) or not _known(group):
            out.append([Synth(label, sub.bold), answer])
        elif answer.text.strip():                # "Street", "Line 2": a line of the group's answer
            loose.append(answer.text)
    if loose:
        out.insert(1 if out and len(out[0]) == 1 else 0, [Synth(group, bold), Synth("\n".join(loose))])
    return out


def spread_merged_labels(rows: list) -> list:
    """Rows whose first cell is merged down (w:vMerge) re-read as the group they are."""
    out, i = [], 0
    while i < len(rows):
        row = rows[i]
        j = i + 1
        while j < len(rows) and rows[j] and rows[j][0].continued:
            j += 1
        first = row[0] if row else None
        if j - i < 2 or first is None or not first.text.strip() or "\n" in first.text.strip():
            out.append(row)
            i += 1
            continue
        block = [r for r in rows[i:j]]
        members = [[c for c in r[1:] if not c.continued] for r in block]
        if not all(_plain(c) for r in block for c in r) or any(not m for m in members):
            out.append(row)
            i += 1
            continue
        grouped = _group_rows(first.label, first.bold, members)
        out += grouped if grouped else block
        i = j
    return out

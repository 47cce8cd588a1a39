"""Word tables whose columns belong to different people: a child's details beside a parent's.

- owner_columns: a blank corner over columns captioned by whose details they hold ("Pupil",
  "Parent / carer"), labels down the first column; each column read as its own section.
- column_groups: captions over groups of columns ("Child | Parent/carer", or "Child's details"
  spanning two columns beside "Parent's details"), each group holding its own labels and
  answers (text or content controls); each group read as a table of its own under its caption.

Read row by row, such a table mixes the two people: the parent's phone read as the school's,
the child's date of birth under the parent's heading. Each side is read whole instead, the
child's last, so that what follows the table reads as about the child again.
"""
from __future__ import annotations

from parsers.labels import vocabulary


def _sections_apart(cells) -> list | None:
    """The section each caption names, when every one names a section and no two the same
    (two parents side by side excepted)."""
    sections = [vocabulary().section(c.label) if c.text and "\n" not in c.text else None for c in cells]
    if not all(sections):
        return None
    keys = [s.key for s in sections]
    if any(keys.count(k) > 1 and k != "parent" for k in keys):
        return None
    return sections


def owner_columns(rows, ri: int):
    """([(caption cell, [[label cell, answer cell], ...])], last row used), or None: a blank
    corner cell over columns captioned by whose details they hold ("Pupil", "Parent / carer",
    or "Parent/carer 1 | Parent/carer 2"), labels down the first column, answers typed or in
    content controls."""
    head = [c for c in rows[ri] if not c.continued]
    if len(head) < 3 or head[0].text or head[0].controls or any(c.controls for c in head):
        return None
    sections = _sections_apart(head[1:])
    if not sections:
        return None     # two columns of one kind, unless two parents side by side
    body = []
    for row in rows[ri + 1:]:
        live = [c for c in row if not c.continued]
        if len(live) != len(head) or not live[0].text or live[0].controls or any(c.nested for c in live):
            break
        body.append(live)
    if not body:
        return None
    order = sorted(range(1, len(head)), key=lambda j: sections[j - 1].key == "child")
    return [(head[j], [[r[0], r[j]] for r in body if r[j].text or r[j].controls]) for j in order], ri + len(body)


def _starts(row) -> list[tuple[int, object]]:
    """(first grid column, cell) of each cell of a row, merged-down cells included."""
    out, col = [], 0
    for c in row:
        out.append((col, c))
        col += max(getattr(c, "span", 1), 1)
    return out


def column_groups(rows, ri: int):
    """([(caption cell, rows of its group's cells)], last row used), or None. The caption row
    names two or more sections, one a cell (blank cells after a caption are its group's);
    each row below fits its cells inside the groups and has something in two of them."""
    head = _starts(rows[ri])
    captions = [(col, c) for col, c in head if c.text and not c.continued]
    if len(captions) < 2 or head[0][1] is not captions[0][1] or any(c.controls or c.nested for _, c in head):
        return None
    if any(c.text for col, c in head if (col, c) not in captions) or not _sections_apart([c for _, c in captions]):
        return None
    bounds = [col for col, _ in captions] + [10 ** 6]
    body = []
    for row in rows[ri + 1:]:
        parts = [[] for _ in captions]
        for col, c in _starts(row):
            g = max(i for i, b in enumerate(bounds[:-1]) if b <= col)
            if col + max(getattr(c, "span", 1), 1) > bounds[g + 1]:
                parts = None    # a cell across two groups: the side-by-side part has ended
                break
            parts[g].append(c)
        if parts is None or sum(any(c.text or c.controls for c in p) for p in parts) < 2:
            break
        body.append(parts)
    if not body:
        return None
    sections = _sections_apart([c for _, c in captions])
    order = sorted(range(len(captions)), key=lambda g: sections[g].key == "child")
    return [(captions[g][1], [parts[g] for parts in body]) for g in order], ri + len(body)

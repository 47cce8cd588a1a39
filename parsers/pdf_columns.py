"""Two columns of one page side by side: the child's details on the left, the parent's on
the right, each under its own heading ("Child" | "Parent / Carer") and often with the same
labels ("Name", "Date of birth"). Read row by row they interleave, and the right column's
answers land in the left column's section; read here one column after the other.

    section_headings(chunks) -> bool   a bold line's chunks are each a section heading
    by_columns(items) -> items         the page's items, each two-column run (to the next heading)
                                       column by column
"""
from __future__ import annotations

from parsers.labels import vocabulary

_ROW = 4        # points: items whose tops are this close stand on one row


def section_headings(texts: list[str]) -> bool:
    voc = vocabulary()
    found = [voc.section(t) for t in texts]
    return len(texts) >= 2 and all(found) and len({f.key for f in found}) == len(found)


def _rows(items: list) -> list[list]:
    rows: list[list] = []
    for it in items:
        if rows and it.page == rows[-1][0].page and abs(it.top - rows[-1][0].top) <= _ROW:
            rows[-1].append(it)
        else:
            rows.append([it])
    return rows


def by_columns(items: list) -> list:
    rows = _rows(items)
    out: list = []
    r = 0
    while r < len(rows):
        row = rows[r]
        heads = [it for it in row if it.kind == "heading"]
        if len(row) != 2 or len(heads) != 2 or not section_headings([h.label for h in heads]):
            out += row
            r += 1
            continue
        split = heads[1].x0 - _ROW
        end = r + 1   # the columns run to the next heading (or the page's end): a longer
        while end < len(rows) and rows[end][0].page == row[0].page \
                and not any(it.kind == "heading" for it in rows[end]):
            end += 1  # left column's last answers stay in its section
        region = [it for rw in rows[r + 1:end] for it in rw]
        cols = [[heads[0]] + [it for it in region if it.x0 < split], [heads[1]] + [it for it in region if it.x0 >= split]]
        # the child's column last, so that what follows reads as about the child again
        cols.sort(key=lambda col: vocabulary().section(col[0].label).key == "child")
        out += cols[0] + cols[1]
        r = end
    return out

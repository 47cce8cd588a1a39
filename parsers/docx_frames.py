"""Paragraphs in positioned text frames (w:framePr), read in the order the page shows them.

A PDF converted to Word ("exact layout") or an old Word 97 form puts each label and each
answer in a frame of its own at a fixed place, and writes the frames in whatever order it
met them - often every label down the left column first, then every answer. On the page a
label and its answer stand side by side; in the file they are far apart. Frames that follow
one another with positions on the same anchor are put in page order instead (top to bottom,
left to right), and the frames of one row become one paragraph, a tab between each, which
reads as "label<TAB>answer" like any tabbed line.

    in_frame_order(container) -> list of child elements (merged rows are new w:p elements)
"""
from __future__ import annotations

import copy

from lxml import etree

from parsers.docx_para import q

_ROW = 120      # twips (6pt): frames whose tops differ by less stand on one row


def _position(el) -> tuple[str, int, int] | None:
    """(vertical anchor, y, x) of a paragraph in a positioned frame, else None."""
    if not isinstance(el.tag, str) or el.tag != q("p"):
        return None
    ppr = el.find(q("pPr"))
    fp = ppr.find(q("framePr")) if ppr is not None else None
    if fp is None or fp.get(q("dropCap")) not in (None, "none"):
        return None
    try:
        return fp.get(q("vAnchor")) or "margin", int(fp.get(q("y"))), int(fp.get(q("x")) or 0)
    except (TypeError, ValueError):
        return None


def _row_paragraph(frames: list) -> etree._Element:
    p = etree.Element(q("p"))
    for i, frame in enumerate(frames):
        if i:
            etree.SubElement(etree.SubElement(p, q("r")), q("tab"))
        for child in frame:
            if child.tag != q("pPr"):
                p.append(copy.deepcopy(child))
    return p


def _in_page_order(group: list[tuple[tuple, object]]) -> list:
    rows: list[list] = []
    for pos, el in sorted(group, key=lambda g: (g[0][1], g[0][2])):
        if rows and pos[1] - rows[-1][0][0][1] < _ROW:
            rows[-1].append((pos, el))
        else:
            rows.append([(pos, el)])
    return [row[0][1] if len(row) == 1 else _row_paragraph([el for _, el in row]) for row in rows]


def in_frame_order(container) -> list:
    out: list = []
    group: list[tuple[tuple, object]] = []

    def close():
        if len(group) > 1:
            out.extend(_in_page_order(group))
        else:
            out.extend(el for _, el in group)
        group.clear()

    for child in container:
        pos = _position(child)
        if pos is None or (group and pos[0] != group[0][0][0]):
            close()
        if pos is None:
            out.append(child)
        else:
            group.append((pos, child))
    close()
    return out

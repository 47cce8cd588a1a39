"""Ruled tables on a flat PDF page -> items: a ruled row "label | value" is a pair (two
pairs in a 4-cell row), a row spanning the table is a heading, a row of bold labels or
of labels over answers gives pairs by column with the rows below it.
"""
from __future__ import annotations

from parsers.pdf_flat import Item
from parsers.pdf_geom import clean_label, is_bold
from parsers.pdf_spacing import table_words
from parsers.table_shape import boxed_line, column_captions, labels_over_values, mark_columns, marked_answer, value_row


def _cell_bold(chars: list[dict], bbox) -> bool:
    x0, top, x1, bottom = bbox
    inside = [c for c in chars if x0 <= c["x0"] < x1 and top <= c["top"] < bottom
              and c["text"].strip()]
    return bool(inside) and all(is_bold(c) for c in inside)


def _contains(outer, inner) -> bool:
    return outer[0] <= inner[0] + 1 and outer[1] <= inner[1] + 1 and \
        outer[2] >= inner[2] - 1 and outer[3] >= inner[3] - 1


def _label(text: str) -> str:
    return clean_label(" ".join(text.split()))


def _owner_heads(texts: list[str]):
    """Column captions saying whose details each column holds ("Pupil | Parent/carer", or
    "Parent/Carer 1 | Parent/Carer 2"): their sections, else None."""
    from parsers.labels import vocabulary
    found = [vocabulary().section(" ".join(t.split())) for t in texts]
    keys = [f.key for f in found] if all(found) else []
    if not keys or any(keys.count(k) > 1 and k != "parent" for k in keys):
        return None
    return keys


def _by_owner(table, rows, ri: int, heads: list[str], add) -> int:
    """A blank corner over owners' columns, labels down the first column: each column read as
    its own section under its caption (the child's last). Returns the last row used."""
    body = []
    for row, texts in zip(table.rows[ri + 1:], rows[ri + 1:]):
        cells = [(t or "").strip() for b, t in zip(row.cells, texts) if b is not None]
        if len(cells) != len(heads) + 1 or not cells[0]:
            break
        body.append(cells)
    keys = _owner_heads(heads)
    order = sorted(range(len(heads)), key=lambda j: keys[j] == "child")
    step = 0
    for j in order:     # one reading-order row, kept in this order by tops a hair apart
        add("heading", label=heads[j], dy=step)
        for cells in body:
            step += 0.01
            if cells[j + 1]:
                add("pair", label=_label(cells[0]), value=cells[j + 1], dy=step)
        step += 0.01
    return ri + len(body)


def table_items(table, chars: list[dict], page: int, ti: int) -> list[Item]:
    rows = table.extract(**table_words(chars, table.bbox))    # letter-spaced type read as words
    items: list[Item] = []
    header: list[str] | None = None
    header_used = False
    ticks: list[str] | None = None   # the answer columns of a tick-list table, once captioned
    done = -1
    all_cells = [c for r in table.rows for c in r.cells if c is not None]
    for ri, (row, texts) in enumerate(zip(table.rows, rows)):
        cells = [(bbox, (txt or "").strip()) for bbox, txt in zip(row.cells, texts) if bbox is not None]
        if not cells or not any(t for _, t in cells):
            continue
        top, x0 = cells[0][0][1], cells[0][0][0]
        src = f"table:t{ti}r{ri}"

        def add(kind, label="", value="", cx=x0, dy=0.0):
            items.append(Item(top + dy, cx, kind, label=label, value=value, source=src, page=page))

        if ri <= done:
            continue
        heads = [t for _, t in cells[1:]]
        if len(cells) >= 3 and not cells[0][1] and all(heads) and _owner_heads(heads):
            done = _by_owner(table, rows, ri, heads, add)
            if done > ri:
                header = ticks = None
                continue

        if len(cells) == 1:
            bbox, txt = cells[0]
            nested = any(c is not bbox and _contains(bbox, c) for c in all_cells)
            header = ticks = None
            if nested or ("\n" not in txt and not boxed_line(txt)):
                add("heading", label=txt.split("\n")[0])
            else:
                add("text", value=txt)
            continue
        texts_only = [t for _, t in cells]
        if ticks and len(cells) == len(ticks) + 1:
            if texts_only[0]:   # "Home visit | | X": the item, answered by the column its mark is in
                add("pair", label=_label(texts_only[0]), value=marked_answer(ticks, texts_only))
            continue
        ticks = mark_columns(texts_only)
        if ticks:
            if texts_only[0]:
                add("heading", label=texts_only[0])
            header = None
            continue
        bold = [_cell_bold(chars, b) for b, _ in cells]
        if not header and value_row(texts_only):    # "Zara Khan | 03/03/2012 | Oak Academy": answers alone
            add("text", value=", ".join(t for t in texts_only if t))
            continue
        if header and len(cells) == len(header) and not all(bold):
            for (bbox, txt), lab in zip(cells, header):
                add("pair", label=_label(lab), value=txt, cx=bbox[0])
            header_used = True
            continue
        if header and not header_used:  # a row of labels with no values under it after all
            add("text", value="  ".join(header))
        header = None
        if all(bold) and not any(it.kind == "pair" for it in items) and \
                column_captions(texts_only, [[t or "" for t in r] for r in rows[ri + 1:ri + 5]]):
            continue    # "Question | Answer" over the rows it captions
        below = [t or "" for t in rows[ri + 1]] if ri + 1 < len(rows) else None
        if all(texts_only) and ri + 1 < len(rows) and (all(bold) or len(cells) not in (2, 4)
                                                       or labels_over_values(texts_only, below)):
            header = texts_only  # a row of labels: the values are in the row(s) below
            header_used = False
            continue
        for i in range(0, len(cells) - 1, 2):
            (lb, lt), (vb, vt) = cells[i], cells[i + 1]
            if lt:
                add("pair", label=_label(lt), value=vt, cx=lb[0])
            elif vt:
                add("text", value=vt, cx=vb[0])
        if len(cells) % 2 and cells[-1][1]:
            add("text", value=cells[-1][1], cx=cells[-1][0][0])
    if header and not header_used:
        bbox = table.bbox
        items.append(Item(bbox[3], bbox[0], "text", value="  ".join(header),
                          source=f"table:t{ti}", page=page))
    return items

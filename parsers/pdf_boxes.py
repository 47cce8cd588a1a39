"""Answer boxes drawn on a flat PDF page, each read like a form field.

A printed form draws a rectangle for each answer and prints its label to the left
("Surname [ Khan ]   Forename [ Zara ]"). The words inside the rectangle are the answer,
whatever the gap between label and answer (often narrower than a column gap, so label
and answer ran together), and an empty rectangle is an empty answer (so the next label
down is not taken for this one's answer).

Rectangles with a label printed left of them on the same row are taken (close to it,
a label we know, one ending in ":", or one in line with such labels); failing that, a
label we know printed just above the box, within its width. A box with neither, a
frame around a whole line, or a table cell is left to the line and table readers as before.

    answer_items(page, free_words, tboxes, pageno, make_item) -> (items, words left over)
"""
from __future__ import annotations

from parsers.pdf_geom import clean_label, group_lines, join, label_above, label_left

_MIN_W, _MIN_H, _MAX_H = 24.0, 8.0, 60.0
_NEAR = 30.0    # points: words this close left of a box are its label, whatever they say


def _known(text: str) -> bool:
    from parsers.labels import vocabulary
    voc = vocabulary()
    return (voc.field(text) or voc.group(text)) is not None


def _inside(obj: dict, box: dict) -> bool:
    cx, cy = (obj["x0"] + obj["x1"]) / 2, (obj["top"] + obj["bottom"]) / 2
    return box["x0"] - 1 <= cx <= box["x1"] + 1 and box["top"] - 1 <= cy <= box["bottom"] + 1


def _within(inner: dict, outer) -> bool:
    x0, top, x1, bottom = outer
    return inner["x0"] >= x0 - 1 and inner["x1"] <= x1 + 1 and inner["top"] >= top - 1 and inner["bottom"] <= bottom + 1


def _candidates(page, tboxes: list) -> list[dict]:
    out: list[dict] = []
    for r in page.rects:
        w, h = r["x1"] - r["x0"], r["bottom"] - r["top"]
        if w < _MIN_W or not _MIN_H <= h <= _MAX_H or w > 0.8 * float(page.width):
            continue
        box = dict(x0=r["x0"], x1=r["x1"], top=r["top"], bottom=r["bottom"])
        if any(_within(box, t) for t in tboxes):
            continue
        if any(abs(o["x0"] - box["x0"]) < 2 and abs(o["top"] - box["top"]) < 2 for o in out):
            continue    # drawn twice (fill, then stroke)
        out.append(box)
    # a frame holding other boxes is no answer box
    return [b for b in out if not any(o is not b and _within(o, (b["x0"], b["top"], b["x1"], b["bottom"]))
                                      for o in out)]


def _sure(found) -> bool:
    """Close to its box, ending in ':', or a label we know."""
    b, line, idx, label = found
    last = line.words[idx[-1]]
    return b["x0"] - last["x1"] <= _NEAR or last["text"].endswith(":") or _known(label)


def answer_items(page, free: list[dict], tboxes: list, pageno: int, make_item):
    """Pairs for labelled answer boxes; returns (items, the free words not used)."""
    boxes = _candidates(page, tboxes)
    if not boxes:
        return [], free
    inside = {id(b): [w for w in free if _inside(w, b)] for b in boxes}
    taken = {id(w) for ws in inside.values() for w in ws}
    outside = [w for w in free if id(w) not in taken]
    lines = group_lines(outside, pageno)
    items, used, label_words, done = [], set(), set(), set()
    found = []      # (box, line, word indexes, label)
    for b in sorted(boxes, key=lambda b: (round(b["top"]), b["x0"])):
        hit = label_left(lines, b, [o for o in boxes if o is not b])
        if hit is not None and clean_label(join([hit[0].words[i] for i in hit[1]])) \
                and b["x0"] - hit[0].words[hit[1][-1]]["x1"] >= -2:
            found.append((b, hit[0], hit[1], clean_label(join([hit[0].words[i] for i in hit[1]]))))
    sure = [f for f in found if _sure(f)]
    # a label we do not know is still the label when it stands in the column of labels
    # we are sure of (same left edge, or same right edge for right-aligned labels)
    starts = {round(f[1].words[f[2][0]]["x0"]) for f in sure}
    ends = {round(f[1].words[f[2][-1]]["x1"]) for f in sure}
    for b, line, idx, label in found:
        aligned = any(abs(line.words[idx[0]]["x0"] - x) <= 2 for x in starts) or \
            any(abs(line.words[idx[-1]]["x1"] - x) <= 2 for x in ends)
        if not (_sure((b, line, idx, label)) or len(sure) >= 2 and aligned):
            continue    # far-off words that are no label we know: perhaps another column's answer
        words = inside[id(b)]
        line.consumed.update(idx)
        label_words.update(id(line.words[i]) for i in idx)
        used.update(id(w) for w in words)
        value = "\n".join(ln.text for ln in group_lines(words, pageno))
        items.append(make_item(line.top, line.words[idx[0]]["x0"], label, value, b))
        done.add(id(b))
    for b in boxes:     # no label left of it: a label we know printed just above it
        hit = None if id(b) in done else label_above(lines, b)
        if hit is None:
            continue
        line, idx = hit
        label = clean_label(join([line.words[i] for i in idx]))
        if not label or not (line.words[idx[-1]]["text"].endswith(":") or _known(label)) \
                or line.words[idx[0]]["x0"] < b["x0"] - 4 or line.words[idx[-1]]["x1"] > b["x1"] + 4:
            continue
        line.consumed.update(idx)
        label_words.update(id(line.words[i]) for i in idx)
        used.update(id(w) for w in inside[id(b)])
        value = "\n".join(ln.text for ln in group_lines(inside[id(b)], pageno))
        items.append(make_item(line.top, line.words[idx[0]]["x0"], label, value, b))
    rest = [w for w in free if id(w) not in used and id(w) not in label_words]
    return items, rest

"""Printed (flat) PDF content: lines of text -> entries.

Only geometry and type style are used (ruled tables are read in pdf_table): a bold
label followed by plain text is a pair, words split by a wide gap are label and value, and plain lines that
continue the value above (same column, next line) are joined to it with "\n".
Anything else is a "text" entry, left for `parsers.extract` to split.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from parsers.base import Provenance
from parsers.normalise import parse_bool
from parsers.pdf_columns import section_headings
from parsers.pdf_geom import (COLUMN_GAP, TICK_GLYPHS, Line, clean_label, is_bold, join,
                              segments)
from parsers.raw import Entry

_DATE_ONLY = re.compile(r"^\s*\d{1,4}[/.\-]\d{1,2}[/.\-]\d{2,4}\s*$")


def _whole_answer(value: str) -> bool:
    v = value.strip()
    if not v or v.isdigit():
        return False    # a house number alone may well run on
    return bool(_DATE_ONLY.match(v)) or parse_bool(v) is not None
_MARKED_ITEM = tuple(TICK_GLYPHS) + ("[", "X ", "x ")
_LIST_START = tuple(TICK_GLYPHS) + ("X ", "x ", "[", "Yes ", "No ", "- ", "• ")


@dataclass
class Item:
    """A mutable entry while a page is assembled; `top`/`x0` order the stream."""
    top: float
    x0: float
    kind: str
    label: str = ""
    value: str = ""
    checked: bool | None = None
    name: str | None = None
    source: str = ""
    page: int = 1
    # geometry of the last line that fed the value, for continuation lines
    value_x0: float | None = None
    bottom: float = 0.0
    size: float = 0.0
    from_line: bool = False
    bold_label: bool = False

    def entry(self) -> Entry:
        raw = self.value if self.kind != "heading" else self.label
        return Entry(kind=self.kind, label=self.label, value=self.value, checked=self.checked,
                     name=self.name, provenance=Provenance(self.page, self.source, raw))


# ---------------------------------------------------------------- lines

def _continues(item: Item | None, line: Line, words: list[dict]) -> bool:
    """Is this plain line the next line of `item`'s value (an address, a reason)?"""
    if item is None or item.kind != "pair" or not item.from_line:
        return False
    if any(is_bold(w) for w in words) or len(segments(words)) > 1:
        return False
    text = join(words)
    if text.startswith(_LIST_START) or _looks_labelled(text):
        return False
    if abs(line.size - item.size) > 0.6 or line.top - item.bottom > 0.9 * max(line.size, 6):
        return False
    x = words[0]["x0"]
    if _whole_answer(item.value):
        return False    # "Yes", "☐ Yes ☒ No", a date: a whole answer, the next line is something else
    if item.value:
        return item.value_x0 is not None and (abs(x - item.value_x0) <= 4 or abs(x - item.x0) <= 4)
    # an empty label with its value indented below it, or plain type under a bold label
    return x > item.x0 + 8 or (item.bold_label and abs(x - item.x0) <= 4)


def _list_follows(lines: list[Line], i: int, x: float) -> bool:
    """Is line i the first, unmarked item of a tick list ('Police', then 'X Home visit')?
    Such a line is an option under its list's caption, never the caption's value."""
    for line in lines[i + 1:i + 4]:
        words = line.free_words()
        if not words or is_bold(words[0]):
            return False    # the next label or heading: whatever follows is not this list
        if abs(words[0]["x0"] - x) <= 4 and (join(words).startswith(_LIST_START) or words[-1]["text"] in TICK_GLYPHS):
            return True
    return False


def _side_by_side(words: list[dict]) -> list[tuple[list[dict], list[dict]]] | None:
    """Two or more label/value pairs on one line of a two-column form: bold labels each
    starting after a column gap, or four plain chunks split by wide gaps."""
    runs: list[list[dict]] = []
    for w in words:
        if runs and is_bold(w) == is_bold(runs[-1][-1]) and w["x0"] - runs[-1][-1]["x1"] <= COLUMN_GAP:
            runs[-1].append(w)
        else:
            runs.append([w])
    if len(runs) >= 4 and len(runs) % 2 == 0 and all(is_bold(r[0]) != (k % 2 == 1) for k, r in enumerate(runs)) \
            and all(runs[k][0]["x0"] - runs[k - 1][-1]["x1"] > COLUMN_GAP for k in range(2, len(runs), 2)):
        return [(runs[k], runs[k + 1]) for k in range(0, len(runs), 2)]
    segs = segments(words)
    if len(segs) == 4 and not any(is_bold(w) for w in words) and not any(
            join(sg).startswith(_LIST_START) or join(sg) in TICK_GLYPHS or join(sg).lower() in ("yes", "no")
            for sg in segs):
        return [(segs[0], segs[1]), (segs[2], segs[3])]
    return None


def _looks_labelled(text: str) -> bool:
    """'Postcode: DE4 3AG' starts a new entry; '10:30' or a long sentence does not."""
    head, sep, _ = text.partition(":")
    return bool(sep) and 0 < len(head.split()) <= 6 and not head[-1:].isdigit()


def _known_label(text: str) -> bool:
    from parsers.labels import vocabulary
    v = vocabulary()
    return ":" not in text and (v.field(text) or v.group(text)) is not None


def _labels_over_values(words: list[dict], below: list[dict]) -> list[tuple[list[dict], str]] | None:
    """Boxed forms print small labels with the answers in boxes under them: a line of two or
    more known labels, each answer in the next line starting under its label's column."""
    heads = segments(words)
    vals = segments(below) if below else []
    if len(heads) < 2 or not vals or not all(_known_label(join(h)) for h in heads) \
            or all(_known_label(join(v)) for v in vals):
        return None
    found: dict[int, list[str]] = {}
    for v in vals:
        cols = [k for k, h in enumerate(heads) if h[0]["x0"] <= v[0]["x0"] + 12]
        if not cols:
            return None
        found.setdefault(cols[-1], []).append(join(v))
    return [(h, " ".join(found.get(k, []))) for k, h in enumerate(heads)]


def line_items(lines: list[Line], body: float, page: int) -> list[Item]:
    items: list[Item] = []
    last: Item | None = None
    skip = -1
    for li, line in enumerate(lines):
        words = line.free_words()
        if not words or li == skip:
            continue
        below = lines[li + 1].free_words() if li + 1 < len(lines) else []
        boxed = None if is_bold(words[0]) else _labels_over_values(words, below)
        if boxed:
            for lab, val in boxed:
                items.append(Item(line.top, lab[0]["x0"], "pair", label=clean_label(join(lab)), value=val,
                                  source="line:below", page=page, bottom=lines[li + 1].bottom, size=line.size))
            skip, last = li + 1, None
            continue
        colon_segs = segments(words)
        if len(colon_segs) >= 2 and all(_looks_labelled(join(sg)) for sg in colon_segs):
            # "Surname: Mbeki        Forename: Thandiwe": two labelled answers side by side
            for sg in colon_segs:
                lab, _, val = join(sg).partition(":")
                items.append(Item(line.top, sg[0]["x0"], "pair", label=clean_label(lab), value=val.strip(),
                                  source="line", page=page, bottom=line.bottom, size=line.size))
            last = None
            continue
        text = join(words)
        src = "line"
        if _continues(last, line, words) and not (not last.value and (
                words[-1]["text"] in TICK_GLYPHS or _list_follows(lines, li, words[0]["x0"]))):
            last.value = f"{last.value}\n{text}" if last.value else text
            last.value_x0 = last.value_x0 if last.value_x0 is not None else words[0]["x0"]
            last.bottom = line.bottom
            continue
        item = Item(line.top, words[0]["x0"], "text", value=text, source=src, page=page,
                    bottom=line.bottom, size=line.size)
        n_bold = 0
        while n_bold < len(words) and is_bold(words[n_bold]):
            n_bold += 1
        segs = segments(words)
        big = body and line.size >= body * 1.15
        across = None if big or words[0]["text"] in TICK_GLYPHS else _side_by_side(words)
        if len(segs) >= 2 and all(join(sg).startswith(_MARKED_ITEM) for sg in segs):
            # "☒ Home visit      ☐ Police": tick-list options printed two or three to a line
            for sg in segs[:-1]:
                items.append(Item(line.top, sg[0]["x0"], "text", value=join(sg), source=src, page=page,
                                  bottom=line.bottom, size=line.size))
            item.x0, item.value = segs[-1][0]["x0"], join(segs[-1])
        elif across:
            for lab, val in across[:-1]:
                items.append(Item(line.top, lab[0]["x0"], "pair", label=clean_label(join(lab)), value=join(val),
                                  source=src, page=page, bottom=line.bottom, size=line.size))
            lab, val = across[-1]
            item = Item(line.top, lab[0]["x0"], "pair", label=clean_label(join(lab)), value=join(val), source=src,
                        page=page, bottom=line.bottom, size=line.size, value_x0=val[0]["x0"])
        elif 0 < n_bold < len(words) and not words[0]["text"] in TICK_GLYPHS:
            item.kind, item.label, item.value = "pair", clean_label(join(words[:n_bold])), join(words[n_bold:])
            item.value_x0 = words[n_bold]["x0"]
        elif n_bold == len(words) and section_headings([join(sg) for sg in segs]):  # "Child      Parent"
            items += [Item(line.top, sg[0]["x0"], "heading", label=join(sg), source=src, page=page) for sg in segs]
            last = None
            continue
        elif n_bold == len(words) or big:
            if text.endswith(":") and not big:
                item.kind, item.label, item.value = "pair", clean_label(text), ""
                item.bold_label = True
            else:
                item.kind, item.label, item.value = "heading", text, ""
        elif len(segs) >= 2 and join(segs[0]) not in TICK_GLYPHS and len(join(segs[0])) > 1:
            if len(segs) == 4 and join(segs[2]).endswith(":"):
                second = Item(line.top, segs[2][0]["x0"], "pair", label=clean_label(join(segs[2])),
                              value=join(segs[3]), source=src, page=page)
            else:
                second = None
            rest = segs[1:2] if second else segs[1:]
            item.kind, item.label = "pair", clean_label(join(segs[0]))
            item.value = " ".join(join(s) for s in rest)
            item.value_x0 = segs[1][0]["x0"]
            if second:
                items.append(item)
                item = second
        item.from_line = item.kind == "pair"
        item.size = line.size
        items.append(item)
        last = item if item.kind == "pair" else None
    return items


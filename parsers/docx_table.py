"""Word tables -> entries: "label | value" rows are pairs (two pairs in a
4-cell row), a single cell spanning the row is a heading, a bold row of labels
followed by rows of values gives pairs by column, cells holding content
controls give field entries labelled by the cell to their left.
"""
from __future__ import annotations

import re

from parsers.base import Provenance
from parsers.docx_para import Control, Tokens, q, walk
from parsers.docx_table_owners import column_groups, owner_columns
from parsers.docx_table_rows import drop_spacers, spread_merged_labels
from parsers.raw import Entry
from parsers.table_shape import boxed_line, column_captions, labels_over_values, mark_columns, marked_answer, value_row


class Cell:
    def __init__(self, tc):
        self.tc = tc
        pr = tc.find(q("tcPr"))
        span = pr.find(q("gridSpan")) if pr is not None else None
        vm = pr.find(q("vMerge")) if pr is not None else None
        try:
            self.span = int(span.get(q("val"))) if span is not None else 1
        except (TypeError, ValueError):
            self.span = 1
        # vMerge without val="restart" continues the cell above: nothing new to read
        self.continued = vm is not None and vm.get(q("val")) != "restart"
        self.nested = tc.find(".//" + q("tbl")) is not None
        lines, bold, self.controls = [], [], False
        for p in tc.iter(q("p")):
            toks = Tokens()
            walk(p, toks)
            self.controls = self.controls or any(isinstance(t, Control) for t in toks.items)
            lines.append("".join(t[1] for t in toks.items if isinstance(t, tuple)))
            bold += [t[0] for t in toks.items if isinstance(t, tuple) and t[1].strip()]
        self.text = "\n".join(ln.strip() for ln in lines).strip()
        self.bold = bool(bold) and all(bold)

    @property
    def label(self) -> str:
        return " ".join(self.text.split()).rstrip(":").strip()


def _label_row(live: list[Cell], nxt: list[Cell] | None) -> bool:
    """Bold labels in the first cells, blank cells after them: a row of labels whose
    values are in the row below (plain type), in a grid wider than this row needs."""
    filled = [c for c in live if c.text]
    if not filled or len(filled) == len(live) or not all(c.bold for c in filled) \
            or not all(c.text for c in live[:len(filled)]):
        return False
    return len(filled) >= 2 or bool(nxt) and any(c.text for c in nxt) and not any(c.bold for c in nxt if c.text)


# A column of question numbers ("1", "2.", "Q3", "4a") and its caption ("No.", "Q", "#").
_NUMBER = re.compile(r"^(?:q\.?\s*)?\d{1,2}[a-z]?[.)]?$", re.I)
_NUMBER_CAPTION = re.compile(r"^(?:no\.?|number|q\.?|qn|#|ref\.?|item)$", re.I)


def _without_numbering(rows: list[list[Cell]]) -> list[list[Cell]]:
    """Drop a first column that only numbers the questions, so "1 | Surname | Khan" reads
    as the "Surname | Khan" row it is (the number is no part of the record)."""
    wide = [r for r in rows if len(r) >= 3]
    if len(wide) < 2 or len(wide) != len([r for r in rows if len(r) > 1]):
        return rows
    firsts = [r[0].text.strip() for r in wide]
    numbered = sum(bool(_NUMBER.match(t)) for t in firsts)
    if numbered < 2 or not all(_NUMBER.match(t) or _NUMBER_CAPTION.match(t) or not t for t in firsts):
        return rows
    return [r[1:] if len(r) >= 3 else r for r in rows]


def _boxed_label_value(text: str) -> bool:
    """A one-cell box holding "Label: answer" (a text box drawn as a table): a line to
    read, not a section heading."""
    from parsers.extract_text import LABEL_COLON
    m = LABEL_COLON.match(text)
    return bool(m and m.group(2).strip() and "\n" not in text and _is_field(m.group(1).strip()))


def _is_field(text: str) -> bool:
    from parsers.labels import vocabulary
    return bool(text) and (vocabulary().field(text) or vocabulary().group(text)) is not None


def _label_value_note(live: list[Cell], below: list[list[Cell]] = ()) -> bool:
    """A known label, then a value that is not itself a label: the third cell is a note.
    A bold row is a row of labels whatever it says, and so is a full row over two or more
    rows as wide that start with no label ("School | LA | Dates" over a list of schools)."""
    same = [[c for c in r if not c.continued] for r in below[:4]]
    same = [r for r in same if len(r) == len(live)]
    if all(c.text for c in live) and len(same) >= 2 and not any(_is_field(r[0].label) for r in same):
        return False
    return not all(c.bold for c in live if c.text) and _is_field(live[0].label) \
        and bool(live[1].text) and not _is_field(live[1].label)


def _one_answer(entries: list[Entry]) -> list[Entry]:
    """A cell of text controls, one per line under one label (an address written a line
    to a control): one answer of several lines. Not when the controls' own names say
    what each holds ("addr_line1", "postcode")."""
    from parsers.field_names import understand_name
    if len(entries) < 2 or any(e.kind != "field" or e.checked is not None or e.label != entries[0].label
                               or understand_name(e.name) for e in entries):
        return entries
    value = "\n".join(e.value for e in entries if e.value.strip())
    first = entries[0]
    return [Entry("field", label=first.label, value=value, name=first.name,
                  provenance=Provenance(None, first.provenance.source, value))]


def _lone_boxes(c: Cell, nxt: Cell | None) -> list[Control]:
    """The tick boxes of a cell holding nothing else, when the next cell is their caption."""
    if not c.controls or c.text.strip() or nxt is None or nxt.controls or not nxt.text.strip():
        return []
    toks = Tokens()
    for p in c.tc.iter(q("p")):
        walk(p, toks)
    boxes = [t for t in toks.items if isinstance(t, Control)]
    return boxes if boxes and all(b.checked is not None for b in boxes) else []


def _cells(tr) -> list[Cell]:
    out = []
    for child in tr:
        if child.tag == q("tc"):
            out.append(Cell(child))
        elif child.tag in (q("sdt"), q("customXml")):  # cells wrapped in a control
            out += _cells(child.find(q("sdtContent")) if child.tag == q("sdt") else child)
    return out


def _rows(tbl) -> list[list[Cell]]:
    rows = []
    for child in tbl:
        if child.tag == q("tr"):
            rows.append(_cells(child))
        elif child.tag == q("sdt") and child.find(q("sdtContent")) is not None:
            rows += _rows(child.find(q("sdtContent")))
    return rows


def table_entries(tbl, out: list[Entry], block_entries, depth: int = 0) -> None:
    _read_rows(spread_merged_labels(drop_spacers(_without_numbering(_rows(tbl)))), out, block_entries)


def _read_rows(rows: list[list[Cell]], out: list[Entry], block_entries) -> None:
    from parsers.docx import paragraph_entries  # cyclic: docx imports this module
    first_out = len(out)
    header: list[str] | None = None
    used = False
    ticks: list[str] | None = None   # the answer columns of a tick-list table, once captioned
    done = -1
    for ri, row in enumerate(rows):
        live = [c for c in row if not c.continued]
        if ri <= done or not any(c.text or c.controls or c.nested for c in live):
            continue
        owners = owner_columns(rows, ri)
        groups = owners or column_groups(rows, ri)
        if groups:
            # " | Pupil | Parent/carer" over "Full name | ... | ...", or "Child | Parent/carer" over
            # cells of their own: each side read as a table of its own under its caption
            for caption, sub in groups[0]:
                out.append(Entry("heading", label=caption.label, provenance=Provenance(None, f"table:r{ri}", caption.label)))
                for one in (sub if owners else [sub]):
                    if owners and not one[1].controls:
                        out.append(Entry("pair", label=one[0].label, value=one[1].text,
                                         provenance=Provenance(None, "table", one[1].text)))
                    else:
                        _read_rows([one] if owners else one, out, block_entries)
            done, header = groups[1], None
            continue
        src = f"table:r{ri}"
        prov = lambda v: Provenance(None, src, v)  # noqa: E731
        if any(c.nested for c in live):
            for c in live:
                block_entries(c.tc, out)
            header = None
            continue
        if any(c.controls for c in live):
            context = ""
            for i, c in enumerate(live):
                boxes = _lone_boxes(c, live[i + 1] if i + 1 < len(live) else None)
                if boxes:   # "☒ | Child is subject to a child protection plan"
                    caption = live[i + 1].label
                    out += [Entry("field", label=caption, checked=b.checked, name=b.name,
                                  provenance=Provenance(None, f"{b.source}:{b.name}", caption)) for b in boxes]
                    live[i + 1].captioned = True
                    continue
                if getattr(c, "captioned", False):
                    continue
                if c.controls:
                    sink: list[Entry] = []
                    for p in c.tc.iter(q("p")):
                        paragraph_entries(p, sink, context)
                    out += _one_answer(sink)
                    context = ""
                else:
                    if context:
                        out.append(Entry("text", value=context, provenance=prov(context)))
                    context = c.label
            if context:
                out.append(Entry("text", value=context, provenance=prov(context)))
            header = None
            continue
        if len(live) == 1:
            c = live[0]
            kind = "heading" if "\n" not in c.text and not _boxed_label_value(c.text) and not boxed_line(c.text) else "text"
            out.append(Entry(kind, label=c.text if kind == "heading" else "",
                             value="" if kind == "heading" else c.text, provenance=prov(c.text)))
            header = ticks = None
            continue
        texts = [c.text for c in live]
        if ticks and len(live) == len(ticks) + 1:
            if texts[0]:    # "Home visit | | X": the item, answered by the column its mark is in
                out.append(Entry("pair", label=live[0].label, value=marked_answer(ticks, texts), provenance=prov(texts[0])))
            continue
        ticks = mark_columns(texts)
        if ticks:
            if texts[0]:
                out.append(Entry("heading", label=texts[0], provenance=prov(texts[0])))
            header = None
            continue
        nxt = [c for c in rows[ri + 1] if not c.continued] if ri + 1 < len(rows) else None
        if not header and value_row(texts):    # "Zara Khan | 03/03/2012 | Oak Academy": answers alone
            out.append(Entry("text", value=", ".join(t for t in texts if t), provenance=prov(texts[0])))
            continue
        if header and len(live) == len(header) and not all(c.bold for c in live) and not _label_row(live, nxt):
            for lab, c in zip(header, live):
                if lab:
                    out.append(Entry("pair", label=lab, value=c.text, provenance=prov(c.text)))
            used = True
            continue
        if header and not used:
            out.append(Entry("text", value="  ".join(header), provenance=prov("")))
        header, used = None, False
        texts = [c.text for c in live]
        if all(c.bold for c in live if c.text) and not any(e.kind == "pair" for e in out[first_out:]) and \
                column_captions([c.label for c in live], [[c.label for c in r if not c.continued] for r in rows[ri + 1:ri + 5]]):
            continue    # "Question | Answer" over the rows it captions
        if len(live) == 3 and _label_value_note(live, rows[ri + 1:]):
            # "label | value | notes": the notes column has no place in the record
            out.append(Entry("pair", label=live[0].label, value=live[1].text, provenance=prov(live[1].text)))
            continue
        if len(live) == 3 and nxt and len(nxt) == 3 and _label_value_note(nxt) \
                and not any(_is_field(c.label) for c in live):
            continue    # column captions ("Item | Information | Notes") over label rows
        if ri + 1 < len(rows) and len({t for t in texts}) > 1 and (
                all(texts) and (all(c.bold for c in live) or len(live) not in (2, 4)) or _label_row(live, nxt)
                or labels_over_values([c.label for c in live], [c.text for c in nxt or []])):
            header = [c.label for c in live]
            continue
        if len(set(texts)) == 1 and texts[0]:  # one heading repeated across merged cells
            out.append(Entry("heading", label=texts[0], provenance=prov(texts[0])))
            continue
        for i in range(0, len(live) - 1, 2):
            lab, val = live[i], live[i + 1]
            if lab.text:
                out.append(Entry("pair", label=lab.label, value=val.text, provenance=prov(val.text)))
            elif val.text:
                out.append(Entry("text", value=val.text, provenance=prov(val.text)))
        if len(live) % 2 and live[-1].text:
            out.append(Entry("text", value=live[-1].text, provenance=prov(live[-1].text)))
    if header and not used:
        out.append(Entry("text", value="  ".join(header), provenance=Provenance(None, "table", "")))

"""One Word paragraph -> tokens: text runs (with bold), content controls and
legacy form fields, in document order. Pure lxml over the package XML, so it
works the same for Transitional and Strict files (namespaces are unified first).
"""
from __future__ import annotations

from dataclasses import dataclass, field

W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
W14 = "http://schemas.microsoft.com/office/word/2010/wordml"
MC = "http://schemas.openxmlformats.org/markup-compatibility/2006"


def q(tag: str, ns: str = W) -> str:
    return f"{{{ns}}}{tag}"


CHECKED, EMPTY = "☒", "☐"
# Wingdings code points Word uses for tick boxes (w:sym), by low byte.
_SYM = {0xFE: CHECKED, 0xFD: CHECKED, 0x78: CHECKED, 0xFC: "✓", 0xFB: "✗",
        0xA8: EMPTY, 0x6F: EMPTY, 0x71: EMPTY, 0x72: EMPTY}
# Wingdings 2 draws its boxes and ticks at other codes ("R" a ticked box, "£" an empty one).
_SYM2 = {0x52: CHECKED, 0x53: CHECKED, 0x54: CHECKED, 0x50: "✓", 0x4F: "✗", 0xA3: EMPTY}
_SYMBOL_FONTS = {"wingdings": _SYM, "wingdings 2": _SYM2}


def symbol(font: str | None, code: int) -> str:
    """What a symbol shows: a code in Word's symbol range (F000-F0FF), or any code in a symbol
    font, is read through that font's tick and box table (Wingdings when the font is not
    named); any other code is the Unicode character itself (MS Gothic's U+2612 ballot box)."""
    table = _SYMBOL_FONTS.get((font or "").strip().lower())
    if table is not None or 0xF000 <= code <= 0xF0FF or code < 0x20:
        return (table or _SYM).get(code & 0xFF, "")
    return chr(code) if code < 0x110000 and chr(code).isprintable() else ""


def _run_font(rpr) -> str | None:
    fonts = rpr.find(q("rFonts")) if rpr is not None else None
    return None if fonts is None else (_val(fonts, "ascii") or _val(fonts, "hAnsi"))
_TRUE = {None, "1", "true", "on"}


@dataclass
class Control:
    """A content control or legacy form field met inside a paragraph."""
    name: str
    value: str = ""
    checked: bool | None = None
    source: str = ""


@dataclass
class Tokens:
    items: list = field(default_factory=list)   # str pieces (bold, text) or Control
    boxes: list = field(default_factory=list)   # w:txbxContent elements met on the way

    def add_text(self, text: str, bold: bool) -> None:
        if text:
            self.items.append((bold, text))


def _val(el, attr: str = "val", ns: str = W):
    return None if el is None else el.get(q(attr, ns))


def is_bold(run) -> bool:
    rpr = run.find(q("rPr"))
    if rpr is None:
        return False
    b = rpr.find(q("b"))
    if b is not None:
        return _val(b) in _TRUE
    style = _val(rpr.find(q("rStyle"))) or ""
    return "strong" in style.lower() or "bold" in style.lower()


def plain_text(el) -> str:
    """All visible text under an element (used for sdt contents and cells)."""
    toks = Tokens()
    walk(el, toks)
    out = []
    for t in toks.items:
        if isinstance(t, tuple):
            out.append(t[1])
        elif t.checked is not None:
            out.append(CHECKED if t.checked else EMPTY)
        else:
            out.append(t.value)
    return "".join(out)


def _sdt_control(sdt, toks: Tokens) -> None:
    pr = sdt.find(q("sdtPr"))
    content = sdt.find(q("sdtContent"))
    name = _val(pr.find(q("tag"))) or _val(pr.find(q("alias"))) if pr is not None else None
    if pr is None:
        if content is not None:
            walk(content, toks)
        return
    box = pr.find(q("checkbox", W14))
    shown = "" if pr.find(q("showingPlcHdr")) is not None else \
        (plain_text(content) if content is not None else "")
    if box is not None:
        state = _val(box.find(q("checked", W14)), "val", W14)
        toks.items.append(Control(name or "", "", state in ("1", "true"), "sdt"))
        return
    date = pr.find(q("date"))
    full = date.get(q("fullDate")) if date is not None else None
    if full and shown:
        shown = full[:10]  # ISO date Word stores beside the text it shows
    if not name and pr.find(q("text")) is None and date is None:
        if content is not None:  # an untagged rich-text wrapper: just its text
            walk(content, toks)
        return
    toks.items.append(Control(name or "", shown.strip(), None, "sdt"))


class _Field:
    def __init__(self, ff):
        self.name = _val(ff.find(q("name"))) or ""
        self.ff = ff
        self.result: list[str] = []
        self.in_result = False


def _legacy_control(f: _Field) -> Control:
    ff = f.ff
    cb = ff.find(q("checkBox"))
    if cb is not None:
        checked_el = cb.find(q("checked"))
        if checked_el is not None:
            state = _val(checked_el) in _TRUE
        else:
            state = _val(cb.find(q("default"))) in ("1", "true", "on")
        return Control(f.name, "", state, "formcheckbox")
    dd = ff.find(q("ddList"))
    if dd is not None:
        entries = [_val(e) or "" for e in dd.findall(q("listEntry"))]
        try:
            idx = int(_val(dd.find(q("result"))) or 0)
        except ValueError:
            idx = 0
        value = entries[idx] if 0 <= idx < len(entries) else ""
        return Control(f.name, value, None, "formdropdown")
    text = "".join(f.result).strip()
    return Control(f.name, text, None, "formtext")


def walk(el, toks: Tokens, state: dict | None = None) -> None:
    """Depth-first over a paragraph (or any inline container) in document order."""
    state = state if state is not None else {"fields": []}
    for child in el:
        tag = child.tag if isinstance(child.tag, str) else ""
        if tag == q("r"):
            _run(child, toks, state)
        elif tag == q("sdt"):
            _sdt_control(child, toks)
        elif tag in (q("del"), q("moveFrom"), q("pPr"), q("rPr"), q("sdtPr")) or tag == q("Fallback", MC):
            continue  # deleted text, properties, and the second branch of mc:AlternateContent
        elif tag == q("txbxContent"):
            toks.boxes.append(child)
        else:
            walk(child, toks, state)


def _run(run, toks: Tokens, state: dict) -> None:
    bold = is_bold(run)
    font = _run_font(run.find(q("rPr")))
    symbols = (font or "").strip().lower() in _SYMBOL_FONTS   # letters typed in Wingdings are pictures
    fields: list[_Field | None] = state["fields"]
    for child in run:
        tag = child.tag if isinstance(child.tag, str) else ""
        if tag == q("fldChar"):
            kind = _val(child, "fldCharType")
            if kind == "begin":
                ff = child.find(q("ffData"))
                fields.append(_Field(ff) if ff is not None else None)
            elif kind == "separate" and fields and fields[-1] is not None:
                fields[-1].in_result = True
            elif kind == "end" and fields:
                f = fields.pop()
                if f is not None:
                    toks.items.append(_legacy_control(f))
            continue
        if tag == q("instrText"):
            continue
        text = ""
        if tag == q("t"):
            text = child.text or ""
            if symbols:
                text = "".join(c if c.isspace() else symbol(font, ord(c)) for c in text)
        elif tag == q("tab"):
            text = "\t"
        elif tag in (q("br"), q("cr")):
            text = "\n"
        elif tag == q("noBreakHyphen"):
            text = "-"
        elif tag == q("sym"):
            try:
                text = symbol(_val(child, "font"), int(_val(child, "char") or "0", 16))
            except ValueError:
                text = ""
        elif tag == q("AlternateContent", MC) or tag in (q("drawing"), q("pict"), q("object")):
            walk(child, toks, state)
            continue
        if not text:
            continue
        open_field = next((f for f in reversed(fields) if f is not None), None)
        if open_field is not None and fields[-1] is open_field:
            if open_field.in_result:
                open_field.result.append(text)
            continue
        toks.add_text(text, bold)

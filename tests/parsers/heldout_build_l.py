"""Set L builders (PDF): where a PDF keeps its answers when it is not the authority's template -
typed on with Acrobat's typewriter or macOS Preview (FreeText annotations beside printed labels,
no page text and no form fields), widgets whose answer is only in their appearance stream (no
/V), radio groups with /Opt arrays and "/0"-style export names, checkboxes on "/Ja" or "/On",
one field per digit, comb fields; printed pages with a character per box, ligature glyphs and
soft hyphens, label words broken by kerning gaps, answers drawn in a second content stream
after every label, the right column drawn first, and two pages printed on one sheet.

Written before reading the reader, like the earlier sets' builders.
"""
from __future__ import annotations

import io
from pathlib import Path

from pypdf import PdfReader, PdfWriter, Transformation
from pypdf.generic import (ArrayObject, DecodedStreamObject, DictionaryObject, FloatObject,
                           NameObject, NumberObject, TextStringObject)
from reportlab.lib.colors import black, white
from reportlab.lib.pagesizes import A4, landscape
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen import canvas

import tests.parsers.heldout_build  # noqa: F401  (registers the HoSans fonts)

F, FB = "HoSans", "HoSans-Bold"
GAP = 3.6  # a kerning gap inside a word ("|" in a label), as wide as a thin space


def _draw(c, x, y, text, font=F, size=10):
    """Draw text; a "|" in it is a kerning gap that breaks the word where it stands."""
    c.setFont(font, size)
    for piece in text.split("|"):
        c.drawString(x, y, piece)
        x += stringWidth(piece, font, size) + GAP
    return x


class _Sheet:
    def __init__(self, shape):
        self.shape = shape
        self.buf = io.BytesIO()
        self.c = canvas.Canvas(self.buf, pagesize=A4)
        self.page, self.y = 0, 800
        self.answers = []   # (page, x, y, text): drawn later (appended) or annotated
        self.boxes = {}     # checkbox name -> on-state export name
        self.opts = {}      # radio group name -> /Opt array
        self.n = 0

    def name(self, given=None):
        self.n += 1
        return given or f"Text{self.n}"

    def new(self):
        self.c.showPage()
        self.page, self.y = self.page + 1, 800

    def answer(self, x, y, w, text, name=None, **kw):
        """One answer in a box whose bottom-left is (x, y)."""
        c = self.c
        if self.shape in ("widgets", "ap_only"):
            c.acroForm.textfield(name=self.name(name), value=text, x=x, y=y, width=w, height=16,
                                 fontName="Helvetica", fontSize=10, borderColor=black,
                                 fillColor=white, textColor=black, forceBorder=True, **kw)
            return
        c.rect(x, y, w, 16) if self.shape != "preview" else c.line(x, y + 1, x + w, y + 1)
        if self.shape in ("page", "two_up", "right_first"):
            _draw(c, x + 3, y + 4.5, text)
        else:
            self.answers.append((self.page, x, y, w, text))

    def tick(self, x, y, chosen, name, on):
        c = self.c
        if self.shape in ("widgets", "ap_only"):
            c.acroForm.checkbox(name=name, x=x, y=y, size=10, checked=chosen, buttonStyle="cross",
                                borderColor=black, fillColor=white)
            self.boxes[name] = on
            return
        c.rect(x, y, 10, 10)
        if chosen and self.shape in ("page", "two_up", "right_first"):
            _draw(c, x + 1.5, y + 1.5, "X", size=9)
        elif chosen:
            self.answers.append((self.page, x - 1, y - 3, 12, "X"))


def _item(s: _Sheet, it):
    c = s.c
    if s.y < 90 or it == ("page",):
        s.new()
        if it == ("page",):
            return
    if isinstance(it, str):
        _draw(c, 50, s.y, it)
        s.y -= 16
    elif it[0] in ("title", "h"):
        s.y -= 0 if it[0] == "title" else 6
        _draw(c, 50, s.y, it[1], FB, 14 if it[0] == "title" else 11)
        s.y -= 26 if it[0] == "title" else 20
    elif it[0] == "f":   # ("f", label, value[, field name])
        _draw(c, 50, s.y, it[1])
        s.answer(240, s.y - 5, 290, it[2], it[3] if len(it) > 3 else None)
        s.y -= 24
    elif it[0] == "opts":   # ("opts", question, [options], [chosen], on-state)
        _draw(c, 50, s.y, it[1])
        s.y -= 18
        x = 60
        for opt in it[2]:
            if x > 420:
                x, s.y = 60, s.y - 18
            s.tick(x, s.y - 2, opt in it[3], s.name(f"Check Box{s.n}"), it[4] if len(it) > 4 else "Yes")
            x = _draw(c, x + 14, s.y, opt) + 16
        s.y -= 24
    elif it[0] == "radio":  # ("radio", question, [options], chosen, [exports], opt array|None)
        _draw(c, 50, s.y, it[1])
        group, x = s.name(f"Group{s.n}"), 240
        for opt, exp in zip(it[2], it[4]):
            c.acroForm.radio(name=group, value=exp, selected=opt == it[3], x=x, y=s.y - 2, size=10,
                             buttonStyle="circle", borderColor=black, fillColor=white, forceBorder=True)
            x = _draw(c, x + 14, s.y, opt) + 14
            if x > 470:
                x, s.y = 240, s.y - 16
        if it[5]:
            s.opts[group] = it[5]
        s.y -= 24
    elif it[0] == "digits":  # ("digits", label, chars, [field names]|None, hint under the boxes)
        _draw(c, 50, s.y, it[1])
        x = 240
        for i, ch in enumerate(it[2]):
            if it[3]:
                c.acroForm.textfield(name=it[3][i], value=ch, x=x, y=s.y - 5, width=14, height=16,
                                     fontName="Helvetica", fontSize=10, maxlen=1, borderColor=black,
                                     fillColor=white, textColor=black, forceBorder=True)
            else:
                c.rect(x, s.y - 5, 14, 16)
                c.setFont(F, 10)
                c.drawCentredString(x + 7, s.y - 1, ch)
            x += 17 if i + 1 not in (it[5] if len(it) > 5 else ()) else 25
        _draw(c, 240, s.y - 14, it[4], size=6)
        s.y -= 30
    elif it[0] == "comb":   # ("comb", label, value, max length)
        _draw(c, 50, s.y, it[1])
        s.answer(240, s.y - 5, 14 * it[3], it[2], fieldFlags="comb", maxlen=it[3])
        s.y -= 24
    elif it[0] == "two":    # ("two", [(label, value)], [(label, value)]): two columns
        top = s.y
        columns = [(50, it[1]), (310, it[2])]
        for x, pairs in (columns[::-1] if s.shape == "right_first" else columns):
            s.y = top
            for label, value in pairs:
                if s.shape == "right_first":   # each answer drawn before its own label
                    s.answer(x, s.y - 20, 230, value)
                    _draw(c, x, s.y, label, size=8)
                else:
                    _draw(c, x, s.y, label, size=8)
                    s.answer(x, s.y - 20, 230, value)
                s.y -= 32
        s.y = top - 32 * max(len(it[1]), len(it[2])) - 8
    else:
        raise ValueError(it[0])


def _freetext(w: PdfWriter, box, text: str, flavour: str) -> DictionaryObject:
    """A FreeText annotation as Acrobat's typewriter ("typewriter") or Preview ("preview")
    saves it: the words in /Contents and drawn by its own appearance stream."""
    _, x, y, width, _ = box
    h = 16
    esc = text.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)")
    ap = DecodedStreamObject()
    ap.set_data(f"BT /Helv 10 Tf 0 g 2 4.5 Td ({esc}) Tj ET".encode("latin-1"))
    ap.update({NameObject("/Type"): NameObject("/XObject"), NameObject("/Subtype"): NameObject("/Form"),
               NameObject("/BBox"): ArrayObject([NumberObject(0), NumberObject(0),
                                                 FloatObject(width), NumberObject(h)]),
               NameObject("/Resources"): DictionaryObject({NameObject("/Font"): DictionaryObject({
                   NameObject("/Helv"): DictionaryObject({
                       NameObject("/Type"): NameObject("/Font"), NameObject("/Subtype"): NameObject("/Type1"),
                       NameObject("/BaseFont"): NameObject("/Helvetica"),
                       NameObject("/Encoding"): NameObject("/WinAnsiEncoding")})})})})
    d = DictionaryObject({
        NameObject("/Type"): NameObject("/Annot"), NameObject("/Subtype"): NameObject("/FreeText"),
        NameObject("/Rect"): ArrayObject([FloatObject(x), FloatObject(y), FloatObject(x + width),
                                          FloatObject(y + h)]),
        NameObject("/Contents"): TextStringObject(text), NameObject("/F"): NumberObject(4),
        NameObject("/Border"): ArrayObject([NumberObject(0)] * 3),
        NameObject("/M"): TextStringObject("D:20251124101500Z"),
        NameObject("/AP"): DictionaryObject({NameObject("/N"): w._add_object(ap)})})
    if flavour == "typewriter":
        d.update({NameObject("/IT"): NameObject("/FreeTextTypeWriter"),
                  NameObject("/DA"): TextStringObject("0 0 0 rg /Helv 10 Tf"),
                  NameObject("/DS"): TextStringObject("font: Helvetica,sans-serif 10.0pt; color:#000000"),
                  NameObject("/RC"): TextStringObject(
                      '<?xml version="1.0"?><body xmlns="http://www.w3.org/1999/xhtml" '
                      f'xmlns:xfa="http://www.xfa.org/schema/xfa-data/1.0/"><p dir="ltr">{text}</p></body>'),
                  NameObject("/T"): TextStringObject("Office")})
    else:
        d.update({NameObject("/DA"): TextStringObject("/Helvetica 10 Tf 0 g"),
                  NameObject("/NM"): TextStringObject(f"PREVIEW-{abs(hash((x, y))) % 10**8:08d}"),
                  NameObject("/T"): TextStringObject("School Office")})
    return d


def _finish(s: _Sheet, path: Path) -> Path:
    reader = PdfReader(io.BytesIO(s.buf.getvalue()))
    w = PdfWriter(clone_from=reader)
    if s.shape == "appended":   # every answer in a second content stream after all the labels
        over = io.BytesIO()
        oc = canvas.Canvas(over, pagesize=A4)
        for p in range(len(w.pages)):
            for _, x, y, _, text in (a for a in s.answers if a[0] == p):
                _draw(oc, x + 3, y + 4.5, text)
            oc.showPage()
        oc.save()
        for page, extra in zip(w.pages, PdfReader(over).pages):
            page.merge_page(extra)
    elif s.shape in ("typewriter", "preview"):
        for box in s.answers:
            w.add_annotation(box[0], _freetext(w, box, box[4], s.shape))
    elif s.shape == "two_up":   # two pages a sheet, as "Pages per sheet: 2" prints them
        src = list(w.pages)
        w = PdfWriter()
        for i in range(0, len(src), 2):
            sheet = w.add_blank_page(*landscape(A4))
            for j, page in enumerate(src[i:i + 2]):
                sheet.merge_transformed_page(page, Transformation().scale(0.7).translate(8 + j * 421, 2))
    for page in w.pages:
        for a in page.get("/Annots", []):
            _widget_export(a.get_object(), s)
    with open(path, "wb") as fh:
        w.write(fh)
    return path


def _widget_export(a, s: _Sheet) -> None:
    """Rename a checkbox's on-state, give a radio group its /Opt, or (ap_only) drop /V."""
    name = a.get("/T")
    if name in s.boxes and s.boxes[name] != "Yes":
        on = NameObject("/" + s.boxes[name])
        for key in ("/N", "/D", "/R"):
            sub = a["/AP"].get(key)
            if sub is not None and "/Yes" in sub:
                sub[on] = sub.pop("/Yes")
        for key in ("/V", "/AS"):
            if a.get(key) == "/Yes":
                a[NameObject(key)] = on
    parent = a.get("/Parent")
    if parent is not None and parent.get_object().get("/T") in s.opts:
        par = parent.get_object()
        par[NameObject("/Opt")] = ArrayObject(TextStringObject(o) for o in s.opts[par["/T"]])
    if s.shape == "ap_only" and a.get("/FT") == "/Tx":
        for key in ("/V", "/DV"):
            if key in a:
                del a[key]


def write_pdf_l(path: Path, spec) -> Path:
    """spec: (shape, items). shape: "page" (answers printed in their boxes), "appended" (the
    same with every answer drawn in a second content stream), "typewriter" / "preview"
    (answers are FreeText annotations), "widgets" (form fields), "ap_only" (form fields
    with no /V), "right_first" (columns drawn right to left, answers before labels),
    "two_up" ("page" printed two pages a landscape sheet). Items: str; ("title"|"h", text);
    ("f", label, value[, field name]); ("opts", question, options, chosen[, on-state]);
    ("radio", question, options, chosen, exports, opt array|None);
    ("digits", label, chars, field names|None, hint[, gaps after]); ("comb", label, value, n);
    ("two", left pairs, right pairs); ("page",). A "|" in text is a kerning gap."""
    shape, items = spec
    s = _Sheet(shape)
    for it in items:
        _item(s, it)
    s.c.showPage()
    s.c.save()
    return _finish(s, path)

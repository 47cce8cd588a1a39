"""Word reader on files built here with python-docx plus raw XML for controls."""
from __future__ import annotations



import docx
from docx.oxml import parse_xml

from parsers.docx import read_docx
from parsers.raw import RawDocument

NS = ('xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" '
      'xmlns:w14="http://schemas.microsoft.com/office/word/2010/wordml" '
      'xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" '
      'xmlns:wps="http://schemas.microsoft.com/office/word/2010/wordprocessingShape" '
      'xmlns:v="urn:schemas-microsoft-com:vml"')


def _p(inner: str):
    return parse_xml(f"<w:p {NS}>{inner}</w:p>")


def _r(text: str, bold: bool = False) -> str:
    rpr = "<w:rPr><w:b/></w:rPr>" if bold else ""
    return f'<w:r>{rpr}<w:t xml:space="preserve">{text}</w:t></w:r>'


def _read(d, tmp_path) -> RawDocument:
    path = tmp_path / "f.docx"
    d.save(path)
    doc = read_docx(path)
    assert isinstance(doc, RawDocument), doc
    return doc


def test_paragraphs_tables_and_title(tmp_path):
    d = docx.Document()
    d.sections[0].header.paragraphs[0].text = "Derbyshire County Council"
    d.add_heading("Children Missing Leavers Form", level=1)
    p = d.add_paragraph()
    p.add_run("Surname: ").bold = True
    p.add_run("SMITH")
    d.add_paragraph("Date of birth: 07/03/2015")
    t = d.add_table(rows=4, cols=2)
    t.cell(0, 0).merge(t.cell(0, 1)).text = "School details"
    t.cell(1, 0).text, t.cell(1, 1).text = "Name of school", "Tansley School"
    t.cell(2, 0).text, t.cell(2, 1).text = "Address", "1 Road\nTown"
    t.cell(3, 0).text = "Phone"
    t4 = d.add_table(rows=1, cols=4)
    for i, txt in enumerate(["UPN", "A1", "URN", "112233"]):
        t4.cell(0, i).text = txt
    doc = _read(d, tmp_path)
    got = [(e.kind, e.label, e.value) for e in doc.entries]
    assert got == [
        ("heading", "Children Missing Leavers Form", ""),
        ("pair", "Surname", "SMITH"),
        ("text", "", "Date of birth: 07/03/2015"),
        ("heading", "School details", ""),
        ("pair", "Name of school", "Tansley School"),
        ("pair", "Address", "1 Road\nTown"),
        ("pair", "Phone", ""),
        ("pair", "UPN", "A1"), ("pair", "URN", "112233"),
    ]
    assert doc.title_lines[:2] == ["Derbyshire County Council", "Children Missing Leavers Form"]
    assert "Derbyshire County Council" in doc.text


def test_labels_row_above_values_row(tmp_path):
    d = docx.Document()
    t = d.add_table(rows=3, cols=3)
    for i, txt in enumerate(["Name", "Date of birth", "School"]):
        t.cell(0, i).paragraphs[0].add_run(txt).bold = True
    for r, row in enumerate([["Amy", "1/2/2014", "Oak"], ["Ben", "3/4/2016", "Elm"]], start=1):
        for i, txt in enumerate(row):
            t.cell(r, i).text = txt
    doc = _read(d, tmp_path)
    assert [(e.label, e.value) for e in doc.entries] == [
        ("Name", "Amy"), ("Date of birth", "1/2/2014"), ("School", "Oak"),
        ("Name", "Ben"), ("Date of birth", "3/4/2016"), ("School", "Elm")]


def _sdt(pr: str, content: str) -> str:
    return f"<w:sdt><w:sdtPr>{pr}</w:sdtPr><w:sdtContent>{content}</w:sdtContent></w:sdt>"


def _checkbox(tag: str, checked: bool) -> str:
    glyph = "☒" if checked else "☐"
    return _sdt(f'<w:tag w:val="{tag}"/><w14:checkbox><w14:checked w14:val="{int(checked)}"/>'
                f'</w14:checkbox>', _r(glyph))


def test_content_controls(tmp_path):
    d = docx.Document()
    t = d.add_table(rows=3, cols=2)
    t.cell(0, 0).text = "Family name"
    t.cell(0, 1).paragraphs[0]._p.append(
        parse_xml(f"<w:r {NS}/>"))  # keep python-docx happy with an empty run
    t.cell(0, 1)._tc.remove(t.cell(0, 1).paragraphs[0]._p)
    t.cell(0, 1)._tc.append(_p(_sdt('<w:alias w:val="Surname"/><w:tag w:val="surname"/><w:text/>',
                                    _r("MOORE"))))
    t.cell(1, 0).text = "Date of birth"
    t.cell(1, 1)._tc.append(_p(_sdt('<w:tag w:val="dob"/><w:date w:fullDate="2018-02-27T00:00:00Z"/>',
                                    _r("27th February 2018"))))
    t.cell(2, 0).text = "EHC plan?"
    t.cell(2, 1)._tc.append(_p(_checkbox("ehcp_yes", False) + _r(" Yes  ") +
                               _checkbox("ehcp_no", True) + _r(" No")))
    d.add_paragraph()._p.getparent().append(_p(
        _r("Reason: ") + _sdt('<w:tag w:val="reason"/><w:showingPlcHdr/><w:text/>',
                              _r("Click here to enter text."))))
    d.element.body.append(_p(_checkbox("hv", True) + _r(" Home visit")))
    doc = _read(d, tmp_path)
    fields = [(e.name, e.label, e.value, e.checked) for e in doc.entries if e.kind == "field"]
    assert fields == [
        ("surname", "Family name", "MOORE", None),
        ("dob", "Date of birth", "2018-02-27", None),
        ("ehcp_yes", "EHC plan?", "Yes", False),
        ("ehcp_no", "EHC plan?", "No", True),
        ("reason", "Reason", "", None),
        ("hv", "Home visit", "", True),
    ]


def _fld(name: str, ff: str, result: str = "") -> str:
    res = f'<w:r><w:fldChar w:fldCharType="separate"/></w:r>{_r(result)}' if result else ""
    return (f'<w:r><w:fldChar w:fldCharType="begin"><w:ffData><w:name w:val="{name}"/>{ff}'
            f'</w:ffData></w:fldChar></w:r><w:r><w:instrText> FORM </w:instrText></w:r>'
            f'{res}<w:r><w:fldChar w:fldCharType="end"/></w:r>')


def test_legacy_fields_text_boxes_and_symbols(tmp_path):
    d = docx.Document()
    body = d.element.body
    body.append(_p(_r("Surname: ") + _fld("Text1", "<w:textInput/>", "JONES")))
    body.append(_p(_fld("Check1", '<w:checkBox><w:default w:val="1"/></w:checkBox>') +
                   _r(" Police informed")))
    body.append(_p(_r("Sex ") + _fld("Drop1", '<w:ddList><w:result w:val="1"/>'
                                     '<w:listEntry w:val="Male"/><w:listEntry w:val="Female"/>'
                                     '</w:ddList>', "Female")))
    body.append(_p('<w:r><w:sym w:font="Wingdings" w:char="F0FE"/></w:r>' + _r(" Home visit ") +
                   '<w:r><w:sym w:font="Wingdings" w:char="F0A8"/></w:r>' + _r(" Letter")))
    box = (f'<w:p><w:r><w:t>Office use: Ref 12</w:t></w:r></w:p>')
    body.append(_p(
        '<w:r><mc:AlternateContent><mc:Choice Requires="wps"><w:drawing><wps:txbx>'
        f'<w:txbxContent>{box}</w:txbxContent></wps:txbx></w:drawing></mc:Choice>'
        f'<mc:Fallback><w:pict><v:textbox><w:txbxContent>{box}</w:txbxContent></v:textbox>'
        '</w:pict></mc:Fallback></mc:AlternateContent></w:r>'))
    doc = _read(d, tmp_path)
    got = [(e.kind, e.name, e.label, e.value, e.checked) for e in doc.entries]
    assert got == [
        ("field", "Text1", "Surname", "JONES", None),
        ("field", "Check1", "Police informed", "", True),
        ("field", "Drop1", "Sex", "Female", None),
        ("text", None, "", "☒ Home visit ☐ Letter", None),
        ("text", None, "", "Office use: Ref 12", None),
    ]


def test_strict_namespace_is_read(tmp_path):
    d = docx.Document()
    d.add_paragraph("Hello strict")
    path = tmp_path / "s.docx"
    d.save(path)
    import zipfile
    strict = tmp_path / "strict.docx"
    with zipfile.ZipFile(path) as src, zipfile.ZipFile(strict, "w") as dst:
        for info in src.infolist():
            data = src.read(info)
            if info.filename == "word/document.xml":
                data = data.replace(b"http://schemas.openxmlformats.org/wordprocessingml/2006/main",
                                    b"http://purl.oclc.org/ooxml/wordprocessingml/main")
            dst.writestr(info, data)
    doc = read_docx(strict)
    assert [e.value for e in doc.entries] == ["Hello strict"]





def test_a_document_with_no_writing_is_called_blank_not_a_wrong_form(tmp_path):
    from parsers.registry import read_document
    blank = tmp_path / "blank.docx"
    d = docx.Document()
    d.add_paragraph("   ")
    d.add_table(rows=2, cols=2)
    d.save(blank)
    one_word = tmp_path / "one_word.docx"
    d = docx.Document()
    d.add_paragraph("Hello")
    d.save(one_word)
    result = read_document(blank)
    assert result.reason_code == "blank"
    assert result.message.startswith("The document has no writing in it")
    assert isinstance(read_document(one_word), RawDocument)

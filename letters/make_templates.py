"""Generate the letter templates in letters/templates/ (run once; the .docx files are committed).

    python -m letters.make_templates [OUTDIR]

After that the .docx files are the source of truth: admin staff edit them in
Word. Placeholders: {{ reference }}, {{ form_label }}, {{ child_name }},
{{ child_dob }}, {{ school_name }}, {{ received }}, {{ authority_name }}, and the
lists next_steps and missing. There is no address placeholder on purpose.
"""
from __future__ import annotations

import sys
from pathlib import Path

from docx import Document
from docx.shared import Pt

OUT = Path(__file__).resolve().parent / "templates"


def _base(title: str) -> Document:
    doc = Document()
    doc.core_properties.title = title
    doc.core_properties.author = ""  # no staff name baked into a shared template
    normal = doc.styles["Normal"]
    normal.font.name = "Arial"
    normal.font.size = Pt(11)
    section = doc.sections[0]
    section.header.paragraphs[0].text = "{{ authority_name }} | Children Missing Education Team"
    section.footer.paragraphs[0].text = "OFFICIAL - SENSITIVE"
    doc.add_heading(title, level=1)
    doc.add_paragraph("Our reference: {{ reference }}")
    doc.add_paragraph("To: {{ school_name }}")
    doc.add_paragraph("Form: {{ form_label }}")
    doc.add_paragraph("Child: {{ child_name }}")
    doc.add_paragraph("Date of birth: {{ child_dob if child_dob else 'not given' }}")
    doc.add_paragraph("Date received: {{ received }}")
    doc.add_paragraph("Dear colleague,")
    return doc


def _bullets(doc: Document, var: str, item: str, empty: str) -> None:
    # {%p %} tags must each sit alone in a paragraph: docxtpl removes that paragraph.
    doc.add_paragraph(f"{{%p for {item} in {var} %}}")
    doc.add_paragraph(f"{{{{ {item} }}}}", style="List Bullet")
    doc.add_paragraph("{%p endfor %}")
    doc.add_paragraph(f"{{%p if not {var} %}}")
    doc.add_paragraph(empty)
    doc.add_paragraph("{%p endif %}")


def _sign_off(doc: Document) -> None:
    doc.add_paragraph(
        "Please quote our reference {{ reference }} in any reply, and send personal "
        "information only through the secure upload folder or secure email."
    )
    doc.add_paragraph("Yours faithfully,")
    doc.add_paragraph("Children Missing Education Team")
    doc.add_paragraph("{{ authority_name }}")


def acknowledgement() -> Document:
    doc = _base("Acknowledgement")
    doc.add_paragraph(
        "Thank you for your {{ form_label }} about {{ child_name }}, which we received "
        "on {{ received }}. It has been read and accepted."
    )
    doc.add_heading("What happens next", level=2)
    _bullets(doc, "next_steps", "step", "We will contact you if we need anything more.")
    _sign_off(doc)
    return doc


def request_information() -> Document:
    doc = _base("Request for information")
    doc.add_paragraph(
        "Thank you for your {{ form_label }} about {{ child_name }}, which we received "
        "on {{ received }}. We cannot finish dealing with it until we have the "
        "following information:"
    )
    _bullets(doc, "missing", "item", "Please contact us about this form.")
    doc.add_paragraph(
        "Please send a corrected form, or the missing details, as soon as possible "
        "and quote our reference {{ reference }}."
    )
    doc.add_heading("What happens next", level=2)
    _bullets(doc, "next_steps", "step", "We will contact you if we need anything more.")
    _sign_off(doc)
    return doc


def main(argv: list[str] | None = None) -> int:
    args = sys.argv[1:] if argv is None else argv
    out = Path(args[0]) if args else OUT
    out.mkdir(parents=True, exist_ok=True)
    acknowledgement().save(str(out / "acknowledgement.docx"))
    request_information().save(str(out / "request_information.docx"))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

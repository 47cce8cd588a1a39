"""The middle of the reading stage: what a reader saw, before it is understood.

Readers (`parsers.pdf`, `parsers.docx`) turn a file into a `RawDocument`: an
ordered stream of entries in reading order, with no knowledge of what the labels
mean. `parsers.extract` then understands the stream (vocabulary, sections, ticks,
normalisation) and produces a `ParsedForm`. Keeping the two apart means a new
layout needs a reader change only, and a new wording a vocabulary change only.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import Literal

from parsers.base import Provenance

EntryKind = Literal["heading", "pair", "text", "tick", "field"]


@dataclass(frozen=True)
class Entry:
    """One thing read off the page, in reading order.

    - heading: a section title or bold table header row (`label` holds it).
    - pair:    a label and the value written beside or below it (table cells,
               page geometry). `value` is the text as written, "" when blank;
               it may be a tick glyph ("☒", "X", "✓") or a word ("Yes").
    - text:    a line or paragraph with no structure found (`value` holds it);
               extract splits "Label: value" lines itself.
    - tick:    a tick box whose state the reader knows (drawn glyph, widget,
               content-control checkbox, FORMCHECKBOX); `label` is its caption,
               `checked` its state.
    - field:   a named form field (AcroForm widget, content control, legacy
               FORMTEXT/dropdown): `name` is its name/tag/alias, `label` the
               printed label nearest to it ("" when none), `value` its text;
               checkbox fields set `checked` instead.
    """
    kind: EntryKind
    label: str = ""
    value: str = ""
    checked: bool | None = None
    name: str | None = None
    provenance: Provenance = Provenance(None, "", "")


@dataclass
class RawDocument:
    kind: Literal["pdf", "docx"]
    entries: list[Entry] = field(default_factory=list)
    # Header lines, titles in large or bold type: where the form type is named.
    title_lines: list[str] = field(default_factory=list)
    # All text in reading order, for form-type detection and fallbacks.
    text: str = ""
    pages: int | None = None
    # Lines of a Word page header: where a school's name often stands, above every page.
    page_header: list[str] = field(default_factory=list)

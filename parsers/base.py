"""What every parser returns: a named result, never a stray exception.

`ParsedForm.fields` maps contract section 5 paths to values already normalised
to Python types, so the record builder only has to validate and assemble:

    "child.legal_surname"            -> "Smith"
    "child.date_of_birth"            -> datetime.date(2015, 3, 7)
    "child.address"                  -> {"lines": [...], "town": ..., "postcode": "DE4 3AG"}
    "child.upn"                      -> "A123456789012"   (only when the check letter is valid)
    "parents"                        -> [{"name": ..., "relationship": ..., "phone": ..., "email": ...}]
    "referral.enquiries_made"        -> ["phone_parents", "home_visit"]
    "referral.siblings"              -> [{"name": ..., "date_of_birth": date, "school": ...}]
    "leaver.destination_school.name" -> "Tansley Community School"
    "exit.restrict_address"          -> True

Each value carries its provenance, so a co-ordinator can see why it was read.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, Union

from records.models import FormType


@dataclass(frozen=True)
class Provenance:
    """Where a value was read: page (1-based, None for Word), how, and the raw text."""
    page: int | None
    source: str          # e.g. "acroform:txtSurname", "label:Family name", "table:r3c2", "sdt:surname"
    raw: str


@dataclass(frozen=True)
class Reading:
    value: Any
    provenance: Provenance


@dataclass
class ParsedForm:
    form_type: FormType
    fields: dict[str, Reading] = field(default_factory=dict)
    # Flags the reading itself raises (contract section 6), e.g. "invalid_upn".
    flags: set[str] = field(default_factory=set)
    # Plain-words remarks about what could not be read, for `problems`; never personal data.
    notes: list[str] = field(default_factory=list)
    # Plain-words questions the sender must answer before the form can be acted on, however
    # complete its fields (a letter about two children): they make the form incomplete.
    queries: list[str] = field(default_factory=list)

    def value(self, path: str, default: Any = None) -> Any:
        reading = self.fields.get(path)
        return default if reading is None else reading.value


# Reason codes for files that cannot be read as a form.
REASONS = {
    "encrypted": "The file is password protected, so it cannot be read. Please send it again without a password.",
    "damaged": "The file is damaged and cannot be opened. Please save the form again and resend it.",
    "scanned": "The file is a scan (a picture of a page) with no text in it, so it cannot be read. Please send the completed form as a PDF or Word file typed on a computer.",
    "wrong_type": "The file is not a PDF or Word document, so it cannot be read as a form.",
    "too_large": "The file is too large to be a completed form.",
    "empty": "The file is empty.",
    "blank": "The document has no writing in it: it may have been saved before the form was filled in. Please fill in the form and send it again.",
    "hostile": "The file contains content that is not allowed in a form and was not opened.",
    "not_a_form": "The file could be opened but it is not one of the children missing education forms.",
    "timeout": "The file took too long to read and was set aside.",
    "crashed": "The file could not be read because it made the reader fail.",
    "unsafe_path": "The item in the drop folder is a link or a special file, not an uploaded document, and was not opened.",
}


@dataclass(frozen=True)
class Unreadable:
    reason_code: str     # a key of REASONS
    detail: str = ""     # technical detail for staff; never personal data

    @property
    def message(self) -> str:
        return REASONS.get(self.reason_code, "The file could not be read.")


ParseResult = Union[ParsedForm, Unreadable]

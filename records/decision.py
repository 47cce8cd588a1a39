"""The decision written to outbox/decisions/<reference>.json (contract section 4).

Outbound direction: built by the pipeline, read by the scorer, the staff web app
and case tracking. A restricted address is replaced by RESTRICTED here, so it can
never reach `outbox/`; the database keeps the real record.
"""
from __future__ import annotations

from typing import Any, Literal, Optional

from pydantic import BaseModel, ConfigDict, Field

RESTRICTED = "[restricted]"
Status = Literal["accepted", "incomplete", "rejected", "duplicate"]


class Source(BaseModel):
    model_config = ConfigDict(extra="allow")
    filename: Optional[str] = None
    sha256: Optional[str] = None
    submitter: Optional[str] = None
    received: str
    enquiry_id: Optional[str] = None


class MatchOut(BaseModel):
    kind: Literal["register", "enquiry", "case"]
    id: str
    score: float = Field(ge=0, le=1)
    band: Literal["certain", "review"]
    comparisons: list[dict[str, Any]] = Field(default_factory=list)


class RuleOut(BaseModel):
    name: str
    paragraph: str
    why: str

    @classmethod
    def all_from(cls, fired) -> list["RuleOut"]:
        """The rules routing fired (anything with name, paragraph and why), as written out."""
        return [cls(name=r.name, paragraph=r.paragraph, why=r.why) for r in fired]


class FieldSource(BaseModel):
    page: Optional[int] = None
    source: str


class Decision(BaseModel):
    reference: str
    source: Source
    form_type: str
    status: Status
    reason_code: Optional[str] = None     # why a file was rejected, apart from the words
    problems: list[str] = Field(default_factory=list)
    warnings: list[str] = Field(default_factory=list)
    record: dict[str, Any] = Field(default_factory=dict)
    # Where each field was read: page and label/field name (never the raw text, which may be personal data).
    provenance: dict[str, FieldSource] = Field(default_factory=dict)
    category: Optional[str] = None
    routes: list[str] = Field(default_factory=list)
    flags: list[str] = Field(default_factory=list)
    rules: list[RuleOut] = Field(default_factory=list)
    matches: list[MatchOut] = Field(default_factory=list)
    letters: list[str] = Field(default_factory=list)
    duplicate_of: Optional[str] = None
    decided_at: str


NEW_ADDRESS_PATHS = (("exit", "new_address"), ("leaver", "destination_address"))


def _same_place(a: Any, b: Any) -> bool:
    if not isinstance(a, dict) or not isinstance(b, dict):
        return False
    def key(addr: dict) -> tuple:
        lines = addr.get("lines") or [""]
        return ((addr.get("postcode") or "").replace(" ", "").upper(), lines[0].strip().casefold())
    (pa, la), (pb, lb) = key(a), key(b)
    return bool((pa and pa == pb) or (la and la == lb))


def redact_restricted(record: dict[str, Any]) -> dict[str, Any]:
    """The outbound copy of a record whose parent asked that the new address be restricted.

    The new (or destination) address and the new school's address become
    RESTRICTED. The child's home address stays, as it is the one being left,
    unless the form wrote the new address there too.
    """
    out = {k: (dict(v) if isinstance(v, dict) else v) for k, v in record.items()}
    new_addresses = []
    for block, key in NEW_ADDRESS_PATHS:
        if isinstance(out.get(block), dict) and out[block].get(key):
            new_addresses.append(out[block][key])
            out[block][key] = RESTRICTED
    for block, key in (("exit", "new_school"), ("leaver", "destination_school")):
        school = out.get(block)
        if isinstance(school, dict) and isinstance(school.get(key), dict) and school[key].get("address"):
            school[key] = dict(school[key], address=RESTRICTED)
    child = out.get("child")
    if isinstance(child, dict) and any(_same_place(child.get("address"), a) for a in new_addresses):
        out["child"] = dict(child, address=RESTRICTED)
    return out

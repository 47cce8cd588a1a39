"""The match step: a form's child against the register, the open enquiries and the open cases."""
from __future__ import annotations

from intake.people import person_from_record
from records.decision import MatchOut
from records.models import Record

KINDS = ("register", "enquiry", "case")


def comparisons_out(candidate) -> list[dict]:
    return [{"field": c.field, "level": c.level, "weight": round(c.weight, 3)} for c in candidate.comparisons]


def find_matches(svc, record: Record, exclude_case: str | None = None,
                 kinds: tuple[str, ...] = KINDS) -> list[MatchOut]:
    """Every candidate at or above the review threshold, best first (contract section 4)."""
    child = record.child
    if not (child.legal_surname or child.legal_forenames or child.upn):
        return []  # nothing to look for: no name and no UPN
    query = person_from_record("query", record)
    found: list[MatchOut] = []
    for kind in kinds:
        linker = svc.linker(kind)
        with svc.match_lock:
            candidates = linker.link(query)
        for c in candidates:
            if kind == "case" and c.id == exclude_case:
                continue
            found.append(MatchOut(kind=kind, id=c.id, score=round(min(1.0, max(0.0, c.score)), 4),
                                  band=c.band, comparisons=comparisons_out(c)))
    found.sort(key=lambda m: (-m.score, m.kind, m.id))
    return found

"""The match step: a form's child against the register, the open enquiries and the open cases."""
from __future__ import annotations

from datetime import date

from intake.people import person_from_record
from records.decision import MatchOut
from records.models import Record
from routing import MatchFinding

KINDS = ("register", "enquiry", "case")


def comparisons_out(candidate) -> list[dict]:
    return [{"field": c.field, "level": c.level, "weight": round(c.weight, 3)} for c in candidate.comparisons]


def find_matches(svc, record: Record, exclude_case: str | None = None,
                 kinds: tuple[str, ...] = KINDS, received: date | None = None,
                 form_type: str = "") -> list[MatchOut]:
    """Every candidate at or above the review threshold, best first (contract section 4).
    `received`: the day the form came in (the school year its stated year group is for)."""
    child = record.child
    if not (child.legal_surname or child.legal_forenames or child.upn):
        return []  # nothing to look for: no name and no UPN
    query = person_from_record("query", record, on=received or svc.received_now().date(),
                               form_type=form_type)
    found: dict[tuple[str, str], MatchOut] = {}
    for kind in kinds:
        linker = svc.linker(kind)
        with svc.match_lock:
            candidates = linker.link(query)
        for c in candidates:
            if kind == "case" and c.id == exclude_case:
                continue
            found[(kind, c.id)] = MatchOut(kind=kind, id=c.id, score=round(min(1.0, max(0.0, c.score)), 4),
                                           band=c.band, comparisons=comparisons_out(c))
    if "case" in kinds:
        for m in cases_through_register(svc, list(found.values()), exclude_case):
            had = found.get((m.kind, m.id))
            # a certain link (e.g. through a co-ordinator's verdict) outranks a likelier review
            if had is None or (m.band == "certain", m.score) > (had.band == "certain", had.score):
                found[(m.kind, m.id)] = m
    return sorted(found.values(), key=lambda m: (-m.score, m.kind, m.id))


def cases_through_register(svc, matches: list[MatchOut], exclude_case: str | None) -> list[MatchOut]:
    """Open cases about the same register child as this form.

    Two forms about one child are often written differently (a typo in one, a
    new address in the other), so comparing them directly can miss; but each
    was matched to the register. The link is as strong as its weaker half:
    certain only when both forms matched that register child with certainty.
    """
    register = {m.id: m for m in matches if m.kind == "register"}
    if not register:
        return []
    out = []
    for rid, form_side in register.items():
        for reference, score, band in svc.cases_linked_to(rid):
            if reference == exclude_case:
                continue
            both_certain = band == "certain" and form_side.band == "certain"
            out.append(MatchOut(kind="case", id=reference, score=round(min(score, form_side.score), 4),
                                band="certain" if both_certain else "review",
                                comparisons=[{"field": "register_child", "level": f"both_forms_match_{rid}",
                                              "weight": 0.0}]))
    return out


def findings(matches: list[MatchOut]) -> list[MatchFinding]:
    """What routing needs to know of the matches: kind, id and band."""
    return [MatchFinding(m.kind, m.id, m.band) for m in matches]

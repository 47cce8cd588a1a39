"""The last stage: letters, the decision JSON, the database, and the original filed away.

Order matters for "nothing lost, nothing twice": outputs are written under
temporary names and renamed into place, then the decision is committed in the
same transaction as the file's journey, and only then is the original moved.
A crash before the commit redoes the file under the same reference (the
outputs are simply overwritten); a crash after it only finishes the move.
"""
from __future__ import annotations

import json
import os
from datetime import date
from pathlib import Path

from intake.home import Home, atomic_write_bytes, stored_name
from intake.people import person_from_record, person_to_json
from intake.store import Store, utcnow
from letters import LetterContext, render_letter
from records.decision import Decision
from records.models import Record

FORM_LABELS = {
    "cme_referral": "Children Missing Education referral",
    "cmj": "Children Missing joiner notice (CMJ)",
    "cml": "Children Missing leaver notice (CML)",
    "pupil_exit": "pupil exit form",
    "la_enquiry": "enquiry from another local authority",
}

NEXT_STEPS = {
    "cme_coordinator": "The CME co-ordinator will look into this and may contact you.",
    "safeguarding_immediate": "Because of the safeguarding concerns you recorded, Children's Services "
                              "(Starting Point) and the Police are being told today.",
    "multi_agency_panel": "The case will go to the multi-agency panel.",
    "ehe_team": "The Elective Home Education team will contact the family.",
    "virtual_school": "The Virtual School has been told.",
    "send_team": "SEND casework has been told.",
    "inclusion_team": "The Inclusion team has been told.",
    "coordinator_review": "A co-ordinator will check which child this is in our records.",
    "request_information": "Please send us the missing information listed above.",
}


def _long_date(value: date | None) -> str:
    return f"{value.day} {value.strftime('%B %Y')}" if value else ""


def write_letters(home: Home, decision: Decision, record: Record | None, received: date,
                  authority_name: str) -> list[str]:
    if decision.status not in ("accepted", "incomplete") or record is None:
        return []
    kind = "acknowledgement" if decision.status == "accepted" else "request_information"
    child = record.child
    ctx = LetterContext(
        reference=decision.reference,
        form_label=FORM_LABELS.get(decision.form_type, "form"),
        child_name=" ".join(p for p in (child.legal_forenames, child.legal_surname) if p),
        child_dob=_long_date(child.date_of_birth),
        school_name=record.school.name or "",
        received=_long_date(received),
        next_steps=[NEXT_STEPS[r] for r in decision.routes if r in NEXT_STEPS],
        missing=list(decision.problems),
        authority_name=authority_name,
    )
    out = home.letters / f"{decision.reference}-{kind.replace('_', '-')}.docx"
    templates = home.templates if home.templates.is_dir() else None
    render_letter(kind, ctx, out, templates_dir=templates)
    return [home.relative(out)]


def write_decision_file(home: Home, decision: Decision) -> Path:
    path = home.decisions / f"{decision.reference}.json"
    data = json.dumps(decision.model_dump(mode="json"), indent=2, ensure_ascii=False).encode("utf-8")
    atomic_write_bytes(path, data + b"\n")
    return path


def opens_case(decision: Decision) -> bool:
    if decision.form_type == "cme_referral":
        return decision.status == "accepted"
    if decision.form_type in ("cml", "pupil_exit"):
        return decision.status in ("accepted", "incomplete") and "destination_unknown" in decision.flags
    return False


def commit_decision(store: Store, decision: Decision, record: Record | None, file_id: int | None,
                    stored_as: str | None, provenance: dict | None = None) -> None:
    """One transaction: the decision, the file's journey, a new case, review items, audit."""
    full = record.model_dump(mode="json", exclude_none=True) if record is not None else None
    with store.transaction():
        store.save_decision(decision.model_dump(mode="json"), full, decision.source.sha256, provenance)
        if file_id is not None:
            store.set_file(file_id, state="decided", reference=decision.reference, status=decision.status,
                           stored_as=stored_as)
        if record is not None and opens_case(decision):
            person = person_from_record(decision.reference, record,
                                        on=date.fromisoformat(decision.source.received[:10]))
            store.db["cases"].upsert({"reference": decision.reference, "form_type": decision.form_type,
                                      "state": "open", "person_json": json.dumps(person_to_json(person)),
                                      "register_links": json.dumps(
                                          [[m.id, m.score, m.band] for m in decision.matches if m.kind == "register"]),
                                      "opened_at": utcnow(), "closed_at": None}, pk="reference")
            store.list_changed("case")
        store.db.execute("DELETE FROM review_queue WHERE reference = ? AND state = 'open'", [decision.reference])
        for m in decision.matches:
            if m.band == "review":
                store.db["review_queue"].insert({"reference": decision.reference, "kind": m.kind,
                                                 "candidate_id": m.id, "score": m.score, "state": "open",
                                                 "created_at": utcnow()})
        store.audit("decided", decision.reference, status=decision.status, form_type=decision.form_type,
                    reason_code=decision.reason_code, routes=decision.routes, flags=decision.flags)


def file_original(home: Home, store: Store, source: Path, decision: Decision, file_id: int | None,
                  stored_as: str) -> None:
    """Move the original to archive/ or quarantine/ (with its .error.txt), then close the journey."""
    quarantined = decision.status == "rejected"
    folder = home.quarantine if quarantined else home.archive
    target = folder / stored_as
    if quarantined:
        reason = "\n".join(decision.problems) or "The file could not be read."
        text = (f"Reference: {decision.reference}\nOriginal file name: {decision.source.filename}\n"
                f"Received: {decision.source.received}\nReason: {reason}\n")
        atomic_write_bytes(folder / f"{stored_as}.error.txt", text.encode("utf-8"))
    if os.path.lexists(source):
        os.replace(source, target)
        if not target.is_symlink():
            os.chmod(target, 0o600)   # a school's upload may be readable by all; kept, it is ours
        _fsync_dir(folder)
    if file_id is not None:
        with store.transaction():
            store.set_file(file_id, state="quarantined" if quarantined else "archived")
            store.audit("filed", decision.reference, to=folder.name)


def _fsync_dir(folder: Path) -> None:
    fd = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


__all__ = ["write_letters", "write_decision_file", "commit_decision", "file_original", "stored_name"]

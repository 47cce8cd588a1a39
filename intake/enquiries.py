"""Other authorities' enquiries: each imported row is matched and gets a decision.

Importing the same file again updates the rows and rewrites a decision only
where the enquiry changed, under its first reference: never a duplicate.
"""
from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass, field

from intake.matchstep import find_matches, findings
from intake.outputs import commit_decision, write_decision_file
from intake.services import Services
from intake.store import utcnow
from records.build import build_record
from records.decision import Decision, RuleOut, Source
from records.models import FormType
from routing import RoutingInput, decide


@dataclass
class EnquiryImport:
    new: int = 0
    updated: int = 0
    unchanged: int = 0
    decisions: list[Decision] = field(default_factory=list)


def _fingerprint(row: dict) -> str:
    return hashlib.sha256(json.dumps(row, sort_keys=True, default=str).encode()).hexdigest()


def _record_values(row: dict) -> dict:
    address = {"lines": [p.strip() for p in (row.get("address") or "").split(",") if p.strip()],
               "postcode": row.get("postcode")}
    sex = {"M": "male", "F": "female"}.get(row.get("sex") or "")
    return {"child.legal_surname": row.get("legal_surname"), "child.legal_forenames": row.get("legal_forenames"),
            "child.date_of_birth": row.get("date_of_birth"), "child.sex": sex, "child.upn": row.get("upn"),
            "child.address": address if (address["lines"] or address["postcode"]) else None}


def import_enquiries(svc: Services, rows: list[dict], filename: str) -> EnquiryImport:
    result = EnquiryImport()
    store = svc.store
    for row in rows:
        fingerprint = _fingerprint(row)
        existing = store.enquiry(row["enquiry_id"])
        if existing and existing["fingerprint"] == fingerprint:
            result.unchanged += 1
            continue
        with store.transaction():
            reference = existing["reference"] if existing else store.next_reference(
                "la_enquiry", svc.received_now().year)
            store.db["enquiries"].upsert({**row, "reference": reference, "state": "open",
                                          "fingerprint": fingerprint, "updated_at": utcnow()}, pk="enquiry_id")
            store.list_changed("enquiry")
        result.updated += 1 if existing else 0
        result.new += 0 if existing else 1
        result.decisions.append(_decide(svc, row, reference, filename))
    svc.forget_linker("enquiry")  # rebuilt with the new rows on next use
    return result


def _decide(svc: Services, row: dict, reference: str, filename: str) -> Decision:
    built = build_record(FormType.la_enquiry, _record_values(row))
    received = svc.received_now()
    matches = find_matches(svc, built.record, kinds=("register", "case"))
    outcome = decide(RoutingInput(form_type="la_enquiry", status="accepted", record=built.record,
                                  matches=findings(matches),
                                  received=received.date(), reading_flags=set()), svc.calendar)
    record = built.record.model_dump(mode="json", exclude_none=True)
    record["enquiry_id"] = row["enquiry_id"]
    record["requesting_la"] = row.get("requesting_la")
    decision = Decision(
        reference=reference, decided_at=utcnow(),
        source=Source(filename=filename, received=received.strftime("%Y-%m-%dT%H:%M:%SZ"),
                      enquiry_id=row["enquiry_id"], requesting_la=row.get("requesting_la"),
                      contact_email=row.get("contact_email")),
        form_type="la_enquiry", status="accepted", warnings=built.problems, record=record,
        category=outcome.category, routes=outcome.routes, flags=outcome.flags,
        rules=RuleOut.all_from(outcome.rules),
        matches=matches)
    write_decision_file(svc.home, decision)
    commit_decision(svc.store, decision, built.record, None, None)
    return decision

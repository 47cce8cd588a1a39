"""The co-ordinator's review queue: list, show, accept, reject (contract section 2).

A verdict updates the decision in `outbox/` and in `cme.db` (the match becomes
certain, or is removed), works the routes out again from the policy, and writes
an audit entry naming who decided.
"""
from __future__ import annotations

import json

from intake.matchstep import findings
from intake.outputs import write_decision_file
from intake.services import Services
from intake.store import utcnow
from records.decision import Decision, RuleOut
from records.models import Record
from routing import RoutingInput, decide


def _item(svc: Services, item_id: int) -> dict:
    from intake.cli import CommandError  # noqa: PLC0415
    row = svc.store.first("SELECT * FROM review_queue WHERE id = ?", [item_id])
    if row is None:
        raise CommandError(f"there is no review item {item_id}; 'cme-intake review list' shows the open ones")
    return row


def cmd_list(svc: Services) -> int:
    rows = svc.store.rows(
        "SELECT q.id, q.reference, q.kind, q.candidate_id, q.score, d.form_type FROM review_queue q "
        "LEFT JOIN decisions d ON d.reference = q.reference WHERE q.state = 'open' ORDER BY q.id")
    if not rows:
        print("No matches are waiting for review.")
        return 0
    print(f"{'id':>5}  {'reference':18}  {'form':12}  {'candidate':22}  score")
    for r in rows:
        print(f"{r['id']:>5}  {r['reference']:18}  {r['form_type'] or '-':12}  "
              f"{r['kind'] + ' ' + r['candidate_id']:22}  {r['score']:.2f}")
    print(f"{len(rows)} waiting.")
    return 0


def cmd_show(svc: Services, item_id: int) -> int:
    item = _item(svc, item_id)
    row = svc.store.decision(item["reference"])
    decision = Decision.model_validate_json(row["decision_json"])
    child = (decision.record or {}).get("child", {})
    print(f"Review item {item_id} ({item['state']}): {item['reference']}, {decision.form_type}")
    print(f"  form:      {child.get('legal_forenames', '')} {child.get('legal_surname', '')}, "
          f"born {child.get('date_of_birth', '-')}, UPN {child.get('upn', '-')}")
    candidate = _candidate(svc, item["kind"], item["candidate_id"])
    print(f"  candidate: {item['kind']} {item['candidate_id']}: {candidate}")
    match = next((m for m in decision.matches if m.kind == item["kind"] and m.id == item["candidate_id"]), None)
    if match:
        print(f"  score {match.score:.2f}; evidence:")
        for c in match.comparisons:
            print(f"    {c['field']:12} {c['level']:24} {c['weight']:+.2f}")
    return 0


def _candidate(svc: Services, kind: str, cid: str) -> str:
    if kind == "register":
        r = svc.store.register_row(cid) or {}
    elif kind == "enquiry":
        r = svc.store.enquiry(cid) or {}
    else:
        case = svc.store.decision(cid)
        r = json.loads(case["record_json"] or "{}").get("child", {}) if case else {}
    return (f"{r.get('legal_forenames') or ''} {r.get('legal_surname') or ''}, born {r.get('date_of_birth') or '-'}, "
            f"UPN {r.get('upn') or '-'}")


def cmd_verdict(svc: Services, item_id: int, accept: bool, by: str) -> int:
    from intake.cli import CommandError  # noqa: PLC0415
    item = _item(svc, item_id)
    if item["state"] != "open":
        raise CommandError(f"review item {item_id} was already {item['state']}")
    row = svc.store.decision(item["reference"])
    decision = Decision.model_validate_json(row["decision_json"])
    kept = []
    for m in decision.matches:
        if m.kind == item["kind"] and m.id == item["candidate_id"]:
            if not accept:
                continue
            m = m.model_copy(update={"band": "certain"})
        kept.append(m)
    decision.matches = kept
    record = Record.model_validate(json.loads(row["record_json"] or "{}"))
    _reroute(svc, decision, record)
    write_decision_file(svc.home, decision)
    verdict = "accepted" if accept else "rejected"
    with svc.store.transaction():
        svc.store.save_decision(decision.model_dump(mode="json"), json.loads(row["record_json"] or "null"),
                                decision.source.sha256)
        if item["kind"] == "register":   # a case found later through this child uses the verdict
            svc.store.set_case_register_link(decision.reference, item["candidate_id"],
                                             "certain" if accept else None)
        svc.store.db["review_queue"].update(item_id, {"state": verdict, "decided_at": utcnow(), "decided_by": by})
        svc.store.audit(f"review_{verdict}", decision.reference, actor=by, kind=item["kind"],
                        candidate=item["candidate_id"], routes=decision.routes, flags=decision.flags)
    print(f"Review item {item_id} {verdict}; decision {decision.reference} updated "
          f"(routes: {', '.join(decision.routes) or 'none'}).")
    return 0


def _reroute(svc: Services, decision: Decision, record: Record) -> None:
    if decision.status not in ("accepted", "incomplete"):
        return
    received = decision.source.received[:10]
    from datetime import date  # noqa: PLC0415
    reading_flags = {f for f in decision.flags if f in ("invalid_upn", "sender_mismatch")}
    outcome = decide(RoutingInput(form_type=decision.form_type, status=decision.status, record=record,
                                  matches=findings(decision.matches),
                                  received=date.fromisoformat(received), reading_flags=reading_flags),
                     svc.calendar)
    decision.category, decision.routes, decision.flags = outcome.category, outcome.routes, outcome.flags
    decision.rules = RuleOut.all_from(outcome.rules)

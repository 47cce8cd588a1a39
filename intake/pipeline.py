"""One inbox file's way through the service, as a list of steps.

file -> identify -> parse -> validate -> match -> route -> write -> file away

Each step reads and fills a `Job`. A planned stop (a duplicate, an unreadable
file, a form of no known type) sets `job.stop` with a reason code, and the
remaining analysis steps are skipped; the decision is still written and the
original still filed, so nothing is lost.
"""
from __future__ import annotations

import hashlib
import os
import stat
import time
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from typing import Callable

from rapidfuzz import fuzz

from intake.home import stored_name
from intake.logs import log_step
from intake.matchstep import find_matches, findings
from intake.outputs import commit_decision, file_original, opens_case, write_decision_file, write_letters
from intake.services import Services
from intake.store import utcnow
from parsers.base import ParsedForm, Unreadable
from records.build import BuiltRecord, build_record
from records.decision import Decision, FieldSource, MatchOut, RuleOut, Source, redact_restricted
from records.messages import where_read
from records.models import FormType
from routing import RoutingInput, RoutingOutcome, decide


@dataclass
class Stop:
    status: str            # "rejected" | "duplicate"
    reason_code: str
    message: str
    form_type: str = "unknown"
    duplicate_of: str | None = None


@dataclass
class Job:
    path: Path
    inbox_path: str
    filename: str
    submitter: str | None
    received: datetime
    sha256: str | None = None
    file_id: int | None = None
    reference: str | None = None
    resume_decided: bool = False
    stored_as: str | None = None
    stop: Stop | None = None
    parsed: ParsedForm | None = None
    built: BuiltRecord | None = None
    flags: set[str] = field(default_factory=set)
    matches: list[MatchOut] = field(default_factory=list)
    routing: RoutingOutcome | None = None
    decision: Decision | None = None

    @property
    def form_type(self) -> str:
        if self.stop is not None:
            return self.stop.form_type
        return self.parsed.form_type.value if self.parsed else "unknown"


def _sha256(path: Path) -> str:
    h = hashlib.sha256()
    with open(path, "rb", buffering=0) as fh:
        for chunk in iter(lambda: fh.read(1 << 20), b""):
            h.update(chunk)
    return h.hexdigest()


def identify(svc: Services, job: Job) -> None:
    """Know the file by its bytes; resume an interrupted journey; spot a re-sent file."""
    st = os.lstat(job.path)
    if stat.S_ISREG(st.st_mode):
        job.sha256 = _sha256(job.path)
    store = svc.store
    with store.transaction():
        earlier = store.journey_for(job.sha256, job.inbox_path) if job.sha256 else None
        if earlier:
            job.file_id, job.reference = earlier["id"], earlier["reference"]
            job.stored_as = earlier["stored_as"]
            job.resume_decided = earlier["state"] == "decided"
            store.audit("resumed", job.reference, state=earlier["state"])
            return
        job.file_id = store.db["files"].insert({
            "sha256": job.sha256, "inbox_path": job.inbox_path, "filename": job.filename,
            "submitter": job.submitter, "state": "claimed", "received": job.received.isoformat(),
            "claimed_at": utcnow(), "updated_at": utcnow()}).last_pk
        if not stat.S_ISREG(st.st_mode):
            job.stop = Stop("rejected", "unsafe_path", Unreadable("unsafe_path").message)
            return
        first = store.earlier_copy(job.sha256, job.file_id)
        if first:
            ref = first["reference"]
            earlier_decision = store.decision(ref) if ref else None
            form_type = earlier_decision["form_type"] if earlier_decision else "unknown"
            where = f" as {ref}" if ref else ""
            job.stop = Stop("duplicate", "duplicate",
                            f"This file was already received{where}; the same file sent again is not processed twice.",
                            form_type=form_type, duplicate_of=ref)


def parse(svc: Services, job: Job) -> None:
    result = svc.parse(job.path)
    if isinstance(result, Unreadable):
        job.stop = Stop("rejected", result.reason_code, result.message)
    elif result.form_type == FormType.unknown:
        job.stop = Stop("rejected", "not_a_form", Unreadable("not_a_form").message)
    else:
        job.parsed = result


def validate(svc: Services, job: Job) -> None:
    values = {path: reading.value for path, reading in job.parsed.fields.items()}
    where = {path: w for path, r in job.parsed.fields.items()
             if (w := where_read(r.provenance.page, r.provenance.source))}
    job.built = build_record(job.parsed.form_type, values, where, received=job.received.date())
    job.flags |= job.parsed.flags
    if sender_mismatch(svc, job):
        job.flags.add("sender_mismatch")


def sender_mismatch(svc: Services, job: Job) -> bool:
    """The inbox sub-folder names the sending school's URN (contract section 1)."""
    if not job.submitter or not (job.submitter.isdigit() and len(job.submitter) == 6):
        return False
    school = job.built.record.school
    if school.urn:
        return school.urn != job.submitter
    known = svc.store.school_name_for_urn(job.submitter)
    if not known or not school.name:
        return False
    return fuzz.token_set_ratio(known.casefold(), school.name.casefold()) < 85


def match(svc: Services, job: Job) -> None:
    job.matches = find_matches(svc, job.built.record, exclude_case=job.reference,
                               received=job.received.date(), form_type=job.form_type)


def incomplete(job: Job) -> bool:
    """A required field is missing, or the reader has a question only the sender can answer."""
    return bool(job.built.missing or job.parsed.queries)


def route(svc: Services, job: Job) -> None:
    status = "incomplete" if incomplete(job) else "accepted"
    job.routing = decide(RoutingInput(
        form_type=job.form_type, status=status, record=job.built.record,
        matches=findings(job.matches), received=job.received.date(),
        reading_flags=set(job.flags)), svc.calendar)


ANALYSIS: list[Callable[[Services, Job], None]] = [identify, parse, validate, match, route]


def assign_reference(svc: Services, job: Job) -> None:
    if job.reference is None:
        with svc.store.transaction():
            job.reference = svc.store.next_reference(job.form_type, job.received.year)
            svc.store.set_file(job.file_id, reference=job.reference)
    if job.stored_as is None:
        job.stored_as = stored_name(job.reference, job.filename)
        with svc.store.transaction():
            svc.store.set_file(job.file_id, stored_as=job.stored_as)


def make_decision(svc: Services, job: Job) -> Decision:
    source = Source(filename=job.filename, sha256=job.sha256, submitter=job.submitter,
                    received=job.received.strftime("%Y-%m-%dT%H:%M:%SZ"))
    common = dict(reference=job.reference, source=source, decided_at=utcnow())
    if job.stop is not None:
        return Decision(**common, form_type=job.stop.form_type, status=job.stop.status,
                        reason_code=job.stop.reason_code, problems=[job.stop.message],
                        duplicate_of=job.stop.duplicate_of)
    built, routing = job.built, job.routing
    record = built.record.model_dump(mode="json", exclude_none=True)
    if "restricted_address" in routing.flags:
        record = redact_restricted(record)
    missing = incomplete(job)
    # Notes say what was written but could not be understood, and where; for an
    # incomplete form they explain the gap, so they go with the problems.
    remarks = [*job.parsed.queries, *job.parsed.notes, *built.problems]
    return Decision(
        **common, form_type=job.form_type, status="incomplete" if missing else "accepted",
        problems=remarks if missing else [],
        warnings=remarks if not missing else [],
        record=record,
        provenance={p: FieldSource(page=r.provenance.page, source=r.provenance.source)
                    for p, r in job.parsed.fields.items()},
        category=routing.category, routes=routing.routes, flags=routing.flags,
        rules=RuleOut.all_from(routing.rules),
        matches=job.matches)


def write(svc: Services, job: Job) -> None:
    decision = make_decision(svc, job)
    record = job.built.record if job.built else None
    decision.letters = write_letters(svc.home, decision, record, job.received.date(),
                                     svc.settings.authority_name)
    write_decision_file(svc.home, decision)
    commit_decision(svc.store, decision, record, job.file_id, job.stored_as, raw_provenance(job))
    if record is not None and opens_case(decision):
        svc.add_case(decision.reference, record, [m for m in decision.matches if m.kind == "register"],
                     on=job.received.date())
    job.decision = decision


def raw_provenance(job: Job) -> dict | None:
    """Where each field was read, with the raw text: kept in the database only."""
    if job.parsed is None:
        return None
    return {p: {"page": r.provenance.page, "source": r.provenance.source, "raw": r.provenance.raw}
            for p, r in job.parsed.fields.items()}


def process_file(svc: Services, path: Path) -> Decision | None:
    """Take one inbox file all the way; returns its decision (None when only filing was left)."""
    rel = path.relative_to(svc.home.inbox)
    job = Job(path=path, inbox_path=rel.as_posix(), filename=path.name,
              submitter=rel.parts[0] if len(rel.parts) > 1 else None, received=svc.received_now())
    started = time.monotonic()
    for step in ANALYSIS:
        t0 = time.monotonic()
        step(svc, job)
        log_step(job.reference, step.__name__, "stop" if job.stop else "ok", (time.monotonic() - t0) * 1000)
        if job.resume_decided:
            break
        if job.stop is not None:
            break
    if job.resume_decided:
        row = svc.store.decision(job.reference)
        decision = Decision.model_validate_json(row["decision_json"]) if row else None
        if decision is not None:
            file_original(svc.home, svc.store, path, decision, job.file_id, job.stored_as)
            log_step(job.reference, "file", "resumed", (time.monotonic() - started) * 1000)
            return None
    assign_reference(svc, job)
    write(svc, job)
    file_original(svc.home, svc.store, path, job.decision, job.file_id, job.stored_as)
    log_step(job.reference, "done", job.decision.status, (time.monotonic() - started) * 1000,
             form_type=job.decision.form_type, reason_code=job.decision.reason_code)
    return job.decision


__all__ = ["process_file", "Job", "Stop", "ANALYSIS"]

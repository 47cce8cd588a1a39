"""`process`: every file now in the inbox, once, after finishing what a crash left."""
from __future__ import annotations

import logging
import os
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

from intake.home import remove_stale_temporaries
from intake.inbox_files import list_candidates
from intake.pipeline import process_file
from intake.services import Services
from records.decision import Decision

log = logging.getLogger("cme.runner")


@dataclass
class RunSummary:
    decisions: list[Decision] = field(default_factory=list)
    resumed: int = 0
    failed: list[str] = field(default_factory=list)   # inbox paths the service itself failed on

    def counts(self) -> Counter:
        return Counter(d.status for d in self.decisions)


def recover(svc: Services) -> int:
    """Close journeys whose original was already filed when the service stopped."""
    remove_stale_temporaries(svc.home)
    closed = 0
    for row in svc.store.unfinished_journeys():
        if os.path.lexists(svc.home.inbox / row["inbox_path"]):
            continue  # still in the inbox: the next run resumes it from its state
        stored = row["stored_as"]
        for folder, state in ((svc.home.archive, "archived"), (svc.home.quarantine, "quarantined")):
            if stored and os.path.lexists(folder / stored) and row["state"] == "decided":
                with svc.store.transaction():
                    svc.store.set_file(row["id"], state=state)
                    svc.store.audit("recovered", row["reference"], to=state)
                closed += 1
                break
        else:
            with svc.store.transaction():
                svc.store.set_file(row["id"], state="vanished")
                svc.store.audit("vanished", row["reference"], state=row["state"])
    return closed


def process_inbox(svc: Services, paths: list[Path] | None = None) -> RunSummary:
    summary = RunSummary()
    summary.resumed = recover(svc)
    paths = list_candidates(svc.home.inbox) if paths is None else paths
    svc.prefetch(paths)
    for path in paths:
        try:
            decision = process_file(svc, path)
        except Exception as exc:  # noqa: BLE001 - one file must never stop the run
            # Not a bad file (those become decisions) but a fault of ours: keep the
            # file in the inbox for the next run and say so without its content.
            log.error("file failed", extra={"step": "process", "outcome": "error",
                                            "safe": {"error": type(exc).__name__}})
            summary.failed.append(path.relative_to(svc.home.inbox).as_posix())
            continue
        if decision is None:
            summary.resumed += 1
        else:
            summary.decisions.append(decision)
    return summary

"""What each command does, printing a short plain summary; the CLI only parses arguments."""
from __future__ import annotations

import threading
from collections import Counter
from pathlib import Path

from intake.imports import ImportError_, load_enquiries_csv, load_register_csv, load_register_ctf
from intake.services import Services


def _print_bad_rows(bad_rows: list[str]) -> None:
    for line in bad_rows[:50]:
        print(f"  skipped {line}")
    if len(bad_rows) > 50:
        print(f"  ... and {len(bad_rows) - 50} more rows skipped")


def _load(loader, path: Path):
    from intake.cli import CommandError  # noqa: PLC0415
    try:
        return loader(path)
    except ImportError_ as exc:
        raise CommandError(str(exc)) from None


def register_import(svc: Services, path: Path, whole: bool = False) -> int:
    """Load or refresh the register. `whole`: the file is the whole register, so a child it
    does not name has left (kept for the cases and reviews that name them, no longer matched);
    a child whose row was skipped is named all the same and stays as they were."""
    from intake.cli import CommandError  # noqa: PLC0415
    loader = load_register_ctf if path.suffix.lower() == ".xml" else load_register_csv
    result = _load(loader, path)
    rows, bad = result.rows, result.bad_rows
    if whole and not result.ids:
        raise CommandError(f"{path.name} names no children, so it cannot be the whole register; "
                           "nothing was changed")
    with svc.store.transaction():
        left = svc.store.upsert_register(rows, result.ids if whole else None)
        svc.store.audit("register_import", None, rows=len(rows), skipped=len(bad),
                        **({"left": left} if whole else {}))
    svc.forget_linker("register")
    print(f"Register: {len(rows)} children loaded, {len(bad)} rows skipped.")
    if whole:
        print(f"  {left} children not in the file have left the register (kept for the record, "
              f"no longer matched); {svc.store.register_count()} on it now.")
    _print_bad_rows(bad)
    return 0


def enquiries_import(svc: Services, path: Path) -> int:
    from intake.enquiries import import_enquiries  # noqa: PLC0415
    result = _load(load_enquiries_csv, path)
    outcome = import_enquiries(svc, result.rows, path.name)
    with svc.store.transaction():
        svc.store.audit("enquiries_import", None, new=outcome.new, updated=outcome.updated,
                        unchanged=outcome.unchanged, skipped=len(result.bad_rows))
    located = sum(1 for d in outcome.decisions if any(m.band == "certain" for m in d.matches))
    review = sum(1 for d in outcome.decisions if "coordinator_review" in d.routes)
    print(f"Enquiries: {outcome.new} new, {outcome.updated} updated, {outcome.unchanged} unchanged, "
          f"{len(result.bad_rows)} rows skipped; {located} matched with certainty, {review} sent to review.")
    _print_bad_rows(result.bad_rows)
    return 0


def process(svc: Services) -> int:
    from intake.runner import process_inbox  # noqa: PLC0415
    summary = process_inbox(svc)
    print_summary(summary)
    return 0


def _files(n: int) -> str:
    return f"{n} file" if n == 1 else f"{n} files"


def print_summary(summary) -> None:
    rows = [(d.reference, d.form_type, d.status, ",".join(d.routes) or "-", ",".join(d.flags) or "-")
            for d in summary.decisions]
    if rows:
        widths = [max(len(h), *(len(r[i]) for r in rows)) for i, h in enumerate(HEADERS)]
        print("  ".join(h.ljust(w) for h, w in zip(HEADERS, widths)).rstrip())
        for r in rows:
            print("  ".join(c.ljust(w) for c, w in zip(r, widths)).rstrip())
    counts = Counter(d.status for d in summary.decisions)
    parts = [f"{counts.get(s, 0)} {s}" for s in ("accepted", "incomplete", "rejected", "duplicate")]
    line = f"Processed {_files(len(summary.decisions))}: " + ", ".join(parts) + "."
    if summary.resumed:
        line += f" Finished {summary.resumed} left over from an interrupted run."
    if summary.failed:
        line += f" {_files(len(summary.failed))} could not be processed and were left in the inbox."
    print(line)


HEADERS = ("reference", "form", "status", "routes", "flags")


def watch(svc: Services, stop: threading.Event) -> int:
    from intake.pipeline import process_file  # noqa: PLC0415
    from intake.runner import recover  # noqa: PLC0415
    from intake.watch import watch as run_watch  # noqa: PLC0415
    recover(svc)
    print(f"Watching {svc.home.inbox} (stop with Ctrl-C or SIGTERM).", flush=True)
    run_watch(svc.home.root, svc.settings, lambda path: process_file(svc, path), stop)
    print("Stopped.")
    return 0


def status(home) -> int:
    from intake.status import status as read_status  # noqa: PLC0415
    info = read_status(home.root)
    for key, value in info.items():
        if isinstance(value, dict):  # last processed: {"time": ..., "reference": ...}
            value = " ".join(str(v) for v in value.values() if v) or None
        print(f"{key.replace('_', ' ')}: {value if value is not None else '-'}")
    return 0


def match(svc: Services, against: str, query: Path, out: Path, workers: int | None = None) -> int:
    from intake.cli import CommandError  # noqa: PLC0415
    from matching.batch import match_csv  # noqa: PLC0415
    if not query.is_file():
        raise CommandError(f"the query file {query} does not exist")
    linker = svc.linker("register" if against == "register" else "enquiry")
    counts = match_csv(linker, query, out, workers=workers or svc.settings.match.workers)
    print(f"Matched {counts.get('queries', 0)} children against the {against}: "
          f"{counts.get('certain', 0)} certain, {counts.get('review', 0)} to review, "
          f"{counts.get('no_match', 0)} with no match. Written to {out}.")
    return 0


__all__ = ["register_import", "enquiries_import", "process", "watch", "status", "match"]

"""`cme-intake status`: is the service keeping up? Counts and references only.

Reads cme.db read-only (never creates it, never takes a write lock, so it is
safe to run beside a busy watcher) and counts what waits in inbox/ with the
same litter rules as the watcher.
"""
from __future__ import annotations

import sqlite3
from datetime import datetime, timezone
from pathlib import Path

import sqlite_utils

from intake.inbox_files import list_candidates

# Journey states (intake/store.py `files.state`) that mean "not finished yet".
UNFINISHED = ("claimed", "decided")


def _open_readonly(path: Path) -> sqlite_utils.Database | None:
    if not path.is_file():
        return None
    conn = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True, timeout=10)
    return sqlite_utils.Database(conn)


def status(home: Path) -> dict:
    """A snapshot for operators and monitoring (JSON-serialisable)."""
    home = Path(home)
    inbox = home / "inbox"
    today = datetime.now(timezone.utc).strftime("%Y-%m-%d")
    report: dict = {
        "inbox_waiting": len(list_candidates(inbox)) if inbox.is_dir() else 0,
        "in_progress": 0,
        "last_processed": None,
        "processed_today": 0,
        "failures_today": 0,
        "database": "missing",
    }
    db = _open_readonly(home / "cme.db")
    if db is None:
        return report
    try:
        if "files" not in db.table_names():
            report["database"] = "empty"
            return report
        report["database"] = "ok"
        columns = {c.name for c in db["files"].columns}
        marks = ",".join("?" * len(UNFINISHED))
        report["in_progress"] = db.execute(
            f"SELECT count(*) FROM files WHERE state IN ({marks})", UNFINISHED).fetchone()[0]
        done = f"state NOT IN ({marks}) AND reference IS NOT NULL"
        row = db.execute(f"SELECT updated_at, reference FROM files WHERE {done} "
                         "ORDER BY updated_at DESC, rowid DESC LIMIT 1", UNFINISHED).fetchone()
        if row:
            report["last_processed"] = {"time": row[0], "reference": row[1]}
        report["processed_today"] = db.execute(
            f"SELECT count(*) FROM files WHERE {done} AND substr(updated_at, 1, 10) = ?",
            (*UNFINISHED, today)).fetchone()[0]
        # A failure is an input the service could not read: quarantined, or rejected.
        failed = "state = 'quarantined'" + (" OR status = 'rejected'" if "status" in columns else "")
        report["failures_today"] = db.execute(
            f"SELECT count(*) FROM files WHERE ({failed}) AND substr(updated_at, 1, 10) = ?",
            (today,)).fetchone()[0]
    except sqlite3.Error as exc:
        report["database"] = f"unreadable: {type(exc).__name__}"
    finally:
        db.conn.close()
    return report

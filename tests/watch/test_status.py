"""`status(home)`: counts from inbox/ and cme.db, read-only."""
from __future__ import annotations

from datetime import datetime, timezone

from intake.status import status
from intake.store import Store


def test_status_of_a_new_home_creates_nothing(tmp_path):
    report = status(tmp_path)
    assert report["inbox_waiting"] == 0 and report["database"] == "missing"
    assert not (tmp_path / "cme.db").exists()


def test_status_counts(tmp_path):
    inbox = tmp_path / "inbox"
    (inbox / "112233").mkdir(parents=True)
    for rel in ("a.pdf", "112233/b.docx", "Thumbs.db", "~$b.docx", "c.pdf.part"):
        (inbox / rel).write_bytes(b"x")
    store = Store(tmp_path / "cme.db")
    now = datetime.now(timezone.utc).strftime("%Y-%m-%dT%H:%M:%SZ")
    rows = [("archived", "accepted", "CME-2026-000001", "2020-01-01T09:00:00Z"),
            ("quarantined", "rejected", "DOC-2026-000002", now),
            ("archived", "accepted", "CME-2026-000003", now),
            ("claimed", None, None, now)]
    for state, decision, reference, at in rows:
        store.db["files"].insert({"sha256": "0" * 64, "state": state, "status": decision,
                                  "reference": reference, "updated_at": at})
    store.close()
    report = status(tmp_path)
    assert report["database"] == "ok"
    assert report["inbox_waiting"] == 2
    assert report["in_progress"] == 1
    assert report["processed_today"] == 2
    assert report["failures_today"] == 1
    assert report["last_processed"] == {"time": now, "reference": "CME-2026-000003"}

"""cme.db through sqlite-utils: register, enquiries, cases, decisions, review queue,
the journey of each inbox file, and the audit log.

The store is the one place that knows the schema; the staff web app and case
tracking that come next read the same tables. Personal data lives here and
nowhere else: audit `detail` holds codes and ids only.
"""
from __future__ import annotations

import json
import os
import sqlite3
import threading
from datetime import datetime, timezone
from pathlib import Path
from typing import Any, Iterator

import sqlite_utils

REGISTER_COLUMNS = ("register_id", "upn", "legal_surname", "legal_forenames", "preferred_surname",
                    "preferred_forename", "former_surnames", "date_of_birth", "sex", "address",
                    "postcode", "school_urn", "school_name", "year_group")
ENQUIRY_COLUMNS = ("enquiry_id", "requesting_la", "legal_surname", "legal_forenames", "date_of_birth",
                   "sex", "upn", "address", "postcode", "enquiry_date", "contact_email")
REFERENCE_PREFIX = {"cme_referral": "CME", "cmj": "CMJ", "cml": "CML", "pupil_exit": "PEX",
                    "la_enquiry": "ENQ", "unknown": "DOC"}


def utcnow() -> str:
    return datetime.now(timezone.utc).strftime("%Y-%m-%dT%H:%M:%SZ")


def _create_private(path: Path) -> None:
    """Create the database file readable by its owner only, before SQLite opens it."""
    if not path.exists():
        fd = os.open(path, os.O_CREAT | os.O_WRONLY, 0o600)
        os.close(fd)
    os.chmod(path, 0o600)


class Store:
    def __init__(self, path: Path):
        self.path = path
        _create_private(path)
        conn = sqlite3.connect(str(path), check_same_thread=False, timeout=30, isolation_level=None)
        self.db = sqlite_utils.Database(conn)
        self.db.execute("PRAGMA journal_mode=WAL")
        self.db.execute("PRAGMA synchronous=FULL")
        # The watcher's threads share one connection; one lock keeps transactions whole.
        self.lock = threading.RLock()
        self._ensure_schema()

    def close(self) -> None:
        self.db.conn.close()

    # ------------------------------------------------------------------ schema
    def _ensure_schema(self) -> None:
        t = self.db.table
        with self.lock:
            if "register" not in self.db.table_names():
                t("register").create({c: str for c in REGISTER_COLUMNS}
                                     | {"updated_at": str, "left_at": str}, pk="register_id")
            elif "left_at" not in t("register").columns_dict:   # a cme.db made before it
                t("register").add_column("left_at", str)
            if "enquiries" not in self.db.table_names():
                t("enquiries").create({c: str for c in ENQUIRY_COLUMNS}
                                      | {"reference": str, "state": str, "fingerprint": str, "updated_at": str},
                                      pk="enquiry_id")
            if "files" not in self.db.table_names():
                t("files").create({"id": int, "sha256": str, "inbox_path": str, "filename": str,
                                   "submitter": str, "state": str, "reference": str, "status": str,
                                   "stored_as": str, "received": str, "claimed_at": str, "updated_at": str},
                                  pk="id")
                t("files").create_index(["sha256"])
                t("files").create_index(["state"])
            if "decisions" not in self.db.table_names():
                # record_json and provenance_json hold what the outbox must not: a restricted
                # address, and the raw text each field was read from.
                t("decisions").create({"reference": str, "form_type": str, "status": str, "sha256": str,
                                       "decision_json": str, "record_json": str, "provenance_json": str,
                                       "created_at": str}, pk="reference")
            if "cases" not in self.db.table_names():
                # register_links: the register children the case's own form matched, so that a
                # later form matching the same register child finds the case even when the
                # two forms spell the child differently.
                t("cases").create({"reference": str, "form_type": str, "state": str, "person_json": str,
                                   "register_links": str, "opened_at": str, "closed_at": str}, pk="reference")
            if "review_queue" not in self.db.table_names():
                t("review_queue").create({"id": int, "reference": str, "kind": str, "candidate_id": str,
                                          "score": float, "state": str, "created_at": str,
                                          "decided_at": str, "decided_by": str}, pk="id")
            if "audit" not in self.db.table_names():
                t("audit").create({"id": int, "at": str, "actor": str, "action": str, "reference": str,
                                   "detail": str}, pk="id")
            if "counters" not in self.db.table_names():
                t("counters").create({"name": str, "value": int}, pk="name")

    # ------------------------------------------------------------------ helpers
    def rows(self, sql: str, params: list | tuple = ()) -> list[dict]:
        """Read under the lock, fully: the watcher's threads share this connection."""
        with self.lock:
            return list(self.db.query(sql, params))

    def first(self, sql: str, params: list | tuple = ()) -> dict | None:
        found = self.rows(sql + " LIMIT 1", params)
        return found[0] if found else None

    def transaction(self):
        return _Txn(self)

    def audit(self, action: str, reference: str | None = None, actor: str = "service", **detail: Any) -> None:
        self.db["audit"].insert({"at": utcnow(), "actor": actor, "action": action, "reference": reference,
                                 "detail": json.dumps(detail, sort_keys=True) if detail else None})

    def next_reference(self, form_type: str, year: int) -> str:
        prefix = REFERENCE_PREFIX.get(form_type, "DOC")
        name = f"{prefix}-{year}"
        row = self.first("SELECT value FROM counters WHERE name = ?", [name])
        value = (row["value"] if row else 0) + 1
        self.db["counters"].upsert({"name": name, "value": value}, pk="name")
        return f"{name}-{value:06d}"

    # ------------------------------------------------------------------ register and enquiries
    def upsert_register(self, rows: list[dict], whole_ids: set[str] | None = None) -> int:
        """Add or update these children (one who had left is back). `whole_ids`: the file is
        the whole register and names these children; any other child still on it has left:
        kept, for the cases and reviews that name them, but no longer matched. Returns how
        many left."""
        now = utcnow()
        self.db["register"].upsert_all(({**r, "updated_at": now, "left_at": None} for r in rows),
                                       pk="register_id", batch_size=5000)
        left = 0
        if whole_ids is not None:
            self.db.execute("CREATE TEMP TABLE IF NOT EXISTS named (register_id TEXT PRIMARY KEY)")
            self.db.execute("DELETE FROM named")
            self.db.conn.executemany("INSERT OR IGNORE INTO named VALUES (?)",
                                     ((i,) for i in whole_ids))
            left = self.db.execute(
                "UPDATE register SET left_at = ?, updated_at = ? WHERE left_at IS NULL "
                "AND register_id NOT IN (SELECT register_id FROM named)", [now, now]).rowcount
            self.db.execute("DELETE FROM named")
        self.list_changed("register")
        return left

    def register_count(self) -> int:
        """Children on the register now (not those who have left)."""
        return self.first("SELECT count(*) AS n FROM register WHERE left_at IS NULL")["n"]

    # A list a linker is built from (register, enquiry, case) counts its changes, so that a
    # running service sees an import made by another process (inside the change's transaction).
    def list_changed(self, kind: str) -> None:
        self.db.execute("INSERT INTO counters (name, value) VALUES (?, 1) "
                        "ON CONFLICT(name) DO UPDATE SET value = value + 1", [f"list:{kind}"])

    def list_version(self, kind: str) -> int:
        row = self.first("SELECT value FROM counters WHERE name = ?", [f"list:{kind}"])
        return row["value"] if row else 0

    def register_rows(self) -> Iterator[dict]:
        # Streamed (a register may hold a million rows); only used while building an index.
        with self.lock:
            yield from self.db.query("SELECT * FROM register WHERE left_at IS NULL")

    def register_row(self, register_id: str) -> dict | None:
        return self.first("SELECT * FROM register WHERE register_id = ?", [register_id])

    def school_name_for_urn(self, urn: str) -> str | None:
        row = self.first("SELECT school_name FROM register WHERE school_urn = ? AND school_name != ''", [urn])
        return row["school_name"] if row else None

    def enquiry(self, enquiry_id: str) -> dict | None:
        return self.first("SELECT * FROM enquiries WHERE enquiry_id = ?", [enquiry_id])

    def open_enquiries(self) -> list[dict]:
        return self.rows("SELECT * FROM enquiries WHERE state = 'open'")

    # ------------------------------------------------------------------ cases
    def open_cases(self) -> list[dict]:
        return self.rows("SELECT * FROM cases WHERE state = 'open'")

    def set_case_register_link(self, reference: str, register_id: str, band: str | None) -> bool:
        """A co-ordinator's verdict on a case's own register match: `band` "certain", or None
        to drop the link. False when the reference is not a case (call inside a transaction)."""
        case = self.first("SELECT register_links FROM cases WHERE reference = ?", [reference])
        if case is None:
            return False
        links = [[rid, score, band if rid == register_id else b]
                 for rid, score, b in json.loads(case["register_links"] or "[]")
                 if rid != register_id or band is not None]
        self.db["cases"].update(reference, {"register_links": json.dumps(links)})
        return True

    def data_version(self) -> int:
        """Changes when another connection commits (SQLite's PRAGMA data_version)."""
        with self.lock:
            return self.db.execute("PRAGMA data_version").fetchone()[0]

    # ------------------------------------------------------------------ files (the journey of each input)
    def journey_for(self, sha256: str, inbox_path: str) -> dict | None:
        return self.first("SELECT * FROM files WHERE sha256 = ? AND inbox_path = ? "
                          "AND state IN ('claimed', 'decided') ORDER BY id DESC", [sha256, inbox_path])

    def earlier_copy(self, sha256: str, exclude_id: int) -> dict | None:
        """The first other file with these bytes (its reference may not be assigned yet)."""
        return self.first("SELECT * FROM files WHERE sha256 = ? AND id != ? "
                          "AND COALESCE(status, '') != 'duplicate' ORDER BY id", [sha256, exclude_id])

    def unfinished_journeys(self) -> list[dict]:
        return self.rows("SELECT * FROM files WHERE state IN ('claimed', 'decided')")

    def set_file(self, file_id: int, **values: Any) -> None:
        self.db["files"].update(file_id, {**values, "updated_at": utcnow()})

    # ------------------------------------------------------------------ decisions
    def decision(self, reference: str) -> dict | None:
        return self.first("SELECT * FROM decisions WHERE reference = ?", [reference])

    def save_decision(self, decision: dict, full_record: dict | None, sha256: str | None,
                      provenance: dict | None = None) -> None:
        row = {
            "reference": decision["reference"], "form_type": decision["form_type"],
            "status": decision["status"], "sha256": sha256,
            "decision_json": json.dumps(decision, sort_keys=True, default=str),
            "record_json": json.dumps(full_record, sort_keys=True, default=str) if full_record else None,
            "created_at": utcnow()}
        if provenance is not None:  # a review verdict rewrites the decision but keeps this
            row["provenance_json"] = json.dumps(provenance, sort_keys=True, default=str)
        self.db["decisions"].upsert(row, pk="reference")


class _Txn:
    """`with store.transaction():` one BEGIN..COMMIT under the store lock."""

    def __init__(self, store: Store):
        self.store = store
        self._atomic = None

    def __enter__(self) -> Store:
        self.store.lock.acquire()
        self._atomic = self.store.db.atomic()
        self._atomic.__enter__()
        return self.store

    def __exit__(self, *exc) -> bool:
        try:
            return bool(self._atomic.__exit__(*exc))
        finally:
            self.store.lock.release()

"""Everything a command needs, opened once: settings, store, calendar, linkers.

The three linkers hold the register, the open enquiries and the open cases in
memory, so that each form is matched in milliseconds; cases and enquiries are
added as they are opened.
"""
from __future__ import annotations

import json
import threading
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

from intake.config import Settings, load_settings
from intake.home import Home
from intake.people import person_from_json
from intake.store import Store
from routing import SchoolCalendar


# Share of forms whose child is on the list of open enquiries or open cases at all:
# a prior, so that a short list does not make every near-namesake look likely.
SHORT_LIST_PRIOR = 0.05


@dataclass
class Services:
    home: Home
    settings: Settings
    store: Store
    calendar: SchoolCalendar
    today: date | None = None
    _linkers: dict = field(default_factory=dict)
    match_lock: threading.RLock = field(default_factory=threading.RLock)
    _parser: object = None
    _prefetched: dict = field(default_factory=dict)
    _case_links: dict | None = None   # register id -> [(case reference, score, band)]
    _case_links_version: int = -1     # cme.db's data_version when _case_links was read
    _built_at: dict = field(default_factory=dict)   # linker kind -> its list's version then
    _seen_data_version: int = -1

    @classmethod
    def open(cls, home: Home, calendar: Path | None = None, today: date | None = None) -> "Services":
        settings = load_settings(home.root, calendar)
        home.ensure()
        store = Store(home.db_path)
        cal = SchoolCalendar.load(settings.calendar, settings.closure)
        return cls(home=home, settings=settings, store=store, calendar=cal, today=today)

    def close(self) -> None:
        if self._parser is not None:
            self._parser.close()
        self.store.close()

    # Linkers are built on first use: an import command does not need all three.
    def linker(self, kind: str):
        from matching.batch import person_from_row  # noqa: PLC0415 - heavy, only when matching
        from matching.linker import Linker  # noqa: PLC0415

        with self.match_lock:
            self._drop_stale_linkers()
            if kind in self._linkers:
                return self._linkers[kind]
            self._built_at[kind] = self.store.list_version(kind)
            if kind == "register":
                people = (p for p in map(person_from_row, self.store.register_rows()) if p is not None)
                linker = Linker(people, self.settings.match)
            else:
                # The short lists weigh names by how common they are among all the
                # authority's children (the register), not among their own few rows.
                if kind == "enquiry":
                    people = (p for p in map(person_from_row, self.store.open_enquiries()) if p is not None)
                else:
                    people = (person_from_json(json.loads(r["person_json"])) for r in self.store.open_cases())
                linker = Linker(people, self.settings.match, population=self.linker("register"),
                                in_list=SHORT_LIST_PRIOR)
            self._linkers[kind] = linker
            return linker

    def _drop_stale_linkers(self) -> None:
        """The watcher runs for weeks while co-ordinators import registers and enquiries from
        the command line: a linker whose list another process changed is built again."""
        seen = self.store.data_version()     # changes only when another connection commits
        if seen == self._seen_data_version:
            return
        self._seen_data_version = seen
        for kind in [k for k in self._linkers if self.store.list_version(k) != self._built_at.get(k)]:
            self._linkers.pop(kind, None)
        if "register" not in self._linkers:    # the short lists borrow the register's statistics
            self._linkers.pop("enquiry", None)
            self._linkers.pop("case", None)

    def forget_linker(self, kind: str) -> None:
        with self.match_lock:
            self._linkers.pop(kind, None)

    # ------------------------------------------------------------------ used by the pipeline
    def received_now(self):
        """'Received' is now, or --today at the current time of day (contract section 2)."""
        from datetime import datetime, timezone  # noqa: PLC0415
        now = datetime.now(timezone.utc).replace(microsecond=0)
        if self.today is not None:
            now = now.replace(year=self.today.year, month=self.today.month, day=self.today.day)
        return now

    def _pool(self):
        if self._parser is None:
            from intake.isolation import IsolatedParser  # noqa: PLC0415
            self._parser = IsolatedParser(self.settings.limits, workers=self.settings.watch.workers or None)
        return self._parser

    def prefetch(self, paths: list[Path]) -> None:
        """Start parsing these files in the worker pool while earlier ones are matched."""
        for path in paths:
            self._prefetched[path] = self._pool().submit(path)

    def parse(self, path: Path):
        """Parse in an isolated worker process with time and memory limits."""
        future = self._prefetched.pop(path, None)
        return future.result() if future is not None else self._pool().parse(path)

    def add_case(self, reference: str, record, register_matches=(), on=None) -> None:
        from intake.people import person_from_record  # noqa: PLC0415
        with self.match_lock:
            if "case" in self._linkers:
                self._linkers["case"].add(person_from_record(reference, record, on=on))
            if self._case_links is not None:
                for m in register_matches:
                    self._case_links.setdefault(m.id, []).append((reference, m.score, m.band))

    def cases_linked_to(self, register_id: str) -> list[tuple[str, float, str]]:
        """Open cases whose own form matched this register child (read once, then kept up to
        date; read again when another process, e.g. a review verdict, has written cme.db)."""
        with self.match_lock:
            version = self.store.data_version()
            if self._case_links is None or version != self._case_links_version:
                self._case_links_version = version
                links: dict = {}
                for case in self.store.open_cases():
                    for rid, score, band in json.loads(case.get("register_links") or "[]"):
                        links.setdefault(rid, []).append((case["reference"], score, band))
                self._case_links = links
            return list(self._case_links.get(register_id, ()))

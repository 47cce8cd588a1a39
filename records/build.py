"""Assemble a validated `Record` from the fields a parser read.

A value that fails validation is dropped and reported in plain words; the rest
of the form still counts. Required fields are then checked per form type.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from typing import Any

from pydantic import ValidationError

from records.dates import drop_impossible_dates
from records.messages import error_path, message, missing_message
from records.models import FormType, Record
from records.required import alternatives, missing_required


@dataclass
class BuiltRecord:
    record: Record
    problems: list[str] = field(default_factory=list)
    missing: list[str] = field(default_factory=list)      # contract paths
    dropped: list[str] = field(default_factory=list)      # paths whose value was invalid


def _set(tree: dict, path: str, value: Any) -> None:
    parts = path.split(".")
    cur: Any = tree
    for i, part in enumerate(parts[:-1]):
        nxt_is_index = parts[i + 1].isdigit()
        if isinstance(cur, list):
            idx = int(part)
            while len(cur) <= idx:
                cur.append({})
            cur = cur[idx]
            continue
        cur = cur.setdefault(part, [] if nxt_is_index else {})
    last = parts[-1]
    if isinstance(cur, list):
        idx = int(last)
        while len(cur) <= idx:
            cur.append({})
        cur[idx] = value
    else:
        cur[last] = value


def _drop(tree: dict, loc: tuple) -> None:
    cur: Any = tree
    for part in loc[:-1]:
        try:
            cur = cur[part]
        except (KeyError, IndexError, TypeError):
            return
    try:
        if isinstance(cur, list):
            cur.pop(loc[-1])
        else:
            cur.pop(loc[-1], None)
    except (IndexError, TypeError, KeyError):
        return


def _where(where: dict[str, str], path: str) -> str | None:
    while path:
        if path in where:
            return where[path]
        path = path.rpartition(".")[0]
    return None


BLOCK_OF = {FormType.cme_referral: "referral", FormType.cmj: "joiner",
            FormType.cml: "leaver", FormType.pupil_exit: "exit"}


def build_record(form_type: FormType, values: dict[str, Any], where: dict[str, str] | None = None,
                 received: date | None = None) -> BuiltRecord:
    """`where` maps a path to the place it was read, so a problem can point at it; `received`,
    the day the form came in, lets dates that cannot be true be refused (records.dates)."""
    where = where or {}
    tree: dict = {}
    block = BLOCK_OF.get(form_type)
    for path, value in values.items():
        top = path.split(".", 1)[0]
        # A block of another form type (a misfiled label) does not belong here.
        if top in BLOCK_OF.values() and top != block:
            continue
        if value is None or value == "" or value == []:
            continue
        _set(tree, path, value)
    if block and block not in tree:
        tree[block] = {}
    problems: list[str] = []
    dropped: list[str] = []
    for _ in range(50):  # each pass drops at least one bad value
        try:
            record = Record.model_validate(tree)
            break
        except ValidationError as exc:
            for err in exc.errors():
                loc = tuple(err["loc"])
                path = error_path(loc)
                if path not in dropped:
                    dropped.append(path)
                    problems.append(message(path, err["type"], _where(where, path)))
                _drop(tree, loc)
    else:  # pragma: no cover - a value that cannot be dropped
        record = Record()
    if received is not None:
        for path, error_type in drop_impossible_dates(record, received):
            dropped.append(path)
            problems.append(message(path, error_type, _where(where, path)))
    missing = missing_required(form_type, record)
    problems.extend(missing_message(alternatives(form_type, p)) for p in missing if p not in dropped)
    return BuiltRecord(record=record, problems=problems, missing=missing, dropped=dropped)

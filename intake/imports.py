"""Register and enquiry imports (contract section 3): CSV in, validated rows out.

A bad row is reported by its line number and skipped; the rest loads. Messages
name the column and the problem, never the value (it may be personal data).
"""
from __future__ import annotations

import csv
import io
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Annotated, Optional

from pydantic import BaseModel, BeforeValidator, ConfigDict, Field, StringConstraints, ValidationError

from intake.store import ENQUIRY_COLUMNS, REGISTER_COLUMNS

MAX_IMPORT_BYTES = 2 << 30


def _blank_to_none(v):
    if isinstance(v, str):
        v = v.strip()
        return v or None
    return v


def _sex(v):
    v = _blank_to_none(v)
    if v is None:
        return None
    m = {"m": "M", "male": "M", "f": "F", "female": "F", "u": None, "unknown": None, "x": None}
    key = str(v).strip().lower()
    if key not in m:
        raise ValueError("sex must be M, F, male, female or blank")
    return m[key]


def _upper_nospace(v):
    v = _blank_to_none(v)
    return None if v is None else "".join(str(v).split()).upper()


def _postcode(v):
    v = _upper_nospace(v)
    if v is None:
        return None
    return v[:-3] + " " + v[-3:] if len(v) > 3 else v


def _limited(n: int):
    return Optional[Annotated[str, StringConstraints(max_length=n)]]


Text = Annotated[_limited(300), BeforeValidator(_blank_to_none), Field(default=None)]
Sex = Annotated[Optional[str], BeforeValidator(_sex), Field(default=None)]
Code = Annotated[_limited(20), BeforeValidator(_upper_nospace), Field(default=None)]
Postcode = Annotated[_limited(10), BeforeValidator(_postcode), Field(default=None)]
IsoDate = Annotated[Optional[date], BeforeValidator(_blank_to_none), Field(default=None)]


class RegisterRowIn(BaseModel):
    model_config = ConfigDict(extra="ignore")
    register_id: Annotated[str, BeforeValidator(_blank_to_none), Field(max_length=64)]
    upn: Code
    legal_surname: Text
    legal_forenames: Text
    preferred_surname: Text
    preferred_forename: Text
    former_surnames: Text
    date_of_birth: IsoDate
    sex: Sex
    address: Text
    postcode: Postcode
    school_urn: Code
    school_name: Text
    year_group: Text


class EnquiryRowIn(BaseModel):
    model_config = ConfigDict(extra="ignore")
    enquiry_id: Annotated[str, BeforeValidator(_blank_to_none), Field(max_length=64)]
    requesting_la: Text
    legal_surname: Text
    legal_forenames: Text
    date_of_birth: IsoDate
    sex: Sex
    upn: Code
    address: Text
    postcode: Postcode
    enquiry_date: IsoDate
    contact_email: Text


@dataclass
class ImportResult:
    rows: list[dict] = field(default_factory=list)
    bad_rows: list[str] = field(default_factory=list)   # "line 12: date_of_birth is not a date"
    # every id the file names, its bad rows' too: a child whose row was skipped is still in it
    ids: set[str] = field(default_factory=set)


class ImportError_(Exception):
    """The file cannot be imported at all; the message is one plain sentence."""


def _reader(path: Path) -> csv.DictReader:
    try:
        if path.stat().st_size > MAX_IMPORT_BYTES:
            raise ImportError_(f"{path.name} is too large to import.")
        text = path.read_bytes().decode("utf-8-sig")
    except OSError as exc:
        raise ImportError_(f"{path} cannot be read ({exc.strerror}).") from None
    except UnicodeDecodeError:
        raise ImportError_(f"{path.name} is not a UTF-8 CSV file; save it as 'CSV UTF-8' and try again.") from None
    reader = csv.DictReader(io.StringIO(text, newline=""))
    if not reader.fieldnames:
        raise ImportError_(f"{path.name} has no header row.")
    reader.fieldnames = [(h or "").strip().lower() for h in reader.fieldnames]
    return reader


def _load(path: Path, model: type[BaseModel], columns: tuple[str, ...], key: str) -> ImportResult:
    reader = _reader(path)
    if key not in reader.fieldnames:
        raise ImportError_(f"{path.name} has no '{key}' column.")
    return _validate(((reader.line_num, row) for row in reader), model, columns, key)


def _validate(numbered_rows, model: type[BaseModel], columns: tuple[str, ...], key: str
              ) -> ImportResult:
    """Each row through the inbound model; a bad one is reported by its number and skipped."""
    result = ImportResult()
    for line, row in numbered_rows:
        named = _blank_to_none(row.get(key))
        if isinstance(named, str):
            result.ids.add(named)
        try:
            parsed = model.model_validate(row)
        except ValidationError as exc:
            what = "; ".join(f"{'.'.join(map(str, e['loc']))}: {e['msg']}" for e in exc.errors())
            result.bad_rows.append(f"line {line}: {what}")
            continue
        out = parsed.model_dump()
        result.rows.append({c: (out[c].isoformat() if isinstance(out.get(c), date) else out.get(c))
                            for c in columns})
    return result


def load_register_ctf(path: Path) -> ImportResult:
    """A DfE Common Transfer File: its pupils as register rows, checked like a CSV's."""
    from matching.ctf import CTFError, read_ctf  # noqa: PLC0415
    try:
        pupils = read_ctf(path)
    except CTFError as exc:
        raise ImportError_(f"{path.name}: {exc}") from None
    numbered = ((f"pupil {i}", row) for i, row in enumerate(pupils, start=1))
    result = _validate(numbered, RegisterRowIn, REGISTER_COLUMNS, "register_id")
    result.bad_rows = [b.replace("line pupil", "pupil") for b in result.bad_rows]
    return result


def load_register_csv(path: Path) -> ImportResult:
    return _load(path, RegisterRowIn, REGISTER_COLUMNS, "register_id")


def load_enquiries_csv(path: Path) -> ImportResult:
    return _load(path, EnquiryRowIn, ENQUIRY_COLUMNS, "enquiry_id")

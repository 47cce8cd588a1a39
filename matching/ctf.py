"""DfE Common Transfer File (CTF) import: pupils as contract section 3 register rows.

    CTfile / CTFpupilData / Pupil: UPN, Surname, Forename, MiddleNames, FormerSurname,
    PreferredSurname, PreferredForename, DOB, Gender, Address (BS7666Address or AddressLines),
    PostCode (inside Address in the DfE schema; also accepted directly under Pupil).

Parsed with defusedxml: a DOCTYPE, entity or external reference is refused, and the file is
size-capped before parsing. Errors name the problem, never a pupil's data.
"""
from __future__ import annotations

from pathlib import Path

from defusedxml import DefusedXmlException
from defusedxml.ElementTree import fromstring

MAX_CTF_BYTES = 50 * 1024 * 1024   # a whole school's CTF is a few MiB; more is not a CTF
_SEX = {"M": "M", "F": "F", "MALE": "M", "FEMALE": "F"}
_BS7666 = ("SAON", "PAON", "Street", "Locality", "Town", "AdministrativeArea", "PostTown")


class CTFError(ValueError):
    """The file cannot be read as a CTF; the message is one plain sentence."""


def _local(tag: str) -> str:
    return tag.rsplit("}", 1)[-1]


def _child(el, name: str):
    for c in el:
        if _local(c.tag) == name:
            return c
    return None


def _text(el, name: str) -> str:
    c = _child(el, name) if el is not None else None
    return (c.text or "").strip() if c is not None and c.text else ""


def _address(pupil) -> tuple[str, str]:
    addr = _child(pupil, "Address")
    postcode = _text(pupil, "PostCode")
    if addr is None:
        return "", postcode
    postcode = _text(addr, "PostCode") or postcode
    bs = _child(addr, "BS7666Address")
    if bs is not None:
        parts = [_text(bs, n) for n in _BS7666]
        house = " ".join(p for p in parts[:2] if p)
        line = ", ".join(p for p in [" ".join(x for x in (house, parts[2]) if x), *parts[3:]] if p)
        return line, postcode
    lines = _child(addr, "AddressLines")
    if lines is not None:
        return ", ".join((c.text or "").strip() for c in lines if (c.text or "").strip()), postcode
    return "", postcode


def _pupil_row(pupil) -> dict:
    forename = _text(pupil, "Forename")
    middle = _text(pupil, "MiddleNames")
    address, postcode = _address(pupil)
    former = [(c.text or "").strip() for c in pupil if _local(c.tag) == "FormerSurname"]
    upn = _text(pupil, "UPN").upper()
    return {
        "register_id": upn or None,
        "upn": upn or None,
        "legal_surname": _text(pupil, "Surname") or None,
        "legal_forenames": " ".join(x for x in (forename, middle) if x) or None,
        "preferred_surname": _text(pupil, "PreferredSurname") or None,
        "preferred_forename": _text(pupil, "PreferredForename") or None,
        "former_surnames": ";".join(f for f in former if f) or None,
        "date_of_birth": _text(pupil, "DOB") or None,
        "sex": _SEX.get(_text(pupil, "Gender").upper()),
        "address": address or None,
        "postcode": postcode.upper() or None,
        "school_urn": None,
        "school_name": None,
        "year_group": _text(pupil, "NCyearActual") or None,
    }


def read_ctf(path: Path | str, max_bytes: int = MAX_CTF_BYTES) -> list[dict]:
    """Every Pupil of a CTF as a register row dict; school fields from the CTF header."""
    path = Path(path)
    try:
        if path.stat().st_size > max_bytes:
            raise CTFError("The file is too large to be a Common Transfer File.")
        data = path.read_bytes()
    except OSError as exc:
        raise CTFError(f"The file cannot be read ({exc.strerror}).") from None
    try:
        root = fromstring(data, forbid_dtd=True, forbid_entities=True, forbid_external=True)
    except DefusedXmlException:
        raise CTFError("The file declares a DOCTYPE or entities; a CTF never does.") from None
    except Exception:
        raise CTFError("The file is not well-formed XML.") from None
    if _local(root.tag) != "CTfile":
        raise CTFError("The file is not a Common Transfer File (no CTfile root).")
    header = _child(root, "Header")
    source = _child(header, "SourceSchool") if header is not None else None
    urn = _text(source, "URN") if source is not None else ""
    school = _text(source, "SchoolName") if source is not None else ""
    pupils = _child(root, "CTFpupilData")
    rows = []
    for pupil in (pupils if pupils is not None else []):
        if _local(pupil.tag) != "Pupil":
            continue
        row = _pupil_row(pupil)
        row["school_urn"], row["school_name"] = urn or None, school or None
        rows.append(row)
    return rows

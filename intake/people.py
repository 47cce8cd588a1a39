"""Turn records and table rows into `matching.Person`, the one shape matching reads."""
from __future__ import annotations

from datetime import date

from matching.types import Person
from records.models import Record

def _date(value) -> date | None:
    if isinstance(value, date):
        return value
    try:
        return date.fromisoformat(str(value)) if value else None
    except ValueError:
        return None


def person_from_record(person_id: str, record: Record, school_urn: str | None = None,
                       on: date | None = None, form_type: str = "") -> Person:
    """`on`: the day the form was received, when the form gives no date of its own (the
    year group it states is the child's in that school year). A joiner notice (`cmj`) names
    the school the child has just joined, which the register and earlier forms do not know
    yet: there another school is no sign of another child, so it is not compared."""
    child = record.child
    address = child.address
    return Person(
        id=person_id,
        upn=child.upn,
        legal_surname=child.legal_surname,
        legal_forenames=child.legal_forenames,
        preferred_surname=child.preferred_surname,
        preferred_forename=child.preferred_forename,
        former_surnames=tuple(child.former_surnames),
        middle_names=child.middle_names,
        date_of_birth=child.date_of_birth,
        sex=child.sex if child.sex in ("male", "female") else None,
        address=", ".join([*address.lines, *([address.town] if address.town else [])]) if address else None,
        postcode=address.postcode if address else None,
        school_urn=None if form_type == "cmj" else (record.school.urn or school_urn),
        year_group=child.year_group,
        year_group_on=(record.submitted_on or on) if child.year_group is not None else None,
    )


def person_to_json(person: Person) -> dict:
    out = {k: getattr(person, k) for k in Person.__dataclass_fields__}
    out["former_surnames"] = list(person.former_surnames)
    for key in ("date_of_birth", "year_group_on"):
        out[key] = out[key].isoformat() if out[key] else None
    return out


def person_from_json(data: dict) -> Person:
    data = dict(data)
    data["former_surnames"] = tuple(data.get("former_surnames") or ())
    data["date_of_birth"] = _date(data.get("date_of_birth"))
    data["year_group_on"] = _date(data.get("year_group_on"))
    return Person(**{k: data.get(k) for k in Person.__dataclass_fields__})

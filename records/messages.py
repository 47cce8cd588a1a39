"""The one place that turns validation errors into words a school secretary understands.

Messages are keyed by pydantic's error type; the field is named by its printed
label, never by its value (values may be personal data).
"""
from __future__ import annotations

FIELD_LABELS = {
    "child.legal_surname": "the child's legal surname",
    "child.legal_forenames": "the child's legal forename(s)",
    "child.middle_names": "the child's middle names",
    "child.preferred_surname": "the child's preferred surname",
    "child.preferred_forename": "the child's preferred forename",
    "child.date_of_birth": "the child's date of birth",
    "child.sex": "the child's sex",
    "child.upn": "the child's Unique Pupil Number (UPN)",
    "child.year_group": "the child's year group",
    "child.address": "the child's home address",
    "child.address.postcode": "the postcode of the child's home address",
    "school.name": "the name of the school",
    "school.urn": "the school's URN",
    "school.dfe_number": "the school's DfE number",
    "submitted_on": "the date the form was completed",
    "referral.first_day_of_absence": "the first day of absence",
    "referral.last_date_attended": "the last date the child attended",
    "joiner.date_on_roll": "the date the child was put on roll",
    "leaver.date_of_leaving": "the date the child was taken off roll",
    "leaver.reason": "the reason the child is leaving",
    "exit.date_of_leaving": "the date the child is leaving",
    "exit.reason": "the reason the child is leaving",
}

BY_ERROR_TYPE = {
    "missing": "{label} is missing. Please fill it in.",
    "string_pattern_mismatch": "{label} is not in the expected format.",
    "string_too_long": "{label} is too long to be right.",
    "string_too_short": "{label} is empty.",
    "date_from_datetime_parsing": "{label} is not a date we can read. Please write it as day/month/year.",
    "date_parsing": "{label} is not a date we can read. Please write it as day/month/year.",
    "date_type": "{label} is not a date we can read. Please write it as day/month/year.",
    "literal_error": "{label} is not one of the options on the form.",
    "greater_than_equal": "{label} is out of range.",
    "less_than_equal": "{label} is out of range.",
    "too_long": "{label} has more entries than the form allows.",
    "bool_parsing": "{label} should be answered Yes or No.",
    "int_parsing": "{label} should be a number.",
    # records.dates: real dates that cannot be true on this form
    "after_received": "{label} is after the date it reached us, so it cannot be right. Please check it.",
    "after_completed": "{label} is after the date the form was completed, so it cannot be right. Please check it.",
}
DEFAULT = "{label} could not be read."


def label_for(path: str) -> str:
    if path in FIELD_LABELS:
        return FIELD_LABELS[path]
    parent = path.rsplit(".", 1)[0] if "." in path else path
    if parent in FIELD_LABELS:
        return FIELD_LABELS[parent]
    return "the answer to '" + path.rsplit(".", 1)[-1].replace("_", " ") + "'"


def message(path: str, error_type: str, where: str | None = None) -> str:
    """`where` points at the place on the form (e.g. "page 1, beside 'D.O.B.'"), never at the value."""
    text = BY_ERROR_TYPE.get(error_type, DEFAULT).format(label=label_for(path))
    if where:
        text = text.rstrip(".") + f" (on the form: {where})."
    return text[0].upper() + text[1:]


def missing_message(paths: tuple[str, ...]) -> str:
    """A required item is missing; when others would do instead (contract section 5: the first
    day of absence, or the last date attended), say so."""
    text = message(paths[0], "missing")
    if len(paths) > 1:
        text = text.rstrip(".") + ", or give " + " or ".join(label_for(p) for p in paths[1:]) + "."
    return text


def where_read(page: int | None, source: str) -> str | None:
    """A provenance source ("label:D.O.B.", "field:Text3") in words for a problem message."""
    kind, _, name = source.partition(":")
    if not name:
        return None
    place = f"page {page}, " if page else ""
    if kind == "label":
        return f"{place}beside '{name[:60]}'"
    if kind == "field":
        return f"{place}the box named '{name[:60]}'"
    return None


def error_path(loc: tuple) -> str:
    """pydantic loc ('child', 'address', 'lines', 0) -> 'child.address.lines'."""
    return ".".join(str(p) for p in loc if not isinstance(p, int))


GENERIC_PATHS = {"absence.first_day": "referral.first_day_of_absence", "absence.last_attended": "referral.last_date_attended",
                 "leaving.date": "leaver.date_of_leaving", "leaving.reason": "leaver.reason"}


def unreadable_note(path: str, provenance) -> str:
    """A value was written but could not be understood: say which, and where, never what."""
    label = label_for(GENERIC_PATHS.get(path, path))
    where = where_read(provenance.page, provenance.source)
    text = f"{label} could not be read" + (f" (on the form: {where})." if where else ".")
    return text[0].upper() + text[1:]

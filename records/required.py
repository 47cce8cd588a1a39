"""What each form type must say (contract section 5, the starred fields)."""
from __future__ import annotations

from records.models import FormType, Record

COMMON = ("child.legal_surname", "child.legal_forenames", "child.date_of_birth", "school.name")

# A tuple inside the list means "any one of these".
REQUIRED: dict[FormType, list] = {
    FormType.cme_referral: [*COMMON, ("referral.first_day_of_absence", "referral.last_date_attended")],
    FormType.cmj: [*COMMON, "joiner.date_on_roll"],
    FormType.cml: [*COMMON, "leaver.date_of_leaving", "leaver.reason"],
    FormType.pupil_exit: [*COMMON, "exit.date_of_leaving", "exit.reason"],
}


def _get(record: Record, path: str):
    cur = record
    for part in path.split("."):
        cur = getattr(cur, part, None)
        if cur is None:
            return None
    return cur


def missing_required(form_type: FormType, record: Record) -> list[str]:
    """Paths (or the first of an either/or group) that the form leaves empty."""
    gaps = []
    for need in REQUIRED.get(form_type, []):
        options = need if isinstance(need, tuple) else (need,)
        if all(_get(record, p) in (None, "", []) for p in options):
            gaps.append(options[0])
    return gaps


def alternatives(form_type: FormType, path: str) -> tuple[str, ...]:
    """The required path and the others that would do instead (an either/or group)."""
    for need in REQUIRED.get(form_type, []):
        if isinstance(need, tuple) and path in need:
            return (path, *(p for p in need if p != path))
    return (path,)

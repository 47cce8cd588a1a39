"""The facts the policy rules look at, worked out once from a form.

Rules stay one-line predicates because every date sum happens here. A fact that
needs a date the form does not give is None, and the rules that need it do not fire.
No fact holds personal data: counts, codes and yes/no only, so a why-text built
from them can go anywhere.
"""
from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Any, Iterable

from records.models import Address, Record
from routing.schooldays import SchoolCalendar, compulsory_school_age, year_group

# Leaving reasons after which the child should turn up at a new school (contract section 6).
EXPECTS_NEW_SCHOOL = frozenset({
    "another_school", "moved_away", "moved_outside_england", "absent_20_days",
    "not_returned_after_leave",
})
LEAVING_FORMS = frozenset({"cml", "pupil_exit"})


@dataclass
class Facts:
    form: str
    incomplete: bool
    ref_date_source: str                 # "completion date" | "date received"
    absence_days: int | None = None      # absence day number on the reference date
    absence_days_at_leaving: int | None = None
    joiner_days: int | None = None       # school days after date_on_roll up to the reference date
    whereabouts_known: bool | None = None
    safeguarding: frozenset[str] = frozenset()
    looked_after_sources: tuple[str, ...] = ()
    ehcp: bool = False
    reason: str | None = None            # leaving reason on a cml / pupil_exit
    joint_enquiries_made: bool | None = None
    new_school_known: bool = False
    forwarding_address_known: bool = False
    year_group: int | None = None
    year_group_source: str | None = None  # "the form" | "the date of birth"
    compulsory_age: bool | None = None
    restrict_address: bool = False
    certain: frozenset[str] = frozenset()  # kinds of certain matches: register/enquiry/case
    review_matches: int = 0
    reading_flags: frozenset[str] = frozenset()

    @property
    def leaving(self) -> bool:
        return self.form in LEAVING_FORMS

    @property
    def destination_school_unknown(self) -> bool:
        return self.leaving and self.reason in EXPECTS_NEW_SCHOOL and not self.new_school_known

    @property
    def forwarding_address_missing(self) -> bool:
        return self.leaving and self.reason == "moved_outside_england" and not self.forwarding_address_known

    @property
    def destination_unknown(self) -> bool:
        return self.destination_school_unknown or self.forwarding_address_missing

    @property
    def safeguarding_count(self) -> int:
        return len(self.safeguarding)

    @property
    def looked_after_from(self) -> str:
        return ", ".join(self.looked_after_sources)


def _address_known(address: Address | None) -> bool:
    return address is not None and not address.is_empty()


def _absence_start(cal: SchoolCalendar, first_day: date | None, last_attended: date | None) -> date | None:
    # Contract section 7: given only the last day attended, the absence starts next school day.
    if first_day is not None:
        return first_day
    return cal.next_school_day(last_attended) if last_attended is not None else None


def build_facts(form_type: str, status: str, record: Record, matches: Iterable[Any],
                received: date, reading_flags: Iterable[str], cal: SchoolCalendar) -> Facts:
    ref = record.submitted_on or received
    matches = list(matches)
    child = record.child
    f = Facts(
        form=form_type,
        incomplete=status == "incomplete",
        ref_date_source="completion date" if record.submitted_on else "date received",
        ehcp=child.ehcp is True,
        certain=frozenset(m.kind for m in matches if m.band == "certain"),
        review_matches=sum(1 for m in matches if m.band == "review"),
        reading_flags=frozenset(reading_flags),
    )
    sources = ["the child's details"] if child.looked_after is True else []
    leaving_date = None

    if form_type == "cme_referral" and record.referral is not None:
        r = record.referral
        f.whereabouts_known = r.whereabouts_known
        f.safeguarding = frozenset(r.safeguarding)
        start = _absence_start(cal, r.first_day_of_absence, r.last_date_attended)
        if start is not None:
            f.absence_days = cal.day_number(start, ref)
        if "looked_after" in r.safeguarding:
            sources.append("the safeguarding list")
        if "looked_after" in r.vulnerable_groups:
            sources.append("the vulnerable groups")
    elif form_type == "cmj" and record.joiner is not None:
        if record.joiner.date_on_roll is not None:
            f.joiner_days = cal.school_days_after(record.joiner.date_on_roll, ref)
    elif form_type == "cml" and record.leaver is not None:
        lv = record.leaver
        f.reason, f.joint_enquiries_made = lv.reason, lv.joint_enquiries_made
        leaving_date = lv.date_of_leaving
        dest = lv.destination_school
        f.new_school_known = dest is not None and bool(dest.name or dest.urn)
        f.forwarding_address_known = _address_known(lv.destination_address)
        start = _absence_start(cal, lv.first_day_of_absence, lv.last_date_attended)
        if start is not None:
            f.absence_days = cal.day_number(start, ref)
            if leaving_date is not None:
                f.absence_days_at_leaving = cal.day_number(start, leaving_date)
    elif form_type == "pupil_exit" and record.exit is not None:
        ex = record.exit
        f.reason = ex.reason
        leaving_date = ex.date_of_leaving
        f.new_school_known = ex.new_school is not None and bool(ex.new_school.name)
        f.forwarding_address_known = _address_known(ex.new_address)
        f.restrict_address = ex.restrict_address is True

    f.looked_after_sources = tuple(sources)
    # Year 11 (§9.2): the form's own year group wins; else from the date of birth on the leaving date.
    if child.year_group is not None:
        f.year_group, f.year_group_source = child.year_group, "the form"
    elif child.date_of_birth is not None and leaving_date is not None:
        f.year_group, f.year_group_source = year_group(child.date_of_birth, leaving_date), "the date of birth"
    if child.date_of_birth is not None:
        f.compulsory_age = compulsory_school_age(child.date_of_birth, ref)
    return f

"""The validated record of contract section 5: what a form says, once read.

Inbound direction only: parsers fill these, routing and matching read them. The
outbound decision has its own model (`records.decision`). Every field is optional
here; what each form type requires is checked by `records.required`, so that a
form with a gap becomes `incomplete` with a plain message instead of an exception.
"""
from __future__ import annotations

from datetime import date
from enum import Enum
from typing import Annotated, Literal, Optional

from pydantic import BaseModel, ConfigDict, Field, StringConstraints

# Limits on every free-text field: a form is never a novel, and a parser that
# returns one has misread the page.
Short = Annotated[str, StringConstraints(strip_whitespace=True, min_length=1, max_length=200)]
Long = Annotated[str, StringConstraints(strip_whitespace=True, min_length=1, max_length=4000)]
Postcode = Annotated[str, StringConstraints(pattern=r"^[A-Z]{1,2}[0-9][A-Z0-9]? [0-9][A-Z]{2}$")]
Upn = Annotated[str, StringConstraints(pattern=r"^[A-Z][0-9]{11}[0-9A-Z]$")]
Urn = Annotated[str, StringConstraints(pattern=r"^[0-9]{6}$")]
DfeNumber = Annotated[str, StringConstraints(pattern=r"^[0-9]{7}$")]
Sex = Literal["male", "female", "other", "unknown"]


class FormType(str, Enum):
    cme_referral = "cme_referral"
    cmj = "cmj"
    cml = "cml"
    pupil_exit = "pupil_exit"
    la_enquiry = "la_enquiry"
    unknown = "unknown"


LeavingReason = Literal[
    "another_school", "home_education", "moved_outside_england", "moved_away",
    "permanently_excluded", "absent_20_days", "not_returned_after_leave",
    "detained", "died", "other",
]
EnquiryMade = Literal[
    "phone_parents", "letter_parents", "email_parents", "home_visit",
    "relatives_neighbours", "siblings_schools", "s2s_lost_pupils", "social_care",
    "health", "police", "other_la", "social_media",
]
SafeguardingItem = Literal[
    "child_protection_plan", "serious_welfare_concern", "family_concerns",
    "contact_with_risk_person", "exploitation_risk", "care_order", "looked_after",
    "crime_victim_or_involved", "taken_abroad_illegally", "taken_abroad_illegal_act",
    "privately_fostered",
]
VulnerableGroup = Literal[
    "offending", "refuge", "homeless", "runaway", "medical_emotional", "looked_after",
    "grt", "young_carer", "transient", "teenage_parent", "excluded", "migrant",
    "independent_school_leaver", "armed_forces",
]


class _Model(BaseModel):
    # Unknown keys are a parser bug, not data: refuse them loudly in tests.
    model_config = ConfigDict(extra="forbid", str_strip_whitespace=True)


class Address(_Model):
    lines: list[Short] = Field(default_factory=list, max_length=8)
    town: Optional[Short] = None
    postcode: Optional[Postcode] = None
    country: Optional[Short] = None

    def is_empty(self) -> bool:
        return not (self.lines or self.town or self.postcode or self.country)


class Child(_Model):
    legal_surname: Optional[Short] = None
    legal_forenames: Optional[Short] = None
    middle_names: Optional[Short] = None
    preferred_surname: Optional[Short] = None
    preferred_forename: Optional[Short] = None
    former_surnames: list[Short] = Field(default_factory=list, max_length=10)
    date_of_birth: Optional[date] = None
    sex: Optional[Sex] = None
    upn: Optional[Upn] = None
    year_group: Optional[int] = Field(default=None, ge=-2, le=14)
    address: Optional[Address] = None
    ehcp: Optional[bool] = None
    looked_after: Optional[bool] = None


class Parent(_Model):
    name: Optional[Short] = None
    relationship: Optional[Short] = None
    phone: Optional[Short] = None
    email: Optional[Short] = None


class School(_Model):
    name: Optional[Short] = None
    urn: Optional[Urn] = None
    dfe_number: Optional[DfeNumber] = None
    contact_name: Optional[Short] = None
    contact_email: Optional[Short] = None
    contact_phone: Optional[Short] = None


class Sibling(_Model):
    name: Optional[Short] = None
    date_of_birth: Optional[date] = None
    school: Optional[Short] = None


class Referral(_Model):
    first_day_of_absence: Optional[date] = None
    last_date_attended: Optional[date] = None
    whereabouts_known: Optional[bool] = None
    reason: Optional[Long] = None
    enquiries_made: list[EnquiryMade] = Field(default_factory=list)
    safeguarding: list[SafeguardingItem] = Field(default_factory=list)
    childrens_services_informed: Optional[bool] = None
    police_informed: Optional[bool] = None
    vulnerable_groups: list[VulnerableGroup] = Field(default_factory=list)
    siblings: list[Sibling] = Field(default_factory=list, max_length=20)


class NamedSchool(_Model):
    name: Optional[Short] = None
    la: Optional[Short] = None


class DestinationSchool(_Model):
    name: Optional[Short] = None
    la: Optional[Short] = None
    urn: Optional[Urn] = None
    address: Optional[Long] = None


class NewSchool(_Model):
    name: Optional[Short] = None
    address: Optional[Long] = None
    phone: Optional[Short] = None
    la: Optional[Short] = None


class Joiner(_Model):
    date_on_roll: Optional[date] = None
    previous_school: Optional[NamedSchool] = None
    previous_address: Optional[Address] = None


class Leaver(_Model):
    date_of_leaving: Optional[date] = None
    reason: Optional[LeavingReason] = None
    last_date_attended: Optional[date] = None
    first_day_of_absence: Optional[date] = None
    destination_school: Optional[DestinationSchool] = None
    destination_address: Optional[Address] = None
    joint_enquiries_made: Optional[bool] = None


class Exit(_Model):
    date_of_leaving: Optional[date] = None
    reason: Optional[LeavingReason] = None
    new_address: Optional[Address] = None
    new_school: Optional[NewSchool] = None
    start_date: Optional[date] = None
    restrict_address: Optional[bool] = None


class Record(_Model):
    child: Child = Field(default_factory=Child)
    parents: list[Parent] = Field(default_factory=list, max_length=6)
    school: School = Field(default_factory=School)
    submitted_on: Optional[date] = None
    referral: Optional[Referral] = None
    joiner: Optional[Joiner] = None
    leaver: Optional[Leaver] = None
    exit: Optional[Exit] = None

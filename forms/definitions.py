"""The authority's four forms, defined once; the PDF and Word builders both read this.

Every field's `path` is its contract section 5 path and becomes the AcroForm field
name and the Word content-control tag, so a parser can map a filled template
straight onto the record. Enumeration members are one checkbox each, named
`<list path>.<member>` (e.g. `referral.safeguarding.care_order`).
"""
from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

Kind = Literal["text", "date", "check", "choice", "multiline"]
AUTHORITY = "Derbyshire County Council"


@dataclass(frozen=True)
class Field:
    path: str
    label: str
    kind: Kind = "text"
    options: tuple[tuple[str, str], ...] = ()  # choice only: (contract value, label)


@dataclass(frozen=True)
class Section:
    title: str
    fields: tuple[Field, ...]
    note: str = ""


@dataclass(frozen=True)
class FormDef:
    form_type: str  # contract section 4 form_type; also the built file's stem
    title: str
    intro: str
    sections: tuple[Section, ...]

    def fields(self) -> list[Field]:
        return [f for s in self.sections for f in s.fields]


def _checks(prefix: str, members: list[tuple[str, str]]) -> tuple[Field, ...]:
    return tuple(Field(f"{prefix}.{m}", label, "check") for m, label in members)


def _address(prefix: str, label: str, country: bool = False) -> tuple[Field, ...]:
    # Split rather than one box: schools otherwise put the postcode anywhere.
    out = [
        Field(f"{prefix}.lines", f"{label}: house and street", "multiline"),
        Field(f"{prefix}.town", f"{label}: town"),
        Field(f"{prefix}.postcode", f"{label}: postcode"),
    ]
    if country:
        out.append(Field(f"{prefix}.country", f"{label}: country (if not England)"))
    return tuple(out)


SEX = (("male", "Male"), ("female", "Female"), ("other", "Other"), ("unknown", "Not known"))

LEAVING_REASONS = [
    ("another_school", "Transferred to another school"),
    ("home_education", "Parent to home educate"),
    ("moved_outside_england", "Moved outside England"),
    ("moved_away", "Moved away - no longer within reasonable distance of the school"),
    ("permanently_excluded", "Permanently excluded"),
    ("absent_20_days", "Continuous absence of 20 school days (after joint reasonable enquiries)"),
    ("not_returned_after_leave", "Failed to return after leave of absence"),
    ("detained", "Detained / in custody"),
    ("died", "Deceased"),
    ("other", "Other"),
]
ENQUIRIES = [
    ("phone_parents", "Phone calls to parents/carers"),
    ("letter_parents", "Letter to parents/carers"),
    ("email_parents", "Email to parents/carers"),
    ("home_visit", "Home visit carried out"),
    ("relatives_neighbours", "Relatives, friends or neighbours asked"),
    ("siblings_schools", "Siblings' school(s) contacted"),
    ("s2s_lost_pupils", "S2S Lost Pupils Database checked"),
    ("social_care", "Children's social care contacted"),
    ("health", "Health services contacted"),
    ("police", "Police contacted"),
    ("other_la", "Other local authority contacted"),
    ("social_media", "Social media checked"),
]
SAFEGUARDING = [
    ("child_protection_plan", "Has a Child Protection Plan"),
    ("serious_welfare_concern", "Serious concerns about health, safety or welfare"),
    ("family_concerns", "Family concerns: domestic abuse, substance abuse, mental health or learning difficulties"),
    ("contact_with_risk_person", "May be in contact with a person who poses a risk to children"),
    ("exploitation_risk", "May be at risk of criminal or sexual exploitation"),
    ("care_order", "Subject to a Care Order"),
    ("looked_after", "Looked after by the local authority"),
    ("crime_victim_or_involved", "May be the victim of or involved in a crime"),
    ("taken_abroad_illegally", "May be taken out of the country illegally"),
    ("taken_abroad_illegal_act", "May be taken abroad for an illegal act (forced marriage, FGM, trafficking)"),
    ("privately_fostered", "Privately fostered"),
]
VULNERABLE = [
    ("offending", "Young offender"),
    ("refuge", "Living in a domestic abuse refuge"),
    ("homeless", "Homeless family / temporary accommodation"),
    ("runaway", "Young runaway"),
    ("medical_emotional", "Long-term medical or emotional problems"),
    ("looked_after", "Looked after child"),
    ("grt", "Gypsy, Roma or Traveller background"),
    ("young_carer", "Young carer"),
    ("transient", "Transient family"),
    ("teenage_parent", "Teenage parent"),
    ("excluded", "Permanently excluded"),
    ("migrant", "Migrant, asylum-seeking or refugee family"),
    ("independent_school_leaver", "Moved out of an independent school, academy or free school"),
    ("armed_forces", "Parent(s) in the Armed Forces"),
]

CHILD = Section("1. Child / young person", (
    Field("child.legal_surname", "Legal surname"),
    Field("child.legal_forenames", "Legal forename(s)"),
    Field("child.middle_names", "Middle name(s)"),
    Field("child.preferred_surname", "Preferred surname"),
    Field("child.preferred_forename", "Preferred forename (known as)"),
    Field("child.former_surnames", "Former surname(s), separated by ;"),
    Field("child.date_of_birth", "Date of birth", "date"),
    Field("child.sex", "Sex", "choice", SEX),
    Field("child.upn", "Unique pupil number (UPN)"),
    Field("child.year_group", "NC year group (Reception = R)"),
    *_address("child.address", "Home address"),
    Field("child.ehcp", "The child has an EHC plan", "check"),
    Field("child.looked_after", "The child is looked after (CLA)", "check"),
), "Tick a box for yes; leave it blank for no.")

PARENTS = Section("2. Parents / carers", tuple(
    Field(f"parents.{i}.{key}", f"Parent/carer {i + 1}: {label}")
    for i in range(2)
    for key, label in (("name", "name"), ("relationship", "relationship to child"),
                       ("phone", "telephone"), ("email", "email"))
))

SCHOOL = Section("3. School", (
    Field("school.name", "School name"),
    Field("school.urn", "School URN (6 digits)"),
    Field("school.dfe_number", "DfE number (e.g. 830/2001)"),
    Field("school.contact_name", "Completed by (name and role)"),
    Field("school.contact_email", "Contact email"),
    Field("school.contact_phone", "Contact telephone"),
))

DECLARATION = Section("Declaration", (Field("submitted_on", "Date completed", "date"),))

CME_REFERRAL = FormDef(
    "cme_referral",
    "Children Missing Education Referral Form",
    "Refer by day 11 of the absence at the latest, the same day if there are safeguarding "
    "concerns. Return securely to the CME team.",
    (CHILD, PARENTS, SCHOOL,
     Section("4. Absence", (
         Field("referral.first_day_of_absence", "First day of absence", "date"),
         Field("referral.last_date_attended", "Last date attended", "date"),
         Field("referral.whereabouts_known", "The child's whereabouts are known", "check"),
         Field("referral.reason", "Reason for referral and what is known", "multiline"),
     )),
     Section("5. Reasonable enquiries made", _checks("referral.enquiries_made", ENQUIRIES),
             "Tick all that have been done."),
     Section("6. Safeguarding (policy 7.1)", (
         *_checks("referral.safeguarding", SAFEGUARDING),
         Field("referral.childrens_services_informed", "Children's Services (Starting Point) informed", "check"),
         Field("referral.police_informed", "Police informed", "check"),
     ), "Tick all that apply. If any apply, contact Starting Point and/or the Police today."),
     Section("7. Vulnerable groups (policy 4.3)", _checks("referral.vulnerable_groups", VULNERABLE),
             "Tick all that apply."),
     Section("8. Brothers and sisters", tuple(
         Field(f"referral.siblings.{i}.{key}", f"Sibling {i + 1}: {label}", kind)
         for i in range(3)
         for key, label, kind in (("name", "name", "text"), ("date_of_birth", "date of birth", "date"),
                                  ("school", "school", "text"))
     )),
     DECLARATION),
)

CMJ = FormDef(
    "cmj",
    "Children Missing Joiners Form (CMJ)",
    "Return to the CME team within 5 school days of placing the pupil on roll.",
    (CHILD, PARENTS, SCHOOL,
     Section("4. Admission", (
         Field("joiner.date_on_roll", "Date placed on roll", "date"),
         Field("joiner.previous_school.name", "Previous school"),
         Field("joiner.previous_school.la", "Local authority of previous school"),
         *_address("joiner.previous_address", "Previous address", country=True),
     )),
     DECLARATION),
)

CML = FormDef(
    "cml",
    "Children Missing Leavers Form (CML)",
    "Send to the CME team BEFORE the pupil is removed from the admission register.",
    (CHILD, PARENTS, SCHOOL,
     Section("4. Leaving", (
         Field("leaver.date_of_leaving", "Date removed from roll", "date"),
         Field("leaver.last_date_attended", "Last date attended", "date"),
         Field("leaver.first_day_of_absence", "First day of absence (if absent)", "date"),
         Field("leaver.joint_enquiries_made", "Joint reasonable enquiries made with the LA", "check"),
     )),
     Section("5. Reason for removal from roll", _checks("leaver.reason", LEAVING_REASONS),
             "Tick one."),
     Section("6. Destination", (
         Field("leaver.destination_school.name", "Destination school"),
         Field("leaver.destination_school.urn", "Destination school URN"),
         Field("leaver.destination_school.la", "Local authority of destination school"),
         Field("leaver.destination_school.address", "Destination school address", "multiline"),
         *_address("leaver.destination_address", "New home address", country=True),
     )),
     DECLARATION),
)

PUPIL_EXIT = FormDef(
    "pupil_exit",
    "Pupil Exit Form",
    "Parents/carers: please complete this form when your child is leaving the school and "
    "return it to the school office.",
    (CHILD, PARENTS,
     Section("3. About the move", (
         Field("exit.date_of_leaving", "Date of leaving", "date"),
         Field("exit.start_date", "Start date at new school", "date"),
     )),
     Section("4. Reason for leaving", _checks("exit.reason", LEAVING_REASONS), "Tick one."),
     Section("5. New address and school", (
         *_address("exit.new_address", "New address", country=True),
         Field("exit.restrict_address", "Share the new address with the head teacher only", "check"),
         Field("exit.new_school.name", "New school"),
         Field("exit.new_school.address", "New school address", "multiline"),
         Field("exit.new_school.phone", "New school telephone"),
         Field("exit.new_school.la", "Local authority of new school"),
     )),
     Section("6. For school use", SCHOOL.fields),
     DECLARATION),
)

FORMS: dict[str, FormDef] = {f.form_type: f for f in (CME_REFERRAL, CMJ, CML, PUPIL_EXIT)}


def find_field(path: str) -> Field | None:
    """The field with this path on any form (a path means the same on every form)."""
    for form in FORMS.values():
        for f in form.fields():
            if f.path == path:
                return f
    return None

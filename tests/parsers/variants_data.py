"""Invented children and the forms a school might fill in about them.

A form is built as an abstract `Form` (sections of fields, tick lists and yes/no
questions, with the wording a school chose) plus the record it must read as
(`expected`, contract section 5 paths). The renderers in variants_pdf/_docx only
lay it out. Wordings are deliberately NOT the samples' wordings: they are what
other English councils' and schools' forms print.
"""
from __future__ import annotations

import random
import string
from dataclasses import dataclass, field
from datetime import date, timedelta

from parsers.normalise import upn_check_letter

FORENAMES = ["Oliver", "Isla", "Mohammed", "Freya", "Kacper", "Zainab", "Harvey", "Niamh", "Tomasz", "Ellie-Mae",
             "Reuben", "Amira", "Jayden", "Maisie", "Dawid", "Aaliyah", "Callum", "Poppy", "Ibrahim", "Summer"]
MIDDLE = ["James", "Rose", "Ali", "Grace", "Lee", "Marie"]
SURNAMES = ["Whitlock", "Okonkwo", "Brennan", "Kowalczyk", "Hargreaves", "Begum", "Fairclough", "McAllister",
            "Pemberton", "Nowak", "Ashworth", "Oduya", "Radcliffe", "Szymanski", "Threlfall", "Hussain"]
STREETS = ["Beech Grove", "Station Road", "Chapel Street", "Meadow Close", "Holly Bank", "Mill Lane", "Orchard Way"]
TOWNS = [("Ripley", "DE5"), ("Belper", "DE56"), ("Buxton", "SK17"), ("Ilkeston", "DE7"), ("Long Eaton", "NG10"),
         ("Bolsover", "S44"), ("Glossop", "SK13"), ("Swadlincote", "DE11")]
SCHOOLS = ["Holmewood Junior School", "St Werburgh's CE Primary", "Kirk Hallam Community Academy", "Brookside Infant School",
           "Heanor Gate Science College", "Codnor Community Primary", "Stonebroom Primary School", "Langley Mill Academy"]
OTHER_SCHOOLS = ["Oakfield Primary School", "Riverside Academy", "Hollybrook Junior School", "St Anne's RC Primary",
                 "Castle View Primary", "Greenhill Community School"]
STAFF = ["Mrs K Ashdown", "Mr P Gillott", "Ms R Vasquez", "Mrs D Ollerenshaw", "Mr T Bakewell"]


@dataclass
class Field:
    label: str
    value: str            # as written on the form; "\n" separates lines


@dataclass
class Ticks:
    label: str
    options: list[tuple[str, bool]]
    multi: bool = True


@dataclass
class YesNo:
    label: str
    value: bool


@dataclass
class Section:
    heading: str
    items: list


@dataclass
class Form:
    form_type: str
    title: str
    sections: list[Section]
    expected: dict
    styles: dict = field(default_factory=dict)


# ------------------------------------------------------------------ formatting styles
def fmt_date(d: date, style: str) -> str:
    suffix = "th" if 11 <= d.day <= 13 else {1: "st", 2: "nd", 3: "rd"}.get(d.day % 10, "th")
    return {
        "d.m.yy": f"{d.day}.{d.month}.{d.year % 100:02d}",
        "dd/mm/yyyy": d.strftime("%d/%m/%Y"),
        "ordinal": f"{d.day}{suffix} {d.strftime('%B %Y')}",
        "d Mon yyyy": f"{d.day} {d.strftime('%b %Y')}",
        "iso": d.isoformat(),
        "dd-mm-yyyy": d.strftime("%d-%m-%Y"),
        "d/m/yy": f"{d.day}/{d.month}/{d.year % 100:02d}",
    }[style]


DATE_STYLES = ["d.m.yy", "dd/mm/yyyy", "ordinal", "d Mon yyyy", "iso", "dd-mm-yyyy", "d/m/yy"]
SEX_STYLES = {"M/F": ("M", "F"), "words": ("Male", "Female"), "boy/girl": ("Boy", "Girl")}


def make_upn(rng: random.Random) -> str:
    body = "".join(rng.choice(string.digits) for _ in range(12))
    return upn_check_letter(body) + body


def make_postcode(rng: random.Random, district: str) -> str:
    letters = "ABDEFGHJLNPQRSTUWXYZ"
    return f"{district} {rng.randint(1, 9)}{rng.choice(letters)}{rng.choice(letters)}"


# ------------------------------------------------------------------ wordings
W = {
    "surname": ["Pupil's legal last name", "Child's surname", "Surname (as on birth certificate)", "Legal Family Name",
                "Child's last name", "Student surname", "Surname", "Last name (legal)"],
    "forenames": ["Child's first name", "Forename(s)", "Legal forename(s)", "Pupil's legal first name",
                  "Given name(s)", "First name(s)", "Child's forename(s)"],
    "fullname": ["Name of child", "Child's full name", "Pupil name", "Full legal name of child", "Name of pupil"],
    "dob": ["Date of Birth (dd/mm/yyyy)", "D.O.B.", "Child's date of birth", "Birth date", "DOB", "Date of birth"],
    "sex": ["Gender (M/F)", "Sex", "Gender", "Sex (M/F)", "Legal sex", "Male/Female"],
    "upn": ["UPN", "Unique Pupil Number (UPN)", "Pupil UPN", "UPN (13 characters)", "UPN number"],
    "address": ["Home address", "Address (including postcode)", "Current address", "Last known address",
                "Child's home address", "Address"],
    "postcode": ["Postcode", "Post code"],
    "parent": ["Parent / carer name", "Name of parent/carer", "Parent/Guardian name", "Main carer"],
    "parent_phone": ["Parent / carer contact number", "Parent/carer telephone", "Contact number", "Mobile number"],
    "school": ["School name", "Name of school", "School/Academy", "Name of school/academy", "Setting name", "School"],
    "urn": ["URN", "School URN", "Unique Reference Number (URN)"],
    "contact": ["Referrer", "Designated Safeguarding Lead", "Name of person completing form", "Completed by",
                "Contact name", "DSL name"],
    "submitted": ["Date of this referral", "Date completed", "Date form completed", "Today's date", "Date",
                  "Date of notification"],
    "lac": ["Is the child Looked After?", "Looked after child (CLA)?", "Child in care?"],
    "ehcp": ["EHCP (Y/N)", "Does the child have an EHC plan?", "EHCP"],
    "last_attended": ["Last day of attendance", "Date last attended", "Date child last attended school",
                      "Date of last attendance", "Last date in school"],
    "first_day": ["First day of absence", "Absent since", "Date absence started", "First date absent"],
    "whereabouts": ["Are the child's whereabouts known?", "Whereabouts known (Y/N)", "Do you know where the child is?",
                    "Is the child's current location known?"],
    "enquiries": ["Enquiries made (tick all that apply)", "Checks completed by school", "What checks have been made?",
                  "Reasonable enquiries undertaken", "Steps taken to locate the child"],
    "safeguarding": ["Safeguarding concerns", "Are there any safeguarding concerns?", "Child protection / welfare concerns",
                     "Risk factors (tick any that apply)"],
    "reason_ref": ["Reason for referral", "Details of concern", "Background information"],
    "date_on_roll": ["Date added to roll", "Start date", "Date of admission", "Date admitted to school", "Date joined school"],
    "prev_school": ["Former school", "Previous school", "Last school attended", "School previously attended",
                    "Previous school/setting"],
    "date_left": ["Date child left", "Date removed from roll", "Date of leaving", "Off-roll date", "Date taken off roll",
                  "Last day on roll"],
    "leave_reason": ["Reason for leaving roll", "Reason for removal from roll", "Why is the pupil leaving?",
                     "Reason for leaving"],
    "dest_school": ["Name of new school", "Receiving school", "Destination school", "School moving to",
                    "New school (if known)"],
    "new_address": ["Family's forwarding address", "New address", "Forwarding address (if known)"],
    "restrict": ["Please only share our new address with the headteacher", "Keep new address confidential?",
                 "Restrict new address (headteacher only)"],
    "start_new": ["Start date at new school", "Expected start date"],
}
SECTION_WORDS = {
    "child": ["Child's details", "Pupil details", "Section 1: About the child", "Details of the child", "Pupil information"],
    "parent": ["Parent / carer details", "Family details", "Parents and carers"],
    "school": ["School details", "Referring school", "Details of school", "School information"],
    "absence": ["Absence details", "Attendance information", "Reason for referral"],
    "joiner": ["Admission details", "Previous school details", "Joining details"],
    "leaving": ["Leaving details", "Destination", "About the move", "New school details"],
    "signoff": ["Declaration", "Completed by", "Sign off"],
}
TITLES = {
    "cme_referral": ["Children Missing Education Referral Form", "CME Referral", "Referral of a Child Missing Education",
                     "Child Missing Education (CME) Referral"],
    "cmj": ["Notification of a New Pupil (CMJ)", "Children Missing Joiners Form", "In-Year Admission Notification",
            "CMJ - Joiner Notification"],
    "cml": ["Notification of Pupil Removal from Roll", "Children Missing Leavers (CML) Notification",
            "Off-Roll Notification", "CML Form"],
    "pupil_exit": ["Pupil Exit Form", "Pupil Leaving Form", "Parent Leaving Notification", "School Leaving Form"],
}
ENQUIRIES = {
    "phone_parents": ["Phone calls to parent/carer", "Telephoned parents", "Called parent/carer"],
    "letter_parents": ["Letter sent home", "Letter to parents"],
    "email_parents": ["Emailed parents", "Email to parent/carer"],
    "home_visit": ["Home visit made", "Home visit carried out", "Visit to home address"],
    "relatives_neighbours": ["Contacted relatives/neighbours", "Spoke to neighbours"],
    "siblings_schools": ["Checked with siblings' schools", "Contacted siblings' schools"],
    "s2s_lost_pupils": ["S2S lost pupil database checked", "School2School search"],
    "social_care": ["Children's social care contacted", "Social care contacted"],
    "health": ["School nurse / health visitor contacted", "GP contacted"],
    "police": ["Police contacted", "Police welfare check"],
    "other_la": ["Other LA contacted", "Enquiry to other local authority"],
    "social_media": ["Searched Facebook/social media", "Social media checked"],
}
SAFEGUARDING = {
    "child_protection_plan": ["Child protection plan in place", "Subject to a CP plan"],
    "serious_welfare_concern": ["Serious concerns about welfare", "Serious welfare concern"],
    "family_concerns": ["Domestic abuse in the family", "Parental mental health"],
    "exploitation_risk": ["Risk of CSE/CCE", "Risk of exploitation"],
    "care_order": ["Subject to a care order"],
    "privately_fostered": ["Private fostering arrangement"],
    "taken_abroad_illegal_act": ["Risk of forced marriage / FGM"],
    "crime_victim_or_involved": ["Victim of crime"],
}
REASONS = {
    "another_school": ["Moved to a new school", "Transferred to another school", "Registered at another school"],
    "home_education": ["Removed for elective home education", "Elective home education", "Parent chose to home educate"],
    "moved_outside_england": ["Emigrated", "Left the country", "Moved abroad"],
    "moved_away": ["Family moved out of area", "Moved away from the area"],
    "detained": ["In custody"],
    "died": ["Deceased"],
    "permanently_excluded": ["Permanently excluded"],
    "not_returned_after_leave": ["Failed to return from extended holiday"],
}


# ------------------------------------------------------------------ tick styles
# How a ticked / unticked option is written in text. "drawn" and "wingdings" are
# drawn by the renderer itself (a box on the page, a Word symbol).
TICK_STYLES = ["box", "check", "X", "brackets", "yesno", "trail_box"]


def tick_line(caption: str, checked: bool, style: str) -> str:
    if style == "box":
        return f"{'☒' if checked else '☐'} {caption}"
    if style == "check":
        return f"✓ {caption}" if checked else caption
    if style == "X":
        return f"X {caption}" if checked else caption
    if style == "brackets":
        return f"[{'x' if checked else ' '}] {caption}"
    if style == "yesno":
        return f"{caption}: {'Yes' if checked else 'No'}"
    return f"{caption} {'☒' if checked else '☐'}"


def tick_cell(checked: bool, style: str) -> str:
    """The mark in a table cell beside an option's caption."""
    return {"box": "☒" if checked else "☐", "check": "✓" if checked else "", "X": "X" if checked else "",
            "brackets": "[x]" if checked else "[ ]", "yesno": "Yes" if checked else "No",
            "trail_box": "☒" if checked else "☐"}[style]


YESNO_STYLES = ["word", "letter", "pair_box", "pair_brackets"]


def yesno_text(value: bool, style: str) -> str:
    if style == "word":
        return "Yes" if value else "No"
    if style == "letter":
        return "Y" if value else "N"
    if style == "pair_box":
        return f"{'☒' if value else '☐'} Yes   {'☐' if value else '☒'} No"
    return f"Yes [{'x' if value else ' '}]  No [{' ' if value else 'x'}]"

"""Set G (PDF): retyped forms printed to PDF - emails as Outlook prints them, memos,
parents' letters, bullets and capitals, tab stops, answers below the label, numbered
points, a dash-separated memo line, a retyped template with typos. All made up.

Written before reading the reader. Expected values come from what each form says.
"""
from datetime import date as d


def _email(sender, address, sent, subject):
    return [("b", sender), f"From:  {sender} <{address}>", f"Sent:  {sent}",
            "To:  CME Team <cme@county.example.gov.uk>", f"Subject:  {subject}", ""]


def _below(*pairs):
    out = []
    for label, answer in pairs:
        out += [label, "", answer, ""]
    return out


CASES = [
    ("g_email_referral_pdf", "pdf", [
        *_email("Daniel Reyes", "d.reyes@stannes.example.sch.uk", "Monday, 16 November 2026 08:52",
                "Child missing education referral – Sofia Marin"),
        "Dear CME team,",
        "",
        ("p", "I would like to refer Sofia Elena Marin, born 27/08/2013, who is in Year 9 at "
              "St Anne's Catholic High School. Sofia's first day of absence was Monday 2 November "
              "2026 and she has not been in school since."),
        ("p", "Her home address is Flat 12, Carlton House, 3 Victoria Street, Leicester, LE1 6GH. "
              "Mum's mobile has been switched off and nobody answered the door when our family "
              "support worker visited on 10 November. A neighbour told us the family may have "
              "moved to London, but we have not been able to confirm where Sofia is living."),
        ("p", "Sofia is known to children's social care and we have informed her social worker."),
        "Many thanks,",
        "Daniel Reyes",
        "Attendance and Welfare Officer",
        "St Anne's Catholic High School",
        "0116 255 7788",
    ], {
        "form_type": "cme_referral", "child.legal_surname": "Marin",
        "child.legal_forenames": "Sofia Elena", "child.date_of_birth": d(2013, 8, 27),
        "child.year_group": 9, "child.address.postcode": "LE1 6GH",
        "referral.first_day_of_absence": d(2026, 11, 2), "referral.whereabouts_known": False,
        "referral.childrens_services_informed": True,
        "school.name": "St Anne's Catholic High School", "school.contact_name": "Daniel Reyes",
        "school.contact_email": "d.reyes@stannes.example.sch.uk",
        "school.contact_phone": "0116 255 7788", "submitted_on": d(2026, 11, 16),
    }),
    ("g_email_joiner_pdf", "pdf", [
        *_email("Lucy Brandon", "office@thorntonhill.example.sch.uk", "10 November 2026 15:03",
                "CMJ notification – new starter"),
        "Dear CME Team,",
        "",
        ("p", "Please note that Zara Ahmed (date of birth 17/01/2018) joined our Year 4 class on "
              "Monday 9 November 2026. She previously attended Greenway Primary School in "
              "Birmingham."),
        ("p", "Zara lives with her father at 4 Dale View, Loughborough, LE11 3RT."),
        "Regards,",
        "Lucy Brandon",
        "Office Manager, Thornton Hill Primary School",
        "URN 120567",
    ], {
        "form_type": "cmj", "child.legal_surname": "Ahmed", "child.legal_forenames": "Zara",
        "child.date_of_birth": d(2018, 1, 17), "child.year_group": 4,
        "child.address.postcode": "LE11 3RT", "joiner.date_on_roll": d(2026, 11, 9),
        "joiner.previous_school.name": "Greenway Primary School",
        "school.name": "Thornton Hill Primary School", "school.urn": "120567",
        "school.contact_name": "Lucy Brandon", "submitted_on": d(2026, 11, 10),
    }),
    ("g_memo_runin_excluded_cml_pdf", "pdf", [
        ("title", "MEMO"),
        "To: CME Officer",
        "From: Hatton Park School",
        "Date: 02.12.2026",
        "Subject: CML – child leaving roll",
        "",
        "Child: Oliver Grant      D.O.B: 11.04.2012      Yr: 10",
        "Addr: 71 Harrow Way, Wellingborough, NN8 3LP",
        "Off roll: 01.12.2026      Reason: permanently excluded",
    ], {
        "form_type": "cml", "child.legal_surname": "Grant", "child.legal_forenames": "Oliver",
        "child.date_of_birth": d(2012, 4, 11), "child.year_group": 10,
        "child.address.postcode": "NN8 3LP", "leaver.date_of_leaving": d(2026, 12, 1),
        "leaver.reason": "permanently_excluded", "school.name": "Hatton Park School",
        "submitted_on": d(2026, 12, 2),
    }),
    ("g_parent_letter_home_ed_exit_pdf", "pdf", [
        ("right", ["14 Sycamore Drive", "Oadby", "Leicester", "LE2 5TN", "", "25 November 2026"]),
        "The Headteacher",
        "Greenfields Primary School",
        "",
        "Dear Mrs Walsh,",
        "",
        ("b", "Re: Ethan Cole, DOB 05/05/2017, Year 5"),
        "",
        ("p", "I am writing to tell you that I have decided to educate my son Ethan at home. "
              "Please remove him from the school roll from Friday 4th December 2026, which will "
              "be his last day."),
        ("p", "Our address will stay the same. I understand that the local authority's elective "
              "home education team will be in touch."),
        "Yours sincerely,",
        "Sarah Cole",
    ], {
        "form_type": "pupil_exit", "child.legal_surname": "Cole", "child.legal_forenames": "Ethan",
        "child.date_of_birth": d(2017, 5, 5), "child.year_group": 5,
        "child.address.postcode": "LE2 5TN", "exit.reason": "home_education",
        "exit.date_of_leaving": d(2026, 12, 4), "school.name": "Greenfields Primary School",
        "submitted_on": d(2026, 11, 25),
    }),
    ("g_caps_bullets_referral_pdf", "pdf", [
        ("title", "CHILD MISSING EDUCATION – REFERRAL"),
        ("bul", "SURNAME – WHITFIELD"),
        ("bul", "FIRST NAME – JAYDEN"),
        ("bul", "D.O.B – 14/03/2016"),
        ("bul", "YEAR GROUP – 6"),
        "Male ☒ Female ☐",
        ("bul", "ADRESS – 3 CANAL SIDE, MARKET HARBOROUGH, LE16 7PL"),
        ("bul", "LAST DAY ATTENDED – 06/11/2026"),
        ("bul", "WHEREABOUTS KNOWN? – NO"),
        ("bul", "POLICE INFORMED? – YES"),
        ("bul", "SCHOOL – WELLAND VALE PRIMARY"),
        ("bul", "COMPLETED BY – TOM HARGREAVES"),
        ("bul", "CONTACT NO – 01858 433221"),
        ("bul", "DATE – 19/11/2026"),
    ], {
        "form_type": "cme_referral", "child.legal_surname": "WHITFIELD",
        "child.legal_forenames": "JAYDEN", "child.date_of_birth": d(2016, 3, 14),
        "child.year_group": 6, "child.sex": "male", "child.address.postcode": "LE16 7PL",
        "referral.last_date_attended": d(2026, 11, 6), "referral.whereabouts_known": False,
        "referral.police_informed": True, "school.name": "WELLAND VALE PRIMARY",
        "school.contact_name": "TOM HARGREAVES", "school.contact_phone": "01858 433221",
        "submitted_on": d(2026, 11, 19),
    }),
    ("g_tab_stops_exit_pdf", "pdf", [
        ("title", "Pupil Exit Form"),
        ("tab", "Pupil surname", "Kaur"),
        ("tab", "Pupil forename(s)", "Simran"),
        ("tab", "Date of birth", "22/02/2015"),
        "Male ☐   Female ☒",
        ("tab", "Current year group", "7"),
        ("tab", "Last day at school", "18/12/2026"),
        ("tab", "Reason for leaving", "Moving abroad – to India"),
        ("tab", "New address", "House 21, Model Town, Ludhiana, Punjab, India"),
        ("tab", "New school (if known)", "Not known yet"),
        ("tab", "Parent/carer name", "Manpreet Kaur"),
        ("tab", "Contact number", "07700 900555"),
        ("tab", "Date", "07/12/2026"),
    ], {
        "form_type": "pupil_exit", "child.legal_surname": "Kaur", "child.legal_forenames": "Simran",
        "child.date_of_birth": d(2015, 2, 22), "child.sex": "female", "child.year_group": 7,
        "exit.date_of_leaving": d(2026, 12, 18), "exit.reason": "moved_outside_england",
        "exit.new_school.name": None, "parents.0.name": "Manpreet Kaur",
        "parents.0.phone": "07700 900555", "submitted_on": d(2026, 12, 7),
    }),
]

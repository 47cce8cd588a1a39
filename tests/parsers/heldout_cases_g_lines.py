"""Set G (Word, continued): answers on the line after the label, tabs, every line its own
paragraph, a parent's email pasted with soft line breaks, a dash-separated memo line and
a referral letter whose letterhead gives "Contact: <phone>". All made up.

Written before reading the reader. Expected values come from what each form says.
"""
from datetime import date as d


def _below(*pairs):
    """Label, blank paragraph, answer, blank paragraph - for each pair."""
    out = []
    for label, answer in pairs:
        out += [label, "", answer, ""]
    return out


CASES = [
    ("g_blank_line_answers_referral_docx", "docx", [
        ("title", "Referral – Child Missing Education"),
        *_below(("Child's surname", "OKONKWO"), ("Child's first name(s)", "CHIDI"),
                ("Date of birth", "21.01.2014"), ("Gender", "Male"),
                ("Home address", "12 Larch Road, Corby, NN17 2JW"),
                ("First day of absence", "09.11.2026"),
                ("Do you know where the child is now?", "No"),
                ("Name of school", "Larchwood Secondary Academy"),
                ("Person completing this form", "Sam Adeyemi"),
                ("Contact telephone", "01536 200300")),
    ], {
        "form_type": "cme_referral", "child.legal_surname": "OKONKWO",
        "child.legal_forenames": "CHIDI", "child.date_of_birth": d(2014, 1, 21),
        "child.sex": "male", "child.address.postcode": "NN17 2JW",
        "referral.first_day_of_absence": d(2026, 11, 9), "referral.whereabouts_known": False,
        "school.name": "Larchwood Secondary Academy", "school.contact_name": "Sam Adeyemi",
        "school.contact_phone": "01536 200300",
    }),
    ("g_tabs_joiner_docx", "docx", [
        ("title", "CMJ – Child joining school"),
        "Surname\t\tBRENNAN",
        "First names\t\tCiara Mae",
        "Date of birth\t\t15/01/2022",
        "Year\t\tReception",
        "Sex\t\tF",
        "Home address\t\t31 Quarry Lane, Melton Mowbray, LE13 0PX",
        "Date admitted\t\t02/11/2026",
        "Previous school\t\tSt Peter's National School",
        "Previous LA / country\t\tIreland",
        "School\t\tSandy Lane Primary School",
        "Date\t\t04/11/2026",
    ], {
        "form_type": "cmj", "child.legal_surname": "BRENNAN", "child.legal_forenames": "Ciara Mae",
        "child.date_of_birth": d(2022, 1, 15), "child.year_group": 0, "child.sex": "female",
        "child.address.postcode": "LE13 0PX", "joiner.date_on_roll": d(2026, 11, 2),
        "joiner.previous_school.name": "St Peter's National School",
        "joiner.previous_school.la": "Ireland", "school.name": "Sandy Lane Primary School",
        "submitted_on": d(2026, 11, 4),
    }),
    ("g_every_line_paragraph_cml_docx", "docx", [
        "Notification of child leaving roll (CML)",
        "School: Hollybank Primary School",
        "Contact: 01604 771234",
        "Pupil's surname: Whitlock",
        "Pupil's forename: Harvey",
        "Date of birth: 19/09/2015",
        "Address: 6 Orchard Row",
        "Brixworth",
        "NN6 9DF",
        "Date removed from roll: 16/11/2026",
        "Reason: Family moved out of the area - now living in Cornwall, too far to travel",
        "New school: not known",
        "Date: 17/11/2026",
    ], {
        "form_type": "cml", "child.legal_surname": "Whitlock", "child.legal_forenames": "Harvey",
        "child.date_of_birth": d(2015, 9, 19), "child.address.postcode": "NN6 9DF",
        "child.address.town": "Brixworth", "leaver.date_of_leaving": d(2026, 11, 16),
        "leaver.reason": "moved_away", "leaver.destination_school.name": None,
        "school.name": "Hollybank Primary School", "school.contact_phone": "01604 771234",
        "school.contact_name": None, "submitted_on": d(2026, 11, 17),
    }),
    ("g_parent_email_soft_breaks_exit_docx", "docx", [
        ("br", ["From: Rachel Daniels <rachel.daniels@example.com>",
                "Sent: Thursday, 26 November 2026 19:42",
                "To: office@meadowview.example.sch.uk",
                "Subject: Pupil exit form - Noah Daniels"]),
        "Dear Mrs Okafor,",
        ("br", ["Please take this email as our pupil exit form for Noah.",
                "His full name is Noah James Daniels, date of birth 12/06/2017, and he is in "
                "Year 5 (Miss Bell's class)."]),
        "We are moving to Spain for my husband's work and Noah's last day will be Friday "
        "11th December 2026. We will be living at Calle Mayor 14, 03001 Alicante, Spain, and "
        "he will start at the British School of Alicante in January.",
        "Kind regards,",
        ("br", ["Rachel Daniels (Noah's mum)", "07700 900789"]),
    ], {
        "form_type": "pupil_exit", "child.legal_surname": "Daniels",
        "child.legal_forenames": "Noah James", "child.date_of_birth": d(2017, 6, 12),
        "child.year_group": 5, "exit.reason": "moved_outside_england",
        "exit.date_of_leaving": d(2026, 12, 11),
        "exit.new_school.name": "British School of Alicante", "submitted_on": d(2026, 11, 26),
    }),
    ("g_memo_dash_line_referral_docx", "docx", [
        ("b", "INTERNAL MEMO – CME REFERRAL"),
        "From: DSL, Ferndale Community Primary School",
        "To: Children Missing Education Officer",
        "Date: 03/12/2026",
        "",
        "Name - Date of birth - Address",
        "Kai Thompson - 30/09/2015 - 5 Elm Court, Corby, NN17 1AA",
        "",
        "Yr: 6   Sex: M",
        "Last seen in school: 20/11/2026",
        "Whereabouts known: N",
        "CP plan: Y – social worker informed",
        "DSL: Grace Holloway   Tel: 01536 400123",
    ], {
        "form_type": "cme_referral", "child.legal_surname": "Thompson",
        "child.legal_forenames": "Kai", "child.date_of_birth": d(2015, 9, 30),
        "child.address.postcode": "NN17 1AA", "child.year_group": 6, "child.sex": "male",
        "referral.last_date_attended": d(2026, 11, 20), "referral.whereabouts_known": False,
        "referral.safeguarding": ["child_protection_plan"],
        "school.name": "Ferndale Community Primary School",
        "school.contact_name": "Grace Holloway", "submitted_on": d(2026, 12, 3),
    }),
    ("g_letter_referral_contact_phone_docx", "docx", [
        ("right", ["Riverside Academy", "Mill Road, Kettering, NN15 7AB",
                   "Contact: 01536 512345", "Email: office@riverside.example.sch.uk"]),
        "Friday 27 November 2026",
        "",
        "Dear CME Officer,",
        "",
        ("b", "Re: Layla Begum, DOB 04/11/2011 (Year 10)"),
        "",
        "I wish to refer Layla to you as a child missing education. Layla last attended "
        "school on Thursday 12th November 2026. Her father told our attendance officer by "
        "phone that the family had travelled to Bangladesh to visit relatives, but they were "
        "due back on 23rd November and have not returned. We do not know where Layla is now.",
        "",
        "We have made a home visit, written to the family and made enquiries with Layla's "
        "older brother's school. Layla lives at 88 Regent Street, Kettering, NN16 8QF.",
        "",
        "Yours sincerely,",
        "Anita Desai",
        "Designated Safeguarding Lead",
    ], {
        "form_type": "cme_referral", "child.legal_surname": "Begum",
        "child.legal_forenames": "Layla", "child.date_of_birth": d(2011, 11, 4),
        "child.year_group": 10, "referral.last_date_attended": d(2026, 11, 12),
        "referral.whereabouts_known": False, "child.address.postcode": "NN16 8QF",
        "school.name": "Riverside Academy", "school.contact_name": "Anita Desai",
        "school.contact_phone": "01536 512345",
        "school.contact_email": "office@riverside.example.sch.uk",
        "submitted_on": d(2026, 11, 27),
    }),
]

"""Held-out set F (PDF): fillable forms with meaningless field names, tooltip-only fields,
pages printed from Word, two-column pages, two-page forms with a version footer.

Written before reading the reader. Every name, school and address is made up; expected
values are what each form says. Built by tests.parsers.heldout_build_f_pdf.write_pdf_f;
a case's spec is (items, header, footer).
"""
from datetime import date as d

from tests.parsers.heldout_cases_f import upn

U4, U5 = upn("881205517230"), upn("204119900341")
FOOT = "CME1 v3.2 Rev 09/2024"

CASES = [
    ("f_cme_pdf_acroform_labels_left", "pdf", ([
        ("title", "Child Missing Education (CME) Referral Form"),
        ("h", "Part 1: Child"),
        ("field", "Legal surname", "Brackenbury", "left"),
        ("field", "Legal forename(s)", "Tobias", "left"),
        ("field", "Date of birth", "04/09/2013", "left"),
        ("choice", "Sex", "Male", ["Male", "Female", "Not known"]),
        ("field", "Year group", "6", "left"),
        ("field", "Postcode", "DN21 3HW", "left"),
        ("h", "Part 2: School"),
        ("field", "School name", "Gainsmoor Primary School", "left"),
        ("field", "First day of absence", "20/01/2025", "left"),
        ("radio", "Are the child's whereabouts known?", ["Yes", "No"], "No"),
        ("checks", "Checks made (tick all that apply)", [
            ("Phone call to parents", True), ("Letter to parents", False),
            ("Home visit", True), ("Lost pupil database (S2S)", True)]),
    ], None, None), {
        "form_type": "cme_referral", "child.legal_surname": "Brackenbury",
        "child.legal_forenames": "Tobias", "child.date_of_birth": d(2013, 9, 4),
        "child.sex": "male", "child.year_group": 6, "child.address.postcode": "DN21 3HW",
        "school.name": "Gainsmoor Primary School",
        "referral.first_day_of_absence": d(2025, 1, 20), "referral.whereabouts_known": False,
        "referral.enquiries_made": ["phone_parents", "home_visit", "s2s_lost_pupils"]}),

    ("f_cmj_pdf_acroform_labels_above", "pdf", ([
        ("title", "CMJ - Pupil Admission Notification"),
        ("field", "Name of admitting school", "Redwell Grange School", "above"),
        ("field", "Pupil surname", "Nakamura-Price", "above"),
        ("field", "Pupil forename(s)", "Hana", "above"),
        ("field", "DOB (dd/mm/yyyy)", "21/03/2010", "above"),
        ("field", "NC year", "9", "above"),
        ("field", "Date on roll", "13/01/2025", "above"),
        ("field", "Previous school", "Kobe International School, Japan", "above"),
        ("field", "UPN (if known)", "", "above"),
    ], None, None), {
        "form_type": "cmj", "school.name": "Redwell Grange School",
        "child.legal_surname": "Nakamura-Price", "child.legal_forenames": "Hana",
        "child.date_of_birth": d(2010, 3, 21), "child.year_group": 9,
        "joiner.date_on_roll": d(2025, 1, 13),
        "joiner.previous_school.name": "Kobe International School, Japan", "child.upn": None}),

    ("f_cml_pdf_acroform_tooltips_only", "pdf", ([
        ("title", "Pupil Leaver Notification (CML)"),
        "Complete every box. Hover over a box for what to enter.",
        ("field", "School name", "Cobblestone Lane Primary", "tip"),
        ("field", "Surname", "Ferreira", "tip"),
        ("field", "Forenames", "Mateus", "tip"),
        ("field", "Date of birth", "15/11/2016", "tip"),
        ("field", "Date of leaving", "28/03/2025", "tip"),
        ("field", "Reason for leaving", "Moved to Portugal", "tip"),
    ], None, None), {
        "form_type": "cml", "school.name": "Cobblestone Lane Primary",
        "child.legal_surname": "Ferreira", "child.legal_forenames": "Mateus",
        "child.date_of_birth": d(2016, 11, 15), "leaver.date_of_leaving": d(2025, 3, 28),
        "leaver.reason": "moved_outside_england"}),

    ("f_exit_pdf_acroform_radio_reason", "pdf", ([
        ("title", "Pupil Exit Form - Parents and Carers"),
        "Eastcliff Primary School",
        ("field", "Child's surname", "Lindqvist", "left"),
        ("field", "Child's first name", "Freja", "left"),
        ("field", "Date of birth", "06/06/2014", "left"),
        ("field", "Last day at school", "04/04/2025", "left"),
        ("radio", "Reason for leaving", ["Moving to another school", "Home education",
                                         "Moving abroad", "Other"], "Moving to another school"),
        ("field", "Name of new school", "Harbourside Academy", "left"),
        ("field", "Start date at new school", "22/04/2025", "left"),
        ("field", "Parent/carer name", "Nils Lindqvist", "left"),
    ], None, None), {
        "form_type": "pupil_exit", "school.name": "Eastcliff Primary School",
        "child.legal_surname": "Lindqvist", "child.legal_forenames": "Freja",
        "child.date_of_birth": d(2014, 6, 6), "exit.date_of_leaving": d(2025, 4, 4),
        "exit.reason": "another_school", "exit.new_school.name": "Harbourside Academy",
        "exit.start_date": d(2025, 4, 22), "parents.0.name": "Nils Lindqvist"}),

    ("f_cme_pdf_printed_word_shaded_grid", "pdf", ([
        ("title", "Referral of a Child Missing Education"),
        ("shaded", [130, 120, 130, 115], [
            ["Details of the child"],
            ["Surname", "Quigley", "Forename(s)", "Aisling"],
            ["Date of Birth", "29/02/2012", "Gender", "F"],
            ["Year Group", "8", "UPN", U4],
            ["Address", "5 Tanner's Row, Holme", "Postcode", "HD9 2RL"],
            ["Referring school"],
            ["Establishment", "Holme Valley High", "Contact", "Mr P Osei"],
            ["Absence"],
            ["Last date attended", "07/02/2025", "Date of first absence", "10/02/2025"],
        ]),
        "Reason for referral: not seen since half term; phone disconnected.",
    ], None, None), {
        "form_type": "cme_referral", "child.legal_surname": "Quigley",
        "child.legal_forenames": "Aisling", "child.date_of_birth": d(2012, 2, 29),
        "child.sex": "female", "child.year_group": 8, "child.upn": U4,
        "child.address.postcode": "HD9 2RL", "school.name": "Holme Valley High",
        "school.contact_name": "Mr P Osei", "referral.last_date_attended": d(2025, 2, 7),
        "referral.first_day_of_absence": d(2025, 2, 10)}),

    ("f_cmj_pdf_two_columns_child_parent", "pdf", ([
        ("title", "Joiner Notification - CMJ"),
        "School: Millbeck Church of England Academy",
        ("two", ("Child", [("Name", "Yusuf Demir"), ("Date of birth", "19/08/2011"),
                           ("Year group", "9"), ("Date joined roll", "27/01/2025")]),
                ("Parent / Carer", [("Name", "Elif Demir"), ("Date of birth", "02/05/1984"),
                                    ("Relationship", "Mother"), ("Telephone", "07700 900562")])),
        "Previous school: Istanbul Koleji (Turkey)",
    ], None, None), {
        "form_type": "cmj", "school.name": "Millbeck Church of England Academy",
        "child.legal_surname": "Demir", "child.legal_forenames": "Yusuf",
        "child.date_of_birth": d(2011, 8, 19), "child.year_group": 9,
        "joiner.date_on_roll": d(2025, 1, 27), "parents.0.name": "Elif Demir",
        "parents.0.relationship": "Mother", "parents.0.phone": "07700 900562",
        "joiner.previous_school.name": "Istanbul Koleji (Turkey)"}),

    ("f_cml_pdf_two_pages_repeated_header", "pdf", ([
        ("title", "Child Leaving School (CML) Notification"),
        ("h", "Section 1 - Pupil"),
        "Surname: Oyelaran",
        "Forename(s): Tomiwa",
        "Date of birth: 11/01/2015",
        "NCY: 5",
        "Address: 40 Weaver Street, Castlegate, S63 8JD",
        ("page",),
        ("h", "Section 2 - School and leaving"),
        "School: Castlegate Primary School",
        "Date of leaving: 31/01/2025",
        "Last day attended: 24/01/2025",
        "Reason: Moved out of the local area (within England)",
        "Destination school (if known): Not known",
    ], "Castlegate Primary School - CML notification", FOOT), {
        "form_type": "cml", "child.legal_surname": "Oyelaran",
        "child.legal_forenames": "Tomiwa", "child.date_of_birth": d(2015, 1, 11),
        "child.year_group": 5, "child.address.postcode": "S63 8JD",
        "school.name": "Castlegate Primary School", "leaver.date_of_leaving": d(2025, 1, 31),
        "leaver.last_date_attended": d(2025, 1, 24), "leaver.reason": "moved_away"}),

    ("f_cme_pdf_two_pages_version_footer", "pdf", ([
        ("title", "CME1 Referral: Child Missing Education"),
        ("shaded", [150, 345], [
            ["Child's legal surname", "Ratcliffe-Moore"],
            ["Child's legal forename(s)", "Jayden"],
            ["Date of birth", "03/10/2008"],
            ["Year group", "Year 12"],
            ["Home postcode", "BD7 1PQ"],
        ]),
        ("page",),
        ("shaded", [150, 345], [
            ["Referring school", "Thornton Ridge Sixth Form"],
            ["Date of first absence", "17/03/2025"],
            ["Whereabouts known?", "No"],
            ["Police informed?", "Yes"],
        ]),
    ], "Children Missing Education Referral", FOOT), {
        "form_type": "cme_referral", "child.legal_surname": "Ratcliffe-Moore",
        "child.legal_forenames": "Jayden", "child.date_of_birth": d(2008, 10, 3),
        "child.year_group": 12, "child.address.postcode": "BD7 1PQ",
        "school.name": "Thornton Ridge Sixth Form",
        "referral.first_day_of_absence": d(2025, 3, 17), "referral.whereabouts_known": False,
        "referral.police_informed": True, "submitted_on": None}),

    ("f_exit_pdf_acroform_mixed_tooltips", "pdf", ([
        ("title", "Notice of Pupil Leaving - Parent Form"),
        ("field", "School", "Bramley Oaks Infant School", "left"),
        ("field", "Pupil's full name", "Olivia Grace Penhaligon", "left"),
        ("field", "Pupil's date of birth", "22/07/2019", "tip"),
        ("field", "Final day of attendance", "16/05/2025", "left"),
        ("choice", "Reason", "Moving house", ["Moving house", "Moving abroad",
                                               "Home education", "Other school"]),
        ("field", "New address", "2 Gorse View, Penzance, TR20 8XX", "above"),
        ("checks", "Please keep our new address confidential", [("Yes", True), ("No", False)]),
    ], None, None), {
        "form_type": "pupil_exit", "school.name": "Bramley Oaks Infant School",
        "child.legal_surname": "Penhaligon", "child.legal_forenames": "Olivia Grace",
        "child.date_of_birth": d(2019, 7, 22), "exit.date_of_leaving": d(2025, 5, 16),
        "exit.reason": "moved_away", "exit.new_address.postcode": "TR20 8XX",
        "exit.restrict_address": True}),

    ("f_cmj_pdf_shaded_label_row", "pdf", ([
        ("title", "Starters Return to the LA (CMJ)"),
        "Name of school: Hazelwick Vale Primary",
        ("shaded", [110, 110, 80, 70, 125], [
            ["Surname", "Given names", "D.O.B.", "NCY", "Admission date"],
            ["Kowalczyk", "Marek", "30/04/2017", "3", "03/03/2025"],
        ]),
        "Previous school and LA: Szkola Podstawowa nr 5, Poland",
    ], None, None), {
        "form_type": "cmj", "school.name": "Hazelwick Vale Primary",
        "child.legal_surname": "Kowalczyk", "child.legal_forenames": "Marek",
        "child.date_of_birth": d(2017, 4, 30), "child.year_group": 3,
        "joiner.date_on_roll": d(2025, 3, 3)}),

    ("f_cml_pdf_acroform_checkbox_reasons", "pdf", ([
        ("title", "CML Leaver Form"),
        ("field", "Establishment", "Winterbourne Abbey School", "left"),
        ("field", "Surname", "Achterberg", "left"),
        ("field", "Forename(s)", "Pieter", "left"),
        ("field", "Date of birth", "08/08/2009", "left"),
        ("field", "UPN", U5, "left"),
        ("field", "Date pupil left roll", "09/05/2025", "left"),
        ("checks", "Reason for removal from roll", [
            ("Another school", False), ("Home education", False),
            ("Permanently excluded", True), ("Other", False)]),
        ("radio", "Joint enquiries completed with the LA?", ["Yes", "No"], "No",
         ["Yes", "No"]),
    ], None, None), {
        "form_type": "cml", "school.name": "Winterbourne Abbey School",
        "child.legal_surname": "Achterberg", "child.legal_forenames": "Pieter",
        "child.date_of_birth": d(2009, 8, 8), "child.upn": U5,
        "leaver.date_of_leaving": d(2025, 5, 9), "leaver.reason": "permanently_excluded",
        "leaver.joint_enquiries_made": False}),

    ("f_exit_pdf_printed_word_lines", "pdf", ([
        ("title", "Pupil Exit Form"),
        "Name of school: Sandpiper Bay Primary",
        "Forename(s) as on birth certificate: Ezra",
        "Family name: Montgomery-Tait",
        "Date of birth (dd/mm/yyyy): 01/04/2016",
        "Leaving date: 11/07/2025",
        "Reason for leaving: Emigrating to New Zealand",
        "Destination school (if known): Ponsonby Primary, Auckland",
        "Signed (parent/carer): Ruth Montgomery-Tait    Date: 30/06/2025",
    ], "Sandpiper Bay Primary", FOOT), {
        "form_type": "pupil_exit", "school.name": "Sandpiper Bay Primary",
        "child.legal_surname": "Montgomery-Tait", "child.legal_forenames": "Ezra",
        "child.date_of_birth": d(2016, 4, 1), "exit.date_of_leaving": d(2025, 7, 11),
        "exit.reason": "moved_outside_england",
        "exit.new_school.name": "Ponsonby Primary, Auckland",
        "submitted_on": d(2025, 6, 30)}),
]

"""Set G (PDF, continued): answers below the label with a blank line between, a parent's
letter about moving abroad, hanging numbered points, an email about a move to Wales, a
dash-separated memo, a retyped joiner template with typos. All made up.

Written before reading the reader. Expected values come from what each form says.
"""
from datetime import date as d

from tests.parsers.heldout_cases_g_pdf import _below, _email

CASES = [
    ("g_blank_line_answers_cmj_pdf", "pdf", [
        ("title", "Child joining school (CMJ)"),
        *_below(("Legal surname", "FERREIRA"), ("Forenames", "Lucas Miguel"),
                ("Date of birth", "01/12/2014"), ("Year group", "Year 7"),
                ("Address", "19 Brook Street, Hinckley, LE10 1AZ"),
                ("Date placed on roll", "23/11/2026"),
                ("Previous school", "Escola Básica de Lisboa"),
                ("Previous local authority / country", "Portugal"),
                ("School", "Hinckley Parks Academy"), ("Date completed", "24/11/2026")),
    ], {
        "form_type": "cmj", "child.legal_surname": "FERREIRA",
        "child.legal_forenames": "Lucas Miguel", "child.date_of_birth": d(2014, 12, 1),
        "child.year_group": 7, "child.address.postcode": "LE10 1AZ",
        "joiner.date_on_roll": d(2026, 11, 23),
        "joiner.previous_school.name": "Escola Básica de Lisboa",
        "joiner.previous_school.la": "Portugal", "school.name": "Hinckley Parks Academy",
        "submitted_on": d(2026, 11, 24),
    }),
    ("g_parent_letter_abroad_exit_pdf", "pdf", [
        ("right", ["Flat 2, 10 Queen Street", "Rushden", "NN10 0AA", "", "1st December 2026"]),
        "Dear Headteacher,",
        "",
        ("p", "Our daughter Wiktoria Zielinska (date of birth 30/06/2016) is in Mrs Green's class "
              "in Year 6. I am writing to let you know that we are returning to Poland "
              "permanently. Wiktoria's last day at Rushden Park Primary School will be Friday "
              "11th December 2026."),
        ("p", "Our new address will be ul. Długa 5, 80-827 Gdańsk, Poland. Wiktoria will go to "
              "the local primary school there but we do not have its name yet."),
        "Thank you for everything.",
        "Yours faithfully,",
        "Agnieszka Zielinska",
    ], {
        "form_type": "pupil_exit", "child.legal_surname": "Zielinska",
        "child.legal_forenames": "Wiktoria", "child.date_of_birth": d(2016, 6, 30),
        "child.year_group": 6, "child.address.postcode": "NN10 0AA",
        "exit.reason": "moved_outside_england", "exit.date_of_leaving": d(2026, 12, 11),
        "school.name": "Rushden Park Primary School", "submitted_on": d(2026, 12, 1),
    }),
    ("g_numbered_points_cml_pdf", "pdf", [
        ("title", "Notification of pupil leaving roll – CML"),
        ("num", 1, "Pupil's legal surname: O'Sullivan"),
        ("num", 2, "Pupil's forenames: Niamh"),
        ("num", 3, "Date of birth: 09/10/2010"),
        ("num", 4, "Year group: 11"),
        ("num", 5, "Gender: Female"),
        ("num", 6, "Home address: 42 Westfield Avenue, Oundle, PE8 4EU"),
        ("num", 7, "Date of leaving roll: 27/11/2026"),
        ("num", 8, "Last day attended: 20/11/2026"),
        ("num", 9, "Reason for leaving: Elective home education - parents' written request "
                   "received 23/11/2026"),
        ("num", 10, "Has a joint home visit / enquiries with the LA been made? No"),
        ("num", 11, "School completing: Nene Meadows Academy"),
    ], {
        "form_type": "cml", "child.legal_surname": "O'Sullivan", "child.legal_forenames": "Niamh",
        "child.date_of_birth": d(2010, 10, 9), "child.year_group": 11, "child.sex": "female",
        "child.address.postcode": "PE8 4EU", "leaver.date_of_leaving": d(2026, 11, 27),
        "leaver.last_date_attended": d(2026, 11, 20), "leaver.reason": "home_education",
        "leaver.joint_enquiries_made": False, "school.name": "Nene Meadows Academy",
    }),
    ("g_email_leaver_wales_pdf", "pdf", [
        *_email("Beth Carver", "admin@abbeyfields.example.sch.uk",
                "Wednesday, 2 December 2026 11:20", "Leaver notification (CML) – Freddie Walsh"),
        "Hi CME team,",
        "",
        ("p", "Just to let you know that Freddie Walsh (DOB 15/07/2020, Year 2) has left Abbey "
              "Fields Infant School. The family have moved to Wales and we don't yet know which "
              "school Freddie will attend. His last day with us was Friday 27 November 2026 and "
              "we took him off roll on 1 December 2026."),
        ("p", "Their new address is 7 Heol y Bont, Aberystwyth, SY23 1PZ."),
        "Thanks,",
        "Beth Carver",
        "School Administrator",
        "Abbey Fields Infant School",
    ], {
        "form_type": "cml", "child.legal_surname": "Walsh", "child.legal_forenames": "Freddie",
        "child.date_of_birth": d(2020, 7, 15), "child.year_group": 2,
        "leaver.reason": "moved_outside_england", "leaver.date_of_leaving": d(2026, 12, 1),
        "leaver.last_date_attended": d(2026, 11, 27),
        "leaver.destination_address.postcode": "SY23 1PZ",
        "leaver.destination_school.name": None, "school.name": "Abbey Fields Infant School",
        "school.contact_name": "Beth Carver", "submitted_on": d(2026, 12, 2),
    }),
    ("g_memo_dash_exit_pdf", "pdf", [
        ("b", "Pupil exit – note for file"),
        "Name - Date of birth - Year",
        "Evie Lawson - 06/06/2019 - Year 3",
        "Leaving date - 18/12/2026",
        "Reason - moving to a different school",
        "New school - Castle View Primary School",
        "New school's LA - West Northamptonshire",
        "Start date - 05/01/2027",
        "Parent - Kerry Lawson - 07700 900333",
        "Date - 09/12/2026",
    ], {
        "form_type": "pupil_exit", "child.legal_surname": "Lawson", "child.legal_forenames": "Evie",
        "child.date_of_birth": d(2019, 6, 6), "child.year_group": 3,
        "exit.date_of_leaving": d(2026, 12, 18), "exit.reason": "another_school",
        "exit.new_school.name": "Castle View Primary School",
        "exit.new_school.la": "West Northamptonshire", "exit.start_date": d(2027, 1, 5),
        "parents.0.name": "Kerry Lawson", "parents.0.phone": "07700 900333",
        "submitted_on": d(2026, 12, 9),
    }),
    ("g_typo_template_joiner_pdf", "pdf", [
        ("title", "NEW STARTER – CMJ"),
        "Surame: ABARA",
        "Frist name(s): DANIEL CHUKWUEMEKA",
        "D.O.B: 28/02/2013",
        "Yr group: 9",
        "Sex: Male",
        "Adress: 16 Kings Road",
        "Oakham",
        "LE15 6PB",
        "Date started: 30/11/2026",
        "Previous school and LA: Beacon Hill Academy, Southwark",
        "School: Rutland Vale College",
        "Contact: 01572 722258",
        "Date: 01/12/2026",
    ], {
        "form_type": "cmj", "child.legal_surname": "ABARA",
        "child.legal_forenames": "DANIEL CHUKWUEMEKA", "child.date_of_birth": d(2013, 2, 28),
        "child.year_group": 9, "child.sex": "male", "child.address.postcode": "LE15 6PB",
        "child.address.town": "Oakham", "joiner.date_on_roll": d(2026, 11, 30),
        "joiner.previous_school.name": "Beacon Hill Academy",
        "joiner.previous_school.la": "Southwark", "school.name": "Rutland Vale College",
        "school.contact_name": None, "school.contact_phone": "01572 722258",
        "submitted_on": d(2026, 12, 1),
    }),
]

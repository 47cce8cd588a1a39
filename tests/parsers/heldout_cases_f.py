"""Held-out set F (Word): content controls, legacy form fields, text boxes, nested tables,
page headers, glyph ticks, label rows over answer rows, child and parent side by side.

Written before reading the reader. Every name, school and address is made up; expected
values are what each form says. Built by tests.parsers.heldout_build_f.write_docx_f.
"""
from datetime import date as d


def upn(body: str) -> str:
    """A UPN with a valid check letter for its twelve characters."""
    total = sum(int(ch) * w for ch, w in zip(body, range(2, 14)))
    return "ABCDEFGHJKLMNPQRTUVWXYZ"[total % 23] + body


U1, U2, U3 = upn("873401220015"), upn("916302419087"), upn("330511823004")
Y, N = ("box", True), ("box", False)

CASES = [
    ("f_cme_docx_content_controls", "docx", [
        ("header", [[("b", "Hollowmere Church of England Primary School")],
                    "Children Missing Education - Referral to the Local Authority"]),
        ("p", ["Please complete all sections. Return by secure email."]),
        ("tbl", [
            ["Section A - About the child"],
            ["Legal surname", [("sdt", "Pellington")]],
            ["Forename(s) as on birth certificate", [("sdt", "Marnie Jo")]],
            ["DOB (dd/mm/yyyy)", [("date", "2016-07-19", "19/07/2016")]],
            ["Gender", [("drop", "Female", ["Male", "Female", "Other"])]],
            ["NCY", [("drop", "Year 4", [f"Year {i}" for i in range(1, 7)])]],
            ["UPN (if known)", [("sdt", U1)]],
            ["Home address", ("paras", [[("sdt", "14 Sallow Close")], [("sdt", "Brinkby")],
                                        [("sdt", "LN7 4QX")]])],
            ["Section B - Absence"],
            ["Date of first absence", [("date", "2025-01-13", "13/01/2025")]],
            ["Is the child's current whereabouts known?", [Y, " Yes   ", N, " No"]],
            ["Enquiries undertaken by school", ("paras", [
                [Y, " Telephone calls to parent/carer"], [Y, " Letter sent to home address"],
                [N, " Email to parent/carer"], [Y, " Home visit by school staff"]])],
        ]),
    ], {"form_type": "cme_referral", "child.legal_surname": "Pellington",
        "child.legal_forenames": "Marnie Jo", "child.date_of_birth": d(2016, 7, 19),
        "child.sex": "female", "child.year_group": 4, "child.upn": U1,
        "child.address.postcode": "LN7 4QX",
        "school.name": "Hollowmere Church of England Primary School",
        "referral.first_day_of_absence": d(2025, 1, 13), "referral.whereabouts_known": True,
        "referral.enquiries_made": ["phone_parents", "letter_parents", "home_visit"]}),

    ("f_cmj_docx_legacy_form_fields", "docx", [
        ("title", "Pupil Joining Notification (CMJ)"),
        "To be returned to the Admissions and CME Team within 5 school days.",
        ("tbl", [
            ["Establishment", [("fftext", "Orrin Vale Academy")]],
            ["Surname", [("fftext", "Castellano-Ruiz")]],
            ["First name(s)", [("fftext", "Teodoro")]],
            ["Date of birth", [("fftext", "02/11/2012")]],
            ["Sex", ["Male ", ("ffbox", True), "   Female ", ("ffbox", False)]],
            ["Year group (NCY)", [("fftext", "8")]],
            ["Date admitted to roll", [("fftext", "24/02/2025")]],
            ["Previous school", [("fftext", "Colegio San Ramon, Valencia")]],
            ["UPN", [("fftext", "")]],
        ]),
    ], {"form_type": "cmj", "school.name": "Orrin Vale Academy",
        "child.legal_surname": "Castellano-Ruiz", "child.legal_forenames": "Teodoro",
        "child.date_of_birth": d(2012, 11, 2), "child.sex": "male", "child.year_group": 8,
        "joiner.date_on_roll": d(2025, 2, 24),
        "joiner.previous_school.name": "Colegio San Ramon, Valencia", "child.upn": None}),

    ("f_cml_docx_glyph_ticks", "docx", [
        ("title", "Notification of Pupil Leaving School Roll (CML)"),
        ("tbl", [
            ["School", "Larkspur Fields Junior School"],
            ["Pupil surname", "Whitcombe"],
            ["Pupil forename(s)", "Ellis Ray"],
            ["D.O.B.", "08.05.2014"],
            ["Date pupil left roll", "11.04.2025"],
            ["Reason for removal from roll", ("paras", [
                "\u2610 Attending another school", "\u2612 Elective home education",
                "\u2610 Moved out of the area", "\u2610 Left the country"])],
            ["Have joint reasonable enquiries been made with the LA?", "\u2612 Yes \u2610 No"],
        ]),
    ], {"form_type": "cml", "school.name": "Larkspur Fields Junior School",
        "child.legal_surname": "Whitcombe", "child.legal_forenames": "Ellis Ray",
        "child.date_of_birth": d(2014, 5, 8), "leaver.date_of_leaving": d(2025, 4, 11),
        "leaver.reason": "home_education", "leaver.joint_enquiries_made": True}),

    ("f_exit_docx_text_box", "docx", [
        ("title", "Pupil Exit Form"),
        "For parents and carers: please tell us why your child is leaving Thornbury Heath "
        "Primary School.",
        ("txbx", [[("b", "Child's details")], "Surname: Okonkwo-Blake", "Forename: Adaeze",
                  "Date of birth: 30/01/2017", "Class: Year 3"]),
        ("h", "Leaving"),
        "Last day at this school: 18/07/2025",
        "Reason for leaving: We are moving to a new house in another county",
        "New school: Fenwick Moor Primary School",
        "New school start date: 03/09/2025",
        "Parent/carer name: Chidi Okonkwo-Blake",
        "Signed: C Okonkwo-Blake    Date: 07/07/2025",
    ], {"form_type": "pupil_exit", "child.legal_surname": "Okonkwo-Blake",
        "child.legal_forenames": "Adaeze", "child.date_of_birth": d(2017, 1, 30),
        "child.year_group": 3, "exit.date_of_leaving": d(2025, 7, 18),
        "exit.new_school.name": "Fenwick Moor Primary School",
        "exit.start_date": d(2025, 9, 3), "parents.0.name": "Chidi Okonkwo-Blake"}),

    ("f_cme_docx_old_vml_text_box", "docx", [
        ("title", "CME Referral"),
        ("vtxbx", ["Referring school: St Ebba's RC High School", "Contact: Mrs J Aldous",
                   "Tel: 01632 960441"]),
        ("tbl", [
            ["Child's last name", "Trevanion", "Child's first name", "Kyle"],
            ["Date of birth", "23 Sept 2010", "Year", "10"],
            ["Postcode", "TR18 5NB", "Sex", "M"],
            ["Last day child attended", "27 Feb 2025", "First day missing", "28 Feb 2025"],
        ]),
        "Reason for concern: Family said to have gone to stay with relatives; no reply since.",
    ], {"form_type": "cme_referral", "school.name": "St Ebba's RC High School",
        "school.contact_name": "Mrs J Aldous", "child.legal_surname": "Trevanion",
        "child.legal_forenames": "Kyle", "child.date_of_birth": d(2010, 9, 23),
        "child.year_group": 10, "child.address.postcode": "TR18 5NB", "child.sex": "male",
        "referral.last_date_attended": d(2025, 2, 27),
        "referral.first_day_of_absence": d(2025, 2, 28)}),

    ("f_cmj_docx_nested_tables", "docx", [
        ("title", "New Starter - Notification to Local Authority (CMJ)"),
        ("tbl", [
            ["1. School", ("nested", [["Name of school", "Quarry Bank Free School"],
                                      ["URN", "149903"]])],
            ["2. Pupil", ("nested", [["Family name", "Hadžić"], ["Given name(s)", "Lejla"],
                                     ["Birth date", "14/06/2013"], ["Current year", "Y7"]])],
            ["3. Admission", ("nested", [["Start date at this school", "06/01/2025"],
                                         ["Last school attended", "Brightwater Primary"],
                                         ["Local authority of last school", "Kirklees"]])],
        ]),
    ], {"form_type": "cmj", "school.name": "Quarry Bank Free School", "school.urn": "149903",
        "child.legal_surname": "Hadžić", "child.legal_forenames": "Lejla",
        "child.date_of_birth": d(2013, 6, 14), "child.year_group": 7,
        "joiner.date_on_roll": d(2025, 1, 6),
        "joiner.previous_school.name": "Brightwater Primary",
        "joiner.previous_school.la": "Kirklees"}),

    ("f_cml_docx_label_row_answers_below", "docx", [
        ("header", [[("b", "Ashgrove Community College")], "Leavers notification CML"]),
        ("tbl", [
            ["Surname", "Forename(s)", "DOB", "NCY", "UPN"],
            ["Marchetti", "Sofia Lucia", "03/03/2009", "11", U2],
        ]),
        ("tbl", [
            ["Date of leaving", "Last attendance", "Destination school (if known)"],
            ["21/03/2025", "21/03/2025", "Collegio Dante, Milan"],
        ]),
        ("tbl", [["Reason", "Family relocated abroad (Italy)"]]),
    ], {"form_type": "cml", "school.name": "Ashgrove Community College",
        "child.legal_surname": "Marchetti", "child.legal_forenames": "Sofia Lucia",
        "child.date_of_birth": d(2009, 3, 3), "child.year_group": 11, "child.upn": U2,
        "leaver.date_of_leaving": d(2025, 3, 21), "leaver.last_date_attended": d(2025, 3, 21),
        "leaver.destination_school.name": "Collegio Dante, Milan",
        "leaver.reason": "moved_outside_england"}),

    ("f_exit_docx_child_parent_side_by_side", "docx", [
        ("title", "Leaving Our School - Parent Notification"),
        "Fernhill Park Primary School",
        ("tbl", [
            ["", "Pupil", "Parent / carer"],
            ["Full name", "Roisin Delaney", "Aoife Delaney"],
            ["Date of birth", "12/12/2015", ""],
            ["Relationship to pupil", "", "Mother"],
            ["Contact telephone", "", "07700 900318"],
        ]),
        ("tbl", [
            ["Date your child will leave", "25/04/2025"],
            ["Why is your child leaving?", "Moving to Ireland"],
            ["New address", "Apartment 3, 9 Quay Street, Galway, Ireland"],
        ]),
    ], {"form_type": "pupil_exit", "school.name": "Fernhill Park Primary School",
        "child.legal_surname": "Delaney", "child.legal_forenames": "Roisin",
        "child.date_of_birth": d(2015, 12, 12), "parents.0.name": "Aoife Delaney",
        "parents.0.relationship": "Mother", "parents.0.phone": "07700 900318",
        "exit.date_of_leaving": d(2025, 4, 25), "exit.reason": "moved_outside_england"}),

    ("f_cme_docx_legacy_checkbox_defaults", "docx", [
        ("title", "Referral: Child Missing from Education"),
        ("tbl", [
            ["Name of setting", [("fftext", "Penwortham Lane Infant School")]],
            ["Child surname", [("fftext", "Szymańska")], "Child forename", [("fftext", "Zofia")]],
            ["DoB", [("fftext", "09/10/2019")], "Reception/Year", [("fftext", "R")]],
            ["UPN", [("fftext", "")], "Postcode", [("fftext", "PR1 9TT")]],
            ["First date of unexplained absence", [("fftext", "05/03/2025")]],
        ]),
        ("h", "Safeguarding - tick all that apply"),
        ("tbl", [
            [[("ffbox", False, 1)], "Child is subject to a child protection plan"],
            [[("ffbox", False)], "Child is looked after"],
            [[("ffbox", True)], "Concerns about domestic abuse in the family"],
        ]),
        ("p", ["Children's social care informed? Yes ", ("ffbox", True), "  No ", ("ffbox", False)]),
    ], {"form_type": "cme_referral", "school.name": "Penwortham Lane Infant School",
        "child.legal_surname": "Szymańska", "child.legal_forenames": "Zofia",
        "child.date_of_birth": d(2019, 10, 9), "child.year_group": 0, "child.upn": None,
        "child.address.postcode": "PR1 9TT", "referral.first_day_of_absence": d(2025, 3, 5),
        "referral.safeguarding": ["child_protection_plan", "family_concerns"],
        "referral.childrens_services_informed": True}),

    ("f_cmj_docx_placeholders_and_long_dates", "docx", [
        ("header", ["Westerleigh Academy Trust"]),
        ("title", "Notification of a Pupil Joining - CMJ"),
        ("p", [("b", "School: "), ("sdt", "Westerleigh Primary Academy")]),
        ("p", [("b", "Legal surname: "), ("sdt", "Abernethy")]),
        ("p", [("b", "Legal forename(s): "), ("sdt", "Callum James")]),
        ("p", [("b", "Preferred name: "), ("empty",)]),
        ("p", [("b", "Date of birth: "), ("date", "2018-02-03", "3 February 2018", "d MMMM yyyy")]),
        ("p", [("b", "Date placed on roll: "), ("date", "2025-03-10", "10 March 2025", "d MMMM yyyy")]),
        ("p", [("b", "Previous school: "), ("sdt", "Inverurie Primary School")]),
        ("p", [("b", "Previous local authority: "), ("empty",)]),
    ], {"form_type": "cmj", "school.name": "Westerleigh Primary Academy",
        "child.legal_surname": "Abernethy", "child.legal_forenames": "Callum James",
        "child.preferred_forename": None, "child.date_of_birth": d(2018, 2, 3),
        "joiner.date_on_roll": d(2025, 3, 10),
        "joiner.previous_school.name": "Inverurie Primary School",
        "joiner.previous_school.la": None}),

    ("f_exit_docx_title_in_header_version_footer", "docx", [
        ("header", [[("b", "Marram Dunes Primary School")], "PUPIL EXIT FORM"]),
        ("footer", ["Form PE2 v1.4 - updated 01/09/2023"]),
        ("tbl", [
            ["Child's name", "Benedict Ashworth-Lyle"],
            ["Date of birth", "17/08/2016"],
            ["Last day in school", "23/05/2025"],
            ["Reason", "Home education - we will educate Benedict at home"],
            ["Parent/carer", "Harriet Ashworth-Lyle"],
            ["Date", "12/05/2025"],
        ]),
    ], {"form_type": "pupil_exit", "school.name": "Marram Dunes Primary School",
        "child.legal_surname": "Ashworth-Lyle", "child.legal_forenames": "Benedict",
        "child.date_of_birth": d(2016, 8, 17), "exit.date_of_leaving": d(2025, 5, 23),
        "exit.reason": "home_education", "parents.0.name": "Harriet Ashworth-Lyle",
        "submitted_on": d(2025, 5, 12)}),

    ("f_cml_docx_dropdown_reason_dfe", "docx", [
        ("title", "CML - Child Leaving Roll"),
        ("tbl", [
            ["Establishment", [("sdt", "Saxonbury Secondary School")]],
            ["DfE No.", [("sdt", "873/4012")]],
            ["Pupil's legal surname", [("sdt", "Farrokhzad")]],
            ["Pupil's legal forename(s)", [("sdt", "Darius")]],
            ["Date of birth", [("date", "2011-04-27", "27/04/2011")]],
            ["Date removed from roll", [("date", "2025-02-14", "14/02/2025")]],
            ["Grounds for deletion", [("drop", "Registered at another school",
                                       ["Registered at another school", "Elective home education",
                                        "Permanently excluded", "Other"])]],
            ["New school name (if known)", [("sdt", "Kingsmead Academy")]],
            ["New school LA", [("sdt", "Wiltshire")]],
        ]),
    ], {"form_type": "cml", "school.name": "Saxonbury Secondary School",
        "school.dfe_number": "8734012", "child.legal_surname": "Farrokhzad",
        "child.legal_forenames": "Darius", "child.date_of_birth": d(2011, 4, 27),
        "leaver.date_of_leaving": d(2025, 2, 14), "leaver.reason": "another_school",
        "leaver.destination_school.name": "Kingsmead Academy",
        "leaver.destination_school.la": "Wiltshire"}),
]

"""Held-out forms, set E part 1: referrals and joiners. Each case: (id, kind, items, expected).

Written before reading the reader (parsers/) or the case lists of sets A-D: shapes chosen to
be hard - answers far right of their labels, bold labels with answers below, numbered
question tables, parent sections repeating the child's labels, single-cell boxes, spelled
dates. All names, addresses and schools are made up.
"""
from datetime import date as D

_FAR = 360  # x of the answer column in the far-right PDF layouts


def _far(label, value):
    return ("row", [(50, label), (_FAR, value)])


def _below(label, *values):
    """A bold label with its answer on the line(s) below, indented."""
    return [("h", label)] + [("row", [(80, v)]) for v in values]


CASES = [
    ("e_referral_pdf_answers_far_right", "pdf", [
        ("title", "Children Missing Education (CME) Referral"),
        ("h", "Section 1 - The child"),
        _far("Legal surname", "Przybylski"),
        _far("Legal forename(s)", "Dominik"),
        _far("Date of birth", "3rd of March 2015"),
        _far("Sex (M/F)", "M"),
        _far("Current year group", "NC Year 5"),
        _far("Home address", "27 Tennyson Avenue, Long Eaton"),
        _far("Postcode", "NG10 2QT"),
        ("h", "Section 2 - School"),
        _far("Name of school", "Sawley Brook Junior School"),
        _far("Person completing this form", "Mr D Ashworth, Attendance Officer"),
        ("h", "Section 3 - Absence"),
        _far("Date child was last seen in school", "03 Nov 2025"),
        _far("First day of unexplained absence", "04 Nov 2025"),
        _far("Do you know where the child is now?", "No"),
        _far("Have Children's Social Care been told?", "Yes"),
        _far("Have the Police been told?", "No"),
    ], {"form_type": "cme_referral", "child.legal_surname": "Przybylski",
        "child.legal_forenames": "Dominik", "child.date_of_birth": D(2015, 3, 3),
        "child.sex": "male", "child.year_group": 5, "child.address.postcode": "NG10 2QT",
        "school.name": "Sawley Brook Junior School",
        "referral.last_date_attended": D(2025, 11, 3),
        "referral.first_day_of_absence": D(2025, 11, 4), "referral.whereabouts_known": False,
        "referral.childrens_services_informed": True, "referral.police_informed": False}),

    ("e_referral_docx_numbered_questions", "docx", [
        ("title", "Referral: Child Missing from Education"),
        "Please answer every question and return to the Inclusion Team.",
        ("tbl", [["No.", "Question", "Answer"],
                 ["1", "Child's family name", "Adeyemi-Clarke"],
                 ["2", "Child's given name(s)", "Tobias Femi"],
                 ["3", "Child's date of birth", "July 21, 2013"],
                 ["4", "Gender", "M"],
                 ["5", "Year group", "Year 7"],
                 ["6", "Last known address", "Flat 9, Harbour Court, 3 Quay Street, Whitby"],
                 ["7", "Postcode", "YO21 1DH"],
                 ["8", "Referring school", "Eskdale Valley Academy"],
                 ["9", "Last date the child attended school", "14th of October 2025"],
                 ["10", "Is the school aware of the child's current whereabouts?", "N"],
                 ["11", "Has a referral been made to Children's Social Care about this child? "
                        "(If yes, give the social worker's name below.)", "Y"],
                 ["12", "Have the police been informed that the child is missing?", "N"],
                 ["13", "Is the child subject to a child protection plan?", "N"]]),
    ], {"form_type": "cme_referral", "child.legal_surname": "Adeyemi-Clarke",
        "child.legal_forenames": "Tobias Femi", "child.date_of_birth": D(2013, 7, 21),
        "child.sex": "male", "child.year_group": 7, "child.address.postcode": "YO21 1DH",
        "school.name": "Eskdale Valley Academy",
        "referral.last_date_attended": D(2025, 10, 14), "referral.whereabouts_known": False,
        "referral.childrens_services_informed": True, "referral.police_informed": False}),

    ("e_referral_pdf_bold_labels_answers_below", "pdf", [
        ("title", "CME Referral Form"),
        *_below("Surname", "Lindqvist"),
        *_below("First names", "Freya Astrid"),
        *_below("Date of birth", "09 Sep 2016"),
        *_below("Gender", "F"),
        *_below("Address", "4 Mill Lane, Hathersage, Hope Valley", "S32 1BA"),
        *_below("School", "Hathersage St Michael's CE Primary"),
        *_below("First day of absence", "Monday 1st December 2025"),
        *_below("Whereabouts known?", "No"),
    ], {"form_type": "cme_referral", "child.legal_surname": "Lindqvist",
        "child.legal_forenames": "Freya Astrid", "child.date_of_birth": D(2016, 9, 9),
        "child.sex": "female", "child.address.postcode": "S32 1BA",
        "school.name": "Hathersage St Michael's CE Primary",
        "referral.first_day_of_absence": D(2025, 12, 1), "referral.whereabouts_known": False}),

    ("e_referral_docx_child_then_parent_sections", "docx", [
        ("title", "Children Missing Education Referral Form"),
        ("h", "Child's details"),
        ("tbl", [["Surname", "Nwosu"], ["Forename", "Chidera"], ["Date of birth", "11/02/2012"],
                 ["Sex", "F"], ["Address", "56 Clifton Road, Ilkeston"], ["Postcode", "DE7 8HL"]]),
        ("h", "Parent/Carer details"),
        ("tbl", [["Surname", "Eze"], ["Forename", "Ngozi"], ["Relationship to child", "Mother"],
                 ["Address", "Flat 1, 2 Bath Street, Ilkeston"], ["Postcode", "DE7 8AF"],
                 ["Telephone", "07700 900431"]]),
        ("h", "School details"),
        ("tbl", [["School name", "Ilkeston Kirkfield Academy"], ["Contact", "Mrs P Rowe"]]),
        ("h", "Absence"),
        ("tbl", [["Date last attended", "7 November 2025"], ["Whereabouts known", "No"]]),
    ], {"form_type": "cme_referral", "child.legal_surname": "Nwosu",
        "child.legal_forenames": "Chidera", "child.date_of_birth": D(2012, 2, 11),
        "child.sex": "female", "child.address.postcode": "DE7 8HL",
        "school.name": "Ilkeston Kirkfield Academy",
        "referral.last_date_attended": D(2025, 11, 7), "referral.whereabouts_known": False}),

    ("e_referral_docx_single_cell_boxes_full_name", "docx", [
        ("title", "Child Missing Education - Notification to the Local Authority"),
        ("tbl", [["Full name: Amelia-Rose O'Neill-Smith"]]),
        ("tbl", [["Date of birth: March 3, 2015"]]),
        ("tbl", [["Year group: NC Year 5"]]),
        ("tbl", [["Home address: 8 Foundry Walk, Belper DE56 0RX"]]),
        ("tbl", [["School: Belper Long Row Primary School"]]),
        ("tbl", [["Date of last attendance: 20/10/2025"]]),
        ("tbl", [["Is the child's current location known? No"]]),
    ], {"form_type": "cme_referral", "child.legal_surname": "O'Neill-Smith",
        "child.legal_forenames": "Amelia-Rose", "child.date_of_birth": D(2015, 3, 3),
        "child.year_group": 5, "child.address.postcode": "DE56 0RX",
        "school.name": "Belper Long Row Primary School",
        "referral.last_date_attended": D(2025, 10, 20), "referral.whereabouts_known": False}),

    ("e_joiner_pdf_answers_far_right", "pdf", [
        ("title", "Child Joining School - Notification to the LA (CMJ)"),
        _far("Pupil surname", "Haddad"),
        _far("Pupil forename(s)", "Yusuf"),
        _far("Date of birth", "17th of January 2014"),
        _far("Sex", "M"),
        _far("Year group", "NC Year 6"),
        _far("Address", "33 Peveril Road, Buxton"),
        _far("Postcode", "SK17 6JT"),
        _far("Admitting school", "Buxton Fairfield Junior School"),
        _far("Date added to admission register", "05 Jan 2026"),
        _far("Previous school", "Crossacres Primary School"),
        _far("Previous address", "14 Hall Lane, Wythenshawe, Manchester M23 1AA"),
    ], {"form_type": "cmj", "child.legal_surname": "Haddad", "child.legal_forenames": "Yusuf",
        "child.date_of_birth": D(2014, 1, 17), "child.sex": "male", "child.year_group": 6,
        "child.address.postcode": "SK17 6JT", "school.name": "Buxton Fairfield Junior School",
        "joiner.date_on_roll": D(2026, 1, 5),
        "joiner.previous_school.name": "Crossacres Primary School",
        "joiner.previous_address.postcode": "M23 1AA"}),

    ("e_joiner_docx_numbered_questions", "docx", [
        ("title", "Notification of a Child Joining School"),
        ("tbl", [["Q", "Question", "Response"],
                 ["1", "Surname of pupil", "Baptiste"],
                 ["2", "Forenames", "Marcus Jean"],
                 ["3", "D.O.B.", "2 Feb 2011"],
                 ["4", "Gender (M/F)", "M"],
                 ["5", "NC year", "Year 9"],
                 ["6", "Current home address", "71 Stenson Road, Derby"],
                 ["7", "Postcode", "DE23 1JA"],
                 ["8", "Name of school the pupil has joined", "Derby Moor Academy"],
                 ["9", "Date pupil was placed on roll", "3rd of November 2025"],
                 ["10", "Name of last school attended", "Castlebrook High School"],
                 ["11", "Has the pupil arrived from outside the UK?", "N"]]),
    ], {"form_type": "cmj", "child.legal_surname": "Baptiste",
        "child.legal_forenames": "Marcus Jean", "child.date_of_birth": D(2011, 2, 2),
        "child.sex": "male", "child.year_group": 9, "child.address.postcode": "DE23 1JA",
        "school.name": "Derby Moor Academy", "joiner.date_on_roll": D(2025, 11, 3),
        "joiner.previous_school.name": "Castlebrook High School"}),

    ("e_joiner_pdf_bold_labels_answers_below", "pdf", [
        ("title", "Notification of a Pupil Joining the School Roll"),
        *_below("Child's legal surname", "Mbeki"),
        *_below("Child's first name(s)", "Thandiwe"),
        *_below("Date of birth", "March 30, 2017"),
        *_below("Sex", "F"),
        *_below("Year group", "NC Year 3"),
        *_below("Home address", "2 Sycamore Close", "Chesterfield", "S40 4RN"),
        *_below("School", "Brampton Primary School"),
        *_below("Date of admission", "12 Jan 2026"),
        *_below("Previous school (name and LA)", "Tinsley Meadows Primary, Sheffield"),
    ], {"form_type": "cmj", "child.legal_surname": "Mbeki",
        "child.legal_forenames": "Thandiwe", "child.date_of_birth": D(2017, 3, 30),
        "child.sex": "female", "child.year_group": 3, "child.address.postcode": "S40 4RN",
        "school.name": "Brampton Primary School", "joiner.date_on_roll": D(2026, 1, 12)}),

    ("e_joiner_docx_child_parent_previous_school_sections", "docx", [
        ("title", "CMJ - Child Joining Notification"),
        ("h", "Admitting school"),
        ("tbl", [["School name", "Glossop Dinting CE Primary"], ["Completed by", "Ms A Quigley"]]),
        ("h", "Child's details"),
        ("tbl", [["Surname", "O'Driscoll"], ["Forename(s)", "Niamh"], ["D.O.B.", "08 Aug 2015"],
                 ["Sex", "F"], ["Address", "19 Dinting Vale, Glossop"], ["Postcode", "SK13 6NS"],
                 ["Date on roll", "March 3, 2026"]]),
        ("h", "Parent/Carer details"),
        ("tbl", [["Surname", "Kelly"], ["Forename", "Siobhan"], ["Address", "same as child"],
                 ["Postcode", "SK13 6NS"], ["Mobile", "07700 900118"]]),
        ("h", "Previous school"),
        ("tbl", [["School name", "St Brigid's National School"], ["Local authority", "Ireland"]]),
    ], {"form_type": "cmj", "child.legal_surname": "O'Driscoll", "child.legal_forenames": "Niamh",
        "child.date_of_birth": D(2015, 8, 8), "child.sex": "female",
        "child.address.postcode": "SK13 6NS", "school.name": "Glossop Dinting CE Primary",
        "joiner.date_on_roll": D(2026, 3, 3),
        "joiner.previous_school.name": "St Brigid's National School"}),

    ("e_joiner_docx_single_cell_boxes_full_name", "docx", [
        ("title", "Children Joining School Mid-Year (CMJ)"),
        ("tbl", [["Full name: Siobhan D'Arcy-Lowe"]]),
        ("tbl", [["Date of birth: 3rd of March 2012"]]),
        ("tbl", [["Gender: F"]]),
        ("tbl", [["Address: 6 Well Street, Wirksworth DE4 4FQ"]]),
        ("tbl", [["School joined: Anthony Gell School"]]),
        ("tbl", [["Start date: 24 Feb 2026"]]),
        ("tbl", [["Previous school: Ripley St Clare's School"]]),
    ], {"form_type": "cmj", "child.legal_surname": "D'Arcy-Lowe",
        "child.legal_forenames": "Siobhan", "child.date_of_birth": D(2012, 3, 3),
        "child.sex": "female", "child.address.postcode": "DE4 4FQ",
        "school.name": "Anthony Gell School", "joiner.date_on_roll": D(2026, 2, 24),
        "joiner.previous_school.name": "Ripley St Clare's School"}),
]

"""Set L, Word: ticks as Wingdings or MS Gothic symbols (w:sym) and as Wingdings letters typed
as text, answers wrapped in smart tags and custom XML, a form converted to positioned text
frames written column by column, a table inside a text box, rows in a repeating-section
control and cells inside controls, the school in the first-page header only, Strict Open XML,
a bare package with runs split mid-word; and wordings A-K lack ("Given name(s)", "Known as",
"Birth date", "Post code", "NCY", "Mon 3rd Nov", "+44" phones, UPNs with spaces).

Each case: (id, "docx", (shape, items), expected); see heldout_build_l_docx.write_docx_l.
Written before reading the reader; expected values are what the form says.
"""
from datetime import date as D

ON, OFF = ("sym", "Wingdings", "F0FE"), ("sym", "Wingdings", "F0A8")
XG, OG = ("sym", "MS Gothic", "2612"), ("sym", "MS Gothic", "2610")
WT, WE = ("font", "Wingdings", "\u00fe"), ("font", "Wingdings", "\u00a8")


def _frames(rows, top=2600):
    """An exported-to-Word form: every label's frame first (left column), then every answer's."""
    labels = [(1134, top + 420 * i, label) for i, (label, _) in enumerate(rows)]
    answers = [(4820, top + 420 * i, value) for i, (_, value) in enumerate(rows)]
    return ("frames", [(1134, 1700, "Child Joining School Notification")] + labels + answers)


CASES = [
    ("l_docx_wingdings_sym_cml", "docx", ("word", [
        ("title", "Notification of Pupil Leaving"),
        ("tbl", [["Child's legal forename", "Jayden"], ["Child's legal surname", "Pickering"],
                 ["Known as", "JJ"], ["Birth date", "13/04/2010"],
                 ["Gender", [ON, " Male   ", OFF, " Female"]], ["NCY", "Y11"],
                 ["School", "Tibshelf Community School"], ["Date of leaving", "07/11/2025"]]),
        ("h", "Reason for leaving (tick one)"),
        ("tbl", [[[OFF], "Transferred to another school"],
                 [[ON], "Parent has chosen elective home education"],
                 [[OFF], "Moved out of the area"], [[OFF], "Permanently excluded"], [[OFF], "Other"]]),
        ("tbl", [["Has the family been offered a meeting?", [ON, " Yes   ", OFF, " No"]]]),
        "Completed by: Mr P Hardy        Date: 10/11/2025",
    ]), {"form_type": "cml", "child.legal_forenames": "Jayden", "child.legal_surname": "Pickering",
         "child.preferred_forename": "JJ", "child.date_of_birth": D(2010, 4, 13),
         "child.sex": "male", "child.year_group": 11, "school.name": "Tibshelf Community School",
         "leaver.date_of_leaving": D(2025, 11, 7), "leaver.reason": "home_education",
         "submitted_on": D(2025, 11, 10)}),

    ("l_docx_wingdings_text_exit", "docx", ("word", [
        ("title", "Leaving Our School - Parent/Carer Form"),
        ("tbl", [["Child's surname", "Rowntree"], ["Child's first name", "Evie"],
                 ["Date of birth", "3rd of March 2017"], ["Class", "4S"],
                 ["Your name", "Gemma Rowntree"], ["Relationship to child", "Mother"],
                 ["Phone", "07700 900404"]]),
        "Why is your child leaving? (please tick)",
        ("p", [WE, " We are moving house"]), ("p", [WT, " My child is going to a different school"]),
        ("p", [WE, " We will educate at home"]), ("p", [WE, " We are moving abroad"]),
        ("tbl", [["Last day at this school", "Mon 3rd Nov"],
                 ["Name of new school", "St Mary's Catholic Primary School"],
                 ["New school's local authority", "York"], ["Start date", "Tues 4th Nov 2025"]]),
        "Signed: G Rowntree      Date: 29/10/2025",
    ]), {"form_type": "pupil_exit", "child.legal_surname": "Rowntree",
         "child.legal_forenames": "Evie", "child.date_of_birth": D(2017, 3, 3),
         "parents.0.name": "Gemma Rowntree", "parents.0.relationship": "Mother",
         "parents.0.phone": "07700 900404", "exit.date_of_leaving": D(2025, 11, 3),
         "exit.reason": "another_school",
         "exit.new_school.name": "St Mary's Catholic Primary School", "exit.new_school.la": "York",
         "exit.start_date": D(2025, 11, 4)}),

    ("l_docx_msgothic_sym_cme", "docx", ("word", [
        ("title", "Child Missing Education Referral"),
        ("tbl", [["Surname", "Quinn"], ["Forename(s)", "Ellie-Mae"], ["Date of birth", "19/12/2013"],
                 ["UPN", "D830 3009 0041 5"], ["Home address", "41 Coronation Street, Shirebrook"],
                 ["Postcode", "NG20 8AU"], ["School", "Shirebrook Academy"],
                 ["Last date attended", "31/10/2025"], ["First day of absence", "03/11/2025"]]),
        ("tbl", [["Whereabouts known", [OG, " Yes   ", XG, " No"]],
                 ["Children's Social Care informed", [XG, " Yes   ", OG, " No"]],
                 ["Police informed", [OG, " Yes   ", XG, " No"]]]),
        ("h", "Safeguarding"),
        ("tbl", [[[XG], "Child Protection Plan"], [[OG], "Domestic abuse in the family"],
                 [[XG], "Risk of child sexual or criminal exploitation"]]),
    ]), {"form_type": "cme_referral", "child.legal_surname": "Quinn",
         "child.legal_forenames": "Ellie-Mae", "child.date_of_birth": D(2013, 12, 19),
         "child.upn": "D830300900415", "child.address.postcode": "NG20 8AU",
         "school.name": "Shirebrook Academy", "referral.last_date_attended": D(2025, 10, 31),
         "referral.first_day_of_absence": D(2025, 11, 3), "referral.whereabouts_known": False,
         "referral.childrens_services_informed": True, "referral.police_informed": False,
         "referral.safeguarding": ["child_protection_plan", "exploitation_risk"]}),

    ("l_docx_frames_cmj", "docx", ("word", [
        _frames([("Surname", "Farooq"), ("First name", "Zainab"), ("Date of birth", "26/10/2019"),
                 ("Gender", "Female"), ("Year group", "Year 1"), ("Post code", "LE11 3QF"),
                 ("Date on roll", "10/11/2025"), ("Previous school", "Rosebery Primary School"),
                 ("Previous LA", "Leicester City"), ("School", "Holywell Primary School"),
                 ("Date", "12/11/2025")]),
    ]), {"form_type": "cmj", "child.legal_surname": "Farooq", "child.legal_forenames": "Zainab",
         "child.date_of_birth": D(2019, 10, 26), "child.sex": "female", "child.year_group": 1,
         "child.address.postcode": "LE11 3QF", "joiner.date_on_roll": D(2025, 11, 10),
         "joiner.previous_school.name": "Rosebery Primary School",
         "joiner.previous_school.la": "Leicester City", "school.name": "Holywell Primary School",
         "submitted_on": D(2025, 11, 12)}),

    ("l_docx_table_in_textbox_cme", "docx", ("word", [
        ("title", "CME Referral"),
        ("txtbl", [["Pupil details"], ["Surname", "Grabowski"], ["Forenames", "Natalia"],
                   ["DOB", "04/04/2016"], ["Sex", "F"], ["Year", "Year 5"],
                   ["Address", "9 Vicarage Lane, Swadlincote"], ["Postcode", "DE11 8HB"]]),
        ("tbl", [["Last date attended", "14/11/2025"], ["Whereabouts known", "Not known"],
                 ["Reason for referral", "Mum texted to say they have gone to Poland; no date of return."],
                 ["School", "William Allitt Academy"], ["Date", "21/11/2025"]]),
    ]), {"form_type": "cme_referral", "child.legal_surname": "Grabowski",
         "child.legal_forenames": "Natalia", "child.date_of_birth": D(2016, 4, 4),
         "child.sex": "female", "child.year_group": 5, "child.address.postcode": "DE11 8HB",
         "referral.last_date_attended": D(2025, 11, 14), "referral.whereabouts_known": False,
         "referral.reason": "Mum texted to say they have gone to Poland; no date of return.",
         "school.name": "William Allitt Academy", "submitted_on": D(2025, 11, 21)}),

    ("l_docx_strict_cml", "docx", ("strict", [
        ("title", "CML - Child Leaving Roll"),
        ("tbl", [["Legal surname", "Hartley"], ["Legal forenames", "Oscar James"],
                 ["Date of birth", "12/12/2012"], ["Sex", "Male"], ["UPN", "N830512001788"],
                 ["Year group", "8"], ["Address", "6 Mill Row, Bakewell"], ["Postcode", "DE45 1BX"],
                 ["Date of leaving", "24/10/2025"], ["Reason", "Moved to another school"],
                 ["New school", "Hope Valley College"], ["New school LA", "Derbyshire"],
                 ["School", "St Anselm's Prep"], ["Completed on", "27/10/2025"]]),
    ]), {"form_type": "cml", "child.legal_surname": "Hartley",
         "child.legal_forenames": "Oscar James", "child.date_of_birth": D(2012, 12, 12),
         "child.sex": "male", "child.upn": "N830512001788", "child.year_group": 8,
         "child.address.postcode": "DE45 1BX", "leaver.date_of_leaving": D(2025, 10, 24),
         "leaver.reason": "another_school", "leaver.destination_school.name": "Hope Valley College",
         "leaver.destination_school.la": "Derbyshire", "school.name": "St Anselm's Prep",
         "submitted_on": D(2025, 10, 27)}),

    ("l_docx_bare_split_exit", "docx", ("bare", [
        ("title", "Pupil Exit Form"),
        ("tbl", [["Pupil's name", "Theo Blackwood"], ["Date of birth", "2018-09-15"],
                 ["Year group", "Year 2"], ["Parent/carer", "Hannah Blackwood"],
                 ["Email", "hannah.blackwood@example.com"], ["Date leaving", "12/12/2025"],
                 ["Reason", "Moving house - new address below"],
                 ["New address", "Flat 2, 7 Quay Street, Bristol"], ["Postcode", "bs14ae"],
                 ["New school", "Not decided yet"], ["Current school", "Fairmeadow Primary School"]]),
    ]), {"form_type": "pupil_exit", "child.legal_surname": "Blackwood",
         "child.legal_forenames": "Theo", "child.date_of_birth": D(2018, 9, 15),
         "child.year_group": 2, "parents.0.name": "Hannah Blackwood",
         "parents.0.email": "hannah.blackwood@example.com", "exit.date_of_leaving": D(2025, 12, 12),
         "exit.reason": "moved_away", "exit.new_address.postcode": "BS1 4AE",
         "exit.new_school.name": None, "school.name": "Fairmeadow Primary School"}),

    ("l_docx_smarttags_cme", "docx", ("word", [
        ("title", "Referral to the CME Service"),
        ("p", ["Child\u2019s legal surname: ", ("smart", "PersonName", "Ferreira")]),
        ("p", ["Child\u2019s legal forename: ", ("smart", "PersonName", "Beatriz")]),
        ("p", ["Date of birth: ", ("smart", "date", "7 March 2012")]),
        "Gender: Female",
        ("p", ["Address: ", ("smart", "address", "12 Park Road, Ilkeston")]),
        ("p", ["Post code: ", ("smart", "PostalCode", "DE7 5DA")]),
        ("p", ["School: ", ("cx", "SchoolName", "Ormiston Ilkeston Enterprise Academy")]),
        ("p", ["Last attended: ", ("smart", "date", "13/11/2025")]),
        "Whereabouts known? No",
        ("p", ["Referrer: Miss L Grant, Pastoral Lead      Date: ", ("smart", "date", "20/11/2025")]),
    ]), {"form_type": "cme_referral", "child.legal_surname": "Ferreira",
         "child.legal_forenames": "Beatriz", "child.date_of_birth": D(2012, 3, 7),
         "child.sex": "female", "child.address.postcode": "DE7 5DA",
         "school.name": "Ormiston Ilkeston Enterprise Academy",
         "referral.last_date_attended": D(2025, 11, 13), "referral.whereabouts_known": False,
         "submitted_on": D(2025, 11, 20)}),

    ("l_docx_first_header_cmj", "docx", ("word", [
        ("hdr1", [("tbl", [["Ashbourne Hilltop Primary School", "URN 112866"],
                           ["Child Joining Notification (CMJ)", "DfE 830/2104"]])]),
        ("hdr", ["CMJ notification - continued"]),
        ("tbl", [["Surname", "Moreau"], ["Given name(s)", "L\u00e9a Camille"], ["Birth date", "3 Nov 2020"],
                 ["Sex", "Girl"], ["NCY", "R"], ["Post code", "de6 1gh"], ["Date on roll", "2025-11-05"],
                 ["Previous school", "\u00c9cole Jules Ferry, Lyon"]]),
        ("page",),
        ("tbl", [["Completed by", "Mrs A Hollis, Office Manager"], ["Date", "06/11/2025"]]),
    ]), {"form_type": "cmj", "school.name": "Ashbourne Hilltop Primary School",
         "school.urn": "112866", "school.dfe_number": "8302104", "child.legal_surname": "Moreau",
         "child.legal_forenames": "L\u00e9a Camille", "child.date_of_birth": D(2020, 11, 3),
         "child.sex": "female", "child.year_group": 0, "child.address.postcode": "DE6 1GH",
         "joiner.date_on_roll": D(2025, 11, 5),
         "joiner.previous_school.name": "\u00c9cole Jules Ferry, Lyon", "submitted_on": D(2025, 11, 6)}),

    ("l_docx_wordings_cml", "docx", ("word", [
        ("title", "Off-Rolling Notification"),
        ("tbl", [["Family name", "Okoro"], ["Given name(s)", "Chukwuemeka David"], ["Known as", "Emeka"],
                 ["Birth date", "15-05-2014"], ["Sex", "M"], ["UPN", "D830 7023 0135 6"], ["NCY", "Y7"],
                 ["Home address", "2 Elm Tree Avenue, Mansfield"], ["Post code", "ng18 2ql"],
                 ["Mum's name", "Ngozi Okoro"], ["Mum's mobile", "+44 (0)7700 900987"],
                 ["Last attended", "2025-11-07"], ["Off roll date", "10th of Nov. 2025"],
                 ["Reason off roll", "Permanent exclusion"], ["Destination", "N/A"],
                 ["School name", "The Brunts Academy"], ["Completed", "11/11/2025"]]),
    ]), {"form_type": "cml", "child.legal_surname": "Okoro",
         "child.legal_forenames": "Chukwuemeka David", "child.preferred_forename": "Emeka",
         "child.date_of_birth": D(2014, 5, 15), "child.sex": "male", "child.upn": "D830702301356",
         "child.year_group": 7, "child.address.postcode": "NG18 2QL", "parents.0.name": "Ngozi Okoro",
         "parents.0.phone": "+44 (0)7700 900987", "leaver.last_date_attended": D(2025, 11, 7),
         "leaver.date_of_leaving": D(2025, 11, 10), "leaver.reason": "permanently_excluded",
         "school.name": "The Brunts Academy", "submitted_on": D(2025, 11, 11)}),

    ("l_docx_repeating_cme", "docx", ("word", [
        ("title", "Children Missing Education - Referral Form"),
        ("tbl", [["Surname", ("csdt", "Abbasi")], ["Forename", ("csdt", "Rayan")],
                 ["Date of birth", ("csdt", "28/02/2015")], ["School", "Brigg Primary School"],
                 ["Last date attended", ("csdt", "06/11/2025")], ["Whereabouts known", "No"]]),
        ("h", "Parents / carers"),
        ("tbl", [["Name", "Relationship", "Phone"], ["Sana Abbasi", "Mother", "07700 900651"],
                 ["Imran Abbasi", "Father", "07700 900652"]], (1, 2)),
        ("h", "Siblings"),
        ("tbl", [["Sibling name", "Date of birth", "School"],
                 ["Aisha Abbasi", "11/09/2012", "Sir John Nelthorpe School"],
                 ["Zayn Abbasi", "02/03/2019", "Brigg Infant School"]], (1, 2)),
    ]), {"form_type": "cme_referral", "child.legal_surname": "Abbasi",
         "child.legal_forenames": "Rayan", "child.date_of_birth": D(2015, 2, 28),
         "school.name": "Brigg Primary School", "referral.last_date_attended": D(2025, 11, 6),
         "referral.whereabouts_known": False, "parents.0.name": "Sana Abbasi",
         "parents.0.relationship": "Mother", "parents.0.phone": "07700 900651",
         "parents.1.name": "Imran Abbasi", "parents.1.phone": "07700 900652",
         "referral.siblings.0.name": "Aisha Abbasi",
         "referral.siblings.0.date_of_birth": D(2012, 9, 11),
         "referral.siblings.0.school": "Sir John Nelthorpe School",
         "referral.siblings.1.name": "Zayn Abbasi", "referral.siblings.1.date_of_birth": D(2019, 3, 2),
         "referral.siblings.1.school": "Brigg Infant School"}),
]

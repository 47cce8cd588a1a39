"""Set H, PDF: page geometry - landscape and rotated pages, two pairs per row, a table
over two pages with its header printed again, answers over underscores, grey hints in
empty boxes, dotted leaders, 7-8pt type, right-aligned labels.

Written before reading the reader. Items are (items, options for write_pdf_h).
"""
from datetime import date

_GUIDE = [
    "Schools must refer a child who has failed to attend for ten school days without",
    "explanation, once reasonable enquiries have been made. Please give as much detail",
    "as you can. Incomplete referrals will be returned to the school for completion.",
    "Information is shared under the Education Act 1996 section 436A.",
]

CASES = [
    ("h_cme_pdf_landscape_three_per_row", "pdf", ([
        ("title", "Children Missing Education Referral"),
        ("h", "Child"),
        ("pairs", [("Surname", "Mbeki-Hart"), ("Forename(s)", "Ola"), ("Date of birth", "01/10/2013")]),
        ("pairs", [("Gender", "Male"), ("Year group", "8"), ("UPN", "")]),
        ("pairs", [("Address", "90 Saddler Street, Orme"), ("Postcode", "OR2 7JF"), ("School", "Castlegate Academy")]),
        ("h", "Absence"),
        ("pairs", [("First day of absence", "03/11/2026"), ("Last day attended", "30/10/2026"),
                   ("Whereabouts known", "No")]),
    ], {"page": "landscape"}), {
        "form_type": "cme_referral", "child.legal_surname": "Mbeki-Hart",
        "child.legal_forenames": "Ola", "child.date_of_birth": date(2013, 10, 1),
        "child.sex": "male", "child.year_group": 8, "child.address.postcode": "OR2 7JF",
        "school.name": "Castlegate Academy", "referral.first_day_of_absence": date(2026, 11, 3),
        "referral.last_date_attended": date(2026, 10, 30), "referral.whereabouts_known": False}),

    ("h_cmj_pdf_rotate90_sideways", "pdf", ([
        ("title", "CMJ - Child Joining School"),
        ("box", "Surname", "Threlfall"),
        ("box", "First name", "Esme"),
        ("box", "Date of birth", "07/03/2015"),
        ("box", "Postcode", "GT8 2LN"),
        ("box", "School", "Gorsey Bank Primary"),
        ("box", "Date on roll", "10/11/2026"),
        ("box", "Previous school", "Ferndale Infants"),
    ], {"page": "rotated"}), {
        "form_type": "cmj", "child.legal_surname": "Threlfall", "child.legal_forenames": "Esme",
        "child.date_of_birth": date(2015, 3, 7), "child.address.postcode": "GT8 2LN",
        "school.name": "Gorsey Bank Primary", "joiner.date_on_roll": date(2026, 11, 10),
        "joiner.previous_school.name": "Ferndale Infants"}),

    ("h_cml_pdf_landscape_turned_upright", "pdf", ([
        ("title", "Notification of Child Leaving School (CML)"),
        ("pairs", [("Surname", "Abernethy"), ("Forename", "Kit")]),
        ("pairs", [("Date of birth", "25/12/2012"), ("Year group", "9")]),
        ("pairs", [("School", "Moss Side Academy"), ("Date of leaving", "06/11/2026")]),
        ("box", "Reason for leaving", "Permanently excluded"),
        ("box", "Home postcode", "MS5 9RA"),
    ], {"page": "turned"}), {
        "form_type": "cml", "child.legal_surname": "Abernethy", "child.legal_forenames": "Kit",
        "child.date_of_birth": date(2012, 12, 25), "child.year_group": 9,
        "school.name": "Moss Side Academy", "leaver.date_of_leaving": date(2026, 11, 6),
        "leaver.reason": "permanently_excluded", "child.address.postcode": "MS5 9RA"}),

    ("h_exit_pdf_two_pairs_per_row", "pdf", ([
        ("title", "Pupil Exit Form"),
        "Parents: please tell us where your child will be going to school.",
        ("pairs", [("Child's surname", "Castellanos"), ("Child's forename", "Lucia")]),
        ("pairs", [("Date of birth", "13/09/2015"), ("Year", "5")]),
        ("pairs", [("School", "Hawthorn Lea Primary"), ("Leaving date", "11/12/2026")]),
        ("pairs", [("New school", "Marchbank Primary"), ("Start date", "04/01/2027")]),
        ("box", "Reason for leaving", "Moving house to another area"),
        ("pairs", [("New address", "12 Kiln Court, Asterby"), ("New postcode", "AS4 1HW")]),
    ], {}), {
        "form_type": "pupil_exit", "child.legal_surname": "Castellanos",
        "child.legal_forenames": "Lucia", "child.date_of_birth": date(2015, 9, 13),
        "child.year_group": 5, "school.name": "Hawthorn Lea Primary",
        "exit.date_of_leaving": date(2026, 12, 11), "exit.new_school.name": "Marchbank Primary",
        "exit.start_date": date(2027, 1, 4), "exit.new_address.postcode": "AS4 1HW",
        "exit.reason": "moved_away"}),

    ("h_cme_pdf_table_over_two_pages", "pdf", ([
        ("title", "Referral: Child Missing Education"),
        ("h", "Guidance for schools"), *(_GUIDE * 8),
        ("grid", [220, 300], ["Question", "Response"], [
            ["Legal surname", "Oyelaran"], ["Legal forename(s)", "Temi"],
            ["Date of birth", "02/05/2011"], ["Gender", "Female"], ["Year group", "10"],
            ["Address", "7 Rope Walk, Seacombe"], ["Postcode", "SC3 6PB"],
            ["School name", "Seacombe High School"], ["School URN", "139022"],
            ["Contact at school", "Mr D Achterberg"], ["Contact telephone", "01632 960412"],
            ["Date of first absence", "04/11/2026"], ["Date last seen in school", "03/11/2026"],
            ["Is the child's whereabouts known?", "No"],
            ["Children's social care informed?", "Yes"], ["Police informed?", "Yes"],
        ]),
    ], {}), {
        "form_type": "cme_referral", "child.legal_surname": "Oyelaran",
        "child.legal_forenames": "Temi", "child.date_of_birth": date(2011, 5, 2),
        "child.sex": "female", "child.year_group": 10, "child.address.postcode": "SC3 6PB",
        "school.name": "Seacombe High School", "school.urn": "139022",
        "referral.first_day_of_absence": date(2026, 11, 4),
        "referral.last_date_attended": date(2026, 11, 3), "referral.whereabouts_known": False,
        "referral.childrens_services_informed": True, "referral.police_informed": True}),

    ("h_cmj_pdf_underscores", "pdf", ([
        ("title", "Children Joining School - Notification Form"),
        ("under", "Surname", "Wojcik"),
        ("under", "Forename(s)", "Aleksander"),
        ("under", "Date of birth", "16/06/2014"),
        ("under", "Gender", "Male"),
        ("under", "Postcode", "LF2 8EZ"),
        ("under", "Name of school", "Larchfield Primary"),
        ("under", "Date of admission", "17/11/2026"),
        ("under", "Previous school", "Szkoła Podstawowa nr 5, Kraków"),
    ], {}), {
        "form_type": "cmj", "child.legal_surname": "Wojcik",
        "child.legal_forenames": "Aleksander", "child.date_of_birth": date(2014, 6, 16),
        "child.sex": "male", "child.address.postcode": "LF2 8EZ",
        "school.name": "Larchfield Primary", "joiner.date_on_roll": date(2026, 11, 17)}),

    ("h_cml_pdf_grey_hints_empty_boxes", "pdf", ([
        ("title", "Child Leaving School (CML) Notification"),
        ("hint", "Surname", "Pryce", "Family name"),
        ("hint", "Forename", "Gethin", "Given name"),
        ("hint", "Date of birth", "21/04/2012", "dd/mm/yyyy"),
        ("hint", "School", "Cwm Ridge School", "School name"),
        ("hint", "Date of leaving", "19/11/2026", "dd/mm/yyyy"),
        ("hint", "Last date attended", "", "dd/mm/yyyy"),
        ("hint", "Reason for leaving", "Home education", "Select a reason"),
        ("hint", "Destination school", "", "Name of school, if known"),
        ("hint", "Destination postcode", "", "e.g. AB1 2CD"),
    ], {}), {
        "form_type": "cml", "child.legal_surname": "Pryce", "child.legal_forenames": "Gethin",
        "child.date_of_birth": date(2012, 4, 21), "school.name": "Cwm Ridge School",
        "leaver.date_of_leaving": date(2026, 11, 19), "leaver.last_date_attended": None,
        "leaver.reason": "home_education", "leaver.destination_school.name": None,
        "leaver.destination_address.postcode": None}),

    ("h_exit_pdf_dotted_leaders", "pdf", ([
        ("title", "Pupil Exit Form"),
        ("dots", "Child's surname", "Marchetti"),
        ("dots", "Child's forenames", "Gianluca Paolo"),
        ("dots", "Date of birth", "09/11/2016"),
        ("dots", "School attended", "Fernhill Primary School"),
        ("dots", "Date of leaving", "04/12/2026"),
        ("dots", "Reason for leaving", "Moving to Italy"),
        ("dots", "Name of new school", "Not yet known"),
    ], {}), {
        "form_type": "pupil_exit", "child.legal_surname": "Marchetti",
        "child.legal_forenames": "Gianluca Paolo", "child.date_of_birth": date(2016, 11, 9),
        "school.name": "Fernhill Primary School", "exit.date_of_leaving": date(2026, 12, 4),
        "exit.reason": "moved_outside_england"}),

    ("h_cme_pdf_small_type", "pdf", ([
        ("title", "CHILDREN MISSING EDUCATION - REFERRAL FORM"),
        "Section 1: Child",
        ("box", "Legal surname", "Hollingsworth"),
        ("box", "Legal forename(s)", "Poppy Mae"),
        ("box", "Date of birth", "28/01/2017"),
        ("box", "Sex", "F"),
        ("box", "Postcode", "HW1 3XD"),
        "Section 2: School and absence",
        ("box", "School", "Bramblewood Primary"),
        ("box", "First day of absence", "10/11/2026"),
        ("box", "Last day of attendance", "09/11/2026"),
        ("box", "Date form completed", "24/11/2026"),
    ], {"small": 7}), {
        "form_type": "cme_referral", "child.legal_surname": "Hollingsworth",
        "child.legal_forenames": "Poppy Mae", "child.date_of_birth": date(2017, 1, 28),
        "child.sex": "female", "child.address.postcode": "HW1 3XD",
        "school.name": "Bramblewood Primary", "referral.first_day_of_absence": date(2026, 11, 10),
        "referral.last_date_attended": date(2026, 11, 9), "submitted_on": date(2026, 11, 24)}),

    ("h_cmj_pdf_right_aligned_labels", "pdf", ([
        ("title", "Notification of Pupil Joining (CMJ)"),
        ("right", "Surname", "Eriksen"),
        ("right", "Forename(s)", "Nils"),
        ("right", "Date of birth", "12/10/2013"),
        ("right", "Gender", "Male"),
        ("right", "Year group", "8"),
        ("right", "Postcode", "EK7 5TB"),
        ("right", "School", "Eastbrook Academy"),
        ("right", "Date placed on roll", "18/11/2026"),
        ("right", "Previous school", "Lindholm Skole"),
    ], {"small": 8}), {
        "form_type": "cmj", "child.legal_surname": "Eriksen", "child.legal_forenames": "Nils",
        "child.date_of_birth": date(2013, 10, 12), "child.sex": "male", "child.year_group": 8,
        "child.address.postcode": "EK7 5TB", "school.name": "Eastbrook Academy",
        "joiner.date_on_roll": date(2026, 11, 18), "joiner.previous_school.name": "Lindholm Skole"}),
]

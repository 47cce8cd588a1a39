"""Set K, decoys: real school paperwork that names a child and a date of birth but is none of
the forms (a trip consent, a newsletter, an attendance letter, a medical form, an admissions
application, a free school meals claim, an exclusion letter, a training certificate).

Each case: (id, kind, items, expected). Written before reading the reader. The reader must not
invent a form: the only expectation is the form type "unknown" (what `read` gives for a
document that is readable but none of the forms).
"""
CASES = [
    ("k_decoy_residential_trip_consent", "docx", [
        ("title", "Year 5 Residential Visit - Whitehall Outdoor Centre"),
        "Parental consent form",
        ("tbl", [["Child's name", "Oliver Pemberton"],
                 ["Date of birth", "12/04/2016"],
                 ["Class", "5H"],
                 ["Dates of visit", "Monday 15 June 2026 to Wednesday 17 June 2026"],
                 ["Emergency contact", "Mrs S Pemberton 07700 900451"],
                 ["Dietary requirements", "None"]]),
        "I give permission for my child to take part in all activities, including climbing and "
        "canoeing. I understand that my child may be removed from the visit for poor behaviour.",
        "Signed (parent/carer): S Pemberton     Date: 02/03/2026",
    ], {"form_type": "unknown"}),

    ("k_decoy_newsletter_cme_training", "docx", [
        ("title", "Hollybrook Primary School - Spring Newsletter"),
        ("h", "Staff training"),
        "On 6 January all staff attended training on children missing education (CME) and "
        "our duty to refer to the local authority when a pupil stops attending without reason.",
        ("h", "Star of the week"),
        "Congratulations to Amelia Hart (Year 3, born 08/09/2018) who read 100 books this term!",
        ("h", "Dates for your diary"),
        ("bul", "Parents' evening: Tuesday 10 February 2026"),
        ("bul", "Last day of term: Friday 27 March 2026"),
        "Please remember that holidays in term time are not authorised.",
    ], {"form_type": "unknown"}),

    ("k_decoy_attendance_warning_letter", "pdf", [
        ("title", "Attendance Concern - Stage 2 Letter"),
        "Ravensdale Junior School, Mill Lane, Ripley DE5 3JP",
        "12 January 2026",
        "Dear Mr and Mrs Dunmore,",
        "Re: Harvey Dunmore   DOB: 21/07/2015   Class 6B",
        "I am writing because your child's attendance is 82% this academic year. This is below",
        "the school's target of 96% and means Harvey has missed 14 days of learning.",
        "Please contact the school office to arrange a meeting with our attendance lead.",
        "If attendance does not improve the local authority may be informed.",
        "Yours sincerely,",
        "Mrs P Ashworth, Headteacher",
    ], {"form_type": "unknown"}),

    ("k_decoy_medical_allergy_form", "docx", [
        ("title", "Pupil Medical Information and Allergy Form"),
        ("tbl", [["Pupil surname", "Baptiste"],
                 ["Pupil forename", "Leon"],
                 ["Date of birth", "30/01/2017"],
                 ["Home address", "4 Cedar Walk, Heanor, DE75 7QS"],
                 ["GP name and surgery", "Dr A Khan, Heanor Health Centre"],
                 ["Allergy", "Peanuts (anaphylaxis) - EpiPen kept in class"],
                 ["Medication in school", "Salbutamol inhaler"]]),
        "Parent/carer signature: M Baptiste   Date: 04/09/2025",
    ], {"form_type": "unknown"}),

    ("k_decoy_admissions_application_september", "pdf", [
        ("title", "Application for a Reception Place - September 2026"),
        "Normal admissions round. Closing date 15 January 2026.",
        ("box", [("Child's surname", "Iqbal"), ("Child's first name", "Zara")]),
        ("box", [("Date of birth", "14/03/2022"), ("Sex", "Female")]),
        ("box", [("Home address", "22 Albert Road, Long Eaton"), ("Postcode", "NG10 1HE")]),
        ("h", "School preferences"),
        ("row", [(50, "1st preference"), (200, "Longmoor Primary School")]),
        ("row", [(50, "2nd preference"), (200, "Grange Primary School")]),
        ("row", [(50, "3rd preference"), (200, "Brooklands Primary School")]),
        "Sibling attending preferred school: Yusuf Iqbal, Year 2",
        "Signed: R Iqbal   Date: 10/01/2026",
    ], {"form_type": "unknown"}),

    ("k_decoy_free_school_meals", "docx", [
        ("title", "Free School Meals and Pupil Premium - Application"),
        "Parent/carer details",
        ("tbl", [["Parent name", "Donna Fletcher"],
                 ["Parent date of birth", "11/05/1988"],
                 ["National Insurance number", "QQ 12 34 56 C"],
                 ["Address", "9 Nether Close, Alfreton, DE55 7AW"]]),
        "Children in school",
        ("tbl", [["Name", "Date of birth", "School", "Year"],
                 ["Kayden Fletcher", "02/12/2016", "Alfreton Park Primary", "4"],
                 ["Lily Fletcher", "19/06/2019", "Alfreton Park Primary", "1"]]),
        "Benefit received: Universal Credit",
        "Declaration: the information I have given is correct. Signed D Fletcher 08/10/2025",
    ], {"form_type": "unknown"}),

    ("k_decoy_exclusion_letter", "docx", [
        "Chaddesden Park Academy",
        "Dear Ms Walker,",
        "Re: Jayden Walker (date of birth 05/03/2011), Year 10",
        "I am writing to inform you that I have decided to suspend Jayden for a fixed period of "
        "3 days, from Monday 19 January 2026 to Wednesday 21 January 2026, for persistent "
        "disruptive behaviour. This is not a permanent exclusion and Jayden remains on roll.",
        "Jayden should return to school on Thursday 22 January 2026 at 8.30am for a "
        "reintegration meeting. Work will be set on the school's online platform.",
        "You have the right to make representations to the governing board.",
        "Yours sincerely,",
        "Mr D Osei, Principal",
    ], {"form_type": "unknown"}),

    ("k_decoy_safeguarding_certificate", "pdf", [
        ("title", "Certificate of Completion"),
        "This is to certify that",
        "Sarah Louise Kendrick",
        "has completed Level 2 Safeguarding Children, including children missing education,",
        "on 14/10/2025 (valid for 2 years).",
        "Designated Safeguarding Lead: Mr T Hughes    Date of birth on record: 22/08/1990",
        "Certificate number: SG-2025-04417",
    ], {"form_type": "unknown"}),
]

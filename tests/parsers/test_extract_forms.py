"""Hand-built reader output for each form type: sections, option lists, ticks, names."""
from datetime import date

from parsers.extract import extract
from parsers.raw import Entry, RawDocument
from records.models import FormType


def T(v):
    return Entry("text", value=v)


def P(label, value=""):
    return Entry("pair", label=label, value=value)


def H(label):
    return Entry("heading", label=label)


def F(name, value="", label="", checked=None):
    return Entry("field", name=name, label=label, value=value, checked=checked)


def doc(entries, titles=(), kind="pdf"):
    return RawDocument(kind=kind, entries=list(entries), title_lines=list(titles),
                       text="\n".join(list(titles) + [e.value or e.label for e in entries]))


def test_referral_lines_with_continuations_and_tick_lines():
    form = extract(doc([
        T("Section 1: Child's details"), T("Surname: O'NEILL"), T("Given names: Aoife Mary"),
        T("D.O.B.: 3rd November 2015"), T("Gender: Girl"), T("NC year: Y5"),
        T("Address: 4 Mill Lane"), T("Wirksworth"), T("Post code: de4 4aa"),
        T("Parent/carer details"), T("Name: Siobhan O'Neill"), T("Relationship: Mum"), T("Tel: 07700 900000"),
        T("Name: Liam O'Neill"), T("Relationship: Dad"),
        T("School details"), T("Name of school: Hilltop Primary"), T("DfE no: 830/1234"),
        T("Date last seen in school: 03.02.26"), T("Whereabouts known? No"),
        T("Details of concern: Family not seen since half term"), T("and house appears empty."),
        T("Checks made:"), T("X Telephoned parent/carer - 4/2/2026"), T("Home visit ☒"), T("☐ Police check"),
        T("[X] Contacted other local authority"), T("Social media search: Yes"),
        T("Safeguarding concerns (tick all that apply): N/A"),
        T("Signed: A Person    Date: 10/02/2026"),
    ], titles=["Notification of a Child Missing Education"]))
    v = form.value
    assert form.form_type == FormType.cme_referral
    assert v("child.legal_surname") == "O'Neill" and v("child.legal_forenames") == "Aoife Mary"
    assert v("child.date_of_birth") == date(2015, 11, 3) and v("child.sex") == "female" and v("child.year_group") == 5
    assert v("child.address") == {"lines": ["4 Mill Lane"], "town": "Wirksworth", "postcode": "DE4 4AA"}
    assert [p["name"] for p in v("parents")] == ["Siobhan O'Neill", "Liam O'Neill"]
    assert v("parents")[0]["phone"] == "07700 900000"
    assert v("school.name") == "Hilltop Primary" and v("school.dfe_number") == "8301234"
    assert v("referral.last_date_attended") == date(2026, 2, 3)
    assert v("referral.whereabouts_known") is False
    assert v("referral.reason").startswith("Family not seen") and "empty" in v("referral.reason")
    assert sorted(v("referral.enquiries_made")) == ["home_visit", "other_la", "phone_parents", "social_media"]
    assert v("referral.safeguarding") == []
    assert v("submitted_on") == date(2026, 2, 10)
    assert form.fields["child.legal_surname"].provenance.source == "label:Surname"


def test_leaver_pairs_sections_change_school_name_meaning():
    form = extract(doc([
        H("Children Missing Leavers Form (CML)"),
        H("Pupil details"), P("Family name", "SMITH-JONES"), P("Forename(s)", "Ella"), P("DOB", "25/3/2011"),
        P("UPN", "A830362824013"),
        H("Referring school"), P("School name", "Brook School"), P("URN", "112237"),
        H("Destination"), P("Date taken off roll", "5 Jan 2026"),
        P("Reason for removal from roll", ""),
        P("Transferred to another school", "☒"), P("Parent to home educate", "☐"),
        P("School name", "Tansley Community School"), P("Address", "Not known"),
        H("Completed by"), P("Signed", "(signed)"), P("Date", "2026-03-05"),
    ]))
    v = form.value
    assert form.form_type == FormType.cml
    assert v("child.legal_surname") == "Smith-Jones"
    assert v("school.name") == "Brook School" and v("school.urn") == "112237"
    assert v("leaver.destination_school.name") == "Tansley Community School"
    assert v("leaver.date_of_leaving") == date(2026, 1, 5)
    assert v("leaver.reason") == "another_school"
    assert "leaver.destination_address" not in form.fields
    assert "child.upn" not in form.fields and "invalid_upn" in form.flags
    assert v("submitted_on") == date(2026, 3, 5)


def test_leaving_reason_written_as_lines_yes_no():
    form = extract(doc([
        T("Family name: BESTWICK"), T("Reason for leaving:"),
        T("No Transferred to another school"), T("Yes Parent to home educate"), T("No Other"),
        T("Date of leaving: 13/1/2026"),
    ], titles=["Off roll notification"]))
    assert form.form_type == FormType.cml
    assert form.value("leaver.reason") == "home_education"


def test_single_unmarked_reason_line_is_the_answer():
    form = extract(doc([
        T("Surname: Fearn"), T("Reason for removal from roll:"), T("Elective home education"),
        T("Date of leaving: 13/1/2026"),
    ], titles=["Pupil Exit Form"]))
    assert form.value("exit.reason") == "home_education"


def test_exit_form_named_widgets_yes_no_and_restrict():
    form = extract(doc([
        F("txtSurname", "REDFERN", label="Surname"), F("child_forenames", "Willow", label="Forename(s)"),
        F("DOB", "2019-08-02"), F("Text7", "DE4 1BN", label="Postcode"),
        F("home_address", "101 Kedleston Grove\nWirksworth", label="Address"),
        F("ehcp_yes", "Yes", label="Does the child have an EHC plan?", checked=False),
        F("ehcp_no", "No", label="Does the child have an EHC plan?", checked=True),
        F("leaving_reason_another_school", "Yes", label="Transferred to another school", checked=True),
        F("leaving_reason_other", "Yes", label="Other", checked=False),
        F("new_address", "76 Kedleston Lane, Nottingham, NG7 2PZ", label="Address moving to"),
        F("restrict_yes", "Yes", label="Restrict new address (Headteacher only)", checked=True),
        F("restrict_no", "No", label="Restrict new address (Headteacher only)", checked=False),
        F("new_school", "Sparkhill High School", label="New school"),
        F("start_date", "15/01/2026", label="Expected start date"),
        F("SchoolName", "Overseal Primary School", label="Name of school"),
        F("date_completed", "2026-01-07", label="Date completed"),
    ], titles=["Pupil Exit Form - Parent/Carer"]))
    v = form.value
    assert form.form_type == FormType.pupil_exit
    assert v("child.legal_surname") == "Redfern" and v("child.legal_forenames") == "Willow"
    assert v("child.address")["postcode"] == "DE4 1BN" and v("child.address")["town"] == "Wirksworth"
    assert v("child.ehcp") is False
    assert v("exit.reason") == "another_school"
    assert v("exit.new_address")["postcode"] == "NG7 2PZ"
    assert v("exit.restrict_address") is True
    assert v("exit.new_school.name") == "Sparkhill High School" and v("school.name") == "Overseal Primary School"
    assert v("exit.start_date") == date(2026, 1, 15)


def test_authority_template_names_are_authoritative():
    form = extract(doc([
        F("child.legal_surname", "Hall", label="Forename(s)"),
        F("child.legal_forenames", "Charlie"),
        F("child.date_of_birth", "31/10/2011"),
        F("referral.enquiries_made.home_visit", checked=True),
        F("referral.enquiries_made.police", checked=False),
        F("referral.whereabouts_known", "No"),
        F("child.ehcp", checked=True),
        F("referral.first_day_of_absence", "2/2/2026"),
    ]))
    v = form.value
    assert form.form_type == FormType.cme_referral
    assert v("child.legal_surname") == "Hall" and v("child.legal_forenames") == "Charlie"
    assert v("referral.enquiries_made") == ["home_visit"]
    assert v("referral.whereabouts_known") is False and v("child.ehcp") is True
    assert v("referral.first_day_of_absence") == date(2026, 2, 2)


def test_enquiry_counts_when_date_written_beside_it():
    form = extract(doc([
        P("Legal surname", "Kaur"),
        H("Reasonable enquiries undertaken"),
        P("Phone calls to parents/carers", "12/2/2026"), P("Letter sent to parents", ""),
        P("Health visitor / school nurse contacted", "Yes"), P("Police contacted", "No"),
        F("chk9", "", label="Home visit carried out", checked=True),
        P("First day of absence", "9/2/2026"),
    ], titles=["CME referral"]))
    assert sorted(form.value("referral.enquiries_made")) == ["health", "home_visit", "phone_parents"]
    assert form.value("referral.first_day_of_absence") == date(2026, 2, 9)


def test_joiner_single_name_and_previous_school():
    form = extract(doc([
        P("Pupil name", "THEO, Thompson"), P("Date of birth", "02/04/2019"),
        H("School details"), P("School name", "Unstone Primary School"),
        H("Admission details"), P("Date of admission", "30/04/2026"), P("School name", "Melbourne Infant School"),
        P("Previous LA", "Derbyshire"), P("Address", "122 Holme Drive, Chapel-en-le-Frith, SK23 6RX"),
    ], titles=["In Year Admission notification"], kind="docx"))
    v = form.value
    assert form.form_type == FormType.cmj
    assert (v("child.legal_surname"), v("child.legal_forenames")) == ("Theo", "Thompson")
    assert v("school.name") == "Unstone Primary School"
    assert v("joiner.previous_school.name") == "Melbourne Infant School"
    assert v("joiner.previous_school.la") == "Derbyshire"
    assert v("joiner.previous_address")["postcode"] == "SK23 6RX"
    assert v("joiner.date_on_roll") == date(2026, 4, 30)


def test_content_decides_when_title_is_missing():
    form = extract(doc([
        P("Surname", "Ahmed"), P("Date of birth", "6/12/2008"),
        P("Date removed from roll", "21/1/2026"), P("Reason for leaving", "Transferred to another school"),
        P("Destination school", "Codnor Academy"),
    ]))
    assert form.form_type == FormType.cml
    assert form.value("leaver.destination_school.name") == "Codnor Academy"


def test_non_cme_form_is_unknown():
    form = extract(doc([
        P("Child's name", "Ruby HOLMES"), P("Class", "6W"), P("Date of birth", "14/05/2014"),
        P("Medical conditions / allergies", "Hay fever"), P("Emergency contact", "Mrs K Holmes 07700 900123"),
        P("I give permission for my child to take part", "☒"), P("Date", "02/03/2026"),
    ], titles=["Year 6 Residential Visit - Parental Consent Form"], kind="docx"))
    assert form.form_type == FormType.unknown


def test_siblings_inline_and_letter_date_fallback():
    form = extract(doc([
        T("2026-03-03"), T("Re: Referral of a Child Missing Education"),
        T("Surname: ABDI"), T("First name(s): Ayodele"), T("Last day in school: 2026-02-06"),
        T("Reasonable enquiries undertaken: Phone calls to parents/carers (2026-02-25); Letter home (2026-02-22)"),
        T("Siblings: Tobi Abdi, 2014-03-09, Brookfield School; Abena Abdi, 2013-11-07, Tintwistle School"),
    ], kind="docx"))
    assert form.form_type == FormType.cme_referral
    assert form.value("submitted_on") == date(2026, 3, 3)
    assert sorted(form.value("referral.enquiries_made")) == ["letter_parents", "phone_parents"]


def test_inline_siblings():
    form = extract(doc([
        T("CME referral form"), T("Surname: ABDI"), T("Last day in school: 2026-02-06"),
        T("Siblings: Tobi Abdi, 2014-03-09, Brookfield School; Abena Abdi, 2013-11-07, Tintwistle School"),
    ]))
    assert form.value("referral.siblings") == [
        {"name": "Tobi Abdi", "date_of_birth": date(2014, 3, 9), "school": "Brookfield School"},
        {"name": "Abena Abdi", "date_of_birth": date(2013, 11, 7), "school": "Tintwistle School"},
    ]


def test_page_footer_not_taken_into_address():
    form = extract(doc([
        T("CME referral"), T("Surname: Li"), T("Address: 3 Low Road"), T("Matlock"),
        T("OFFICIAL - SENSITIVE (when completed) Page 1"), T("Postcode: DE4 3AG"),
        T("Mother's name: Mei Li"), T("First day of absence: 29/1/2026"),
    ]))
    assert form.value("child.address") == {"lines": ["3 Low Road"], "town": "Matlock", "postcode": "DE4 3AG"}
    assert form.value("parents") == [{"name": "Mei Li", "relationship": "Mother"}]   # the label says who she is

"""Label and field-name matching: wordings beyond the samples, typos, and refusals."""
import pytest

from parsers.field_names import understand_name
from parsers.labels import norm_label, vocabulary


@pytest.mark.parametrize("label,field_id", [
    ("Legal surname", "surname"), ("SURNAME:", "surname"), ("Family name", "surname"), ("Last name", "surname"),
    ("Surnmae", "surname"), ("Child's surname", "surname"), ("Pupil Surname (legal)", "surname"),
    ("Forename(s)", "forenames"), ("First name(s)", "forenames"), ("Given names", "forenames"), ("Forname(s)", "forenames"),
    ("Known as", "preferred"), ("Preferred name", "preferred"),
    ("D.O.B.", "dob"), ("Date of birth (dd/mm/yyyy)", "dob"), ("DOB", "dob"), ("Date of brith", "dob"), ("Child's date of birth", "dob"),
    ("Unique Pupil Number", "upn"), ("UPN (if known)", "upn"),
    ("NC year", "year"), ("Year group", "year"), ("National Curriculum year", "year"),
    ("Date last seen in school", "last_attended"), ("Last day in school", "last_attended"), ("Date last attended", "last_attended"),
    ("Date absence began", "first_absence"), ("Absent since", "first_absence"),
    ("Date removed from roll", "date_of_leaving"), ("Date of leaving", "date_of_leaving"), ("Off roll date", "date_of_leaving"),
    ("Date placed on roll", "date_on_roll"), ("Date of admission", "date_on_roll"), ("Admission date", "date_on_roll"),
    ("Name of previous school", "prev_school"), ("Previous local authority", "prev_la"),
    ("Are the child's whereabouts known?", "whereabouts"), ("Whereabouts known", "whereabouts"),
    ("Child's full name", "fullname"), ("Pupil name", "fullname"), ("Name", "fullname"),
    ("DfE no.", "dfe"), ("LAESTAB", "dfe"), ("School URN", "urn"),
    ("Date completed", "submitted"), ("Date of referral", "submitted"), ("Date", "submitted"),
    ("Home adress", "address"), ("Forwarding address", "dest_address"), ("Address moving to", "dest_address"),
    ("Joint reasonable enquiries made with the LA?", "joint_enq"),
    ("Please share our new address with the Headteacher only", "restrict"),
    ("Starting Point informed?", "cs_informed"), ("Police notified?", "police_informed"),
])
def test_field_labels(label, field_id):
    hit = vocabulary().field(label)
    assert hit is not None and hit.key == field_id


@pytest.mark.parametrize("label", ["Dietary requirements", "Medical conditions / allergies", "Class", "Emergency contact", "Xyz"])
def test_unrelated_labels_do_not_match(label):
    assert vocabulary().field(label) is None


@pytest.mark.parametrize("group,caption,member", [
    ("enquiries", "Phone calls to parents/carers", "phone_parents"),
    ("enquiries", "S2S Lost Pupils Database checked", "s2s_lost_pupils"),
    ("enquiries", "Checked with Children's Social Care", "social_care"),
    ("enquiries", "Home visit carried out", "home_visit"),
    ("enquiries", "Spoke to neighbours", "relatives_neighbours"),
    ("enquiries", "Facebook search", "social_media"),
    ("leaving_reason", "Transferred to another school", "another_school"),
    ("leaving_reason", "Parent to home educate", "home_education"),
    ("leaving_reason", "Elective home education", "home_education"),
    ("leaving_reason", "Emigrated / moved abroad", "moved_outside_england"),
    ("leaving_reason", "Moved away - no longer within reasonable distance", "moved_away"),
    ("leaving_reason", "Continuous absence of 20 school days (after joint enquiries)", "absent_20_days"),
    ("leaving_reason", "Deceased", "died"),
    ("safeguarding", "Risk of criminal or sexual exploitation", "exploitation_risk"),
    ("safeguarding", "Has a Child Protection Plan", "child_protection_plan"),
    ("vulnerable", "Gypsy, Roma or Traveller", "grt"),
    ("vulnerable", "Service child", "armed_forces"),
])
def test_option_captions(group, caption, member):
    hit = vocabulary().option(group, caption)
    assert hit is not None and hit.key == f"{group}:{member}"


def test_norm_label_drops_hints_and_punctuation():
    assert norm_label("Safeguarding concerns (tick all that apply):") == "safeguarding concerns"
    assert norm_label("Section 1: Child's details") == "childs details"
    assert norm_label("D.O.B.?") == "dob"


@pytest.mark.parametrize("name,kind,key,extra", [
    ("txtSurname", "field", "surname", {}),
    ("ChildForename", "field", "forenames", {}),
    ("child_dob", "field", "dob", {}),
    ("parent_name_2", "field", "parent_name", {"index": 1}),
    ("ehcp_yes", "field", "ehcp", {"polarity": True}),
    ("cs_informed_no", "field", "cs_informed", {"polarity": False}),
    ("enquiries_phone_parents_date", "option", "enquiries:phone_parents", {"date_beside": True}),
    ("leaving_reason_died", "option", "leaving_reason:died", {}),
    ("child.legal_surname", "field", "surname", {"exact": True}),
    ("child.ehcp", "field", "ehcp", {"exact": True}),
    ("referral.enquiries_made.home_visit", "option", "enquiries:home_visit", {"exact": True}),
    ("leaver.reason.home_education", "option", "leaving_reason:home_education", {"exact": True}),
    ("exit.new_school.name", "field", "dest_school", {"exact": True}),
    ("parents[1].phone", "field", "parent_phone", {"exact": True, "index": 1}),
])
def test_field_names(name, kind, key, extra):
    m = understand_name(name)
    assert m is not None and (m.kind, m.key) == (kind, key)
    for attr, value in extra.items():
        assert getattr(m, attr) == value


@pytest.mark.parametrize("name", ["Text1", "Check Box3", "undefined_2", "Field 12", "chk7", "Dropdown1", ""])
def test_meaningless_names(name):
    assert understand_name(name) is None

"""The rules for retyped forms (set G) must not invent values on ordinary forms: a wrong
value is worse than a missing one. Each test pairs a rule with the look-alike it must leave
alone."""
from tests.parsers.heldout_build import read
from tests.parsers.heldout_build_g import write_docx_g, write_pdf_g

_REFERRAL_HEAD = [("title", "CME referral form"), "Surname: Ashdown", "Forename: Mia",
                  "Date of birth: 04/05/2016", "First day of absence: 02/11/2026"]


def _read(tmp_path, items, kind="docx"):
    path = tmp_path / f"form.{kind}"
    (write_docx_g if kind == "docx" else write_pdf_g)(path, items)
    return read(path)


def test_phone_where_a_contact_name_is_asked_is_the_phone(tmp_path):
    _, rec = _read(tmp_path, _REFERRAL_HEAD + ["Contact: 01234 567890", "School: Hill Top Primary School"])
    assert rec["school"]["contact_name"] is None
    assert rec["school"]["contact_phone"] == "01234 567890"


def test_name_with_phone_keeps_the_name(tmp_path):
    _, rec = _read(tmp_path, _REFERRAL_HEAD + ["Contact: Mrs J Allsop, 01234 567890"])
    assert rec["school"]["contact_name"] == "Mrs J Allsop"
    assert rec["school"]["contact_phone"] == "01234 567890"


def test_no_box_ticked_gives_no_sex(tmp_path):
    _, rec = _read(tmp_path, _REFERRAL_HEAD + ["Male ☐ Female ☐"])
    assert rec["child"]["sex"] is None


def test_thank_you_over_a_team_name_is_no_contact(tmp_path):
    _, rec = _read(tmp_path, _REFERRAL_HEAD + ["Thank you", "CME Team", "School Administrator"])
    assert rec["school"]["contact_name"] is None
    assert rec["school"]["name"] is None


def test_ehcp_denied_in_a_sentence_is_not_an_ehcp(tmp_path):
    _, rec = _read(tmp_path, [
        "Dear CME team,", "Tom Baxter (DOB 03/03/2015) has not attended since Monday 2nd November 2026. "
        "He does not have an EHCP. We do not know where he is.", "Kind regards,", "Ann Lee"])
    assert rec["child"]["legal_surname"] == "Baxter"
    assert rec["child"]["ehcp"] is None


def test_dash_after_an_unknown_word_is_no_label(tmp_path):
    _, rec = _read(tmp_path, _REFERRAL_HEAD + ["Note - the surname is spelled Ashdowne on the register"])
    assert rec["child"]["legal_surname"] == "Ashdown"


def test_sentence_dates_fill_only_a_missing_event_date(tmp_path):
    _, rec = _read(tmp_path, [("title", "CMJ joiner notification"), "Surname: Reid", "Forename: Ola",
                              "Date of birth: 01/02/2017", "Date of admission: 09/11/2026",
                              "Ola joined our roll on 2 November 2026 after a trial day."])
    assert str(rec["joiner"]["date_on_roll"]) == "2026-11-09"


def test_wrapped_prose_is_not_read_as_labels(tmp_path):
    _, rec = _read(tmp_path, [
        "Dear CME team,",
        ("p", "We are referring Ivy Stone (DOB 05/06/2014) because she has not attended since Monday 2nd "
              "November 2026 and we have not been able to confirm where the family is now living; her "
              "school reports show she was last seen with her aunt."),
        "Yours sincerely,", "Paul Grey", "Head of Year", "Elm Park Academy"], kind="pdf")
    assert rec["school"]["name"] == "Elm Park Academy"
    assert rec["school"]["contact_name"] == "Paul Grey"


def test_labels_run_on_with_single_spaces_or_bars(tmp_path):
    for line in ("Name: Kai Thompson DOB: 30/09/2015 Year: 6", "Name: Kai Thompson | DOB: 30/09/2015 | Yr 6"):
        _, rec = _read(tmp_path, [("title", "CME referral"), line, "First day of absence: 02/11/2026"])
        assert (rec["child"]["legal_surname"], str(rec["child"]["date_of_birth"]), rec["child"]["year_group"]) == \
            ("Thompson", "2015-09-30", 6), line


def test_a_label_of_two_known_words_is_not_split(tmp_path):
    _, rec = _read(tmp_path, [("title", "CMJ joiner notification"), "Surname: Reid", "School URN: 123456"])
    assert rec["school"]["urn"] == "123456"


def test_a_name_never_holds_digits(tmp_path):
    _, rec = _read(tmp_path, [("title", "CME referral"), "Surname: Reid 04/05/2016",
                              "First day of absence: 02/11/2026"])
    assert rec["child"]["legal_surname"] is None


def test_a_child_who_left_is_a_leaver_and_a_teacher_who_left_is_not(tmp_path):
    ft, rec = _read(tmp_path, ["Dear CME team,", "Kai Thompson, date of birth 30/09/2015, left Elm Primary School "
                               "on Friday 20th November 2026. Mum told us they are moving to Wales.",
                               "Kind regards,", "Jo Bell"])
    assert ft == "cml" and str(rec["leaver"]["date_of_leaving"]) == "2026-11-20"
    assert rec["leaver"]["reason"] == "moved_outside_england"
    ft, _ = _read(tmp_path, ["Dear parents,", "Mrs Anne Smith left us on Friday 17th July 2026 after twenty years.",
                             "Best wishes,", "Elm Primary School"])
    assert ft == "unknown"


def test_a_school_writing_that_a_named_child_is_leaving_is_a_leaver_notice(tmp_path):
    ft, rec = _read(tmp_path, ["Subject: Leaver", "Dear CME team,", "Ada Quinn (DOB 02/02/2021), in Reception, is "
                               "leaving us on Friday 20th November 2026 to attend Oak Academy.", "Kind regards,",
                               "Jo Bell", "Elm Primary School"])
    assert ft == "cml" and str(rec["leaver"]["date_of_leaving"]) == "2026-11-20"
    assert rec["child"]["year_group"] == 0 and rec["school"]["name"] == "Elm Primary School"
    ft, _ = _read(tmp_path, ["Dear parents,", "Mrs Anne Smith is leaving us at the end of term, on Friday 17th July.",
                             "Best wishes,", "Elm Primary School"])
    assert ft == "unknown"


def test_only_the_bare_word_child_before_a_name_is_the_name(tmp_path):
    _, rec = _read(tmp_path, [("title", "CME referral"), "Child: Tomasz Nowak", "DOB: 09/07/2017"])
    assert (rec["child"]["legal_forenames"], rec["child"]["legal_surname"]) == ("Tomasz", "Nowak")
    _, rec = _read(tmp_path, [("title", "CME referral"), "Pupil details: See Attached", "DOB: 09/07/2017"])
    assert rec["child"]["legal_surname"] is None


def test_an_adult_named_with_a_date_of_birth_is_not_the_child(tmp_path):
    _, rec = _read(tmp_path, ["Dear CME team,", "Mum, Sarah Stone (DOB 01/01/1985), told us Ivy has been absent "
                              "since 03/11/2026.", "Regards,", "Ann Lee"])
    assert rec["child"]["legal_surname"] is None and rec["child"]["legal_forenames"] is None


def test_a_home_school_link_worker_is_no_home_education(tmp_path):
    form_type, rec = _read(tmp_path, [
        "Dear Headteacher,", "I am writing to let you know that my son Tom Baker (DOB 03/04/2015) will be "
        "leaving on Friday 4 December 2026 because we are moving to Leeds.",
        "Thank you to your Home School Link Worker, who has taught him so much at home visits.",
        "Yours sincerely,", "Claire Baker"])
    assert form_type == "pupil_exit"
    assert rec["exit"]["reason"] == "moved_away"


def test_a_register_a_fact_came_from_is_no_removal_from_roll(tmp_path):
    form_type, rec = _read(tmp_path, [
        "Dear CME team,", "Tom Baker (DOB 03/04/2015) has not attended school since 2 November 2026.",
        "His address came from the school register and we have visited it twice.",
        "Kind regards,", "Jo Hart", "Attendance Officer, Hill Top Primary School"])
    assert form_type == "cme_referral"


def test_the_school_nurse_is_no_new_school(tmp_path):
    _, rec = _read(tmp_path, [
        "Dear Headteacher,", "My daughter Amy Cole (DOB 12/06/2016) will be leaving on Friday 4 December "
        "2026 as we are moving to Leeds. She will attend the School Nurse clinic there.",
        "Yours sincerely,", "Dan Cole"])
    assert (rec["exit"] or {}).get("new_school") is None


def test_a_yes_no_question_about_the_child_counts_under_a_health_heading(tmp_path):
    """A 'Health' section's GP and phone are not the record's, but whether the child has an
    EHCP or is looked after is, whichever heading it sits under (it routes the child)."""
    _, rec = _read(tmp_path, _REFERRAL_HEAD + [
        ("h", "Health"), "GP: Dr A Patel, 4 Surgery Lane, Leeds LS1 1AA", "GP phone: 0113 496 0000",
        "Does the child have an EHCP? Yes", "Is the child looked after? No",
        ("h", "School details"), "School: Hill Top Primary School"])
    assert (rec["child"]["ehcp"], rec["child"]["looked_after"]) == (True, False)
    assert rec["child"]["address"] is None and rec["school"]["contact_phone"] is None
    assert rec["school"]["name"] == "Hill Top Primary School"


def test_a_from_line_beside_sent_and_subject_names_the_sender(tmp_path):
    """An email pasted without its 'To:' line: 'From:' beside 'Sent:' or 'Subject:' (or giving
    an email address) is still its sender; 'Subject:' never runs into the child's name."""
    body = "Tom Baker (DOB 03/04/2015) has not attended since 2 November 2026. We do not know where he is."
    _, rec = _read(tmp_path, ["From: Helen Marsh <h.marsh@brookfield.sch.uk>", "Sent: 23 November 2026 09:14",
                              "Subject: Child missing education", "", body])
    assert (rec["school"]["contact_name"], rec["school"]["contact_email"]) == ("Helen Marsh", "h.marsh@brookfield.sch.uk")
    assert str(rec["submitted_on"]) == "2026-11-23"
    _, rec = _read(tmp_path, ["From: Helen Marsh, Brookfield Primary School", "Subject: Referral", "", body], kind="pdf")
    assert (rec["school"]["contact_name"], rec["school"]["name"]) == ("Helen Marsh", "Brookfield Primary School")
    assert rec["child"]["legal_forenames"] == "Tom"


def test_a_lone_from_label_on_a_form_is_no_sender(tmp_path):
    _, rec = _read(tmp_path, [("title", "CMJ joiner notification"), "Surname: Reid", "Date of birth: 01/02/2017",
                              "Date of admission: 09/11/2026", "From: Oak Academy", "Date: 12/11/2026"])
    assert rec["school"]["name"] is None and rec["school"]["contact_name"] is None

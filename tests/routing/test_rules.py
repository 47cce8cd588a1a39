"""Every policy rule as rows of one table: (rule, form, does it fire?).

Day counts are worked out by hand in the comments against the 2025/26-2026/27
closures below (the corpus calendar) plus England's bank holidays:
  early May 2026: Mon 4 May bank holiday;
  late May 2026: Mon 25 May bank holiday, then half-term Tue 26 - Fri 29 May;
  autumn 2026: half-term Mon 26 - Fri 30 Oct; term from Wed 2 Sep.
"""
from datetime import date

import pytest

from records.models import Record
from routing import MatchFinding, RoutingInput, SchoolCalendar, decide
from routing.rules import RULES

CAL = SchoolCalendar(closures=[
    {"name": "Easter 2026", "start": date(2026, 3, 30), "end": date(2026, 4, 10)},
    {"name": "Summer half-term 2026", "start": date(2026, 5, 26), "end": date(2026, 5, 29)},
    {"name": "Summer 2026", "start": date(2026, 7, 22), "end": date(2026, 9, 1)},
    {"name": "Autumn half-term 2026", "start": date(2026, 10, 26), "end": date(2026, 10, 30)},
    {"name": "Christmas 2026", "start": date(2026, 12, 21), "end": date(2027, 1, 1)},
])
RECEIVED = date(2026, 12, 3)
DOB = "2015-03-07"  # of compulsory school age throughout 2026


def form(form_type, block=None, *, child=None, submitted=None, status="accepted",
         matches=(), received=RECEIVED, flags=(), **extra):
    data = {"child": {"date_of_birth": DOB, **(child or {})}, **extra}
    if submitted:
        data["submitted_on"] = submitted
    if block is not None:
        data[{"cme_referral": "referral", "cmj": "joiner", "cml": "leaver",
              "pupil_exit": "exit"}[form_type]] = block
    return RoutingInput(form_type, status, Record.model_validate(data),
                        [MatchFinding(k, f"{k}-1", b) for k, b in matches], received, set(flags))


def ref(submitted="2026-11-16", **block):
    block.setdefault("first_day_of_absence", "2026-11-02")
    return form("cme_referral", block, submitted=submitted)


def cml(reason, submitted="2026-11-30", **block):
    return form("cml", {"reason": reason, "date_of_leaving": "2026-11-27", **block}, submitted=submitted)


def exit_(reason, **block):
    return form("pupil_exit", {"reason": reason, "date_of_leaving": "2026-11-27", **block}, submitted="2026-11-30")


SCHOOL = {"name": "Tansley Community School"}
ABROAD = {"lines": ["1 Rue Haute"], "town": "Lyon", "country": "France"}

ROWS = [
    # --- category §3.3 ---
    ("missing_whereabouts_not_known", ref(whereabouts_known=False), True),
    ("missing_whereabouts_not_known", ref(), True),  # not stated counts as not known
    ("missing_whereabouts_not_known", ref(whereabouts_known=True), False),
    ("missing_removed_after_absence", cml("absent_20_days"), True),
    ("missing_removed_after_absence", cml("another_school", destination_school=SCHOOL), False),
    # from Mon 2 Nov: 2-6 Nov = 1-5, 9-13 = 6-10, 16-20 = 11-15, 23-26 = 16-19, Fri 27 Nov = 20
    ("wasp_four_school_weeks", ref("2026-11-27", whereabouts_known=True), True),
    ("wasp_four_school_weeks", ref("2026-11-26", whereabouts_known=True), False),
    ("wasp_four_school_weeks", ref("2026-11-27", whereabouts_known=False), False),
    # no completion date: judged on the day received (Thu 3 Dec, well past day 20)
    ("wasp_four_school_weeks", form("cme_referral", {"first_day_of_absence": "2026-11-02",
                                                     "whereabouts_known": True}), True),
    # --- CME co-ordinator ---
    ("referral_to_coordinator", ref(), True),
    ("referral_to_coordinator", form("cmj", {"date_on_roll": "2026-11-02"}, submitted="2026-11-03"), False),
    ("destination_unknown_to_coordinator", cml("another_school"), True),
    ("destination_unknown_to_coordinator", exit_("moved_away", new_school=SCHOOL), False),
    ("removed_after_absence_to_coordinator", cml("absent_20_days"), True),
    ("joiner_locates_open_case", form("cmj", matches=[("case", "certain")]), True),
    ("joiner_locates_open_case", form("cmj", matches=[("case", "review")]), False),
    ("joiner_locates_open_case", form("cml", {"reason": "another_school", "destination_school": SCHOOL},
                                      matches=[("case", "certain")]), False),
    ("enquiry_locates_open_case", form("la_enquiry", matches=[("case", "certain")]), True),
    ("enquiry_locates_open_case", form("la_enquiry", matches=[("register", "certain")]), False),
    # --- safeguarding §7 ---
    ("safeguarding_same_day", ref(safeguarding=["exploitation_risk"], whereabouts_known=True), True),
    ("safeguarding_same_day", ref(), False),
    ("safeguarding_not_located", ref(safeguarding=["serious_welfare_concern"], whereabouts_known=False), True),
    ("safeguarding_not_located", ref(safeguarding=["serious_welfare_concern"]), True),
    ("safeguarding_not_located", ref(safeguarding=["serious_welfare_concern"], whereabouts_known=True), False),
    ("safeguarding_not_located", ref(whereabouts_known=False), False),
    # --- particular children ---
    ("home_education", cml("home_education"), True),
    ("home_education", exit_("home_education"), True),
    ("home_education", exit_("another_school", new_school=SCHOOL), False),
    ("looked_after", form("cmj", child={"looked_after": True}), True),
    ("looked_after", ref(safeguarding=["looked_after"]), True),
    ("looked_after", ref(vulnerable_groups=["looked_after"]), True),
    ("looked_after", form("cmj", child={"looked_after": False}), False),
    ("ehcp", form("cmj", child={"ehcp": True}), True),
    ("ehcp", form("cmj", child={"ehcp": False}), False),
    # from Wed 2 Sep: Sep 2-4 = 3, then 5 a week to Fri 23 Oct = 38, half-term,
    # Nov 2 - Nov 27 = 58, Mon 30 Nov = 59, Tue 1 Dec = 60, Wed 2 Dec = 61
    ("out_of_education_12_weeks", ref("2026-12-01", first_day_of_absence="2026-09-02"), False),
    ("out_of_education_12_weeks", ref("2026-12-02", first_day_of_absence="2026-09-02"), True),
    # last attended Tue 1 Sep is inside the summer closure; the absence starts Wed 2 Sep
    ("out_of_education_12_weeks", cml("absent_20_days", "2026-12-02", first_day_of_absence=None,
                                      last_date_attended="2026-09-01"), True),
    ("permanently_excluded", cml("permanently_excluded"), True),
    ("permanently_excluded", exit_("permanently_excluded"), True),
    # --- other authorities, matches ---
    ("form_matches_enquiry", form("cmj", matches=[("enquiry", "certain")]), True),
    ("form_matches_enquiry", form("cmj", matches=[("enquiry", "review")]), False),
    ("enquiry_matches_register", form("la_enquiry", matches=[("register", "certain")]), True),
    ("enquiry_matches_register", form("la_enquiry", matches=[("register", "review")]), False),
    ("enquiry_matches_register", form("cmj", matches=[("register", "certain")]), False),
    ("enquiry_matches_open_case", form("la_enquiry", matches=[("case", "certain")]), True),
    ("child_located", form("cmj", matches=[("case", "certain")]), True),
    ("child_located", form("cmj", matches=[("enquiry", "certain")]), True),
    ("child_located", form("la_enquiry", matches=[("case", "certain")]), True),
    ("child_located", form("la_enquiry", matches=[("register", "certain")]), False),
    ("child_located", form("cmj", matches=[("register", "certain")]), False),
    ("uncertain_match", form("cmj", matches=[("register", "review")]), True),
    ("uncertain_match", form("la_enquiry", matches=[("case", "certain")]), False),
    ("incomplete_form", form("cme_referral", {}, status="incomplete"), True),
    # --- late referral §5.1 ---
    # from Mon 20 Apr: 20-24 Apr = 1-5, 27 Apr - 1 May = 6-10, Mon 4 May bank holiday, Tue 5 = 11, Wed 6 = 12
    ("late_referral", ref("2026-05-05", first_day_of_absence="2026-04-20"), False),
    ("late_referral", ref("2026-05-06", first_day_of_absence="2026-04-20"), True),
    # last attended Fri 17 Apr: the absence starts Mon 20 Apr, so the same count
    ("late_referral", ref("2026-05-06", first_day_of_absence=None, last_date_attended="2026-04-17"), True),
    # from Mon 11 May: 11-15 = 1-5, 18-22 = 6-10, Mon 25 bank holiday, 26-29 half-term, Mon 1 Jun = 11, Tue 2 = 12
    ("late_referral", ref("2026-06-01", first_day_of_absence="2026-05-11"), False),
    ("late_referral", ref("2026-06-02", first_day_of_absence="2026-05-11"), True),
    ("late_referral", ref(first_day_of_absence=None), False),  # no date: cannot tell
    # --- joiner notice §5.4 --- on roll Thu 30 Apr: Fri 1 May = 1, Mon 4 bank holiday, 5-8 May = 2-5, Mon 11 = 6
    ("late_joiner_notice", form("cmj", {"date_on_roll": "2026-04-30"}, submitted="2026-05-08"), False),
    ("late_joiner_notice", form("cmj", {"date_on_roll": "2026-04-30"}, submitted="2026-05-11"), True),
    # --- removal §8.1 --- absence from Mon 2 Nov: Thu 26 Nov = day 19, Fri 27 Nov = day 20
    ("removed_before_20_days", cml("absent_20_days", first_day_of_absence="2026-11-02",
                                   date_of_leaving="2026-11-26", joint_enquiries_made=True), True),
    ("removed_before_20_days", cml("absent_20_days", first_day_of_absence="2026-11-02",
                                   date_of_leaving="2026-11-27", joint_enquiries_made=True), False),
    ("removed_without_joint_enquiries", cml("absent_20_days", joint_enquiries_made=False), True),
    ("removed_without_joint_enquiries", cml("absent_20_days"), True),  # not confirmed
    ("removed_without_joint_enquiries", cml("absent_20_days", joint_enquiries_made=True), False),
    # --- year 11 home education §9.2 ---
    ("year11_home_education", form("cml", {"reason": "home_education"}, child={"year_group": 11}), True),
    ("year11_home_education", form("cml", {"reason": "home_education"}, child={"year_group": 10}), False),
    # born 1 Sep 2010: cohort 2010/11, year 11 in 2026/27; leaving Fri 20 Nov 2026
    ("year11_home_education", form("pupil_exit", {"reason": "home_education", "date_of_leaving": "2026-11-20"},
                                   child={"date_of_birth": "2010-09-01"}), True),
    # born 1 Sep 2011: one cohort younger, year 10
    ("year11_home_education", form("pupil_exit", {"reason": "home_education", "date_of_leaving": "2026-11-20"},
                                   child={"date_of_birth": "2011-09-01"}), False),
    ("year11_home_education", form("cml", {"reason": "another_school"}, child={"year_group": 11}), False),
    # --- destination unknown §8.1, §10.1 ---
    *[("new_school_not_known", cml(reason), True) for reason in
      ("another_school", "moved_away", "moved_outside_england", "absent_20_days", "not_returned_after_leave")],
    ("new_school_not_known", exit_("another_school"), True),
    ("new_school_not_known", exit_("another_school", new_school=SCHOOL), False),
    ("new_school_not_known", cml("moved_away", destination_school={"urn": "112233"}), False),
    *[("new_school_not_known", cml(reason), False) for reason in
      ("home_education", "permanently_excluded", "detained", "died")],
    ("no_forwarding_address", cml("moved_outside_england", destination_school=SCHOOL), True),
    ("no_forwarding_address", cml("moved_outside_england", destination_school=SCHOOL,
                                  destination_address={}), True),
    ("no_forwarding_address", cml("moved_outside_england", destination_school=SCHOOL,
                                  destination_address=ABROAD), False),
    ("no_forwarding_address", exit_("moved_outside_england", new_school=SCHOOL), True),
    ("no_forwarding_address", cml("moved_away", destination_school=SCHOOL), False),
    ("restricted_address", exit_("moved_away", new_school=SCHOOL, restrict_address=True), True),
    ("restricted_address", exit_("moved_away", new_school=SCHOOL, restrict_address=False), False),
    # --- compulsory school age --- born 15 Jun 2021: 5 on 15 Jun 2026, compulsory from Mon 31 Aug 2026
    ("outside_compulsory_school_age", form("cmj", child={"date_of_birth": "2021-06-15"}, submitted="2026-08-30"), True),
    ("outside_compulsory_school_age", form("cmj", child={"date_of_birth": "2021-06-15"}, submitted="2026-08-31"), False),
    # born 10 Oct 2010: 16 in school year 2026/27, last Friday in June 2027 is the 25th
    ("outside_compulsory_school_age", form("cmj", child={"date_of_birth": "2010-10-10"}, submitted="2027-06-25"), False),
    ("outside_compulsory_school_age", form("cmj", child={"date_of_birth": "2010-10-10"}, submitted="2027-06-28"), True),
    # no completion date: the received date counts
    ("outside_compulsory_school_age", form("cmj", child={"date_of_birth": "2021-06-15"},
                                           received=date(2026, 8, 28)), True),
    ("outside_compulsory_school_age", form("cmj", child={"date_of_birth": None}), False),
    # --- raised by the reader ---
    ("invalid_upn", form("cmj", flags={"invalid_upn"}), True),
    ("sender_mismatch", form("cmj", flags={"sender_mismatch"}), True),
    ("sender_mismatch", form("cmj"), False),
]


@pytest.mark.parametrize("rule_name, inp, fires", ROWS,
                         ids=[f"{r[0]}-{'fires' if r[2] else 'quiet'}-{n}" for n, r in enumerate(ROWS)])
def test_rule(rule_name, inp, fires):
    out = decide(inp, CAL)
    fired = {r.name for r in out.rules}
    assert (rule_name in fired) is fires
    if fires:
        rule = next(r for r in RULES if r.name == rule_name)
        got = {"route": out.routes, "flag": out.flags, "category": [out.category]}[rule.kind]
        assert rule.sets in got


def test_every_rule_has_a_firing_row():
    assert {r.name for r in RULES} <= {name for name, _, fires in ROWS if fires}


# --- whole outcomes: what the integrator writes into the decision ---

@pytest.mark.parametrize("matches, routes, flags", [
    ([("register", "certain")], ["other_la_response"], []),
    ([("case", "certain")], ["cme_coordinator", "other_la_response"], ["child_located"]),
    ([("register", "review"), ("case", "review")], ["coordinator_review"], []),
    ([], [], []),
], ids=["register", "open-case", "review", "no-match"])
def test_la_enquiry_outcomes(matches, routes, flags):
    out = decide(form("la_enquiry", matches=matches, submitted="2026-11-20"), CAL)
    assert (out.category, out.routes, out.flags) == (None, routes, flags)


def test_joiner_locating_a_case_and_an_enquiry():
    out = decide(form("cmj", {"date_on_roll": "2026-11-02"}, submitted="2026-11-03",
                      matches=[("case", "certain"), ("enquiry", "certain")]), CAL)
    assert out.routes == ["cme_coordinator", "other_la_response"]
    assert out.flags == ["child_located"]


def test_incomplete_referral_keeps_everything_it_can_work_out():
    # No absence dates: the day-count rules cannot fire; the rest still do.
    inp = form("cme_referral", {"whereabouts_known": False, "safeguarding": ["care_order"]},
               status="incomplete", child={"ehcp": True}, flags={"invalid_upn"})
    out = decide(inp, CAL)
    assert out.category == "cme_missing"
    assert out.routes == ["cme_coordinator", "multi_agency_panel", "request_information",
                          "safeguarding_immediate", "send_team"]
    assert out.flags == ["invalid_upn"]


def test_routes_and_flags_sorted_and_unique():
    # absent_20_days with no school fires two co-ordinator rules and two premature-removal rules
    out = decide(cml("absent_20_days", first_day_of_absence="2026-11-02", date_of_leaving="2026-11-26"), CAL)
    assert out.routes == sorted(set(out.routes)) == ["cme_coordinator"]
    assert out.flags == ["destination_unknown", "premature_removal"]
    assert out.category == "cme_missing"


def test_why_texts_hold_no_personal_data():
    inp = form("pupil_exit", {"reason": "home_education", "date_of_leaving": "2026-11-20", "restrict_address": True,
                              "new_address": {"lines": ["7 Secret Row"], "postcode": "DE4 3AG"}},
               child={"legal_surname": "Zebedee", "date_of_birth": "2010-09-01", "looked_after": True,
                      "ehcp": True}, matches=[("case", "certain")])
    out = decide(inp, CAL)
    text = " ".join(r.why + r.paragraph for r in out.rules)
    for secret in ("Zebedee", "2010", "Secret Row", "DE4", "01/09"):
        assert secret not in text
    assert all(r.why and r.paragraph for r in out.rules)


def test_reading_flags_outside_the_contract_stay_out():
    # The reader may keep internal markers in its flag set; decisions carry contract flags only.
    out = decide(form("cmj", flags={"ocr_used", "invalid_upn"}), CAL)
    assert out.flags == ["invalid_upn"]


def test_reader_raised_contract_flag_passes_through():
    # restricted_address normally comes from the exit form; a reader that raises it is believed.
    out = decide(form("cmj", flags={"restricted_address"}), CAL)
    assert out.flags == ["restricted_address"]

"""Held-out decision scenarios, part 3 (a second round, still written before reading the
routing code): dates that fall on non-school days, forms with no completion date, routes
that must combine, what is and is not an open case, and the leaver/exit destination rules'
other sides. Expected values from the policy and contract; see heldout_decisions.py.
"""
from __future__ import annotations

from tests.routing.heldout_decisions import JOEL, MOORLAND, NIAMH, ORLA, TILLY, kid, referral, register_row
from tests.routing.heldout_decisions_build import Step
from tests.routing.heldout_decisions_leavers import (
    CALLUM, DEVON, HARVEY, LOUIS, MILO, POPPY, POPPY_JOINS, RIVERSIDE, enquiry, form, joiner, la_enquiry, leaver,
    pupil_exit)

def _calendar_in_settings(sc):
    sc.calendar_in_settings = True
    return sc


WREN = kid("Ashdown", "Wren", "2013-12-02", "female", "27 Snitterton Road", "Matlock", "DE4 3LZ",
           child__ehcp=True, **{"child.looked_after": True})
ORLA_JOINS = {**ORLA, **RIVERSIDE}
ROUND_2 = [
    # Contract §7: a first day of absence given inside the October half term (Mon 26 Oct 2026)
    # is not itself a school day; day 1 is Mon 2 Nov, and Mon 16 Nov is day 11: in time (§5.1).
    referral("ref_first_day_in_half_term", "§5.1; contract §7", ORLA, "2026-11-16",
             {"routes": ["cme_coordinator"], "flags": []},
             first_day_of_absence="2026-10-26", whereabouts_known=True),
    # Last attended Fri 23 Oct, the day before half term: the absence starts Mon 2 Nov; Tue 17
    # Nov is day 12: late.
    referral("ref_last_attended_before_half_term", "§5.1; contract §7", ORLA, "2026-11-17",
             {"routes": ["cme_coordinator"], "flags": ["late_referral"], "days": {"late_referral": 12}},
             last_date_attended="2026-10-23", whereabouts_known=True),
    # Contract §6-7, truth of section 6 "a form with no completion date is judged on the date it
    # was received": no "Date completed", received Tue 5 Jan 2027. From Mon 7 Dec: 7-18 Dec =
    # 1-10, 4 Jan = 11, 5 Jan = 12: late. Tilly is of compulsory school age from 31 Dec 2026, so
    # on the date received she is: no age flag.
    referral("ref_no_completion_date_judged_on_receipt", "§5.1; contract §6-7", TILLY, "2027-01-05",
             {"routes": ["cme_coordinator"], "flags": ["late_referral"], "days": {"late_referral": 12}},
             first_day_of_absence="2026-12-07", whereabouts_known=True, drop=("submitted_on",)),
    # §6.0 more than 60 school days applies whatever the whereabouts: a missing child on day 61
    # (14 Sep-14 Dec 2026) is cme_missing and goes to the Inclusion team as well.
    referral("ref_missing_day_61_inclusion", "§6.0, §3.3, §5.1", MILO, "2026-12-14",
             {"category": "cme_missing", "routes": ["cme_coordinator", "inclusion_team"], "flags": ["late_referral"],
              "days": {"late_referral": 61}},
             first_day_of_absence="2026-09-14", whereabouts_known=False),
    # Everything at once (§7.1-7.3, exceptions): a care order, looked after, an EHCP, not located.
    referral("ref_all_routes_combine", "§7.1-7.3, exceptions (EHCP, looked after)", WREN, "2026-11-27",
             {"category": "cme_missing", "routes": ["cme_coordinator", "safeguarding_immediate", "multi_agency_panel",
                                                    "virtual_school", "send_team"], "flags": []},
             first_day_of_absence="2026-11-23", whereabouts_known=False, safeguarding=["care_order"]),
    # §5.4, contract §7: a notice sent before the pupil's first day on roll has counted no school
    # days after it: in time.
    joiner("cmj_sent_before_date_on_roll", "§5.4; contract §7", ORLA_JOINS, "2026-11-30", "2026-11-27",
           {"routes": [], "flags": []}),
    # Contract §6 sender_mismatch needs a sub-folder: a file dropped straight into inbox/ has no
    # known sender, so nothing to disagree with.
    joiner("cmj_no_sender_folder", "contract §1, §6 sender_mismatch", ORLA_JOINS, "2026-11-23", "2026-11-25",
           {"routes": [], "flags": []}, sender=None),
    # Contract §6 "An open case is an accepted cme_referral": a referral left incomplete (no
    # school name) is not one, so the later joiner locates nothing.
    joiner("cmj_after_incomplete_referral", "contract §6 open case", POPPY_JOINS, "2026-11-30", "2026-12-02",
           {"routes": [], "flags": []},
           before=[referral("x", "", POPPY, "2026-11-20", {}, first_day_of_absence="2026-11-09",
                            whereabouts_known=False, drop=("school.name",)).step]),
    # Another authority asks about a child whose leaver notice here is flagged
    # destination_unknown: an open case, so the co-ordinator, the authority and child_located.
    la_enquiry("enq_matches_leaver_destination_unknown", "§4.4, §8.1; contract §6", LOUIS,
               {"routes": ["cme_coordinator", "other_la_response"], "flags": ["child_located"]},
               before=[Step("cml", {**LOUIS, "leaver.date_of_leaving": "2026-11-20", "leaver.reason": "moved_away",
                                    "submitted_on": "2026-11-20"}, "2026-11-20", "100903")]),
    # §8.1 "both the school and the LA have made joint reasonable enquiries": not answered at all
    # is not "explicitly made" (contract §6): premature. Day 25 to Fri 12 Mar 2027.
    leaver("cml_absent_20_days_joint_enquiries_not_stated", "§8.1; contract §6", LOUIS, "2027-03-12",
           "absent_20_days", {"category": "cme_missing", "routes": ["cme_coordinator"],
                              "flags": ["destination_unknown", "premature_removal"]},
           first_day_of_absence="2027-02-01"),
    # absent_20_days with a new school named (found after removal): no destination_unknown, but
    # the co-ordinator still gets every cml for absent_20_days (contract §6), and it stays
    # cme_missing. Day 20, joint enquiries made: not premature.
    leaver("cml_absent_20_days_school_found", "§8.1; contract §6", LOUIS, "2027-03-05", "absent_20_days",
           {"category": "cme_missing", "routes": ["cme_coordinator"], "flags": []},
           first_day_of_absence="2027-02-01", joint_enquiries_made=True,
           **{"destination_school.name": "Chesterfield High School"}),
    # §10.1 a forwarding address abroad but no new school: still to be referred.
    leaver("cml_abroad_address_but_no_school", "§10.1; contract §6", LOUIS, "2027-01-15", "moved_outside_england",
           {"routes": ["cme_coordinator"], "flags": ["destination_unknown"]},
           **{"destination_address.lines": "Calle Mayor 12", "destination_address.town": "Valencia",
              "destination_address.country": "Spain"}),
    # Contract §6: the forwarding address matters only for moving outside England; a transfer
    # within England naming the new school but no new address is fine.
    pupil_exit("exit_another_school_no_address", "§8.0; contract §6", HARVEY, "2026-12-04", "another_school",
               "2026-11-27", {"routes": [], "flags": []}, **{"new_school.name": "Bluecoat Academy"}),
    # §8.0 restricted address on a form that is also incomplete (no date of leaving): still
    # flagged, still "[restricted]" and nowhere in outbox/, the request letter included.
    pupil_exit("exit_restricted_and_incomplete", "§8.0; contract §6, §8", HARVEY, None, "moved_away", "2026-11-27",
               {"status": "incomplete", "routes": ["request_information"], "flags": ["restricted_address"],
                "problems": ["leaving"], "restricted": ["21 Tanners Row", "S2 4SU", "S24SU"]},
               **{"new_address.lines": "21 Tanners Row", "new_address.town": "Sheffield", "new_address.postcode": "S2 4SU",
                  "restrict_address": True, "new_school.name": "Park Hill Academy"}),
]


def _with_register(sc, *children):
    """The scenario with other children on the register too (so the register knows their schools)."""
    sc.register += [register_row(c, f"X{i}") for i, c in enumerate(children)]
    return sc


# A third round, also before reading the code.
ROUND_3 = [
    # Contract §7 "the absence's day number is the count of school days from first_day_of_absence":
    # last attended Fri 6 Nov, but the absence began Wed 11 Nov (the two days between were
    # authorised). 11-13 Nov = 1-3, 16-20 = 4-8, 23-25 = 9-11: Wed 25 Nov is day 11, in time
    # (counting from the day after the last attendance would give 13).
    referral("ref_first_day_wins_over_last_attended", "§5.1; contract §7", JOEL, "2026-11-25",
             {"routes": ["cme_coordinator"], "flags": []},
             first_day_of_absence="2026-11-11", last_date_attended="2026-11-06", whereabouts_known=True),
    # Contract §6 multi_agency_panel: whereabouts not stated count as not known; with a
    # safeguarding item (§7.1 contact with a person who poses a risk) that is the panel (§7.3).
    referral("ref_risk_person_whereabouts_not_stated", "§7.1, §7.3; contract §6", NIAMH, "2026-11-25",
             {"category": "cme_missing", "routes": ["cme_coordinator", "safeguarding_immediate", "multi_agency_panel"],
              "flags": []},
             first_day_of_absence="2026-11-23", safeguarding=["contact_with_risk_person"], sender="100903"),
    # Contract §7: closures may sit in cme.toml instead of a --calendar file. October half term
    # from cme.toml: 19 Oct-9 Nov 2026 is day 11 (in time), as in ref_day11_over_half_term.
    _calendar_in_settings(referral("ref_closures_from_settings", "§5.1; contract §7 (cme.toml)", ORLA, "2026-11-09",
                                   {"routes": ["cme_coordinator"], "flags": []},
                                   first_day_of_absence="2026-10-19", whereabouts_known=True)),
    # Contract §6 year11_ehe_consultation: "the year group is the form's, else worked out from the
    # date of birth": the form says year 11 (Devon's birth date would make him year 10).
    pupil_exit("exit_home_education_form_year_wins", "§9.2; contract §6", {**DEVON, "child.year_group": 11},
               "2027-01-15", "home_education", "2027-01-08", {"routes": ["ehe_team"], "flags": ["year11_ehe_consultation"]},
               sender="100903"),
    # Contract §6 sender_mismatch by the school's name when the form gives no URN: Riverside's
    # notice from Riverside's folder is fine; from Hilltop's folder (100901, known from the
    # register as Hilltop Primary School) it is not.
    _with_register(joiner("cmj_named_school_matches_folder", "contract §6 sender_mismatch", {**ORLA, **RIVERSIDE},
                          "2026-11-23", "2026-11-25", {"routes": [], "flags": []}, drop=("school.urn",)), JOEL),
    _with_register(joiner("cmj_named_school_other_folder", "contract §6 sender_mismatch", {**ORLA, **RIVERSIDE},
                          "2026-11-23", "2026-11-25", {"routes": [], "flags": ["sender_mismatch"]},
                          sender="100901", drop=("school.urn",)), JOEL),
    # A joiner that both locates an open case here and answers another authority's enquiry
    # (contract §6): the co-ordinator, the enquiring authority, child_located.
    joiner("cmj_locates_case_and_enquiry", "§4.4, §8.1; contract §6", POPPY_JOINS, "2026-11-30", "2026-12-02",
           {"routes": ["cme_coordinator", "other_la_response"], "flags": ["child_located"]},
           before=[referral("x", "", POPPY, "2026-11-20", {}, first_day_of_absence="2026-11-09",
                            whereabouts_known=False).step,
                   Step("la_enquiry", enquiry("SCC-2026-1180", POPPY, la="Sheffield City Council"), "2026-11-24")]),
]


def _received(sc, day):
    """The scenario's form arriving on `day`, later than its completion date."""
    sc.step.today = day
    return sc


SEB = kid("Holroyd", "Seb", "2010-09-15", "male", "15 Old Hackney Lane", "Matlock", "DE4 2QJ", MOORLAND)
# A fourth round, also before reading the code: completion date against date received.
ROUND_4 = [
    # Contract §6 outside_compulsory_school_age is judged on submitted_on; only a form with no
    # completion date falls back to the date received. Completed Tue 1 Dec 2026 (Tilly not yet
    # of age, see ref_under_compulsory_school_age), received Tue 5 Jan 2027 (she would be).
    _received(referral("ref_age_judged_on_completion_date", "§3.1; contract §6-7", TILLY, "2026-12-01",
                       {"routes": ["cme_coordinator"], "flags": ["outside_compulsory_school_age"]},
                       first_day_of_absence="2026-11-23", whereabouts_known=True), "2027-01-05"),
    # Contract §6-7: the referral's day number is counted to submitted_on: completed Mon 23 Nov
    # (day 11 from Mon 9 Nov), received Thu 26 Nov (day 14): in time.
    _received(referral("ref_day_counted_to_completion_date", "§5.1; contract §6-7", JOEL, "2026-11-23",
                       {"routes": ["cme_coordinator"], "flags": []},
                       first_day_of_absence="2026-11-09", whereabouts_known=True), "2026-11-26"),
    # Contract §7 "A joiner notice counts the school days after date_on_roll up to and including
    # submitted_on": on roll Mon 23 Nov, completed Fri 27 Nov (4), received Wed 2 Dec (7).
    _received(joiner("cmj_counted_to_completion_date", "§5.4; contract §7", ORLA_JOINS, "2026-11-23", "2026-11-27",
                     {"routes": [], "flags": []}), "2026-12-02"),
    # §9.2 "in their last year of school (year 11) ... prior to removal": the year worked out
    # from the date of birth is the one the child is in when removed. Seb (born 15 Sep 2010) is
    # in year 10 when the form is completed in the summer holiday (20 Aug 2026) and in year 11
    # on his leaving date, Fri 4 Sep 2026.
    pupil_exit("exit_home_education_year_11_on_leaving_date", "§9.1, §9.2; contract §6", SEB, "2026-09-04",
               "home_education", "2026-08-20", {"routes": ["ehe_team"], "flags": ["year11_ehe_consultation"]},
               sender="100903"),
    # Contract §6-7: Callum turns 16 on 31 Aug 2027, of compulsory school age to Fri 25 Jun 2027.
    # He left on Fri 18 Jun, but the notice was completed on Fri 2 Jul: judged on submitted_on.
    leaver("cml_age_judged_on_completion_not_leaving", "§3.1; contract §6-7", CALLUM, "2027-06-18", "another_school",
           {"routes": [], "flags": ["outside_compulsory_school_age"]}, today="2027-07-02",
           **{"destination_school.name": "Chesterfield High School"}),
    # Contract §6: a leaver notice (moved away, new school not known) about a child Derby City is
    # looking for: the enquiry is answered and the child located, besides destination_unknown.
    form("cml", "cml_matches_other_la_enquiry", "§4.4, §8.1; contract §6", LOUIS, "2026-11-27",
         {"routes": ["cme_coordinator", "other_la_response"], "flags": ["destination_unknown", "child_located"]},
         "100903", {"leaver.date_of_leaving": "2026-11-27", "leaver.reason": "moved_away"},
         before=[Step("la_enquiry", enquiry("DCC-2026-3301", LOUIS, la="Derby City Council"), "2026-11-20")]),
]
SCENARIOS = ROUND_2 + ROUND_3 + ROUND_4

"""Held-out decision scenarios, part 2: joiner notices (§5.4), leaver notices (§8.1, §9, §10),
parents' exit forms (§8.0, §9, §10) and other authorities' enquiries (§4.4, §8.1).
Expected values worked out by hand from the policy and contract; see heldout_decisions.py.
"""
from __future__ import annotations

from tests.routing.heldout_decisions import HILLTOP, MOORLAND, kid, referral, register_row
from tests.routing.heldout_decisions_build import Scenario, Step

RIVERSIDE = {"school.name": "Riverside Academy", "school.urn": "100902",
             "school.contact_name": "Ms A Roy, admissions", "school.contact_email": "admissions@riverside.example.sch.uk"}


def upn(digits12: str) -> str:
    """A UPN with its DfE check letter (weights 2-13 on the last twelve characters, mod 23)."""
    return "ABCDEFGHJKLMNPQRTUVWXYZ"[sum(int(c) * w for c, w in zip(digits12, range(2, 14))) % 23] + digits12


def form(kind, name, cite, child, today, expect, sender, block, before=(), on_register=True,
         submitted=True, drop=()) -> Scenario:
    values = {**child, **block, **({"submitted_on": today} if submitted else {})}
    values = {k: x for k, x in values.items() if x is not None and k not in drop}
    reg = [register_row(child, "J" + name[:12])] if on_register else []
    return Scenario(name, cite, Step(kind, values, today, sender), expect, list(before), reg)


def joiner(name, cite, child, on_roll, today, expect, sender="100902", **kw) -> Scenario:
    return form("cmj", name, cite, child, today, expect, sender,
                {"joiner.date_on_roll": on_roll, "joiner.previous_school.name": "Hilltop Primary School"}, **kw)


def leaver(name, cite, child, leaving, reason, expect, today=None, sender="100903", **block) -> Scenario:
    b = {"leaver.date_of_leaving": leaving, "leaver.reason": reason, **{f"leaver.{k}": v for k, v in block.items()}}
    return form("cml", name, cite, child, today or leaving, expect, sender, b)


def pupil_exit(name, cite, child, leaving, reason, today, expect, sender="100901", drop=(), **block) -> Scenario:
    b = {"exit.date_of_leaving": leaving, "exit.reason": reason, **{f"exit.{k}": v for k, v in block.items()}}
    return form("pupil_exit", name, cite, child, today, expect, sender, b, drop=drop)


def enquiry(eid, child, la="Nottingham City Council", date="2026-11-02", upn_=""):
    return {"enquiry_id": eid, "requesting_la": la, "legal_surname": child["child.legal_surname"],
            "legal_forenames": child["child.legal_forenames"], "date_of_birth": child["child.date_of_birth"],
            "sex": child["child.sex"][0].upper(), "upn": upn_,
            "address": f'{child["child.address.lines"]}, {child["child.address.town"]}',
            "postcode": child["child.address.postcode"], "enquiry_date": date, "contact_email": "cme@la.example.gov.uk"}


FREYA = kid("Lindqvist", "Freya", "2016-02-11", "female", "14 Bakewell Road", "Matlock", "DE4 3AU", RIVERSIDE)
IBRAHIM = kid("Haddad", "Ibrahim", "2013-07-19", "male", "6 Lums Hill Rise", "Matlock", "DE4 3FX", RIVERSIDE)
POPPY = kid("Whitworth", "Poppy", "2015-05-05", "female", "31 Jackson Road", "Matlock", "DE4 3JQ")
POPPY_JOINS = {**POPPY, **RIVERSIDE}  # her joiner notice comes from her new school
KAI_UPN = upn("830100902071")
KAI = kid("Mensah", "Kai", "2014-09-24", "male", "40 Dimple Road", "Matlock", "DE4 3JX", RIVERSIDE, child__upn=KAI_UPN)
ROSA = kid("Ferreira", "Rosa", "2022-01-01", "female", "12 Asker Lane", "Matlock", "DE4 5LU", RIVERSIDE)
ELLIS = kid("Yardley", "Ellis", "2021-12-31", "male", "4 Snitterton Road", "Matlock", "DE4 3LZ", RIVERSIDE)
JOINERS = [
    # §5.4 "within 5 days of placing the child on roll"; contract: the school days after
    # date_on_roll up to and including submitted_on. On roll Fri 30 Apr 2027; Mon 3 May is a
    # bank holiday: 4-7 May = 1-4, Mon 10 May = 5 (in time), Tue 11 May = 6 (late).
    joiner("cmj_day5_over_bank_holiday", "§5.4; contract §6-7", FREYA, "2027-04-30", "2027-05-10",
           {"routes": [], "flags": []}),
    joiner("cmj_day6_over_bank_holiday", "§5.4; contract §6-7", FREYA, "2027-04-30", "2027-05-11",
           {"routes": [], "flags": ["late_joiner_notice"], "days": {"late_joiner_notice": 6}}),
    # §5.4 over the October half term: on roll Thu 22 Oct 2026, Fri 23 Oct = 1, 2-5 Nov = 2-5.
    joiner("cmj_day5_over_half_term", "§5.4; contract §7", IBRAHIM, "2026-10-22", "2026-11-05",
           {"routes": [], "flags": []}),
    # §5.4 over Christmas: on roll Thu 17 Dec 2026, Fri 18 Dec = 1, 4-8 Jan 2027 = 2-6: late.
    joiner("cmj_day6_over_christmas", "§5.4; contract §7", IBRAHIM, "2026-12-17", "2027-01-08",
           {"routes": [], "flags": ["late_joiner_notice"], "days": {"late_joiner_notice": 6}}),
    # Contract §6: a joiner that locates an open case (an accepted cme_referral) goes to the
    # co-ordinator with child_located (§4.4 "located without delay"). The referral: Hilltop,
    # 9-20 Nov = day 10, not located. Joined Riverside on Mon 30 Nov, notice Wed 2 Dec = day 2.
    joiner("cmj_locates_open_referral", "§4.4, §5.4, §5.5; contract §6 child_located", POPPY_JOINS, "2026-11-30",
           "2026-12-02", {"routes": ["cme_coordinator"], "flags": ["child_located"]},
           before=[referral("x", "", POPPY, "2026-11-20", {}, first_day_of_absence="2026-11-09",
                            whereabouts_known=False).step]),
    # Contract §6: a cml flagged destination_unknown is an open case too (moved away, school not
    # known); the later joiner locates it.
    joiner("cmj_locates_leaver_destination_unknown", "§8.1, §5.4; contract §6 child_located", POPPY_JOINS, "2026-11-30",
           "2026-12-02", {"routes": ["cme_coordinator"], "flags": ["child_located"]},
           before=[Step("cml", {**POPPY, **HILLTOP, "leaver.date_of_leaving": "2026-11-20", "leaver.reason": "moved_away",
                                "submitted_on": "2026-11-20"}, "2026-11-20", "100901")]),
    # ... but a leaver whose destination school is named is no open case: nothing is located.
    joiner("cmj_after_leaver_destination_known", "§8.1; contract §6 (open case)", POPPY_JOINS, "2026-11-30",
           "2026-12-02", {"routes": [], "flags": []},
           before=[Step("cml", {**POPPY, **HILLTOP, "leaver.date_of_leaving": "2026-11-20",
                                "leaver.reason": "another_school", "leaver.destination_school.name": "Riverside Academy",
                                "submitted_on": "2026-11-20"}, "2026-11-20", "100901")]),
    # §4.4 "support is given to other Local Authorities to locate missing children who may have
    # moved into Derbyshire": a joiner matching Nottingham's enquiry (same UPN, name, date of
    # birth) answers it: other_la_response and child_located. Not on the register (new to the
    # county). On roll Mon 23 Nov, notice Wed 25 Nov = day 2.
    joiner("cmj_matches_other_la_enquiry", "§4.4, §8.1; contract §6", KAI, "2026-11-23", "2026-11-25",
           {"routes": ["other_la_response"], "flags": ["child_located"]}, on_register=False,
           before=[Step("la_enquiry", enquiry("NCC-2026-0412", {**KAI, "child.address.lines": "77 Radford Road",
                                                             "child.address.town": "Nottingham",
                                                             "child.address.postcode": "NG7 5DU"},
                                              upn_=KAI_UPN), "2026-11-02")]),
    # Exceptions: a looked after child joining goes to the Virtual School ("admitted through
    # in-year processes supported by the Virtual School team").
    joiner("cmj_looked_after", "exceptions (looked after); contract §6", {**IBRAHIM, "child.looked_after": True},
           "2026-11-23", "2026-11-25", {"routes": ["virtual_school"], "flags": []}),
    # Contract §5: date_on_roll is required: incomplete, request_information; no day count.
    joiner("cmj_missing_date_on_roll", "contract §5-6", FREYA, None, "2026-11-25",
           {"status": "incomplete", "routes": ["request_information"], "flags": [], "problems": ["roll"]}),
    # Contract §6: sent from Moorland's folder (100903) but the form names Riverside (100902).
    joiner("cmj_sender_mismatch", "contract §6 sender_mismatch", IBRAHIM, "2026-11-23", "2026-11-25",
           {"routes": [], "flags": ["sender_mismatch"]}, sender="100903"),
    # Contract §5-6: a UPN failing its check letter: invalid_upn, not incomplete.
    joiner("cmj_invalid_upn", "contract §5-6 invalid_upn", {**FREYA, "child.upn": "A830100902044"},
           "2026-11-23", "2026-11-25", {"routes": [], "flags": ["invalid_upn"]}),
    # Contract §6-7: Rosa turns 5 on 1 Jan 2027, so is of compulsory school age from 31 Mar
    # 2027; Ellis turns 5 on 31 Dec 2026, from that day. No completion date: judged on the date
    # received (5 Jan 2027), and the notice counted to it: on roll Mon 4 Jan, day 1.
    joiner("cmj_reception_under_age_no_date", "§3.1; contract §6-7", ROSA, "2027-01-04", "2027-01-05",
           {"routes": [], "flags": ["outside_compulsory_school_age"]}, submitted=False),
    joiner("cmj_reception_of_age_from_31_december", "§3.1; contract §6-7", ELLIS, "2027-01-04", "2027-01-05",
           {"routes": [], "flags": []}, submitted=False),
]

LOUIS = kid("Achterberg", "Louis", "2012-04-03", "male", "19 Wellington Street", "Matlock", "DE4 3GS", MOORLAND)
ZARA = kid("Quinlan", "Zara", "2010-10-08", "female", "25 Henry Avenue", "Matlock", "DE4 3HY", MOORLAND,
           child__year_group=11)
CALLUM = kid("Birtles", "Callum", "2011-08-31", "male", "7 Cavendish Road", "Matlock", "DE4 3GY", MOORLAND)
DEVON = kid("Marchetti", "Devon", "2011-09-01", "male", "10 Hurst Rise", "Matlock", "DE4 3EP", MOORLAND)
PRIYA = kid("Sandhu", "Priya", "2010-12-15", "female", "2 Chesterfield Road", "Matlock", "DE4 3FQ", MOORLAND)
NEW_SCHOOL = {"destination_school.name": "Chesterfield High School", "destination_school.la": "Derbyshire"}
LEAVERS = [
    # §8.1 "not normally removed from the school roll until they have been continuously absent
    # for at least 20 school days and ... joint reasonable enquiries". From Mon 1 Feb 2027 (over
    # February half term) Fri 5 Mar is day 20; a cml for absent_20_days is cme_missing, goes to
    # the co-ordinator, and (no new school) destination_unknown.
    leaver("cml_absent_20_days_on_day_20", "§8.1, §3.3; contract §6", LOUIS, "2027-03-05", "absent_20_days",
           {"category": "cme_missing", "routes": ["cme_coordinator"], "flags": ["destination_unknown"]},
           first_day_of_absence="2027-02-01", joint_enquiries_made=True),
    # Day 19 (Thu 4 Mar), from the last date attended Fri 29 Jan: removed too soon.
    leaver("cml_absent_20_days_on_day_19", "§8.1; contract §6-7", LOUIS, "2027-03-04", "absent_20_days",
           {"category": "cme_missing", "routes": ["cme_coordinator"],
            "flags": ["destination_unknown", "premature_removal"], "days": {"premature_removal": 19}},
           last_date_attended="2027-01-29", joint_enquiries_made=True),
    # Day 25 (Fri 12 Mar) but joint enquiries answered "No": premature (§8.1 "and").
    leaver("cml_absent_20_days_without_joint_enquiries", "§8.1; contract §6", LOUIS, "2027-03-12", "absent_20_days",
           {"category": "cme_missing", "routes": ["cme_coordinator"], "flags": ["destination_unknown", "premature_removal"]},
           first_day_of_absence="2027-02-01", joint_enquiries_made=False),
    # §6.0 more than 60 school days (14 Sep-14 Dec 2026 = 61) counted to submitted_on.
    leaver("cml_absent_61_days_inclusion", "§6.0, §8.1; contract §6", LOUIS, "2026-12-14", "absent_20_days",
           {"category": "cme_missing", "routes": ["cme_coordinator", "inclusion_team"], "flags": ["destination_unknown"]},
           first_day_of_absence="2026-09-14", joint_enquiries_made=True),
    # §9.1-9.2: home education in year 11 (the form's year group): EHE team and consultation.
    leaver("cml_home_education_year_11_on_form", "§9.1, §9.2", ZARA, "2027-01-15", "home_education",
           {"routes": ["ehe_team"], "flags": ["year11_ehe_consultation"]}),
    # No year group: worked out from the date of birth. Born 31 Aug 2011: year 11 in 2026/27;
    # born 1 Sep 2011: year 10.
    leaver("cml_home_education_year_11_from_birth", "§9.2; contract §6", CALLUM, "2027-01-15", "home_education",
           {"routes": ["ehe_team"], "flags": ["year11_ehe_consultation"]}),
    leaver("cml_home_education_year_10_from_birth", "§9.1-9.2; contract §6", DEVON, "2027-01-15", "home_education",
           {"routes": ["ehe_team"], "flags": []}),
    # §6.0 exclusion: the Inclusion team; no destination_unknown for exclusion (contract §6).
    leaver("cml_permanently_excluded", "§6.0; contract §6", LOUIS, "2027-01-15", "permanently_excluded",
           {"routes": ["inclusion_team"], "flags": []}),
    # §10.1 both a forwarding address and the new school: nothing to chase.
    leaver("cml_abroad_address_and_school", "§10.1", LOUIS, "2027-01-15", "moved_outside_england",
           {"routes": [], "flags": []}, **{"destination_school.name": "Colegio San Jorge",
                                           "destination_address.lines": "Calle Mayor 12", "destination_address.town":
                                           "Valencia", "destination_address.country": "Spain"}),
    # §10.1 the school is named but no forwarding address: refer to CME.
    leaver("cml_abroad_no_forwarding_address", "§10.1; contract §6", LOUIS, "2027-01-15", "moved_outside_england",
           {"routes": ["cme_coordinator"], "flags": ["destination_unknown"]},
           **{"destination_school.name": "Colegio San Jorge"}),
    # Contract §6: detention expects no new school.
    leaver("cml_detained", "contract §6 destination_unknown", LOUIS, "2027-01-15", "detained",
           {"routes": [], "flags": []}),
    leaver("cml_not_returned_after_leave", "§8.1; contract §6", LOUIS, "2027-01-15", "not_returned_after_leave",
           {"routes": ["cme_coordinator"], "flags": ["destination_unknown"]}),
    # Contract §5: the reason is required.
    leaver("cml_missing_reason", "contract §5-6", LOUIS, "2027-01-15", None,
           {"status": "incomplete", "routes": ["request_information"], "flags": [], "problems": ["reason"]},
           **NEW_SCHOOL),
    # Contract §7: of compulsory school age up to the last Friday in June of the school year in
    # which the child turns 16 (Education Act 1996 s.8: it ends at the end of that day). Priya
    # turns 16 on 15 Dec 2026: still of age on Fri 25 Jun 2027. Callum turns 16 on 31 Aug 2027
    # (2026/27): past it on Thu 1 Jul 2027. Devon turns 16 on 1 Sep 2027 (2027/28): not past it.
    leaver("cml_on_last_friday_of_june", "§3.1; contract §7", PRIYA, "2027-06-25", "another_school",
           {"routes": [], "flags": []}, **NEW_SCHOOL),
    leaver("cml_after_last_friday_of_june", "§3.1; contract §6-7", CALLUM, "2027-07-01", "another_school",
           {"routes": [], "flags": ["outside_compulsory_school_age"]}, **NEW_SCHOOL),
    leaver("cml_born_1_september_still_of_age", "§3.1; contract §7", DEVON, "2027-07-01", "another_school",
           {"routes": [], "flags": []}, **NEW_SCHOOL),
]

HARVEY = kid("Pemberton", "Harvey", "2017-10-30", "male", "11 Steep Turnpike", "Matlock", "DE4 3DP")
AMELIA = kid("Kowalczyk", "Amelia", "2010-11-19", "female", "3 Bentley Close", "Matlock", "DE4 3GT", MOORLAND,
             child__year_group=11)
EXITS = [
    # §9.1 parents removing a child to home educate: the EHE team; no new school is expected
    # (contract §6), so no destination_unknown. Year 3: no consultation.
    pupil_exit("exit_home_education", "§9.1; contract §6", HARVEY, "2026-12-04", "home_education", "2026-11-27",
               {"routes": ["ehe_team"], "flags": []}),
    pupil_exit("exit_home_education_year_11", "§9.1, §9.2", AMELIA, "2026-12-04", "home_education", "2026-11-27",
               {"routes": ["ehe_team"], "flags": ["year11_ehe_consultation"]}, sender="100903"),
    # §10.1 moving abroad with the new school but no forwarding address.
    pupil_exit("exit_abroad_school_but_no_address", "§10.1; contract §6", HARVEY, "2026-12-04",
               "moved_outside_england", "2026-11-27", {"routes": ["cme_coordinator"], "flags": ["destination_unknown"]},
               **{"new_school.name": "Ecole Jules Ferry"}),
    pupil_exit("exit_abroad_address_and_school", "§10.1", HARVEY, "2026-12-04", "moved_outside_england", "2026-11-27",
               {"routes": [], "flags": []}, **{"new_school.name": "Ecole Jules Ferry", "new_address.lines":
                                               "8 Rue des Lilas", "new_address.town": "Lyon", "new_address.country": "France"}),
    # §8.0 "If we are unable to establish your child's new school, we would have to refer them as a
    # missing child": moved away, new address given, new school not known.
    pupil_exit("exit_moved_away_school_unknown", "§8.0, §8.1; contract §6", HARVEY, "2026-12-04", "moved_away",
               "2026-11-27", {"routes": ["cme_coordinator"], "flags": ["destination_unknown"]},
               **{"new_address.lines": "52 Mansfield Road", "new_address.town": "Derby", "new_address.postcode": "DE1 3RA"}),
    # §8.0 the parent asks that the new address go to the head teacher only: flagged, shown as
    # "[restricted]", and neither its street nor its postcode anywhere in outbox/.
    pupil_exit("exit_restricted_address", "§8.0; contract §6 restricted_address", HARVEY, "2026-12-04",
               "another_school", "2026-11-27",
               {"routes": [], "flags": ["restricted_address"], "restricted": ["14 Quarry Bank", "NG1 5DT", "NG15DT"]},
               **{"new_address.lines": "14 Quarry Bank", "new_address.town": "Nottingham",
                  "new_address.postcode": "NG1 5DT", "restrict_address": True, "new_school.name": "Bluecoat Academy"}),
    # Contract §5: the date of leaving is required.
    pupil_exit("exit_missing_date_of_leaving", "contract §5-6", HARVEY, None, "another_school", "2026-11-27",
               {"status": "incomplete", "routes": ["request_information"], "flags": [], "problems": ["leaving"]},
               **{"new_school.name": "Bluecoat Academy"}),
]

GRACE = kid("Oyelaran", "Grace", "2014-03-27", "female", "60 Dale Road", "Matlock", "DE4 3PL")
MILO = kid("Varga", "Milo", "2016-08-08", "male", "5 Pinewood Road", "Matlock", "DE4 3JU")
STRANGER = kid("Zielinski", "Hugo", "2013-05-16", "male", "9 Carlton Road", "Leeds", "LS7 1HH")


def la_enquiry(name, cite, child, expect, before=(), on_register=True, today="2026-11-27") -> Scenario:
    reg = [register_row(child, "E" + name[:12])] if on_register else []
    return Scenario(name, cite, Step("la_enquiry", enquiry(f"ENQ-{name[:10]}", child, date=today), today),
                    expect, list(before), reg)


ENQUIRIES = [
    # Contract §6: an enquiry that matches a register child gets other_la_response (§4.4
    # "support is given to other Local Authorities"); a register entry is no case: no child_located.
    la_enquiry("enq_matches_register", "§4.4, §8.1; contract §6", GRACE, {"routes": ["other_la_response"], "flags": []}),
    # An enquiry about a child who is an open CME case here: the co-ordinator, the enquiring
    # authority, and child_located.
    la_enquiry("enq_matches_open_case", "§4.4, §8.1; contract §6", MILO,
               {"routes": ["cme_coordinator", "other_la_response"], "flags": ["child_located"]},
               before=[referral("x", "", MILO, "2026-11-20", {}, first_day_of_absence="2026-11-09",
                                whereabouts_known=False).step]),
    # No match anywhere: nothing to route.
    la_enquiry("enq_no_match", "§8.1; contract §6", STRANGER, {"routes": [], "flags": []}, on_register=False),
    # §4.4: a referral about a child another authority is looking for: the co-ordinator (every
    # referral), the enquiring authority, child_located. Not located by the school: cme_missing;
    # 23-26 Nov = day 4.
    referral("ref_matches_other_la_enquiry", "§4.4, §5.1, §3.3; contract §6", GRACE, "2026-11-26",
             {"category": "cme_missing", "routes": ["cme_coordinator", "other_la_response"], "flags": ["child_located"]},
             first_day_of_absence="2026-11-23", whereabouts_known=False,
             before=[Step("la_enquiry", enquiry("LCC-2026-0077", GRACE, la="Leicester City Council"), "2026-11-02")]),
]
SCENARIOS = JOINERS + LEAVERS + EXITS + ENQUIRIES

"""Held-out decision scenarios, part 1: CME referrals (policy §3.3, §5.1, §6.0, §7, exceptions;
contract sections 4, 6 and 7). Part 2 (joiners, leavers, exits, enquiries) is
heldout_decisions_leavers.py.

Every expected value below was worked out by hand from cme-policy.txt and contract.md, before
the routing code was read; the school-day counts use the calendar in heldout_decisions_build
(October half term 26-30 Oct 2026, Christmas 21 Dec-1 Jan, February half term 15-19 Feb 2027,
Easter 29 Mar-9 Apr, May half term 31 May-4 Jun; bank holidays: 25 and 28 Dec, 1 Jan,
Good Friday 26 Mar, 3 May, 31 May). `days` names a rule that fires and the school-day count
its reason must give; `test_hand_counts` checks each count against an independent counter.
"""
from __future__ import annotations

import zlib

from tests.routing.heldout_decisions_build import Scenario, Step

HILLTOP = {"school.name": "Hilltop Primary School", "school.urn": "100901",
           "school.contact_name": "Mrs J Pearce, attendance officer", "school.contact_email": "office@hilltop.example.sch.uk"}
MOORLAND = {"school.name": "Moorland School", "school.urn": "100903",
            "school.contact_name": "Mr D Shaw, head of year", "school.contact_email": "attendance@moorland.example.sch.uk"}
REGISTER_SCHOOL = {"100901": "Hilltop Primary School", "100903": "Moorland School", "100902": "Riverside Academy"}


def kid(surname, forenames, dob, sex, line, town, postcode, school=HILLTOP, **extra) -> dict:
    """A child as a form gives it (contract paths); `extra` adds or, with None, removes fields."""
    v = {"child.legal_surname": surname, "child.legal_forenames": forenames, "child.date_of_birth": dob,
         "child.sex": sex, "child.address.lines": line, "child.address.town": town, "child.address.postcode": postcode,
         "parents.0.name": f"Sam {surname}", "parents.0.relationship": "Parent", **school}
    v.update({k.replace("__", "."): x for k, x in extra.items()})
    return v


def register_row(v: dict, rid: str) -> dict:
    """The same child on the authority's register (contract section 3)."""
    return {"register_id": rid, "upn": "", "legal_surname": v["child.legal_surname"],
            "legal_forenames": v["child.legal_forenames"], "date_of_birth": v["child.date_of_birth"],
            "sex": v["child.sex"][0].upper(), "address": f'{v["child.address.lines"]}, {v["child.address.town"]}',
            "postcode": v["child.address.postcode"], "school_urn": v["school.urn"],
            "school_name": REGISTER_SCHOOL[v["school.urn"]], "year_group": ""}


def referral(name, cite, child, today, expect, sender="100901", before=(), on_register=True, drop=(),
             **block) -> Scenario:
    """A referral completed on `today`; `drop` leaves fields off the form (not off the register)."""
    values = {**child, **{f"referral.{k}": x for k, x in block.items()}, "submitted_on": today}
    values.setdefault("referral.enquiries_made", ["phone_parents", "home_visit", "s2s_lost_pupils"])
    values = {k: x for k, x in values.items() if x is not None and k not in drop}
    reg = [register_row(child, f"H{zlib.crc32(name.encode()) % 10**6:06d}")] if on_register else []
    return Scenario(name, cite, Step("cme_referral", values, today, sender), expect, list(before), reg)


ORLA = kid("Brennan", "Orla", "2017-03-09", "female", "5 Dale View", "Matlock", "DE4 3LT")
TOMASZ = kid("Nowak", "Tomasz", "2014-06-21", "male", "22 Bank Road", "Wirksworth", "DE4 4AX")
MAISIE = kid("Thornhill", "Maisie", "2012-11-02", "female", "8 Crown Square", "Matlock", "DE4 3AT", MOORLAND)
JOEL = kid("Okafor", "Joel", "2015-01-30", "male", "17 Smedley Street", "Matlock", "DE4 3JG")
NIAMH = kid("Gallagher", "Niamh", "2011-10-12", "female", "3 Starkholmes Road", "Matlock", "DE4 5JA", MOORLAND)
REFERRALS = [
    # §5.1 "by day 11 at the latest"; contract §7 day numbers skip the October half-term closure:
    # 19-23 Oct = days 1-5, 2-6 Nov = 6-10, Mon 9 Nov = 11. Whereabouts known, under 20 days:
    # category null (§3.3). No late flag at day 11.
    referral("ref_day11_over_half_term", "§5.1, §3.3; contract §6-7", ORLA, "2026-11-09",
             {"routes": ["cme_coordinator"], "flags": []},
             first_day_of_absence="2026-10-19", whereabouts_known=True),
    # §5.1: only the last date attended (Fri 16 Oct) is given, so the absence starts on the next
    # school day, Mon 19 Oct (contract §7); Tue 10 Nov is day 12: late.
    referral("ref_day12_last_attended_only", "§5.1; contract §7", ORLA, "2026-11-10",
             {"routes": ["cme_coordinator"], "flags": ["late_referral"], "days": {"late_referral": 12}},
             last_date_attended="2026-10-16", whereabouts_known=True),
    # §5.1 across the May Day bank holiday (Mon 3 May 2027, no closure): 20-23 Apr = 1-4,
    # 26-30 Apr = 5-9, 4 May = 10, 5 May = 11. Whereabouts not stated = not known (contract §6):
    # cme_missing, and no safeguarding item so no panel.
    referral("ref_day11_bank_holiday_not_stated", "§5.1, §3.3; contract §6-7", TOMASZ, "2027-05-05",
             {"category": "cme_missing", "routes": ["cme_coordinator"], "flags": []},
             first_day_of_absence="2027-04-20"),
    referral("ref_day12_bank_holiday_missing", "§5.1, §3.3; contract §6-7", TOMASZ, "2027-05-06",
             {"category": "cme_missing", "routes": ["cme_coordinator"], "flags": ["late_referral"],
              "days": {"late_referral": 12}},
             first_day_of_absence="2027-04-20", whereabouts_known=False),
    # §5.1 at a weekend: first day Fri 8 Jan 2027 = 1, 11-15 Jan = 2-6, 18-22 Jan = 7-11; a form
    # completed on Saturday 23 Jan is still on day 11: not late.
    referral("ref_day11_on_a_saturday", "§5.1; contract §7", JOEL, "2027-01-23",
             {"routes": ["cme_coordinator"], "flags": []},
             first_day_of_absence="2027-01-08", whereabouts_known=True),
    # §5.1 over Good Friday (bank holiday) and the Easter closure: last attended Thu 25 Mar 2027,
    # the next school day is Mon 12 Apr (day 1); Mon 26 Apr is day 11. A Traveller background
    # (§4.3) is a vulnerable group but no route of its own.
    referral("ref_day11_after_easter", "§5.1, §4.3; contract §7", JOEL, "2027-04-26",
             {"routes": ["cme_coordinator"], "flags": []},
             last_date_attended="2027-03-25", whereabouts_known=True, vulnerable_groups=["grt"]),
    # §3.3 "4 school weeks or more" = 20 school days (contract §6). From Mon 1 Feb 2027, over the
    # February half term: 1-12 Feb = 1-10, 22-26 Feb = 11-15, 1-5 Mar = 16-20. Day 19 (Thu 4 Mar):
    # known but not yet WASP; day 20 (Fri 5 Mar): cme_wasp. Both late (§5.1).
    referral("ref_day19_not_yet_wasp", "§3.3, §5.1; contract §6", TOMASZ, "2027-03-04",
             {"routes": ["cme_coordinator"], "flags": ["late_referral"], "days": {"late_referral": 19}},
             first_day_of_absence="2027-02-01", whereabouts_known=True),
    referral("ref_day20_wasp", "§3.3, §5.1; contract §6", TOMASZ, "2027-03-05",
             {"category": "cme_wasp", "routes": ["cme_coordinator"], "flags": ["late_referral"],
              "days": {"late_referral": 20}},
             first_day_of_absence="2027-02-01", whereabouts_known=True),
    # §6.0 "out of education for more than 12 weeks" = more than 60 school days (contract §6).
    # From Mon 14 Sep 2026: 14 Sep-23 Oct = 1-30, half term, 2 Nov-11 Dec = 31-60, Mon 14 Dec = 61.
    referral("ref_day60_no_inclusion", "§6.0, §3.3; contract §6", MAISIE, "2026-12-11",
             {"category": "cme_wasp", "routes": ["cme_coordinator"], "flags": ["late_referral"],
              "days": {"late_referral": 60}},
             first_day_of_absence="2026-09-14", whereabouts_known=True, sender="100903"),
    referral("ref_day61_inclusion", "§6.0, §3.3; contract §6", MAISIE, "2026-12-14",
             {"category": "cme_wasp", "routes": ["cme_coordinator", "inclusion_team"], "flags": ["late_referral"],
              "days": {"late_referral": 61}},
             first_day_of_absence="2026-09-14", whereabouts_known=True, sender="100903"),
    # §7.1-7.3: a Child Protection Plan and whereabouts not known: Starting Point and Police the
    # same day, the co-ordinator, and the multi-agency panel. 23-25 Nov 2026 = day 3.
    referral("ref_cp_plan_whereabouts_unknown", "§7.1, §7.2, §7.3, §3.3", JOEL, "2026-11-25",
             {"category": "cme_missing", "routes": ["cme_coordinator", "safeguarding_immediate", "multi_agency_panel"],
              "flags": []},
             first_day_of_absence="2026-11-23", whereabouts_known=False, safeguarding=["child_protection_plan"]),
    # §7.1 exploitation risk, but the child is located: no panel (§7.3 is "cannot be located").
    referral("ref_exploitation_whereabouts_known", "§7.1, §7.3", NIAMH, "2026-11-25",
             {"routes": ["cme_coordinator", "safeguarding_immediate"], "flags": []},
             first_day_of_absence="2026-11-23", whereabouts_known=True, safeguarding=["exploitation_risk"],
             sender="100903"),
    # §7.1 "is looked after by the local authority" ticked as a safeguarding item: Starting Point
    # and the Virtual School (exceptions: looked after children); 23-27 Nov = day 5.
    referral("ref_looked_after_safeguarding_item", "§7.1, exceptions (looked after)", ORLA, "2026-11-27",
             {"routes": ["cme_coordinator", "safeguarding_immediate", "virtual_school"], "flags": []},
             first_day_of_absence="2026-11-23", whereabouts_known=True, safeguarding=["looked_after"]),
    # Exceptions: child.looked_after alone routes to the Virtual School; safeguarding_immediate
    # follows only a ticked safeguarding item (contract §6: "any safeguarding item").
    referral("ref_child_looked_after_field_only", "exceptions (looked after); contract §6",
             {**JOEL, "child.looked_after": True}, "2026-11-27",
             {"routes": ["cme_coordinator", "virtual_school"], "flags": []},
             first_day_of_absence="2026-11-23", whereabouts_known=True),
    # §4.3 vulnerable group "looked after children" (contract §6: or among the vulnerable groups);
    # homeless is a vulnerable group with no route of its own.
    referral("ref_looked_after_vulnerable_group", "§4.3, exceptions (looked after)", NIAMH, "2026-11-27",
             {"routes": ["cme_coordinator", "virtual_school"], "flags": []},
             first_day_of_absence="2026-11-23", whereabouts_known=True, vulnerable_groups=["looked_after", "homeless"],
             sender="100903"),
    # Exceptions: an EHCP goes to SEND casework. Not stated whereabouts: cme_missing.
    referral("ref_ehcp_send", "exceptions (EHCP), §3.3", {**ORLA, "child.ehcp": True}, "2026-11-27",
             {"category": "cme_missing", "routes": ["cme_coordinator", "send_team"], "flags": []},
             first_day_of_absence="2026-11-23"),
    # §7.1 privately fostered, not located, referred late: 9-13 Nov = 1-5, 16-20 = 6-10,
    # 23-26 Nov = 11-14: day 14 (Thu 26 Nov).
    referral("ref_privately_fostered_late_missing", "§7.1-7.3, §5.1", TOMASZ, "2026-11-26",
             {"category": "cme_missing", "routes": ["cme_coordinator", "safeguarding_immediate", "multi_agency_panel"],
              "flags": ["late_referral"], "days": {"late_referral": 14}},
             first_day_of_absence="2026-11-09", whereabouts_known=False, safeguarding=["privately_fostered"]),
    # §7.1 family concerns, child located, out 25 school days (2 Nov-4 Dec 2026): WASP,
    # Starting Point, no panel.
    referral("ref_family_concerns_wasp", "§7.1, §7.3, §3.3, §5.1", JOEL, "2026-12-04",
             {"category": "cme_wasp", "routes": ["cme_coordinator", "safeguarding_immediate"],
              "flags": ["late_referral"], "days": {"late_referral": 25}},
             first_day_of_absence="2026-11-02", whereabouts_known=True, safeguarding=["family_concerns"]),
]

TILLY = kid("Marsden", "Tilly", "2021-09-01", "female", "2 Holt Lane", "Matlock", "DE4 3LY")
ARLO = kid("Fenwick", "Arlo", "2021-08-31", "male", "9 Lime Grove", "Matlock", "DE4 3FD")
INCOMPLETE_AND_AGE = [
    # Contract §4-6: date of birth is required, so the form is incomplete and the sender is asked
    # (request_information), but every other route still applies: the co-ordinator (every
    # referral); known, day 5 (23-27 Nov): category null, not late. Age cannot be judged: no flag.
    referral("ref_missing_date_of_birth", "contract §4, §5, §6 request_information", ORLA, "2026-11-27",
             {"status": "incomplete", "routes": ["cme_coordinator", "request_information"], "flags": [],
              "problems": ["date of birth"]},
             first_day_of_absence="2026-11-23", whereabouts_known=True, drop=("child.date_of_birth",)),
    # Contract §5: first_day_of_absence (or last_date_attended) is required. Without either no
    # day count exists (no late flag, no WASP), but whereabouts not known still makes it
    # cme_missing, and the safeguarding item (§7.1 forced marriage/FGM abroad) still goes to
    # Starting Point and, not located, the panel (§7.3).
    referral("ref_no_absence_dates", "contract §5-6; §7.1, §7.3, §3.3", NIAMH, "2026-11-27",
             {"status": "incomplete", "category": "cme_missing",
              "routes": ["cme_coordinator", "safeguarding_immediate", "multi_agency_panel", "request_information"],
              "flags": [], "problems": ["absence"]},
             whereabouts_known=False, safeguarding=["taken_abroad_illegal_act"], sender="100903"),
    # Contract §5: the school's name is required (school.name*).
    referral("ref_missing_school_name", "contract §5-6", JOEL, "2026-11-27",
             {"status": "incomplete", "routes": ["cme_coordinator", "request_information"], "flags": [],
              "problems": ["school"]},
             first_day_of_absence="2026-11-23", whereabouts_known=True, drop=("school.name",)),
    # Contract §7 compulsory school age starts on the first 31 Aug, 31 Dec or 31 Mar on or after
    # the fifth birthday. Tilly turns 5 on 1 Sep 2026: of compulsory school age from 31 Dec 2026,
    # so not on 1 Dec 2026. Arlo turns 5 on 31 Aug 2026: from that very day. 23 Nov-1 Dec = day 7.
    referral("ref_under_compulsory_school_age", "§3.1-3.2; contract §6-7", TILLY, "2026-12-01",
             {"routes": ["cme_coordinator"], "flags": ["outside_compulsory_school_age"]},
             first_day_of_absence="2026-11-23", whereabouts_known=True),
    referral("ref_compulsory_from_fifth_birthday", "§3.1-3.2; contract §6-7", ARLO, "2026-12-01",
             {"routes": ["cme_coordinator"], "flags": []},
             first_day_of_absence="2026-11-23", whereabouts_known=True),
]
SCENARIOS = REFERRALS + INCOMPLETE_AND_AGE

"""The CME policy as data: one row per rule, read top to bottom like the policy.

Each rule is a predicate over `Facts` (routing/facts.py), the route, flag or
category it sets, the paragraph of cme-policy.txt (or the contract) it cites,
and a why-text. Why-texts are filled only from facts that carry no personal
data (counts, codes, yes/no), so they are safe in logs and in `outbox/`.
"""
from __future__ import annotations

from dataclasses import dataclass
from typing import Callable, Literal

from routing.facts import Facts

Kind = Literal["route", "flag", "category"]

# Thresholds named as the policy words them.
REFER_BY_DAY = 11            # §5.1 "by day 11 at the latest"
JOINER_NOTICE_DAYS = 5       # §5.4 "within 5 days of placing the child on roll"
REMOVAL_MIN_DAYS = 20        # §8.1 "continuously absent for at least 20 school days"
WASP_DAYS = 20               # §3.3 "4 school weeks or more"
INCLUSION_AFTER_DAYS = 60    # §6.0 "more than 12 weeks"


@dataclass(frozen=True)
class Rule:
    name: str
    kind: Kind
    sets: str
    paragraph: str
    why: str                      # str.format template over Facts attributes
    when: Callable[[Facts], bool]

    def explain(self, f: Facts) -> str:
        return self.why.format(f=f)


def _known(value: object) -> bool:
    return value is not None


RULES: tuple[Rule, ...] = (
    # --- Category (§3.3) -------------------------------------------------------
    Rule("missing_whereabouts_not_known", "category", "cme_missing", "§3.3",
         "A referral whose whereabouts are not known is CME - missing.",
         lambda f: f.form == "cme_referral" and f.whereabouts_known is not True),
    Rule("missing_removed_after_absence", "category", "cme_missing", "§3.3, §8.1",
         "A leaver removed after continuous absence is CME - missing.",
         lambda f: f.form == "cml" and f.reason == "absent_20_days"),
    Rule("wasp_four_school_weeks", "category", "cme_wasp", "§3.3",
         "Whereabouts are known and the child had been out of education {f.absence_days} school days "
         "by the {f.ref_date_source}: 20 or more is CME - WASP.",
         lambda f: f.form == "cme_referral" and f.whereabouts_known is True
         and _known(f.absence_days) and f.absence_days >= WASP_DAYS),

    # --- CME co-ordinator (§5.1, §5.5, §8.1, §10.1) ------------------------------
    Rule("referral_to_coordinator", "route", "cme_coordinator", "§5.1, §5.5",
         "Every CME referral goes to the CME co-ordinator.",
         lambda f: f.form == "cme_referral"),
    Rule("destination_unknown_to_coordinator", "route", "cme_coordinator", "§8.1, §10.1",
         "The child left and the destination is not known, so the co-ordinator must trace them.",
         lambda f: f.destination_unknown),
    Rule("removed_after_absence_to_coordinator", "route", "cme_coordinator", "§8.1",
         "A leaver removed after continuous absence goes to the CME co-ordinator.",
         lambda f: f.form == "cml" and f.reason == "absent_20_days"),
    Rule("joiner_locates_open_case", "route", "cme_coordinator", "§4.4, §5.8",
         "A joiner form locates a child with an open CME case; the co-ordinator can close it.",
         lambda f: f.form == "cmj" and "case" in f.certain),
    Rule("enquiry_locates_open_case", "route", "cme_coordinator", "§4.4, §8.1",
         "Another authority's enquiry matches an open CME case here.",
         lambda f: f.form == "la_enquiry" and "case" in f.certain),

    # --- Safeguarding (§7) -------------------------------------------------------
    Rule("safeguarding_same_day", "route", "safeguarding_immediate", "§7.1–7.2",
         "{f.safeguarding_count} safeguarding concern(s) ticked: Children's Services and the Police "
         "must be told the same day.",
         lambda f: bool(f.safeguarding)),
    Rule("safeguarding_not_located", "route", "multi_agency_panel", "§7.3",
         "A child with a safeguarding concern cannot be located, so the case goes to the multi-agency panel.",
         lambda f: f.form == "cme_referral" and bool(f.safeguarding) and f.whereabouts_known is not True),

    # --- Teams for particular children -------------------------------------------
    Rule("home_education", "route", "ehe_team", "§9.1",
         "The child is leaving to be home educated; the Elective Home Education team must be told.",
         lambda f: f.leaving and f.reason == "home_education"),
    Rule("looked_after", "route", "virtual_school", "Exceptions (looked after children)",
         "The child is looked after (from {f.looked_after_from}); the Virtual School supports them.",
         lambda f: bool(f.looked_after_sources)),
    Rule("ehcp", "route", "send_team", "Exceptions (EHCP)",
         "The child has an education, health and care plan; SEND casework considers their needs.",
         lambda f: f.ehcp),
    Rule("out_of_education_12_weeks", "route", "inclusion_team", "§6.0",
         "The child had been out of education {f.absence_days} school days by the {f.ref_date_source}, "
         "more than 60 (12 weeks).",
         lambda f: _known(f.absence_days) and f.absence_days > INCLUSION_AFTER_DAYS),
    Rule("permanently_excluded", "route", "inclusion_team", "§6.0",
         "The child was permanently excluded; the Inclusion team tracks exclusions.",
         lambda f: f.leaving and f.reason == "permanently_excluded"),

    # --- Other authorities and matches (§4.4, §8.1) --------------------------------
    Rule("form_matches_enquiry", "route", "other_la_response", "§4.4, §8.1",
         "The child matches another authority's open enquiry; that authority must be answered.",
         lambda f: f.form != "la_enquiry" and "enquiry" in f.certain),
    Rule("enquiry_matches_register", "route", "other_la_response", "§4.4, §8.1",
         "The enquiring authority's child is on this authority's register; that authority must be answered.",
         lambda f: f.form == "la_enquiry" and "register" in f.certain),
    Rule("enquiry_matches_open_case", "route", "other_la_response", "§4.4, §8.1",
         "The enquiring authority's child has an open CME case here; that authority must be answered.",
         lambda f: f.form == "la_enquiry" and "case" in f.certain),
    Rule("child_located", "flag", "child_located", "§4.4",
         "A certain match to an open CME case or enquiry: the child has been located.",
         lambda f: bool(f.certain & {"case", "enquiry"})),
    Rule("uncertain_match", "route", "coordinator_review", "§5.8",
         "{f.review_matches} possible match(es) need the co-ordinator to confirm or reject them.",
         lambda f: f.review_matches > 0),

    # --- Incomplete forms ------------------------------------------------------------
    Rule("incomplete_form", "route", "request_information", "contract §8",
         "A required item is missing or unreadable; the sender is asked for it.",
         lambda f: f.incomplete),

    # --- Timeliness flags ----------------------------------------------------------
    Rule("late_referral", "flag", "late_referral", "§5.1",
         "The referral was made on school day {f.absence_days} of the absence; schools should refer by day 11.",
         lambda f: f.form == "cme_referral" and _known(f.absence_days) and f.absence_days > REFER_BY_DAY),
    Rule("late_joiner_notice", "flag", "late_joiner_notice", "§5.4",
         "The joiner form came {f.joiner_days} school days after the child went on roll; the limit is 5.",
         lambda f: f.form == "cmj" and _known(f.joiner_days) and f.joiner_days > JOINER_NOTICE_DAYS),
    Rule("removed_before_20_days", "flag", "premature_removal", "§8.1",
         "The child was removed after {f.absence_days_at_leaving} school days of absence; "
         "the policy expects at least 20.",
         lambda f: f.form == "cml" and f.reason == "absent_20_days"
         and _known(f.absence_days_at_leaving) and f.absence_days_at_leaving < REMOVAL_MIN_DAYS),
    Rule("removed_without_joint_enquiries", "flag", "premature_removal", "§8.1",
         "The child was removed for absence without joint reasonable enquiries being confirmed.",
         lambda f: f.form == "cml" and f.reason == "absent_20_days" and f.joint_enquiries_made is not True),

    # --- Leaving flags ----------------------------------------------------------------
    Rule("year11_home_education", "flag", "year11_ehe_consultation", "§9.2",
         "Leaving for home education in year 11 (from {f.year_group_source}): the EHE team may consult "
         "the parents before removal.",
         lambda f: f.leaving and f.reason == "home_education" and f.year_group == 11),
    Rule("new_school_not_known", "flag", "destination_unknown", "§8.1, §10.1",
         "The child left for a reason that expects a new school, and no new school is named.",
         lambda f: f.destination_school_unknown),
    Rule("no_forwarding_address", "flag", "destination_unknown", "§10.1",
         "The child moved outside England and no forwarding address is given.",
         lambda f: f.forwarding_address_missing),
    Rule("restricted_address", "flag", "restricted_address", "§8.0",
         "The parent asked that the new address be shared with the head teacher only.",
         lambda f: f.restrict_address),

    # --- Age (§2.1, §3.1) ----------------------------------------------------------------
    Rule("outside_compulsory_school_age", "flag", "outside_compulsory_school_age", "§2.1, §3.1",
         "The child was not of compulsory school age on the {f.ref_date_source}.",
         lambda f: f.compulsory_age is False),

    # --- Flags raised while reading the form (passed in) ------------------------------
    Rule("invalid_upn", "flag", "invalid_upn", "contract §5",
         "The UPN on the form fails its check letter, so it was left out.",
         lambda f: "invalid_upn" in f.reading_flags),
    Rule("sender_mismatch", "flag", "sender_mismatch", "contract §6",
         "The school named on the form is not the school whose folder it came from.",
         lambda f: "sender_mismatch" in f.reading_flags),
)

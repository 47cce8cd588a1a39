"""Build one invented form (abstract `Form` + the record it must read as) from a seed."""
from __future__ import annotations

import random
from datetime import date, timedelta

from tests.parsers.variants_data import (DATE_STYLES, ENQUIRIES, FORENAMES, MIDDLE, OTHER_SCHOOLS, REASONS,
                                         SAFEGUARDING, SCHOOLS, SECTION_WORDS, SEX_STYLES, STAFF, STREETS,
                                         SURNAMES, TITLES, TOWNS, W, Field, Form, Section, Ticks, YesNo,
                                         fmt_date, make_postcode, make_upn)


def _school_day(rng: random.Random, start: date, span: int) -> date:
    d = start + timedelta(days=rng.randint(0, span))
    while d.weekday() >= 5:
        d += timedelta(days=1)
    return d


def _name_fields(rng, sur: str, fore: str, styles: dict) -> list[Field]:
    """Surname in caps, 'Surname, Forename' in one box, or two boxes."""
    shown_sur = sur.upper() if rng.random() < 0.4 else sur
    style = rng.choice(["two", "two", "single_comma", "single_plain"])
    styles["names"] = style
    if style == "two":
        out = [Field(rng.choice(W["surname"]), shown_sur), Field(rng.choice(W["forenames"]), fore)]
        return out[::-1] if rng.random() < 0.4 else out
    value = f"{sur.upper()}, {fore}" if style == "single_comma" else f"{fore} {shown_sur}"
    return [Field(rng.choice(W["fullname"]), value)]


def _address(rng, lines: list[str], town: str, pc: str, styles: dict) -> list[Field]:
    shown_pc = rng.choice([pc, pc.lower(), pc.replace(" ", "")])
    style = rng.choice(["one_line", "multi_line", "separate_pc"])
    styles["address"] = style
    label = rng.choice(W["address"])
    if style == "one_line":
        return [Field(label, ", ".join(lines + [town, shown_pc]))]
    if style == "multi_line":
        return [Field(label, "\n".join(lines + [town, shown_pc]))]
    return [Field(label, "\n".join(lines + [town])), Field(rng.choice(W["postcode"]), shown_pc)]


def build_form(rng: random.Random, form_type: str) -> Form:
    styles: dict = {"date": rng.choice(DATE_STYLES)}
    ds = lambda d: fmt_date(d, styles["date"])  # noqa: E731
    sur, fore = rng.choice(SURNAMES), rng.choice(FORENAMES)
    if rng.random() < 0.15:
        fore = f"{fore} {rng.choice(MIDDLE)}"
    dob = date(rng.randint(2010, 2020), rng.randint(1, 12), rng.randint(1, 28))
    sex = rng.choice(["male", "female"])
    upn = make_upn(rng)
    town, district = rng.choice(TOWNS)
    pc = make_postcode(rng, district)
    lines = [f"{rng.randint(1, 180)} {rng.choice(STREETS)}"]
    school, urn = rng.choice(SCHOOLS), str(rng.randint(100000, 149999))
    submitted = _school_day(rng, date(2026, 1, 12), 50)
    show_urn = rng.random() < 0.7
    expected = {
        "form_type": form_type, "child.legal_surname": sur, "child.legal_forenames": fore,
        "child.date_of_birth": dob.isoformat(), "child.sex": sex, "child.upn": upn, "child.address.postcode": pc,
        "school.name": school, "school.urn": urn if show_urn else None, "submitted_on": submitted.isoformat(),
    }
    sex_word = SEX_STYLES[rng.choice(list(SEX_STYLES))][0 if sex == "male" else 1]
    upn_shown = rng.choice([upn, f"{upn[:4]} {upn[4:8]} {upn[8:12]} {upn[12]}", f"{upn[0]} {upn[1:]}"])
    child = _name_fields(rng, sur, fore, styles) + [
        Field(rng.choice(W["dob"]), fmt_date(dob, rng.choice(DATE_STYLES))),
        Field(rng.choice(W["sex"]), sex_word), Field(rng.choice(W["upn"]), upn_shown)]
    child += _address(rng, lines, town, pc, styles)
    if rng.random() < 0.5:
        child.append(YesNo(rng.choice(W["lac"]), False))
    if rng.random() < 0.5:
        child.append(YesNo(rng.choice(W["ehcp"]), rng.random() < 0.3))
    title = rng.choice(["Mrs", "Mr", "Ms", "Miss"])
    parent = [Field(rng.choice(W["parent"]), f"{title} {rng.choice(FORENAMES)} {sur}"),
              Field(rng.choice(W["parent_phone"]), f"07{rng.randint(100, 999)} {rng.randint(100000, 999999)}")]
    school_items = [Field(rng.choice(W["school"]), school)]
    if show_urn:
        school_items.append(Field(rng.choice(W["urn"]), urn))
    school_items.append(Field(rng.choice(W["contact"]), rng.choice(STAFF)))
    block = _block(rng, form_type, submitted, ds, expected)
    sections = [Section(rng.choice(SECTION_WORDS["child"]), child),
                Section(rng.choice(SECTION_WORDS["parent"]), parent),
                Section(rng.choice(SECTION_WORDS["school"]), school_items), block,
                Section(rng.choice(SECTION_WORDS["signoff"]), [Field("Signed", rng.choice(STAFF)),
                                                               Field(rng.choice(W["submitted"]), ds(submitted))])]
    if rng.random() < 0.3:  # the school's details first, as many letterheaded forms do
        sections.insert(0, sections.pop(2))
    return Form(form_type, rng.choice(TITLES[form_type]), sections, expected, styles)


def _pick(rng, table: dict, k: int) -> tuple[list[tuple[str, bool]], list[str]]:
    """Options of a tick list: k of them chosen, a few more printed unticked."""
    keys = rng.sample(list(table), min(len(table), k + rng.randint(1, 3)))
    chosen = keys[:k]
    rng.shuffle(keys)
    return [(rng.choice(table[key]), key in chosen) for key in keys], chosen


def _block(rng, form_type: str, submitted: date, ds, expected: dict) -> Section:
    if form_type == "cme_referral":
        last = submitted - timedelta(days=rng.randint(10, 40))
        expected["referral.last_date_attended"] = last.isoformat()
        items = [Field(rng.choice(W["last_attended"]), ds(last))]
        known = rng.random() < 0.3
        expected["referral.whereabouts_known"] = known
        items.append(YesNo(rng.choice(W["whereabouts"]), known))
        enq, chosen = _pick(rng, ENQUIRIES, rng.randint(2, 5))
        expected["referral.enquiries_made"] = sorted(chosen)
        items.append(Ticks(rng.choice(W["enquiries"]), enq))
        sg, chosen = _pick(rng, SAFEGUARDING, rng.randint(0, 2))
        expected["referral.safeguarding"] = sorted(chosen)
        items.append(Ticks(rng.choice(W["safeguarding"]), sg))
        items.append(Field(rng.choice(W["reason_ref"]), "Not seen since the holiday; phone disconnected."))
        return Section(rng.choice(SECTION_WORDS["absence"]), items)
    if form_type == "cmj":
        on_roll = submitted - timedelta(days=rng.randint(0, 10))
        prev = rng.choice(OTHER_SCHOOLS)
        expected.update({"joiner.date_on_roll": on_roll.isoformat(), "joiner.previous_school.name": prev})
        return Section(rng.choice(SECTION_WORDS["joiner"]), [Field(rng.choice(W["date_on_roll"]), ds(on_roll)),
                                                              Field(rng.choice(W["prev_school"]), prev)])
    left = submitted - timedelta(days=rng.randint(0, 10))
    reason = rng.choice(list(REASONS))
    dest = rng.choice(OTHER_SCHOOLS) if reason == "another_school" or rng.random() < 0.3 else None
    prefix = "leaver" if form_type == "cml" else "exit"
    school_key = "destination_school" if form_type == "cml" else "new_school"
    expected.update({f"{prefix}.date_of_leaving": left.isoformat(), f"{prefix}.reason": reason,
                     f"{prefix}.{school_key}.name": dest})
    items = [Field(rng.choice(W["date_left"]), ds(left))]
    if rng.random() < 0.6:
        others = rng.sample([r for r in REASONS if r != reason], rng.randint(2, 5)) + [reason]
        rng.shuffle(others)
        items.append(Ticks(rng.choice(W["leave_reason"]), [(rng.choice(REASONS[r]), r == reason) for r in others],
                           multi=False))
    else:
        items.append(Field(rng.choice(W["leave_reason"]), rng.choice(REASONS[reason])))
    if dest:
        items.append(Field(rng.choice(W["dest_school"]), dest))
    if form_type == "pupil_exit":
        restrict = rng.random() < 0.5
        expected["exit.restrict_address"] = restrict
        town, district = rng.choice(TOWNS)
        items.append(Field(rng.choice(W["new_address"]),
                           f"{rng.randint(1, 99)} {rng.choice(STREETS)}, {town}, {make_postcode(rng, district)}"))
        items.append(YesNo(rng.choice(W["restrict"]), restrict))
        if dest and rng.random() < 0.5:
            items.append(Field(rng.choice(W["start_new"]), ds(left + timedelta(days=3))))
    return Section(rng.choice(SECTION_WORDS["leaving"]), items)


NEGATIVES = {
    "trip_consent": ("Residential Trip Consent Form - Year 6 Outdoor Centre", [
        Section("Pupil details", [Field("Child's name", "Sam Example"), Field("Class", "6B"),
                                  Field("Date of birth", "04/05/2014")]),
        Section("Medical information", [Field("Allergies", "None"), Field("Medication", "Inhaler"),
                                         YesNo("Can your child swim 25m?", True)]),
        Section("Consent", [Field("Parent/carer name", "Mrs A Example"), Field("Emergency contact number", "07700 900123"),
                            Field("Date", "12/01/2026")])]),
    "newsletter": ("Brookside Infant School Newsletter - Spring Term", [
        Section("Dates for your diary", [Field("Parents' evening", "4th February 2026"),
                                         Field("Half term", "16th - 20th February 2026")]),
        Section("Attendance matters", [Field("Whole school attendance this term", "95.6%"),
                                       Field("Class with the best attendance", "Hedgehogs")])]),
    "invoice": ("INVOICE", [
        Section("Supplier", [Field("Supplier name", "Classroom Supplies Ltd"), Field("Invoice number", "INV-20931"),
                             Field("Invoice date", "03/02/2026")]),
        Section("Bill to", [Field("School name", "Holmewood Junior School"), Field("Address", "School Lane, Ripley, DE5 3XY")]),
        Section("Items", [Field("A4 exercise books x 200", "£84.00"), Field("VAT", "£16.80"), Field("Total due", "£100.80")])]),
}


def negative_form(kind: str) -> Form:
    title, sections = NEGATIVES[kind]
    return Form("unknown", title, sections, {"form_type": "unknown"}, {})

"""Each kind of error a form makes still finds the child, certain when only one is made."""
from __future__ import annotations

from dataclasses import replace

import pytest

from match_people import child

TARGET = child("T1", "Okonkwo-Baker", "Matilda Grace", "2015-03-07", upn="A123456789012",
               former_surnames=("Adeyemi",), preferred_surname="Baker",
               school_urn="112233")
# a valid UPN for TARGET (check letter computed by the DfE rule)
from matching.normalize import _CHECK  # noqa: E402

BODY = "123456789012"
UPN = _CHECK[sum(int(c) * i for i, c in enumerate(BODY, 2)) % 23] + BODY
TARGET = replace(TARGET, upn=UPN)
Q = replace(TARGET, id="Q1", upn=None, school_urn=None, former_surnames=(), preferred_surname=None)

CASES = {
    "exact": Q,
    "nickname": replace(Q, legal_forenames="Tilly Grace"),
    "name_typo": replace(Q, legal_forenames="Matlida Grace"),
    "transliteration": replace(Q, legal_surname="Okonkvo-Baker"),
    "hyphen_dropped": replace(Q, legal_surname="Okonkwo Baker"),
    "surname_one_part": replace(Q, legal_surname="Okonkwo"),
    "former_surname": replace(Q, legal_surname="Adeyemi"),
    "preferred_as_legal": replace(Q, legal_surname="Baker"),
    "name_swap": replace(Q, legal_surname="Matilda Grace", legal_forenames="Okonkwo-Baker"),
    "middle_name_dropped": replace(Q, legal_forenames="Matilda"),
    "dob_day_month_swap": replace(Q, date_of_birth=TARGET.date_of_birth.replace(month=7, day=3)),
    "dob_digit_typo": replace(Q, date_of_birth=TARGET.date_of_birth.replace(year=2016)),
    "moved": replace(Q, address="4 Mill Lane, Buxton", postcode="SK17 6AB"),
    "formatting": replace(Q, legal_surname=" OKONKWO-BAKER ", postcode="de43ag"),
    "sex_missing": replace(Q, sex=None),
    "upn_typo": replace(Q, upn=UPN[:5] + str((int(UPN[5]) + 1) % 10) + UPN[6:]),
}


@pytest.fixture(scope="module")
def linker(filler):
    from matching import Linker
    return Linker([*filler, TARGET])


@pytest.mark.parametrize("error", sorted(CASES))
def test_one_error_is_certain(linker, error):
    found = linker.link(CASES[error])
    assert found and found[0].id == "T1", error
    assert found[0].band == "certain", (error, found[0].score, found[0].comparisons)
    assert 0 <= found[0].score <= 1
    assert {c.field for c in found[0].comparisons} >= {"surname", "forename", "dob", "upn"}


def test_every_candidate_explains_itself(linker):
    cand = linker.link(CASES["nickname"])[0]
    levels = {c.field: c.level for c in cand.comparisons}
    assert levels["forename"].startswith("nickname")
    assert all(isinstance(c.weight, float) for c in cand.comparisons)


def test_upn_one_off_with_other_errors_still_found(linker):
    q = replace(CASES["upn_typo"], address="4 Mill Lane, Buxton", postcode="SK17 6AB",
                legal_forenames="Tilly")
    found = linker.link(q)
    assert found[0].id == "T1" and found[0].band == "certain"
    assert any(c.field == "upn" and c.level == "one_off" for c in found[0].comparisons)


def test_variants_no_list_knows(make_linker):
    """Short forms and spellings made by rule, not looked up: the hold-out uses other lists."""
    people = [child("S1", "Adebayo", "Oluwadamilola", "2014-06-02"),
              child("S2", "Kowalczyk", "Sebastian", "2013-02-09", sex="male", postcode="DE1 1AA"),
              child("S3", "Rahman", "Muhammad", "2012-11-20", sex="male", postcode="DE2 2BB")]
    linker = make_linker(*people)
    for q, want in [(replace(people[0], id="q", legal_forenames="Dami"), "S1"),
                    (replace(people[1], id="q", legal_forenames="Sebbie"), "S2"),
                    (replace(people[2], id="q", legal_forenames="Mukhammad"), "S3")]:
        found = linker.link(q)
        assert found and found[0].id == want and found[0].band == "certain", q.legal_forenames


def test_weak_best_candidate_goes_to_review_not_lost(make_linker):
    """Below the review score but the only lead: a person looks, instead of a miss."""
    a = child("A", "Okonkwo", "Chidi", "2014-06-02", sex="male")
    linker = make_linker(a)
    # surname letters swapped, date one digit off, sex not given, moved
    q = child("Q", "Okonkow", "Chidi", "2014-07-03", sex=None,
              address="4 Mill Lane, Bakewell", postcode="DE45 1AB")
    found = linker.link(q)
    assert found and found[0].id == "A" and found[0].band == "review"
    s = linker.settings
    assert s.review_best <= found[0].score < s.review
    # a stricter authority can switch it off: the same lead is then not shown at all
    strict = s.model_copy(update={"review_best": s.review})
    linker.settings = strict
    assert [c for c in linker.link(q) if c.score < s.review] == []

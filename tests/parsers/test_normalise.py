"""Value normalisers: every UK way of writing a date, name, code or tick."""
from datetime import date

import pytest

from parsers import normalise as n
from parsers.normalise_names import parse_address, split_full_name, tidy_name
from parsers.normalise import upn_check_letter

TODAY = date(2026, 3, 16)


@pytest.mark.parametrize("text,expected", [
    ("3.11.15", date(2015, 11, 3)),
    ("03/11/2015", date(2015, 11, 3)),
    ("3/11/2015", date(2015, 11, 3)),
    ("3rd November 2015", date(2015, 11, 3)),
    ("3 Nov 15", date(2015, 11, 3)),
    ("3 Nov. 2015", date(2015, 11, 3)),
    ("2015-11-03", date(2015, 11, 3)),
    ("03-11-2015", date(2015, 11, 3)),
    ("Tuesday 3rd November 2015", date(2015, 11, 3)),
    ("3rd of November, 2015", date(2015, 11, 3)),
    ("November 3, 2015", date(2015, 11, 3)),
    ("22nd January 2026", date(2026, 1, 22)),
    ("1st Sept 2025", date(2025, 9, 1)),
    ("13/1/26", date(2026, 1, 13)),
    (" 04 / 02 / 2019 ", date(2019, 2, 4)),
])
def test_dates_day_first(text, expected):
    assert n.parse_date(text, today=TODAY) == expected


@pytest.mark.parametrize("text", [
    "", "N/A", "not known", "31/02/2015", "13/13/2015", "32 Jan 2015", "Click or tap to enter a date.",
    "1/2/2015 or 3/4/2016", "soon", "2015", "12345", "01/01/1850",
])
def test_dates_rejected(text):
    assert n.parse_date(text, today=TODAY) is None


def test_two_digit_birth_year_not_in_future():
    assert n.parse_date("1/2/30", "dob", TODAY) is None or n.parse_date("1/2/30", "dob", TODAY).year < 2026
    assert n.parse_date("4/5/19", "dob", TODAY) == date(2019, 5, 4)


def test_find_dates_beside_items():
    assert n.find_dates("X  1/3/2026 and 2026-03-04") == [date(2026, 3, 1), date(2026, 3, 4)]


def _make_upn(body12: str) -> str:
    return upn_check_letter(body12) + body12


@pytest.mark.parametrize("upn", [
    "L830362824013", "E830359523001", "M830322625001", "C830289421002",
    _make_upn("83020012300A"), _make_upn("999000011111"), _make_upn("12345678901Z"),
])
def test_upn_valid(upn):
    assert n.normalise_upn(upn) == (upn, False)
    assert n.normalise_upn(" " + upn.lower()[:5] + " " + upn.lower()[5:]) == (upn, False)


@pytest.mark.parametrize("upn", [
    "P830284224080", "A830362824013", "L83036282401", "L8303628240133", "1830362824013", "L83036282401I",
])
def test_upn_invalid(upn):
    assert n.normalise_upn(upn) == (None, True)


@pytest.mark.parametrize("text", ["", "-", "N/A", "not known"])
def test_upn_blank_is_not_invalid(text):
    assert n.normalise_upn(text) == (None, False)


def test_upn_register_all_valid():
    import csv
    from pathlib import Path
    reg = Path("/work/shared/samples/register.csv")
    if not reg.exists():
        pytest.skip("samples not present")
    rows = list(csv.DictReader(reg.open()))
    assert all(n.normalise_upn(r["upn"])[0] == r["upn"] for r in rows if r["upn"])


@pytest.mark.parametrize("text,expected", [
    ("de4 3ag", "DE4 3AG"), ("DE43AG", "DE4 3AG"), ("SW1A 1AA", "SW1A 1AA"), ("s18  5nr", "S18 5NR"),
    ("M1 1AE", "M1 1AE"), ("EC1A1BB", "EC1A 1BB"), ("DE4", None), ("12345", None), ("", None),
])
def test_postcode(text, expected):
    assert n.normalise_postcode(text) == expected


@pytest.mark.parametrize("text,expected", [
    ("112331", "112331"), ("URN 112331", "112331"), ("11233", None), ("1123312", None),
])
def test_urn(text, expected):
    assert n.normalise_urn(text) == expected


@pytest.mark.parametrize("text,expected", [
    ("830/2001", "8302001"), ("830-2001", "8302001"), ("830 2001", "8302001"), ("8302001", "8302001"), ("830/201", None),
])
def test_dfe(text, expected):
    assert n.normalise_dfe(text) == expected


@pytest.mark.parametrize("text,expected", [
    ("M", "male"), ("Male", "male"), ("boy", "male"), ("F", "female"), ("Girl", "female"), ("FEMALE", "female"),
    ("Other", "other"), ("Prefer not to say", "unknown"), ("", None), ("Tuesday", None),
])
def test_sex(text, expected):
    assert n.normalise_sex(text) == expected


@pytest.mark.parametrize("text,expected", [
    ("Year 5", 5), ("Y5", 5), ("Yr 2", 2), ("5", 5), ("Reception", 0), ("R", 0), ("YR", 0), ("Year R", 0),
    ("Nursery", -1), ("NC Year 10", 10), ("Year 11", 11), ("", None), ("Class 4B", None),
])
def test_year_group(text, expected):
    assert n.normalise_year_group(text) == expected


@pytest.mark.parametrize("text,expected", [
    ("☒", True), ("✓", True), ("✔", True), ("X", True), ("x", True), ("Yes", True), ("Y", True), ("True", True),
    ("☐", False), ("No", False), ("N", False), ("False", False),
    ("Yes [ ]   No [X]", False), ("Yes [X] No [ ]", True), ("☐ Yes   ☒ No", False), ("☒ Yes ☐ No", True),
    ("Yes ☒ No ☐", True), ("Yes No", None), ("", None), ("maybe", None),
])
def test_bool(text, expected):
    assert n.parse_bool(text) is expected


@pytest.mark.parametrize("text", ["N/A", "n/a", "Not known", "Unknown", "-", "n/k", "none", "None known", "  "])
def test_empty_words(text):
    assert n.is_empty(text)


@pytest.mark.parametrize("text,expected", [
    ("SMITH", "Smith"), ("MCDONALD", "McDonald"), ("O'BRIEN", "O'Brien"), ("SMITH-JONES", "Smith-Jones"),
    ("Mrs A Dawson", "A Dawson"), ("van der Berg", "van der Berg"), ("N/A", None), ("noah jay", "Noah Jay"),
])
def test_tidy_name(text, expected):
    assert tidy_name(text) == expected


@pytest.mark.parametrize("text,fore,sur", [
    ("FEARN, HARRESON", "Harreson", "Fearn"),
    ("THEO, Thompson", "Thompson", "Theo"),
    ("Maja ABDI", "Maja", "Abdi"),
    ("ABDI Maja", "Maja", "Abdi"),
    ("Matusz Nowak", "Matusz", "Nowak"),
    ("Victoria Anne MOORE", "Victoria Anne", "Moore"),
    ("Mr John Smith", "John", "Smith"),
    ("Rosie Jade Fitzgerald", "Rosie Jade", "Fitzgerald"),
])
def test_split_full_name(text, fore, sur):
    assert split_full_name(text) == (fore, sur)


@pytest.mark.parametrize("text,expected", [
    ("12 High St, Matlock, DE4 3AG", {"lines": ["12 High St"], "town": "Matlock", "postcode": "DE4 3AG"}),
    ("122 Holme Drive\nChapel-en-le-Frith\nSK23 6RX", {"lines": ["122 Holme Drive"], "town": "Chapel-en-le-Frith", "postcode": "SK23 6RX"}),
    ("Rose Cottage, 68 Station Rise, Alfreton, DE55 5NQ",
     {"lines": ["Rose Cottage", "68 Station Rise"], "town": "Alfreton", "postcode": "DE55 5NQ"}),
    ("80 Dovedale Street", {"lines": ["80 Dovedale Street"], "town": None, "postcode": None}),
    ("Unknown", None), ("-", None),
])
def test_address(text, expected):
    assert parse_address(text) == expected


# ---- set I: values as people type them into the authority's own templates
@pytest.mark.parametrize("text", ["January 2027", "Nov 2026", "March 2015 sometime"])
def test_a_month_and_year_is_no_date(text):
    # dateutil would fill the missing day from today; a guessed day is a wrong date
    assert n.parse_date(text, today=TODAY) is None


@pytest.mark.parametrize("text,expected", [
    ("G91610\u200b0234567", "G916100234567"), ("\ufeffH830123456789", "H830123456789"),
    ("H830\u00a0123\u202f456\u2009789", "H830123456789"),
])
def test_upn_with_invisible_or_odd_spaces(text, expected):
    assert n.normalise_upn(text) == (expected, False)


@pytest.mark.parametrize("text,expected", [
    ("Click or tap here to enter text.Smith", "Smith"),
    ("Click or tap to enter a date.03/11/2025", "03/11/2025"),
    ("Choose an item.Male", "Male"),
    ("Click or tap here to enter text.", ""),
])
def test_answer_typed_after_words_prompt(text, expected):
    assert n.clean(text) == expected


@pytest.mark.parametrize("text", ["see above", "As above.", "same as above", "ditto"])
def test_pointers_elsewhere_are_no_answer(text):
    assert n.is_empty(text)


@pytest.mark.parametrize("text,expected", [("Year Five", 5), ("yr seven", 7), ("Year Eleven", 11), ("Year 5", 5)])
def test_year_group_in_words(text, expected):
    assert n.normalise_year_group(text) == expected


def test_names_take_the_plain_apostrophe():
    assert tidy_name("O\u2019BRIEN") == "O'Brien"


@pytest.mark.parametrize("text,expected", [
    ("John (known as Jack)", ("John", "Jack")), ("Kieran (prefers Kai)", ("Kieran", "Kai")),
    ("Amelia aka Millie", ("Amelia", "Millie")), ("Oliver James", ("Oliver James", None)),
    ("Mary (prefers not to say)", ("Mary (prefers not to say)", None)),
])
def test_known_as(text, expected):
    from parsers.normalise_names import split_known_as
    assert split_known_as(text) == expected


@pytest.mark.parametrize("text,expected", [("Year Reception", 0), ("Reception class", 0), ("Yr. 5", 5),
                                           ("Year group 5", 5)])
def test_year_group_other_spellings(text, expected):
    assert n.normalise_year_group(text) == expected


def test_apostrophe_year_and_name_typography():
    assert n.parse_date("3rd Nov '25", today=TODAY) == date(2025, 11, 3)
    assert tidy_name("Smith\u2013Jones") == "Smith-Jones"
    assert tidy_name("\u201cJack\u201d") == "Jack"


@pytest.mark.parametrize("text", ["approx 3/11/2025", "w/c 3/11/25", "3/11/25?", "circa 3 Nov 2015",
                                  "about 03.11.25", "week commencing 3rd November 2025"])
def test_a_hedged_date_stays_unread(text):
    # the writer does not know the day: a misread date misroutes a child, a gap asks the school
    assert n.parse_date(text, today=TODAY) is None


@pytest.mark.parametrize("surname,forenames,expected", [
    ("PATEL, Aarav", None, ("Patel", "Aarav")),
    ("Patel, Aarav", "Aarav", ("Patel", "Aarav")),
    ("Smith, known as Jones", None, ("Smith", None)),     # Jones is the preferred surname, no forename
    ("Smith, Year 5", None, ("Smith, Year 5", None)),
])
def test_whole_name_in_the_surname_box(surname, forenames, expected):
    from parsers.base import Provenance, Reading
    from parsers.collect import _child_names
    prov = Provenance(None, "test", "")
    raw = {"child.legal_surname": Reading(surname, prov)}
    if forenames:
        raw["child.legal_forenames"] = Reading(forenames, prov)
    _child_names(raw)
    got = raw["child.legal_surname"].value, raw.get("child.legal_forenames") and raw["child.legal_forenames"].value
    assert got == expected

"""School days, bank holidays, closures and compulsory school age (contract section 7).

Expected values come from a wall calendar, worked out in the comments.
"""
from datetime import date

import pytest

from routing.schooldays import (
    CalendarError, SchoolCalendar, compulsory_age_end, compulsory_age_start,
    compulsory_school_age, year_group,
)

CHRISTMAS_2026 = {"name": "Christmas 2026", "start": date(2026, 12, 21), "end": date(2027, 1, 1)}
HALF_TERM_MAY_2026 = {"name": "Summer half-term 2026", "start": date(2026, 5, 26), "end": date(2026, 5, 29)}
CAL = SchoolCalendar(closures=[CHRISTMAS_2026, HALF_TERM_MAY_2026])
BARE = SchoolCalendar()


@pytest.mark.parametrize("day, expected", [
    (date(2026, 5, 1), True),     # Friday, ordinary
    (date(2026, 5, 2), False),    # Saturday
    (date(2026, 5, 3), False),    # Sunday
    (date(2026, 5, 4), False),    # Monday: early May bank holiday
    (date(2026, 4, 3), False),    # Good Friday
    (date(2026, 4, 6), False),    # Easter Monday
    (date(2026, 5, 25), False),   # Monday: spring bank holiday
    (date(2026, 8, 31), False),   # Monday: summer bank holiday
    (date(2026, 12, 28), False),  # Monday: Boxing Day falls on Saturday 26th, substitute day
    (date(2027, 12, 27), False),  # Monday: Christmas Day on Saturday 25th, substitute
    (date(2027, 12, 28), False),  # Tuesday: Boxing Day on Sunday 26th, substitute
    (date(2027, 12, 29), True),   # Wednesday after both substitutes
])
def test_weekends_and_bank_holidays(day, expected):
    assert BARE.is_school_day(day) is expected


@pytest.mark.parametrize("day, expected", [
    (date(2026, 12, 18), True),   # Friday before the closure
    (date(2026, 12, 21), False),  # first day of the closure (inclusive)
    (date(2026, 12, 23), False),  # inside it; no bank holiday that day
    (date(2027, 1, 1), False),    # last day of the closure (and New Year's Day)
    (date(2027, 1, 4), True),     # Monday after
    (date(2026, 5, 29), False),   # last day of the May half-term
    (date(2026, 6, 1), True),     # Monday after the half-term
])
def test_closures_inclusive(day, expected):
    assert CAL.is_school_day(day) is expected


def test_next_school_day_skips_weekend_bank_holiday_and_closure():
    # Fri 1 May -> Sat, Sun, Mon 4 May bank holiday -> Tue 5 May.
    assert CAL.next_school_day(date(2026, 5, 1)) == date(2026, 5, 5)
    # Fri 22 May -> weekend, Mon 25 bank holiday, 26-29 half-term -> Mon 1 June.
    assert CAL.next_school_day(date(2026, 5, 22)) == date(2026, 6, 1)
    # Strictly after: from a school day, the next one.
    assert CAL.next_school_day(date(2026, 5, 5)) == date(2026, 5, 6)


def test_day_number_counts_both_ends():
    assert CAL.day_number(date(2026, 5, 5), date(2026, 5, 5)) == 1
    # Mon 20 Apr .. Fri 1 May = 10 school days; Mon 4 May is a bank holiday; Tue 5 May is day 11.
    assert CAL.day_number(date(2026, 4, 20), date(2026, 5, 4)) == 10
    assert CAL.day_number(date(2026, 4, 20), date(2026, 5, 5)) == 11
    # Mon 18 May .. Fri 22 May = 5; 25th bank holiday, 26-29 half-term; Mon 1 June = 6.
    assert CAL.day_number(date(2026, 5, 18), date(2026, 6, 1)) == 6
    # Starting on a Saturday: that day does not count.
    assert CAL.day_number(date(2026, 5, 9), date(2026, 5, 11)) == 1
    # Counted to a day before the start: nothing yet.
    assert CAL.day_number(date(2026, 5, 11), date(2026, 5, 8)) == 0


def test_school_days_after_excludes_the_start():
    # On roll Thu 30 Apr: Fri 1 May (1), Mon 4 May bank holiday, Tue 5 .. Fri 8 May (2-5).
    assert CAL.school_days_after(date(2026, 4, 30), date(2026, 5, 8)) == 5
    assert CAL.school_days_after(date(2026, 4, 30), date(2026, 5, 11)) == 6
    assert CAL.school_days_after(date(2026, 4, 30), date(2026, 4, 30)) == 0


def test_calendar_from_file(tmp_path):
    path = tmp_path / "calendar.toml"
    path.write_text('[[closure]]\nname = "Christmas"\nstart = 2026-12-21\nend = 2027-01-01\n')
    cal = SchoolCalendar.from_file(path)
    assert [c.name for c in cal.closures] == ["Christmas"]
    assert not cal.is_school_day(date(2026, 12, 22))
    empty = tmp_path / "empty.toml"
    empty.write_text("# no closures this year\n")
    assert SchoolCalendar.from_file(empty).closures == ()


def test_load_joins_file_and_settings_closures(tmp_path):
    path = tmp_path / "calendar.toml"
    path.write_text('[[closure]]\nname = "Christmas"\nstart = 2026-12-21\nend = 2027-01-01\n')
    cal = SchoolCalendar.load(path, [HALF_TERM_MAY_2026])
    assert [c.name for c in cal.closures] == ["Christmas", "Summer half-term 2026"]
    assert SchoolCalendar.load(None, [HALF_TERM_MAY_2026]).closures == CAL.closures[1:]


@pytest.mark.parametrize("text", [
    "[[closure]\nname = 'broken'",                                          # not TOML
    "[[closure]]\nname = 'x'\nstart = 'soon'\nend = 2026-12-22\n",           # start not a date
    "[[closure]]\nname = 'x'\nstart = 2026-12-22\nend = 2026-12-21\n",       # ends before it starts
    "closure = 3\n",                                                         # not a list of tables
])
def test_bad_calendar_file_is_one_sentence(tmp_path, text):
    path = tmp_path / "calendar.toml"
    path.write_text(text)
    with pytest.raises(CalendarError) as err:
        SchoolCalendar.from_file(path)
    message = str(err.value)
    assert message.endswith(".") and "\n" not in message


def test_missing_calendar_file(tmp_path):
    with pytest.raises(CalendarError, match="does not exist"):
        SchoolCalendar.from_file(tmp_path / "nope.toml")


@pytest.mark.parametrize("dob, start", [
    (date(2021, 6, 15), date(2026, 8, 31)),   # 5 on 15 Jun 2026 -> next prescribed day 31 Aug
    (date(2021, 1, 10), date(2026, 3, 31)),   # 5 on 10 Jan -> 31 Mar
    (date(2021, 9, 10), date(2026, 12, 31)),  # 5 on 10 Sep -> 31 Dec
    (date(2021, 3, 31), date(2026, 3, 31)),   # 5 on a prescribed day: that very day
    (date(2021, 12, 31), date(2026, 12, 31)),
])
def test_compulsory_age_start(dob, start):
    assert compulsory_age_start(dob) == start


@pytest.mark.parametrize("dob, end", [
    (date(2010, 10, 10), date(2027, 6, 25)),  # 16 in Oct 2026, school year 2026/27; Fridays in June 2027: 4, 11, 18, 25
    (date(2011, 8, 31), date(2027, 6, 25)),   # 16 on 31 Aug 2027, still school year 2026/27
    (date(2011, 9, 1), date(2028, 6, 30)),    # 16 on 1 Sep 2027 -> 2027/28; 30 Jun 2028 is a Friday
])
def test_compulsory_age_end(dob, end):
    assert compulsory_age_end(dob) == end


@pytest.mark.parametrize("dob, on, expected", [
    (date(2021, 6, 15), date(2026, 8, 30), False),  # day before the first day
    (date(2021, 6, 15), date(2026, 8, 31), True),   # first day
    (date(2010, 10, 10), date(2027, 6, 25), True),  # last day
    (date(2010, 10, 10), date(2027, 6, 26), False),  # day after the last day
])
def test_compulsory_school_age_edges(dob, on, expected):
    assert compulsory_school_age(dob, on) is expected
    assert SchoolCalendar.compulsory_school_age(dob, on) is expected


@pytest.mark.parametrize("dob, on, expected", [
    (date(2010, 9, 1), date(2026, 9, 1), 11),    # first birthday of the 2010/11 cohort, school year 2026/27
    (date(2011, 8, 31), date(2027, 7, 1), 11),   # last birthday of that cohort, still 2026/27
    (date(2011, 9, 1), date(2026, 11, 28), 10),  # next cohort
    (date(2010, 9, 1), date(2026, 8, 31), 10),   # the day before the school year turns
    (date(2021, 9, 1), date(2026, 9, 15), 0),    # reception
])
def test_year_group(dob, on, expected):
    assert year_group(dob, on) == expected

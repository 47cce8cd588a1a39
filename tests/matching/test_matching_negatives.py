"""Children who are not in the register must never be a certain match."""
from __future__ import annotations

from dataclasses import replace

from match_people import child


def test_twin_is_review_never_certain(make_linker):
    a = child("A", "Hartley", "Amelia Rose", "2016-09-14")
    linker = make_linker(a)
    twin = child("Q", "Hartley", "Sophie Jane", "2016-09-14")   # same house, same birthday
    found = linker.link(twin)
    assert found, "a twin of a registered child goes to review"
    assert all(c.band == "review" for c in found)


def test_twin_with_related_name_is_not_certain(make_linker):
    a = child("A", "Hartley", "John", "2016-09-14", sex="male")
    linker = make_linker(a)
    found = linker.link(child("Q", "Hartley", "Jonah", "2016-09-14", sex="male"))
    assert all(c.band != "certain" for c in found)


def test_sibling_is_not_certain(make_linker):
    a = child("A", "Hartley", "Amelia Rose", "2016-09-14")
    linker = make_linker(a)
    found = linker.link(child("Q", "Hartley", "Lily May", "2012-01-30"))
    assert all(c.band != "certain" for c in found)


def test_both_twins_registered_each_finds_itself(make_linker):
    a = child("A", "Hartley", "Amelia Rose", "2016-09-14")
    b = child("B", "Hartley", "Sophie Jane", "2016-09-14")
    linker = make_linker(a, b)
    for who in (a, b):
        found = linker.link(replace(who, id="Q"))
        assert found[0].id == who.id and found[0].band == "certain"


def test_many_smiths_born_the_same_day(make_linker):
    smiths = [child(f"S{i}", "Smith", "Oliver", "2015-05-05", sex="male",
                    address=f"{i} High Street, Derby", postcode=f"DE{i % 20 + 1} {i % 9}AB")
              for i in range(30)]
    linker = make_linker(*smiths)
    # moved, no UPN: any of thirty boys
    found = linker.link(child("Q", "Smith", "Oliver", "2015-05-05", sex="male",
                              address="9 New Road, Leeds", postcode="LS1 4AA"))
    assert all(c.band != "certain" for c in found)
    # same address: that one
    found = linker.link(replace(smiths[7], id="Q"))
    assert found[0].id == "S7" and found[0].band == "certain"


def test_child_not_in_register(make_linker):
    linker = make_linker(child("A", "Hartley", "Amelia Rose", "2016-09-14"))
    found = linker.link(child("Q", "Fairweather", "Beatrix", "2011-02-03",
                              address="1 Other Road, Belper", postcode="DE56 1AA"))
    assert all(c.band != "certain" for c in found)


def test_same_name_other_birthday_elsewhere(make_linker):
    linker = make_linker(child("A", "Pemberton", "Ottilie", "2016-09-14"))
    found = linker.link(child("Q", "Pemberton", "Ottilie", "2012-04-22",
                              address="1 Other Road, Belper", postcode="DE56 1AA"))
    assert all(c.band != "certain" for c in found)


def test_add_and_remove(make_linker):
    linker = make_linker()
    a = child("NEW", "Pemberton", "Ottilie", "2016-09-14")
    assert not any(c.id == "NEW" for c in linker.link(replace(a, id="Q")))
    linker.add(a)
    assert linker.link(replace(a, id="Q"))[0].id == "NEW"
    linker.remove("NEW")
    assert not any(c.id == "NEW" for c in linker.link(replace(a, id="Q")))

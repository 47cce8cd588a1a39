"""CTF import, CSV rows to Persons, and the batch CSV writer."""
from __future__ import annotations

import csv
from datetime import date

import pytest

from match_people import child
from matching.batch import match_csv, person_from_row
from matching.ctf import CTFError, read_ctf

CTF = """<?xml version="1.0" encoding="UTF-8"?>
<CTfile>
  <Header><SourceSchool><LEA>830</LEA><Estab>2001</Estab><URN>112233</URN>
    <SchoolName>Hilltop Primary</SchoolName></SourceSchool></Header>
  <CTFpupilData>
    <Pupil>
      <UPN>A123456789012</UPN><Surname>Okonkwo-Baker</Surname><Forename>Matilda</Forename>
      <MiddleNames>Grace</MiddleNames><FormerSurname>Adeyemi</FormerSurname>
      <PreferredSurname>Baker</PreferredSurname><PreferredForename>Tilly</PreferredForename>
      <DOB>2015-03-07</DOB><Gender>F</Gender>
      <Address><BS7666Address><PAON>12</PAON><Street>Acacia Avenue</Street>
        <Town>Matlock</Town></BS7666Address><PostCode>DE4 3AG</PostCode></Address>
    </Pupil>
    <Pupil>
      <UPN>B123456789013</UPN><Surname>Smith</Surname><Forename>Jack</Forename>
      <DOB>2014-11-30</DOB><Gender>M</Gender>
      <Address><AddressLines><AddressLine1>Flat 2</AddressLine1>
        <AddressLine2>7 Mill Lane, Buxton</AddressLine2></AddressLines>
        <PostCode>SK17 6AB</PostCode></Address>
    </Pupil>
  </CTFpupilData>
</CTfile>"""


def test_read_ctf(tmp_path):
    f = tmp_path / "school.xml"
    f.write_text(CTF, encoding="utf-8")
    rows = read_ctf(f)
    assert len(rows) == 2
    a, b = rows
    assert a["legal_surname"] == "Okonkwo-Baker" and a["legal_forenames"] == "Matilda Grace"
    assert a["former_surnames"] == "Adeyemi" and a["preferred_forename"] == "Tilly"
    assert a["address"] == "12 Acacia Avenue, Matlock" and a["postcode"] == "DE4 3AG"
    assert a["sex"] == "F" and a["school_urn"] == "112233" and a["date_of_birth"] == "2015-03-07"
    assert b["address"] == "Flat 2, 7 Mill Lane, Buxton" and b["sex"] == "M"
    p = person_from_row(a)
    assert p.former_surnames == ("Adeyemi",) and p.sex == "female"


@pytest.mark.parametrize("evil", [
    '<?xml version="1.0"?><!DOCTYPE x [<!ENTITY e "boom">]><CTfile>&e;</CTfile>',
    '<?xml version="1.0"?><!DOCTYPE CTfile SYSTEM "http://example.invalid/x.dtd"><CTfile/>',
])
def test_ctf_with_entity_or_dtd_is_refused(tmp_path, evil):
    f = tmp_path / "evil.xml"
    f.write_text(evil, encoding="utf-8")
    with pytest.raises(CTFError) as err:
        read_ctf(f)
    assert "boom" not in str(err.value)


def test_ctf_too_large_or_not_ctf(tmp_path):
    f = tmp_path / "big.xml"
    f.write_text(CTF, encoding="utf-8")
    with pytest.raises(CTFError):
        read_ctf(f, max_bytes=100)
    g = tmp_path / "other.xml"
    g.write_text("<root/>", encoding="utf-8")
    with pytest.raises(CTFError):
        read_ctf(g)


def test_person_from_row_headers_any_case():
    p = person_from_row({"Register_ID": "R1", "LEGAL_SURNAME": " Smith ", "legal_forenames": "Jack",
                         "Date_Of_Birth": "2014-11-30", "SEX": "m", "former_surnames": "Jones; Ali",
                         "unknown": "x"})
    assert p.id == "R1" and p.legal_surname == "Smith" and p.sex == "male"
    assert p.date_of_birth == date(2014, 11, 30) and p.former_surnames == ("Jones", "Ali")
    e = person_from_row({"enquiry_id": "E1", "legal_surname": "Ali", "sex": "Female",
                         "date_of_birth": "not a date"})
    assert e.id == "E1" and e.sex == "female" and e.date_of_birth is None
    assert person_from_row({"legal_surname": "NoId"}) is None


def test_match_csv(tmp_path, filler):
    target = child("T1", "Pemberton", "Ottilie", "2016-09-14")
    q = tmp_path / "q.csv"
    with open(q, "w", newline="") as f:
        w = csv.writer(f)
        w.writerow(["REGISTER_ID", "legal_surname", "legal_forenames", "date_of_birth", "sex",
                    "address", "postcode"])
        w.writerow(["Q1", "Pemberton", "Ottilie", "2016-09-14", "F", "12 Acacia Avenue, Matlock",
                    "DE4 3AG"])
        w.writerow(["Q2", "Nobody", "Known", "2011-01-01", "", "", ""])
    out = tmp_path / "m.csv"
    counts = match_csv([*filler, target], q, out, None)
    rows = list(csv.DictReader(open(out)))
    assert rows[0] == {"query_id": "Q1", "candidate_id": "T1", "score": rows[0]["score"],
                       "band": "certain"}
    assert not any(r["query_id"] == "Q2" and r["band"] == "certain" for r in rows)
    assert counts["queries"] == 2 and counts["certain"] == 1

"""`register import --whole`: a refresh in which children who are not named have left."""
from __future__ import annotations

import sqlite3

from intake_home import REGISTER, write_csv

KERSHAW_ENQUIRY = {"enquiry_id": "999-2026-9", "requesting_la": "Example Borough",
                   "legal_surname": "Kershaw", "legal_forenames": "Reuben",
                   "date_of_birth": "2013-02-03", "sex": "M", "upn": "",
                   "address": "1 Far Road, Elsewhere", "postcode": "ZZ1 1ZZ",
                   "enquiry_date": "2026-10-01", "contact_email": "cme@example.invalid"}


def _register_matches(home, tmp_path, enquiry_id: str) -> list[tuple[str, str]]:
    path = write_csv(tmp_path / f"{enquiry_id}.csv", [dict(KERSHAW_ENQUIRY, enquiry_id=enquiry_id)])
    home.cli("enquiries", "import", str(path))
    found = next(d for d in home.decisions() if d["source"]["enquiry_id"] == enquiry_id)
    return [(m["id"], m["band"]) for m in found["matches"] if m["kind"] == "register"]


def _left(home) -> dict[str, bool]:
    db = sqlite3.connect(home.root / "cme.db")
    return {rid: left is not None
            for rid, left in db.execute("SELECT register_id, left_at FROM register")}


def test_a_child_the_whole_register_leaves_out_has_left_and_is_no_longer_matched(
        home, tmp_path, capsys):
    assert _register_matches(home, tmp_path, "E1") == [("R2", "certain")]
    capsys.readouterr()
    without_r2 = write_csv(tmp_path / "now.csv", [REGISTER[0], REGISTER[2]])
    assert home.cli("register", "import", "--whole", str(without_r2)) == 0
    assert capsys.readouterr().out.splitlines() == [
        "Register: 2 children loaded, 0 rows skipped.",
        "  1 children not in the file have left the register (kept for the record, "
        "no longer matched); 2 on it now."]
    assert _left(home) == {"R1": False, "R2": True, "R3": False}   # kept, not deleted
    assert _register_matches(home, tmp_path, "E2") == []
    # named again (a whole register or not): back on it
    home.cli("register", "import", str(write_csv(tmp_path / "back.csv", [REGISTER[1]])))
    assert _left(home)["R2"] is False
    assert _register_matches(home, tmp_path, "E3") == [("R2", "certain")]


def test_without_whole_an_import_only_adds_and_updates(home, tmp_path):
    home.cli("register", "import", str(write_csv(tmp_path / "one.csv", [REGISTER[0]])))
    assert _left(home) == {"R1": False, "R2": False, "R3": False}


def test_a_child_whose_row_was_skipped_has_not_left(home, tmp_path, capsys):
    bad_r2 = dict(REGISTER[1], date_of_birth="31/02/2013")
    capsys.readouterr()
    home.cli("register", "import", "--whole",
             str(write_csv(tmp_path / "now.csv", [REGISTER[0], bad_r2, REGISTER[2]])))
    out = capsys.readouterr().out.splitlines()
    assert out[:2] == ["Register: 2 children loaded, 1 rows skipped.",
                       "  0 children not in the file have left the register (kept for the "
                       "record, no longer matched); 3 on it now."]
    assert out[2].startswith("  skipped line 3: date_of_birth:")
    assert _left(home) == {"R1": False, "R2": False, "R3": False}


def test_a_whole_register_that_names_nobody_changes_nothing(home, tmp_path, capsys):
    empty = tmp_path / "empty.csv"
    empty.write_text("register_id,legal_surname\n", encoding="utf-8")
    capsys.readouterr()
    assert home.cli("register", "import", "--whole", str(empty)) == 1
    err = capsys.readouterr().err.strip()
    assert err == ("cme-intake: empty.csv names no children, so it cannot be the whole "
                   "register; nothing was changed")
    assert _left(home) == {"R1": False, "R2": False, "R3": False}


def test_a_database_from_before_whole_imports_is_brought_up_to_date(home, tmp_path):
    db = sqlite3.connect(home.root / "cme.db")
    db.execute("ALTER TABLE register DROP COLUMN left_at")
    db.commit()
    db.close()
    home.cli("register", "import", "--whole", str(write_csv(tmp_path / "n.csv", REGISTER[:2])))
    assert _left(home) == {"R1": False, "R2": False, "R3": True}

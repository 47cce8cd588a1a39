"""Short forms: by rule where the names show it, from lists where only usage knows it."""
from __future__ import annotations

import pytest

from matching import names


@pytest.fixture()
def rules_only(monkeypatch):
    """No supplement: how the general rules do on names no list of ours holds."""
    monkeypatch.setattr(names, "USE_SUPPLEMENT", False)
    names.clear_caches()
    yield names.is_variant
    names.clear_caches()


@pytest.mark.parametrize("short, full", [
    ("freddie", "frederick"), ("liam", "william"), ("bastian", "sebastian"),
    ("bertie", "cuthbert"), ("toni", "antonia"), ("dami", "oluwadamilola"), ("mo", "mohammed"),
    ("olly", "oliver"), ("abby", "abigail"), ("issy", "isabella"), ("emmy", "emily")])
def test_rules_find_short_forms(rules_only, short, full):
    assert rules_only(short, full) and rules_only(full, short)


@pytest.mark.parametrize("a, b", [("harry", "harvey"), ("ella", "emma"), ("mia", "maya"),
                                  ("tom", "tim"), ("ian", "brian"), ("ann", "dan"),
                                  ("abby", "abdul"), ("ellie", "ellis"), ("issy", "ismail"),
                                  ("molly", "mohammed"), ("kelly", "kevin")])
def test_rules_keep_other_names_apart(rules_only, a, b):
    assert not rules_only(a, b)


@pytest.mark.parametrize("short, full", [
    ("gosia", "malgorzata"), ("bartek", "bartlomiej"), ("kuba", "jakub"), ("tunde", "babatunde"),
    ("maisie", "margaret"), ("rory", "roderick"), ("mateusz", "matthew"), ("seamus", "james")])
def test_the_supplement_knows_what_no_rule_could(short, full):
    assert names.is_variant(short, full)


def test_supplement_names_are_read_folded():
    """Written with their accents in the file, compared as the records are: folded."""
    assert "malgorzata" in names.SUPPLEMENT and "małgorzata" not in names.SUPPLEMENT

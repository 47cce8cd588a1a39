"""Which addresses a restricted-address request hides from the outbox."""
import pytest

from records.decision import RESTRICTED, redact_restricted

OLD = {"lines": ["3 Mill Lane"], "town": "Matlock", "postcode": "DE4 3AG"}
NEW = {"lines": ["4 Harbour Walk"], "town": "Truro", "postcode": "TR1 2AB"}


@pytest.mark.parametrize("child_address,hidden", [
    (OLD, False),                                     # the home being left stays visible
    (NEW, True),                                      # the new address written as the home address
    ({"lines": ["4 harbour walk"]}, True),            # same first line, no postcode
    ({"postcode": "tr1 2ab", "lines": []}, True),     # same postcode, other spelling
])
def test_child_address_hidden_only_when_it_is_the_new_one(child_address, hidden):
    record = {"child": {"legal_surname": "X", "address": child_address},
              "exit": {"new_address": NEW, "new_school": {"name": "S", "address": "1 School Rd"}, "restrict_address": True}}
    out = redact_restricted(record)
    assert out["exit"]["new_address"] == RESTRICTED
    assert out["exit"]["new_school"] == {"name": "S", "address": RESTRICTED}
    assert (out["child"]["address"] == RESTRICTED) is hidden
    assert record["exit"]["new_address"] == NEW  # the database copy is untouched


def test_leaver_destination_is_hidden_too():
    out = redact_restricted({"leaver": {"destination_address": NEW}})
    assert out["leaver"]["destination_address"] == RESTRICTED

"""Reading forms the samples never showed: generated layouts, wordings, ticks and dates.

Every shape is generated for every form type (seeded, so a failure reproduces),
read with parse_file, built with build_record, and compared field by field. A
failing shape's message lists each wrong field with what was expected and read.
The summary (run with -s to see it) reports accuracy per shape and per field.
"""
from __future__ import annotations

import pytest

from tests.parsers.variants import SHAPES, generate, report, score

SEED = 2026
ROUNDS = 2
# Floors: every form type right, and nearly every key field; a shape may lose a field
# or two to a genuinely ambiguous layout (see the final report), not more.
FIELD_FLOOR = 0.98
SHAPE_FLOOR = 0.95


@pytest.fixture(scope="module")
def results(tmp_path_factory):
    cases = generate(tmp_path_factory.mktemp("variants"), SEED, ROUNDS)
    return {c.id: (c, score(c)) for c in cases}


def _wrong(res) -> list[str]:
    return [f"{path}: expected {want!r}, read {got!r}" for path, (ok, want, got) in res.items() if not ok]


@pytest.mark.parametrize("shape", sorted(SHAPES))
def test_shape_reads_key_fields(results, shape):
    mine = {cid: res for cid, (case, res) in results.items() if case.shape == shape and "-" in cid
            and res["form_type"][1] != "unknown"}
    assert mine, "no cases generated"
    types = [cid for cid, res in mine.items() if not res["form_type"][0]]
    assert not types, f"wrong form type: {types}"
    fields = [(cid, p, ok) for cid, res in mine.items() for p, (ok, _, _) in res.items() if p != "form_type"]
    rate = sum(ok for _, _, ok in fields) / len(fields)
    detail = "\n".join(f"{cid} {line}" for cid, res in mine.items() for line in _wrong(res))
    assert rate >= SHAPE_FLOOR, f"{shape}: {rate:.1%} of key fields\n{detail}"


@pytest.mark.parametrize("kind", ["trip_consent", "newsletter", "invoice"])
def test_other_school_documents_are_unknown(results, kind):
    mine = {cid: res for cid, (case, res) in results.items() if cid.endswith(kind)}
    assert mine
    wrong = {cid: res["form_type"][2] for cid, res in mine.items() if not res["form_type"][0]}
    assert not wrong, f"read as a CME form: {wrong}"


def test_overall_accuracy(results, capsys):
    text, fields, types = report({cid: res for cid, (_, res) in results.items()})
    with capsys.disabled():
        print("\nUnseen form variants (seed %d, %d rounds)\n%s" % (SEED, ROUNDS, text))
    assert types == 1.0
    assert fields >= FIELD_FLOOR, text

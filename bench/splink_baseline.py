"""Baseline for bench/match_bench.py: a well-configured Splink model on DuckDB.

Term-frequency adjusted name comparisons, Splink's date-of-birth comparison, year group,
postcode and UPN; the prior (λ) set as ours is, u by random sampling, m by EM on two
blockings; predictions from four blocking rules. Runs in a child process so its memory is
measured apart from ours. Needs the `bench` extra.
"""
from __future__ import annotations

import csv
from pathlib import Path


def _frame(people, pa):
    return pa.Table.from_pylist([{
        "unique_id": p.id,
        "surname": (p.legal_surname or "").strip().lower() or None,
        "forename": ((p.legal_forenames or "").strip().lower().split() or [None])[0],
        "dob": p.date_of_birth.isoformat() if p.date_of_birth else None,
        "sex": p.sex,
        "postcode": "".join((p.postcode or "").split()).upper() or None,
        "upn": p.upn or None,
        "year_group": p.year_group,
    } for p in people])


def run(register, queries, out_csv: Path, certain: float = 0.95, review: float = 0.5) -> dict:
    import pyarrow as pa
    import splink.comparison_library as cl
    from splink import Linker, SettingsCreator, block_on
    from splink.backends.duckdb import DuckDBAPI

    settings = SettingsCreator(
        link_type="link_only",
        # the same prior our linker uses: 70% of queries have their child among the register's
        probability_two_random_records_match=0.7 / max(len(register), 1),
        unique_id_column_name="unique_id",
        comparisons=[
            cl.NameComparison("surname").configure(term_frequency_adjustments=True),
            cl.NameComparison("forename").configure(term_frequency_adjustments=True),
            cl.DateOfBirthComparison("dob", input_is_string=True),
            cl.ExactMatch("sex"),
            cl.PostcodeComparison("postcode"),
            cl.LevenshteinAtThresholds("upn", [1]),
            cl.ExactMatch("year_group"),
        ],
        blocking_rules_to_generate_predictions=[
            block_on("dob"), block_on("surname", "forename"), block_on("upn"),
            block_on("postcode", "surname"),
        ],
    )
    import duckdb
    # the bench must stay within 2 cores / 24 GiB next to our own process
    db = DuckDBAPI(duckdb.connect(config={"memory_limit": "10GB", "threads": 2,
                                          "temp_directory": str(out_csv.parent / "duckdb_tmp")}))
    reg = db.register(_frame(register, pa), table_name="reg")
    qry = db.register(_frame(queries, pa), table_name="qry")
    linker = Linker([reg, qry], settings, log_level=30)
    linker.training.estimate_u_using_random_sampling(max_pairs=2e6)
    # year group follows from the date: in a dob-blocked session it never disagrees, so it is
    # named in the rule too, which leaves its m to the surname session
    linker.training.estimate_parameters_using_expectation_maximisation(block_on("dob", "year_group"))
    linker.training.estimate_parameters_using_expectation_maximisation(block_on("surname"))
    pred = linker.inference.predict(threshold_match_probability=review).as_record_list()
    qids = {p.id for p in queries}
    rows = []
    for r in pred:
        a, b = r["unique_id_l"], r["unique_id_r"]
        q, c = (a, b) if a in qids else (b, a)
        rows.append((q, c, float(r["match_probability"])))
    rows.sort(key=lambda t: (t[0], -t[2]))
    with open(out_csv, "w", newline="") as f:
        w = csv.writer(f)
        w.writerow(["query_id", "candidate_id", "score", "band"])
        seen: set[str] = set()
        for q, c, p in rows:    # a child is one register child: only a query's best is certain
            best = q not in seen
            seen.add(q)
            w.writerow([q, c, f"{p:.4f}", "certain" if best and p >= certain else "review"])
    return {"pairs": len(rows)}

#!/usr/bin/env python3
"""The dev matchbench at the size of the hold-out: its register grown to N children.

    .venv/bin/python bench/devscale.py [--n 1000000] [--mix 0.5] [--seed 3] [--out DIR]

The hold-out links against 1,000,000 children, twenty times the dev register, so a name and
birthday that are unique at 50,000 are shared at 1,000,000. The dev queries and their truth
stay as they are; the register is padded with children resampled from the dev register's own
values (a surname from one child, a first name from another, middle names from a third, a
birthday from a fourth, a home and school from a fifth, a new UPN), so name, date and place frequencies keep the dev mix. `--mix` is the share of added
children whose forenames come from another child than their surname (names then recombine
as in a larger population; 0 copies whole name sets, the harder case for namesakes).
Prints the scorer's report; `--absent` then removes each true child and links its query
again, so every certain match is a wrong one (1,400 more children who are not there).
"""
from __future__ import annotations

import argparse
import csv
import random
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from matching import Linker  # noqa: E402
from matching.batch import match_csv, person_from_row  # noqa: E402

DEV = Path("/work/shared/matchbench/dev")
SCORER = Path("/work/shared/eval/score_matches.py")
_CHECK = "ABCDEFGHJKLMNPQRTUVWXYZ"
NAME = ("legal_surname", "preferred_surname", "former_surnames")
GIVEN = ("legal_forenames", "preferred_forename", "sex")
HOME = ("address", "postcode", "school_urn", "school_name")


def new_upn(rng: random.Random) -> str:
    body = "".join(rng.choice("0123456789") for _ in range(12))
    total = sum(int(ch) * i for i, ch in enumerate(body, start=2))
    return _CHECK[total % 23] + body


def _with_other_middle(forenames: str, rng: random.Random, middles: list[list[str]]) -> str:
    """First name kept, middle names from another child: a copied first + middle set would
    make whole-name namesakes far commoner than in a population that chose them freely."""
    parts = forenames.split()
    return " ".join(parts[:1] + rng.choice(middles)) if len(parts) > 1 and middles else forenames


def grow(rows: list[dict], n: int, mix: float, seed: int) -> list[dict]:
    rng = random.Random(seed)
    upn_share = sum(1 for r in rows if r.get("upn")) / len(rows)
    middles = [r["legal_forenames"].split()[1:] for r in rows if len(r["legal_forenames"].split()) > 1]
    out = list(rows)
    for k in range(n - len(rows)):
        a = rng.choice(rows)
        g = rng.choice(rows) if rng.random() < mix else a
        b, c = rng.choice(rows), rng.choice(rows)
        row = {f: a[f] for f in NAME} | {f: g[f] for f in GIVEN} | {f: c[f] for f in HOME}
        row["legal_forenames"] = _with_other_middle(g["legal_forenames"], rng, middles)
        row |= {"date_of_birth": b["date_of_birth"], "year_group": b["year_group"],
                "register_id": f"S{k:07d}", "upn": new_upn(rng) if rng.random() < upn_share else ""}
        out.append(row)
    return out


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--n", type=int, default=1_000_000)
    ap.add_argument("--mix", type=float, default=0.5)
    ap.add_argument("--seed", type=int, default=3)
    ap.add_argument("--out", type=Path, default=Path("/tmp/devscale"))
    ap.add_argument("--absent", action="store_true",
                    help="then link each matched query with its own child removed")
    a = ap.parse_args(argv)
    a.out.mkdir(parents=True, exist_ok=True)
    with open(DEV / "register.csv", newline="", encoding="utf-8") as f:
        rows = list(csv.DictReader(f))
    people = [p for r in grow(rows, a.n, a.mix, a.seed) if (p := person_from_row(r))]
    t = time.perf_counter()
    linker = Linker(people)
    print(f"register {len(people)}: index {time.perf_counter() - t:.1f}s", flush=True)
    out = a.out / "matches.csv"
    counts = match_csv(linker, DEV / "queries.csv", out)
    print(f"match {counts['match_seconds']:.1f}s", flush=True)
    res = subprocess.run([sys.executable, str(SCORER), "--truth", str(DEV / "truth.csv"),
                          "--matches", str(out), "--detail", str(DEV / "truth_detail.csv")],
                         capture_output=True, text=True)
    (a.out / "score.txt").write_text(res.stdout)
    print(res.stdout)
    if a.absent:
        print(absent_pass(linker, a.out))
    return 0


def absent_pass(linker: Linker, out: Path) -> str:
    """Each matched query again with its own child taken out: every certain is wrong."""
    with open(DEV / "truth.csv", newline="", encoding="utf-8") as f:
        truth = {r["query_id"]: r["register_id"] for r in csv.DictReader(f)}
    for rid in truth.values():
        linker.remove(rid)
    with open(DEV / "queries.csv", newline="", encoding="utf-8") as f:
        qs = [p for r in csv.DictReader(f) if (p := person_from_row(r)) and p.id in truth]
    wrong = review = 0
    with open(out / "absent.csv", "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f)
        w.writerow(["query_id", "candidate_id", "score", "band"])
        for q in qs:
            found = linker.link(q)
            wrong += any(c.band == "certain" for c in found)
            review += bool(found) and found[0].band == "review"
            w.writerows([q.id, c.id, f"{c.score:.4f}", c.band] for c in found)
    return (f"ABSENT queries={len(qs)} (own child removed) certain={wrong} "
            f"({10000 * wrong / max(len(qs), 1):.1f} per 10,000) review={review}")


if __name__ == "__main__":
    sys.exit(main())

#!/usr/bin/env python3
"""Benchmark (not a test) of matching.Linker against a Splink baseline on synthetic data.

    .venv/bin/python bench/match_bench.py [--n 1000000] [--queries 10000] [--seed 7]
                                          [--workers W] [--no-splink] [--out DIR]

Generates a register of N children and the queries (bench/matchgen.py), then for each method
reports wall time, peak memory, latency p50/p95 per query and the matchbench scores, computed
by shared/eval/score_matches.py itself on the CSVs written to --out. Our linker links the
queries in W forked workers (matching/parallel.py; 0: one per CPU, at most 2; 1: none);
latency is measured per query inside the worker.
"""
from __future__ import annotations

import argparse
import csv
import multiprocessing as mp
import resource
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path[:0] = [str(ROOT), str(ROOT / "bench")]

from matchgen import Gen, queries  # noqa: E402
from matching import Linker  # noqa: E402
from matching.parallel import default_workers, link_many  # noqa: E402

SCORER = Path("/work/shared/eval/score_matches.py")


def peak_mib(who=resource.RUSAGE_SELF) -> float:
    return resource.getrusage(who).ru_maxrss / 1024


def write_truth(out: Path, truth: list[dict]) -> tuple[Path, Path]:
    t, d = out / "truth.csv", out / "truth_detail.csv"
    with open(t, "w", newline="") as f:
        w = csv.writer(f)
        w.writerow(["query_id", "register_id"])
        w.writerows([r["query_id"], r["register_id"]] for r in truth if r["register_id"])
    with open(d, "w", newline="") as f:
        w = csv.DictWriter(f, fieldnames=list(truth[0]))
        w.writeheader()
        w.writerows(truth)
    return t, d


def score(matches: Path, truth: Path, detail: Path) -> tuple[str, str]:
    if not SCORER.exists():
        return "scorer not found", ""
    res = subprocess.run([sys.executable, str(SCORER), "--truth", str(truth), "--matches",
                          str(matches), "--detail", str(detail)], capture_output=True, text=True)
    last = [ln for ln in res.stdout.splitlines() if ln.startswith("MATCH ")]
    return (last[0] if last else res.stderr.strip()), res.stdout


def run_ours(register, qs, out: Path, workers: int = 0) -> dict:
    t0 = time.perf_counter()
    linker = Linker(register)
    t1 = time.perf_counter()
    lat = []
    with open(out, "w", newline="") as f:
        w = csv.writer(f)
        w.writerow(["query_id", "candidate_id", "score", "band"])
        for q, found, seconds in link_many(linker, qs, workers):
            lat.append(seconds)
            w.writerows([q.id, c.id, f"{c.score:.4f}", c.band] for c in found)
    t2 = time.perf_counter()
    lat.sort()
    # the workers have ended and been waited for: RUSAGE_CHILDREN has the largest of them
    return {"index_s": t1 - t0, "match_s": t2 - t1, "wall_s": t2 - t0,
            "p50_ms": 1000 * lat[len(lat) // 2], "p95_ms": 1000 * lat[int(len(lat) * 0.95)],
            "max_ms": 1000 * lat[-1], "peak_mib": peak_mib(),
            "worker_peak_mib": peak_mib(resource.RUSAGE_CHILDREN)}


def _splink_child(n, n_q, seed, out, conn):
    from splink_baseline import run
    register, qs, _ = make_data(n, n_q, seed)
    t0 = time.perf_counter()
    try:
        run(register, qs, out)
        conn.send({"wall_s": time.perf_counter() - t0, "peak_mib": peak_mib()})
    except Exception as exc:  # report, do not crash the bench
        conn.send({"error": f"{type(exc).__name__}: {exc}"[:300]})


def run_splink(n, n_q, seed, out: Path) -> dict:
    ctx = mp.get_context("spawn")
    a, b = ctx.Pipe()
    p = ctx.Process(target=_splink_child, args=(n, n_q, seed, out, b))
    p.start()
    b.close()     # so a child that dies is an EOF here, not a wait for ever
    try:
        res = a.recv()
    except EOFError:
        res = {"error": f"the Splink process ended with code {p.exitcode} (memory?)"}
    p.join()
    if "peak_mib" in res:
        res["note"] = "peak includes generating the data in the child"
    return res


def make_data(n, n_q, seed):
    try:
        from nicknames import NickNamer
        nick = NickNamer()
    except ImportError:
        nick = None
    g = Gen(seed)
    register = g.register(n)
    qs, truth = queries(g, register, n_q, nick)
    return register, qs, truth


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--n", type=int, default=1_000_000)
    ap.add_argument("--queries", type=int, default=10_000)
    ap.add_argument("--seed", type=int, default=7)
    ap.add_argument("--workers", type=int, default=0,
                    help="processes linking the queries (0: one per CPU, at most 2; 1: none)")
    ap.add_argument("--no-splink", action="store_true")
    ap.add_argument("--out", type=Path, default=Path("/tmp/match_bench"))
    a = ap.parse_args(argv)
    a.out.mkdir(parents=True, exist_ok=True)
    t = time.perf_counter()
    register, qs, truth = make_data(a.n, a.queries, a.seed)
    print(f"data: {len(register)} register, {len(qs)} queries in {time.perf_counter() - t:.1f}s",
          flush=True)
    truth_csv, detail_csv = write_truth(a.out, truth)

    workers = a.workers or default_workers()
    ours = run_ours(register, qs, a.out / "linker.csv", workers)
    summary, full = score(a.out / "linker.csv", truth_csv, detail_csv)
    (a.out / "linker_score.txt").write_text(full)
    print(f"linker ({workers} worker{'s' if workers > 1 else ''}): index {ours['index_s']:.1f}s, "
          f"match {ours['match_s']:.1f}s, total {ours['wall_s']:.1f}s, "
          f"p50 {ours['p50_ms']:.1f} ms, p95 {ours['p95_ms']:.1f} ms, max {ours['max_ms']:.0f} ms\n"
          f"  peak {ours['peak_mib']:.0f} MiB (incl. generated data)"
          + (f", largest worker {ours['worker_peak_mib']:.0f} MiB (its RSS counts the pages it "
             "shares with the parent)" if workers > 1 else "") + f"\n  {summary}", flush=True)
    if not a.no_splink:
        del register, qs
        res = run_splink(a.n, a.queries, a.seed, a.out / "splink.csv")
        if "error" in res:
            print(f"splink: failed ({res['error']})")
        else:
            s_summary, s_full = score(a.out / "splink.csv", truth_csv, detail_csv)
            (a.out / "splink_score.txt").write_text(s_full)
            print(f"splink: wall {res['wall_s']:.1f}s (train + predict, all queries at once), "
                  f"peak {res['peak_mib']:.0f} MiB ({res['note']})\n  {s_summary}")
    return 0


if __name__ == "__main__":
    sys.exit(main())

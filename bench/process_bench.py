"""Throughput of `cme-intake process`: mixed forms against a large register.

    .venv/bin/python bench/process_bench.py [--forms 500] [--register 100000] [--out /tmp/pb]

Run by hand, not a test. It generates a synthetic register (bench/matchgen.py) and
mixed forms in every shape the generated-form tests know (tests/parsers/variants.py),
runs the real command line over them, and reports files per second and the share
of time per stage, read from the service's own JSON-lines log. Beside it, in the
same run, the baseline: pdfplumber and python-docx alone opening and reading the
same files (extract_text / paragraphs and tables), with no understanding at all.
"""
from __future__ import annotations

import argparse
import csv
import json
import shutil
import subprocess
import sys
import time
from collections import defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path[:0] = [str(ROOT), str(ROOT / "bench")]

from matchgen import Gen  # noqa: E402
from tests.parsers.variants import generate  # noqa: E402

STAGES = ("identify", "parse", "validate", "match", "route")


def write_register(path: Path, n: int) -> None:
    columns = ["register_id", "upn", "legal_surname", "legal_forenames", "preferred_surname", "preferred_forename",
               "former_surnames", "date_of_birth", "sex", "address", "postcode", "school_urn", "school_name",
               "year_group"]
    with open(path, "w", newline="") as fh:
        w = csv.writer(fh)
        w.writerow(columns)
        for p in Gen(11).register(n):
            w.writerow([p.id, p.upn or "", p.legal_surname or "", p.legal_forenames or "", p.preferred_surname or "",
                        p.preferred_forename or "", ";".join(p.former_surnames), p.date_of_birth.isoformat(),
                        {"male": "M", "female": "F"}.get(p.sex or "", ""), p.address or "", p.postcode or "",
                        p.school_urn or "", "", ""])


def make_forms(folder: Path, count: int) -> list[Path]:
    rounds = 1
    while True:
        cases = generate(folder, seed=5, rounds=rounds)
        if len(cases) >= count:
            return [c.path for c in cases[:count]]
        rounds += 1


def baseline(files: list[Path]) -> float:
    """pdfplumber / python-docx alone: open and read every page or paragraph."""
    import docx  # noqa: PLC0415
    import pdfplumber  # noqa: PLC0415
    started = time.perf_counter()
    for f in files:
        if f.suffix == ".pdf":
            with pdfplumber.open(f) as pdf:
                for page in pdf.pages:
                    page.extract_text()
                    page.extract_tables()
        else:
            d = docx.Document(f)
            _ = [p.text for p in d.paragraphs]
            _ = [c.text for t in d.tables for row in t.rows for c in row.cells]
    return time.perf_counter() - started


def cli(home: Path, *args: str) -> float:
    started = time.perf_counter()
    subprocess.run([str(ROOT / ".venv" / "bin" / "cme-intake"), "--home", str(home), "--today", "2026-11-27", *args],
                   check=True, stdout=subprocess.DEVNULL)
    return time.perf_counter() - started


def stage_times(log: Path) -> dict[str, float]:
    totals: dict[str, float] = defaultdict(float)
    for line in log.read_text().splitlines():
        rec = json.loads(line)
        if rec.get("step") in STAGES or rec.get("step") == "done":
            totals[rec["step"]] += (rec.get("duration_ms") or 0) / 1000
    # write = the whole file's time less the analysis steps
    totals["write+file"] = totals.pop("done", 0) - sum(totals[s] for s in STAGES)
    return dict(totals)


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--forms", type=int, default=500)
    ap.add_argument("--register", type=int, default=100_000)
    ap.add_argument("--out", type=Path, default=Path("/tmp/cme-process-bench"))
    a = ap.parse_args(argv)
    shutil.rmtree(a.out, ignore_errors=True)
    forms_dir, home = a.out / "forms", a.out / "home"
    forms_dir.mkdir(parents=True)
    (home / "inbox").mkdir(parents=True)
    write_register(a.out / "register.csv", a.register)
    files = make_forms(forms_dir, a.forms)
    import_s = cli(home, "register", "import", str(a.out / "register.csv"))
    for f in files:
        shutil.copy(f, home / "inbox" / f.name)
    process_s = cli(home, "process")
    base_s = baseline(files)
    stages = stage_times(home / "logs" / "cme-intake.log")
    print(f"register of {a.register:,} children imported in {import_s:.1f} s")
    print(f"process: {len(files)} files in {process_s:.1f} s = {len(files) / process_s:.1f} files/s "
          f"(includes start-up and building the match index)")
    print(f"baseline, pdfplumber + python-docx only, same files: {base_s:.1f} s = {len(files) / base_s:.1f} files/s")
    total = sum(stages.values()) or 1
    print("share of per-file time by stage (parse runs ahead in a worker pool, so its share is the wait for it):")
    for name, secs in sorted(stages.items(), key=lambda kv: -kv[1]):
        print(f"  {name:12s} {secs:8.2f} s  {100 * secs / total:5.1f}%")
    return 0


if __name__ == "__main__":
    sys.exit(main())

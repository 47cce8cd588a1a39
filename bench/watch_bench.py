"""Delay from drop to decision under `cme-intake watch`, beside a baseline.

    .venv/bin/python bench/watch_bench.py [--files 40] [--interval 0.5] [--settle 5]

Same files, same run, two homes:
- baseline: all files dropped first, then the bare `process` command; the delay
  of each file is its decision's time minus the command's start;
- watch: `watch` running; files dropped one every --interval seconds, each
  appearing at once (written under a hidden name, then renamed, as an SFTP
  server finishes an upload); the delay is decision time minus drop time.

The watch delay includes `settle_seconds` by design (a file is read only
after it has stopped changing), so it is printed beside the numbers.
"""
from __future__ import annotations

import argparse
import hashlib
import json
import os
import shutil
import signal
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO / "tests" / "watch"))
from batch_files import sample_files, unique_copy  # noqa: E402


def cli(home: Path, *args: str, **kw) -> subprocess.Popen:
    return subprocess.Popen([sys.executable, "-m", "intake", "--home", str(home), *args], cwd=REPO,
                            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, **kw)


def batch(count: int) -> list[tuple[str, bytes]]:
    sources = sample_files()
    if not sources:
        raise SystemExit("no sample forms in /work/shared/samples")
    return [(f"f{i:04d}{src.suffix.lower()}", unique_copy(src, i))
            for i, src in zip(range(count), sources * (count // len(sources) + 1))]


def decided_at(home: Path) -> dict[str, float]:
    """sha256 -> time the decision file was written."""
    out = {}
    for path in (home / "outbox" / "decisions").glob("*.json"):
        out[json.loads(path.read_text())["source"]["sha256"]] = path.stat().st_mtime
    return out


def summary(delays: list[float]) -> dict:
    ordered = sorted(delays)
    pick = lambda q: ordered[min(len(ordered) - 1, round(q * (len(ordered) - 1)))]  # noqa: E731
    return {"files": len(ordered), "p50_s": round(statistics.median(ordered), 2),
            "p95_s": round(pick(0.95), 2), "max_s": round(ordered[-1], 2)}


def setup(root: Path, name: str, settle: float) -> Path:
    home = root / name
    (home / "inbox").mkdir(parents=True)
    (home / "cme.toml").write_text(f"[watch]\nsettle_seconds = {settle}\nrescan_seconds = 30\n")
    return home


def run_baseline(root: Path, files, settle: float) -> dict:
    home = setup(root, "baseline", settle)
    for name, data in files:
        (home / "inbox" / name).write_bytes(data)
    started = time.time()
    cli(home, "process").wait()
    done = decided_at(home)
    delays = [done[hashlib.sha256(d).hexdigest()] - started for _, d in files]
    return summary(delays) | {"wall_s": round(time.time() - started, 2)}


def run_watch(root: Path, files, settle: float, interval: float) -> dict:
    home = setup(root, "watch", settle)
    proc = cli(home, "watch")
    log = home / "logs" / "cme-intake.log"
    deadline = time.time() + 120
    while time.time() < deadline and not (log.exists() and '"outcome":"started"' in log.read_text()):
        time.sleep(0.2)
    dropped: dict[str, float] = {}
    started = time.time()
    try:
        for name, data in files:
            hidden = home / "inbox" / f".{name}.upload"
            hidden.write_bytes(data)
            os.rename(hidden, home / "inbox" / name)
            dropped[hashlib.sha256(data).hexdigest()] = time.time()
            time.sleep(interval)
        deadline = time.time() + 600
        while time.time() < deadline and len(decided_at(home)) < len(files):
            time.sleep(0.5)
    finally:
        proc.send_signal(signal.SIGTERM)
        proc.wait(timeout=120)
    done = decided_at(home)
    missing = [h for h in dropped if h not in done]
    if missing:
        raise SystemExit(f"{len(missing)} files got no decision under watch")
    return summary([done[h] - at for h, at in dropped.items()]) | {"wall_s": round(time.time() - started, 2)}


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--files", type=int, default=40)
    ap.add_argument("--interval", type=float, default=0.5, help="seconds between drops under watch")
    ap.add_argument("--settle", type=float, default=5.0, help="watch.settle_seconds for both homes")
    ap.add_argument("--keep", action="store_true", help="keep the temporary homes")
    args = ap.parse_args()
    files = batch(args.files)
    root = Path(tempfile.mkdtemp(prefix="cme-watch-bench-"))
    try:
        results = {"baseline_process": run_baseline(root, files, args.settle),
                   "watch": run_watch(root, files, args.settle, args.interval)}
    finally:
        if not args.keep:
            shutil.rmtree(root, ignore_errors=True)
    print(f"{args.files} files, settle_seconds={args.settle:g}, drop interval {args.interval:g} s, "
          f"{os.cpu_count()} CPUs")
    print(f"{'run':<18}{'p50 s':>8}{'p95 s':>8}{'max s':>8}{'wall s':>8}")
    for run, r in results.items():
        print(f"{run:<18}{r['p50_s']:>8}{r['p95_s']:>8}{r['max_s']:>8}{r['wall_s']:>8}")
    print(json.dumps(results))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

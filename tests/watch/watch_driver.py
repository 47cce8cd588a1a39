"""Runs intake.watch.watch in the main thread of its own process, as the CLI
does, with a slow stand-in for the pipeline that records what it does.

usage: python watch_driver.py HOME SECONDS_PER_FILE WORKERS
"""
from __future__ import annotations

import sys
import threading
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from intake.config import Settings  # noqa: E402
from intake.logs import configure_logging  # noqa: E402
from intake.watch import watch  # noqa: E402


def main() -> int:
    home, delay, workers = Path(sys.argv[1]), float(sys.argv[2]), int(sys.argv[3])
    configure_logging(home, stderr=False)
    done = home / "done"
    done.mkdir(exist_ok=True)
    events = home / "events.log"
    lock = threading.Lock()

    def note(line: str) -> None:
        with lock, open(events, "a") as handle:
            handle.write(line + "\n")

    def process_one(path: Path) -> None:
        note(f"start {path.name}")
        time.sleep(delay)
        path.rename(done / path.name)
        note(f"end {path.name}")

    settings = Settings.model_validate({"watch": {"settle_seconds": 0.5, "rescan_seconds": 2,
                                                  "workers": workers}})
    watch(home, settings, process_one, threading.Event())
    note("exit")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

"""JSON-lines logs: private files, the fixed fields, and no personal data."""
from __future__ import annotations

import json
import logging
import stat

from intake.logs import configure_logging, log_step


def test_log_lines_are_json_private_and_redacted(tmp_path, capsys):
    configure_logging(tmp_path)
    log_step("CME-2026-000123", "parse", "accepted", 412.26, file="3f2a9c1e0b7d", reason="timeout",
             submitter="112233", count=2,
             name="Jane Smith", dob="07/03/2015", born="2015-03-07", dob8="07032015",
             filename="smith referral.pdf", email="parent@example.com")
    try:
        raise ValueError("Jane Smith 2015-03-07")
    except ValueError:
        logging.getLogger("cme.pipeline").exception("failed on %s", "Jane Smith")
    folder, path = tmp_path / "logs", tmp_path / "logs" / "cme-intake.log"
    assert stat.S_IMODE(folder.stat().st_mode) == 0o700
    assert stat.S_IMODE(path.stat().st_mode) == 0o600
    text = path.read_text()
    first, second = [json.loads(line) for line in text.splitlines()]
    assert {k: first[k] for k in ("reference", "step", "outcome", "duration_ms", "file", "reason",
                                  "submitter", "count")} == {
        "reference": "CME-2026-000123", "step": "parse", "outcome": "accepted", "duration_ms": 412.3,
        "file": "3f2a9c1e0b7d", "reason": "timeout", "submitter": "112233", "count": 2}
    assert first["time"].endswith("Z") and first["level"] == "INFO"
    for key in ("name", "dob", "born", "dob8", "filename", "email"):
        assert first[key] == "[redacted]"
    assert second["error"] == "ValueError" and second["level"] == "ERROR"
    err = capsys.readouterr().err
    assert "CME-2026-000123" in err
    for secret in ("Smith", "2015", "smith", "example.com"):
        assert secret not in text and secret not in err


def test_configure_twice_does_not_duplicate_lines(tmp_path):
    configure_logging(tmp_path, stderr=False)
    configure_logging(tmp_path, stderr=False)
    log_step(None, "watch", "started")
    assert len((tmp_path / "logs" / "cme-intake.log").read_text().splitlines()) == 1

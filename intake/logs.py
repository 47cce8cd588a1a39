"""JSON-lines logging that never carries personal data.

Each line of HOME/logs/cme-intake.log (and stderr) is one JSON object:

    {"time": "2026-11-28T10:15:02.123Z", "level": "INFO", "reference": "CME-2026-000123",
     "step": "parse", "outcome": "accepted", "duration_ms": 412, "file": "3f2a9c1e0b7d"}

Only codes and ids go in a log line: a reference, a step name, an outcome
code, a reason code, a count, a duration, a short sha256 prefix. Never a file
name (schools name files after the child), a name, a date of birth, an address
or an exception message (parsers quote the document in them). `log_step`
enforces this: a string extra that does not look like a code is replaced by
"[redacted]", and exceptions are logged by type name only.
"""
from __future__ import annotations

import json
import logging
import logging.handlers
import os
import re
import sys
import time
from pathlib import Path

LOGGER = "cme"
LOG_NAME = "cme-intake.log"
# A code, id, hash prefix or number: short, no spaces, no '@'. Dates are not
# codes (a date in a log line could be a date of birth), nor is an 8-digit run
# (ddmmyyyy).
_SAFE = re.compile(r"^[A-Za-z0-9_][A-Za-z0-9_.:\-]{0,63}$")
_DATE_LIKE = re.compile(r"\d{1,4}[-/.]\d{1,2}[-/.]\d{1,4}|^\d{8}$")
_RESERVED = frozenset({"time", "level", "reference", "step", "outcome", "duration_ms"})


def safe_value(value):
    """The value itself when it is a number, bool, None or a code-like string."""
    if value is None or isinstance(value, (bool, int, float)):
        return value
    if isinstance(value, str) and _SAFE.match(value) and not _DATE_LIKE.search(value):
        return value
    return "[redacted]"


class JsonFormatter(logging.Formatter):
    def format(self, record: logging.LogRecord) -> str:
        stamp = time.strftime("%Y-%m-%dT%H:%M:%S", time.gmtime(record.created))
        line = {
            "time": f"{stamp}.{int(record.msecs):03d}Z",
            "level": record.levelname,
            "reference": getattr(record, "reference", None),
            "step": getattr(record, "step", None),
            "outcome": getattr(record, "outcome", None),
            "duration_ms": getattr(record, "duration_ms", None),
        }
        line.update(getattr(record, "safe", {}))
        if not hasattr(record, "step"):
            # A plain logger call from elsewhere: keep the logger name and the
            # message template (not its arguments, which may hold content).
            line["step"] = record.name
            line["event"] = safe_value(record.msg) if not isinstance(record.msg, str) else record.msg[:200]
        if record.exc_info and record.exc_info[0] is not None:
            line["error"] = record.exc_info[0].__name__
        return json.dumps(line, separators=(",", ":"), default=str)


class PrivateFileHandler(logging.handlers.WatchedFileHandler):
    """Creates the log file 0o600 whatever the umask; reopens after logrotate."""

    def _open(self):
        fd = os.open(self.baseFilename, os.O_WRONLY | os.O_APPEND | os.O_CREAT | os.O_CLOEXEC, 0o600)
        return os.fdopen(fd, "a", encoding=self.encoding)


def log_dir(home: Path) -> Path:
    folder = Path(home) / "logs"
    folder.mkdir(mode=0o700, parents=True, exist_ok=True)
    os.chmod(folder, 0o700)
    return folder


def configure_logging(home: Path, level: int = logging.INFO, stderr: bool = True) -> logging.Logger:
    """Send the `cme` logger to HOME/logs/cme-intake.log and stderr, as JSON lines.

    Idempotent: calling it again replaces the handlers it added before.
    """
    logger = logging.getLogger(LOGGER)
    for handler in list(logger.handlers):
        if getattr(handler, "_cme", False):
            logger.removeHandler(handler)
            handler.close()
    path = log_dir(home) / LOG_NAME
    handlers: list[logging.Handler] = [PrivateFileHandler(path, encoding="utf-8", delay=False)]
    os.chmod(path, 0o600)
    if stderr:
        handlers.append(logging.StreamHandler(sys.stderr))
    for handler in handlers:
        handler._cme = True  # type: ignore[attr-defined]
        handler.setFormatter(JsonFormatter())
        logger.addHandler(handler)
    logger.setLevel(level)
    logger.propagate = False  # the root logger may print arguments in plain text
    return logger


def log_step(reference: str | None, step: str, outcome: str, duration_ms: float | int | None = None,
             level: int = logging.INFO, **safe) -> None:
    """One line for one step of one file. Extras must be codes or numbers (see module doc)."""
    logging.getLogger(LOGGER).log(level, step, extra={
        "reference": safe_value(reference),
        "step": safe_value(step),
        "outcome": safe_value(outcome),
        "duration_ms": None if duration_ms is None else round(float(duration_ms), 1),
        "safe": {key: safe_value(value) for key, value in safe.items() if key not in _RESERVED},
    })

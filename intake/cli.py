"""`cme-intake`: thin adapters from the command line to the library.

Each command turns library errors into one plain sentence on stderr and exit
status 1; `process` exits 0 even when some inputs are rejected (contract §2).
"""
from __future__ import annotations

import argparse
import os
import sys
from datetime import date
from pathlib import Path

from intake.config import SettingsError, resolve_home
from intake.home import Home


class CommandError(Exception):
    """Something the user can fix; the message is one sentence."""


def _date(text: str) -> date:
    try:
        return date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"'{text}' is not a date written as YYYY-MM-DD") from None


def _workers(text: str) -> int:
    try:
        n = int(text)
    except ValueError:
        n = 0
    if n < 1:
        raise argparse.ArgumentTypeError(f"'{text}' is not a number of workers (1 or more)")
    return n


def build_parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(prog="cme-intake", description="Children missing education: form intake service.")
    p.add_argument("--home", help="the home folder (default: $CME_HOME or the current folder)")
    p.add_argument("--calendar", type=Path, help="TOML file of school closures")
    p.add_argument("--today", type=_date, help="date used as 'received' (YYYY-MM-DD)")
    sub = p.add_subparsers(dest="command", required=True)
    reg = sub.add_parser("register", help="the pupil register").add_subparsers(dest="action", required=True)
    ri = reg.add_parser("import", help="load or refresh the register (CSV, or a DfE CTF XML file)")
    ri.add_argument("file", type=Path)
    ri.add_argument("--whole", action="store_true",
                    help="the file is the whole register: children it does not name have left "
                         "(kept for the record, no longer matched)")
    enq = sub.add_parser("enquiries", help="other authorities' enquiries").add_subparsers(dest="action", required=True)
    enq.add_parser("import", help="load enquiries (CSV) and decide each").add_argument("file", type=Path)
    sub.add_parser("process", help="process every file now in inbox/ and exit")
    sub.add_parser("watch", help="process inbox/ continuously until stopped")
    sub.add_parser("status", help="files waiting, last processed, failures today")
    m = sub.add_parser("match", help="batch linkage of a list of children")
    m.add_argument("--against", choices=("register", "enquiries"), required=True)
    m.add_argument("query", type=Path)
    m.add_argument("--out", type=Path, required=True)
    m.add_argument("--workers", type=_workers, help="processes linking the queries "
                   "(default: the [match] workers setting; 1 = no workers)")
    rv = sub.add_parser("review", help="the co-ordinator's queue of low-confidence matches")
    rsub = rv.add_subparsers(dest="action", required=True)
    rsub.add_parser("list")
    for name in ("show", "accept", "reject"):
        r = rsub.add_parser(name)
        r.add_argument("id", type=int)
        if name != "show":
            r.add_argument("--by", default=os.environ.get("USER", "co-ordinator"), help="who decided")
    return p


def main(argv: list[str] | None = None) -> int:
    os.umask(0o077)  # everything the service creates is readable by its owner only
    args = build_parser().parse_args(argv)
    home = Home(resolve_home(args.home))
    try:
        return COMMANDS[args.command](args, home)
    except (CommandError, SettingsError) as exc:
        print(f"cme-intake: {exc}", file=sys.stderr)
        return 1
    except KeyboardInterrupt:
        return 130


def _services(args, home: Home, log_to_stderr: bool = False):
    from intake.logs import configure_logging  # noqa: PLC0415
    from intake.services import Services  # noqa: PLC0415
    from routing import CalendarError  # noqa: PLC0415

    if args.calendar is not None and not args.calendar.is_file():
        raise CommandError(f"the calendar file {args.calendar} does not exist")
    try:
        svc = Services.open(home, calendar=args.calendar, today=args.today)
    except CalendarError as exc:
        raise CommandError(str(exc)) from None
    configure_logging(home.root, stderr=log_to_stderr)
    return svc


def cmd_register(args, home: Home) -> int:
    from intake import commands  # noqa: PLC0415
    with _closing(_services(args, home)) as svc:
        return commands.register_import(svc, args.file, whole=args.whole)


def cmd_enquiries(args, home: Home) -> int:
    from intake import commands  # noqa: PLC0415
    with _closing(_services(args, home)) as svc:
        return commands.enquiries_import(svc, args.file)


def cmd_process(args, home: Home) -> int:
    from intake import commands  # noqa: PLC0415
    with _closing(_services(args, home)) as svc:
        return commands.process(svc)


def cmd_watch(args, home: Home) -> int:
    import threading  # noqa: PLC0415

    from intake import commands  # noqa: PLC0415
    from intake.watch import install_signal_handlers  # noqa: PLC0415
    # Before anything slow (opening the store, building the match index), so that a
    # SIGTERM during start-up is a clean stop too. Logs go to stderr as well: under
    # systemd that is the journal.
    stop = threading.Event()
    install_signal_handlers(stop)
    with _closing(_services(args, home, log_to_stderr=True)) as svc:
        return commands.watch(svc, stop)


def cmd_status(args, home: Home) -> int:
    from intake import commands  # noqa: PLC0415
    return commands.status(home)


def cmd_match(args, home: Home) -> int:
    from intake import commands  # noqa: PLC0415
    with _closing(_services(args, home)) as svc:
        return commands.match(svc, args.against, args.query, args.out, args.workers)


def cmd_review(args, home: Home) -> int:
    from intake import review  # noqa: PLC0415
    with _closing(_services(args, home)) as svc:
        if args.action == "list":
            return review.cmd_list(svc)
        if args.action == "show":
            return review.cmd_show(svc, args.id)
        return review.cmd_verdict(svc, args.id, args.action == "accept", args.by)


class _closing:
    def __init__(self, svc):
        self.svc = svc

    def __enter__(self):
        return self.svc

    def __exit__(self, *exc):
        self.svc.close()


COMMANDS = {"register": cmd_register, "enquiries": cmd_enquiries, "process": cmd_process, "watch": cmd_watch,
            "status": cmd_status, "match": cmd_match, "review": cmd_review}

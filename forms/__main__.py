"""`python -m forms build [OUTDIR]`: regenerate every template from forms/definitions.py."""
from __future__ import annotations

import argparse
from pathlib import Path

from forms import BUILT, FORMS
from forms.build_docx import build_docx
from forms.build_pdf import build_pdf


def build(outdir: Path) -> list[Path]:
    outdir.mkdir(parents=True, exist_ok=True)
    written = []
    for form_type, form in FORMS.items():
        written.append(build_pdf(form, outdir / f"{form_type}.pdf"))
        written.append(build_docx(form, outdir / f"{form_type}.docx"))
    return written


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m forms")
    sub = parser.add_subparsers(dest="command", required=True)
    b = sub.add_parser("build", help="write the fillable PDF and Word templates")
    b.add_argument("outdir", nargs="?", type=Path, default=BUILT)
    args = parser.parse_args(argv)
    for path in build(args.outdir):
        print(path)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

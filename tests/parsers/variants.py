"""A seeded generator of CME forms in shapes and wordings the samples do not show.

    cases = generate(out_dir, seed=...)       # files written, with what each must read as
    result = score(case)                      # parse_file + build_record, field by field

Run as a script for a per-shape / per-field report:
    .venv/bin/python -m tests.parsers.variants [seed] [rounds]
"""
from __future__ import annotations

import random
import sys
import tempfile
from collections import defaultdict
from dataclasses import dataclass, field
from pathlib import Path

from tests.parsers.variants_docx import render_fields, render_paragraphs, render_table as docx_table
from tests.parsers.variants_forms import NEGATIVES, build_form, negative_form
from tests.parsers.variants_pdf import render_acro, render_flat, render_table as pdf_table

FORM_TYPES = ["cme_referral", "cmj", "cml", "pupil_exit"]
SHAPES = {
    "pdf_gap": ("pdf", lambda f, p, r: render_flat(f, p, r, "pdf_gap")),
    "pdf_below": ("pdf", lambda f, p, r: render_flat(f, p, r, "pdf_below")),
    "pdf_bold": ("pdf", lambda f, p, r: render_flat(f, p, r, "pdf_bold")),
    "pdf_twocol": ("pdf", lambda f, p, r: render_flat(f, p, r, "pdf_twocol")),
    "pdf_multipage": ("pdf", lambda f, p, r: render_flat(f, p, r, "pdf_multipage")),
    "pdf_table2": ("pdf", lambda f, p, r: pdf_table(f, p, r, 2)),
    "pdf_table4": ("pdf", lambda f, p, r: pdf_table(f, p, r, 4)),
    "pdf_acro": ("pdf", render_acro),
    "docx_table2": ("docx", lambda f, p, r: docx_table(f, p, r, "docx_table2")),
    "docx_table4": ("docx", lambda f, p, r: docx_table(f, p, r, "docx_table4")),
    "docx_below": ("docx", lambda f, p, r: docx_table(f, p, r, "docx_below")),
    "docx_colon": ("docx", lambda f, p, r: render_paragraphs(f, p, r, "docx_colon")),
    "docx_tabs": ("docx", lambda f, p, r: render_paragraphs(f, p, r, "docx_tabs")),
    "docx_header": ("docx", lambda f, p, r: render_paragraphs(f, p, r, "docx_header")),
    "docx_sdt": ("docx", lambda f, p, r: render_fields(f, p, r, "docx_sdt")),
    "docx_legacy": ("docx", lambda f, p, r: render_fields(f, p, r, "docx_legacy")),
    "docx_textbox": ("docx", lambda f, p, r: render_fields(f, p, r, "docx_textbox")),
}
NEGATIVE_SHAPES = ["pdf_gap", "pdf_table2", "docx_table2", "docx_colon"]


@dataclass
class Case:
    id: str
    shape: str
    path: Path
    expected: dict
    styles: dict = field(default_factory=dict)


def generate(out_dir: Path, seed: int = 2026, rounds: int = 1) -> list[Case]:
    """Every shape x every form type, `rounds` times, plus non-CME documents."""
    out_dir = Path(out_dir)
    cases = []
    for rnd in range(rounds):
        for shape, (ext, render) in SHAPES.items():
            for ft in FORM_TYPES:
                cid = f"{shape}-{ft}-{rnd}"
                rng = random.Random(f"{seed}:{cid}")
                form = build_form(rng, ft)
                path = out_dir / f"{cid}.{ext}"
                styles = dict(form.styles, **(render(form, path, rng) or {}))
                cases.append(Case(cid, shape, path, form.expected, styles))
    for kind in NEGATIVES:
        for shape in NEGATIVE_SHAPES:
            ext, render = SHAPES[shape]
            cid = f"{shape}-{kind}"
            rng = random.Random(f"{seed}:{cid}")
            path = out_dir / f"{cid}.{ext}"
            render(negative_form(kind), path, rng)
            cases.append(Case(cid, shape, path, {"form_type": "unknown"}))
    return cases


def _get(tree, path: str):
    for part in path.split("."):
        if not isinstance(tree, dict):
            return None
        tree = tree.get(part)
    return tree


def _same(path: str, want, got) -> bool:
    if isinstance(want, list):
        return sorted(got or []) == sorted(want)
    if want is None:
        return got in (None, "", [])
    if isinstance(want, str) and isinstance(got, str) and ("name" in path or path.startswith("child.legal")):
        return " ".join(want.split()).casefold() == " ".join(got.split()).casefold()
    return want == got


def score(case: Case) -> dict[str, tuple[bool, object, object]]:
    """{field: (right, expected, got)} for every key field of the case."""
    from parsers import parse_file
    from parsers.base import Unreadable
    from records.build import build_record

    parsed = parse_file(case.path)
    if isinstance(parsed, Unreadable):
        return {p: (False, w, f"unreadable:{parsed.reason_code}") for p, w in case.expected.items()}
    got_type = parsed.form_type.value
    out = {"form_type": (got_type == case.expected["form_type"], case.expected["form_type"], got_type)}
    if got_type == "unknown":
        return out | {p: (False, w, None) for p, w in case.expected.items() if p != "form_type"}
    values = {p: r.value for p, r in parsed.fields.items()}
    record = build_record(parsed.form_type, values).record.model_dump(mode="json")
    for path, want in case.expected.items():
        if path != "form_type":
            got = _get(record, path)
            out[path] = (_same(path, want, got), want, got)
    return out


def report(results: dict[str, dict]) -> tuple[str, float, float]:
    """Text table per shape and per field; (text, field accuracy, form-type accuracy)."""
    by_shape, by_field = defaultdict(lambda: [0, 0]), defaultdict(lambda: [0, 0])
    types = [0, 0]
    for cid, res in results.items():
        shape = cid.split("-")[0]
        for path, (ok, _, _) in res.items():
            target = types if path == "form_type" else by_field[path]
            target[0] += ok
            target[1] += 1
            if path != "form_type":
                by_shape[shape][0] += ok
                by_shape[shape][1] += 1
    lines = ["shape                 fields", *(f"  {s:<20}{a}/{n} ({100 * a / n:.1f}%)" for s, (a, n) in sorted(by_shape.items())),
             "field", *(f"  {f:<36}{a}/{n} ({100 * a / n:.1f}%)" for f, (a, n) in sorted(by_field.items()))]
    right = sum(a for a, _ in by_field.values())
    total = sum(n for _, n in by_field.values()) or 1
    lines.append(f"form type {types[0]}/{types[1]}; key fields {right}/{total} ({100 * right / total:.1f}%)")
    return "\n".join(lines), right / total, types[0] / max(types[1], 1)


def main(argv: list[str]) -> None:
    seed = int(argv[0]) if argv else 2026
    rounds = int(argv[1]) if len(argv) > 1 else 1
    with tempfile.TemporaryDirectory(prefix="robust-variants-") as tmp:
        cases = generate(Path(tmp), seed, rounds)
        results = {c.id: score(c) for c in cases}
        for c in cases:
            for path, (ok, want, got) in results[c.id].items():
                if not ok:
                    print(f"FAIL {c.id} {path}: want={want!r} got={got!r} styles={c.styles}")
        print(report(results)[0])


if __name__ == "__main__":
    main(sys.argv[1:])

"""Render a letter from a Word template.

The context deliberately has no address field: a restricted address (contract
section 6) must never reach a letter, and the safest way to guarantee that is
for the letter never to be given one.
"""
from __future__ import annotations

import io
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import Literal

from docxtpl import DocxTemplate

from intake.home import atomic_write_bytes
from jinja2.sandbox import SandboxedEnvironment

KINDS = ("acknowledgement", "request_information")
PACKAGED_TEMPLATES = Path(__file__).resolve().parent / "templates"


@dataclass
class LetterContext:
    reference: str
    form_label: str  # e.g. "Children Missing Education referral"
    child_name: str
    child_dob: str  # "7 March 2015" or ""
    school_name: str
    received: str  # "28 November 2026"
    next_steps: list[str]
    missing: list[str]  # plain-words problems, for request_information
    authority_name: str


def template_path(kind: str, templates_dir: Path | None = None) -> Path:
    """The deployment's edited copy if it has one for this kind, else the packaged one.

    Falling back per file lets a deployment edit just one of the letters.
    """
    if kind not in KINDS:
        raise ValueError(f"unknown letter kind: {kind!r}")
    if templates_dir is not None:
        edited = Path(templates_dir) / f"{kind}.docx"
        if edited.is_file():
            return edited
    return PACKAGED_TEMPLATES / f"{kind}.docx"


def _environment() -> SandboxedEnvironment:
    # Sandboxed because templates are edited outside the code review process;
    # autoescape because names and problems come from forms and may hold "<" or "&",
    # which would otherwise break the document XML.
    return SandboxedEnvironment(autoescape=True)


def render_letter(
    kind: Literal["acknowledgement", "request_information"],
    ctx: LetterContext,
    out_path: Path,
    templates_dir: Path | None = None,
) -> Path:
    """Write the letter to out_path (atomically, mode 0o600) and return the path."""
    out_path = Path(out_path)
    doc = DocxTemplate(str(template_path(kind, templates_dir)))
    context = asdict(ctx)
    context["next_steps"] = [s for s in ctx.next_steps if s and s.strip()]
    context["missing"] = [m for m in ctx.missing if m and m.strip()]
    doc.render(context, jinja_env=_environment(), autoescape=True)

    out_path.parent.mkdir(parents=True, exist_ok=True)
    buffer = io.BytesIO()
    doc.save(buffer)
    # One writer for every output: temporary name, fsync, rename, owner-only.
    atomic_write_bytes(out_path, buffer.getvalue())
    return out_path

"""The authority's official forms: one definition each, built as fillable PDF and Word.

    python -m forms build [OUTDIR]      # default forms/built/
"""
from pathlib import Path

from forms.definitions import FORMS, Field, FormDef, Section

BUILT = Path(__file__).resolve().parent / "built"


def built_path(form_type: str, ext: str) -> Path:
    """The committed template for a form type, ext "pdf" or "docx"."""
    if form_type not in FORMS:
        raise ValueError(f"unknown form type: {form_type!r}")
    return BUILT / f"{form_type}.{ext}"


__all__ = ["BUILT", "FORMS", "Field", "FormDef", "Section", "built_path"]

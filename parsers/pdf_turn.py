"""A page turned with /Rotate whose text then runs sideways: read as its text is written.

Some files carry a page written upright and then turned a quarter for display ("rotate
and save" in a viewer, a scanner's setting): shown on screen its lines run up or down
the page. A person turns the page to read it; so does this. Only a page turned by 90
or 270 degrees whose characters mostly stand sideways once turned is re-read unturned,
and only if that leaves more of them upright.

    as_written(page) -> page
"""
from __future__ import annotations


def _upright_share(page) -> float:
    chars = [c for c in page.chars if (c.get("text") or "").strip()]
    return sum(bool(c.get("upright")) for c in chars) / len(chars) if chars else 1.0


def as_written(page):
    if page.rotation not in (90, 270) or _upright_share(page) >= 0.5:
        return page
    from pdfplumber.page import Page
    obj = page.page_obj
    attrs, rotate = obj.attrs, getattr(obj, "rotate", 0)
    obj.attrs = {**attrs, "Rotate": 0}
    obj.rotate = 0
    try:
        turned = Page(page.pdf, obj, page_number=page.page_number, initial_doctop=page.initial_doctop)
        if _upright_share(turned) > _upright_share(page):
            return turned
    except Exception:  # noqa: BLE001 - keep the page as it was
        pass
    obj.attrs, obj.rotate = attrs, rotate
    return page

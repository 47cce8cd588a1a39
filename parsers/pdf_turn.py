"""A page turned with /Rotate whose text then runs sideways: read as its text is written.

Some files carry a page written upright and then turned a quarter for display ("rotate
and save" in a viewer, a scanner's setting): shown on screen its lines run up or down
the page. A person turns the page to read it; so does this. Only a page turned by 90
or 270 degrees whose characters mostly stand sideways once turned is re-read unturned,
and only if that leaves more of them upright. A page with no /Rotate whose text is drawn
sideways (a landscape form set with a turned text matrix) is turned the quarter that stands
its letters up and reads them left to right.

    as_written(page) -> page
"""
from __future__ import annotations


def _upright_share(page) -> float:
    chars = [c for c in page.chars if (c.get("text") or "").strip()]
    return sum(bool(c.get("upright")) for c in chars) / len(chars) if chars else 1.0


def _forward_share(page) -> float:
    """How much of the text runs left to right once upright (a page turned the wrong way
    stands its letters up too, but reads them backwards)."""
    chars = [c for c in page.chars if (c.get("text") or "").strip() and c.get("upright")]
    pairs = [(a, b) for a, b in zip(chars, chars[1:]) if abs(a["top"] - b["top"]) <= 1]
    return sum(b["x0"] >= a["x0"] for a, b in pairs) / len(pairs) if pairs else 1.0


def _score(page) -> float:
    return _upright_share(page) + _forward_share(page)


def as_written(page):
    if _upright_share(page) >= 0.5:
        return page
    from pdfplumber.page import Page
    obj = page.page_obj
    attrs, rotate = obj.attrs, getattr(obj, "rotate", 0)
    # Turned by /Rotate: undo it. Drawn sideways on an unturned page (a landscape form set
    # with a rotated text matrix): turn it the quarter that stands its text up.
    tries = (0,) if page.rotation in (90, 270) else (90, 270) if page.rotation in (0, 180) else ()
    best, score = page, _score(page)
    for turn in tries:
        obj.attrs = {**attrs, "Rotate": turn}
        obj.rotate = turn
        try:
            turned = Page(page.pdf, obj, page_number=page.page_number, initial_doctop=page.initial_doctop)
            turned_score = _upright_share(turned) >= 0.5 and _score(turned)
        except Exception:  # noqa: BLE001 - keep the page as it was
            continue
        if turned_score and turned_score > score:
            best, score = turned, turned_score
    if best is page:
        obj.attrs, obj.rotate = attrs, rotate
    else:
        obj.attrs, obj.rotate = {**attrs, "Rotate": best.rotation}, best.rotation
    return best

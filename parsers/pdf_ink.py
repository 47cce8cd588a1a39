"""Printed marks on a PDF page that are no one's words: the page with them left out.

- Leaders and blanks: a run of dots or underscores printed as one string ("Surname
  ........", "Surname: ________"), which typed answers are often drawn over, splitting
  them letter by letter ("__W__o_jc__ik___"). Without the run, the label and the answer
  stand apart by the run's width, as a label and an answer do.
- Hints: light-grey neutral text ("dd/mm/yyyy", "e.g. AB1 2CD") that a template leaves
  in an otherwise empty answer box for whoever fills it in. It is never an answer. Grey
  text outside boxes is kept (labels printed in grey), and so are white and mid-grey.

    clean_page(page) -> page    the pdfplumber page without those characters
"""
from __future__ import annotations

_LEADER_CHARS = {".": 4, "_": 3, "\u2026": 2, "\u00b7": 4}   # how many in a row make a leader
_HINT_GREY = (0.55, 0.92)                                    # lighter than this is a hint


def _grey_level(colour) -> float | None:
    """The grey level of a neutral fill colour (0 black, 1 white), else None."""
    if not isinstance(colour, (tuple, list)) or not all(isinstance(v, (int, float)) for v in colour):
        return None
    if len(colour) == 1:
        return float(colour[0])
    if len(colour) == 3:
        return float(sum(colour) / 3) if max(colour) - min(colour) < 0.04 else None
    if len(colour) == 4:
        c, m, y, k = colour
        return 1.0 - float(k) if max(c, m, y) < 0.04 else None
    return None


def _is_hint(ch: dict) -> bool:
    level = _grey_level(ch.get("non_stroking_color"))
    return level is not None and _HINT_GREY[0] <= level <= _HINT_GREY[1]


def _leader_runs(chars: list[dict]) -> set[int]:
    """ids of characters in a run of leader dots or underscores, in drawing order, on one
    baseline, each next to the one before."""
    out: set[int] = set()
    run: list[dict] = []

    def close():
        if run and len(run) >= _LEADER_CHARS[run[0]["text"]]:
            out.update(id(c) for c in run)
        run.clear()

    for ch in chars:
        t = ch.get("text")
        if t in _LEADER_CHARS and run and t == run[-1]["text"] \
                and abs(ch["top"] - run[-1]["top"]) <= 1 and -1 <= ch["x0"] - run[-1]["x1"] <= 3:
            run.append(ch)
            continue
        close()
        if t in _LEADER_CHARS:
            run.append(ch)
    close()
    return out


def _box_of(ch: dict, boxes: list[dict]) -> int | None:
    cx, cy = (ch["x0"] + ch["x1"]) / 2, (ch["top"] + ch["bottom"]) / 2
    for i, b in enumerate(boxes):
        if b["x0"] <= cx <= b["x1"] and b["top"] <= cy <= b["bottom"]:
            return i
    return None


def _hints(page, chars: list[dict]) -> set[int]:
    """Grey characters in an answer box that holds no darker text: a prompt left in it."""
    grey = [c for c in chars if _is_hint(c)]
    if not grey:
        return set()
    boxes = [r for r in page.rects if r["x1"] - r["x0"] >= 20 and r["bottom"] - r["top"] <= 60]
    inked = {_box_of(c, boxes) for c in chars if (c.get("text") or "").strip() and not _is_hint(c)}
    return {id(c) for c in grey if (b := _box_of(c, boxes)) is not None and b not in inked}


def clean_page(page):
    """The page without leader runs and grey hints in empty boxes (the same page when it
    has none)."""
    chars = page.chars
    if not chars:
        return page
    drop = _leader_runs(chars) | _hints(page, chars)
    if not drop:
        return page
    return page.filter(lambda obj: obj.get("object_type") != "char" or id(obj) not in drop)

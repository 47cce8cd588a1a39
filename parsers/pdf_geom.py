"""Page geometry shared by the PDF readers: words, lines, gaps, nearest labels.

All boxes use pdfplumber's frame: x0/x1 from the left, top/bottom from the top
of the page, in points. A "box" is anything with those four keys (a dict).
"""
from __future__ import annotations

from dataclasses import dataclass, field
from statistics import median

# Words further apart than this on one line belong to different columns
# (a label and its value); ordinary word spacing is 2-4 pt at 8-12 pt type.
COLUMN_GAP = 14.0
# A tick box's caption starts within this distance to the right of the box.
CAPTION_GAP = 14.0
TICK_GLYPHS = "☒☐✓✔✗✘☑■□"


@dataclass
class Line:
    words: list[dict]
    page: int
    consumed: set[int] = field(default_factory=set)  # indexes used as labels/captions

    @property
    def top(self) -> float:
        return min(w["top"] for w in self.words)

    @property
    def bottom(self) -> float:
        return max(w["bottom"] for w in self.words)

    @property
    def x0(self) -> float:
        return self.words[0]["x0"]

    @property
    def size(self) -> float:
        return max(w.get("size", 0) or 0 for w in self.words)

    @property
    def text(self) -> str:
        return " ".join(w["text"] for w in self.words)

    def free_words(self) -> list[dict]:
        return [w for i, w in enumerate(self.words) if i not in self.consumed]


# Words printed one by one (a PDF "printed from Word" draws each word on its own) are
# parted by a gap narrower than pdfplumber's fixed 3pt in small or condensed type: a gap
# of a sixth of the type size or more parts two words, whatever the size.
WORDS = {"x_tolerance_ratio": 0.15}

def is_bold(word: dict) -> bool:
    font = (word.get("fontname") or "").lower()
    return "bold" in font or "black" in font or "heavy" in font or font.endswith(",b")


def group_lines(words: list[dict], page: int) -> list[Line]:
    """Words -> lines, top to bottom, each left to right (tolerant of baseline jitter)."""
    lines: list[Line] = []
    for w in sorted(words, key=lambda w: (round(w["top"]), w["x0"])):
        mid = (w["top"] + w["bottom"]) / 2
        for line in reversed(lines[-3:]):
            if line.top - 1 <= mid <= line.bottom + 1:
                line.words.append(w)
                break
        else:
            lines.append(Line([w], page))
    for line in lines:
        line.words.sort(key=lambda w: w["x0"])
    lines.sort(key=lambda ln: (ln.top, ln.x0))
    return lines


def segments(words: list[dict], gap: float = COLUMN_GAP) -> list[list[dict]]:
    """Split one line's words into column chunks wherever the gap is large."""
    out: list[list[dict]] = []
    for w in words:
        if out and w["x0"] - out[-1][-1]["x1"] <= gap:
            out[-1].append(w)
        else:
            out.append([w])
    return out


def join(words: list[dict]) -> str:
    return " ".join(w["text"] for w in words).strip()


def body_size(lines: list[Line]) -> float:
    sizes = [w.get("size", 0) or 0 for ln in lines for w in ln.words]
    return median(sizes) if sizes else 0.0


def same_row(line: Line, box: dict) -> bool:
    mid = (box["top"] + box["bottom"]) / 2
    if line.top - 3 <= mid <= line.bottom + 3:
        return True
    # a tall box (address, reason) is labelled level with its first line
    tall = box["bottom"] - box["top"] > 1.8 * (line.bottom - line.top)
    return tall and box["top"] - 3 <= line.top <= box["top"] + (line.bottom - line.top) + 4


def reading_order(items: list, key_top=lambda it: it.top, key_x=lambda it: it.x0) -> list:
    """Top to bottom; things whose tops are within a few points form one row, left to right."""
    rows: list[list] = []
    for it in sorted(items, key=key_top):
        if rows and key_top(it) - key_top(rows[-1][0]) <= 4:
            rows[-1].append(it)
        else:
            rows.append([it])
    return [it for row in rows for it in sorted(row, key=key_x)]


def clean_label(text: str) -> str:
    return text.strip().rstrip(":").strip()


def caption_right(lines: list[Line], box: dict, stops: list[dict]) -> tuple[Line, list[int]] | None:
    """Words printed just right of a tick box, up to a column gap or the next box."""
    for line in lines:
        if not same_row(line, box):
            continue
        idx = [i for i, w in enumerate(line.words)
               if w["x0"] >= box["x1"] - 1 and i not in line.consumed]
        if not idx or line.words[idx[0]]["x0"] - box["x1"] > CAPTION_GAP:
            continue
        limit = min((s["x0"] for s in stops if s["x0"] > box["x1"] + 1
                     and same_row(line, s)), default=1e9)
        chosen = [idx[0]]
        for i in idx[1:]:
            prev = line.words[chosen[-1]]
            w = line.words[i]
            if w["x0"] >= limit or w["x0"] - prev["x1"] > COLUMN_GAP or w["text"] in TICK_GLYPHS:
                break
            chosen.append(i)
        if line.words[chosen[0]]["x0"] >= limit:
            continue
        return line, chosen
    return None


def label_left(lines: list[Line], box: dict, stops: list[dict]) -> tuple[Line, list[int]] | None:
    """The nearest column chunk printed left of a box on the same row."""
    for line in lines:
        if not same_row(line, box):
            continue
        start = max((s["x1"] for s in stops if s["x1"] <= box["x0"] + 1
                     and same_row(line, s)), default=-1e9)
        idx = [i for i, w in enumerate(line.words)
               if w["x1"] <= box["x0"] + 2 and w["x0"] >= start - 1 and i not in line.consumed]
        if not idx:
            continue
        chosen = [idx[-1]]
        for i in reversed(idx[:-1]):
            if line.words[chosen[0]]["x0"] - line.words[i]["x1"] > COLUMN_GAP:
                break
            chosen.insert(0, i)
        return line, chosen
    return None


def label_above(lines: list[Line], box: dict) -> tuple[Line, list[int]] | None:
    """The line just above a box whose words overlap it horizontally."""
    best = None
    for line in lines:
        if line.bottom > box["top"] + 2 or box["top"] - line.bottom > 20:
            continue
        idx = [i for i, w in enumerate(line.words)
               if w["x0"] < box["x1"] and w["x1"] > box["x0"] - 4 and i not in line.consumed]
        if idx and (best is None or line.bottom > best[0].bottom):
            best = (line, idx)
    return best

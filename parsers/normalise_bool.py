"""Yes/no answers and tick marks as people write them: 'Yes', 'N', '☒', '[x]', '☐ Yes ☒ No'.

Split out of parsers.normalise (which re-exports it): the same rules, in a file of their own.
"""
from __future__ import annotations

import re

MARKED = "☒☑✓✔✗✘■●◉⊠"
UNMARKED = "☐□○◯▢"
_TRUE_WORDS = {"yes", "y", "true", "ticked", "checked", "on", "x", "✓", "✔", "☒", "☑", "[x]", "(x)", "/yes", "1"}
_FALSE_WORDS = {"no", "n", "false", "unticked", "off", "☐", "[ ]", "( )", "[]", "/off", "0", ""}
_TOKEN = re.compile(r"\[\s*[xX✓✔]\s*\]|\[\s*\]|\(\s*[xX✓✔]\s*\)|\(\s*\)|[" + MARKED + UNMARKED + r"]|\b(?:yes|no)\b|\b[xX]\b",
                    re.I)


def is_mark(token: str) -> bool | None:
    """True for a ticked box, False for an empty one, None for not a box."""
    t = token.strip()
    if t in MARKED or re.fullmatch(r"\[\s*[xX✓✔]\s*\]|\(\s*[xX✓✔]\s*\)|[xX]", t):
        return True
    if t in UNMARKED or re.fullmatch(r"\[\s*\]|\(\s*\)", t):
        return False
    return None


# "(Yes/No)" or "(Y/N)" printed before the answer tells how to answer, it is not one.
_YES_NO_HINT = re.compile(r"^\(\s*(?:yes|y)\s*/\s*(?:no|n)\s*\)\s*(?=\S)", re.I)


def parse_bool(text: str | None) -> bool | None:
    """'Yes', 'N', '☒', 'Yes [ ] No [X]', '☐ Yes ☒ No' -> bool; None when unclear."""
    from parsers.normalise import clean   # here: normalise imports this module
    t = _YES_NO_HINT.sub("", clean(text)).strip() or clean(text)
    low = t.lower().strip(" .:")
    if low in _TRUE_WORDS - {""}:
        return True
    if low in _FALSE_WORDS - {""}:
        return False
    tokens = [m.group(0) for m in _TOKEN.finditer(t)]
    words = [i for i, tok in enumerate(tokens) if tok.lower() in ("yes", "no")]
    if not words:
        return None
    marks_before = bool(tokens) and is_mark(tokens[0]) is not None
    chosen = set()
    for i in words:
        j = i - 1 if marks_before else i + 1
        if 0 <= j < len(tokens) and is_mark(tokens[j]):
            chosen.add(tokens[i].lower())
    if len(chosen) == 1:
        return chosen.pop() == "yes"
    if not chosen and len(words) == 1 and len(tokens) == 1:
        return tokens[0].lower() == "yes"
    return None

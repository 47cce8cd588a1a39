"""Plain lines of text in a form: "Label: value", a label with its value on the next
lines, two labels on one line, answers to a question printed above, page furniture.

A mixin of the walker in extract.py (it uses the walker's vocabulary, collector and
pending label); kept apart so that each file can be read at once.
"""
from __future__ import annotations

import re

from parsers import normalise as n
from parsers.extract_values import split_tick_line
from parsers.raw import Entry

LABEL_COLON = re.compile(r"^\s*([^:]{2,90}?)\s*[:?]\s*(.*)$", re.S)
CONTINUED = ("address", "longtext")     # field types whose value may run over several lines
_FOOTER = re.compile(r"^(?:official|page \d+|.*\bofficial\s*[-–]\s*sensitive\b|.*\bpage \d+ of \d+$)", re.I)
# Two labels on one line ("Signed: ...   Date: ..."): split before the second.
_SECOND_LABEL = re.compile(r"[ \t]{2,}(?=[A-Z][A-Za-z' /()]{1,40}:)|\s(?=Date(?: signed| completed)?\s*:)")
# Printed forms fill the gap between a label and its answer with dots or underscores
# ("SURNAME ........ FLETCHER"): the leader does the job of a colon.
# "Section 2: School and absence", "Part B - Admission": a numbered heading, never a
# label with its answer, whatever words follow the number.
_NUMBERED_HEADING = re.compile(r"^(?:section|part)\s+(?:\d{1,2}|[A-H])\b\s*[:.\-\u2013)]\s*\S", re.I)
_LEADER = re.compile(r"(?<=[A-Za-z)?])\s*(?:\.{4,}|\u2026{2,}|_{4,})\s*(?=\S)")


class TextLines:
    """The walker's handling of "text" entries (extract._Walker mixes it in)."""

    def text(self, e: Entry):
        raw = (e.value or e.label or "").strip()
        question, self.question = self.question, None
        answer = n.parse_bool(raw) if question and len(raw) <= 40 else None
        if answer is not None:
            # "Whereabouts known?" then "☐ Yes ☒ No" on the line below it.
            self.pending = None
            self.out.put(question[1], answer, self._prov(e, question[3], raw), 1)
            return
        raw = _LEADER.sub(": ", raw, count=1) if ":" not in raw else raw
        for seg in _SECOND_LABEL.split(raw):
            seg = n.clean(seg)
            if seg:
                self._text_segment(e, seg)

    def _text_segment(self, e: Entry, line: str):
        if _NUMBERED_HEADING.match(line) and ":" not in line.split(":", 1)[-1]:
            self.heading(Entry("heading", label=line, provenance=e.provenance))
            return
        m = LABEL_COLON.match(line)
        if m and self.label_value(e, m.group(1), m.group(2), f"label:{m.group(1).strip()}", is_text=True):
            return
        if self.group:
            caption, state = split_tick_line(line)
            opt = self.voc.option(self.group, caption) if caption else None
            if opt:
                self.out.option(self.group, opt.key.split(":", 1)[1], state, self._prov(e, f"label:{caption}", line),
                                explicit=state is not None)
                return
        if _FOOTER.search(line):
            return      # page furniture repeated on every page, never a value
        if self.pending is not None and len(self.pending.lines) < 8 and not self._looks_like_label(line):
            self.pending.lines.append(line)
            if self.voc.fields[self.pending.field_id]["type"] not in CONTINUED or \
                    (self.voc.fields[self.pending.field_id]["type"] == "address" and n.find_postcode(line)[0]):
                self._flush()   # an address ends with its postcode: what follows is the next label
            return
        if (self.voc.section(line) or self.voc.group(line)) and self.label_value(e, line, "", f"label:{line}", is_text=True):
            return
        whole = self.voc.field(line)
        if whole and whole.score >= 99 and self.label_value(e, line, "", f"label:{line}", is_text=True):
            return      # "Surname of child" is a whole label, not "Surname" with the value "of child"
        words = line.split()
        for k in range(min(len(words) - 1, 8), 0, -1):
            head = " ".join(words[:k])
            hit = self.voc.field(head)
            if hit and hit.score == 100.0 and self.label_value(e, head, " ".join(words[k:]), f"label:{head}", is_text=True):
                return
        if self.label_value(e, line, "", f"label:{line}", is_text=True):
            return
        self._flush()
        self.out.loose_text(line, e)

    def _looks_like_label(self, line: str) -> bool:
        if self.voc.section(line) or self.voc.group(line):
            return True
        m = LABEL_COLON.match(line)
        if not m and len(line.split()) <= 8:
            # A line that is exactly a known label ("School", "Date of leaving"): the next label
            # of a form that prints each answer on the line below its label.
            hit = self.voc.field(line)
            if hit and hit.score >= 99:
                return True
        if not m and line.endswith("."):     # a sentence that is itself a known label ends an address
            hit = self.voc.field(line)
            return bool(hit and hit.score >= 99)
        return bool(m and (self.voc.field(m.group(1)) or self.voc.group(m.group(1))))

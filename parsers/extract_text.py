"""Plain lines of text in a form: "Label: value", a label with its value on the next
lines, two labels on one line, answers to a question printed above, page furniture.

A mixin of the walker in extract.py (it uses the walker's vocabulary, collector and
pending label); kept apart so that each file can be read at once.
"""
from __future__ import annotations

import re

from parsers import normalise as n
from parsers.list_sentences import denies_any, is_sentence, options_stated
from parsers.extract_values import parse_siblings, split_tick_line
from parsers.label_text import ATTRIBUTE_WORDS, norm_label
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
# Retyped forms end a label with a dash instead of a colon ("Surname – HUSSAIN", "New home
# address –"): a dash with a space before it, after a known label of at most eight words.
_DASH = re.compile(r"^\s*([^:\-–—]{2,80}?)\s+[-–—]+\s*(.*)$", re.S)
# Labels run on in one line: a bar always separates; a later "Label:" starts a new answer.
_BAR = re.compile(r"\s+\|\s+|;\s+(?=[A-Z][^:;]{0,40}:)")
_LATER_LABEL = re.compile(r"(?<=\S)\s+(?=([A-Z][A-Za-z.'/()]*(?: [A-Za-z.'/()]+){0,4}?)\s*:)")
_DASH_SPLIT = re.compile(r"\s+[-–—]\s+")
# "Male ☒ Female ☐" alone on a line: captions each followed (or preceded) by a box.
_MARK = "[" + n.MARKED + n.UNMARKED + "]"
# A line that starts or ends with a box is an option of a list, never a sentence.
_BOXED = re.compile(r"^\s*(?:\[\s*[xX✓✔]?\s*\]|\(\s*[xX✓✔]?\s*\)|" + _MARK + r")|(?:\[\s*[xX✓✔]?\s*\]|" + _MARK + r")\s*$")
_CAPTION_MARK = re.compile(r"\s*([A-Za-z][A-Za-z /']{0,30}?)\s*(" + _MARK + ")")
_MARK_CAPTION = re.compile(r"\s*(" + _MARK + r")\s*([A-Za-z][A-Za-z /']{0,30}?)(?=\s*" + _MARK + r"|\s*$)")
# A letter's or email's closing: the lines after it are a signature (name, role, school), not labels.
_CLOSING = re.compile(r"(?:(?:kind|best|warm|many)\s+)?(?:regards|wishes|thanks)|thank you|yours\s+"
                      r"(?:sincerely|faithfully|truly)|with (?:thanks|best wishes)", re.I)


class TextLines:
    """The walker's handling of "text" entries (extract._Walker mixes it in)."""

    def text(self, e: Entry):
        raw = (e.value or e.label or "").strip()
        if "\n" in raw:
            # A paragraph whose lines are soft line breaks (an email pasted into Word): each
            # line is read as a line of its own, as it is seen on the page.
            for line in raw.split("\n"):
                if line.strip():
                    self.text(Entry("text", value=line, provenance=e.provenance))
            return
        question, self.question = self.question, None
        answer = n.parse_bool(raw) if question and len(raw) <= 40 else None
        if answer is not None:
            # "Whereabouts known?" then "☐ Yes ☒ No" on the line below it.
            self.pending = None
            self.out.put(question[1], answer, self._prov(e, question[3], raw), 1)
            return
        raw = _LEADER.sub(": ", raw, count=1) if ":" not in raw else raw
        for part in _SECOND_LABEL.split(raw):
            for seg in self._run_in(n.clean(part)):
                if seg:
                    self._text_segment(e, seg)

    def _run_in(self, line: str) -> list[str]:
        """'Name: Kai Thompson DOB: 30/09/2015 Year: 6', 'Name: X | DOB: Y': labels run on
        in one line with a single space, a bar or a semicolon between. Split before each
        later 'Label:' whose label is a known one, and at every bar."""
        parts = [p for p in _BAR.split(line)] if ":" in line or "|" in line else [line]
        out = []
        for part in parts:
            first = part.find(":")      # only within an answer: "School URN:" is one label
            cuts = [m.start(1) for m in _LATER_LABEL.finditer(part, first + 1 if first >= 0 else len(part))
                    if (hit := self.voc.field(m.group(1)) or self.voc.group(m.group(1))) and hit.score >= 99]
            bounds = [0] + cuts + [len(part)]
            out += [part[a:b].strip(" ;") for a, b in zip(bounds, bounds[1:])]
        return out

    def _text_segment(self, e: Entry, line: str):
        if _NUMBERED_HEADING.match(line) and ":" not in line.split(":", 1)[-1]:
            self.prose_open = False
            self.heading(Entry("heading", label=line, provenance=e.provenance))
            return
        prose, self.prose_open = getattr(self, "prose_open", False), _opens_prose(line)
        if prose and not _BOXED.search(line) and self._continues(line):
            # The next line of a paragraph wrapped on the page: the middle of a sentence.
            self.out.loose_text(line, e)
            return
        if getattr(self, "signature", False) and not LABEL_COLON.match(line) and not re.search(r"\d", line):
            self.out.loose_text(line, e)     # "Attendance Officer" under a name signs, it asks nothing
            return
        if _CLOSING.fullmatch(line.rstrip(" ,.!")):
            self._flush()
            self.signature = True
            self.out.loose_text(line, e)
            return
        if self._captions_with_boxes(e, line) or self._dash_row(e, line) or self._sibling_row(e, line):
            return
        m = LABEL_COLON.match(line)
        if m and self.label_value(e, m.group(1), m.group(2), f"label:{m.group(1).strip()}", is_text=True):
            return
        m = _DASH.match(line)
        if m and len(m.group(1).split()) <= 8 and (self.voc.field(m.group(1)) or self.voc.group(m.group(1))) \
                and self.label_value(e, m.group(1), m.group(2), f"label:{m.group(1).strip()}", is_text=True):
            return
        if not self.group and _BOXED.search(line) and self._boxed_statement(e, line):
            return
        if self.group and self.group != "leaving_reason" and is_sentence(line, self.voc, self.group):
            stated = options_stated(self.voc, self.group, line)
            for member, clause in stated:   # "We have phoned mum twice and made a home visit on 5/11"
                self.out.option(self.group, member, True, self._prov(e, "sentence", clause), explicit=True)
            if stated:
                return
            if denies_any(self.voc, self.group, line):     # "No concerns about domestic abuse"
                self.out.loose_text(line, e)
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
        if whole and " / " in line and whole.score >= 90 and \
                self.label_value(e, line, "", f"label:{line}", is_text=True):
            return      # "Previous local authority / country": one label offering two wordings
        words = line.split()
        for k in range(min(len(words) - 1, 8), 0, -1):
            head = " ".join(words[:k])
            if ":" in " ".join(words[k:]):
                continue    # "School completing: X" is an unknown label with its value, not "School"
            if norm_label(words[k]) in ATTRIBUTE_WORDS:
                break       # "Previous school postcode DE1 2AB": an unknown label, no shorter one with an answer
            hit = self.voc.field(head)
            if hit and hit.score == 100.0 and self.label_value(e, head, " ".join(words[k:]), f"label:{head}", is_text=True):
                return
        if self.label_value(e, line, "", f"label:{line}", is_text=True):
            return
        self._flush()
        self.out.loose_text(line, e)

    def _sibling_row(self, e: Entry, line: str) -> bool:
        """'Zara Khan, 03/03/2012, Oak Academy' under a siblings heading, with no label: one
        sibling, when the line gives a name and a date of birth."""
        if self.section != "siblings" or ":" in line:
            return False
        found = parse_siblings(line)
        if not found or len(found) != 1 or not found[0].get("date_of_birth"):
            return False
        self._flush()
        for key in ("name", "date_of_birth", "school"):
            if found[0].get(key):
                self.out.put(f"sibling.{key}", found[0][key], self._prov(e, "sibling row", line), 1)
        return True

    def _boxed_statement(self, e: Entry, line: str) -> bool:
        """'I do not want my new address shared with anyone other than the Headteacher ☒':
        a yes/no statement ticked (or not) by its one box."""
        caption, state = split_tick_line(line)
        hit = self.voc.field(caption) if caption and state is not None else None
        if not (hit and hit.score >= 99 and self.voc.fields[hit.key]["type"] == "bool"):
            return False
        return self.label_value(e, caption, "", f"label:{caption}", checked=state)

    def _continues(self, line: str) -> bool:
        """After a wrapped line of prose: the rest of its sentence, unless it starts a label."""
        if line[:1].islower():
            return True
        words = line.split()
        if LABEL_COLON.match(line) or len(words) < 6:
            return False
        heads = (" ".join(words[:k]) for k in range(1, 5))
        return not any((hit := self.voc.field(h) or self.voc.group(h)) and hit.score >= 99 for h in heads)

    def _captions_with_boxes(self, e: Entry, line: str) -> bool:
        """'Male ☒ Female ☐' with no label: the captions together are the label ("male
        female"), the ticked one the answer."""
        if ":" in line:
            return False
        for pattern, cap, mark in ((_CAPTION_MARK, 1, 2), (_MARK_CAPTION, 2, 1)):
            found = pattern.findall(line)
            if len(found) < 2 or "".join(pattern.sub("", line).split()):
                continue
            captions = [f[cap - 1].strip() for f in found]
            ticked = [c for c, f in zip(captions, found) if n.is_mark(f[mark - 1])]
            hit = self.voc.field(" ".join(captions))
            if hit and hit.score >= 99 and len(ticked) == 1:
                return self.label_value(e, " ".join(captions), ticked[0], f"label:{line}", is_text=True)
        return False

    def _dash_row(self, e: Entry, line: str) -> bool:
        """'Name - Date of birth - Address' over 'Kai Thompson - 30/09/2015 - 5 Elm Court...':
        a line of labels joined by dashes, then their answers joined the same way."""
        if ":" in line:
            return False
        parts = _DASH_SPLIT.split(line)
        labels, self.dash_labels = getattr(self, "dash_labels", None), None
        if labels and len(parts) == len(labels):
            for label, value in zip(labels, parts):
                self.label_value(e, label, value, f"label:{label}", is_text=True)
            return True
        if len(parts) >= 2 and all((hit := self.voc.field(p)) and hit.score >= 99 for p in parts):
            self._flush()
            self.dash_labels = parts
            return True
        return False

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


def _opens_prose(line: str) -> bool:
    """A long line of a sentence that does not end on it: a paragraph wrapped on the page."""
    return len(line.split()) >= 10 and len(line) >= 60 and line[:1].isalpha() and not LABEL_COLON.match(line) \
        and not line.rstrip().endswith((".", "!", "?", ":")) and not _BOXED.search(line)

"""Tick boxes and option lists: answers given by marking a box rather than writing a value,
and options written in the answer to a list's question.

A mixin of extract._Walker, like extract_text.TextLines: it reads the walker's open option
list (`group`), its pending yes/no `question` and writes through `out` and `label_value`.
"""
from __future__ import annotations

import re

from parsers import normalise as n
from parsers.extract_values import split_list, split_tick_line
from parsers.list_sentences import denies_any, is_sentence, options_stated
from parsers.raw import Entry

# A caption with its own box before or after it: "☒ Parental mental health", "[ ] CP plan",
# "Domestic abuse ☒".
_BOX = r"(?:\[\s*[xX✓✔]?\s*\]|[" + n.MARKED + n.UNMARKED + r"])"
_BOXED = re.compile(r"^\s*" + _BOX + r"\s*\S|\S\s*" + _BOX + r"\s*$")


_OTHER_SAID = re.compile(r"^other\b[^:]{0,30}:\s*(\S.*)$", re.I)


class TickBoxes:
    def box_in_first_cell(self, e: Entry) -> bool:
        """A box in the first cell and its caption beside it ("☒ | Electively home
        educated"): that option of the open list, ticked or not."""
        if not (self.group and n.is_mark(e.label) is not None and n.clean(e.value)):
            return False
        opt = self.voc.option(self.group, e.value)
        said = _OTHER_SAID.match(n.clean(e.value))
        if said and (not opt or opt.key.endswith(":other")):
            # "☒ Other (please specify): contacted Leeds CME team": what is written is the option
            opt = self.voc.option(self.group, said.group(1)) or opt
        if not opt:
            return False
        self.out.option(self.group, opt.key.split(":", 1)[1], n.is_mark(e.label),
                        self._prov(e, f"label:{n.clean(e.value)}", e.label), explicit=True)
        return True

    def two_boxed_captions(self, e: Entry) -> bool:
        """A tick-list printed two options a row ("☐ CP plan | ☒ Domestic abuse"): each cell
        is an option with its own box, never the answer to the other."""
        if not (_BOXED.search(e.label or "") and _BOXED.search(e.value or "")):
            return False
        if self._yes_no_cells(e) or self._question_split(e):
            # "Whereabouts known?" then "☐ Yes | ☒ No", or "Whereabouts known? Yes ☐ | No ☒":
            # one question's answer, read as the one line it is
            self.text(Entry("text", value=f"{e.label}   {e.value}", provenance=e.provenance))
            return True
        for half in (e.label, e.value):
            self.text(Entry("text", value=half, provenance=e.provenance))
        return True

    @staticmethod
    def _question_split(e: Entry) -> bool:
        first, second = (" ".join(re.sub(_BOX, " ", t or "").split()).lower() for t in (e.label, e.value))
        return second in ("yes", "no") and re.search(r"\b(?:yes|no)$", first) is not None and first not in ("yes", "no")

    def _yes_no_cells(self, e: Entry) -> bool:
        return e.kind == "pair" and bool(self.question) and all(
            _BOXED.search(t or "") and split_tick_line(t)[0].lower() in ("yes", "no") for t in (e.label, e.value))

    def answer_box(self, e: Entry) -> bool:
        """A form's Yes or No box (radio button, check box) under a question printed alone,
        or a row of two boxed cells "☐ Yes | ☒ No" under it."""
        return e.kind == "field" and e.checked is not None and bool(self.question) \
            and n.clean(e.label).lower() in ("yes", "no", "y", "n") or self._yes_no_cells(e)

    def tick(self, e: Entry):
        label = n.clean(e.label)
        question, self.question = self.question, None
        if question and label.lower() in ("yes", "no", "y", "n"):
            # "Restrict address?  Yes ☐  No ☒": the boxes after a blank yes/no question answer it.
            if e.checked:
                fid, path, q_entry, source = question
                self.out.put(path, label.lower() in ("yes", "y"), self._prov(e, source, label), 1)
            else:
                self.question = question
            return
        if self.group:
            caption, _ = split_tick_line(label)
            opt = self.voc.option(self.group, caption or label)
            if opt:
                self.out.option(self.group, opt.key.split(":", 1)[1], bool(e.checked),
                                self._prov(e, f"label:{caption or label}", "☒" if e.checked else "☐"), explicit=True)
                return
        self.label_value(e, label, "", f"label:{label}", checked=bool(e.checked))

    def _inline_options(self, gid: str, value: str, e: Entry, source: str, checked: bool | None = None):
        """Options written in the answer to a list's question. `checked`: the state of the
        box this caption belongs to, when the answer is a tick box's caption."""
        whole = " ".join(value.split())   # one answer wrapped over two lines of a narrow cell...
        marked = any(split_tick_line(ln)[1] is not None for ln in value.split("\n") if ln.strip())
        # ...unless its lines carry their own marks ("☐ Another school / ☒ Home education")
        parts = [whole] if "\n" in value and not marked and self.voc.option(gid, whole) else split_list(value)
        whole_hit = self.voc.option(gid, value)
        # "Young carer, GRT": a comma list, unless the whole is one caption ("Gypsy, Roma, Traveller"),
        # not merely one caption found inside it
        if len(parts) == 1 and "," in value and not (whole_hit and whole_hit.score >= 85):
            parts = [p for p in value.split(",") if p.strip()]
        for part in parts:
            stated = options_stated(self.voc, gid, part) \
                if checked is None and gid != "leaving_reason" and is_sentence(part, self.voc, gid) else []
            for member, clause in stated:   # "Enquiries made: we phoned mum and visited on 5/11"
                self.out.option(gid, member, True, self._prov(e, source, clause), explicit=True)
            caption, state = split_tick_line(part)
            hit = self.voc.option(gid, caption) if caption else None
            # "Domestic abuse not suspected": a short answer with no mark may deny as a sentence does
            plain = state is None and hit is not None and hit.score < 99
            if stated or (checked is None and (plain or is_sentence(part, self.voc, gid))
                          and denies_any(self.voc, gid, part)):
                continue
            if hit:
                chosen = (True if checked is None else checked) if state is None else state
                self.out.option(gid, hit.key.split(":", 1)[1], chosen, self._prov(e, source, part), explicit=True)
        self.out.group_seen.add(gid)

"""Letters and emails in prose: a school writing that a child has stopped attending, has
joined or has been taken off roll; a parent writing that their child will leave.

Only what a sentence states plainly is read (patterns in `parsers.letter_patterns`); a letter
that says none of these things stays `unknown`, so a newsletter or a trip letter is never
taken for a referral. A form whose title names its type but whose body is prose (an email
headed "Removal from roll") is read here too, as that type.
"""
from __future__ import annotations

import re

from parsers import letter_patterns as P
from parsers import normalise as n
from parsers.base import ParsedForm, Provenance, Reading
from parsers.labels import vocabulary
from parsers.letter_email import fill_sender, header_codes, is_header, letterhead_school, school_in as _school_in
from parsers.letter_kind import letter_kind, named_children
from parsers.normalise_names import parse_address, split_full_name
from parsers.raw import RawDocument
from records.models import FormType

# The date each form exists to report.
_EVENT_DATES = {FormType.cme_referral: ("referral.first_day_of_absence", "referral.last_date_attended"),
                FormType.cmj: ("joiner.date_on_roll",), FormType.cml: ("leaver.date_of_leaving",),
                FormType.pupil_exit: ("exit.date_of_leaving",)}
_BLOCK = {FormType.cme_referral: "referral", FormType.cmj: "joiner", FormType.cml: "leaver",
          FormType.pupil_exit: "exit"}


SEVERAL_CHILDREN = ("The letter names more than one child, and each child needs a form of their own: this decision "
                    "is for the first child named. Please send a separate form for each of the other children.")


_SALUTATION = re.compile(r"^\s*dear\b[^.]{0,60}$", re.I)


def _text(lines: list[str]) -> str:
    """The letter as one text; an email's header lines and the greeting end as sentences do,
    so that "Subject: Referral" or "Dear Mrs Hill," never runs into the name on the next line."""
    joined = " ".join(f"{ln.rstrip(' .,')}." if is_header(ln) or _SALUTATION.match(ln) else ln for ln in lines)
    return P.DOTTED_DATE.sub(r"\1/\2/\3", joined)


def _first_date(text: str | None):
    return n.parse_date(text) or (n.find_dates(text or "") or [None])[0]


class _Letter:
    def __init__(self, lines: list[str], form_type: FormType):
        self.lines = lines
        self.text = _text(lines)
        self.type = form_type
        self.block = _BLOCK[form_type]
        self.fields: dict[str, Reading] = {}

    def put(self, path: str, value, raw: str):
        if value is not None and path not in self.fields:
            self.fields[path] = Reading(value, Provenance(None, "letter", raw[:300]))

    def sentences(self) -> list[str]:
        return [s for s in re.split(r"(?<=[.!?;])\s+", self.text) if s.strip()]

    def child(self):
        children = named_children(self.text)
        who, dob = children[0] if children else (None, None)
        # Siblings named together: the record is the first child's, and what is said of one
        # child alone (a year group, an EHCP) is read only between its name and the next.
        own = self.text
        if len(children) > 1:
            before = [c.end() for c, _ in children if c.start() < who.start()]
            after = [c.start() for c, _ in children if c.start() > who.start()]
            own = self.text[max(before, default=0):min(after, default=len(self.text))]
        self.others = len(children) - 1
        if who:
            fore, sur = split_full_name(who.group(1))
            self.put("child.legal_surname", sur, who.group(0))
            self.put("child.legal_forenames", fore, who.group(0))
            self.put("child.date_of_birth", dob, who.group(0))
        year = P.YEAR.search(own)
        if year:
            self.put("child.year_group", n.normalise_year_group(year.group(1)), year.group(0))
        elif P.RECEPTION.search(own):
            self.put("child.year_group", 0, "Reception")
        for m in P.MOVING_TO.finditer(self.text):
            new = {FormType.pupil_exit: "exit.new_address", FormType.cml: "leaver.destination_address"}.get(self.type)
            if new:
                self.put(new, parse_address(m.group(1)), m.group(0))
        for m in P.ADDRESS.finditer(self.text):
            new = {FormType.pupil_exit: "exit.new_address", FormType.cml: "leaver.destination_address"}.get(self.type) \
                if (m.group(1) or "").lower().startswith("new") else None
            self.put(new or "child.address", parse_address(m.group(2)), m.group(0))
        ehcp = P.EHCP.search(own)
        if ehcp and not P.NEGATED.search(own[max(0, ehcp.start() - 20):ehcp.start()]):
            self.put("child.ehcp", True, ehcp.group(0))

    def sender_address(self):
        """A parent heads the letter with the family's address: the lines down to a postcode."""
        top = []
        for line in self.lines[:7]:
            if line.lower().startswith("dear") or len(line.split()) > 6 or P.SCHOOL.search(line):
                return
            top.append(line)
            if n.find_postcode(line)[0]:
                self.put("child.address", parse_address("\n".join(top)), "\n".join(top))
                return

    def school(self):
        for line in self.lines[:8] + self.lines[-4:]:
            name = _school_in(line)
            if name:
                self.put("school.name", name, line)
                return

    def reason(self, skip: re.Pattern):
        home = P.HOME_ED.search(self.text)
        if home:    # "I have decided to educate my son at home"
            self.put(f"{self.block}.reason", "home_education", home.group(0))
            return
        for sentence in self.sentences():
            m = skip.search(sentence)
            part = sentence
            if m:   # "...will be leaving X on <date> because ...": what follows the date
                date = P.DATE_TEXT.search(sentence, m.start(m.lastindex or 0))
                part = sentence[date.end():] if date else sentence[m.end():]
            if not P.REASON_WORDS.search(part):
                continue
            opt = vocabulary().option("leaving_reason", P.PRONOUN.sub("", part))
            if opt:
                reason = opt.key.split(":", 1)[1]
                if reason == "moved_away" and P.NEW_SCHOOL.search(self.text):
                    reason = "another_school"   # a move in England with a school place named: the new school
                self.put(f"{self.block}.reason", reason, sentence)
                return

    def referral(self):
        first = P.FIRST_DAY.search(self.text)
        if first:
            self.put("referral.first_day_of_absence", _first_date(first.group(1)), first.group(0))
        told = P.CS_INFORMED.search(self.text)
        if told:
            self.put("referral.childrens_services_informed", True, told.group(0))
        last = P.LAST_DAY.search(self.text) or P.LAST_ATTENDED.search(self.text)
        last_day = _first_date(last.group(1)) if last else None
        if last_day:
            self.put("referral.last_date_attended", last_day, last.group(0))
        gone = P.NOT_ATTENDED.search(self.text) or P.ABSENT_SINCE.search(self.text)
        since = _first_date(gone.group(1)) if gone else None
        if since:
            # "not in school since Tuesday 4th; her last day was Monday 3rd": the 4th began the absence
            after_last = last_day is not None and since > last_day
            when = "last_date_attended" if gone.re is P.NOT_ATTENDED and not after_last else "first_day_of_absence"
            self.put(f"referral.{when}", since, gone.group(0))
        unknown = P.WHEREABOUTS_UNKNOWN.search(self.text)
        if unknown:
            self.put("referral.whereabouts_known", False, unknown.group(0))

    def joiner(self):
        joined = P.JOINED.search(self.text)
        if joined:
            self.put("joiner.date_on_roll", _first_date(joined.group(2)), joined.group(0))
        prev = P.PREVIOUS_SCHOOL.search(self.text)
        school = P.SCHOOL.search(prev.group(1)) if prev else None
        if school:
            self.put("joiner.previous_school.name", school.group(1).strip(), prev.group(0))

    def leaver(self):
        left = P.LEFT_ON.search(self.text)
        if left:
            self.put("leaver.date_of_leaving", _first_date(left.group(2)), left.group(0))
            school = P.SCHOOL.search(left.group(1))
            if school:
                self.put("school.name", school.group(1).strip(), left.group(0))
        removed = P.REMOVED.search(self.text)
        if removed:
            when = _first_date(removed.group(1))
            if when is None and P.THAT_DATE.search(removed.group(0)):
                # "...and we will take him off roll on that date": the date just given.
                when = (n.find_dates(self.text[:removed.start()]) or [None])[-1]
            self.put("leaver.date_of_leaving", when, removed.group(0))
        for leaving in (P.IS_LEAVING.search(self.text), P.LEAVING_ON.search(self.text)):
            if leaving:     # "...is leaving us on Friday 20 November": the school's own notice
                self.put("leaver.date_of_leaving", _first_date(leaving.group(2)), leaving.group(0))
                school = P.SCHOOL.search(leaving.group(1) or "")
                if school:      # "...will be leaving Hill Top Primary School on ...": the school left
                    self.put("school.name", school.group(1).strip(), leaving.group(0))
        last = P.LAST_DAY.search(self.text)
        if last:
            self.put("leaver.last_date_attended", _first_date(last.group(1)), last.group(0))
        self.reason(P.REMOVED)

    def exit(self):
        for leaving in (P.LEAVING_ON.search(self.text), P.LAST_DAY_WILL.search(self.text)):
            if leaving:
                self.put("exit.date_of_leaving", _first_date(leaving.group(2)), leaving.group(0))
                school = P.SCHOOL.search(leaving.group(1) or "")
                if school:
                    self.put("school.name", school.group(1).strip(), leaving.group(0))
        asked = P.REMOVE_REQUEST.search(self.text)
        if asked:
            self.put("exit.date_of_leaving", _first_date(asked.group(1)), asked.group(0))
        new = P.NEW_SCHOOL.search(self.text)
        if new:
            self.put("exit.new_school.name", new.group(1).strip(), new.group(0))
            starts = P.STARTS_ON.search(self.text[new.end():])
            if starts:
                self.put("exit.start_date", _first_date(starts.group(1)), new.group(0) + starts.group(0))
        restrict = P.RESTRICT.search(self.text)
        if restrict:
            self.put("exit.restrict_address", True, restrict.group(0))
        self.reason(P.LEAVING_ON)


def _doc_lines(doc: RawDocument, pairs: bool = False) -> list[str]:
    """The text and headings, one line each (a paragraph's soft line breaks are lines); with
    pairs, "Label: value" lines too (a memo's "From:<tab>..." is read as a pair)."""
    lines = []
    for e in doc.entries:
        if e.kind in ("text", "heading"):
            lines += [line for part in (e.value or e.label or "").split("\n") if (line := n.clean(part))]
        elif pairs and e.kind == "pair" and n.clean(e.label):
            lines.append(f"{n.clean(e.label)}: {n.clean(e.value)}")
    return lines


def read_letter(doc: RawDocument, form_type: FormType | None = None) -> ParsedForm | None:
    lines = _doc_lines(doc)
    if not lines:
        return None
    text = _text(lines)
    kind = form_type if form_type in _BLOCK else letter_kind(text, lines)
    if kind is None:
        return None
    letter = _Letter(lines, kind)
    {FormType.cme_referral: letter.referral, FormType.cmj: letter.joiner, FormType.cml: letter.leaver,
     FormType.pupil_exit: letter.exit}[kind]()
    letter.child()
    if kind == FormType.pupil_exit:
        letter.sender_address()
    letter.school()
    fill_sender(letter.fields, _doc_lines(doc, pairs=True), kind)
    # One decision holds one child: a letter about siblings goes back for a form for each.
    queries = [SEVERAL_CHILDREN] if letter.others else []
    return ParsedForm(form_type=kind, fields=letter.fields, queries=queries)


def fill_from_prose(parsed: ParsedForm, doc: RawDocument) -> ParsedForm:
    """A title that names the form over a body written in prose (an email headed "Removal
    from roll"): what the sentences say fills what no label gave. And a form printed on the
    school's letterhead with no "School" label: the school is the one at its head."""
    if "child.legal_surname" not in parsed.fields:
        letter = read_letter(doc, parsed.form_type)
        if letter and "child.legal_surname" in letter.fields:
            for path, reading in letter.fields.items():
                parsed.fields.setdefault(path, reading)
            parsed.queries += letter.queries
    elif parsed.form_type in _BLOCK and not any(p in parsed.fields for p in _EVENT_DATES[parsed.form_type]):
        # A labelled form whose event is said in a sentence ("The following pupil joined our
        # roll on 3 Nov 25."): that date only, never anything else the sentences might suggest.
        letter = read_letter(doc, parsed.form_type)
        for path in _EVENT_DATES[parsed.form_type] if letter else ():
            if path in letter.fields:
                parsed.fields[path] = letter.fields[path]
    fill_sender(parsed.fields, _doc_lines(doc, pairs=True), parsed.form_type)
    for path, code in header_codes(doc.page_header).items():
        parsed.fields.setdefault(path, Reading(code, Provenance(None, "page header", code)))
    if "school.name" not in parsed.fields:
        head = letterhead_school(doc)
        if head:
            parsed.fields["school.name"] = Reading(head, Provenance(None, "letterhead", head))
    return parsed

"""What the sentences of a letter say, as patterns: who the child is, what happened and when.

Kept apart from `parsers.letter` (which decides the form type and assembles the record) so
that a new way of saying something is one pattern here. Only plain statements are read;
a letter that states none of the events below is not one of the CME forms.
"""
from __future__ import annotations

import re

_WORD = r"[A-Z][A-Za-z'\-]+"
_NAME = rf"((?:{_WORD},? ){{0,3}}{_WORD})"
_BIRTH = r"(?i:dob|d\.o\.b\.?|date of birth|born(?: on)?)"
# "Tyler Brookes (DOB 14/06/2014)", "KAUR, Simran (D.O.B. 07/09/2012)", "Freddie ASHWORTH (born 2nd May 2016)"
NAME_DOB = re.compile(rf"{_NAME},? \(\s*{_BIRTH}\s*:?\s*([^)]{{6,30}})\)")
# "Re: Zainab Ali, Year 4, date of birth 14/10/2016"
NAME_COMMA_DOB = re.compile(rf"{_NAME},(?: [^,()]{{1,20}},)? {_BIRTH}\s*:?\s*(.{{6,30}})")

# A school writing that a child stopped attending.
NOT_ATTENDED = re.compile(r"\bhas (?:not|n't) (?:attended|been (?:seen )?(?:in|at) school)(?: school)? since "
                          r"([^.;]{6,40})", re.I)
ABSENT_SINCE = re.compile(r"\bhas been absent (?:from school )?since ([^.;]{6,40})", re.I)
LAST_DAY = re.compile(r"\blast (?:day|date) (?:in|at|of) (?:school|attendance)\b[^.;]{0,20}?\b(?:was|is|will be)\s+"
                      r"([^.;]{6,40})", re.I)
WHEREABOUTS_UNKNOWN = re.compile(r"\b(?:do not|don't|does not|did not) know where\b[^.;]{0,40}?\b(?:is|are|went|has gone|"
                                 r"have gone)\b|\bwhereabouts (?:are|is|remain) (?:not known|unknown)", re.I)

# A school writing that a child joined its roll.
JOINED = re.compile(r"\b(?:joined (?:our|the) (?:school )?roll|(?:was|were|has been|have been) admitted|joined (?:us|our "
                    r"school|the school)|started (?:at|with) (?:us|our school|the school))\b([^.;]{0,40}?)\bon "
                    r"([^.;]{6,40})", re.I)
PREVIOUS_SCHOOL = re.compile(r"\b(?:previously attended|previous school was|has transferred from|transferred to us from|"
                             r"came to us from)\s+([^.;]{3,80})", re.I)

# A school writing that a child was taken off its roll: "we have removed Lena Schmidt from our roll today, 21/11/2025".
REMOVED = re.compile(r"\b(?:removed|taken|deleted)\b[^.;]{0,40}?\b(?:from|off) (?:(?:our|the) )?(?:school )?"
                     r"(?:roll|register|admission register)\b([^.;]{0,40})", re.I)

# A parent writing that their child will leave.
PARENT_CHILD = re.compile(r"\b(?:my|our) (?:son|daughter|child|children)\b|^\s*dear (?:head|headteacher|head teacher)\b",
                          re.I)
LEAVING_ON = re.compile(r"\bwill be leaving\b([^.;]{0,80}?)\b(?:on|after|from|at the end of)\s+([^.;]{6,40})", re.I)
RESTRICT = re.compile(r"\bonly (?:share|give) (?:our|the|my) new address\b|\b(?:do not|don't) share (?:our|the|my) new "
                      r"address\b|\bkeep (?:our|the|my) new address (?:private|confidential)", re.I)

SCHOOL = re.compile(r"((?:[A-Z][\w'&\-]* ){0,5}(?:School|Academy|College|Primary|Infants?|Juniors?))\b")
# A letterhead line that is nothing but a school's name ("Gamesley Primary School"): proper
# names before the school word, none of the words a form's own title is made of.
LETTERHEAD_SCHOOL = re.compile(r"[A-Z][\w'&\-]* (?:(?:[A-Z][\w'&\-]*|of|the|and|upon|on|in) ){0,5}"
                               r"(?:School|Academy|College|Primary|Infants?|"
                               r"Juniors?)(?: (?:&|and) Nursery)?")
TITLE_WORDS = re.compile(r"\b(?:pupil|child|children|leav\w*|notif\w*|form|referral|missing|"
                         r"education|roll|exit|join\w*|removal|deletion|withdrawal|admission|"
                         r"starter|transfer|cme|cml|cmj)\b", re.I)
ADDRESS = re.compile(r"\b(?:(new |last known |home )?address(?: [a-z ]{0,20}?)? (?:is|was|will be|:)|"
                     r"(?:now |currently )?(?:lives?|living|resides?) at)\s*"
                     r"([^.;]{6,120}?\b[A-Z]{1,2}\d[A-Z\d]? ?\d[A-Z]{2})\b", re.I)
YEAR = re.compile(r"\b(?:Year|Yr) (\d{1,2}|R)\b")
REASON_WORDS = re.compile(r"\bmov|\beducat|\bschool\b|\bemigrat|\breloc|\breturn|\bexclu", re.I)
# "educate her at home": the pronoun is not part of the reason.
PRONOUN = re.compile(r"\b(?:him|her|them)\b\s*", re.I)
DATE_TEXT = re.compile(r"\d{1,2}/\d{1,2}/\d{2,4}|\d{1,2}(?:st|nd|rd|th)? [A-Za-z]{3,9}(?: \d{4})?")
# "19.12.25": dots inside a date are not the end of a sentence.
DOTTED_DATE = re.compile(r"\b(\d{1,2})\.(\d{1,2})\.(\d{2}|\d{4})\b")

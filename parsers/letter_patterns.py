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
NAME_DOB = re.compile(rf"{_NAME},? \((?:\s*(?:Year|Yr) \w{{1,2}},)?\s*{_BIRTH}\s*:?\s*([^)]{{6,30}})\)")
# "Kai Thompson, who was born on 30/09/2015", "Kai Thompson who was born on 30th September 2015"
NAME_WHO_BORN = re.compile(rf"((?:{_WORD} ){{1,3}}{_WORD}),? (?:who was|was) born(?: on)? ((?:\d|[A-Z][a-z]+day)[^.;,)]{{5,30}})")
# "Re: Zainab Ali, Year 4, date of birth 14/10/2016"
NAME_COMMA_DOB = re.compile(rf"{_NAME},(?: [^,():]{{1,20}},)? {_BIRTH}\s*:?\s*(.{{6,30}})")

# A school writing that a child stopped attending.
NOT_ATTENDED = re.compile(r"\b(?:has|have)(?: both| all)?(?: not|n't) (?:attended|been (?:seen )?(?:in|at) school)(?: school)? since "
                          r"([^.;]{6,40})", re.I)
ABSENT_SINCE = re.compile(r"\b(?:has|have) (?:both |all )?been absent (?:from school )?since ([^.;]{6,40})", re.I)
LAST_DAY = re.compile(r"\blast (?:day|date) (?:(?:in|at|of) (?:this )?(?:school|attendance)|with us)\b[^.;]{0,20}?\b"
                      r"(?:was|is|will be)\s+([^.;]{6,40})", re.I)
# "Layla last attended school on Thursday 12th November 2026"
LAST_ATTENDED = re.compile(r"\blast attended(?: school)?(?: on)?\s+((?:mon|tue|wed|thu|fri|sat|sun|\d)[^.;]{5,40})", re.I)
# "Sofia's first day of absence was Monday 2 November 2026"
FIRST_DAY = re.compile(r"\bfirst day of (?:absence|being absent)\b[^.;]{0,20}?\b(?:was|is)\s+([^.;]{6,40})", re.I)
# "I wish to refer Layla to you as a child missing education"
REFER_CME = re.compile(r"\brefer(?:ring|ral of)?\b[^.;]{0,60}?\bchild(?:ren)? missing (?:from )?education\b", re.I)
# "we have informed her social worker": only a plain statement that they were told.
CS_INFORMED = re.compile(r"\b(?:have|has|had) (?:informed|notified|told|contacted|made a referral to|referred (?:\w+ )?to)\s+"
                         r"(?:the |her |his |their )?(?:allocated )?(?:social worker|children'?s (?:social care|services)|"
                         r"social care|social services|starting point|mash)\b", re.I)
WHEREABOUTS_UNKNOWN = re.compile(r"\b(?:do not|don't|does not|did not) know where\b[^.;]{0,40}?\b(?:is|are|went|has gone|"
                                 r"have gone)\b|\bwhereabouts (?:are|is|remain) (?:not known|unknown)|"
                                 r"\b(?:not (?:been )?able to|unable to|cannot|can't|could not) (?:confirm|establish|find out|"
                                 r"locate|trace)\b[^.;]{0,20}?\bwhere\b", re.I)

# A school writing that a child joined its roll.
JOINED = re.compile(r"\b(?:joined (?:our|the) (?:school )?roll|joined (?:our|the) [^.;]{0,25}?\b(?:class|form)|(?:was|were|has been|have been) admitted|joined (?:us|our "
                    r"school|the school)|started (?:at|with) (?:us|our school|the school))\b([^.;]{0,40}?)\bon "
                    r"([^.;]{6,40})", re.I)
PREVIOUS_SCHOOL = re.compile(r"\b(?:previously attended|previous school was|has transferred from|transferred to us from|"
                             r"came to us from)\s+([^.;]{3,80})", re.I)

# A school writing that a child was taken off its roll: "we have removed Lena Schmidt from our roll today, 21/11/2025".
# "come off roll" only with "off": a fact that "came from the school register" removes nobody.
REMOVED = re.compile(r"\b(?:(?:removed|taken|took|take|taking|deleted)\b[^.;]{0,40}?\b(?:from|off)|"
                     r"(?:come|came|coming)\b[^.;]{0,40}?\boff) "
                     r"(?:(?:our|the) )?(?:school )?(?:roll|register|admission register)\b([^.;]{0,40})", re.I)
# "...on that date": the date the letter has just given.
THAT_DATE = re.compile(r"\b(?:on|from) (?:that|the same) (?:date|day)\b", re.I)

# A parent writing that their child will leave.
PARENT_CHILD = re.compile(r"\b(?:my|our) (?:son|daughter|child|children)\b|^\s*dear (?:head|headteacher|head teacher)\b",
                          re.I)
# A letter addressed to the authority's team, as a school writes to it.
TO_AUTHORITY = re.compile(r"^\s*dear\s+(?:the\s+)?(?:cme|children missing|child missing|admissions|inclusion|attendance|"
                          r"education|local authority|la\b|colleagues?\b)", re.I)
LEAVING_ON = re.compile(r"\bwill (?:both |all )?be leaving\b([^.;]{0,80}?)\b(?:on|after|from|at the end of)\s+([^.;]{6,40})", re.I)
# "Noah's last day will be Friday 11th December", "...last day at Rushden Park Primary School will be..."
# A school: "Kai Thompson ... left Elm Primary School on Friday 20th November 2026", "left us on ..."
LEFT_ON = re.compile(r"\bleft (us|our school|the school|(?:[A-Z][\w'&\-]* ){1,5}(?:School|Academy|College|Primary|"
                     r"Infants?|Juniors?)) on\s+([^.;]{6,40})")
LAST_DAY_WILL = re.compile(r"\blast day(?: (?:at|in|with|of) ([^.;]{0,60}?))? will be\s+((?:mon|tue|wed|thu|fri|\d)[^.;]{5,40})",
                           re.I)
# A parent: "Please remove him from the school roll from Friday 4th December 2026"
REMOVE_REQUEST = re.compile(r"\b(?:please )?remove (?:him|her|them|\w+) from (?:the |your |our )?(?:school )?(?:roll|register)\b"
                            r"[^.;]{0,10}?\b(?:from|on|as of|with effect from)\s+([^.;]{6,40})", re.I)
# "he will start at the British School of Alicante in January" (a name before the school
# word: "will attend the School Nurse's clinic" names no school)
NEW_SCHOOL = re.compile(r"\b(?:will (?:be )?(?:start|starting|join|joining|attend|attending)|has (?:been offered )?a place|"
                        r"(?:has|have) started|is starting)\s+(?:at |a place at )?(?:the )?"
                        r"((?:[A-Z][\w'&\-]* ){1,5}(?:School|Academy|College|Primary|Infants?|Juniors?)"
                        r"(?: of (?:the )?[A-Z][\w'\-]+(?: [A-Z][\w'\-]+)?)?)")
# "I have decided to educate my son Ethan at home", "mum intends to home educate"
# Not "Home School Link Worker", "home-school agreement", "the teacher ... at home visits".
HOME_ED = re.compile(r"\b(?:educat(?:e|ed|ing)|teach(?:ing)?|school(?:ed|ing))\b(?: \S+){0,4}? at home\b(?! visit)|"
                     r"\bhome[- ]?educat|\bhome[- ]?school(?:ed|ing)\b", re.I)
# "He has an EHCP" (never "does not have an EHCP")
EHCP = re.compile(r"\b(?:has|have|with) an? (?:EHCP|EHC plan|education,? health and care plan)\b", re.I)
NEGATED = re.compile(r"\b(?:not|n't|no longer)\b[^.;]{0,12}$", re.I)
# A letter's or email's closing; the lines under it sign it.
CLOSING = re.compile(r"(?:(?:kind|best|warm|many)\s+)?(?:regards|wishes|thanks)|thank you|yours\s+"
                     r"(?:sincerely|faithfully|truly)|with (?:thanks|best wishes)", re.I)
# A person's name on a line of its own: two to four capitalised words.
PERSON = re.compile(r"(?:(?:Mr|Mrs|Ms|Miss|Dr)\.? )?[A-Z][A-Za-z'\-]+(?: [A-Z][A-Za-z'\-]+){1,3}")
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
ADDRESS = re.compile(r"\b(?:(new |last known |home )?address(?: [a-z ]{0,20}?)?(?: (?:is|was|will be)|\s*:)|"
                     r"(?:now |currently )?(?:lives?|living|resides?)(?: with [^.;,]{1,30}?)? at)\s*"
                     r"([^.;]{6,120}?\b[A-Z]{1,2}\d[A-Z\d]? ?\d[A-Z]{2})\b", re.I)
# "We are moving to 4 Kestrel Close, Skegness, PE25 3RT": where the family moves to, down to its postcode.
MOVING_TO = re.compile(r"\b(?:moving|moved|move|relocating|relocated) to\s+(\d[^.;]{4,110}?\b[A-Z]{1,2}\d[A-Z\d]? ?\d[A-Z]{2})\b",
                       re.I)
# "...will start at Skegness Academy on Monday 5th January 2026": the start date follows the school.
STARTS_ON = re.compile(r"^[^.;]{0,12}?\b(?:on|from)\s+([^.;]{6,40})", re.I)
YEAR = re.compile(r"\b(?:Year|Yr) (\d{1,2}|R)\b")
RECEPTION = re.compile(r"\bin (?:our |the )?Reception\b")
# A school: "Kai Thompson (DOB ...) is leaving us on Friday 20 November to go to Oak Academy"
IS_LEAVING = re.compile(r"\b(?:is|are) (?:both |all )?leaving\b([^.;]{0,80}?)\b(?:on|after|from|at the end of)\s+([^.;]{6,40})", re.I)
REASON_WORDS = re.compile(r"\bmov|\beducat|\bschool\b|\bemigrat|\breloc|\breturn|\bexclu", re.I)
# "educate her at home": the pronoun is not part of the reason.
PRONOUN = re.compile(r"\b(?:him|her|them)\b\s*", re.I)
DATE_TEXT = re.compile(r"\d{1,2}/\d{1,2}/\d{2,4}|\d{1,2}(?:st|nd|rd|th)? [A-Za-z]{3,9}(?: \d{4})?")
# "19.12.25": dots inside a date are not the end of a sentence.
DOTTED_DATE = re.compile(r"\b(\d{1,2})\.(\d{1,2})\.(\d{2}|\d{4})\b")

"""Words councils print, one list per concept, shared by the kinds' classifiers and readers.

A new house style is mostly a new entry here. Every pattern is compiled case-insensitive.
"""

from __future__ import annotations

import re

_I = re.I | re.M

# A heading has at most this many words; one this short needs no bold or size to be one.
MAX_HEADING_WORDS = 14
SHORT_HEADING_WORDS = 6

# "AGENDA", "Agenda & Summons to Councillors", "A.G.M. Agenda", "Notice of Meeting",
# "Annual Parish Meeting Agenda" — but not "Agenda Item 7" (a stamp) or "agenda items".
AGENDA_HEADING = re.compile(
    r"^\W*(?:(?:[\w.&'’–—-]+\s+){0,8}agenda(?!\s+(?:item|no\.?|number|items|reports?\s+pack))\b"
    r"|notice\s+of\s+(?:the\s+)?(?:\w+\s+)?meeting|summons\b|agenda\s+and\s+summons)",
    _I,
)
# "MINUTES", "Draft minutes of ...", "Unconfirmed minutes", "Notes of the meeting", "Action notes",
# "Record of Decisions" (a cabinet's decisions, numbered like minutes).
MINUTES_HEADING = re.compile(
    r"^\W*(?:(?:draft|unconfirmed|confirmed|approved|signed)\s+)?(?:minutes|notes\s+of\s+(?:the|a)\s+\w*\s*meeting"
    r"|action\s+notes|meeting\s+notes|record\s+of\s+(?:the\s+)?(?:meeting|decisions?|proceedings))\b"
    r"|^[^.]{0,60}\b(?:minutes|meeting\s+notes|action\s+notes|record\s+of\s+decisions?)\W*$"
    r"|^\W*(?:drafft\s+)?cofnodion\b",  # Welsh-only minutes: 'Cofnodion', 'COFNODION DRAFFT'
    _I,
)
# "Minutes of a meeting of the X held on ..." anywhere in the opening sentences (in Welsh 'Cofnodion
# cyfarfod ... a gynhaliwyd ...').
MINUTES_SENTENCE = re.compile(r"\bminutes\s+of\s+(?:a|an|the)\b.*\b(?:held|meeting)\b"
                              r"|\bcofnodion\s+(?:y\s+)?(?:c|g)yfarfod\b.*\b(?:a\s+)?(?:g|c)ynhaliwyd\b", _I)
# Agenda items worded as what the meeting will do.
INFINITIVE = re.compile(
    r"^\W*to\s+(?:receive|approve|consider|note|agree|elect|appoint|discuss|resolve|register|hear|adopt|review|"
    r"confirm|sign|authorise|decide|determine|accept|ratify|report|update|co-?opt|welcome|declare|raise)\b",
    _I,
)
STANDING_ITEMS = {
    "apologies": re.compile(r"\bapolog|\bymddiheuriadau\b", _I),
    "interests": re.compile(r"\b(?:declarations?|disclosures?|register)\s+of\s+(?:\w+\s+)?interests?\b"
                            r"|\binterests?\b|\b(?:f|b)uddiant(?:au)?\b", _I),
    "minutes": re.compile(r"\bminutes\b|\bcofnodion\b", _I),
    "next meeting": re.compile(r"\bnext\s+meeting\b|\b(?:c|g)yfarfod\s+nesaf\b", _I),
    "any other business": re.compile(r"\bany\s+other\s+business\b|\baob\b", _I),
    "public": re.compile(r"\bpublic\s+(?:participation|questions|forum|speaking)\b", _I),
}
SUMMONS = (
    r"\byou\s+are\s+(?:hereby\s+)?(?:summoned|requested|invited)\s+to\s+attend\b",
    r"\bnotice\s+is\s+(?:hereby\s+)?given\b",
    r"^\s*dear\s+(?:members?|councillors?|sir|madam)\b[\s\S]{0,600}\b(?:will|is\s+to)\s+be\s+held\b",
    r"\bsummons\b",
)
LETTER = (
    r"^\s*dear\s+(?:members?|councillors?|sir|madam|all|colleague)\b",
    r"^\s*yours\s+(?:sincerely|faithfully)\b",
)
FUTURE_MEETING = (
    r"\b(?:will|is\s+to|to)\s+be\s+held\b",
    r"\bmeeting\s+of\s+the\b.*\bwill\b",
)
# "Present:", "Members present", "In attendance" (a record); "Attendees" is printed by agendas too.
# Welsh community councils print both: 'Present / Yn bresennol:', 'YN BRESENNOL / PRESENT:', 'Presennol /
# Present:' ('presennol' after 'yn' mutates to 'bresennol').
_WELSH_PRESENT = r"(?:(?:hefyd\s+)?yn\s+b|p)resennol"
PRESENT_LABEL = re.compile(
    r"^\W*(?:(?:members|councillors|officers|others|those)\s+)?(?:present|in\s+attendance|roll\s+call)"
    rf"(?:\s*/\s*{_WELSH_PRESENT})?\s*(?::|-|–|$)|^\W*{_WELSH_PRESENT}\b",
    _I,
)
ATTENDANCE_LABEL = re.compile(
    r"^\W*(?:(?:members|councillors|officers|others|those)\s+)?(?:present|in\s+attendance|attendees|attending|roll\s+call)"
    rf"(?:\s*/\s*{_WELSH_PRESENT})?\s*(?::|-|–|$)|^\W*{_WELSH_PRESENT}\b",
    _I,
)
ATTENDANCE_HEADER = re.compile(r"\b(?:attendees|apologies|present|absent|attendance)\b", _I)
# Minutes tell what people did: "JP welcomed members", "the Chair reported", "members noted".
NARRATIVE_VERBS = (
    r"\b(?:welcomed|noted|reported|explained|said|asked|discussed|agreed|thanked|confirmed|presented|"
    r"suggested|highlighted|advised|informed|stated|commented|queried|responded|updated|outlined|introduced|"
    r"raised|proposed|seconded|resolved|declared|attended|summarised|undertook|opened|closed)\b"
)
# Decisions recorded in the past tense.
PAST_OUTCOMES = (
    r"\bresolved\b|\bit\s+was\s+(?:agreed|noted|proposed|resolved|decided|reported)\b|\b(?:was|were)\s+"
    r"(?:noted|received|agreed|approved|carried|adopted|signed|discussed|reported|accepted|elected)\b"
    r"|\bseconded\s+by\b|\bunanimously\b|\bmotion\s+(?:was\s+)?(?:carried|lost)\b|\bagreed\s+that\b"
    r"|\bpenderfynwyd\b|\bcytunwyd\b|\beiliwyd\b"  # Welsh: it was resolved / agreed, seconded
)
SIGNED = (r"^\s*signed\b.*\b(?:chair|chairman|chairperson|mayor)\b", r"^\s*(?:chairman|chair)\s*[:.]?\s*_{3,}",
          r"\bsigned\s*_{3,}")
# A table row's first cell that is an item's number alone ('1', '3.', '4a', 'Item 5', '23/45').
ROW_NUMBER = re.compile(r"^(?:item\s+)?(?:\d{1,4}(?:[./]\d{1,3})?[a-z]?\.?|[A-Z]\d{1,2})$", _I)
# A table's column of pack pages ('Pages', 'Page No.', 'pp.').
PAGES_HEADER = re.compile(r"^(?:pack\s+)?(?:pages?|pp\.?)(?:\s+(?:no\.?|nos\.?|numbers?))?$", _I)
# Rows and lines that print a total.
# An account code before a budget line's label ('4010 | Office & stationery | 600', 'E120 | Insurance'), as
# parish accounting packages print: three to six digits, perhaps after a letter or two.
ACCOUNT_CODE = re.compile(r"^[A-Z]{0,3}[-/]?[0-9]{3,6}[A-Z]?$")
TOTAL_ROW = re.compile(r"^\W*(?:sub-?\s*)?totals?\b|^\W*(?:net|gross)\s+(?:total|expenditure|budget)\b"
                       r"|\btotal\s+(?:expenditure|income|budget|spend|payments|receipts|costs?)\b", _I)
TOTAL_LINE = r"^\s*(?:sub-?\s*)?total\b.*\d"
# A cell of a table of figures (amounts without a currency sign, nil dashes, '#####').
# (Three decimals: amounts in millions of pounds, "0.581".)
FIGURE = re.compile(r"\(?-?\d[\d, ]{0,12}(?:\.\d{1,3})?\)?|[-–—]|#{3,}")
# A contracts table's header: the service or contract, and when it is procured or starts.
CONTRACT_SERVICE = re.compile(r"\b(?:service|contract|provider|supplier|scheme|commission)", _I)
CONTRACT_WHEN = re.compile(r"\b(?:start|commenc|procure|tender|term|duration|go[\s-]?live|re-?let|expir)", _I)
# A money-unit column header is short ("Budget 2024-25" and its unit).
MONEY_UNIT_MAX_CHARS = 40
BUDGET_WORDS = (
    r"\bbudget\b|\bprecept\b|\bexpenditure\b|\bincome\b|\bspent\b|\bspend\b|\bvariance\b|\breserves?\b"
    r"|\breceipts\b|\bpayments\b|\bforecast\b|\boutturn\b|\bfunding\b|\ballocations?\b|\bestimates?\b"
)
COMMISSIONING_TITLES = (
    r"commissioning (?:plan|intentions|strategy|prospectus)",
    r"commissioning plans?\b",
    r"\bspending\s+plan\b",
    r"\bbudget\s+(?:plan|allocations?)\b",
)
# Headings of money documents that are not plans: they need figures to back them.
BUDGET_TITLES = (
    r"\bbudget\b",
    r"\bspending\b",
    r"\b(?:statement\s+of\s+)?accounts\b",
    r"\bprecept\b",
    r"\bestimates\b",
    r"\breceipts\s+and\s+payments\b",
)
PERFORMANCE_TITLES = (
    r"highlight report",
    r"performance (?:report|scorecard|dashboard|monitoring|indicators?|measures?)",
    r"score\s?card",
    r"\bkpis?\b",
    r"key performance",
    r"\bmeasures\b",
)
KPI_HEADER_WORDS = (
    r"\btarget\b", r"\bactual\b", r"\brag\b", r"\bdirection\b", r"\bprevious\b", r"\bbaseline\b",
    r"\bmeasure\b", r"\bindicator\b", r"\bperformance\b", r"\btrend\b", r"\bpolarity\b", r"\bthis quarter\b",
    r"\blast quarter\b", r"\blatest\b", r"\bfloor\b", r"\bstatus\b",
)
RAG_WORD = re.compile(r"(?:red|amber|green|blue|r|a|g|rag)", _I)
# A line of an indicator's panel: a figure label and its value, then another KPI label
# ('Latest: 45.2% (Amber)   Target: 50.0%   Previous: 44.1%').
KPI_PANEL_LINE = re.compile(
    r"^\W*(?:latest|current|actual|outturn|this\s+(?:month|quarter|year))"
    r"(?:\s+(?:value|result|figure|data|performance))?\s*[:\u2013\u2014-]\s*\S.*?"
    r"\b(?:target|previous|last\s+(?:month|quarter|year)|floor|ceiling|baseline|benchmark|threshold)\b\s*[:\u2013\u2014-]",
    _I)
REPORT_HEADER_LABELS = frozenset({
    "meeting", "date", "report title", "report presented by", "author", "from", "to", "subject", "classification",
    "report of", "report author", "report by", "cabinet member", "wards affected", "key decision", "decision no",
})

# Roles of officers and staff: in a 'Present' list they are in attendance, not members.
OFFICER_ROLE = re.compile(
    r"\b(?:clerk|officer|treasurer|secretary|secretariat|director|chief\s+executive|manager|solicitor|accountant|rfo|"
    r"democratic|committee\s+services|minute[- ]?taker|monitoring|head\s+of|assistant|adviser|advisor|analyst|"
    r"scrutiny|lawyer|legal|finance\s+lead|administrator|coordinator|co-ordinator|planner|engineer|auditor"
    # a police (fire) and crime commissioner answers to the panel rather than sits on it; a
    # planning commissioner is a member
    r"|(?:police|crime|fire|rescue)\s+commissioner)\b",
    _I,
)
# Roles that only staff hold, whichever organisation employs them ('Secretariat', 'Clerk').
STAFF_ROLE = re.compile(r"^\W*(?:the\s+)?(?:secretariat|clerk|minute[- ]?taker"
                        r"|democratic\s+services|committee\s+services)\b", _I)
# A paper's own date under a label ('Updated: 12 March 2024', 'Published 3 May 2024', 'As at 31 March
# 2024'): the day it was written or issued, never a meeting named with its date.
PAPER_DATE = re.compile(
    r"^(?:(?:last\s+)?(?:updated|revised|published|issued|printed|produced|circulated|despatched|dispatched)(?:\s+on)?"
    r"|date\s+(?:of\s+)?(?:publication|issue|update|despatch|dispatch)|(?:publication|issue|version)\s+date"
    r"|(?:position\s+)?as\s+(?:at|of))\s*[:\-–]?\s+(?P<value>\S.*)$", _I)
# Titles that mark an elected or appointed member, whatever role follows.
MEMBER_HONORIFIC = re.compile(r"\b(?:cllr|councillor|alderman|mayor)\b", _I)
# Where a list of those present turns to the public or the press, who are not attendees.
PUBLIC_MARK = re.compile(
    r"(?:^|[.,;:\n]\s*|\s+)(?:(?:and|plus)\s+)?(?:there\s+(?:were|was)\s+)?(?:"
    r"(?:\(?\d+\)?\s+|one|two|three|four|five|six|seven|eight|nine|ten|several|no)?\s*(?:other\s+)?"
    # 'two members of the public', 'and two other members of the public', '8 other residents', '3 parishioners'
    r"(?:members?\s+of\s+(?:the\s+)?(?:public|press)|(?:the\s+)?public\s*(?:gallery)?\s*[:\-–]|press\s*[:\-–])"
    r"|(?:\(?\d+\)?|one|two|three|four|five|six|seven|eight|nine|ten|several|a\s+number\s+of)\s+(?:other\s+)?"
    r"(?:residents?|parishioners?|electors?|observers?|people)(?![\w'’]))",
    _I,
)

# Words that make a line a place, not a person ('St Mary's Church Rooms', 'Orchard Way').
VENUE_WORD = re.compile(
    r"\b(?:church|chapel|rooms?|hall|halls|centre|center|house|chamber|chambers|pavilion|library|offices?|"
    r"street|road|lane|way|avenue|square|place|close|drive|court|building|institute|school|club|hotel|"
    r"inn|barn|hub|suite|town\s+hall|village\s+hall|guildhall|council\s+offices)\b",
    _I,
)

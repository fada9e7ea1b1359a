"""The agenda kind's declared heuristics: how it is recognised. Tune by editing or overriding."""

from __future__ import annotations

import re

from ..common.cues import card

# A notice of meeting: an AGENDA heading or a summons letter, items worded as what the meeting
# will do ("To receive..."), pack page references; never a record of what happened.
SCORE = card(
    ("agenda_heading", 0.45),
    ("summons", 0.35),
    ("infinitive_items", 0.3),
    ("page_references", 0.3),
    ("business_items", 0.15),
    ("future_tense", 0.1),
    ("minutes_heading", -0.45),
    ("present_label", -0.25),
    ("narrative", -0.3),
    ("attendance_table", -0.15),
    ("outcomes", -0.3),
    ("signed_by_chair", -0.15),
    ("kpi_table", -0.3),
)

# A part heading ('PART II', 'EXEMPT ITEMS') is at most this many words; one titled after a dash
# ('PART 2 - Items which may be considered in the absence of the press and public') or naming the
# exclusion itself at most the second.
MAX_PART_WORDS = 12
MAX_TITLED_PART_WORDS = 20

# A heading grouping the items under it ('Reports for Information', 'DECISION ITEMS') is at most this
# many words; set in the items' own style (bold items) it has a paragraph gap above.
MAX_GROUP_HEADING_WORDS = 8
# Lines of one paragraph sit closer than this many font sizes; a wider gap starts another.
PARAGRAPH_GAP = 0.8

# 'Councillor Ann Allen - Northtown Borough Council (Chair)', 'Cllr Bob Brown – Labour': what follows a
# member's name after a dash is their affiliation when it names a council or authority (no 'Leader
# of the Council') or is a party's name alone.
AFFILIATION_BODY = re.compile(r"^(?:[A-Z][\w'&.-]*\s+){0,6}(?:Council|Authority)$")
PARTIES = re.compile(
    r"^(?:conservatives?|labour|labour\s+(?:and|&)\s+co-?operative|liberal\s+democrats?|lib\s+dems?|greens?"
    r"|green\s+party|reform\s+uk|plaid\s+cymru|snp|independents?)(?:\s+group)?$", re.I)

# The column labels over a membership printed in columns without rules ('Member   Representing',
# 'Name   Party   Ward'): a heading row, no member.
MEMBER_COLUMN_HEADER = re.compile(
    r"^\W*(?:(?:panel\s+|committee\s+|board\s+)?members?|names?|councillors?)\s+(?:(?:representing|council|authority"
    r"|party|political\s+group|group|role|position|ward|division|organisation|area|constituent\s+council)\s*)+$",
    re.I)

# A header label printed without a colon ('Date        Monday 3 July 2023') is set apart from its value
# by more than this many font sizes.
COLUMN_LABEL_GAP = 2.0

# A numbered line ending in a full stop is a paragraph, not an item heading, past this many words,
# unless it is worded as what the meeting will do ('To consider ...').
MAX_HEADING_SENTENCE_WORDS = 12

# A bracketed note after an item's title on how its paper comes ('(To Follow)', '(Verbal Report)'):
# it goes to the description.
ITEM_STATUS = re.compile(
    r"\s*\((?P<status>(?:report\s+|paper\s+)?to\s+follow|verbal(?:\s+(?:report|update|item))?|presentation"
    r"|report\s+to\s+follow)\)\s*$", re.I)

# A ruled agenda table's title column that wraps its titles: at least this many lines followed by
# another line in their cell reach this share of the longest such line (the column's width).
CELL_WRAP_LINES = 2
CELL_WRAP_SHARE = 0.85
# A title line wrapped when its next word would have run it past this share of that width (letters
# differ in width: 'Cabinet' / 'Member Updates' broke where 'Minutes of the' fitted, the same count).
CELL_WRAP_FIT = 0.85
# A line in a title cell opening a sub-item ('(a) 25/0011 ...', 'b) ...', '(ii)', '4.1 ...') or a bullet.
CELL_SUB_ITEM = re.compile(r"^(?:\(?[a-z]{1,4}\)|[a-z][.)]|\d{1,3}\.\d{1,2}|\d{1,3}[a-z])\s+\S")
# A line opening a sentence under a title cell's title ('The forecast outturn ...', 'Report of the
# Clerk'; not 'Report – November 2024' wrapped from 'Budget Monitoring'), unless the title line above
# ends open ('Land at' / 'The Old Forge').
CELL_SENTENCE_START = re.compile(
    r"^(?:the|this|these|a|an|it|members|councillors|report\s+(?:of|by|from|to)\b|paper|presented|attached|enclosed"
    r"|verbal|lead|officer|further|following|please)\b", re.I)
CELL_OPEN_END = re.compile(r"\b(?:of|on|at|to|for|in|the|and|from|with|by|&)$", re.I)
# 'the Meeting of the Full Council' names the council only by its kind: the letterhead says which.
FULL_COUNCIL = re.compile(r"^(?:the\s+)?full\s+(?:(?:town|parish|city|community|district|borough|county)\s+)?council$",
                          re.I)
# 'Annual Parish Meeting', 'ANNUAL TOWN MEETING', 'Parish Assembly': the parish's meeting named only by its
# kind, under the council's letterhead, which names the parish.
PLACE_MEETING = re.compile(r"^(?:the\s+)?(?:annual\s+)?(?:parish|town|community|village|parochial|ward)\s+"
                           r"(?:meeting|assembly)$", re.I)
# A lead column's one-word posts ('Chair', 'Clerk', 'All'), beside people and officers' posts.
LEAD_POST = re.compile(r"^(?:the\s+)?(?:(?:vice|deputy)[- ]?)?chair(?:man|woman|person)?$"
                       r"|^(?:the\s+)?(?:town\s+|parish\s+)?clerk$|^all$|^mayor$", re.I)
# 'Signed: Peter Marsh, Town Clerk', 'Signed by the Clerk', 'Yours sincerely', 'Dated this 4th day of March 2025': the
# clerk signs the notice off below the last item; nothing after it is an item's description.
SIGNED_OFF = re.compile(
    r"^\W*(?:(?:Signed|SIGNED)\b\s*[:,.\-–]?\s*(?:by\s+)?[A-Z]|(?i:yours\s+(?:sincerely|faithfully)|dated\s+this)\b)")
# 'Members of the public and press are welcome to attend', 'The public and press may attend': a note to the
# public under the list of members opens no more names.
PUBLIC_NOTE = re.compile(r"^\W*(?:members\s+of\s+the\s+(?:public|press)|(?:the\s+)?(?:press|public)\s+and\s+(?:the\s+)?"
                         r"(?:press|public)|the\s+(?:public|press)\b)", re.I)
# A meeting date printed without its year ('Date: Thursday, 13 February') takes the year of a date the
# notice itself is dated with (a letter's date on a line of its own, 'Dated:', 'Issued:', the clerk's 'Date:'
# beside the signature) when it falls no more than this many days after it (a weekday printed must match).
NOTICE_DAYS = 60
# What may stand before such a date on its line: nothing, or a label dating the notice.
NOTICE_DATE_LABEL = re.compile(r"(?:^|\b(?:date|dated|issued|published|despatched|dispatched|circulated|"
                               r"date\s+of\s+(?:issue|publication|despatch|dispatch))\s*:?)\W*$", re.I)

# A number labelled as a fax ('Fax: 01632 960556': its code and the one group after it), never the
# contact's phone where a line's numbers are read with no label.
FAX_NUMBER = re.compile(r"\bfax\b\.?\s*(?:no\.?|number)?\s*[:.]?\s*\+?[\d()-]+(?:\s[\d()-]{5,})?", re.I)

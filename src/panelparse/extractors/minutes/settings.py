"""The minutes kind's declared heuristics: how it is recognised. Tune by editing or overriding."""

from __future__ import annotations

from ..common.cues import card

# A record of a meeting: a MINUTES heading or "Minutes of the meeting held on ...", who was
# present, what was resolved (in the past tense), the chair's signature.
SCORE = card(
    ("minutes_heading", 0.5),
    ("attendance_block", 0.15),
    ("present_label", 0.15),
    ("narrative", 0.3),
    ("outcomes", 0.3),
    ("signed_by_chair", 0.1),
    ("business_items", 0.05),
    ("attendance_table", 0.25),
    ("agenda_heading", -0.2),
    ("landscape", -0.2),
    ("summons", -0.35),
    ("infinitive_items", -0.35),
    ("page_references", -0.3),
    ("kpi_table", -0.3),
)

# Kinds of interest printed by their initials in declarations ('Cllr Lee – DPI – item 5'), and
# the kind each stands for.
INTEREST_INITIALS = {
    "DPI": "disclosable pecuniary",
    "ORI": "other registrable",
    "NRI": "non-registrable",
    "OSI": "other significant",
}

# The offices a meeting elects members to, recorded with no 'RESOLVED' at annual meetings ('Miss
# Jones was elected as Vice-Chair for the ensuing year', 'Cllr Ash was duly re-elected Town Mayor').
ELECTED_POSTS = (
    r"(?:vice[\s-]?|deputy\s+)?chair(?:man|woman|person)?|(?:deputy\s+|town\s+|deputy\s+town\s+)?mayor"
    r"|(?:deputy\s+)?leader|(?:vice[\s-]?)?president"
)

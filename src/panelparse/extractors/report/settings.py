"""The report kind's declared heuristics: the generic paper, recognised by a header block,
numbered sections and recommendations; it yields to any specific kind that is sure enough."""

from __future__ import annotations

from ..common.cues import card

SCORE = card(
    ("portrait", 0.1),
    ("report_header", 0.4),
    ("numbered_sections", 0.2),
    ("recommendations", 0.1),
    ("prose", 0.1),
    ("letter", 0.1),
    ("attendance_table", -0.3),
    ("narrative", -0.1),
    ("minutes_heading", -0.3),
    ("agenda_heading", -0.2),
    base=0.15,
)

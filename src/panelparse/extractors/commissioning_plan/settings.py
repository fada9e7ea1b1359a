"""The commissioning-plan (money document) kind's declared heuristics: how it is recognised."""

from __future__ import annotations

from ..common.cues import card

# Money documents: commissioning plans, budgets, precept and spending sheets, accounts —
# recognised by figures by line with printed totals and budget words, or by their title.
SCORE = card(
    ("commissioning_words", 0.5),
    ("budget_title", 0.25),
    ("narrative", -0.3),
    ("money_table", 0.4),
    ("budget_words", 0.15),
    ("report_header", 0.05),
    ("agenda_heading", -0.4),
    ("minutes_heading", -0.4),
    ("kpi_table", -0.2),
)

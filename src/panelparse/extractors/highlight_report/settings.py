"""The highlight-report kind's declared heuristics: how it is recognised."""

from __future__ import annotations

from ..common.cues import card

# Performance reports: slides, scorecard tables (Target | Actual | RAG...), percentages and
# RAG ratings, priorities; never an agenda or minutes.
SCORE = card(
    ("landscape", 0.3),
    ("performance_words", 0.3),
    ("kpi_table", 0.3),
    ("kpi_values", 0.2),
    ("priorities", 0.1),
    ("agenda_heading", -0.4),
    ("minutes_heading", -0.4),
    ("money_table", -0.2),
)

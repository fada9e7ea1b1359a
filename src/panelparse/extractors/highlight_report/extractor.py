"""The highlight_report kind's extractor class: how the kind is recognised.

Recognising it (`score`, `explain`) needs only the score card; the reading lives in `.read`,
imported on the first `extract`, so a file holding one kind of document never imports the
other kinds' readers and compiles their patterns (start-up, issue 14).
"""

from __future__ import annotations

from ...models import Check
from ...models.documents import DocumentBase, HighlightReportDocument
from ...span import DocumentSpan
from ..base import ExtractContext, Extractor
from ..common.cues import CardScored
from .settings import SCORE


class HighlightReportExtractor(CardScored, Extractor):
    """Recognises performance reports by slides, scorecard tables and priorities."""

    kind = "highlight_report"
    model = HighlightReportDocument
    score_card = SCORE
    description = "Highlight/performance report: measure summary, priorities, scorecards, glossary."

    def extract(self, span: DocumentSpan, ctx: ExtractContext, confidence: float) -> HighlightReportDocument:
        from .read import read

        return read(span, ctx, confidence)

    def checks(self, document: DocumentBase) -> list[Check]:
        """Measure counts against the scorecards, and each scorecard's own totals."""
        from .read import checks

        return checks(document)

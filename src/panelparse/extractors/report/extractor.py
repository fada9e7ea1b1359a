"""The report kind's extractor class: how the kind is recognised.

Recognising it (`score`, `explain`) needs only the score card; the reading lives in `.read`,
imported on the first `extract`, so a file holding one kind of document never imports the
other kinds' readers and compiles their patterns (start-up, issue 14).
"""

from __future__ import annotations

from ...models.documents import ReportDocument
from ...span import DocumentSpan
from ..base import ExtractContext, Extractor
from ..common.cues import CardScored
from .settings import SCORE


class ReportExtractor(CardScored, Extractor):
    """The general officer-report reader; also the best guess for prose documents."""

    kind = "report"
    generic = True
    model = ReportDocument
    score_card = SCORE
    description = "Officer report: header, numbered sections/paragraphs, tables, recommendations."

    def extract(self, span: DocumentSpan, ctx: ExtractContext, confidence: float) -> ReportDocument:
        from .read import read

        return read(span, ctx, confidence)

"""The commissioning_plan kind's extractor class: how the kind is recognised.

Recognising it (`score`, `explain`) needs only the score card; the reading lives in `.read`,
imported on the first `extract`, so a file holding one kind of document never imports the
other kinds' readers and compiles their patterns (start-up, issue 14).
"""

from __future__ import annotations

from ...models import Check
from ...models.documents import CommissioningPlanDocument, DocumentBase
from ...span import DocumentSpan
from ..base import ExtractContext, Extractor
from ..common.cues import CardScored
from .settings import SCORE


class CommissioningPlanExtractor(CardScored, Extractor):
    """Recognises commissioning plans by their title and money tables."""

    kind = "commissioning_plan"
    model = CommissioningPlanDocument
    score_card = SCORE
    description = "Commissioning/budget plan: funding, budget lines, contracts, portfolios."

    def extract(self, span: DocumentSpan, ctx: ExtractContext, confidence: float) -> CommissioningPlanDocument:
        from .read import read

        return read(span, ctx, confidence)

    def checks(self, document: DocumentBase) -> list[Check]:
        """Printed totals and sub-totals against the sum of their lines."""
        from .read import checks

        return checks(document)

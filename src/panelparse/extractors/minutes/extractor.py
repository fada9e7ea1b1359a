"""The minutes kind's extractor class: how the kind is recognised.

Recognising it (`score`, `explain`) needs only the score card; the reading lives in `.read`,
imported on the first `extract`, so a file holding one kind of document never imports the
other kinds' readers and compiles their patterns (start-up, issue 14).
"""

from __future__ import annotations

from ...models import Check
from ...models.documents import DocumentBase, MinutesDocument
from ...span import DocumentSpan
from ..base import ExtractContext, Extractor
from ..common.cues import CardScored
from .settings import SCORE


class MinutesExtractor(CardScored, Extractor):
    """Recognises minutes by a MINUTES heading, attendance and resolutions."""

    kind = "minutes"
    model = MinutesDocument
    score_card = SCORE
    description = "Minutes: attendance, apologies, minutes, decisions, votes, timed events."

    def extract(self, span: DocumentSpan, ctx: ExtractContext, confidence: float) -> MinutesDocument:
        from .read import read

        return read(span, ctx, confidence)

    def checks(self, document: DocumentBase) -> list[Check]:
        """A recorded vote's named voters against its printed count."""
        from .read import checks

        return checks(document)

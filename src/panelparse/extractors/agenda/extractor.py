"""The agenda kind's extractor class: how the kind is recognised.

Recognising it (`score`, `explain`) needs only the score card; the reading lives in `.read`,
imported on the first `extract`, so a file holding one kind of document never imports the
other kinds' readers and compiles their patterns (start-up, issue 14).
"""

from __future__ import annotations

from ...models.documents import AgendaDocument
from ...span import DocumentSpan
from ..base import ExtractContext, Extractor
from ..common.cues import CardScored
from .settings import SCORE


class AgendaExtractor(CardScored, Extractor):
    """Recognises a frontsheet by its AGENDA heading, numbered items and '(Pages N - M)'."""

    kind = "agenda"
    model = AgendaDocument
    score_card = SCORE
    description = "Agenda frontsheet: meeting, members, items, pack pages, future dates."

    def extract(self, span: DocumentSpan, ctx: ExtractContext, confidence: float) -> AgendaDocument:
        from .read import read

        return read(span, ctx, confidence)

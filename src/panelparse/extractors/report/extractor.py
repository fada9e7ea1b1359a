"""Any officer report: header block, numbered sections and paragraphs, tables, recommendations."""

from __future__ import annotations

from ...layout.query import headline
from ...models.documents import ReportDocument
from ...span import DocumentSpan
from ..base import ExtractContext, Extractor, common_fields
from ..common.cues import CardScored
from ..common.reading import read_report
from .settings import SCORE


class ReportExtractor(CardScored, Extractor):
    """The general officer-report reader; also the best guess for prose documents."""

    kind = "report"
    generic = True
    model = ReportDocument
    score_card = SCORE
    description = "Officer report: header, numbered sections/paragraphs, tables, recommendations."

    def extract(self, span: DocumentSpan, ctx: ExtractContext, confidence: float) -> ReportDocument:
        reading = read_report(span, ctx, unruled=True)
        first = span.first_page
        line = headline(first) if first else None
        title = reading.report_title or (line.text if line else None)
        fields = common_fields(span, confidence, title)
        fields["agenda_item"] = fields["agenda_item"] or reading.item
        return ReportDocument(**fields, **reading.report_fields())

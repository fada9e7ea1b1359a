"""Any officer report: header block, numbered sections and paragraphs, tables, recommendations."""

from __future__ import annotations

from ...layout.query import headline
from ...models.documents import ReportDocument
from ...span import DocumentSpan
from ..base import ExtractContext, common_fields
from ..common.reading import read_report


def read(span: DocumentSpan, ctx: ExtractContext, confidence: float) -> ReportDocument:
    """Read the span into the report model (the body of `extract`, imported on first use)."""
    reading = read_report(span, ctx, unruled=True)
    first = span.first_page
    line = headline(first) if first else None
    title = reading.report_title or (line.text if line else None)
    fields = common_fields(span, confidence, title)
    fields["agenda_item"] = fields["agenda_item"] or reading.item
    return ReportDocument(**fields, **reading.report_fields())



"""Fallback: pages nothing else claimed keep their text."""

from __future__ import annotations

from ...layout.query import headline
from ...models.documents import OtherDocument, PageText
from ...span import DocumentSpan
from ..base import ExtractContext, Extractor, common_fields


class OtherExtractor(Extractor):
    """Covering letters, front matter, blank separators: text per page."""

    kind = "other"
    model = OtherDocument
    description = "Anything else: the text of each page is kept."

    def score(self, span: DocumentSpan) -> float:
        return 0.1

    def extract(self, span: DocumentSpan, ctx: ExtractContext, confidence: float) -> OtherDocument:
        first = span.first_page
        title_line = headline(first) if first else None
        return OtherDocument(
            **common_fields(span, confidence, title_line.text if title_line else None),
            text=[PageText(page=p.number, text=p.text) for p in span.pages],
        )

"""Any officer report: header block, numbered sections and paragraphs, tables, recommendations."""

from __future__ import annotations

from ...layout.query import headline
from ...models.documents import ReportDocument
from ...span import DocumentSpan
from ..base import ExtractContext, Extractor, common_fields
from ..common.features import count, has_any, has_report_header
from ..common.reading import read_report

# A covering letter is prose too, but not a report.
_LETTER = (
    r"^\s*dear\s+(member|members|councillor|sir|madam|all)\b",
    r"^\s*yours\s+(sincerely|faithfully)\b",
)
MIN_SENTENCE_LINES = 3


def _is_prose_paper(span: DocumentSpan) -> bool:
    """A short paper of sentences under bold headings (a briefing note with no header block)."""
    if has_any(span.text, *_LETTER):
        return False
    lines = list(span.lines())
    sentences = sum(ln.text.rstrip().endswith(".") for ln in lines)
    headings = sum(ln.bold and len(ln.text.split()) <= 12 for ln in lines)
    return sentences >= MIN_SENTENCE_LINES and headings >= 1


class ReportExtractor(Extractor):
    """The general officer-report reader; also the best guess for prose documents."""

    kind = "report"
    generic = True
    model = ReportDocument
    description = "Officer report: header, numbered sections/paragraphs, tables, recommendations."

    def score(self, span: DocumentSpan) -> float:
        text = span.text
        score = 0.2 if span.landscape_share < 0.5 else 0.1
        if has_report_header(span):
            score += 0.4
        if count(text, r"^\s*\d{1,2}\.\d{1,2}\s") >= 3 or count(text, r"^\s*\d{1,2}\.\s") >= 4:
            score += 0.2
        if has_any(text, r"\brecommendations?\b"):
            score += 0.1
        if _is_prose_paper(span):
            score += 0.1
        return score

    def extract(self, span: DocumentSpan, ctx: ExtractContext, confidence: float) -> ReportDocument:
        reading = read_report(span, ctx)
        first = span.first_page
        line = headline(first) if first else None
        title = reading.report_title or (line.text if line else None)
        return ReportDocument(**common_fields(span, confidence, title), **reading.header_fields())

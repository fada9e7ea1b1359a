"""Warnings about how the text of a document was read: kept much less than the page holds, or OCR'd.

A table read as one row, or a layout no extractor follows, can leave a document with a small
share of the text its pages hold; nothing else would say so. The share is measured on
non-space characters: the page text the layout layer reads against every string the document
keeps (titles, cells, raw values, names, paragraphs).
"""

from __future__ import annotations

from typing import Any, Iterable, Sequence

from .layout import PageLayout
from .models import ExtractionWarning
from .models.documents import DocumentBase

# Below this share of its pages' text a document gets a 'low_coverage' warning...
MIN_SHARE = 0.2
# ...when its pages hold at least this many characters (a near-empty page says nothing).
MIN_PAGE_CHARS = 400
# Strings that are labels of ours, not text read from the page.
_NOT_PAGE_TEXT = frozenset({"kind", "unit", "precision", "direction", "code", "message", "part", "status",
                            "rag", "warnings", "checks"})


def _chars(text: str) -> int:
    return sum(1 for c in text if not c.isspace())


def kept_chars(value: Any) -> int:
    """Non-space characters in every string of a dumped model, our own labels left out."""
    if isinstance(value, str):
        return _chars(value)
    if isinstance(value, dict):
        return sum(kept_chars(v) for k, v in value.items() if k not in _NOT_PAGE_TEXT)
    if isinstance(value, (list, tuple)):
        return sum(kept_chars(v) for v in value)
    return 0


def _pages_of(doc: DocumentBase, pages: Sequence[PageLayout]) -> Iterable[PageLayout]:
    return (p for p in pages if doc.pages.start <= p.number <= doc.pages.end)


def add_reading_warnings(documents: Sequence[DocumentBase], pages: Sequence[PageLayout],
                         ocr_pages: frozenset[int] = frozenset()) -> None:
    """Add 'low_coverage' and 'ocr_text' warnings to the documents they concern (in place)."""
    for index, doc in enumerate(documents):
        on_page = sum(_chars(p.text) for p in _pages_of(doc, pages))
        if on_page >= MIN_PAGE_CHARS:
            kept = kept_chars(doc.model_dump(mode="json", exclude={"warnings"}))
            if kept < MIN_SHARE * on_page:
                doc.warnings.append(ExtractionWarning(
                    code="low_coverage", page=doc.pages.start, document_index=index,
                    message=f"pages {doc.pages.start}-{doc.pages.end}: the document keeps {kept:,} of the "
                            f"{on_page:,} characters its pages hold ({kept / on_page:.0%})"))
        scanned = sorted(n for n in ocr_pages if doc.pages.start <= n <= doc.pages.end)
        if scanned:
            doc.warnings.append(ExtractionWarning(
                code="ocr_text", page=scanned[0], document_index=index,
                message=f"text on page(s) {', '.join(map(str, scanned))} was read by OCR: check values against "
                        "the page"))

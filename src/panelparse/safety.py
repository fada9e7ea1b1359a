"""The pipeline's safety net: no single value, page or document sinks a pack.

Segmentation, classification, the `other` fallback and the checks are each run so that an
odd cell (an amount of £10^26), odd stamps (printed pages that run backwards) or a defect in
one extractor costs a warning on that document, never the pack (never exit 70).
"""

from __future__ import annotations

import logging
from typing import Callable, Sequence

from .classify import ClassifiedSpan, classify
from .extractors.base import ExtractContext
from .extractors.registry import Registered
from .layout import PageLayout
from .models import Check, ExtractionWarning
from .models.base import PageRange
from .models.documents import DocumentBase, OtherDocument, PageText
from .segment import segment
from .span import DocumentSpan

log = logging.getLogger(__name__)


def _describe(exc: BaseException) -> str:
    return f"{type(exc).__name__}: {str(exc)[:200]}"


def segment_or_whole(pages: Sequence[PageLayout], warnings: list[ExtractionWarning]) -> list[DocumentSpan]:
    """segment(pages); if segmentation fails, every page as one span, with a warning."""
    try:
        return segment(pages)
    except Exception as exc:  # a defect on odd input: keep every page rather than lose the pack
        log.debug("segmentation failed", exc_info=True)
        warnings.append(ExtractionWarning(code="segmentation_failed", message=(
            f"the pack could not be split into documents ({_describe(exc)}); all pages kept as one")))
        return [DocumentSpan(pages=tuple(pages), printed=tuple(None for _ in pages))] if pages else []


def classify_or_other(span: DocumentSpan, registry: dict[str, Registered], ctx: ExtractContext) -> ClassifiedSpan:
    """classify(span); if any extractor's score fails, the span is 'other', with a warning."""
    try:
        return classify(span, registry)
    except Exception as exc:
        log.debug("classification failed", exc_info=True)
        ctx.warn("classification_failed", f"pages {span.start}-{span.end} could not be classified "
                 f"({_describe(exc)}); kept as 'other'", span.start)
        return ClassifiedSpan(span, "other", 0.05, {})


def fallback_document(span: DocumentSpan, confidence: float, registry: dict[str, Registered],
                      ctx: ExtractContext) -> DocumentBase:
    """The 'other' extractor's document for span; if even that fails, the pages' text alone."""
    try:
        return registry["other"].extractor.extract(span, ctx, confidence)
    except Exception as exc:
        log.debug("the other extractor failed", exc_info=True)
        ctx.warn("fallback_failed", f"pages {span.start}-{span.end}: {_describe(exc)}; only their text is kept",
                 span.start)
        return OtherDocument(pages=PageRange(start=span.start, end=span.end), confidence=round(confidence, 3),
                             text=[PageText(page=p.number, text=p.text) for p in span.pages])


def checks_or_warning(documents: Sequence[DocumentBase], registry: dict[str, Registered],
                      pack_checks: Sequence[Callable[[list[DocumentBase]], list[Check]]],
                      warnings: list[ExtractionWarning]) -> list[Check]:
    """Every document's checks and the pack-wide ones; a check that fails is a warning."""
    checks: list[Check] = []
    for doc in documents:
        try:
            checks += registry[doc.kind].extractor.checks(doc)
        except Exception as exc:
            doc.warnings.append(ExtractionWarning(code="check_failed", message=(
                f"{doc.kind} checks failed ({_describe(exc)})"), page=doc.pages.start))
    for pack_check in pack_checks:
        try:
            checks += pack_check(list(documents))
        except Exception as exc:
            warnings.append(ExtractionWarning(code="check_failed", message=(
                f"{getattr(pack_check, '__name__', 'a check')} failed ({_describe(exc)})")))
    return checks

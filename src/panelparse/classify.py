"""Give each span the kind whose extractor scores it highest."""

from __future__ import annotations

from dataclasses import dataclass

from .extractors.registry import Registered
from .span import DocumentSpan

# Below this, no specific kind is believed and the span is 'other'.
MIN_SCORE = 0.3


@dataclass(frozen=True)
class ClassifiedSpan:
    """A span with the kind chosen for it and every extractor's score."""

    span: DocumentSpan
    kind: str
    confidence: float
    scores: dict[str, float]


def classify(span: DocumentSpan, registry: dict[str, Registered]) -> ClassifiedSpan:
    """Score the span with every registered extractor and keep the best."""
    if not span.content_pages:
        return ClassifiedSpan(span, "other", 1.0, {"other": 1.0})
    scores = {kind: max(0.0, min(1.0, reg.extractor.score(span))) for kind, reg in registry.items()}
    best = max((k for k in scores if k != "other"), key=scores.__getitem__, default="other")
    if scores.get(best, 0.0) < MIN_SCORE:
        best = "other"
    confidence = scores.get(best, 0.0) if best != "other" else 1.0 - max(scores.values(), default=0.0)
    return ClassifiedSpan(span, best, round(max(confidence, 0.05), 3), scores)

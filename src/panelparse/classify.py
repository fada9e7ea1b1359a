"""Give each span the kind whose extractor scores it highest."""

from __future__ import annotations

from dataclasses import dataclass

from .extractors.registry import Registered
from .layout import TableGrid
from .span import DocumentSpan

# Below this, no kind is believed and the span is 'other'.
MIN_SCORE = 0.3
# A specific kind (agenda, minutes, ...) at or above this beats a generic one (report).
SPECIFIC_WINS = 0.5
# Papers filed under an agenda item are reports unless something more specific claims them.
AGENDA_ITEM_BONUS = 0.2
# A span with at least this many words is a paper of some kind: when no kind is sure of it,
# the generic kind reads it rather than 'other' (which keeps only page text).
SUBSTANTIAL_WORDS = 80
# So is a span holding a ruled table of at least this many rows under its header, each of at
# least this many columns (an action log, a work programme, a list of planning applications):
# a cover or a separator page has none.
SUBSTANTIAL_TABLE_ROWS = 2
SUBSTANTIAL_TABLE_COLUMNS = 3


@dataclass(frozen=True)
class ClassifiedSpan:
    """A span with the kind chosen for it and every extractor's score."""

    span: DocumentSpan
    kind: str
    confidence: float
    scores: dict[str, float]
    cues: tuple[str, ...] = ()


def classify(span: DocumentSpan, registry: dict[str, Registered]) -> ClassifiedSpan:
    """Score the span with every registered extractor and keep the best."""
    if not span.content_pages:
        return ClassifiedSpan(span, "other", 1.0, {"other": 1.0})
    scores = {kind: _score(reg, span) for kind, reg in registry.items()}
    specific = [k for k in scores if k != "other" and not registry[k].extractor.generic]
    generic = [k for k in scores if k != "other" and registry[k].extractor.generic]
    best = max(specific, key=scores.__getitem__, default="other")
    if scores.get(best, 0.0) < SPECIFIC_WINS:
        best = max([*specific, *generic], key=scores.__getitem__, default="other")
    if scores.get(best, 0.0) < MIN_SCORE:
        best = _fallback(span, generic, scores)
    confidence = scores.get(best, 0.0) if best != "other" else 1.0 - max(scores.values(), default=0.0)
    cues = registry[best].extractor.explain(span) if best in registry else ()
    return ClassifiedSpan(span, best, round(max(confidence, 0.05), 3), scores, cues)


def _fallback(span: DocumentSpan, generic: list[str], scores: dict[str, float]) -> str:
    """'other' for covers and near-empty pages; the best generic kind for a real paper (enough words,
    or a table of some rows)."""
    if generic and (len(span.text.split()) >= SUBSTANTIAL_WORDS or any(map(_substantial_table, span.tables))):
        return max(generic, key=scores.__getitem__)
    return "other"


def _substantial_table(table: TableGrid) -> bool:
    rows = [r for r in table.rows if sum(1 for c in r if c and c.strip()) >= SUBSTANTIAL_TABLE_COLUMNS]
    return len(rows) > SUBSTANTIAL_TABLE_ROWS


def _score(reg: Registered, span: DocumentSpan) -> float:
    score = reg.extractor.score(span)
    if reg.extractor.generic and span.agenda_item is not None:
        score += AGENDA_ITEM_BONUS
    return round(max(0.0, min(1.0, score)), 3)

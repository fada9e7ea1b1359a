"""Score cards: how a kind weighs the span features (`common/features.py`) it is recognised by.

A card is declared data in the kind's `settings.py`: (feature, weight) pairs, positive for what
the kind prints, negative for what it never prints. The score is the sum of weight x feature
strength, clipped to 0..1; the cues that fired are kept so `panelparse classify` can show why.
"""

from __future__ import annotations

from contextlib import contextmanager
from contextvars import ContextVar
from dataclasses import dataclass, replace
from types import MappingProxyType
from typing import ClassVar, Iterator, Mapping

from ...span import DocumentSpan
from .features import SpanFeatures, features


@dataclass(frozen=True)
class Cue:
    """One feature and its weight in a kind's score."""

    feature: str
    weight: float


@dataclass(frozen=True)
class ScoreCard:
    """A kind's cues, with a base score for any span and an optional ceiling."""

    cues: tuple[Cue, ...]
    base: float = 0.0

    def __post_init__(self) -> None:
        unknown = [c.feature for c in self.cues if not hasattr(SpanFeatures, c.feature)]
        if unknown:
            raise ValueError(f"unknown span features in score card: {unknown}")

    def weigh(self, span: DocumentSpan) -> tuple[float, tuple[str, ...]]:
        """(score 0..1, the cues that contributed, e.g. 'agenda_heading+0.5')."""
        found = features(span)
        total, fired = self.base, []
        for cue in self.cues:
            strength = float(getattr(found, cue.feature))
            if strength:
                total += cue.weight * strength
                fired.append(f"{cue.feature}{cue.weight * strength:+.2f}")
        return max(0.0, min(1.0, total)), tuple(fired)

    def score(self, span: DocumentSpan) -> float:
        return self.weigh(span)[0]

    def with_weights(self, weights: Mapping[str, float]) -> "ScoreCard":
        """This card with some cues' weights replaced (a cue not on the card is added)."""
        unknown = [name for name in weights if not hasattr(SpanFeatures, name)]
        if unknown:
            raise ValueError(f"unknown span features: {', '.join(unknown)}")
        kept = [replace(c, weight=weights[c.feature]) if c.feature in weights else c for c in self.cues]
        added = [Cue(name, w) for name, w in weights.items() if name not in {c.feature for c in self.cues}]
        return ScoreCard(tuple(kept + added), self.base)


# Weights a caller asked for in this extraction (ExtractOptions.weights), by kind.
_WEIGHTS: ContextVar[Mapping[str, Mapping[str, float]]] = ContextVar(
    "panelparse_weights", default=MappingProxyType({}))


@contextmanager
def weights_in_force(weights: Mapping[str, Mapping[str, float]]) -> Iterator[None]:
    """Use these score-card weights for the extraction run inside the block."""
    token = _WEIGHTS.set(weights)
    try:
        yield
    finally:
        _WEIGHTS.reset(token)


def card(*pairs: tuple[str, float], base: float = 0.0) -> ScoreCard:
    """ScoreCard from ('feature', weight) pairs."""
    return ScoreCard(tuple(Cue(name, weight) for name, weight in pairs), base)


class CardScored:
    """Mixin for an Extractor scored by a declared card (`score_card`), which also explains itself.
    Weights given for its kind in ExtractOptions.weights replace the declared ones."""

    kind: ClassVar[str]
    score_card: ClassVar[ScoreCard]

    def _card(self) -> ScoreCard:
        tuned = _WEIGHTS.get().get(self.kind)
        return self.score_card.with_weights(tuned) if tuned else self.score_card

    def score(self, span: DocumentSpan) -> float:
        return self._card().score(span)

    def explain(self, span: DocumentSpan) -> tuple[str, ...]:
        return self._card().weigh(span)[1]

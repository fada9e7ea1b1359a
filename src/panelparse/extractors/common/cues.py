"""Score cards: how a kind weighs the span features (`common/features.py`) it is recognised by.

A card is declared data in the kind's `settings.py`: (feature, weight) pairs, positive for what
the kind prints, negative for what it never prints. The score is the sum of weight x feature
strength, clipped to 0..1; the cues that fired are kept so `panelparse classify` can show why.
"""

from __future__ import annotations

from dataclasses import dataclass

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


def card(*pairs: tuple[str, float], base: float = 0.0) -> ScoreCard:
    """ScoreCard from ('feature', weight) pairs."""
    return ScoreCard(tuple(Cue(name, weight) for name, weight in pairs), base)


class CardScored:
    """Mixin for an Extractor scored by a declared card (`score_card`), which also explains itself."""

    score_card: ScoreCard

    def score(self, span: DocumentSpan) -> float:
        return self.score_card.score(span)

    def explain(self, span: DocumentSpan) -> tuple[str, ...]:
        return self.score_card.weigh(span)[1]

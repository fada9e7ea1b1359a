"""Indicators printed one block each: a heading and 'label: value' pairs under it.

A county council's performance appendix gives each KPI its own panel beside a chart:

    KPI 12: Household waste sent for reuse, recycling and composting
    Latest: 45.2% (Amber)     Target: 50%     Floor: 40%
    Previous: 44.1%           Direction of travel: Improving

The heading is the measure's name; each pair whose label is a KPI word becomes a value under
its label as printed; a rating word printed with a figure ('(Amber)') or under a Rating label
is the measure's RAG, a Direction label its trend, a Polarity label which way is better.
"""

from __future__ import annotations

import re
from functools import partial
from typing import Literal, Optional

from ...errors import ParseError
from ...models.documents import Measure
from ...models.values import Value
from ...parsing import parse_direction, parse_value
from ..base import ExtractContext, evidence_of
from .settings import (
    BLOCK_FIGURE_LABELS,
    BLOCK_LABELS,
    BLOCK_MIN_PAIRS,
    BLOCK_PERIOD,
    POLARITY_LABEL,
    POLARITY_WORDS,
    RAG_WORDS,
    RATING_MAX_WORDS,
    RATING_PHRASES,
)
from .slides import Block

Rag = Literal["red", "amber", "green", "blue"]

_LABELS = re.compile(
    rf"(?<![\w/-])(?:(?P<label>(?:(?:{BLOCK_PERIOD})\s+)?(?:{BLOCK_LABELS})(?:\s+(?:{BLOCK_PERIOD}))?)\s*[:\u2013\u2014-]"
    rf"|(?P<period>{BLOCK_PERIOD})\s*:)\s*", re.I)
_FIGURE_LABEL = re.compile(rf"{BLOCK_FIGURE_LABELS}|^(?:{BLOCK_PERIOD})$", re.I)
_RATING = re.compile(r"\brag\b|\brating\b|\bstatus\b", re.I)
_DIRECTION = re.compile(r"\bdirection\b|\btrend\b|\bdot\b|\btravel\b", re.I)
_POLARITY = re.compile(POLARITY_LABEL, re.I)
# A rating printed after a figure: '45.2% (Amber)', '45.2% Amber', '45.2% - GREEN', '45.2% (A)'.
_TRAILING_RATING = re.compile(
    r"\s*(?:[-(]?\s*\b(?P<word>red|amber|green|blue)\b\s*\)?|\((?P<letter>[ragb])\))\s*$", re.I)


def pairs(text: str) -> list[tuple[str, str]]:
    """('Latest', '45.2% (Amber)'), ... for each KPI label in the text, its value running to the
    next label; [] when the text does not open with one."""
    found = list(_LABELS.finditer(text))
    if not found or text[: found[0].start()].strip():
        return []
    ends = [m.start() for m in found[1:]] + [len(text)]
    return [((m["label"] or m["period"]).strip(), text[m.end():end].strip(" ;,"))
            for m, end in zip(found, ends, strict=True)]


def split_rating(raw: str) -> tuple[str, Optional[Rag]]:
    """('45.2%', 'amber') from '45.2% (Amber)'; (raw, None) when no rating follows a figure."""
    match = _TRAILING_RATING.search(raw)
    if not match or not raw[: match.start()].strip():
        return raw, None
    return raw[: match.start()].strip(), RAG_WORDS.get((match["word"] or match["letter"]).lower())


def phrase_rating(text: str) -> Optional[Rag]:
    """The colour a short rating cell means without naming one ('On target', 'Off track', 'Within
    tolerance', 'Exceeded'), as council legends give it; None when it names any colour."""
    if len(text.split()) > RATING_MAX_WORDS or any(w in RAG_WORDS for w in re.findall(r"[a-z]{2,}", text)):
        return None
    return next((colour for colour, pattern in RATING_PHRASES if re.search(pattern, text, re.I)), None)


def kpi_from_block(block: Block, ctx: ExtractContext) -> Optional[Measure]:
    """The block as one Measure, or None when it is not an indicator's panel (fewer than
    BLOCK_MIN_PAIRS labelled values, or no figure under a latest / actual / target label -- unless
    each such label has a placeholder, 'Latest: TBC  Target: TBC', a new indicator's panel)."""
    name = block.heading_text
    found = [pair for item in block.items for line in item.lines for pair in pairs(line.text)]
    if not name or len(found) < BLOCK_MIN_PAIRS:
        return None
    values: dict[str, Value] = {}
    rag: Optional[Rag] = None
    trend, polarity = None, None
    for label, raw in found:
        if _RATING.search(label):
            rag = rag or RAG_WORDS.get(raw.strip(" .()").lower()) or phrase_rating(raw.lower())
        elif _DIRECTION.search(label):  # under a direction label a lone '+' / '-' / '=' is a sign
            trend = trend or ctx.parse(partial(parse_direction, signs=True), raw,  # type: ignore[arg-type]
                                       field=f"{name}: {label}")
        elif _POLARITY.search(label):
            polarity = polarity or polarity_of(raw)
        else:
            figure, rating = split_rating(raw)
            values[label] = parse_value(figure)
            rag = rag or (rating if _FIGURE_LABEL.search(label) else None)
    figures = [v for k, v in values.items() if _FIGURE_LABEL.search(k)]
    placeholders = len(figures) >= BLOCK_MIN_PAIRS and all(v.unit is None for v in figures)  # 'TBC', 'n/a'
    if not placeholders and not any(v.unit not in (None, "text") for v in figures):
        return None
    first = block.heading or block.items[0]
    return Measure(name=name, values=values, rag=rag, trend=trend, polarity=polarity,
                   evidence=evidence_of(first.page, first.bbox))


def polarity_of(raw: str) -> Optional[Literal["higher", "lower"]]:
    """'higher' or 'lower' from 'Higher is better', 'High', 'Lower is good', 'Maximise', or an arrow
    pointing the way that is better ('↑'); None otherwise."""
    for pattern, value in POLARITY_WORDS:
        if re.search(pattern, raw, re.I):
            return "higher" if value == "higher" else "lower"
    try:
        way = parse_direction(raw)
    except ParseError:
        return None
    return "higher" if way == "up" else "lower" if way == "down" else None

"""Library calls behind the inspection commands (`classify`, `layout`, `extractors`, `parse`).

Each returns plain data; `panelparse.render.inspect` turns it into text. Nothing here prints.
"""

from __future__ import annotations

import os
from dataclasses import asdict, dataclass, field
from typing import Any, Callable, Optional


@dataclass(frozen=True)
class ExtractorInfo:
    """One registered extractor."""

    kind: str
    cls: str
    distribution: str
    version: str
    builtin: bool
    description: str


def extractors(plugins: Optional[str] = None) -> tuple[list[ExtractorInfo], list[str]]:
    """Every registered extractor, and the plugins that failed to load."""
    from .extractors.registry import get_registry

    registry, problems = get_registry(plugins)
    rows = [ExtractorInfo(r.kind, f"{type(r.extractor).__module__}.{type(r.extractor).__name__}",
                          r.distribution, r.version, r.builtin, type(r.extractor).description)
            for r in registry.values()]
    return rows, list(problems)


@dataclass(frozen=True)
class SegmentInfo:
    """One document as segmentation and classification saw it."""

    start: int
    end: int
    printed: Optional[tuple[int, int]]
    agenda_item: Optional[str]
    kind: str
    confidence: float
    cues: list[str] = field(default_factory=list)
    scores: dict[str, float] = field(default_factory=dict)

    def as_dict(self) -> dict[str, Any]:
        data = asdict(self)
        data["printed"] = list(self.printed) if self.printed else None
        return data


def segments(path: str | os.PathLike, plugins: Optional[str] = None) -> list[SegmentInfo]:
    """How the pack splits into documents, each with its kind, the cues that started it, and scores."""
    from .classify import classify
    from .extractors.registry import get_registry
    from .layout import open_pack
    from .load import unpacked
    from .segment import segment, without_pack_footers

    registry, _ = get_registry(plugins)
    with open_pack(path) as opened:
        spans = segment(list(opened.pages()))
    rows = []
    for span in spans:
        c = classify(without_pack_footers(unpacked(span)), registry)
        rows.append(SegmentInfo(span.start, span.end, span.printed_range(), span.agenda_item, c.kind,
                                c.confidence, list(span.cues) + list(c.cues),
                                {k: round(v, 2) for k, v in c.scores.items()}))
    return rows


def page_layout(path: str | os.PathLike, number: int) -> dict[str, Any]:
    """What the layout layer reads off one page: lines (with segments) and tables, in reading order.

    Raises IndexError for a page outside the document.
    """
    from .layout import Line, open_pack

    with open_pack(path) as opened:
        page = opened.page(number)
    blocks: list[dict[str, Any]] = []
    for block in page.flow():
        if isinstance(block, Line):
            blocks.append({"type": "line", "text": block.text, "bbox": [round(v, 1) for v in block.bbox],
                           "size": block.size, "bold": block.bold, "segments": [s.text for s in block.segments()]})
        else:
            blocks.append({"type": "table", "bbox": [round(v, 1) for v in block.bbox], "rows": block.rows})
    return {"page": page.number, "printed_page": page.printed_page, "width": page.width, "height": page.height,
            "blank": page.is_blank, "blocks": blocks}


def value_parsers() -> dict[str, Callable[[str], Any]]:
    """The shared value parsers by the name `panelparse parse` knows them by."""
    from . import parsing

    return {
        "date": parsing.parse_date,
        "period": parsing.parse_period,
        "time": parsing.parse_time,
        "money": parsing.parse_money,
        "value": parsing.parse_value,
        "change": parsing.parse_change,
        "direction": parsing.parse_direction,
        "duration": parsing.parse_duration,
        "person": parsing.parse_person,
        "attendee": parsing.parse_attendee,
        "financial_year": parsing.parse_financial_year,
    }


VALUE_KINDS = ("date", "period", "time", "money", "value", "change", "direction", "duration", "person",
               "attendee", "financial_year")


def parse_value(kind: str, text: str) -> Any:
    """Run one shared parser. Raises KeyError for an unknown kind, ParseError for unreadable text."""
    return value_parsers()[kind](text)

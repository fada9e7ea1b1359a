"""The contract every extractor (built-in or plugin) implements."""

from __future__ import annotations

from abc import ABC, abstractmethod
from dataclasses import dataclass, field
from typing import Callable, ClassVar, Optional, TypeVar

from ..errors import ParseError
from ..models import Check, Evidence, ExtractionWarning
from ..models.base import PageRange
from ..models.documents import DocumentBase
from ..span import DocumentSpan

T = TypeVar("T")


@dataclass
class ExtractContext:
    """What an extractor may use besides its span: warnings and the one parse-error policy."""

    document_index: int
    warnings: list[ExtractionWarning] = field(default_factory=list)
    reference_year: Optional[int] = None

    def warn(self, code: str, message: str, page: Optional[int] = None) -> None:
        self.warnings.append(ExtractionWarning(code=code, message=message, page=page,
                                               document_index=self.document_index))

    def parse(self, parser: Callable[[str], T], raw: str, *, field: str, page: Optional[int] = None,
              fallback: Optional[Callable[[str], T]] = None) -> Optional[T]:
        """Parse `raw` with `parser`; on ParseError record a warning and return the fallback.

        `fallback(raw)` builds the raw-kept null form (e.g. ``Money(raw=raw)``); without
        one, None is returned. Nothing read is dropped silently.
        """
        try:
            return parser(raw)
        except ParseError as exc:
            self.warn(f"unparsed_{exc.expected.replace(' ', '_')}", f"{field}: {exc}", page)
            return fallback(raw) if fallback else None

    def guard(self, what: str, page: Optional[int], read: Callable[[], T], default: T) -> T:
        """read(), or `default` with an 'extractor_part_failed' warning when one part of a
        document defeats its reader: the rest of the document is still worth returning."""
        try:
            return read()
        except Exception as exc:  # odd input must cost one field, not the document
            self.warn("extractor_part_failed", f"{what}: {type(exc).__name__}: {exc}", page)
            return default


def evidence_of(page: int, bbox) -> Evidence:
    """Evidence for a record read at `bbox` on physical `page`."""
    return Evidence(page=page, bbox=tuple(round(v, 2) for v in bbox) if bbox else None)


def common_fields(span: DocumentSpan, confidence: float, title: Optional[str]) -> dict:
    """The DocumentBase fields every extractor fills the same way."""
    printed = span.printed_range()
    return {
        "title": title,
        "pages": PageRange(start=span.start, end=span.end),
        "printed_pages": PageRange(start=printed[0], end=printed[1]) if printed else None,
        "confidence": round(confidence, 3),
        "agenda_item": span.agenda_item,
    }


class Extractor(ABC):
    """One document kind: how to recognise it and what to read from it.

    Subclasses set `kind` and `model` and implement `score` (0..1, how much the span looks
    like this kind) and `extract` (the filled model). Register with the entry-point group
    ``panelparse.extractors``; the entry-point name must equal `kind`.
    """

    kind: ClassVar[str]
    model: ClassVar[type[DocumentBase]]
    description: ClassVar[str] = ""
    # A generic kind (like 'report') yields to any specific kind that is confident enough.
    generic: ClassVar[bool] = False

    @abstractmethod
    def score(self, span: DocumentSpan) -> float:
        """How much the span looks like this kind, 0..1."""

    @abstractmethod
    def extract(self, span: DocumentSpan, ctx: ExtractContext, confidence: float) -> DocumentBase:
        """Read the span into this kind's model."""

    def explain(self, span: DocumentSpan) -> tuple[str, ...]:
        """The cues behind `score` for this span, for `panelparse classify` (() when not told)."""
        return ()

    def checks(self, document: DocumentBase) -> list[Check]:
        """Reconciliations this document allows (printed totals against their lines...)."""
        return []

"""DocumentSpan: a run of pages believed to be one document, the hand-off from segmentation."""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import cached_property
from typing import Optional

from .layout import Line, PageLayout, TableGrid


@dataclass(frozen=True)
class DocumentSpan:
    """Pages start..end (1-based, inclusive) of the pack, with what segmentation learnt."""

    pages: tuple[PageLayout, ...]
    printed: tuple[Optional[int], ...]
    agenda_item: Optional[str] = None
    cues: tuple[str, ...] = field(default=())
    # Footers the whole pack prints on most of its pages (text lower-cased, numbers masked as '#'):
    # furniture even on a one-page document, where no repetition inside the span shows it.
    pack_footers: frozenset[str] = field(default=frozenset())

    @property
    def start(self) -> int:
        return self.pages[0].number

    @property
    def end(self) -> int:
        return self.pages[-1].number

    @property
    def content_pages(self) -> tuple[PageLayout, ...]:
        """Pages that are not blank separators."""
        return tuple(p for p in self.pages if not p.is_blank)

    @cached_property
    def text(self) -> str:
        return "\n".join(p.text for p in self.content_pages)

    @property
    def first_page(self) -> Optional[PageLayout]:
        content = self.content_pages
        return content[0] if content else None

    def head_lines(self, n: int = 25) -> list[Line]:
        """The first n body lines of the first content page."""
        page = self.first_page
        return list(page.lines[:n]) if page else []

    @property
    def tables(self) -> list[TableGrid]:
        return [t for p in self.content_pages for t in p.tables]

    @property
    def landscape_share(self) -> float:
        content = self.content_pages
        return sum(p.landscape for p in content) / len(content) if content else 0.0

    def printed_range(self) -> Optional[tuple[int, int]]:
        """First and last printed page; None when none is printed or the stamps run backwards
        (a range that ends before it starts is no range, and must not sink the document)."""
        numbers = [n for n in self.printed if n is not None]
        if not numbers or numbers[-1] < numbers[0]:
            return None
        return numbers[0], numbers[-1]

    def lines(self):
        """Every body line of the content pages, in order."""
        for page in self.content_pages:
            yield from page.lines

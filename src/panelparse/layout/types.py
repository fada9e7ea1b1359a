"""panelparse's own layout objects: frozen, plain data; no pdfplumber type leaks past layout.pdf."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, Optional, Sequence, Union

from .text import is_blank_text

BBox = tuple[float, float, float, float]
RGB = tuple[float, float, float]


@dataclass(frozen=True, slots=True)
class Word:
    """A word with its font and position (PDF points, top-left origin)."""

    text: str
    x0: float
    top: float
    x1: float
    bottom: float
    size: float
    bold: bool = False
    italic: bool = False

    @property
    def bbox(self) -> BBox:
        return (self.x0, self.top, self.x1, self.bottom)


def _memo() -> Any:
    # A slot for a value derived from the (frozen) fields: filled on first use, and left out of
    # __init__, ==, hash and repr, so the object behaves exactly as without it.
    return field(default=None, init=False, repr=False, compare=False)


@dataclass(frozen=True, slots=True)
class Line:
    """Words sharing a baseline. `segments` splits it at wide gaps (tab stops, columns)."""

    words: tuple[Word, ...]
    page: int
    # Derived values, computed once: extractors ask a line for its box and text many times.
    _text: Optional[str] = _memo()
    _bbox: Optional[BBox] = _memo()
    _size: Optional[float] = _memo()

    @property
    def text(self) -> str:
        if self._text is None:
            object.__setattr__(self, "_text", " ".join(w.text for w in self.words))
        return self._text  # type: ignore[return-value]

    @property
    def bbox(self) -> BBox:
        if self._bbox is None:
            object.__setattr__(self, "_bbox", (
                min(w.x0 for w in self.words),
                min(w.top for w in self.words),
                max(w.x1 for w in self.words),
                max(w.bottom for w in self.words),
            ))
        return self._bbox  # type: ignore[return-value]

    @property
    def x0(self) -> float:
        return self.words[0].x0

    @property
    def top(self) -> float:
        return self.bbox[1]

    @property
    def bottom(self) -> float:
        return self.bbox[3]

    @property
    def size(self) -> float:
        """The most common font size on the line, weighted by characters."""
        if self._size is None:
            weights: dict[float, int] = {}
            for w in self.words:
                weights[round(w.size, 1)] = weights.get(round(w.size, 1), 0) + len(w.text)
            object.__setattr__(self, "_size", max(weights, key=weights.__getitem__))
        return self._size  # type: ignore[return-value]

    @property
    def bold(self) -> bool:
        """True when most of the line's characters are bold."""
        bold_chars = sum(len(w.text) for w in self.words if w.bold)
        return bold_chars * 2 > sum(len(w.text) for w in self.words)

    @property
    def italic(self) -> bool:
        italic_chars = sum(len(w.text) for w in self.words if w.italic)
        return italic_chars * 2 > sum(len(w.text) for w in self.words)

    def segments(self, min_gap: Optional[float] = None) -> list["Line"]:
        """The line cut at horizontal gaps wider than `min_gap` (default: about one em)."""
        gap = min_gap if min_gap is not None else max(7.0, self.size * 1.0)
        parts: list[list[Word]] = [[self.words[0]]]
        for prev, word in zip(self.words, self.words[1:], strict=False):
            if word.x0 - prev.x1 > gap:
                parts.append([])
            parts[-1].append(word)
        return [Line(tuple(p), self.page) for p in parts]


@dataclass(frozen=True, slots=True)
class TableGrid:
    """A ruled table: cell text by row; None marks a cell covered by a merged neighbour."""

    page: int
    bbox: BBox
    rows: tuple[tuple[Optional[str], ...], ...]
    row_bboxes: tuple[BBox, ...]
    fills: tuple[tuple[Optional[RGB], ...], ...] = ()
    # Per cell, the colour of coloured text in it (a RAG dot '●' printed red); () when the
    # table has no coloured text, None for a cell whose text is black or grey.
    inks: tuple[tuple[Optional[RGB], ...], ...] = ()

    @property
    def top(self) -> float:
        return self.bbox[1]

    @property
    def n_cols(self) -> int:
        return max((len(r) for r in self.rows), default=0)

    def row_is_merged(self, index: int) -> bool:
        """True when the row is one cell spanning the table (a group or heading row)."""
        cells = self.rows[index]
        filled = [c for c in cells if c is not None]
        return len(cells) > 1 and len(filled) == 1 and cells[0] is not None


Block = Union[Line, TableGrid]


@dataclass(frozen=True, slots=True)
class PageLayout:
    """One page: body lines (outside tables), ruled tables, and the furniture read off it."""

    number: int
    width: float
    height: float
    lines: tuple[Line, ...]
    tables: tuple[TableGrid, ...] = ()
    printed_page: Optional[int] = None
    furniture: tuple[Line, ...] = field(default=())
    printed_total: Optional[int] = None  # M of a "Page N of M" footer: the document's length
    char_count: int = 0
    image_count: int = 0
    error: Optional[str] = None
    # Derived values, computed once: segmentation and classification ask for them many times.
    _text: Optional[str] = _memo()
    _flow: Optional[tuple[Block, ...]] = _memo()
    _blank: Optional[bool] = _memo()

    @property
    def landscape(self) -> bool:
        return self.width > self.height

    @property
    def text(self) -> str:
        """Body text in reading order, tables included (cells tab-separated)."""
        if self._text is None:
            out = []
            for block in self.flow():
                if isinstance(block, Line):
                    out.append(block.text)
                else:
                    out.extend("\t".join(c or "" for c in row) for row in block.rows)
            object.__setattr__(self, "_text", "\n".join(out))
        return self._text  # type: ignore[return-value]

    @property
    def is_blank(self) -> bool:
        """True for a separator page: only 'This page is intentionally left blank', or
        nothing at all. A page with no text but a picture (a full-page chart) is content."""
        if self._blank is None:
            text = self.text
            blank = is_blank_text(text) if text.strip() else self.image_count == 0 and self.error is None
            object.__setattr__(self, "_blank", blank)
        return self._blank  # type: ignore[return-value]

    def flow(self) -> list[Block]:
        """Lines and tables interleaved top to bottom (a new list each time: the caller's to change)."""
        if self._flow is None:
            object.__setattr__(self, "_flow", tuple(reading_order(self.lines, self.tables)))
        return list(self._flow)  # type: ignore[arg-type]


def reading_order(lines: Sequence[Line], tables: Sequence[TableGrid]) -> list[Block]:
    """Lines and tables top to bottom. Lines that layout put in column order (a page of two
    columns of prose, the left read first: layout/columns.py) keep that order, each table going
    in before the first line below its top."""
    blocks: list[Block] = [*lines, *tables]
    if all(a.top <= b.top + 1.0 for a, b in zip(lines, lines[1:], strict=False)):
        return sorted(blocks, key=lambda b: (round(b.top, 0), b.bbox[0]))
    out: list[Block] = []
    pending = sorted(tables, key=lambda t: t.top)
    for line in lines:
        while pending and pending[0].top <= line.top:
            out.append(pending.pop(0))
        out.append(line)
    return out + pending


@dataclass(frozen=True, slots=True)
class PackMetadata:
    """File-level facts about the PDF."""

    path: str
    sha256: str
    page_count: int
    producer: Optional[str] = None
    creator: Optional[str] = None
    title: Optional[str] = None

"""Ruled report tables read into Table models: header row, body rows, group rows that span the
table ("Cause of concern 1: ..."), and tables that break across pages merged back into one."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Optional

from ...errors import ParseError
from ...layout.query import join_lines
from ...layout.types import BBox, TableGrid
from ...models import Evidence
from ...models.documents.report import Table, TableGroup
from ...parsing import parse_money
from ..base import evidence_of
from .glyphs import glyph_of, glyphs_in, leading_glyph

# A spanning row longer than this, or ending like a sentence, is content, not a group label.
MAX_GROUP_WORDS = 20
MAX_HEADER_WORDS = 10
# A cell holding an amount of money alone (a bank reconciliation's 'Balance per bank statement | 18,204.51'
# in pounds; no words, no band's '+') is a figure, so its row is content: a header prints labels and
# units (thousands of pounds, a band of 5,000 and over, 'Up to 500'), never a sum.
NOT_AMOUNT_ALONE = r"[a-z]{2,}|\+\s*$"
# A label line heading a cell ('Report Authors:') is this short.
MAX_LABEL_WORDS = 4
# A table that starts this close to the top of its page may continue the last page's table.
TOP_OF_PAGE_SHARE = 0.2

_NOT_AMOUNT_ALONE = re.compile(NOT_AMOUNT_ALONE, re.I)


def _clean(cell: Optional[str]) -> str:
    """Cell text on one line; a hyphen ending a cell line is kept ('self-assessment')."""
    return " ".join(join_lines((cell or "").splitlines()).split())


def _cells(grid: TableGrid, index: int) -> list[str]:
    return [_clean(c) for c in grid.rows[index]]


def _is_merged(grid: TableGrid, index: int) -> bool:
    return grid.n_cols > 1 and grid.row_is_merged(index)


def is_group_label(text: str) -> bool:
    """A spanning row that names the rows below it rather than being one of them."""
    words = text.split()
    return (
        0 < len(words) <= MAX_GROUP_WORDS
        and not text.endswith((".", ";", "!", "?"))
        and leading_glyph(text) is None
    )


def grid_header(grid: TableGrid) -> Optional[list[str]]:
    """The first row that is not a spanning row."""
    for index in range(len(grid.rows)):
        if not _is_merged(grid, index):
            return _cells(grid, index)
    return None


@dataclass
class _Group:
    label: str
    level: int
    start: int


@dataclass
class TableBuilder:
    """Accumulates one printed table, possibly from several page fragments."""

    page: int
    n_cols: int
    title: Optional[str] = None
    header: list[str] = field(default_factory=list)
    rows: list[list[str]] = field(default_factory=list)
    row_evidence: list[Evidence] = field(default_factory=list)
    groups: list[_Group] = field(default_factory=list)
    boxes: list[BBox] = field(default_factory=list)
    page_end: int = 0
    groups_above_header: bool = False
    headerless: bool = False

    def continues_with(self, grid: TableGrid, page_height: float) -> bool:
        """True when `grid` (with no text between) is more of this table: the header row is
        repeated, or it has the same columns and opens the next page."""
        if grid.n_cols != self.n_cols:
            return False
        if self.header and grid_header(grid) == self.header:
            return True
        return grid.page > self.page_end and grid.top < page_height * TOP_OF_PAGE_SHARE

    def add(self, grid: TableGrid) -> None:
        continuation = bool(self.boxes)
        self.boxes.append(grid.bbox)
        seen_header = False
        first_body = True
        for index in range(len(grid.rows)):
            cells, box = _cells(grid, index), grid.row_bboxes[index]
            if _is_merged(grid, index):
                repeated = self._add_spanning(
                    cells[0],
                    box,
                    grid.page,
                    before_header=not seen_header,
                    repeat_possible=continuation and first_body,
                )
                first_body = first_body and repeated  # a new group never continues a row
                continue
            if not seen_header:
                seen_header = True
                if not self.header and not self.headerless and _is_header_row(cells):
                    self.header = cells
                    continue
                labelled = _label_lines(grid) if not self.header and not self.headerless else None
                if labelled is not None:
                    self.header, cells = labelled
                self.headerless = self.headerless or not self.header
                if cells == self.header:
                    continue
            if continuation and first_body and self.rows and _split_row(self.rows[-1], cells):
                self.rows[-1] = [_join(a, b) for a, b in zip(self.rows[-1], cells, strict=False)]
            else:
                self._append(cells, box, grid.page)
            first_body = False
        self.page_end = grid.page

    def _add_spanning(
        self, text: str, box: BBox, page: int, before_header: bool, repeat_possible: bool
    ) -> bool:
        """Add a row that spans the table; True when it only repeats the open group's label."""
        outer = self._current_outer()
        if repeat_possible and outer is not None and outer.label == text:
            return True  # the group row repeated at the top of the next page
        if not is_group_label(text):
            self._append([text] + [""] * (self.n_cols - 1), box, page)
            return False
        # Groups printed above the header row are the outer ones; any among the body rows
        # are then sub-groups ("Progress summary"), else they are the outer groups themselves.
        if before_header:
            self.groups_above_header = True
        level = 2 if self.groups_above_header and not before_header else 1
        self.groups.append(_Group(text, level, len(self.rows)))
        return False

    def _current_outer(self) -> Optional[_Group]:
        outer = [g for g in self.groups if g.level == 1]
        return outer[-1] if outer else None

    def _append(self, cells: list[str], box: BBox, page: int) -> None:
        if not any(cells):
            return  # a spacer row between entries
        cells = (cells + [""] * self.n_cols)[: max(self.n_cols, len(cells))]
        self.rows.append(cells)
        self.row_evidence.append(evidence_of(page, box))

    def build(self, glyphs: dict[str, str]) -> Table:
        """The Table model; `glyphs` are the meanings the document's legends give."""
        used = glyphs_in(c for row in self.rows for c in row)
        return Table(
            page=self.page,
            page_end=self.page_end if self.page_end != self.page else None,
            title=self.title,
            header=self.header,
            rows=self.rows,
            groups=self._group_models(),
            glyphs={g: glyphs[g] for g in used if g in glyphs},
            undecoded_glyphs=[g for g in used if g not in glyphs],
            status_column=self._status_column(),
            evidence=evidence_of(self.page, self.boxes[0] if self.boxes else None),
        )

    def _status_column(self) -> Optional[int]:
        """The column most of whose filled cells are a lone status glyph."""
        for col in range(self.n_cols):
            cells = [row[col] for row in self.rows if col < len(row) and row[col]]
            if cells and sum(glyph_of(c) is not None for c in cells) * 2 > len(cells):
                return col
        return None

    def _group_models(self) -> list[TableGroup]:
        models = []
        for i, group in enumerate(self.groups):
            later = [g for g in self.groups[i + 1 :] if g.level <= group.level]
            end = (later[0].start if later else len(self.rows)) - 1
            if end >= group.start:
                models.append(
                    TableGroup(
                        label=group.label, row_start=group.start, row_end=end, level=group.level
                    )
                )
        return models


def _is_header_row(cells: list[str]) -> bool:
    """Header cells are short labels; a first row of long text is already content."""
    return any(cells) and all(len(c.split()) <= MAX_HEADER_WORDS for c in cells) \
        and not any(amount_alone(c) for c in cells)


def amount_alone(cell: str) -> bool:
    """A sum in pounds alone in a bank reconciliation's first row: a figure, not a column label."""
    if not cell or _NOT_AMOUNT_ALONE.search(cell):
        return False
    try:
        return parse_money(cell).amount_gbp not in (None, 0)
    except ParseError:
        return False


def _label_lines(grid: TableGrid) -> Optional[tuple[list[str], list[str]]]:
    """(header, row) of a one-row table whose every cell opens with a short label line
    ('Report Authors:' | 'Lead Directors' over the names): the labels are its header."""
    if len(grid.rows) != 1:
        return None
    header, row = [], []
    for cell in grid.rows[0]:
        lines = [ln.strip() for ln in (cell or "").splitlines() if ln.strip()]
        label = lines[0] if lines else ""
        words = label.split()
        if len(lines) < 2 or not 0 < len(words) <= MAX_LABEL_WORDS or label.endswith((".", ";", ",")):
            return None
        header.append(label.rstrip(":").strip())
        row.append(_clean("\n".join(lines[1:])))
    return header, row


def _split_row(previous: list[str], cells: list[str]) -> bool:
    """A row Word broke across a page: a cell goes on in lowercase, or a cell is empty
    where the row before it has text."""
    if any(c[:1].islower() for c in cells if c):
        return True
    return any(not c and p for c, p in zip(cells, previous, strict=False)) and any(cells)


def _join(a: str, b: str) -> str:
    if not b:
        return a
    if not a:
        return b
    if a.endswith("-") and b[:1].islower():
        return a[:-1] + b
    return f"{a} {b}"

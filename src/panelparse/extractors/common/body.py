"""The body of an officer report read in page order: headings open sections; numbered,
lettered and bulleted lines open paragraphs; ruled tables are read (and re-joined across
pages) where they fall. The result is plain data the report and plan extractors share."""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field
from typing import Optional, Sequence

from ...errors import ParseError
from ...layout.query import body_size, join_lines
from ...layout.types import Block, Line, PageLayout, TableGrid, reading_order
from ...models import Evidence
from ...models.values import DateRef
from ...parsing import parse_date
from ...span import DocumentSpan
from ..base import evidence_of
from .header import BODY_LABELS, ENDING_LABELS, Header
from .lines import (
    MAX_STANDALONE_WORDS,
    Marker,
    heading_text,
    is_emphasised,
    line_marker,
    looks_like_heading,
    sentence_like,
)
from .tables import TableBuilder
from .unruled import unruled_tables

# Gap above a line, beyond the usual gap between lines of a paragraph, that starts a new one
# (as a share of the font size).
PARAGRAPH_BREAK = 0.35
# ... and this share when the line above ends a sentence.
SENTENCE_BREAK = 0.15
# A line gap counts as usual when it is at least this share as frequent as the commonest.
USUAL_GAP_SHARE = 0.25
_TERMINAL = (".", "!", "?", ":")
# 'Contact: Andrew Kerr, Chief Finance Officer', 'Author: ...' among the body's paragraphs opens the endings
# (in the front, such a label is a header field and opens no body).
_CONTACT_LABEL = re.compile(r"^(?:contact|author)$", re.I)
# A line ending this share of the text width short of the right margin ends a paragraph.
SHORT_LINE_SHARE = 0.3
# A title is printed larger than body text by at least this many points.
TITLE_STEP = 0.9
# A letter's close; the sender's name and role follow it.
SIGN_OFF = re.compile(r"^(?:yours\s+(?:sincerely|faithfully|truly)|kind\s+regards|best\s+wishes)\b", re.I)
# Lines after the close that are the signature (name, role, organisation).
MAX_SIGNATURE_LINES = 4


@dataclass
class ParaState:
    number: Optional[str]
    parent: Optional[str]
    texts: list[str]
    evidence: Evidence
    bullets: list[list[str]] = field(default_factory=list)
    in_bullet: bool = False

    @property
    def text(self) -> str:
        return join_lines(self.texts)

    def last_text(self) -> str:
        source = self.bullets[-1] if self.in_bullet and self.bullets else self.texts
        return source[-1] if source else ""


@dataclass
class SectionState:
    number: Optional[str]
    heading: Optional[str]
    evidence: Optional[Evidence]
    heading_line: Optional[Line] = None
    heading_lines: list[Line] = field(default_factory=list)
    paragraphs: list[ParaState] = field(default_factory=list)
    tables: list[int] = field(default_factory=list)
    date: Optional[DateRef] = None


@dataclass
class BodyReading:
    """Sections, tables and a title found above the first section; a letter's close and the
    signature lines after it."""

    title: Optional[str]
    sections: list[SectionState]
    tables: list[TableBuilder]
    title_lines: list[Line] = field(default_factory=list)
    sign_off: list[Line] = field(default_factory=list)


def heading_date(text: str) -> Optional[DateRef]:
    """The date a heading is ('May 2023', '13 June 2023', 'Q4 2023'), or None when the heading
    is words that merely contain a date ('Police and Crime Plan 2022-25')."""
    words = text.split()
    if not words or len(words) > 4:
        return None
    try:
        whole = parse_date(text)
    except ParseError:
        return None
    if not any(c.isdigit() for c in words[0]) and len(words) > 1:
        try:
            rest = parse_date(" ".join(words[1:]))
        except ParseError:
            rest = None
        if rest and (rest.start, rest.end, rest.precision) == (
            whole.start,
            whole.end,
            whole.precision,
        ):
            return None  # the first word was skipped as a lead-in: not a date heading
    return whole


def _usual_line_gap(pages: Sequence[PageLayout]) -> float:
    """The most common gap between consecutive lines of a page: the gap inside a paragraph."""
    gaps: Counter[float] = Counter()
    for page in pages:
        for prev, line in zip(page.lines, page.lines[1:], strict=False):
            gap = line.top - prev.bottom
            if 0 <= gap < 3 * prev.size:
                gaps[round(gap, 0)] += 1
    if not gaps:
        return 2.0
    # The tightest gap that is common: in a short paper of two-line paragraphs the gap between
    # paragraphs can be the most frequent one.
    mode, top = gaps.most_common(1)[0]
    return min((gap for gap, n in gaps.items() if n >= max(2, USUAL_GAP_SHARE * top)), default=mode)


def _right_margin(page: PageLayout) -> float:
    """Where full lines of body text end: the 90th percentile of line right edges."""
    return _percentile_edge(page.lines, page.width)


def _percentile_edge(lines: Sequence[Line], default: float) -> float:
    edges = sorted(line.bbox[2] for line in lines)
    return edges[int(0.9 * (len(edges) - 1))] if edges else default


def _column_margins(page: PageLayout) -> dict[int, float]:
    """On a page layout read in columns (its lines no longer top to bottom), where each line's
    own column ends: the lines beside it across the gutter have margins of their own."""
    lines = page.lines
    if all(a.top <= b.top + 1.0 for a, b in zip(lines, lines[1:], strict=False)):
        return {}
    margins = {}
    for line in lines:
        same = [o for o in lines if min(o.bbox[2], line.bbox[2]) - max(o.x0, line.x0)
                > 0.5 * min(o.bbox[2] - o.x0, line.bbox[2] - line.x0)]
        margins[id(line)] = _percentile_edge(same, page.width)
    return margins


class _Walker:
    def __init__(self, span: DocumentSpan, header: Header, unruled: bool, skip: set[int], titled: bool):
        self.pages = span.content_pages
        self.body = body_size(self.pages)
        self.usual_gap = _usual_line_gap(self.pages)
        self.right_margin = {p.number: _right_margin(p) for p in self.pages}
        self.column_margin = {k: v for p in self.pages for k, v in _column_margins(p).items()}
        self.unruled = unruled
        first = self.pages[0] if self.pages else None
        self.skip_lines = {id(line) for line in (first.lines[: header.lines_used] if first else ())}
        self.skip_lines |= skip
        self.skip_tables = {id(t) for t in header.tables}
        self.title_lines: list[Line] = []
        self.sections: list[SectionState] = [SectionState(None, None, None)]
        self.tables: list[TableBuilder] = []
        self.para: Optional[ParaState] = None
        self.prev: Optional[Line] = None
        self.last_numbered: Optional[str] = None
        self.open_table: Optional[TableBuilder] = None
        self.sign_off: list[Line] = []
        self.titled = titled  # the title block was read already: no line below is a title

    @property
    def section(self) -> SectionState:
        return self.sections[-1]

    def run(self) -> BodyReading:
        for page in self.pages:
            blocks = self._blocks(page)
            for index, block in enumerate(blocks):
                if isinstance(block, TableGrid):
                    self._table(block, page)
                else:
                    self._line(block, blocks[index + 1] if index + 1 < len(blocks) else None)
        title = join_lines(ln.text for ln in self.title_lines) or None
        sections = [s for s in self.sections if s.heading or s.paragraphs or s.tables]
        return BodyReading(title, sections, self.tables, self.title_lines, self.sign_off)

    def _blocks(self, page: PageLayout) -> list[Block]:
        """The page's lines and tables in reading order, header and running lines left out
        and, where asked, runs of tab-stopped lines read as tables."""
        lines = [ln for ln in page.lines if id(ln) not in self.skip_lines]
        grids = [t for t in page.tables if id(t) not in self.skip_tables]
        if self.unruled:
            for start, end, grid in reversed(unruled_tables(lines)):
                del lines[start:end]
                grids.append(grid)
        return reading_order(lines, grids)

    # -- tables -------------------------------------------------------------------------
    def _table(self, grid: TableGrid, page: PageLayout) -> None:
        self.para, self.prev = None, None
        if self.open_table is not None and self.open_table.continues_with(grid, page.height):
            self.open_table.add(grid)
            return
        builder = TableBuilder(page=grid.page, n_cols=grid.n_cols, title=self.section.heading)
        builder.add(grid)
        self.tables.append(builder)
        self.section.tables.append(len(self.tables) - 1)
        self.open_table = builder

    # -- lines --------------------------------------------------------------------------
    def _line(self, line: Line, nxt: Optional[Block] = None) -> None:
        self.open_table = None
        if self._signing(line):
            return
        marker = line_marker(line)
        if self._wraps_heading(line, marker):
            pass
        elif looks_like_heading(line, marker, self.body) or self._standalone(line, marker, nxt):
            self._heading(line, marker)
        elif marker.kind == "numbered" and not self._number_carries_on(line, marker):
            self.last_numbered = marker.number
            self._start_paragraph(line, marker.number, None, marker.text)
        elif marker.kind == "lettered":
            self._start_paragraph(line, marker.number, self.last_numbered, marker.text)
        elif marker.kind == "bullet" and not self._dash_carries_on(line):
            self._bullet(line, marker.text)
        elif marker.kind == "numbered":
            self.para.texts.append(line.text)  # type: ignore[union-attr]
        elif self._labelled_section(line):
            pass
        elif self._continues(line):
            target = self.para.bullets[-1] if self.para.in_bullet else self.para.texts  # type: ignore[union-attr]
            target.append(line.text)
        else:
            self._start_paragraph(line, None, None, line.text)
        self.prev = line

    def _signing(self, line: Line) -> bool:
        """'Yours sincerely' and the signature lines under it, kept apart from the body."""
        if self.sign_off and len(self.sign_off) <= MAX_SIGNATURE_LINES and line.page == self.sign_off[0].page:
            self.sign_off.append(line)
            return True
        if not self.sign_off and SIGN_OFF.match(line.text):
            self.sign_off.append(line)
            self.para = None
            return True
        return False

    def _standalone(self, line: Line, marker: Marker, nxt: Optional[Block]) -> bool:
        """A numbered line in body type that is a heading all the same ('20. Negative impacts
        for Disability'): short, not a sentence, and set apart from what follows it (a gap,
        a table, or an emphasised line), rather than the first line of a paragraph."""
        if marker.kind != "numbered" or marker.multi_level or not marker.text[:1].isupper():
            return False
        if len(marker.text.split()) > MAX_STANDALONE_WORDS or sentence_like(marker.text):
            return False
        if isinstance(nxt, TableGrid):
            return True
        if nxt is None or line_marker(nxt).kind != "plain":
            return False
        gap = nxt.top - line.bottom
        return is_emphasised(nxt, self.body) or gap > self.usual_gap + PARAGRAPH_BREAK * line.size

    def _wraps_heading(self, line: Line, marker: Marker) -> bool:
        """A line that carries on the title or heading printed just above it, in its style."""
        if marker.kind != "plain" or self.prev is None or not self._same_style(self.prev, line):
            return False
        if self.title_lines and self.prev is self.title_lines[-1]:
            self.title_lines.append(line)
            return True
        current = self.section
        if (
            current.heading_line is None
            or self.prev is not current.heading_line
            or current.paragraphs
        ):
            return False
        if not looks_like_heading(line, marker, self.body) and not line.text[:1].islower():
            return False
        current.heading = join_lines([current.heading or "", heading_text(marker.text)])
        current.heading_line = line
        current.heading_lines.append(line)
        current.date = heading_date(current.heading) if current.number is None else None
        return True

    def _heading(self, line: Line, marker: Marker) -> None:
        text = heading_text(marker.text)
        if self._is_title(line, marker):
            self.title_lines.append(line)
            return
        number = marker.number if marker.kind in ("numbered", "section") else None
        self.sections.append(
            SectionState(
                number,
                text,
                evidence_of(line.page, line.bbox),
                line,
                [line],
                date=heading_date(text) if number is None else None,
            )
        )
        self.para, self.last_numbered = None, None

    def _is_title(self, line: Line, marker: Marker) -> bool:
        """Larger-than-body unnumbered lines above everything else on the first page."""
        if (
            self.titled
            or marker.kind != "plain"
            or BODY_LABELS.match(heading_text(marker.text))
            or line.size < self.body + TITLE_STEP
            or line.page != self.pages[0].number
        ):
            return False
        nothing_yet = len(self.sections) == 1 and not self.section.paragraphs and not self.tables
        # A title wraps only in its own style (_wraps_heading); a smaller heading below it
        # ('Recommendations', 'Planning') opens the body.
        return nothing_yet and not self.title_lines

    @staticmethod
    def _same_style(a: Line, b: Line) -> bool:
        return a.bold == b.bold and abs(a.size - b.size) < 0.5 and 0 <= b.top - a.bottom < a.size

    def _labelled_section(self, line: Line) -> bool:
        """'Summary: Transitions involve...' opens a Summary section with its first paragraph."""
        label, colon, rest = line.text.partition(":")
        label = label.strip()
        if not colon or not rest.strip():
            return False
        if not (BODY_LABELS.match(label) or ENDING_LABELS.match(label) or _CONTACT_LABEL.match(label)):
            return False
        self.sections.append(
            SectionState(None, label, evidence_of(line.page, line.bbox), line, [line])
        )
        self.para, self.last_numbered = None, None
        self._start_paragraph(line, None, None, rest.strip())
        return True

    def _start_paragraph(
        self, line: Line, number: Optional[str], parent: Optional[str], text: str
    ) -> None:
        self.para = ParaState(
            number, parent, [text] if text else [], evidence_of(line.page, line.bbox)
        )
        self.section.paragraphs.append(self.para)

    def _bullet(self, line: Line, text: str) -> None:
        if self.para is None:
            self._start_paragraph(line, None, None, "")
        self.para.bullets.append([text])  # type: ignore[union-attr]
        self.para.in_bullet = True  # type: ignore[union-attr]

    def _number_carries_on(self, line: Line, marker: Marker) -> bool:
        """'24. The increase...' after '...in FY23-' is a wrapped number, not paragraph 24:
        the sentence above is unfinished and the number is not the next one expected."""
        if self.para is None or self.para.in_bullet or not self._continues(line):
            return False
        if self.para.last_text().rstrip().endswith(_TERMINAL):
            return False
        if marker.multi_level:
            return not marker.text or marker.text[:1].islower()
        expected = self.last_numbered
        return not (expected and expected.isdigit() and marker.number == str(int(expected) + 1))

    def _dash_carries_on(self, line: Line) -> bool:
        """'– 25, who require...' after '...aged 18' is a wrapped range, not a dash bullet."""
        para = self.para
        return (
            line.text[:1] in "-–—"
            and para is not None
            and self._continues(line)
            and not para.last_text().endswith(":")
        )

    def _continues(self, line: Line) -> bool:
        """True when a plain line goes on with the paragraph (or bullet) above it."""
        if self.para is None or self.prev is None:
            return False
        if line.page != self.prev.page:
            return not self.para.last_text().rstrip().endswith(_TERMINAL)
        gap = line.top - self.prev.bottom
        if gap > self.usual_gap + PARAGRAPH_BREAK * self.prev.size:
            return False
        # A sentence that ends the line, then more space than between lines: a new paragraph.
        if gap > self.usual_gap + SENTENCE_BREAK * self.prev.size and self.para.last_text().rstrip().endswith(
            _TERMINAL
        ):
            return False
        # A line that stops well short of the right margin ends its paragraph or list item.
        right = self.column_margin.get(id(self.prev)) or self.right_margin.get(line.page, self.prev.bbox[2])
        return right - self.prev.bbox[2] < SHORT_LINE_SHARE * (right - self.prev.x0)


def read_body(
    span: DocumentSpan,
    header: Header,
    unruled: bool = False,
    skip: Optional[set[int]] = None,
    titled: bool = False,
) -> BodyReading:
    """Walk the span's pages once; never raises on odd layouts (empty spans give nothing).
    `unruled`: also read runs of tab-stopped lines as tables; `skip`: ids of lines already
    read (a title block); `titled`: the title was found there."""
    if not span.content_pages:
        return BodyReading(None, [], [])
    return _Walker(span, header, unruled, skip or set(), titled).run()

"""Reading a landscape slide's text: its title, its columns, and headed blocks of bullets.

Slides exported from PowerPoint put text boxes side by side ("Outcomes achieved this quarter"
on the left, "Risks and issues" on the right), so a printed line often holds two columns. The
line is cut at wide gaps and each piece is given to the column whose left edge it starts at;
column edges come from where the bold headings start.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field
from typing import Iterable, Optional, Sequence

from ...layout import Line, PageLayout
from ...layout.query import Paragraph, is_bullet, paragraphs, strip_bullet
from .settings import PRIORITY_WORD

# A title is this much larger than any other text on the slide.
TITLE_RATIO = 1.15
# Titles sit in the top fifth of a slide.
TITLE_ZONE = 0.2
# Heading starts closer than this (points) belong to one column.
COLUMN_CLUSTER = 40.0
# A piece of a line starting this far left of a column edge still belongs to that column.
COLUMN_SLACK = 8.0
# A line printed on this share of the slides (and on 3 or more) is a footer or strap line.
REPEATED_SHARE = 0.25
# Furniture (footers, strap lines) sits within this share of the page height from an edge.
MARGIN_BAND = 0.12
# Bold text longer than this is emphasis, not a heading, unless text follows it.
HEADING_MAX_WORDS = 12
# Lines of one bold paragraph whose sizes differ by more than this (points) are two headings.
HEADING_SIZE_STEP = 0.5

_WORD_NUMBERS = {"one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
                 "eight": 8, "nine": 9, "ten": 10}
# "Priority 1: ...", "Score card - Priority 1: ...", "P1: ...", "Priority One - ...",
# "Priority 2 scorecard: ...", "Theme 1: ...", "Strategic Objective 3 - ...".
_PRIORITY = re.compile(
    rf"\b(?P<word>{PRIORITY_WORD}|P)\s*(?P<n>\d{{1,2}}|one|two|three|four|five|six|seven|eight|nine|ten)\b"
    r"(?:\s+(?:score\s?card|performance|measures|update|summary|report))?"
    r"(?:\s*[:.\-\u2013\u2014]\s*(?P<title>.*))?",
    re.I,
)
# A heading that opens with a priority's name ('Priority 2: ...', 'Theme 1 - ...').
_OPENS_PRIORITY = re.compile(rf"\W*(?:{PRIORITY_WORD})\b", re.I)


# Section headings of a priority's text slide, tried in order ("Overall PCC Assessment" is an
# assessment, not a risk; "Deliverables Progress" is not outcomes).
SECTIONS: tuple[tuple[str, str], ...] = (
    ("deliverables", r"\bdeliverables?\b|\bmilestones?\b"),
    ("next_quarter_focus",
     r"\bfocus\b|\bnext\s+(?:quarter|period|steps)\b|\blooking\s+ahead\b|\bforward\s+look"),
    ("assessment", r"\bassessment\b|\boverall\b|\bconclusions?\b"),
    ("risks", r"\brisks?\b|\bissues\b|\bchallenges\b|\bconcerns\b"),
    ("outcomes", r"\boutcomes?\b|\bachievements?\b|\bachieved\b|\bsuccesses\b"),
)
SECTION_MAX_WORDS = 8
# Where a slide title names its group after the slide type: "Measures ~ CYPE", "Scorecard – Adults".
_GROUP_SEPARATOR = re.compile(r"\s*[~|\u2013\u2014:]\s*|\s+-\s+")


def section_of(heading: Optional[str]) -> Optional[str]:
    """The Priority list a heading introduces, or None for a commentary heading."""
    if not heading or len(heading.split()) > SECTION_MAX_WORDS:
        return None
    return next((name for name, pattern in SECTIONS if re.search(pattern, heading, re.I)), None)


@dataclass
class Block:
    """A heading (or none) and the paragraphs under it, in one column of one slide."""

    heading: Optional[Paragraph]
    items: list[Paragraph] = field(default_factory=list)

    @property
    def heading_text(self) -> Optional[str]:
        return self.heading.text if self.heading else None

    @property
    def texts(self) -> list[str]:
        return [strip_bullet(p.text) for p in self.items if strip_bullet(p.text)]

    @property
    def first(self) -> Optional[Paragraph]:
        return self.heading or (self.items[0] if self.items else None)


@dataclass
class Slide:
    """One page of the deck read as a slide: title, kicker line above it, and text blocks."""

    page: PageLayout
    title: Optional[str]
    blocks: list[Block]


def opens_priority(text: str) -> bool:
    """True for a heading that opens with a priority's name ('Priority 2', 'Theme 1', 'Objective 3')."""
    return bool(_OPENS_PRIORITY.match(text))


def priority_of(text: Optional[str]) -> Optional[tuple[int, Optional[str]]]:
    """(number, title) from 'Priority 2: Reduce...', 'Score card - Priority 2: ...', 'P2: ...'."""
    if not text:
        return None
    match = _PRIORITY.search(text)
    if not match:
        return None
    raw = match["n"].lower()
    word = match["word"].lower()
    if match["title"] is None and (word == "p" or "priority" not in word and text[: match.start()].strip(" -:")):
        # a bare "P2" is a label ("P2 11 measures"), not a priority heading; 'Theme 2' names one
        # alone only where it opens the text
        return None
    number = int(raw) if raw.isdigit() else _WORD_NUMBERS[raw]
    title = (match["title"] or "").strip() or None
    return number, title


def repeated_lines(pages: Sequence[PageLayout]) -> set[str]:
    """Texts printed in the top or bottom band of many slides (strap lines, footers), to be left
    out of the body. Only the bands count: a section heading repeated on every text slide
    ("Outcomes achieved this quarter") is content, not furniture."""
    seen: Counter[str] = Counter()
    for page in pages:
        seen.update({" ".join(ln.text.split()) for ln in page.lines if _in_margin_band(ln, page)})
    floor = max(3, REPEATED_SHARE * len(pages))
    return {text for text, n in seen.items() if n >= floor}


def _in_margin_band(line: Line, page: PageLayout) -> bool:
    return line.bottom < page.height * MARGIN_BAND or line.top > page.height * (1 - MARGIN_BAND)


def _title_lines(page: PageLayout, lines: Sequence[Line]) -> list[Line]:
    zone = [ln for ln in lines if ln.top < page.height * TITLE_ZONE and len(ln.text) > 2]
    if not zone:
        return []
    biggest = max(ln.size for ln in zone)
    start = next(i for i, ln in enumerate(lines) if ln in zone and ln.size == biggest)
    title = [lines[start]]
    for line in lines[start + 1:]:
        if line.size != biggest or line.top - title[-1].bottom > biggest:
            break
        title.append(line)
    others = [ln.size for ln in lines[start + len(title):]]
    if others and biggest < TITLE_RATIO * max(others):
        return []
    if any(_side_by_side(ln, lines) for ln in title):
        return []  # column headings ("Outcomes ... || Risks ..."), not a title
    return title


def _side_by_side(line: Line, lines: Sequence[Line]) -> bool:
    """True when the line shares its baseline with other text across a wide gap."""
    if len(line.segments()) > 1:
        return True
    return any(other is not line and abs(other.top - line.top) < 2 for other in lines)


def read_slide(page: PageLayout, furniture: set[str]) -> Slide:
    """The slide's title and its text blocks, column by column."""
    lines = [ln for ln in page.lines if " ".join(ln.text.split()) not in furniture]
    title = _title_lines(page, lines)
    if title:
        # Lines wholly above the title are a strap ("Quarterly PCC Highlight Report"), not body text.
        body = [line for line in lines if line.bottom > title[0].top + 1 and line not in title]
        text = " ".join(ln.text for ln in title)
        return Slide(page, " ".join(text.split()), _blocks(body))
    return Slide(page, None, _blocks(lines))


def _column_starts(pieces: Sequence[Line]) -> list[float]:
    edges = sorted(p.x0 for p in pieces if p.bold and not is_bullet(p))
    if pieces:
        edges.append(min(p.x0 for p in pieces))
    starts: list[float] = []
    for edge in sorted(edges):
        if not starts or edge - starts[-1] > COLUMN_CLUSTER:
            starts.append(edge)
    return starts


def _columns(lines: Sequence[Line]) -> list[list[Line]]:
    """Lines cut at wide gaps and regrouped per column, each column top to bottom."""
    cut = [(row, piece) for row, line in enumerate(lines) for piece in line.segments()]
    starts = _column_starts([piece for _, piece in cut])
    columns: dict[int, dict[int, list]] = {}
    for row, piece in cut:
        index = max((i for i, s in enumerate(starts) if s <= piece.x0 + COLUMN_SLACK), default=0)
        columns.setdefault(index, {}).setdefault(row, []).extend(piece.words)
    page = lines[0].page
    return [[Line(tuple(columns[i][row]), page) for row in sorted(columns[i])]
            for i in sorted(columns)]


def _is_heading(para: Paragraph, following: Optional[Paragraph]) -> bool:
    if not para.bold or para.bullet:
        return False
    if following is not None and not following.bold:
        return True
    return len(para.lines) == 1 and len(para.text.split()) <= HEADING_MAX_WORDS


def _split_heading(para: Paragraph) -> list[Paragraph]:
    """A priority's heading and the bold name under it, read as one paragraph, as two headings:
    'Priority 1: A clean and green place' (11pt) over 'Household waste recycled' (10pt), the
    name heading an indicator's panel. The cut is where the font size changes."""
    lines = para.lines
    if len(lines) < 2 or not opens_priority(lines[0].text):
        return [para]
    cut = next((k for k, ln in enumerate(lines) if abs(ln.size - lines[0].size) > HEADING_SIZE_STEP), None)
    return [para] if cut is None else [Paragraph(lines[:cut]), Paragraph(lines[cut:])]


def _blocks(lines: Sequence[Line]) -> list[Block]:
    if not lines:
        return []
    blocks: list[Block] = []
    for column in _columns(lines):
        paras = paragraphs(column)
        current: Optional[Block] = None
        for i, para in enumerate(paras):
            following = paras[i + 1] if i + 1 < len(paras) else None
            if _is_heading(para, following):
                for part in _split_heading(para):
                    current = Block(heading=part)
                    blocks.append(current)
            else:
                if current is None:
                    current = Block(heading=None)
                    blocks.append(current)
                current.items.append(para)
    return blocks


def slide_lines(slides: Iterable[Slide]) -> Iterable[str]:
    """Every title and printed text line of the slides, for searching (period, title)."""
    for slide in slides:
        if slide.title:
            yield slide.title
        for block in slide.blocks:
            for para in ([block.heading] if block.heading else []) + block.items:
                yield from (line.text for line in para.lines)


def _title_parts(title: Optional[str]) -> Optional[tuple[str, str]]:
    """(before, after) the last separator of a title ('Measures within the Logframe', 'Public
    Health'); None for a title without one."""
    if not title:
        return None
    cut = None
    for match in _GROUP_SEPARATOR.finditer(title):
        cut = match
    if cut is None:
        return None
    kind, group = title[: cut.start()].strip(), title[cut.end():].strip()
    if not kind or not group:
        return None
    return " ".join(kind.split()), " ".join(group.split())


def title_groups(titles: Sequence[Optional[str]]) -> list[Optional[str]]:
    """The group each slide's title names, where a deck repeats the same slide types per group:
    'Priorities ~ CYPE', 'Measures ~ CYPE', 'Priorities ~ Public Health' (the group after the
    separator), or 'Adults – Scorecard', 'Adults – Commentary', 'Children – Scorecard' (the group
    before it). A slide type printed with two or more groups names its group; the side that is
    the group is the one that runs on over consecutive slides. None elsewhere."""
    parts = [_title_parts(t) for t in titles]
    readings = [_groups(parts, kind_side) for kind_side in (0, 1)]
    found = [r for r in readings if any(r)]
    return min(found, key=_changes) if found else [None] * len(parts)


def _groups(parts: Sequence[Optional[tuple[str, str]]], kind_side: int) -> list[Optional[str]]:
    groups_of: dict[str, set[str]] = {}
    for part in parts:
        if part:
            groups_of.setdefault(part[kind_side].lower(), set()).add(part[1 - kind_side])
    repeated = {kind for kind, groups in groups_of.items() if len(groups) >= 2}
    return [part[1 - kind_side] if part and part[kind_side].lower() in repeated else None for part in parts]


def _changes(groups: Sequence[Optional[str]]) -> int:
    """How often the group changes from one grouped slide to the next."""
    named = [g for g in groups if g]
    return sum(a != b for a, b in zip(named, named[1:], strict=False))

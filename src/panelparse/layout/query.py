"""Pure helpers over layout objects that several extractors need: bullets, paragraphs,
headings, label/value header blocks and table rows. No pdfplumber here."""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Iterable, Optional, Sequence

from .types import BBox, Line, PageLayout, TableGrid

_BULLET = re.compile(r"^\s*([•●▪■◦○‣⁃∙·➢➤►❖*]|[-–—](?=\s)|o(?=\s+[A-Z]))\s*")
# Gap between lines bigger than this share of the font size starts a new paragraph.
PARAGRAPH_GAP = 0.75


def is_bullet(line: Line) -> bool:
    """True when the line starts with a bullet glyph."""
    return bool(_BULLET.match(line.text))


def strip_bullet(text: str) -> str:
    """The text without its leading bullet glyph."""
    return _BULLET.sub("", text, count=1).strip()


def union_bbox(boxes: Iterable[BBox]) -> Optional[BBox]:
    boxes = list(boxes)
    if not boxes:
        return None
    return (min(b[0] for b in boxes), min(b[1] for b in boxes), max(b[2] for b in boxes), max(b[3] for b in boxes))


@dataclass(frozen=True)
class Paragraph:
    """Consecutive lines read as one paragraph."""

    lines: tuple[Line, ...]

    @property
    def text(self) -> str:
        return join_lines(ln.text for ln in self.lines)

    @property
    def page(self) -> int:
        return self.lines[0].page

    @property
    def bbox(self) -> BBox:
        return union_bbox(ln.bbox for ln in self.lines if ln.page == self.page)  # type: ignore[return-value]

    @property
    def bold(self) -> bool:
        return all(ln.bold for ln in self.lines)

    @property
    def bullet(self) -> bool:
        return is_bullet(self.lines[0])


def join_lines(texts: Iterable[str]) -> str:
    """Join wrapped lines with spaces; a line ending in a hyphen joins the next without one.

    Word and LibreOffice do not hyphenate by default, so a line ending in '-' breaks a real
    compound and the hyphen is kept: 'self-' + 'assessment' is 'self-assessment',
    'FY23-' + '24' is 'FY23-24'.
    """
    out = ""
    for text in texts:
        text = text.strip()
        if not text:
            continue
        if out.endswith("-") and not out.endswith(" -"):
            out += text
        else:
            out = f"{out} {text}" if out else text
    return out


def _starts_new_paragraph(prev: Line, line: Line, spacing: float = 0.0) -> bool:
    """`spacing`: the text's own gap between the lines of a paragraph, when it is wider than
    PARAGRAPH_GAP allows (double-spaced text); a paragraph break is then wider than that."""
    if line.page != prev.page:
        # A labelled line ('Action: ...', 'Due: ...') opens a paragraph of its own on a new page.
        return (is_bullet(line) or line.bold != prev.bold or line.x0 < prev.x0 - 20
                or (_LABEL_OPENING.match(line.text) is not None and not _OPEN_END.search(prev.text)))
    gap = line.top - prev.bottom
    if gap > max(PARAGRAPH_GAP * prev.size, _SPACED * spacing):
        return True
    if is_bullet(line) or line.bold != prev.bold:
        return True
    # A hanging indent (numbered or bulleted paragraph) continues to the right of its start; a
    # numbered paragraph left of a bullet ('16. The membership ...' after '• Economist/s') is new.
    if is_bullet(prev):
        # Left of the bullet itself: a numbered paragraph, or the sentence the list interrupted
        # resuming at the margin ('- One family event in August' / 'which would be delivered ...').
        return line.x0 < prev.x0 - 4 and (re.match(r"\d{1,3}[.)]\s", line.text) is not None
                                         or line.x0 < prev.x0 - _BULLET_OUTDENT)
    return line.x0 < prev.x0 - 4


# A line cut mid-phrase ('... seconded by U' / 'Orchardson: that ...') carries on overleaf.
_OPEN_END = re.compile(r"(?:\b(?:by|of|and|or|the|to|for|with|a|an|in|on|at|from)|\b[A-Z]|[,\-–])\s*$")
_LABEL_OPENING = re.compile(r"[A-Z][A-Za-z]{1,20}(?: [A-Za-z]{1,20})?:\s")
# A line this far left of a bullet starts again at the paragraph's margin (points).
_BULLET_OUTDENT = 36.0
# In double-spaced text a gap this many times the usual line gap breaks a paragraph.
_SPACED = 1.35


def _line_spacing(lines: Sequence[Line]) -> float:
    """The usual gap between consecutive lines (the lower quartile of the gaps, so paragraph
    breaks do not count), or 0 for fewer than four lines."""
    gaps = sorted(b.top - a.bottom for a, b in zip(lines, lines[1:], strict=False)
                  if a.page == b.page and 0 <= b.top - a.bottom < 2 * a.size)
    return gaps[len(gaps) // 4] if len(gaps) >= 3 else 0.0


def paragraphs(lines: Sequence[Line]) -> list[Paragraph]:
    """Group lines into paragraphs by vertical gap, bullets, boldness and indentation."""
    groups: list[list[Line]] = []
    spacing = _line_spacing(lines)
    for line in lines:
        if groups and not _starts_new_paragraph(groups[-1][-1], line, spacing):
            groups[-1].append(line)
        else:
            groups.append([line])
    return [Paragraph(tuple(g)) for g in groups]


def body_size(pages: Iterable[PageLayout]) -> float:
    """The most common font size of body text across pages (weighted by characters)."""
    weights: dict[float, int] = {}
    for page in pages:
        for line in page.lines:
            weights[line.size] = weights.get(line.size, 0) + len(line.text)
    return max(weights, key=weights.__getitem__) if weights else 11.0


def headline(page: PageLayout, top_share: float = 0.5) -> Optional[Line]:
    """The largest-font line in the top part of the page (ties: the first)."""
    candidates = [ln for ln in page.lines if ln.top < page.height * top_share and len(ln.text) > 2]
    if not candidates:
        return None
    biggest = max(ln.size for ln in candidates)
    return next(ln for ln in candidates if ln.size == biggest)


def clean_cell(cell: Optional[str]) -> str:
    """Cell text on one line, whitespace collapsed."""
    return " ".join((cell or "").split())


def table_rows(table: TableGrid) -> list[list[str]]:
    """Rows as lists of one-line strings (merged-away cells dropped)."""
    return [[clean_cell(c) for c in row if c is not None] for row in table.rows]




def _token(text: str) -> str:
    return re.sub(r"[^\w]", "", text.lower())


def locate_phrase(phrase: str, lines: Sequence[Line]) -> Optional[tuple[int, BBox]]:
    """(page, bbox) of the words spelling `phrase` in `lines`, or of the line holding its
    first word when the phrase wraps; None when it is not found."""
    wanted = [t for t in (_token(w) for w in phrase.split()) if t]
    if not wanted:
        return None
    fallback = None
    for line in lines:
        tokens = [_token(w.text) for w in line.words]
        for i, token in enumerate(tokens):
            if token != wanted[0]:
                continue
            if tokens[i : i + len(wanted)] == wanted:
                box = union_bbox(w.bbox for w in line.words[i : i + len(wanted)])
                assert box is not None  # at least one word matched
                return line.page, box
            fallback = fallback or (line.page, line.bbox)
    return fallback


def line_of(phrase: str, lines: Sequence[Line], last: bool = False) -> Optional[int]:
    """Index of the line where `phrase` starts (its first or, with last=True, final match)."""
    wanted = [t for t in (_token(w) for w in phrase.split()) if t]
    hits = []
    for index, line in enumerate(lines):
        tokens = [_token(w.text) for w in line.words]
        if any(tokens[i : i + len(wanted)] == wanted for i in range(len(tokens))) or (
            wanted and tokens and tokens[-1] == wanted[0]
        ):
            hits.append(index)
    if not hits:
        return None
    return hits[-1] if last else hits[0]


def lines_bbox(lines: Iterable[Line]) -> Optional[tuple[int, BBox]]:
    """(page, bbox) of lines, on the page of the first of them."""
    lines = list(lines)
    if not lines:
        return None
    page = lines[0].page
    return page, union_bbox(ln.bbox for ln in lines if ln.page == page)  # type: ignore[return-value]


def span_evidence(text: str, lines: Sequence[Line]) -> Optional[tuple[int, BBox]]:
    """(page, bbox) of the lines from where `text` starts to where it ends."""
    words = text.split()
    start = line_of(" ".join(words[:3]), lines)
    if start is None:
        return locate_phrase(" ".join(words[:3]), lines)
    end = line_of(" ".join(words[-2:]), lines[start:], last=False)
    return lines_bbox(lines[start : start + (end or 0) + 1])

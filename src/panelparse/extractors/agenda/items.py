"""Agenda items: numbered headings in one column and style, wrapped titles, descriptions,
'(Pages N - M)', Part I/II sections and sub-items ('6a', or '(a)' under item 6)."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Optional, Sequence

from ...errors import ParseError
from ...layout import Line, TableGrid
from ...layout.query import paragraphs, table_rows
from ...models.base import PageRange
from ...models.documents import AgendaItem
from ...parsing import clean_text, find_date, find_page_ranges, parse_item_number
from ..base import evidence_of
from ..common.headings import select_heads
from ..common.names import looks_like_person
from ..common.numbering import Numbered, heading_column, mostly_bold, numbered
from ..common.titles import continues_title, right_margin

_PART = re.compile(
    r"^\W*(?:part\s+(?P<n>ii|i|1|2|one|two|a|b)\b"
    r"|(?P<open>(?:un-?restricted|open|public)\s+(?:items|business|session))"
    r"|(?P<closed>(?:exempt|confidential|restricted|private|closed)\s+(?:items|business|session|information)))",
    re.I,
)
_MAX_PART_WORDS = 12
# A wrapped title line sits closer than this share of the font size below the line above.


def part_marker(line: Line) -> Optional[str]:
    """'I' or 'II' for a 'Part II' / 'EXEMPT ITEMS' / 'UNRESTRICTED ITEMS' line, else None."""
    match = _PART.match(line.text)
    if not match or len(line.text.split()) > _MAX_PART_WORDS:
        return None
    if match["n"]:
        return "I" if match["n"].lower() in ("i", "1", "one", "a") else "II"
    return "I" if match["open"] else "II"


@dataclass
class _Draft:
    head: Numbered
    number: str
    part: str
    title_lines: list[Line] = field(default_factory=list)
    body: list[Line] = field(default_factory=list)
    children: list["_Draft"] = field(default_factory=list)


# An item title is at most this many words.
_MAX_TITLE_WORDS = 30


def _item_like(head: Numbered) -> bool:
    """A numbered line that can head an item: not a date ('3 February 2025') nor a sentence."""
    date = find_date(head.line.text)
    if date is not None and head.line.text.startswith(date.raw.split()[0]):
        return False
    words = head.title.split()
    return len(words) <= _MAX_TITLE_WORDS and not (len(words) > 12 and head.title.endswith("."))


class _Layout:
    """Where and how this agenda prints its item headings (inferred before reading items)."""

    def __init__(self, lines: Sequence[Line]):
        self.heads = select_heads(lines, _item_like, titles_wrap=True)
        self.column = heading_column(list(self.heads.values()))
        self.bold = mostly_bold([n.line for n in self.heads.values()])

    def styled(self, line: Line) -> bool:
        return line.bold == self.bold

    def item(self, index: int) -> Optional[Numbered]:
        return self.heads.get(index)

    def sub_item(self, line: Line, parent: Optional[_Draft]) -> Optional[Numbered]:
        if (
            parent is None
            or not self.styled(line)
            or self.column is None
            or line.x0 < self.column - 8
        ):
            return None
        head = numbered(line, parent=parent.number)
        if (
            not head
            or head.number == parent.number
            or re.sub(r"[a-z]+$", "", head.number) != parent.number
        ):
            return None
        taken = {c.number for c in parent.children}
        return head if head.number not in taken else None


def _continues_title(line: Line, draft: _Draft, margin: float) -> bool:
    return continues_title(line, draft.title_lines[-1], draft.head.title_x0, margin) and not find_page_ranges(
        " ".join(ln.text for ln in draft.title_lines)
    )


def _new_draft(head: Numbered, part: str, line: Line) -> _Draft:
    """A draft for the item headed by `line`; text run in after its title starts the body."""
    draft = _Draft(head=head, number=head.number, part=part, title_lines=[line])
    if head.rest_words:
        draft.body.append(Line(head.rest_words, line.page))
    return draft


def _drafts(lines: Sequence[Line]) -> list[_Draft]:
    layout = _Layout(lines)
    margins = {
        page: right_margin([ln for ln in lines if ln.page == page])
        for page in {ln.page for ln in lines}
    }
    drafts: list[_Draft] = []
    part, current, in_preamble = "I", None, True
    for index, line in enumerate(lines):
        marker = part_marker(line)
        parent = drafts[-1] if drafts else None
        if marker:
            part, current, in_preamble = marker, None, True
        elif head := layout.item(index):
            current = _new_draft(head, part, line)
            drafts.append(current)
            in_preamble = False
        elif not in_preamble and (head := layout.sub_item(line, parent)):
            current = _new_draft(head, part, line)
            parent.children.append(current)
        elif current and current.body == [] and _continues_title(line, current, margins[line.page]):
            current.title_lines.append(line)
        elif current and not in_preamble:
            current.body.append(line)
    return drafts


def _title_and_pages(draft: _Draft) -> tuple[str, Optional[PageRange], list[Line]]:
    """Title without its page range; the range may also stand alone on the next line."""
    title = " ".join([draft.head.title] + [ln.text for ln in draft.title_lines[1:]])
    body = list(draft.body)
    ranges = find_page_ranges(title)
    pages = None
    if ranges:
        start, end, (a, b) = ranges[-1]
        pages = PageRange(start=start, end=end)
        title = title[:a] + title[b:]
    elif body and (below := find_page_ranges(body[0].text)):
        # The range printed after a run-in description or alone on the next line.
        start, end, (a, b) = below[-1]
        pages = PageRange(start=start, end=end)
        if not (body[0].text[:a] + body[0].text[b:]).strip(" .,;-–"):
            body.pop(0)
    return clean_text(title).rstrip(" -–"), pages, body


def _description(body: Sequence[Line]) -> Optional[str]:
    text = "\n".join(p.text for p in paragraphs(body))
    for _, _, (a, b) in reversed(find_page_ranges(text)):
        text = (text[:a].rstrip() + " " + text[b:].lstrip()).strip()
    return text or None


_TRAILING_BRACKET = re.compile(r"\s*\(([^()]{3,80})\)\s*$")


def _presenter(title: str, body: list[Line]) -> tuple[str, Optional[str], list[Line]]:
    """A lead named in brackets after the title, or on a line of its own under the item:
    'Minutes and action points (Nigel Shadbolt)', '(Nick Bagshaw, Steve Peters)'."""
    match = _TRAILING_BRACKET.search(title)
    if match and _names_only(match.group(1)):
        return title[: match.start()].rstrip(), clean_text(match.group(1)), body
    for index, line in enumerate(body):
        whole = _TRAILING_BRACKET.fullmatch(line.text.strip())
        if whole and _names_only(whole.group(1)):
            return title, clean_text(whole.group(1)), body[:index] + body[index + 1 :]
    return title, None, body


def _names_only(text: str) -> bool:
    parts = [p.strip() for p in re.split(r",|\band\b|&", text) if p.strip()]
    return bool(parts) and all(looks_like_person(p) for p in parts)


def _item(draft: _Draft) -> AgendaItem:
    title, pages, body = _title_and_pages(draft)
    title, presenter, body = _presenter(title, body)
    line = draft.title_lines[0]
    return AgendaItem(
        number=draft.number,
        title=title,
        description=_description(body),
        pack_pages=pages,
        time=draft.head.time,
        presenter=presenter,
        part=draft.part,
        children=[_item(c) for c in draft.children],
        evidence=evidence_of(line.page, line.bbox),
    )


def read_items(lines: Sequence[Line]) -> list[AgendaItem]:
    """Top-level agenda items in order, sub-items as children."""
    return [_item(d) for d in _drafts(lines)]


def item_lines(lines: Sequence[Line]) -> dict[str, list[Line]]:
    """Each item's (and sub-item's) description lines by number, for readers of their contents."""
    out: dict[str, list[Line]] = {}

    def walk(drafts):
        for d in drafts:
            out[d.number] = d.body
            walk(d.children)

    walk(_drafts(lines))
    return out


def first_item_index(lines: Sequence[Line]) -> int:
    """Index of the first item heading or part marker (the header and membership sit above it)."""
    drafts = _drafts(lines)
    starts = [lines.index(d.title_lines[0]) for d in drafts[:1]]
    starts += [i for i, ln in enumerate(lines) if part_marker(ln)][:1]
    return min(starts, default=len(lines))


# A bare "7 - 10" in a Pages column (the column header says they are pages).
_BARE_RANGE = re.compile(r"^\s*(\d{1,4})\s*(?:-|–|—|to)\s*(\d{1,4})\s*$|^\s*(\d{1,4})\s*$")


def _row_number(cell: str, parent: Optional[str]) -> Optional[str]:
    try:
        return parse_item_number(cell.strip(), parent)
    except ParseError:
        return None


def _row_pages(cells: Sequence[str], pages_column: Optional[int]) -> tuple[Optional[PageRange], list[str]]:
    for i, cell in enumerate(cells):
        ranges = find_page_ranges(cell)
        if ranges:
            start, end, (a, b) = ranges[-1]
            return PageRange(start=start, end=end), [*cells[:i], cell[:a] + cell[b:], *cells[i + 1:]]
    if pages_column is not None and pages_column < len(cells):
        match = _BARE_RANGE.match(cells[pages_column])
        if match:
            start = int(match.group(1) or match.group(3))
            end = int(match.group(2) or start)
            rest = [c for i, c in enumerate(cells) if i != pages_column]
            return (PageRange(start=start, end=end) if end >= start else None), rest
    return None, list(cells)


def read_table_items(tables: Sequence[TableGrid]) -> list[AgendaItem]:
    """Items of agendas printed as a ruled table (Item | Title | Pages), for councils whose
    frontsheet is a table rather than numbered lines."""
    items: list[AgendaItem] = []
    for table in tables:
        rows = table_rows(table)
        header = [c.lower() for c in rows[0]] if rows else []
        pages_column = next((i for i, c in enumerate(header) if c.startswith(("page", "pp"))), None)
        for index, cells in enumerate(rows):
            if len(cells) < 2:
                continue
            parent = items[-1].number if items else None
            number = _row_number(cells[0], parent)
            if number is None:
                continue
            pages, rest = _row_pages(cells[1:], None if pages_column is None else pages_column - 1)
            title = clean_text(rest[0]).rstrip(" -–") if rest else ""
            item = AgendaItem(number=number, title=title or number, pack_pages=pages,
                              description=clean_text(" ".join(rest[1:])) or None,
                              evidence=evidence_of(table.page, table.row_bboxes[index]))
            if parent and number != parent and number.startswith(parent) and not number.isdigit():
                items[-1].children.append(item)
            elif not items or number.isdigit() and int(number) > int(re.match(r"\d+", items[-1].number).group(0)):
                items.append(item)
    return items

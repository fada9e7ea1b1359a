"""Agenda items: numbered headings in one column and style, wrapped titles, descriptions,
'(Pages N - M)', Part I/II sections and sub-items ('6a', or '(a)' under item 6)."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Iterator, Literal, Optional, Sequence

from ...layout import Line, PageLayout, TableGrid, Word
from ...layout.query import paragraphs
from ...models.base import PageRange
from ...models.documents import AgendaItem
from ...parsing import clean_text, find_date, find_page_ranges, parse_page_cell
from ..base import evidence_of
from ..common import vocabulary as vocab
from ..common.headings import select_heads
from ..common.names import looks_like_person
from ..common.numbering import (
    Numbered,
    heading_column,
    item_number,
    leading_time,
    mostly_bold,
    number_scheme,
    numbered,
    sequence_key,
    top_level,
    varying_part,
)
from ..common.titles import TITLE_GAP, TITLE_INDENT_TOLERANCE, continues_title, right_margin
from .settings import (
    CELL_OPEN_END,
    CELL_SENTENCE_START,
    CELL_SUB_ITEM,
    CELL_WRAP_FIT,
    CELL_WRAP_LINES,
    CELL_WRAP_SHARE,
    ITEM_STATUS,
    LEAD_POST,
    MAX_GROUP_HEADING_WORDS,
    MAX_HEADING_SENTENCE_WORDS,
    MAX_PART_WORDS,
    MAX_TITLED_PART_WORDS,
    PARAGRAPH_GAP,
    SIGNED_OFF,
)

_PART = re.compile(
    r"^\W*(?:part\s+(?P<n>ii|i|1|2|one|two|a|b)\b(?!\s+of\b)(?P<titled>\s*[-–—:])?"
    r"|(?P<open>(?:un-?restricted|open|public)\s+(?:items|business|session|section))"
    r"|(?P<closed>(?:exempt|confidential|restricted|private|closed)\s+(?:items|business|session|information|section))"
    r"|(?P<excluded>(?:items|matters|business|reports)\b.{0,60}?\b(?:in\s+private|(?:press\s+and\s+public|public"
    r"\s+and\s+press)\b.{0,30}?\bexcluded\b|(?:in\s+the\s+)?absence\s+of\s+the\s+(?:press|public))))",
    re.I,
)
# A wrapped title line sits closer than this share of the font size below the line above.


Part = Literal["I", "II"]


def part_marker(line: Line) -> Optional[Part]:
    """'I' or 'II' for a 'Part II' / 'EXEMPT ITEMS' / 'UNRESTRICTED ITEMS' line, else None."""
    return part_of_text(line.text)


def part_of_text(text: str) -> Optional[Part]:
    """part_marker for a line's or a table row's text."""
    match = _PART.match(text)
    # 'PART 2 - ITEMS WHICH MAY BE CONSIDERED IN THE ABSENCE OF THE PRESS AND PUBLIC': a titled part
    # heading may run longer than a bare one.
    limit = MAX_TITLED_PART_WORDS if match and (match["titled"] or match["excluded"]) else MAX_PART_WORDS
    if not match or len(text.split()) > limit:
        return None
    if match["n"]:
        return "I" if match["n"].lower() in ("i", "1", "one", "a") else "II"
    return "I" if match["open"] else "II"


# The item that excludes the press and public: what follows it is taken in private (Part II).
_EXCLUSION = re.compile(
    r"\bexclu(?:sion|de|ding)\b.{0,30}\b(?:press|public)\b|\b(?:press|public)\b.{0,30}\bexclu(?:sion|ded)\b", re.I)


def parts_after_exclusion(items: list[AgendaItem]) -> list[AgendaItem]:
    """Items after 'Exclusion of the Press and Public' are Part II, where no part heading says
    otherwise (the items after it are all still in the exclusion item's part)."""
    for index, item in enumerate(items):
        later = items[index + 1:]
        if _EXCLUSION.search(item.title) and later and all(i.part == item.part for i in later) and item.part != "II":
            for following in later:
                following.part = "II"
                for child in following.children:
                    child.part = "II"
            break
    return items


@dataclass
class _Draft:
    head: Numbered
    number: str
    part: Part
    title_lines: list[Line] = field(default_factory=list)
    body: list[Line] = field(default_factory=list)
    children: list["_Draft"] = field(default_factory=list)
    pages: Optional[PageRange] = None  # a page reference printed on a line of its own


# An item title is at most this many words.
_MAX_TITLE_WORDS = 30


def _item_like(head: Numbered) -> bool:
    """A numbered line that can head an item: not a date ('3 February 2025') nor a sentence."""
    # Any year will do to see that '26 March, 30 April, ...' opens with a date (2000: leap).
    date = find_date(head.line.text, reference_year=2000)
    # '3 February 2025 ...' is a date; '25.04.01 Apologies' is a date-coded item number (the
    # numbering scheme and the rising run decide among those).
    # (Word by word: '816. Date of Next Meeting ... 8 July 2024' does not open with the '8', nor '8. Date of
    # next meeting – 8 April 2025' with its date: the words after the '8' are not the date's.)
    if date is not None and _opens_with(head.line.text, date.raw) and not re.fullmatch(
            r"\d{1,2}\.\d{1,2}\.\d{1,2}", date.raw):
        return False
    words = head.title.split()
    # A long sentence is a numbered paragraph, unless worded as what the meeting will do (parish
    # agendas: '4. To consider the planning applications received since the last meeting of the Council.').
    sentence = len(words) > MAX_HEADING_SENTENCE_WORDS and head.title.endswith(".")
    return len(words) <= _MAX_TITLE_WORDS and not (sentence and not vocab.INFINITIVE.match(head.title))


def _opens_with(text: str, raw: str) -> bool:
    """True when `text` opens with the date printed as `raw`: its first word, and its second too."""
    words, date_words = text.split(), raw.split()
    return bool(words) and re.fullmatch(re.escape(date_words[0]) + r"\W?", words[0]) is not None and (
        len(date_words) < 2 or (len(words) > 1 and words[1].rstrip(",.;:") == date_words[1].rstrip(",.;:")))


class _Layout:
    """Where and how this agenda prints its item headings (inferred before reading items)."""

    def __init__(self, lines: Sequence[Line]):
        self.heads = select_heads(lines, _item_like, titles_wrap=True)
        self.heads.update(_restarted_heads(lines, self.heads))
        self.column = heading_column(list(self.heads.values()))
        self.bold = mostly_bold([n.line for n in self.heads.values()])

    def styled(self, line: Line) -> bool:
        return line.bold == self.bold

    def item(self, index: int) -> Optional[Numbered]:
        return self.heads.get(index)

    def sub_item(self, line: Line, parent: Optional[_Draft]) -> Optional[Numbered]:
        if parent is None or self.column is None or line.x0 < self.column - 8:
            return None
        head = numbered(line, parent=parent.number)
        if (
            not head
            or head.number == parent.number
            or not _sub_number(head.number, parent.number)
        ):
            return None
        taken = {c.number for c in parent.children}
        if head.number in taken:
            return None
        # Set like the items, or the next in its run ('(iii)' after '(ii)', whatever its type), or
        # the run's first label indented under a bold item ('a) 24/00123/FUL ...' in plain type).
        opens_indented = (not parent.children and head.number[len(parent.number):] in _FIRST_LABELS
                          and self.bold and not line.bold and line.x0 > self.column + _INDENT)
        # '2a Revenue' in plain type under a bold '2. Budget', in the items' column: the printed number
        # carries its parent's, so it is no numbered paragraph of a description.
        opens_numbered = (not parent.children and head.number[len(parent.number):] in _FIRST_LABELS
                          and self.bold and not line.bold and _prints_parent(line, parent.number))
        return (head if self.styled(line) or _follows(parent, head.number, line) or opens_indented or opens_numbered
                else None)


def _prints_parent(line: Line, parent: str) -> bool:
    """The line's number is printed with its parent's ('2a', '2.1', '2(a)', 'Item 2a'), not alone ('a)')."""
    return any(re.fullmatch(re.escape(parent) + r"(?:\.\d{1,2}|\(?[a-z]\)?)[.:)]?", w.text) for w in line.words[:3])


def _restarted_heads(lines: Sequence[Line], heads: dict[int, Numbered]) -> dict[int, Numbered]:
    """Items of a part that numbers them afresh ('PART II' / '1. Land Disposal' after items 1-3),
    which the one rising run over the whole agenda leaves out: a part with no item found is read
    on its own."""
    marks = [i for i, ln in enumerate(lines) if part_marker(ln)]
    found: dict[int, Numbered] = {}
    for start, end in zip(marks, marks[1:] + [len(lines)], strict=False):
        if (start == marks[0] and not any(i < start for i in heads)) or any(start < i < end for i in heads):
            continue  # the first part (nothing before it) or a part whose items were found
        section = list(lines[start + 1 : end])
        found.update({start + 1 + i: n for i, n in select_heads(section, _item_like, titles_wrap=True).items()})
    return found


# A sub-item set in plain type under bold items is indented at least this far past their column.
_INDENT = 8.0
_ROMAN = ("i", "ii", "iii", "iv", "v", "vi", "vii", "viii", "ix", "x", "xi", "xii")


# The label a run of sub-items opens with: '3a', '3(i)', '3.1', '3A'.
_FIRST_LABELS = frozenset({"a", "i", ".1", "A", "1"})


def _follows(parent: _Draft, number: str, line: Optional[Line] = None) -> bool:
    """True when `number` is the next sub-item after the parent's last child ('7iii' after '7ii'),
    or opens the run ('3a') on a line that cites its own pages ('3a  Revenue Budget   11 - 30')."""
    if not parent.children:
        label = number[len(parent.number):]
        last_segment = line.segments()[-1].text if line is not None and len(line.segments()) > 1 else ""
        return line is not None and label in _FIRST_LABELS and bool(
            find_page_ranges(line.text) or (last_segment and parse_page_cell(last_segment)))
    last, label = parent.children[-1].number[len(parent.number):], number[len(parent.number):]
    if last in _ROMAN and label in _ROMAN:
        return _ROMAN.index(label) == _ROMAN.index(last) + 1
    if last.startswith(".") and label.startswith("."):  # '7.3' after '7.2'
        return int(label[1:]) == int(last[1:]) + 1
    return len(last) == len(label) == 1 and ord(label) == ord(last) + 1


def _only_run_in(draft: _Draft) -> bool:
    """Nothing under the item yet but the text run in beside its title on the heading line."""
    heading = draft.title_lines[0]
    return all(b.page == heading.page and abs(b.top - heading.top) < 1 for b in draft.body)


def _run_in_follows(draft: _Draft) -> bool:
    """Text run in straight after the title, in its column with no gap ('2. Declarations of interest –
    to receive declarations of disclosable' / 'pecuniary and other interests.'): the title ended on the
    heading line, and the lines wrapped under it carry the run-in text on. A description set apart
    in a column of its own is not this (its title may wrap under itself)."""
    head = draft.head
    if not head.rest_words or not head.title_words:
        return False
    return len(Line((head.title_words[-1], head.rest_words[0]), head.line.page).segments()) == 1


def _page_line(line: Line) -> Optional[tuple[PageRange, Optional[Line]]]:
    """A line that opens with a labelled page reference set apart ('pp. 2-3', 'p. 6', 'Pages 4 - 5'),
    as (the range, the rest of the line or None)."""
    segments = line.segments()
    first = segments[0] if segments else line
    if not re.match(r"\W*(?:pages?|pp?\.)", first.text, re.I):
        return None
    cell = parse_page_cell(first.text)
    if cell is None:
        return None
    rest = [w for seg in segments[1:] for w in seg.words]
    return PageRange(start=cell[0], end=cell[1]), (Line(tuple(rest), line.page) if rest else None)


# A page reference on a body line's baseline sits within this many points of its top.
_BASELINE_TOLERANCE = 2.0


def with_page_references(pages: Sequence[PageLayout]) -> list[Line]:
    """Body lines of the pages, with the page reference printed on an item's line given back
    where the layout took it for the page's stamp ('(a) Quarterly Performance Report ... Page 7'
    in the bottom band, or 'Page 5' under a wrapped title beside its description): a 'Page N'
    furniture line on a body line's baseline, clear of its text, that is not the page's own
    number."""
    out: list[Line] = []
    for page in pages:
        refs = [f for f in page.furniture if _page_ref_number(f.text) not in (None, page.printed_page)]
        lines = list(page.lines)
        for ref in refs:
            at = next((i for i, ln in enumerate(lines)
                       if abs(ln.top - ref.top) < _BASELINE_TOLERANCE
                       and (ln.bbox[2] < ref.x0 or ref.bbox[2] < ln.x0)), None)
            if at is not None:
                words = sorted(lines[at].words + ref.words, key=lambda w: w.x0)
                lines[at] = Line(tuple(words), page.number)
        out += lines
    return out


def _page_ref_number(text: str) -> Optional[int]:
    """N of a 'Page N' reference, else None."""
    if not re.match(r"\W*pages?\b", text, re.I):
        return None
    cell = parse_page_cell(text)
    return cell[0] if cell else None


def _continues_title(line: Line, draft: _Draft, margin: float) -> bool:
    if find_page_ranges(" ".join(ln.text for ln in draft.title_lines)):
        return False
    if continues_title(line, draft.title_lines[-1], draft.head.title_x0, margin) or _broken_after_comma(line, draft):
        return True
    # A title wrapped back under its number ('11. Contract Award: Building Cleaning' / 'Services'),
    # beside a description column: one short line, right under the heading.
    heading = draft.title_lines[0]
    return (len(draft.title_lines) == 1 and len(line.words) <= _WRAP_BACK_WORDS and len(line.segments()) == 1
            and abs(line.x0 - heading.x0) < 3 and line.bbox[2] < draft.head.title_x0 + _WRAP_BACK_REACH
            and len(heading.segments()) > 1
            and continues_title(line, heading, line.x0, margin))


def _broken_after_comma(line: Line, draft: _Draft) -> bool:
    """A plain title broken after a comma goes on at its indent on the next line however short its
    line ('7.<tab>Highways, footpaths and the village green,' / 'including the report of the Tree
    Warden'), as a bold one does (continues_title), unless that line opens what the meeting will do
    ('To note ...')."""
    last = draft.title_lines[-1]
    return (not last.bold and not line.bold and last.text.rstrip().endswith(",") and line.page == last.page
            and 0 <= line.top - last.bottom < TITLE_GAP * line.size
            and abs(line.x0 - draft.head.title_x0) < TITLE_INDENT_TOLERANCE and len(line.segments()) == 1
            and not vocab.INFINITIVE.match(line.text) and not find_page_ranges(line.text))


def _extends_title(line: Line, draft: _Draft, column: Optional[float], margin: float, edges: set[int]) -> bool:
    """Add `line` to the draft's title when it carries the title on; True when it did."""
    if split := _title_column_wrap(line, draft, column):
        title_part, beside = split  # 'Treasury Management Mid-Year | To note the ...' / 'Review | first half ...'
        draft.title_lines.append(title_part)
        if beside is not None:
            draft.body.append(beside)
        return True
    if _only_run_in(draft) and not _run_in_follows(draft) and (
            _continues_title(line, draft, margin) or _continues_overleaf(line, draft, edges)):
        draft.title_lines.append(line)
        return True
    return False


def _title_column_wrap(line: Line, draft: _Draft, column: Optional[float]) -> Optional[tuple[Line, Optional[Line]]]:
    """Items set in two columns without rules, the title beside its description, each wrapping in
    its own column: the title's next words at the start of the following line, back under the
    number (or the items' column, for a sub-item) and ending short of the description column,
    the description's next words beside them. (title part, description part or None)."""
    heading = draft.title_lines[0]
    if draft.children or draft.pages is not None or line.page != heading.page:
        return None
    columns = heading.segments()
    if len(columns) != 2 or find_page_ranges(line.text):
        return None
    described_at = columns[1].x0
    if any(abs(b.x0 - described_at) >= 3 for b in draft.body):  # the description keeps its column
        return None
    parts = line.segments()
    title_part, beside = parts[0], (parts[1] if len(parts) == 2 else None)
    last = draft.title_lines[-1]
    starts = [heading.x0, draft.head.title_x0] + ([column] if column is not None else [])
    return (title_part, beside) if (
        len(parts) <= 2 and min(abs(title_part.x0 - x) for x in starts) < 3
        and title_part.bbox[2] < described_at - 3 and (beside is None or abs(beside.x0 - described_at) < 3)
        and len(title_part.words) <= _WRAP_BACK_WORDS and title_part.bold == columns[0].bold
        and 0 <= title_part.top - last.bottom < TITLE_GAP * line.size) else None


# A title wrapped back to the number's column is at most this many words, and ends before the
# description column (points right of where the title starts).
_WRAP_BACK_WORDS = 6
_WRAP_BACK_REACH = 200.0


def _has_text(line: Line) -> bool:
    return any(c.isalnum() for c in line.text)


def _page_edges(lines: Sequence[Line]) -> set[int]:
    """ids of the first and last lines with text on each page."""
    edges: set[int] = set()
    for page in {ln.page for ln in lines}:
        on_page = [ln for ln in lines if ln.page == page and _has_text(ln)]
        edges |= {id(on_page[0]), id(on_page[-1])}
    return edges


def _continues_overleaf(line: Line, draft: _Draft, edges: set[int]) -> bool:
    """A bold title cut by the page break ("A7 Police and Crime Commissioner's" at the foot,
    'Update' at the top of the next page): the last line of one page and the first of the next,
    both bold, the carried-over part short and in the title's column (or wrapped back under
    its number)."""
    last = draft.title_lines[-1]
    return (line.page == last.page + 1 and id(line) in edges and id(last) in edges
            and line.bold and last.bold and len(line.words) <= _WRAP_BACK_WORDS and len(line.segments()) == 1
            and not find_page_ranges(line.text)
            and (abs(line.x0 - draft.head.title_x0) < TITLE_INDENT_TOLERANCE
                 or abs(line.x0 - draft.title_lines[0].x0) < TITLE_INDENT_TOLERANCE))


def _new_draft(head: Numbered, part: Part, line: Line) -> _Draft:
    """A draft for the item headed by `line`; text run in after its title starts the body."""
    draft = _Draft(head=head, number=head.number, part=part, title_lines=[line])
    run_in = head.rest_words
    if len(run_in) > 1 and run_in[0].text in ("-", "–", "—"):
        run_in = run_in[1:]  # '**Minutes** - to approve the minutes ...': the dash parting title from text is neither's
    if run_in:
        draft.body.append(Line(run_in, line.page))
    return draft


def _drafts(lines: Sequence[Line]) -> list[_Draft]:
    layout = _Layout(lines)
    margins = {
        page: right_margin([ln for ln in lines if ln.page == page])
        for page in {ln.page for ln in lines}
    }
    edges = _page_edges(lines)
    drafts: list[_Draft] = []
    part: Part
    part, current, in_preamble = "I", None, True
    last_head = max(layout.heads, default=len(lines))
    for index, line in enumerate(lines):
        if not _has_text(line):
            continue  # a stray rule or bar ('|' left from a 'Page | 2' stamp) carries nothing
        marker = part_marker(line)
        parent = drafts[-1] if drafts else None
        if marker:
            part, current, in_preamble = marker, None, True
        elif head := layout.item(index):
            current = _new_draft(head, part, line)
            drafts.append(current)
            in_preamble = False
        elif current and not in_preamble and current.pages is None and (found := _page_line(line)):
            # 'pp. 2-3' under the title, in the number's column (the description beside it)
            current.pages, rest = found
            if rest is not None:
                current.body.append(rest)
        elif not in_preamble and parent is not None and (head := layout.sub_item(line, parent)):
            current = _new_draft(head, part, line)
            parent.children.append(current)
        elif current and not in_preamble and index > last_head and _timed_close(line, current):
            in_preamble = True  # '2.30pm  Close' under the last timed item
        elif current and _extends_title(line, current, layout.column, margins[line.page], edges):
            continue  # the title wrapped in its column (beside its description) or overleaf
        elif current and not in_preamble and index > last_head and (
                _notice_heading(lines, index, layout) or _closing_paragraph(lines, index, layout, drafts)
                or SIGNED_OFF.match(line.text)):
            # 'WEBCASTING NOTICE', 'Information for the public', 'Signed: P Marsh, Town Clerk' after the last item
            in_preamble = True
        elif current and not in_preamble and not _group_heading(lines, index, layout):
            current.body.append(line)
    return drafts


def _timed_close(line: Line, current: _Draft) -> bool:
    """An unnumbered line opening with a time under the last of timed items ('2.30pm   Close', 'Meeting
    ends' at its time): the agenda's end, no part of that item's description."""
    if current.head.time is None or current.children:
        return False
    time, taken = leading_time(list(line.words))
    return time is not None and taken < len(line.words) and time > current.head.time


def _notice_heading(lines: Sequence[Line], index: int, layout: _Layout) -> bool:
    """A heading set apart in the numbers' column below the last item ('WEBCASTING NOTICE',
    'Information for the Public'): the notes it opens close the agenda, no item's description."""
    line = lines[index]
    text = line.text.strip()
    if layout.column is None or line.x0 > layout.column + 3 or not _gap_above(lines, index):
        return False
    if len(text.split()) > MAX_GROUP_HEADING_WORDS or text.endswith((".", ",", ";")):
        return False
    return line.bold or (text.isupper() and any(c.isalpha() for c in text))


def _closing_paragraph(lines: Sequence[Line], index: int, layout: _Layout, drafts: Sequence[_Draft]) -> bool:
    """A paragraph set apart below the last item and back in the numbers' column, where the items'
    descriptions hang indented under their titles ('Distribution: All Members', 'Signed: J Smith,
    Clerk', a note to the public): it closes the agenda, no item's description. Where descriptions
    start in the numbers' column, nothing tells them apart, and the paragraph stays the item's."""
    line = lines[index]
    if layout.column is None or line.x0 > layout.column + 3 or not _gap_above(lines, index):
        return False
    described = [ln for draft in _walk(drafts) for ln in draft.body]
    return bool(described) and min(ln.x0 for ln in described) > layout.column + _INDENT


def _walk(drafts: Sequence[_Draft]) -> Iterator[_Draft]:
    for draft in drafts:
        yield draft
        yield from _walk(draft.children)


def _group_heading(lines: Sequence[Line], index: int, layout: _Layout) -> bool:
    """A heading that groups the items below it ('Reports for Information', 'DECISION ITEMS'): short,
    set in the numbers' column in a heading style (bold, or capitals, where the titles are not), and
    straight over the next item. It belongs to no item's description."""
    line = lines[index]
    nxt = next((i for i in range(index + 1, len(lines)) if _has_text(lines[i])), None)
    if nxt is None or layout.item(nxt) is None or layout.column is None:
        return False
    text = line.text.strip()
    if len(text.split()) > MAX_GROUP_HEADING_WORDS or text.endswith((".", ",", ";")) or line.x0 > layout.column + 3:
        return False
    heading_style = (line.bold and not layout.bold) or (text.isupper() and any(c.isalpha() for c in text))
    return heading_style or (line.bold and _gap_above(lines, index))


def _gap_above(lines: Sequence[Line], index: int) -> bool:
    """A blank line's worth of space between the line and the one above it."""
    if index == 0 or lines[index - 1].page != lines[index].page:
        return True
    return lines[index].top - lines[index - 1].bottom > PARAGRAPH_GAP * lines[index].size


def _title_and_pages(draft: _Draft) -> tuple[str, Optional[PageRange], list[Line]]:
    """Title without its page range; the range may also stand alone on the next line."""
    title = " ".join([draft.head.title] + [ln.text for ln in draft.title_lines[1:]])
    body = list(draft.body)
    if (wrapped := _wrapped_reference(body)) is not None:
        return clean_text(title).rstrip(" -–"), wrapped[0], wrapped[1]
    ranges = find_page_ranges(title)
    pages = None
    leader = _LEADER.search(title)
    if ranges:
        start, end, (a, b) = ranges[-1]
        pages = PageRange(start=start, end=end)
        title = title[:a] + title[b:]
    elif leader and (not leader["cell"] or parse_page_cell(leader["cell"])):
        # 'Minutes of the last meeting ........ 1 - 6': dot leaders run out to the pages.
        led_to = parse_page_cell(leader["cell"]) if leader["cell"] else None
        pages = PageRange(start=led_to[0], end=led_to[1]) if led_to else None
        title = title[: leader.start()]
    elif body and (alone := parse_page_cell(body[0].text)):
        # 'pp. 2-3' or 'Page 6' set apart after the title, or alone on the next line.
        pages = PageRange(start=alone[0], end=alone[1])
        body.pop(0)
    elif body and (below := find_page_ranges(body[0].text)):
        # The range printed after a run-in description.
        start, end, (a, b) = below[-1]
        pages = PageRange(start=start, end=end)
        if not (body[0].text[:a] + body[0].text[b:]).strip(" .,;-–"):
            body.pop(0)
    elif len(draft.title_lines) == 1 and (column := _pages_column(draft.title_lines[0])) is not None:
        # '3a   Revenue Budget          11 - 30': a bare range in a column of its own.
        (start, end), cell = column
        pages = PageRange(start=start, end=end)
        title = title[: title.rfind(cell)] if title.rstrip().endswith(cell) else title
    elif body and (closing := _closing_range(body)) is not None:
        pages = closing  # '... the minutes of the meeting held on 19' / 'June 2012 (page 1)'
    title = _LEADER.sub("", title) if (trailing := _LEADER.search(title)) and not trailing["cell"] else title
    return clean_text(title).rstrip(" -–"), pages, body


def _wrapped_reference(body: Sequence[Line]) -> Optional[tuple[PageRange, list[Line]]]:
    """A page reference a narrow pages column wrapped ('(Pages' beside the title, '5 - 12)' under it in
    that column, beside the description): (the range, the body without either part), else None."""
    if len(body) < 2 or not re.fullmatch(r"\(?(?:pages?|pp\.?)(?:\s+\d+\s*[-–]?)?", body[0].text.strip(), re.I):
        return None
    below = body[1].segments()
    tail = below[-1]
    if (body[1].page != body[0].page or len(below) < 2 or abs(tail.x0 - body[0].x0) > _BASELINE_TOLERANCE * 3
            or not re.fullmatch(r"[\d\s\-–]+\)?", tail.text)):
        return None
    found = find_page_ranges(f"{body[0].text.strip()} {tail.text}")
    if not found:
        return None
    start, end, _ = found[-1]
    rest = Line(tuple(w for seg in below[:-1] for w in seg.words), body[1].page)
    return PageRange(start=start, end=end), [rest, *body[2:]]


# Dot leaders (a table of contents' dots) between a title and its pages, and what follows them.
_LEADER = re.compile(r"\s*(?:[.…·_]\s?){4,}\s*(?P<cell>\S[^.…·_]*)?$")


def _closing_range(body: Sequence[Line]) -> Optional[PageRange]:
    """The page reference that closes the description's first paragraph, when the paragraph
    wraps onto further lines ('Report of the Director setting out ...' / '... 2024/25. (Pages 5 - 20)');
    a reference inside the text ('see page 5 of the report') is not the item's."""
    run = [body[0]]
    for line in body[1:]:  # the lines set close under each other (a run-in line wraps back under the number)
        if line.page != run[-1].page or line.top - run[-1].bottom > PARAGRAPH_GAP * line.size:
            break
        run.append(line)
    text = clean_text(" ".join(ln.text for ln in run))
    ranges = find_page_ranges(text)
    if len(run) < 2 or not ranges:
        return None
    start, end, (_, b) = ranges[-1]
    return PageRange(start=start, end=end) if not text[b:].strip(" .,;:)") else None


def _pages_column(line: Line) -> Optional[tuple[tuple[int, int], str]]:
    """The page range set apart at the end of a heading line, and its text."""
    segments = line.segments()
    if len(segments) < 3:  # number, title, pages
        return None
    cell = segments[-1].text
    found = parse_page_cell(cell)
    return ((found[0], found[1]), cell) if found else None


def _description(body: Sequence[Line]) -> Optional[str]:
    text = "\n".join(p.text for p in paragraphs(body))
    for _, _, (a, b) in reversed(find_page_ranges(text)):
        text = (text[:a].rstrip() + " " + text[b:].lstrip()).strip()
    return text or None


_TRAILING_BRACKET = re.compile(r"\s*\(([^()]{3,80})\)\s*$")


def _presenter(title: str, body: list[Line], heading: Optional[Line] = None) -> tuple[str, Optional[str], list[Line]]:
    """A lead named in brackets after the title, or on a line of its own under the item:
    'Minutes and action points (Nigel Shadbolt)', '(Nick Bagshaw, Steve Peters)'."""
    match = _TRAILING_BRACKET.search(title)
    if match and _names_only(match.group(1)):
        return title[: match.start()].rstrip(), clean_text(match.group(1)), body
    for index, line in enumerate(body):
        whole = _TRAILING_BRACKET.fullmatch(line.text.strip())
        if whole and _names_only(whole.group(1)):
            return title, clean_text(whole.group(1)), body[:index] + body[index + 1 :]
    if heading is not None and len(body) >= 1 and _beside(body[0], heading):
        # 'Item 6   Estates Strategy 2023/24   Head of Planning   pp. 3-4': a column of leads.
        lead, *others = body[0].segments()
        if _lead_shaped(lead.text):
            rest = [Line(tuple(w for seg in others for w in seg.words), body[0].page)] if others else []
            rest = [ln for ln in rest if parse_page_cell(ln.text) is None]  # the pages column, already read
            return title, clean_text(lead.text), rest + body[1:]
    return title, None, body


def _columns_after_title(draft: _Draft, title: str) -> tuple[str, Optional[str], Optional[str]]:
    """(title, lead, purpose) of a one-line item set in tab-stopped columns without rules: 'Item |
    Subject | Lead | Purpose' ('3.  Joint Health Strategy   Director of Public Health   To approve').
    The columns after the title hold a post or person, then what the meeting will do (or a dash)."""
    if len(draft.title_lines) != 1 or not draft.head.title_words:
        return title, None, None
    segments = Line(draft.head.title_words, draft.title_lines[0].page).segments()
    tail, lead, purpose = title.rstrip(), None, None
    for segment in reversed(segments[1:]):
        text = segment.text.strip()
        if not tail.endswith(text):
            break
        if lead is None and purpose is None and (vocab.INFINITIVE.match(text) or text in ("-", "–", "—")):
            purpose = text if text not in ("-", "–", "—") else None
        elif lead is None and (_lead_shaped(text) or LEAD_POST.match(text)):
            lead = text
        else:
            break
        tail = tail[: -len(text)].rstrip()
    if lead is None or not tail:  # a lead column seen, or nothing is read apart
        return title, None, None
    return tail, lead, purpose


# A lead printed in its own column is a person or a post of at most this many words.
_MAX_LEAD_WORDS = 6


def _beside(line: Line, heading: Line) -> bool:
    """A run-in line printed on the heading's own line, a column away from the title."""
    return line.page == heading.page and abs(line.top - heading.top) < 1 and line.x0 > heading.x0 + 100


def _lead_shaped(text: str) -> bool:
    words = text.split()
    return (0 < len(words) <= _MAX_LEAD_WORDS and not text.rstrip().endswith(".")
            and (looks_like_person(text) or bool(vocab.OFFICER_ROLE.search(text) and text[:1].isupper())))


def _names_only(text: str) -> bool:
    parts = [p.strip() for p in re.split(r",|\band\b|&", text) if p.strip()]
    return bool(parts) and all(looks_like_person(p) for p in parts)


def _item(draft: _Draft) -> AgendaItem:
    title, pages, body = _title_and_pages(draft)
    pages = pages or draft.pages
    line = draft.title_lines[0]
    title, lead, purpose = _columns_after_title(draft, title)
    title, presenter, body = _presenter(title, body, line)
    presenter = lead or presenter
    # 'Budget Update (To Follow)', "Leader's Update (Verbal Report)": how the paper comes, not the title.
    status = ITEM_STATUS.search(title)
    description = "\n".join(d for d in (purpose, _description(body)) if d) or None
    if status:
        title = title[: status.start()].rstrip(" -–")
        description = "\n".join(d for d in (status["status"], description) if d)
    return AgendaItem(
        number=draft.number,
        title=title,
        description=description,
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
    return {d.number: d.body for d in _walk(_drafts(lines))}


def first_item_index(lines: Sequence[Line]) -> int:
    """Index of the first item heading or part marker (the header and membership sit above it)."""
    drafts = _drafts(lines)
    starts = [lines.index(d.title_lines[0]) for d in drafts[:1]]
    starts += [i for i, ln in enumerate(lines) if part_marker(ln)][:1]
    return min(starts, default=len(lines))


# A bare "7 - 10" in a Pages column (the column header says they are pages).


def _row_number(cell: str, parent: Optional[str]) -> Optional[str]:
    return item_number(cell.strip(), parent)


# What a column of an agenda table holds, from its header ('Timing', 'Lead', 'Pages', 'Purpose').
_COLUMN_ROLES = (
    ("pages", re.compile(r"^\W*(?:pages?|pp\.?)\W*$", re.I)),
    ("time", re.compile(r"^\W*(?:tim(?:e|ing)s?|start)\W*$", re.I)),
    ("presenter", re.compile(r"^\W*(?:lead|leads|presenter|presented\s+by|officer|by|speaker|who|contact"
                             r"|report(?:ed)?\s+by|introduced\s+by|lead\s+(?:officer|member))\W*$", re.I)),
    ("description", re.compile(r"^\W*(?:purpose|description|notes?|action|for)\W*$", re.I)),
    ("title", re.compile(r"^\W*(?:items?|subject|title|business|agenda\s+item|report)\W*$", re.I)),
)
# ' – paper TB(6)3', ' - Paper A': a reference to the paper, not part of the title.
_PAPER_REF = re.compile(r"\s*[-–—]\s*(?=paper\b)", re.I)


def _column_roles(rows: list[list[str]], width: int) -> dict[str, int]:
    """Column index of each role: from the header row, else from what the cells hold."""
    roles: dict[str, int] = {}
    for col, cell in enumerate(rows[0] if rows else []):
        if col == 0:  # the item numbers' column, whatever its header says ('Item', 'No.')
            continue
        role = next((name for name, pattern in _COLUMN_ROLES if cell and pattern.match(cell)), None)
        if role and role not in roles:
            roles[role] = col
    body = rows[1:] if roles else rows
    for col in range(1, width):
        if col in roles.values():
            continue
        cells = [r[col] for r in body if col < len(r) and r[col]]
        if "time" not in roles and cells and sum(leading_time(_words(c))[1] > 0 for c in cells) * 2 > len(cells):
            roles["time"] = col
    if "title" not in roles:
        free = [c for c in range(1, width) if c not in roles.values()]
        if free:
            roles["title"] = max(free, key=lambda c: sum(len(r[c]) for r in body if c < len(r)))
    return roles


def _words(text: str) -> list[Word]:
    return [Word(t, 0, 0, 1, 1, 1) for t in text.split()]


def _title_cell(text: str, width: Optional[int] = None) -> tuple[str, Optional[str]]:
    """A title cell's title and the description printed under it: the first line (and the
    lines its title wraps onto), then the rest; a ' – paper X' reference goes with the rest.
    `width`: the column's line length in characters, when its cells show it wraps them."""
    lines = [ln.strip() for ln in text.splitlines() if ln.strip()] or [""]
    title, rest = lines[0], lines[1:]
    last = title
    # a cell whose text ends a sentence prints a description under its title: no line of it is wrapped title
    width = None if rest and rest[-1].endswith(".") else width
    while rest and (rest[0][:1].islower() or title.rstrip().endswith((",", "-", "&"))
                    or _wrapped(last, rest[0], width, title)):
        last = rest.pop(0)
        title = f"{title} {last}"
    parts = _PAPER_REF.split(title, maxsplit=1)
    if len(parts) == 2:
        title, rest = parts[0], [parts[1]] + rest
    description = " ".join(r.lstrip("–—- ").strip() for r in rest) or None
    return clean_text(title).rstrip(" -–"), clean_text(description) if description else None


def _wrapped(line: str, following: str, width: Optional[int], title: str) -> bool:
    """True when `following` carries on a title `line` the column was too narrow for: the line is
    full (the next word would not have fitted), the next line opens no sub-item, bullet or purpose
    ('To approve ...') and the line ends no sentence or label."""
    if width is None or line.endswith((".", ":", ";")) or len(title.split()) >= MAX_HEADING_SENTENCE_WORDS:
        return False
    if CELL_SUB_ITEM.match(following) or vocab.INFINITIVE.match(following) or not (
            following[:1].isalnum() or following[:1] in "–—"):  # 'Statement of Accounts 2023/24' / '– Audit Findings'
        return False
    if CELL_SENTENCE_START.match(following) and not CELL_OPEN_END.search(line):
        return False  # 'Budget Monitoring Report Q3' / 'The forecast outturn ...': a description opens
    return len(line) + 1 + len(following.split()[0]) > CELL_WRAP_FIT * width


def _wrap_width(cells: Sequence[str]) -> Optional[int]:
    """The line length at which a column's cells wrap, in characters: the longest line that has
    another under it in its cell, when at least CELL_WRAP_LINES such lines come near it (the column
    is narrow and wraps its titles); else None."""
    lengths = [len(ln.strip()) for cell in cells for ln in cell.strip().splitlines()[:-1] if ln.strip()]
    if not lengths:
        return None
    widest = max(lengths)
    return widest if sum(n >= CELL_WRAP_SHARE * widest for n in lengths) >= CELL_WRAP_LINES else None


def read_table_items(tables: Sequence[TableGrid]) -> list[AgendaItem]:
    """Items of agendas printed as a ruled table (No. | Item | Pages, Timing | Item | Lead), for
    councils whose frontsheet is a table rather than numbered lines."""
    items: list[AgendaItem] = []
    part: Part = "I"
    for table in tables:
        rows = [[c or "" for c in row] for row in table.rows]
        roles = _column_roles(rows, max((len(r) for r in rows), default=0))
        title_col = roles.get("title")
        width = _wrap_width([r[title_col] for r in rows[1:] if title_col is not None and title_col < len(r)])
        for index, cells in enumerate(rows):
            marker = part_of_text(" ".join(c for c in cells if c).strip())
            if marker:  # a 'PART II' row
                part = marker
                continue
            parent = items[-1].number if items else None
            number = _row_number(cells[0], parent) if cells else None
            if number is None or len(cells) < 2:
                continue
            item = _table_item(cells, roles, number, evidence_of(table.page, table.row_bboxes[index]), width)
            item.part = part
            for child in item.children:
                child.part = part
            if parent and _sub_number(number, parent):
                items[-1].children.append(item)
            elif parent is None or _next_top(number, parent) or _reference(number, parent):
                items.append(item)
    return items


def _sub_number(number: str, parent: str) -> bool:
    """'7a', '7.1' or '25.06.07ii' under its parent; not '25.06.10' after '25.06.1'."""
    return number.startswith(parent) and re.fullmatch(r"[a-z]+|\.\d+", number[len(parent):]) is not None


def _next_top(number: str, previous: str) -> bool:
    """A top-level item after `previous`: the next in its numbering scheme ('25.06.08' after
    '25.06.07', '8' after '7'); a lettered number before it ('A1', no leading digits) is
    followed by any plain number."""
    if not top_level(number):
        return False
    if number_scheme(number) == number_scheme(previous):
        position = varying_part((number, previous))
        return sequence_key(number, position) > sequence_key(previous, position)
    return number.isdigit() and int(number) > _leading_number(previous)


def _reference(number: str, previous: str) -> bool:
    """A row numbered by a reference like the one before it ('087/21' after '003/22', '040/20'):
    agendas that carry items over by their resolution number print them out of order."""
    return number_scheme(number) == number_scheme(previous) == "slash" and number != previous


def _leading_number(number: str) -> int:
    """7 for '7', '7a' or '7.2'; -1 when the number opens with no digit ('A1')."""
    lead = re.match(r"\d+", number)
    return int(lead.group(0)) if lead else -1


def _table_item(cells: list[str], roles: dict[str, int], number: str, evidence,
                width: Optional[int] = None) -> AgendaItem:
    def cell(role: str) -> str:
        col = roles.get(role)
        return cells[col] if col is not None and col < len(cells) else ""

    title_text = cell("title") or next((c for c in cells[1:] if c), "")
    pages, title_text = _pages_in(title_text, cell("pages"))
    title_text, children = _cell_sub_items(title_text, number, evidence)
    title, description = _title_cell(title_text, width)
    extra = clean_text(cell("description")) if cell("description") else None
    time, _ = leading_time(_words(cell("time"))) if cell("time") else (None, 0)
    presenter = clean_text(cell("presenter")) or None
    return AgendaItem(number=number, title=title or number, pack_pages=pages, time=time, presenter=presenter,
                      description=" ".join(d for d in (description, extra) if d) or None, evidence=evidence,
                      children=children)


def _cell_sub_items(text: str, number: str, evidence) -> tuple[str, list[AgendaItem]]:
    """The sub-items a title cell lists under its title ('(a) 25/0011 – 4 High Street' / '(b) ...'),
    each line a marker opens and the lines it wraps onto, and the cell's text above them. The first
    must open its run ('(a)', '(i)', '4.1')."""
    lines = [ln.strip() for ln in text.splitlines() if ln.strip()]
    marks = [(i, m) for i, ln in enumerate(lines) if i and (m := CELL_SUB_ITEM.match(ln))]
    if not marks:
        return text, []
    first = item_number(marks[0][1].group(0).split()[0], number)
    if first is None or first[len(number):] not in ("a", "i", ".1") or not first.startswith(number):
        return text, []
    children: list[tuple[str, list[str]]] = []
    for line in lines[marks[0][0]:]:
        mark = line.split()[0]
        sub = item_number(mark, number) if CELL_SUB_ITEM.match(line) else None
        if sub and sub.startswith(number) and sub != number:
            children.append((sub, [line[len(mark):]]))
        elif children:
            children[-1][1].append(line)  # wrapped ('Ty Newydd,' / 'Heol Fawr: ...'): cleaned once joined
    return "\n".join(lines[: marks[0][0]]), [
        AgendaItem(number=sub, title=clean_text(" ".join(parts)), evidence=evidence) for sub, parts in children]


def _pages_in(title: str, pages_cell: str) -> tuple[Optional[PageRange], str]:
    """The '(Pages N - M)' in the title cell (taken out of it), or a bare range in a Pages column."""
    ranges = find_page_ranges(title)
    if ranges:
        start, end, (a, b) = ranges[-1]
        return PageRange(start=start, end=end), title[:a] + title[b:]
    cell = parse_page_cell(pages_cell) if pages_cell else None
    return (PageRange(start=cell[0], end=cell[1]) if cell else None), title

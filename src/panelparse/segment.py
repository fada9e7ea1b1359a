"""Split a pack into documents using what council packs carry.

Cues, strongest first: the agenda's "(Pages 11 - 18)" references matched against printed
page stamps; a printed-page sequence that restarts; a blank separator page followed by
content; a report header block at the top of a page; a switch between portrait and
landscape runs. Blank separators always stay with the document before them.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from typing import Optional, Sequence, cast

from .errors import ParseError
from .layout import PageLayout
from .parsing import find_date, find_dates, find_times, names_only_start
from .parsing.pages import find_page_ranges, parse_item_number, parse_page_cell
from .span import DocumentSpan

_ITEM_START = re.compile(
    r"^(?:item\s+)?(\d{1,3}(?:\.|[a-z]\.?|\s*\([a-z]\))?|\(?(?:[a-z]|[ivx]{2,4})\))(?=\s|$)", re.I)
# How the top of a page shows that a new document opens there (declared vocabulary).
OPENINGS = {
    "minutes": re.compile(
        r"^\W*(?:(?:draft|unconfirmed|confirmed)\s+)?minutes\b|^[^.]{0,60}\bminutes\W*$"
        # Welsh-only minutes ('Cofnodion', 'Cofnodion cyfarfod ... a gynhaliwyd'), not the item
        # about the last meeting's ('Cofnodion y cyfarfod diwethaf / blaenorol')
        r"|^\W*(?:drafft\s+)?cofnodion\b(?!\s+(?:y\s+)?(?:c|g)yfarfod\s+(?:diwethaf|blaenorol))", re.I),
    "agenda": re.compile(
        r"^\W*(?:[\w.&'’–—-]+\s+){0,6}agenda\W*$|^\W*agenda\b(?!\s+item)|^\W*notice\s+of\s+(?:the\s+)?meeting\b"
        r"|^\W*(?:notice\s+(?:and|&)\s+)?summons\b", re.I),
    "report": re.compile(
        r"^\W*(?:report\s+(?:of|to|by|title|author)\b|report\s*:|title\s+of\s+report|from\s*:|to\s*:|subject\s*:"
        r"|meeting\s*:|dear\s+(?:member|councillor|sir|madam|all|colleague)s?\b)", re.I),
    "appendix": re.compile(r"^\W*(?:appendix|annex)\s+[A-Z0-9]{1,3}\b", re.I),
}
# The sentence that opens minutes, however its line wraps: 'MINUTES of a meeting of the Cabinet
# held in ...', 'Minutes of the Planning Committee meeting held on ...' (not 'Minutes of the
# previous meeting', an item's title).
_MINUTES_OF_A_MEETING = re.compile(
    r"^\W*minutes\s+of\s+(?:a|an|the)\s+(?!(?:previous|last|prior)\b)(?:[\w&'’-]+\s+){0,6}?"
    r"(?:meeting|session)\b", re.I)
# A minute's reference opening a heading ('C054/23', '23/165', 'HASC/45', '21.44'): an item of
# the minutes, never the title of a new meeting.
_MINUTE_REFERENCE = re.compile(r"^(?:[A-Z]{1,5}\s?/?\s?)?\d{1,4}\s?[/.]\s?\d{1,4}\b")
# An item about the next meeting ('Date of next meeting', then its date and time) opens none.
_NEXT_MEETING = re.compile(r"\bnext\s+meeting\b|\bdates?\s+of\s+(?:future|next)\b", re.I)
# The last lines of minutes: the meeting closing, the chair's signature line. A heading over the
# next page then opens another document (a clerk's report after the minutes, in a parish pack).
MINUTES_CLOSE = re.compile(
    r"\b(?:meeting|session)\s+(?:was\s+)?(?:closed|ended|finished|concluded|terminated)\b"
    r"|\bthere\s+being\s+no\s+(?:other|further)\s+business\b|\bclosed\s+the\s+meeting\b"
    r"|^\W*signed\b.*\b(?:chair|chairman|chairperson|mayor)\b|^\W*(?:chair(?:man|person)?|mayor)\s*[:.]?\s*[._]{3,}",
    re.I)
CLOSE_LINES = 6
# ... unless that heading is the minutes' own list of actions, printed after the signature.
# ('Action Points', 'Actions arising', 'Summary of actions'; not 'Climate Action Plan').
MINUTES_TAIL = re.compile(r"^\W*(?:(?:summary\s+of\s+)?actions?(?:\s+(?:log|list|points|arising|sheet|tracker))?"
                          r"|matters\s+arising)\W*$", re.I)
# A protective marking printed over every page of government papers: furniture, never a heading.
PROTECTIVE_MARKING = re.compile(
    r"^\W*(?:unclassified|official(?:[\s-]+sensitive)?|not\s+protectively\s+marked|restricted)\W*$", re.I)
# An officer's report titled by its author's post ("Clerk's Report to the Parish Council Meeting
# on 14 January 2025", "Chief Executive's Report to Council"): a report's opening when set apart
# (in plain type it is a sentence about one: "The Clerk's report to members was noted").
TITLED_REPORT = re.compile(r"^\W*(?:[\w.&-]+\s+){0,3}[\w.&-]+['’]s\s+report\s+(?:of|to|by|for)\b", re.I)
# Openings that are labels or letters count in plain type; headings must be set apart.
PLAIN_OPENINGS = ("report",)
_CAPITAL_START = re.compile(r"^\W*[A-Z]")
# A line this many times the body size at the top of a page is a document's title.
TITLE_SIZE = 1.4
HEADER_LABELS = frozenset({"meeting", "date", "report title", "title", "report presented by", "presented by",
                           "author", "report author", "from", "to", "subject", "classification", "report of"})
# A meeting's header: a title, then its date with a time or a venue, in the top lines.
MEETING_HEADER_LINES = 5
MEETING_LABEL = re.compile(r"^\W*(?:time|venue|place|location|where|when)\s*:", re.I)
# An opening is read from this many body lines at the top of the page ...
OPENING_LINES = 4
# ... that start within this share of the page height from its top ...
OPENING_TOP_SHARE = 0.35
# ... and has at most this many words (a 'Minutes of a meeting of ... held ...' sentence more).
OPENING_WORDS = 14
# A heading set apart by size alone is at least this many points above the body size.
HEADING_SIZE_STEP = 2.0
# Body text this many points larger or smaller than the page before's, under a heading, is
# another document's (a 9 pt agenda, then a 12 pt report).
RESTYLE_SIZE_STEP = 2.5
# A 'Page k of M' count that starts on a document of these kinds numbers the pack after it.
COUNTED_BY_PACK = ("agenda", "meeting")
# A page of at most this many lines before a document's first numbered page is its cover.
COVER_MAX_LINES = 10
OPENING_SENTENCE_WORDS = 40
_AGENDA_ITEM_STAMP = re.compile(r"^agenda item\s+(\d{1,3}[a-z]?)\b", re.I)
# ModernGov prints "Agenda Item 7" in the top band of the first page of an item's papers.
STAMP_TOP_SHARE = 0.12


def item_stamp(page: PageLayout) -> Optional[str]:
    """The agenda item number stamped at the top of the page ('Agenda Item 7'), or None."""
    top = [ln for ln in page.furniture if ln.bottom <= page.height * STAMP_TOP_SHARE]
    for line in list(page.lines[:4]) + top:
        if line.bottom > page.height * STAMP_TOP_SHARE:
            continue
        for segment in line.segments():
            match = _AGENDA_ITEM_STAMP.match(segment.text.strip())
            if match and len(segment.text.split()) <= 4:
                return match.group(1).lower()
            # 'Item 153b' alone in the top right corner (a clerk's stamp without 'Agenda').
            bare = _BARE_ITEM_STAMP.fullmatch(segment.text.strip())
            if bare and segment.x0 > page.width / 2:
                return bare.group(1).lower()
    return None


_BARE_ITEM_STAMP = re.compile(r"item\s+(\d{1,3}[a-z]?)", re.I)


@dataclass(frozen=True)
class ItemReference:
    """An agenda item that names printed pack pages."""

    number: str
    start: int
    end: int
    page: int
    open_end: bool = False  # 'Page 6': the paper starts there; where it ends is not said


def smooth_printed_pages(pages: Sequence[PageLayout]) -> list[Optional[int]]:
    """Printed page numbers with gaps filled where both neighbours agree.

    Unstamped blank separators between 'Page 10' and 'Page 12' become 11; a stray number
    that breaks an otherwise consecutive run is replaced. Pages before the first stamp
    stay None (an unstamped frontsheet).
    """
    printed = [p.printed_page for p in pages]
    for i in range(1, len(printed)):  # 'Page 2 of 3' then an unnumbered page: that is page 3
        prev, before = pages[i - 1], printed[i - 1]
        if printed[i] is None and prev.printed_total and before is not None and before < prev.printed_total:
            printed[i] = before + 1
    for i in range(1, len(printed) - 1):
        before, after = printed[i - 1], printed[i + 1]
        if before is not None and after is not None and after - before == 2 and printed[i] != before + 1:
            printed[i] = before + 1
    return printed


def _item_number_near(lines, index: int, parent: Optional[str]) -> Optional[str]:
    # A reference sits on the item's heading line or on a continuation line below it.
    for j in range(index, max(index - 4, -1), -1):
        match = _ITEM_START.match(lines[j].text.strip())
        if match:
            try:
                return parse_item_number(match.group(1), parent)
            except ParseError:
                return None
    return None


def _parents(lines) -> list[Optional[str]]:
    # The top-level item number in force at each line, so "(a)" can become "6a".
    parents: list[Optional[str]] = []
    current: Optional[str] = None
    for line in lines:
        head = _ITEM_START.match(line.text.strip())
        if head and head.group(1)[0].isdigit():
            current = cast(re.Match[str], re.match(r"\d+", head.group(1))).group(0)
        parents.append(current)
    return parents


def _line_references(page: PageLayout, number: Optional[int]) -> list[ItemReference]:
    lines = list(page.lines)
    parents = _parents(lines)
    # A reference may wrap: "(Pages" at the end of one line, "461 - 610)" on the next.
    text, line_of = "", []
    for i, line in enumerate(lines):
        text += line.text + "\n"
        line_of.extend([i] * (len(line.text) + 1))
    refs = []
    for start, end, (pos, stop) in find_page_ranges(text):
        if number is not None and start <= number:
            continue
        i = line_of[pos]
        item = _item_number_near(lines, i, parents[i])
        if item:
            refs.append(ItemReference(item, start, end, page.number, names_only_start(text[pos:stop])))
    return refs


def _table_references(page: PageLayout, number: Optional[int]) -> list[ItemReference]:
    # Agendas printed as a ruled table: the item number in the first cell of the row.
    refs = []
    for table in page.tables:
        parent: Optional[str] = None
        for row in table.rows:
            cells = [c or "" for c in row]
            try:
                item = parse_item_number(cells[0].strip(), parent)
            except ParseError:
                continue
            # A lettered or coded number ('A1', 'CAB 23/15') has no leading digits: no parent
            # for the sub-items under it.
            lead = re.match(r"\d+", item)
            parent = lead.group(0) if lead else None
            text = "\n".join(cells[1:])
            found = [(s, e, names_only_start(text[a:b])) for s, e, (a, b) in find_page_ranges(text)]
            found += [cell for c in cells[2:] if (cell := parse_page_cell(c))]  # a Pages column
            for start, end, only_start in found[:1]:
                if number is None or start > number:
                    refs.append(ItemReference(item, start, end, page.number, only_start))
    return refs


def find_item_references(pages: Sequence[PageLayout], printed: Sequence[Optional[int]]) -> list[ItemReference]:
    """Agenda items that cite pack pages, read from pages printed before what they cite."""
    refs: list[ItemReference] = []
    for page, number in zip(pages, printed, strict=True):
        refs += _line_references(page, number) + _table_references(page, number)
    return refs


def _physical_for(printed: Sequence[Optional[int]], wanted: int, after: int = 0) -> Optional[int]:
    """The first physical page after page `after` that prints `wanted`: the pages an agenda
    cites follow it (a file holding two packs numbers each from 1)."""
    for index in range(after, len(printed)):
        if printed[index] == wanted:
            return index + 1
    return None


def _top_lines(page: PageLayout) -> list:
    return [ln for ln in page.lines[:OPENING_LINES] if ln.top < page.height * OPENING_TOP_SHARE]


def opening(page: PageLayout, previous: Optional[PageLayout] = None,
            letterheads: frozenset[str] = frozenset(), body_size: Optional[float] = None) -> Optional[tuple[str, str]]:
    """How the top of `page` opens a document, as (kind, the line that says so): a heading that
    names a kind ('minutes', 'agenda', 'report', 'appendix'), a document 'title' set well above
    the body size, or a council's 'letterhead' that began an earlier document. A line the
    previous page also prints at its top is a running header and a numbered line is an item
    heading: neither opens anything. None when the page opens nothing."""
    running = {ln.text.lower() for ln in _top_lines(previous)} if previous else set()
    body = body_size or _body_size([page])
    found: list[tuple[int, str, str]] = []
    for line in _top_lines(page):
        text = line.text.strip()
        if text.lower() in running or _ITEM_START.match(text) or _AGENDA_ITEM_STAMP.match(text):
            continue
        words = len(text.split())
        set_apart = line.bold or line.size >= body + 1 or text.isupper()
        # In plain type only a capital opens ('Report of the Clerk', 'Minutes of the meeting...');
        # 'report of the Town Clerk.' at a page's top is a sentence wrapped from the page before.
        capital = _CAPITAL_START.match(text) is not None
        for rank, (kind, pattern) in enumerate(OPENINGS.items()):
            limit = OPENING_SENTENCE_WORDS if kind == "minutes" else OPENING_WORDS
            sentence = kind == "minutes" and (words > OPENING_WORDS or bool(_MINUTES_OF_A_MEETING.match(text)))
            plain = capital and (sentence or kind in PLAIN_OPENINGS)
            if words <= limit and pattern.search(text) and (set_apart or plain):
                found.append((rank, kind, text))
            elif kind == "report" and set_apart and words <= limit and TITLED_REPORT.match(text):
                found.append((rank, kind, text))
        slide_after_slide = page.landscape and previous is not None and previous.landscape
        if (words <= OPENING_WORDS and body and line.size >= TITLE_SIZE * body and not slide_after_slide
                and re.search(r"[A-Za-z]{3}", text)):
            found.append((len(OPENINGS), "title", text))
        elif text.lower() in letterheads and set_apart:
            found.append((len(OPENINGS) + 1, "letterhead", text))
    if not found and _header_table_on_top(page):
        return "report", "header table"
    return min(found)[1:] if found else None


def _header_table_on_top(page: PageLayout) -> bool:
    """A label | value table opening the page: Meeting | Date | Report Title | Author."""
    if not page.tables or (page.lines and page.lines[0].top < page.tables[0].top):
        return False
    labels = [(row[0] or "").strip().lower().rstrip(":") for row in page.tables[0].rows if row]
    return sum(label in HEADER_LABELS for label in labels) >= 2


def _body_size(pages: Sequence[PageLayout]) -> float:
    """The size most body text is set in (by characters, to half a point: whole points would
    turn 6.6 pt type printed at 60% into 7, and hide a title set 1.4 times larger); 0 for
    pages with no lines outside their tables."""
    weights: dict[float, int] = {}
    for page in pages:
        for line in page.lines:
            key = round(line.size * 2) / 2
            weights[key] = weights.get(key, 0) + len(line.text)
    return float(max(weights, key=weights.__getitem__)) if weights else 0.0


def _continues_numbered_run(prev: PageLayout, page: PageLayout, file_pages: int) -> bool:
    """The page before says 'Page k of M' with k < M and this page carries on that count.
    A count over the whole file (M = its page count) says nothing about where documents end."""
    total = prev.printed_total
    if total is None or total >= file_pages or prev.printed_page is None or prev.printed_page >= total:
        return False
    return page.printed_page is None or page.printed_page == prev.printed_page + 1


def _page_cues(i: int, pages: Sequence[PageLayout], printed: Sequence[Optional[int]],
               stamps: Sequence[Optional[str]]) -> list[str]:
    """Why page i (0-based) might start a document, judged against the page before it."""
    prev, page = pages[i - 1], pages[i]
    cues = []
    # A stamp repeated as a running header on every page starts nothing.
    if stamps[i] and stamps[i] != stamps[i - 1]:
        cues.append(f"item_stamp:{stamps[i]}")
    here, before = printed[i], printed[i - 1]
    if here is not None and before is not None and here <= before:
        cues.append("printed_restart")
    if prev.is_blank:
        cues.append("after_blank")
    if prev.landscape != page.landscape and not prev.is_blank:
        cues.append("orientation_change")
    if page.printed_page == 1 and page.printed_total is not None and page.printed_total > 1:
        cues.append("count_starts")  # 'Page 1 of 3': a document of 3 pages starts here
    if printed[i] is None and printed[i - 1] is not None:
        cues.append("stamp_stops")
    if here == 1 and before is None:
        cues.append("numbering_starts")
    if prev.printed_total is not None and prev.printed_page == prev.printed_total < len(pages):
        cues.append("after_last_numbered_page")
    return cues


def _combined_cues(i: int, pages: Sequence[PageLayout], printed: Sequence[Optional[int]],
                   weak: Sequence[str], body: float, sizes: Sequence[float]) -> list[str]:
    """Weak cues that start a document together (a pack with no stamps: a parish clerk's PDFs
    merged in a row). The numbered pages of the document before stop where a heading set
    apart opens the page ('Cherwell District Council - March 2026' after minutes numbered 1-3);
    numbering starts at 1 under such a heading after an unnumbered page that is no cover
    ('TRANSPARENCY BOARD' over a page printed '1' after another body's agenda; a cover of a few
    lines belongs with the numbered body it stands over); the body text changes size by
    RESTYLE_SIZE_STEP under such a heading (a 9 pt agenda, then a report's bold title over 12
    pt text; not between slides, nor after a cover); the page turns to landscape, or back,
    without carrying a page count on (a spreadsheet after a letter); minutes close at the foot of
    the page before (the meeting closed, the chair's signature line) and a heading opens this one,
    outside a 'Page k of M' count. A landscape page inside a
    numbered report carries its count on and starts nothing. `sizes`: each page's own body
    size (0 for a page with no lines outside its tables)."""
    cues = []
    cover = len(pages[i - 1].lines) <= COVER_MAX_LINES  # a title page's large type over the body
    slides = pages[i].landscape and pages[i - 1].landscape  # a deck's slides vary their sizes
    restyled = sizes[i - 1] > 0 and sizes[i] > 0 and abs(sizes[i - 1] - sizes[i]) >= RESTYLE_SIZE_STEP
    wanted = "stamp_stops" in weak or (not cover and ("numbering_starts" in weak or (restyled and not slides)))
    if wanted and _heading_on_top(pages[i], pages[i - 1], body):
        if "stamp_stops" in weak:
            cues.append("numbering_stops_at_heading")
        if "numbering_starts" in weak and not cover:
            cues.append("numbering_starts_at_heading")
        if restyled and not slides and not cover:
            cues.append("restyled_at_heading")
    beside = [pages[i]] + ([pages[i - 2]] if i >= 2 else [])
    if (_closes_minutes(pages[i - 1], beside) and not _continues_numbered_run(pages[i - 1], pages[i], len(pages))
            and _heading_on_top(pages[i], pages[i - 1], body)
            and not MINUTES_TAIL.search(_without_running(_top_lines(pages[i]), pages[i - 1])[0].text)):
        cues.append("after_minutes_close")
    here, before = printed[i], printed[i - 1]
    carried_on = here is not None and before is not None and here == before + 1
    if "orientation_change" in weak and not carried_on:
        cues.append("orientation_change_unnumbered")
    return cues


def _closes_minutes(page: PageLayout, neighbours: Sequence[PageLayout]) -> bool:
    """The page ends as minutes do: the meeting closing, the chair's signature line — one the
    pages beside it do not print at their feet too (a signature line in every page's footer)."""
    furniture = {ln.text.strip().lower() for other in neighbours for ln in other.lines[-CLOSE_LINES:]}
    return any(MINUTES_CLOSE.search(ln.text) and ln.text.strip().lower() not in furniture
               for ln in page.lines[-CLOSE_LINES:])


def _opens_a_meeting(page: PageLayout, previous: PageLayout) -> bool:
    """A meeting's header, or the sentence that opens its minutes, at the top of the page."""
    top = _without_running(_top_lines(page), previous)
    return bool(meeting_header(page, previous)) or any(_MINUTES_OF_A_MEETING.match(ln.text) for ln in top)


def _heading_on_top(page: PageLayout, previous: PageLayout, body: float) -> bool:
    """The page's first line is a short heading set apart (bold, larger than the body, or in
    capitals), not a numbered item, and not a running header the page before prints too."""
    lines = _without_running(_top_lines(page), previous)
    if not lines:
        return False
    line, text = lines[0], lines[0].text.strip()
    capitals = text.isupper() and len(text.split()) >= 2
    return (bool(re.search(r"[A-Za-z]{3}", text)) and len(text.split()) <= OPENING_WORDS
            and (line.bold or line.size >= body + HEADING_SIZE_STEP or capitals) and not _ITEM_START.match(text))


def _without_running(lines: Sequence, previous: Optional[PageLayout]) -> list:
    """The lines after any leading running header the page before prints at its top too, and
    after a protective marking ('UNCLASSIFIED', 'OFFICIAL') wherever it is printed."""
    running = {ln.text.strip().lower() for ln in _top_lines(previous)} if previous else set()
    index = 0
    while index < len(lines) and (lines[index].text.strip().lower() in running
                                  or PROTECTIVE_MARKING.match(lines[index].text)):
        index += 1
    return list(lines[index:])


def _boundary_cues(pages: Sequence[PageLayout], printed: Sequence[Optional[int]], refs) -> dict[int, list[str]]:
    cues: dict[int, list[str]] = {1: ["first_page"]}

    def add(page_number: int, cue: str) -> None:
        if 1 <= page_number <= len(pages):
            cues.setdefault(page_number, []).append(cue)

    for ref in refs:
        start = _physical_for(printed, ref.start, ref.page)
        end = _physical_for(printed, ref.end, ref.page)
        if start:
            add(start, f"agenda_pages:{ref.number}")
        if end and end < len(pages) and not pages[end].is_blank and not ref.open_end:
            add(end + 1, "after_agenda_range")
    stamps = [item_stamp(p) for p in pages]
    letterheads = {head for head in [_letterhead(pages[0])] if head is not None}
    body = _body_size(pages)
    sizes = [_body_size([page]) for page in pages]
    current = opening(pages[0], body_size=body)
    pack_count = False  # the 'Page k of M' count running now has shown itself to be the pack's
    for i in range(1, len(pages)):
        if pages[i].is_blank:
            continue
        page_cues = _page_cues(i, pages, printed, stamps)
        for cue in page_cues + _combined_cues(i, pages, printed, page_cues, body, sizes):
            add(pages[i].number, cue)
        # A 'Page k of M' count holds its pages together, unless it is the pack's numbering
        # over the papers after an agenda: it began on an agenda, or a meeting's minutes or
        # header opens a page inside it (no one document holds another meeting).
        counted = _continues_numbered_run(pages[i - 1], pages[i], len(pages))
        pack_count = counted and (pack_count or (current is not None and current[0] in COUNTED_BY_PACK)
                                  or _opens_a_meeting(pages[i], pages[i - 1]))
        if counted and not pack_count:
            continue
        found = (opening(pages[i], pages[i - 1], frozenset(letterheads), body)
                 or _meeting_opening(pages[i], pages[i - 1]))
        # The same heading the document opened with ('AGENDA' again over the items page, the
        # council's letterhead) starts nothing unless a new meeting's header comes with it.
        if found and (current is None or found[1] != current[1] or meeting_header(pages[i], pages[i - 1])):
            add(pages[i].number, f"opens:{found[0]}")
        if found or _confirmed(cues.get(pages[i].number, [])):
            current = found
            letterheads |= {head for head in [_letterhead(pages[i])] if head is not None}
    return cues


def _letterhead(page: PageLayout) -> Optional[str]:
    """The first line with words at the top of a document's first page (often the council's
    name), which later documents of the same pack repeat as their letterhead."""
    line = next((ln for ln in page.lines[:3] if re.search(r"[A-Za-z]{3}", ln.text)), None)
    return line.text.strip().lower() if line else None


def _meeting_opening(page: PageLayout, previous: Optional[PageLayout] = None) -> Optional[tuple[str, str]]:
    if not meeting_header(page, previous):
        return None
    return "meeting", _without_running(page.lines, previous)[0].text.strip()


def meeting_header(page: PageLayout, previous: Optional[PageLayout] = None) -> Optional[str]:
    """'meeting' when the top of the page names a meeting: a title line, then its full date with
    a time or venue, as a frontsheet or a second meeting in the same file opens. A running
    header the page before prints at its top too is passed over."""
    top = _without_running(page.lines, previous)[:MEETING_HEADER_LINES]
    if not top:
        return None
    dated = [i for i, ln in enumerate(top) if (d := find_date(ln.text)) is not None and d.precision == "day"]
    if not dated or dated[0] == 0 or top[0].top > page.height * OPENING_TOP_SHARE:
        return None
    # The title: a line above the date set apart (bold or larger), not a numbered item; a
    # protective marking ('UNCLASSIFIED') or a letterhead in plain type may stand over it.
    body = _body_size([page])
    titled = any((ln.bold or ln.size >= body + 1) and not _ITEM_START.match(ln.text.strip())
                 and not _MINUTE_REFERENCE.match(ln.text.strip()) and not _NEXT_MEETING.search(ln.text)
                 for ln in top[:dated[0]])
    timed = any(find_times(ln.text) or MEETING_LABEL.match(ln.text) for ln in top[dated[0]: dated[0] + 3])
    return "meeting" if titled and timed else None


def _confirmed(cues: list[str]) -> bool:
    """Strong cues start a document on their own; a page that opens like a document starts one
    unless it carries on a 'Page k of M' count (those cues are not added then)."""
    strong = {"first_page", "printed_restart", "after_blank", "after_agenda_range", "after_last_numbered_page",
              "numbering_stops_at_heading", "numbering_starts_at_heading", "orientation_change_unnumbered",
              "count_starts", "restyled_at_heading", "after_minutes_close"}
    return any(c in strong or c.startswith(("agenda_pages:", "item_stamp:", "opens:")) for c in cues)


def _agenda_item_for(span_start: int, span_printed: Sequence[Optional[int]],
                     refs: Sequence[ItemReference]) -> Optional[str]:
    """The item of the nearest agenda before the span whose cited pages hold its first
    printed page (the narrowest such range)."""
    first = next((n for n in span_printed if n is not None), None)
    if first is None:
        return None
    matches = [r for r in refs if r.page < span_start and r.start <= first <= r.end]
    return min(matches, key=lambda r: (-r.page, r.end - r.start)).number if matches else None


def second_meetings(page: PageLayout, body_size: float) -> list[int]:
    """Indices of lines where a further agenda opens part-way down a page: a set-apart agenda
    heading after numbered items, followed by items numbered from 1 again ('Annual Parish
    Meeting Agenda' 1-4, then 'A.G.M. Agenda' 1-16 on one page)."""
    cuts, items_above = [], False
    lines = page.lines
    for i, line in enumerate(lines):
        text = line.text.strip()
        if _ITEM_START.match(text) and not _opens_with_date(text):  # a letter's date is no item
            items_above = True
            continue
        set_apart = line.bold or line.size >= body_size + 1
        if items_above and set_apart and OPENINGS["agenda"].search(text) and _first_item_follows(lines[i + 1 : i + 4]):
            cuts.append(i)
            items_above = False
    return cuts


def _opens_with_date(text: str) -> bool:
    """'14 January 2025' above a summons: a number opening a line that is a date."""
    found = find_dates(text)
    return bool(found) and found[0][1][0] == 0


def _first_item_follows(lines: Sequence) -> bool:
    for line in lines:
        match = _ITEM_START.match(line.text.strip())
        if match:
            return re.match(r"(?:item\s+)?1\b", match.group(0), re.I) is not None
    return False


def _cut(page: PageLayout, start: int, end: Optional[int]) -> PageLayout:
    """The part of a page from line `start` to line `end` (tables by position), same number."""
    lines = page.lines[start:end]
    top = lines[0].top if start else float("-inf")
    bottom = page.lines[end].top if end is not None and end < len(page.lines) else float("inf")
    tables = tuple(t for t in page.tables if top <= t.top < bottom)
    return replace(page, lines=tuple(lines), tables=tables)


def _split_shared_pages(spans: list[DocumentSpan], body_size: float) -> list[DocumentSpan]:
    """Spans cut where a second meeting's agenda starts part-way down a page; both parts keep
    the page's number (two documents share it)."""
    out: list[DocumentSpan] = []
    for span in spans:
        pending = span
        for index, page in enumerate(span.pages):
            for cut in reversed(second_meetings(page, body_size)):
                head_pages = pending.pages[:index] + (_cut(page, 0, cut),)
                tail_pages = (_cut(page, cut, None),) + pending.pages[index + 1 :]
                out.append(replace(pending, pages=head_pages, printed=pending.printed[: index + 1]))
                pending = DocumentSpan(tail_pages, pending.printed[index:], pending.agenda_item,
                                       ("opens:second_meeting",))
                break
        out.append(pending)
    return out


# A footer is the pack's when a line in the bottom share of the page recurs, numbers aside, on at
# least this share of the content pages and on this many pages at least ('Thornbury Town Council –
# Full Council 20 January 2025' under every page of a pack a clerk made as one Word file).
FOOTER_SHARE = 0.1
FOOTER_RECUR_SHARE = 0.5
FOOTER_MIN_PAGES = 3
_DIGITS = re.compile(r"\d+")


def footer_key(text: str) -> str:
    """A footer line's text as pages compare it: lower case, spaces collapsed, numbers masked."""
    return _DIGITS.sub("#", " ".join(text.lower().split()))


def _foot_lines(page: PageLayout) -> list:
    return [ln for ln in page.lines if ln.top > page.height * (1 - FOOTER_SHARE)]


def pack_footers(pages: Sequence[PageLayout]) -> frozenset[str]:
    """Footer keys (footer_key) the pack prints at the foot of most of its content pages."""
    content = [p for p in pages if not p.is_blank]
    needed = max(FOOTER_MIN_PAGES, FOOTER_RECUR_SHARE * len(content))
    seen: dict[str, int] = {}
    for page in content:
        for key in {footer_key(ln.text) for ln in _foot_lines(page)}:
            seen[key] = seen.get(key, 0) + 1
    return frozenset(key for key, n in seen.items() if n >= needed and re.search(r"[a-z]{2}", key))


def without_pack_footers(span: DocumentSpan) -> DocumentSpan:
    """`span` with the pack's footers moved from its pages' body lines to their furniture, so that
    no extractor reads them as text (a date in the footer as the next meeting's)."""
    if not span.pack_footers:
        return span
    pages = []
    for page in span.pages:
        feet = {id(ln) for ln in _foot_lines(page) if footer_key(ln.text) in span.pack_footers}
        if feet:
            page = replace(page, lines=tuple(ln for ln in page.lines if id(ln) not in feet),
                           furniture=page.furniture + tuple(ln for ln in page.lines if id(ln) in feet))
        pages.append(page)
    return replace(span, pages=tuple(pages))


def segment(pages: Sequence[PageLayout]) -> list[DocumentSpan]:
    """Split pages into DocumentSpans that together cover every page, in order. Two documents
    share a page only where a second meeting's agenda starts part-way down it."""
    if not pages:
        return []
    printed = smooth_printed_pages(pages)
    refs = find_item_references(pages, printed)
    cues = _boundary_cues(pages, printed, refs)
    starts = sorted(n for n, c in cues.items() if _confirmed(c))
    spans = []
    for i, start in enumerate(starts):
        end = starts[i + 1] - 1 if i + 1 < len(starts) else len(pages)
        span_pages = tuple(pages[start - 1 : end])
        span_printed = tuple(printed[start - 1 : end])
        item = _agenda_item_for(start, span_printed, refs) or next(
            (stamp for p in span_pages if not p.is_blank for stamp in [item_stamp(p)]), None)
        spans.append(DocumentSpan(span_pages, span_printed, item, tuple(cues.get(start, ()))))
    assert sum(len(s.pages) for s in spans) == len(pages), "spans must partition the pack"
    footers = pack_footers(pages)
    return [replace(s, pack_footers=footers) for s in _split_shared_pages(spans, _body_size(pages))]

"""The layout of a set of minutes: header lines, the attendance preamble, and the numbered
(or '(Item N)'-tagged) minutes with the lines and tables under each heading."""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field, replace
from typing import Optional, Sequence

from ...layout import Block, Line, TableGrid, Word
from ...layout.query import Paragraph, paragraphs, strip_bullet
from ...parsing import HOLDER_POSTS
from ...span import DocumentSpan
from ..common import vocabulary as vocab
from ..common.headings import select_heads, styled
from ..common.names import looks_like_person
from ..common.numbering import COLUMN_TOLERANCE, Numbered, item_number, number_scheme, numbered, run_in_split
from ..common.tabletext import table_lines, table_shape
from ..common.titles import continues_title, right_margin

# '(Item 5)', 'Item 5', '(Agenda Item 5)': the agenda item a minute records.
ITEM_CUE = re.compile(
    r"^\(?\s*(?:agenda\s+)?item\s+(?:no\.?\s*)?(?P<n>\d{1,3}[a-z]?)\s*\)?\.?$", re.I
)
# How someone attended, after a label: 'Present (in person):', 'Also present via Teams:'.
_MODE = r"in\s+person|remotely|remote|virtually|virtual|online|by\s+video(?:\s+link)?|via\s+\w+(?:\s+\w+)?"
# One attendance label; Welsh community councils print each in both languages, either first
# ('Present / Yn bresennol:', 'YMDDIHEURIADAU / APOLOGIES:').
_ONE_LABEL = (
    r"(?:(?:members\s+|councillors\s+|officers\s+|others\s+)?present(?:\s+(?:members|councillors))?"
    # 'THOSE ATTENDING:', 'Those present:'; 'Council Employees Present:', 'Staff present:'
    r"|those\s+(?:present|attending|in\s+attendance)"
    r"|(?:(?:council|parish|town)\s+)?(?:employees|staff)(?:\s+(?:present|in\s+attendance))?"
    # 'Members of the Public Present: 3', 'Press:': the public is no attendee (see attendance._KINDS)
    r"|(?:members\s+of\s+the\s+)?(?:public|press)(?:\s+(?:and\s+press\s+)?(?:present|in\s+attendance))?"
    r"|(?:attending|present|participating)\s+(?:virtually|remotely|online|by\s+video|via\s+\w+)"
    r"|also\s+present|also\s+in\s+attendance"
    r"|invited|guests?|officials|presenters|secretariat|other\s+attendees|panel(?:\s+members)?|board\s+members"
    # a licensing hearing's 'Parties present:', 'Other parties to the hearing:', 'Applicant:', 'Objectors present:'
    r"|(?:other\s+)?parties(?:\s+to\s+the\s+hearing)?(?:\s+present)?|(?:applicants?|objectors?|interested\s+part(?:y|ies)"
    r"|responsible\s+authorit(?:y|ies))(?:\s+present)?"
    r"|committee\s+members|members|councillors"
    # members who are not councillors: 'Independent Members:', 'Co-opted Members:', a national
    # park's 'Secretary of State Members:' and 'Parish Members:'
    r"|(?:independent\s+)?(?:co-?opted|independent|lay|secretary\s+of\s+state|parish|national|local\s+authority"
    r"|appointed|voting|non-voting)\s+members"
    # 'Parish Councillors:', 'City & County Cllrs:' (other tiers attend: see attendance._KINDS)
    r"|(?:(?:parish|town|community|city|county|district|borough|unitary|ward)\s+(?:(?:and|&)\s+\w+\s+)?)?"
    r"(?:councillors|cllrs)"
    # a post heading the one who holds it (parsing.people.HOLDER_POSTS): 'Clerk: Mr D Hinch',
    # 'Minute taker: J Bloggs', 'VICE CHAIRMAN: COUNCILLOR R. BIRCH', 'Mayor: Cllr B Cole' (the
    # chair's own 'Chair: X' is read by attendance.chair_from_header, beside the list naming X)
    rf"|{HOLDER_POSTS}"
    r"|in\s+attendance|attendees|attendance|officers(?:\s+in\s+attendance)?|apologies(?:\s+for\s+absence)?"
    r"|(?:absent|apologies)(?:\s+with(?:out)?\s+apologies)?|absent|roll\s+call"
    # 'Substitutes:', 'Substitute Members:', 'Substitute Councillors present:'
    r"|substitutes?(?:\s+(?:members|councillors))?(?:\s+present)?)"
    # 'Present (in person):', 'Members present (remotely):', 'Also present via Teams virtually:'
    rf"(?:\s*\((?:{_MODE})\)|\s+(?:{_MODE})(?:\s+(?:virtually|remotely))?)?"
)
_WELSH_LABEL = (
    # 'presennol' after 'yn' mutates to 'bresennol'; alone it stays ('Presennol / Present:')
    r"(?:hefyd\s+)?yn\s+bresennol|presennol|yn\s+mynychu|ymddiheuriadau|absennol|swyddogion|cynghorwyr|clerc"
    r"|(?:aelodau\s+o'?r\s+)?cyhoedd"
)
ATTENDANCE_LABEL = re.compile(
    rf"^\W*(?P<label>(?:{_ONE_LABEL})(?:\s*/\s*(?:{_WELSH_LABEL}))?|(?:{_WELSH_LABEL})(?:\s*/\s*(?:{_ONE_LABEL}))?)"
    r"\s*(?::|-|$)\s*",
    re.I,
)
_MAX_TITLE_WORDS = 20
# Dashes printed between a run-in title and its text ('Apologies – Cllr Eze sent apologies').
_DASHES = frozenset({"-", "–", "—", ":-"})
# Running heads and feet repeat on this many pages at the same height.
_RUNNING_PAGES = 2
# ... within this share of the page height from its top or bottom edge.
_RUNNING_BAND = 0.1


@dataclass
class MinuteDraft:
    """One minute as laid out: its heading and the blocks under it."""

    number: str
    title_lines: list[Line]
    title: str
    agenda_item: Optional[str] = None
    blocks: list[Block] = field(default_factory=list)

    @property
    def lines(self) -> list[Line]:
        return [b for b in self.blocks if isinstance(b, Line)]

    @property
    def tables(self) -> list[TableGrid]:
        return [b for b in self.blocks if isinstance(b, TableGrid)]

    @property
    def runs(self) -> list[list[Line]]:
        return line_runs(self.blocks)


def line_runs(blocks: Sequence[Block]) -> list[list[Line]]:
    """Lines grouped into the runs between tables, so no paragraph reaches across a table."""
    runs: list[list[Line]] = [[]]
    for block in blocks:
        if isinstance(block, Line):
            runs[-1].append(block)
        elif runs[-1]:
            runs.append([])
    return [r for r in runs if r]


def run_paragraphs(runs: Sequence[Sequence[Line]]) -> list[Paragraph]:
    return [p for run in runs for p in minute_paragraphs(run)]


def minute_paragraphs(lines: Sequence[Line]) -> list[Paragraph]:
    """paragraphs(), a line set in from the margin that runs to the margin joined by the lines
    wrapped back under it: the text run in after a minute's title ('3. ELECTION OF CHAIRMAN.
    Cllr Penn proposed that ... He was' / 'willing to stand.'), or a first line indented."""
    out: list[Paragraph] = []
    for para in paragraphs(lines):
        above = out[-1] if out else None
        if above is not None and len(above.lines) == 1 and _wraps_back(above.lines[0], para):
            out[-1] = Paragraph((*above.lines, *para.lines))
        else:
            out.append(para)
    return out


# The first line of a paragraph ends within this many points of the margin its other lines reach.
_AT_MARGIN = 15.0


def _wraps_back(first: Line, para: Paragraph) -> bool:
    below = para.lines[0]
    return (below.page == first.page and not para.bullet and not first.bold and not below.bold
            and below.x0 < first.x0 - 4 and 0 <= below.top - first.bottom < 0.8 * below.size
            and first.bbox[2] >= max(ln.bbox[2] for ln in para.lines) - _AT_MARGIN
            and not first.text.rstrip().endswith(":") and not re.match(r"\W*\(?\d{1,3}[.)]\s", below.text))


@dataclass
class MinutesLayout:
    header: list[Line]
    preamble: list[Block]
    items: list[MinuteDraft]
    signature: list[Line] = field(default_factory=list)  # 'Signed ........ Chairman  Date ......'
    closing: list[Line] = field(default_factory=list)  # 'The meeting closed at 8.47pm.' under a table of minutes

    @property
    def all_lines(self) -> list[Line]:
        out = list(self.header) + [b for b in self.preamble if isinstance(b, Line)]
        for item in self.items:
            out += item.title_lines + item.lines
        return out + self.closing + self.signature


# The chair's signature block, set out with rules to sign on: furniture, no minute's text.
_SIGNATURE = re.compile(
    r"^\W*(?:signed|signature)\b.*?(?:\.{4,}|_{3,}|…{2,})"
    r"|^\W*(?:chair(?:man|woman|person)?|mayor|dated?)\s*[:.]?\s*(?:\.{4,}|_{3,}|…{2,})[\s.…_]*$",
    re.I,
)


def _running_key(line: Line) -> str:
    return re.sub(r"\d+", "#", line.text.lower())


def body_blocks(span: DocumentSpan, from_tables: Optional[set[int]] = None) -> list[Block]:
    """Lines and tables of the content pages in reading order, without running heads/feet
    (the same text at the same height on several pages, page numbers aside). The ids of the
    lines read out of a table of minutes go into `from_tables`."""
    pages = span.content_pages
    banded = [
        (p, ln)
        for p in pages
        for ln in p.lines
        if ln.top < p.height * _RUNNING_BAND or ln.bottom > p.height * (1 - _RUNNING_BAND)
    ]
    seen = Counter((_running_key(ln), round(ln.top)) for _, ln in banded)
    running = {k for k, n in seen.items() if n >= _RUNNING_PAGES}
    blocks: list[Block] = []
    carried: Optional[tuple[TableGrid, str]] = None  # a table of minutes the next page may carry on
    for page in pages:
        for block in page.flow():
            if isinstance(block, Line):
                if (_running_key(block), round(block.top)) not in running:
                    blocks.append(block)
                    carried = None
                continue
            shape = table_shape(block)
            if shape is None and carried is not None and _carries_on(block, carried[0]):
                shape = carried[1]  # overleaf only the header row and the text of a cut minute
            as_lines = table_lines(block, shape=shape) if shape else None  # minutes or a header printed as a table
            blocks.extend(as_lines if as_lines is not None else [block])
            if as_lines is not None and from_tables is not None:
                from_tables.update(id(ln) for ln in as_lines)
            carried = (block, shape) if shape in ("numbered", "titled") else None
    return blocks


# A table carried over starts this near the top of the next page (points), its columns within
# this many points of the part before.
_CARRIED_TOP = 200.0
_CARRIED_COLUMNS = 6.0


def _carries_on(table: TableGrid, before: TableGrid) -> bool:
    """`table` is the rest of `before` printed overleaf: the next page, its top, the same columns."""
    return (table.page == before.page + 1 and table.top < _CARRIED_TOP and table.n_cols == before.n_cols
            and abs(table.bbox[0] - before.bbox[0]) < _CARRIED_COLUMNS
            and abs(table.bbox[2] - before.bbox[2]) < _CARRIED_COLUMNS)


def attendance_label(line: Line) -> Optional[re.Match[str]]:
    """The attendance label a line opens with ('Present:', or 'Present' heading a column)."""
    match = ATTENDANCE_LABEL.match(line.text)
    if match is None and len(line.words) > 1:
        first = line.segments()[0]
        if first.words != line.words:
            match = ATTENDANCE_LABEL.match(first.text)
    return match


def is_attendance_label(line: Line) -> bool:
    return attendance_label(line) is not None


def _title_like(head: Numbered) -> bool:
    words = head.title.split()
    return len(words) <= _MAX_TITLE_WORDS and not (len(words) > 8 and head.title.endswith("."))


def _numbered_heads(lines: Sequence[Line]) -> dict[int, Numbered]:
    """The minute headings among the numbered lines (see common/headings.select_heads); a
    numbered line that records a decision ('6. RESOLVED that ...') is a paragraph."""
    # '5. Check that Bike and publication of stolen vehicle data.' over '5.1 ...': a heading,
    # full stop or not, when its own numbered paragraphs follow.
    with_paragraphs = {m.group(1) for ln in lines if (m := _FIRST_PARAGRAPH.match(ln.text))}
    return select_heads(lines, lambda n: (_title_like(n) or n.number in with_paragraphs)
                        and not _A_RESOLUTION.match(n.title), run_in=_run_in_title)


# A run-in title printed plain, as parish clerks type their minutes: a title opening in capitals
# ending with a full stop ('1. APOLOGIES FOR ABSENCE. There were none.', '5. MINUTES OF MEETING,
# 16 March 2021. It was proposed ...'), or a short title, a dash and a
# sentence ('1. Apologies – Councillors Evans and Ford sent apologies.'). At most this many words.
_MAX_PLAIN_TITLE_WORDS = 8
# The text after such a title reads as a sentence: it ends like one, or runs on this far.
_SENTENCE_WORDS = 6


def _run_in_title(head: Numbered) -> Numbered:
    """`head` with its title cut where a plain run-in title ends (see _MAX_PLAIN_TITLE_WORDS);
    as it was when it has run-in text already or none of those shapes."""
    words = head.title_words
    if head.rest_words or words[0].bold:
        return head
    for i in range(1, min(len(words) - 1, _MAX_PLAIN_TITLE_WORDS + 1)):
        rest = words[i + 1:] if words[i].text in _DASHES else words[i:]
        text = " ".join(w.text for w in rest)
        sentence = len(rest) >= 2 and (text.rstrip()[-1:] in ".;!?" or len(rest) > _SENTENCE_WORDS)
        if words[i].text in _DASHES and sentence and rest[0].text[:1].isupper():
            return replace(head, title_words=words[:i], rest_words=rest)
        previous = words[i - 1].text
        if (previous.endswith(".") and _in_capitals(words[:min(i, 2)]) and rest[0].text[:1].isupper()
                and not _in_capitals(rest[:2]) and (sentence or len(rest) == 1 and text.endswith("."))):
            stop = replace(words[i - 1], text=previous[:-1])  # 'ABSENCE.' -> 'ABSENCE'
            return replace(head, title_words=(*words[:i - 1], stop), rest_words=rest)
        if previous.endswith((".", ",", ";", ":")) and not _in_capitals(words[:i]):
            break  # a sentence, not a title
    return head


def _in_capitals(words: Sequence[Word]) -> bool:
    """Words printed in capitals ('APOLOGIES FOR ABSENCE.', 'MINUTES OF MEETING,'), some letters."""
    letters = "".join(c for w in words for c in w.text if c.isalpha())
    return len(letters) >= 2 and letters.isupper()


_FIRST_PARAGRAPH = re.compile(r"^\s*(\d{1,3})\.1\.?\s")


def _cue_heads(lines: Sequence[Line]) -> dict[int, str]:
    """Unnumbered headings tagged by an '(Item N)' line below them: index -> item number."""
    return {
        i - 1: m["n"]
        for i, ln in enumerate(lines)
        if i and (m := ITEM_CUE.match(ln.text)) and not ITEM_CUE.match(lines[i - 1].text)
    }


def _continues_title(line: Line, last: Line, title_x0: float, margin: float, number_x0: Optional[float] = None) -> bool:
    """A wrapped title line: under the title, or (a heading wrapped back to the number's column)
    a short line straight under a title line that ran to the margin."""
    if ITEM_CUE.match(line.text) or is_attendance_label(line):
        return False
    if continues_title(line, last, title_x0, margin):
        return True
    return (number_x0 is not None and abs(line.x0 - number_x0) < 2 and len(line.text.split()) <= 8
            and continues_title(line, last, line.x0, margin) and not _FIRST_PARAGRAPH.match(line.text)
            and not re.match(r"^\s*\d", line.text))


@dataclass(frozen=True)
class Head:
    """A minute heading: its number ('' when none is printed), title, where the title text
    starts, and the words run in after the title on the heading line."""

    number: str
    title: str
    title_x0: float
    rest: tuple[Word, ...] = ()
    agenda_item: Optional[str] = None

    @classmethod
    def of(cls, n: Numbered) -> "Head":
        # 'C048/23  1.  APOLOGIES FOR ABSENCE': a minute reference, then the agenda item's number.
        item = _AGENDA_NUMBER.match(n.title) if number_scheme(n.number) != "plain" else None
        if item and item.end() < len(n.title):
            title_words = n.title_words[len(item.group(0).split()):]
            return cls(n.number, n.title[item.end():], title_words[0].x0, n.rest_words,
                       (item["n"] or item["b"]).lower())
        return cls(n.number, n.title, n.title_x0, n.rest_words)


# The agenda item's own number printed after a minute reference: '1.', '(1)', '1)', 'Item 1'.
_AGENDA_NUMBER = re.compile(r"^(?:item\s+)?(?:\((?P<b>\d{1,3}[a-z]?)\)|(?P<n>\d{1,3}[a-z]?)[.)])\s+(?=\S)", re.I)


def _bold_wrap(line: Line, last: Line) -> bool:
    """An unnumbered bold heading's title wrapped onto the next line, set like it."""
    return (last.bold and line.bold and line.page == last.page and abs(line.size - last.size) < 0.5
            and abs(line.x0 - last.x0) < 3 and line.top - last.bottom < 2 * line.size)


def _draft_at(lines: Sequence[Line], i: int, head: Head) -> tuple[MinuteDraft, int]:
    """The draft whose heading starts at lines[i], and the index after its heading lines."""
    draft = MinuteDraft(number=head.number, title_lines=[lines[i]], title=head.title, agenda_item=head.agenda_item)
    rest = head.rest
    while rest and rest[0].text in _DASHES:
        rest = rest[1:]  # '**Apologies** – Cllr Eze sent apologies': the dash parts title and text
    if rest:  # a run-in title: the text after it is the minute's first line
        draft.blocks.append(Line(rest, lines[i].page))
        return draft, i + 1
    margin = right_margin([ln for ln in lines if ln.page == lines[i].page])
    j = i + 1
    while j < len(lines) and (_continues_title(lines[j], draft.title_lines[-1], head.title_x0, margin,
                                               lines[i].x0 if j == i + 1 else None)
                              or (not head.number and _bold_wrap(lines[j], draft.title_lines[-1]))):
        draft.title_lines.append(lines[j])
        draft.title = f"{draft.title} {lines[j].text}"
        j += 1
    if j < len(lines) and (cue := ITEM_CUE.match(lines[j].text)):
        draft.agenda_item = cue["n"].lower()
        draft.title_lines.append(lines[j])
        j += 1
    return draft, j


# A numbered line that records a decision ('6. RESOLVED that ...') is a paragraph, not a minute.
_A_RESOLUTION = re.compile(
    r"^\W*(?:resolved|agreed|noted|carried|decided|decision|resolution)\b(?:\s+(?:that|to|unanimously)\b|\s*[:.\-–]|$)",
    re.I,
)
_NOT_A_HEADING = re.compile(
    r"^\W*(?:resolved|resolution|decision|recommendations?|motion|agreed|noted|carried|lost|"
    r"proposed|seconded|action|note)\b|^\W*agenda\W*$",  # 'Agenda' over the agenda restated
    re.I,
)
_MAX_BOLD_HEADING_WORDS = 12


def _bold_heads(lines: Sequence[Line]) -> dict[int, Head]:
    """Minutes that print neither numbers nor '(Item N)': short bold lines after the
    attendance block are the headings; their number is '' (none is printed)."""
    label = next((i for i, ln in enumerate(lines) if is_attendance_label(ln)), None)
    if label is None:
        return {}
    heads: dict[int, Head] = {}
    for i, line in enumerate(lines[label + 1 :], start=label + 1):
        previous = lines[i - 1]
        # A bold line straight under another carries on its heading; not one a page or a table away.
        carries_on = previous.bold and previous.page == line.page and line.top - previous.bottom < 2 * line.size
        if (line.bold and len(line.text.split()) <= _MAX_BOLD_HEADING_WORDS and not carries_on
                and not _labels_names(lines, i) and not _NOT_A_HEADING.match(line.text)
                and not vocab.PUBLIC_MARK.match(line.text)):
            heads[i] = Head("", line.text, line.x0)
    return heads if len(heads) >= 2 else {}


# The second word of a sentence under an attendance heading ('Apologies were received ...').
_SENTENCE_VERBS = frozenset({"were", "was", "had", "have", "has", "are", "is", "received", "noted", "sent"})


def _labels_names(lines: Sequence[Line], i: int) -> bool:
    """An attendance label ('Apologies', 'Present:') over or beside names; a bold 'Apologies
    for Absence' over a sentence ('Apologies were noted as recorded above.') heads a minute."""
    line = lines[i]
    if not is_attendance_label(line):
        return False
    # Names on the label's line, also when the label is found in the first segment only
    # ('Present' then names a tab away) and so does not match the whole text.
    match = ATTENDANCE_LABEL.match(line.text)
    if match is None or match.end() < len(line.text):
        return True
    below = strip_bullet(lines[i + 1].text).strip() if i + 1 < len(lines) else ""
    words = below.split()
    # A sentence, also one that wraps ('Apologies were received from Cllr Kevin Parry ... and Louise').
    sentence = len(words) >= 4 and (below.endswith(".") or words[1].lower() in _SENTENCE_VERBS)
    return not sentence or looks_like_person(re.split(r"[,(–-]", below)[0])


# Numbered lines are paragraph numbers, not headings, when most read as sentences (more words
# than a heading has).
_PARAGRAPH_WORDS = 7


def _numbered_paragraphs(heads) -> bool:
    heads = list(heads)
    return sum(len(h.title.split()) >= _PARAGRAPH_WORDS for h in heads) * 2 > len(heads)


def _opening_heads(lines: Sequence[Line], numbered_heads: dict[int, Numbered]) -> dict[int, Head]:
    """An unnumbered heading before the first numbered minute, set like the numbered ones
    ('Welcome' in bold over prose, then 'Item 1: Minutes and Action Points'): a minute with
    number ''. Only after the attendance lists, and only when the numbered headings are bold."""
    first = min(numbered_heads)
    style = lines[first]
    label = next((i for i, ln in enumerate(lines[:first]) if is_attendance_label(ln)), None)
    if not style.bold or label is None:
        return {}
    out = {}
    for i in range(label + 1, first):
        line, below = lines[i], lines[i + 1]
        if (line.bold and abs(line.size - style.size) < 0.5 and abs(line.x0 - style.x0) < 3
                and len(line.text.split()) <= vocab.SHORT_HEADING_WORDS and not below.bold
                and not is_attendance_label(line) and not _NOT_A_HEADING.match(line.text)
                and not vocab.PUBLIC_MARK.match(line.text) and ":" not in line.text):
            out[i] = Head("", line.text, line.x0)
    return out


# A year-coded minute number ('21.44') whose second part reads like minutes past the hour.
_CLOCK_LIKE = re.compile(r"(?P<p>\d{1,2})\.(?P<n>\d{2})\.?")


def _clock_like_heads(lines: Sequence[Line], heads: dict[int, Numbered]) -> dict[int, Numbered]:
    """Year-coded minutes ('21.44 ELECTION OF CHAIR', '21.46 ...') with the heading between them
    that the number parser read as a clock time ('21.45'): a line in the headings' column and
    style whose number shares their first part and falls between its neighbours' numbers."""
    if not heads or any(number_scheme(n.number) != "dotted" for n in heads.values()):
        return heads
    prefixes = {n.number.split(".")[0] for n in heads.values()}
    if len(prefixes) != 1:
        return heads
    prefix = prefixes.pop()
    column = min(n.x0 for n in heads.values())
    bold = all(n.title_words[0].bold for n in heads.values())
    if len(heads) < 2 and not bold:
        return heads  # one plain numbered line is too little to go on
    order = sorted(heads)
    out = dict(heads)
    for i, line in enumerate(lines):
        match = _CLOCK_LIKE.fullmatch(line.words[0].text)
        if (i in heads or not match or match["p"] != prefix or len(line.words) < 2
                or abs(line.x0 - column) > COLUMN_TOLERANCE or line.words[1].bold != bold
                or not re.match(r"[A-Z0-9\"'‘“(]", line.words[1].text)):
            continue
        before = [heads[k] for k in order if k < i]
        after = [heads[k] for k in order if k > i]
        value = int(match["n"])
        if ((before and int(before[-1].number.split(".")[1]) >= value)
                or (after and int(after[0].number.split(".")[1]) <= value)):
            continue
        rest = line.words[1:]
        cut = run_in_split(rest)
        out[i] = Numbered(line=line, number=f"{prefix}.{match['n']}",
                          title_words=tuple(rest if cut is None else rest[:cut]),
                          rest_words=() if cut is None else tuple(rest[cut:]))
    return dict(sorted(out.items()))


def _heads(lines: Sequence[Line]) -> dict[int, Head]:
    """Heading line index -> its Head."""
    numbered_heads = _clock_like_heads(lines, _numbered_heads(lines))
    cued = _cue_heads(lines)
    shown = sum(styled(n) for n in numbered_heads.values())
    bold_numbers = any(n.title_words[0].bold for n in numbered_heads.values())
    if numbered_heads and not bold_numbers and len(cued) < 2 and _numbered_paragraphs(numbered_heads.values()):
        bold = _bold_heads(lines)
        if bold:  # bold headings over paragraphs numbered 1, 2, 3 ... straight through
            return bold
    if len(numbered_heads) >= 2 and (len(cued) < 2 or shown >= len(cued)):
        return _opening_heads(lines, numbered_heads) | {i: Head.of(n) for i, n in numbered_heads.items()}
    if cued:
        # '(Item 5)' names the agenda item (MinuteDraft.agenda_item); the minute prints no number.
        return {i: Head("", lines[i].text, lines[i].x0) for i in cued}
    return _bold_heads(lines) or {i: Head.of(n) for i, n in numbered_heads.items()}


# The header of a right-hand column of who is to act ('Action', 'Action by', 'Who'), set over the
# initials or posts printed beside the minutes ('Clerk', 'AB/CD').
_ACTION_HEADER = re.compile(r"^\W*(?:actions?(?:\s+by)?|by\s+whom|who|owner|responsible)\W*$", re.I)
# ... right of this share of the text's width; its entries are at most this many words.
_ACTION_SHARE = 0.65
_ACTION_WORDS = 3


def _without_action_column(blocks: list[Block]) -> list[Block]:
    """The lines without the right-hand Action column: its header and the short entries printed
    in its column (no minute's text; before, 'Clerk' ran into the sentence beside it)."""
    lines = [b for b in blocks if isinstance(b, Line)]
    if not lines:
        return blocks
    right = max(ln.bbox[2] for ln in lines)
    left = min(ln.x0 for ln in lines)
    header = next((seg for ln in lines for seg in [ln.segments()[-1]]
                   if _ACTION_HEADER.match(seg.text) and seg.x0 > left + _ACTION_SHARE * (right - left)), None)
    if header is None:
        return blocks
    column = header.x0 - COLUMN_TOLERANCE
    out: list[Block] = []
    for block in blocks:
        if not isinstance(block, Line) or (block.page, block.top) < (header.page, header.top):
            out.append(block)
            continue
        segments = block.segments()
        last = segments[-1]
        if last.x0 >= column and len(last.words) <= _ACTION_WORDS:
            kept = block.words[: len(block.words) - len(last.words)]
            if kept:
                out.append(Line(kept, block.page))
            continue  # the column's header or an entry alone on its line
        out.append(block)
    return out


def read_layout(span: DocumentSpan) -> MinutesLayout:
    """Split the minutes into header, attendance preamble and minute drafts."""
    from_tables: set[int] = set()
    blocks = _lone_numbers_joined(_without_action_column(body_blocks(span, from_tables)))
    lines = [b for b in blocks if isinstance(b, Line)]
    heads = _heads(lines)
    first_head = min(heads, default=len(lines))
    first_label = next(
        (i for i, ln in enumerate(lines[:first_head]) if is_attendance_label(ln)), first_head
    )
    header = lines[:first_label]
    items: list[MinuteDraft] = []
    preamble: list[Block] = []
    signature: list[Line] = []
    closing: list[Line] = []
    skip_until = -1
    line_index = {id(ln): i for i, ln in enumerate(lines)}
    for block in blocks:
        i = line_index.get(id(block))
        if i is not None and i < first_label:
            continue
        if i is not None and i in heads:
            draft, skip_until = _draft_at(lines, i, heads[i])
            items.append(draft)
        elif i is not None and i < skip_until:
            continue
        elif items and isinstance(block, Line) and _SIGNATURE.match(block.text):
            signature.append(block)
        elif (items and isinstance(block, Line) and id(block) not in from_tables and _MEETING_CLOSED.search(block.text)
              and any(id(ln) in from_tables for ln in [*items[-1].title_lines, *items[-1].lines])):
            closing.append(block)  # printed under the table of minutes, not in the last minute's row
        elif items:
            items[-1].blocks.append(block)
        else:
            preamble.append(block)
    if not heads:
        preamble, items = _untitled_minutes(preamble)
    return MinutesLayout(header=header, preamble=preamble, items=items, signature=signature, closing=closing)


# The meeting's close ('The meeting closed at 8.47pm.', 'There being no further business the
# meeting ended at 9pm', 'Close of meeting: 20.40').
_MEETING_CLOSED = re.compile(
    r"\bmeeting\s+(?:was\s+)?(?:declared\s+)?(?:closed|ended|concluded|finished)\b|\bclose\s+of\s+(?:the\s+)?meeting\b",
    re.I,
)


# Words that may stand before a minute number on its own line ('Minute 45/24', 'Item 5').
_NUMBER_LEADS = re.compile(r"^(?:(?:agenda\s+)?item|minute|min\.?)(?:\s+no\.?)?\s+", re.I)


def _lone_number(line: Line) -> bool:
    """A line that is only a minute number ('45/24', '12.', 'Minute 45/24')."""
    text = _NUMBER_LEADS.sub("", line.text.strip())
    return len(text.split()) == 1 and item_number(text) is not None


def _lone_numbers_joined(blocks: list[Block]) -> list[Block]:
    """The blocks with a minute number printed on its own line above its bold title ('45/24' over
    'Chair's Welcome', as some county councils set them) joined to the title as one heading line."""
    out: list[Block] = []
    i = 0
    while i < len(blocks):
        block, below = blocks[i], blocks[i + 1] if i + 1 < len(blocks) else None
        if (isinstance(block, Line) and isinstance(below, Line) and _lone_number(block) and below.bold
                and below.page == block.page and 0 <= below.top - block.bottom < block.size
                and abs(below.x0 - block.x0) <= COLUMN_TOLERANCE
                and len(below.words) <= _MAX_BOLD_HEADING_WORDS and not _lone_number(below)
                and (joined := Line((*block.words, *below.words), block.page))
                and numbered(joined) is not None and numbered(below) is None):
            out.append(joined)
            i += 2
            continue
        out.append(block)
        i += 1
    return out


# Minutes that print no headings at all are one minute of prose after the attendance lists; it
# starts at the first line of running text (this many words, and no 'Label:' before them).
_PROSE_WORDS = 8


def _untitled_minutes(preamble: list[Block]) -> tuple[list[Block], list[MinuteDraft]]:
    """(attendance part, [one untitled minute holding the rest]) for minutes with no headings."""
    for index, block in enumerate(preamble):
        if (isinstance(block, Line) and len(block.words) >= _PROSE_WORDS and not is_attendance_label(block)
                and not re.match(r"^[^:]{1,30}:", block.text)):
            draft = MinuteDraft(number="", title_lines=[block], title="", blocks=list(preamble[index:]))
            return list(preamble[:index]), [draft]
    return preamble, []

"""The header of an officer report: a Meeting | Date | Report Title table, or a From / To /
Subject / Classification block of 'Label: value' lines, and the author from the contact
details at the end when the header does not name one."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Iterable, Optional, Sequence

from ...layout.query import join_lines, table_rows
from ...layout.types import Line, TableGrid
from ...span import DocumentSpan
from .lines import line_marker

# Labels council report headers use (Meeting | Date | Report Title..., From / To / Subject...).
HEADER_LABELS = (
    "meeting", "date", "report title", "report presented by", "presented by", "author", "from", "to",
    "subject", "classification", "decision no", "key decision", "electoral division", "report of",
    "report author", "lead officer", "portfolio", "wards affected", "purpose",
)
# Labels of a letterhead: who to ask, how to reach them, the references and the date.
LETTER_LABELS = (
    "ask for", "please ask for", "direct dial", "direct dial/ext", "direct line", "e-mail", "email",
    "tel", "telephone", "our ref", "your ref", "my ref", "enquiries to", "contact", "date", "to",
)
CONTACT_NAME_LABELS = ("ask for", "please ask for", "enquiries to", "contact", "contact officer")
_LABEL_COLON = re.compile(r"^([A-Za-z][\w /&'()\-]{0,50}?)\s*[:?]\s*(.*)$")
MAX_LABEL_WORDS = 7
_ITEM_NUMBER_LABEL = re.compile(r"^(?:agenda\s+)?item(?:\s+no\.?)?\s+\d[\w.()]{0,7}$", re.I)
# Lines before the first label that may still belong to the header zone ("Agenda Item 7").
MAX_LEADING_LINES = 5
# Labels that open the body: the header ends where one of these starts.
BODY_LABELS = re.compile(
    r"^(?:summary|executive summary|purpose(?: of (?:the )?report)?|recommendations?"
    r"|recommendation\(s\)|introduction|background|(?:decisions?|decision\(s\)|actions?|action\(s\))\s+required"
    r"|key\s+issues|report\s+summary|summary\s+of\s+(?:the\s+)?report|reasons?\s+for\s+(?:the\s+)?recommendations?"
    # 'RECOMMENDED that Cabinet:', 'It is recommended that:', 'The Committee is asked to:' over a list
    r"|(?:it\s+is\s+)?recommended\b.*|(?:the\s+)?[\w ]{1,40}?\s+(?:is|are)\s+(?:asked|recommended)\s+to\b.*)$",
    re.I,
)

# Labels that open the endings of a report: the papers it rests on and who to ask.
ENDING_LABELS = re.compile(
    r"^(?:background (?:papers|documents|information)|list of (?:background papers|appendices)"
    r"|appendices|appendix|annexes|contact officers?|contact details|report authors?"
    r"|report author\(s\)|lead officers?|equality impact(?: assessment| statement)?)$",
    re.I,
)

MEETING_LABELS = (
    "meeting",
    "meeting of",
    # 'Meeting and Date: Cabinet - 12 March 2025': the date is split off the meeting (see reading)
    "meeting and date",
    "meeting & date",
    "meeting/date",
    "meeting date and venue",
    "committee",
    "to",
    "report to",
    "meeting name",
    "decision maker",
)
DATE_LABELS = ("date", "date of meeting", "meeting date", "date of committee", "date of decision")
TITLE_LABELS = (
    "report title", "subject", "title", "report subject", "report name", "title of report", "subject of report",
)
PRESENTER_LABELS = (
    "report presented by",
    "presented by",
    "from",
    "report of",
    "report from",
    "report by",
    "cabinet member",
    "lead member",
    "portfolio holder",
    "executive member",
    "lead councillor",
    "responsible cabinet member",
    "lead cabinet member",
    "cabinet portfolio holder",
    "report sponsor",
    "sponsoring director",
    "responsible director",
)
AUTHOR_LABELS = (
    "author",
    "authors",
    "report author",
    "report authors",
    "contact officer",
    "lead officer",
    "report writer",
    "report author(s)",
    "author(s)",
    "officer contact",
    "contact officer(s)",
    "contact officers",
    "report contact",
    "responsible officer",
    "author and contact",
    "prepared by",
    "report prepared by",
    "written by",
    "contact name",
)

_FIELD_LABELS = (MEETING_LABELS, DATE_LABELS, TITLE_LABELS, PRESENTER_LABELS, AUTHOR_LABELS)


def label_key(label: str) -> str:
    return " ".join(label.lower().rstrip(":").split())


@dataclass
class Header:
    """Header fields as printed, and what the body reader must skip."""

    fields: dict[str, str] = field(default_factory=dict)
    tables: list[TableGrid] = field(default_factory=list)
    captions: list[str] = field(default_factory=list)  # rows of one cell ('REPORT TO CABINET')
    lines_used: int = 0  # leading body lines of the first content page that were header
    labels_from: int = 0  # the first of them that is a label (a title block may print above)

    def value(self, labels: Sequence[str]) -> Optional[str]:
        for label, value in self.fields.items():
            if label_key(label) in labels and value:
                return value
        return None


def read_header(span: DocumentSpan) -> Header:
    """The header table(s) in the top half of the first page and any 'Label: value' block."""
    header = Header()
    page = span.first_page
    if page is None:
        return header
    for table in page.tables:
        if table.top < page.height * 0.5 and (across := _labels_across(table)) is not None:
            header.tables.append(table)  # 'Meeting | Date | Report Title' over one row of values
            for label, value in across:
                header.fields.setdefault(label.rstrip(":").strip(), value)
        elif table.top < page.height * 0.5 and _is_header_table(table):
            header.tables.append(table)
            for row in table_rows(table):
                cells = [c for c in row if c]
                if len(cells) == 1:
                    header.captions.append(cells[0])
                for label, value in _pairs(row):
                    if label:
                        header.fields.setdefault(label.rstrip(":").strip(), value)
    fields, used, first = _label_block(page.lines)
    for label, value in fields.items():
        header.fields.setdefault(label, value)
    header.lines_used, header.labels_from = used, first
    return header


def _pairs(row: Sequence[str]) -> list[tuple[str, str]]:
    """Label | value cells of a header row: two, or four side by side ('Meeting | Cabinet |
    Date | 30 January')."""
    if len(row) not in (2, 4):
        return []
    return [(row[i], row[i + 1]) for i in range(0, len(row), 2)]


def _known(label: str) -> bool:
    key = label_key(label)
    return key in HEADER_LABELS or any(key in group for group in _FIELD_LABELS)


def _labels_across(table: TableGrid) -> Optional[list[tuple[str, str]]]:
    """(label, value) pairs of a header table printed across: a row of labels, nearly all of them
    known ('Meeting | Date | Report Title | Report presented by | Author'), over one row of values
    that holds none."""
    rows = table_rows(table)
    if len(rows) != 2 or len(rows[0]) < 2:
        return None
    labels, values = rows
    known = sum(_known(cell) for cell in labels if cell)
    if known < 2 or known < 0.75 * len(labels) or any(_known(cell) for cell in values if cell):
        return None
    return [(label, value) for label, value in zip(labels, values, strict=False) if label and value]


def _is_header_table(table: TableGrid) -> bool:
    """Label | value rows, two of the labels known. A data table whose column headings happen to be
    labels ('Meeting date | Item | Lead officer | Purpose' over a work programme) has them all in
    its first row: beyond two rows, the known labels must be on more than one."""
    rows = [r for r in table_rows(table) if _pairs(r)]
    known = [sum(_known(label) for label, _ in _pairs(r)) for r in rows]
    spread = len(table.rows) <= 2 or sum(1 for k in known if k) >= 2
    return sum(known) >= 2 and spread and len(rows) >= len(table.rows) - 1


def _label_of(line: Line) -> Optional[tuple[str, str, float]]:
    """(label, value, value_x) when the line reads 'Label: value' or 'Label | value'."""
    segments = line.segments()
    first = segments[0].text
    rest = " ".join(s.text for s in segments[1:])
    value_x = segments[1].x0 if len(segments) > 1 else line.x0 + 60
    match = _LABEL_COLON.match(first)
    if match and _ITEM_NUMBER_LABEL.match(match.group(1).strip()):
        return None  # 'Agenda item 9: Speed Indicator Device' is a numbered title, not a label
    if match and len(match.group(1).split()) <= MAX_LABEL_WORDS:
        return match.group(1).strip(), join_lines([match.group(2), rest]), value_x
    if len(segments) > 1 and label_key(first) in HEADER_LABELS:
        return first.strip(), rest, value_x
    return None


def _label_block(lines: Sequence[Line]) -> tuple[dict[str, str], int, int]:
    """Leading 'Label: value' lines, with values wrapped onto lines at the value's indent: the
    fields, how many lines they reach down to, and the index of the first label."""
    fields: dict[str, str] = {}
    current: Optional[str] = None
    value_x = 0.0
    used = first = 0
    for index, line in enumerate(lines):
        labelled = _label_of(line)
        if labelled and (BODY_LABELS.match(labelled[0]) or line_marker(line).kind == "section"):
            break  # 'Summary:', 'Section A: Purpose of the Report' open the body
        if labelled and (fields or labelled[1]):
            first = first if fields else index
            current, value, value_x = labelled
            fields[current] = value
            used = index + 1
        elif current and line.x0 >= value_x - 5:
            fields[current] = join_lines([fields[current], line.text])
            used = index + 1
        elif fields or index >= MAX_LEADING_LINES:
            break
    known = sum(_known(k) for k in fields)  # as for a header table: the field labels count too
    letterhead = sum(label_key(k) in LETTER_LABELS for k in fields)
    return (fields, used, first) if max(known, letterhead) >= 2 else ({}, 0, 0)


def author_from_contacts(lines: Iterable[Line], tables: Iterable[TableGrid]) -> Optional[str]:
    """The name printed beside or under a 'Report Author' label in the contact details."""
    lines = list(lines)
    for index, line in enumerate(lines):
        segments = line.segments()
        for position, segment in enumerate(segments):
            if label_key(segment.text) in AUTHOR_LABELS:
                # 'Report Author: | Jane Smith' has the name beside it; column headings
                # ('Report Author    Relevant Director') have their names below them.
                beside = position + 1 < len(segments) and segment.text.rstrip().endswith(":")
                name = (
                    segments[position + 1].text.strip()
                    if beside
                    else _name_below(lines[index + 1 : index + 3], segment.x0)
                )
                if name:
                    return name
    for table in tables:
        for row in table.rows:
            name = _name_in_row([c or "" for c in row])
            if name:
                return name
    return None


def _name_in_row(cells: Sequence[str]) -> Optional[str]:
    """'Report Author | Jane Smith' in two cells, or a cell 'Report Authors:\nSharon Howard'."""
    filled = [c.strip() for c in cells if c and c.strip()]
    if len(filled) == 2 and label_key(filled[0]) in AUTHOR_LABELS:
        return filled[1].splitlines()[0].strip()
    for cell in filled:
        name = _name_in_cell(cell)
        if name:
            return name
    return None


def _name_below(lines: Sequence[Line], x0: float) -> Optional[str]:
    for line in lines:
        for segment in line.segments():
            if abs(segment.x0 - x0) <= 15:
                return segment.text.strip()
    return None


def _name_in_cell(cell: str) -> Optional[str]:
    parts = [p.strip() for p in cell.splitlines() if p.strip()]
    for index, part in enumerate(parts[:-1]):
        label, _, value = part.partition(":")
        if label_key(label) in AUTHOR_LABELS:
            return value.strip() or parts[index + 1]
    return None

"""Two columns of prose (layout/columns.py) are read down the left column, then the right;
tables, forms and two-column agendas are left as they are."""

from __future__ import annotations

from panelparse.layout import Line, PageLayout, TableGrid, Word
from panelparse.layout.columns import in_columns
from panelparse.layout.types import reading_order

LEFT_TEXT = ("The County Council has confirmed that the resurfacing of Church Lane will start on 7 April "
             "and last for two weeks. The road will be closed between 9.30am and 3.30pm each day, with "
             "access kept for residents and buses diverted by Mill Road.")
RIGHT_TEXT = ("A letter has been received from a resident about dog fouling on the recreation ground. The "
              "Clerk has asked the district council to install a further bin by the gate and to send its "
              "enforcement officer to patrol at weekends.")


def _line(y: float, cells: list[tuple[float, str]], bold: bool = False) -> Line:
    words = []
    for x, text in cells:
        cursor = x
        for token in text.split():
            words.append(Word(token, cursor, y, cursor + 5.0 * len(token), y + 10, 10.0, bold))
            cursor += 5.0 * len(token) + 2.5
    return Line(tuple(words), 1)


def _wrap(text: str, width: int) -> list[str]:
    out, line = [], ""
    for word in text.split():
        if line and len(line) + 1 + len(word) > width:
            out.append(line)
            line = word
        else:
            line = f"{line} {word}".strip()
    return out + [line]


def _two_columns(left: str, right: str, offset: float = 0.0) -> list[Line]:
    """A title across the page, then left and right columns (x 40 and 310, 230 pt wide)."""
    lines = [_line(40, [(40, "Clerk's Report to the Parish Council meeting on 12 March 2025")], bold=True)]
    rows = []
    for k, text in enumerate(_wrap(left, 40)):
        rows.append((80 + 14 * k, 40, text))
    for k, text in enumerate(_wrap(right, 40)):
        rows.append((80 + offset + 14 * k, 310, text))
    by_top: dict[float, list[tuple[float, str]]] = {}
    for top, x, text in rows:
        by_top.setdefault(top, []).append((x, text))
    lines += [_line(top, sorted(cells)) for top, cells in sorted(by_top.items())]
    return lines


def _texts(lines: list[Line]) -> list[str]:
    return [ln.text for ln in lines]


def test_two_columns_of_prose_read_left_column_first():
    for offset in (0.0, 7.0):  # baselines level (one line across the gutter) or offset (lines interleaved)
        ordered = in_columns(_two_columns(LEFT_TEXT, RIGHT_TEXT, offset))
        texts = _texts(ordered)
        assert texts[0].startswith("Clerk's Report")
        left = len(_wrap(LEFT_TEXT, 40))
        assert " ".join(texts[1 : 1 + left]) == LEFT_TEXT
        assert " ".join(texts[1 + left :]) == RIGHT_TEXT


def test_one_column_of_prose_is_left_as_it_is():
    lines = _two_columns(LEFT_TEXT, "")
    assert in_columns(lines) == lines


def test_a_table_set_with_tab_stops_is_no_pair_of_columns():
    rows = [_line(80 + 14 * k, [(40, f"Household waste measure {k} recycled in the quarter"), (330, f"{40 + k}.5%"),
                                (400, "50%"), (460, "Amber")]) for k in range(14)]
    assert in_columns(rows) == rows


def test_an_agenda_title_beside_its_purpose_is_no_pair_of_columns():
    rows = []
    for k in range(8):
        rows.append(_line(80 + 28 * k, [(40, f"{k + 1}. Item title number {k + 1}")], bold=True))
        rows[-1] = Line(rows[-1].words + _line(80 + 28 * k, [(310, "To receive the report and note it")]).words, 1)
        rows.append(_line(94 + 28 * k, [(310, "and to resolve as it recommends.")]))
    assert in_columns(rows) == rows


def test_tables_go_in_among_lines_read_in_columns():
    lines = in_columns(_two_columns(LEFT_TEXT, RIGHT_TEXT))
    table = TableGrid(page=1, bbox=(40, 200, 540, 240), rows=(("a", "b"), ("c", "d")),
                      row_bboxes=((40, 200, 540, 220), (40, 220, 540, 240)))
    flow = reading_order(lines, [table])
    assert flow.index(table) == len(flow) - 1  # below every line of both columns
    page = PageLayout(number=1, width=595, height=842, lines=tuple(lines), tables=(table,))
    assert page.flow() == flow


def test_a_report_in_two_columns_reads_each_paragraph_whole():
    # A line of the left column stops short of the page's right margin but not of its column's:
    # the paragraph runs on (each line was a paragraph of its own).
    from panelparse.extractors.base import ExtractContext
    from panelparse.extractors.report import ReportExtractor
    from panelparse.span import DocumentSpan

    page = PageLayout(number=1, width=595, height=842, lines=tuple(in_columns(_two_columns(LEFT_TEXT, RIGHT_TEXT))))
    doc = ReportExtractor().extract(DocumentSpan(pages=(page,), printed=(None,)), ExtractContext(document_index=0), 0.5)
    paragraphs = [p.text for s in doc.sections for p in s.paragraphs]
    assert LEFT_TEXT in paragraphs and RIGHT_TEXT in paragraphs

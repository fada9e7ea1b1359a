"""Tables set with tab stops and no rules (common/unruled), as Word prints a table with its
borders turned off: cells aligned to the top, a long first cell wrapped onto more lines."""

from __future__ import annotations

from panelparse.extractors.common.features import SpanFeatures
from panelparse.extractors.common.unruled import unruled_tables
from panelparse.layout import Line, PageLayout, Word
from panelparse.span import DocumentSpan

COLUMNS = (32, 300, 380, 460)


def _row(y: float, *cells: str, bold: bool = False) -> Line:
    """One line with its cells at the columns' x; a cell's words 2.5 pt apart."""
    words = []
    for x, text in zip(COLUMNS, cells, strict=False):
        cursor = float(x)
        for token in text.split():
            words.append(Word(token, cursor, y, cursor + len(token) * 5.0, y + 10, 10.0, bold))
            cursor += len(token) * 5.0 + 2.5
    return Line(tuple(words), 1)


# Rows 24 pt apart; a wrapped first cell's lines 12 pt apart (2 pt of leading under a 10 pt line).
SCORECARD = [
    _row(80, "Measure", "Target", "Actual", "RAG", bold=True),
    _row(104, "Household waste recycled", "50%", "47.2%", "Amber"),
    _row(128, "Major planning applications", "60%", "88%", "Green"),
    _row(140, "determined within 13 weeks"),
    _row(152, "or an agreed time"),
    _row(176, "Average days to process new", "20", "26.4", "Red"),
    _row(188, "benefit claims"),
    _row(212, "Council tax collected", "56.0%", "56.3%", "Green"),
]


def _span(lines: list[Line]) -> DocumentSpan:
    page = PageLayout(number=1, width=595, height=842, lines=tuple(lines), tables=())
    return DocumentSpan(pages=(page,), printed=(None,))


def test_a_wrapped_first_cell_continues_its_row():
    ((start, end, grid),) = unruled_tables(SCORECARD)
    assert (start, end) == (0, len(SCORECARD))
    assert grid.rows == (
        ("Measure", "Target", "Actual", "RAG"),
        ("Household waste recycled", "50%", "47.2%", "Amber"),
        ("Major planning applications determined within 13 weeks or an agreed time", "60%", "88%", "Green"),
        ("Average days to process new benefit claims", "20", "26.4", "Red"),
        ("Council tax collected", "56.0%", "56.3%", "Green"),
    )
    # each row's box covers its wrapped lines
    assert grid.row_bboxes[2][1] == 128 and grid.row_bboxes[2][3] == 162


def test_text_after_the_table_is_not_a_wrapped_cell():
    # close under the last row, but running past the second column's start
    after = [_row(224, "Officers will report on the measures rated red at the next meeting of the committee.")]
    apart = [_row(240, "Notes")]  # inside the first column, but a paragraph's gap below the table
    for trailing in (after, apart):
        ((start, end, grid),) = unruled_tables(SCORECARD + trailing)
        assert end == len(SCORECARD)
        assert grid.rows[-1] == ("Council tax collected", "56.0%", "56.3%", "Green")


def test_a_bold_section_row_is_not_a_wrapped_cell():
    lines = [*SCORECARD, _row(224, "Housing", bold=True), _row(248, "Homes let within 28 days", "90%", "84%", "Amber")]
    (_, end, grid), *_ = unruled_tables(lines)
    assert end == len(SCORECARD)
    assert grid.rows[-1][0] == "Council tax collected"


def test_an_unruled_scorecard_counts_as_a_kpi_table():
    features = SpanFeatures(_span(SCORECARD))
    assert features.kpi_table == 1.0
    assert features.kpi_values > 0.5  # the percentages and RAG words of its cells

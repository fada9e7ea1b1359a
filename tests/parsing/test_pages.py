"""Agenda page ranges and item / minute numbers as councils print them."""

import pytest

from panelparse.errors import ParseError
from panelparse.parsing import find_page_ranges, names_only_start, parse_item_number, parse_page_cell


@pytest.mark.parametrize(
    ("raw", "parent", "expected"),
    [
        ("3.", None, "3"),
        ("6a", None, "6a"),
        ("6(a)", None, "6a"),
        ("(a)", "6", "6a"),
        ("b.", "10", "10b"),
        ("76.", None, "76"),  # Kent Cabinet minutes
        ("Item 5", None, "5"),
        ("23/15", None, "23/15"),  # year/number minute references
        ("23/15.", None, "23/15"),
        ("PC/23/15", None, "PC/23/15"),
        ("Minute 23/15", None, "23/15"),
        ("2643.", None, "2643"),  # running minute numbers (a Welsh community council)
        ("(3)", None, "3"),
        ("3)", None, "3"),
        ("6.1", None, "6.1"),
        ("18.05.1", None, "18.05.1"),  # date-coded YY.MM.N, kept as printed
        ("05.24.01", None, "05.24.01"),  # MM.YY.NN
        ("A1", None, "A1"),
        ("A7(a)", None, "A7a"),  # a lettered item's sub-items
        ("HASC/45", None, "HASC/45"),  # a committee's code and a running number
        ("A7b", None, "A7b"),
        ("a)", "11", "11a"),
        ("(ii)", "4", "4ii"),
        ("12/23-24", None, "12/23-24"),  # a number within the council year, kept as printed
        ("12/2023-24", None, "12/2023-24"),
        ("C.12", None, "C.12"),  # a committee's letter and a running number
    ],
)
def test_parse_item_number(raw, parent, expected):
    assert parse_item_number(raw, parent) == expected


@pytest.mark.parametrize("raw", ["(a)", "10.00", "7.30", "12345", "£15", "Apologies", "1/2/3/4", "a1", "No.5", "c.12"])
def test_parse_item_number_failures(raw):
    with pytest.raises(ParseError):
        parse_item_number(raw)


def test_find_page_ranges():
    text = "Minutes (Pages 7 - 10) and report (Page 11) and (Pages 461 – 610)"
    assert [(a, b) for a, b, _ in find_page_ranges(text)] == [(7, 10), (11, 11), (461, 610)]


@pytest.mark.parametrize("text, ranges", [
    ("Minutes of the meeting held on 2 February 2023 (Pages 7 - 10)", [(7, 10)]),
    ("Budget monitoring (pp. 11-18)", [(11, 18)]),
    ("Budget monitoring (pp 11-18)", [(11, 18)]),  # no dot after the abbreviation
    ("Terms of reference (p 7)", [(7, 7)]),
    ("Forward plan (Pages 11 to 18)", [(11, 18)]),
    ("Terms of reference (Page 7)", [(7, 7)]),
    ("see pages 3 - 4 of the report", []),  # a mention in prose is not a reference
    ("Minutes of the Previous Meeting   pp. 2-3", [(2, 3)]),  # unbracketed, ending the line
    ("Budget v Spend  p. 6", [(6, 6)]),
    ("Finance  Pages 7 - 9\nBudget (Page 10)", [(7, 9), (10, 10)]),
    ("as set out on page 6", []),  # prose ending a line: lower case is no reference
    ("Page 6", []),  # nothing before it: a page number, not a reference after a title
])
def test_find_page_ranges_wordings(text, ranges):
    assert [(a, b) for a, b, _ in find_page_ranges(text)] == ranges


@pytest.mark.parametrize("text, expected", [
    ("5 - 12", (5, 12, False)),
    ("6", (6, 6, True)),  # a Pages column's single page: where the paper starts
    ("pp. 2-3", (2, 3, False)),
    ("Page 6", (6, 6, True)),
    ("(Page 6)", (6, 6, False)),  # ModernGov's bracketed single page is the whole paper
    ("(Pages 4 to 5)", (4, 5, False)),
    ("12 - 5", None),
    ("Page 6 of 9", None),
    ("Budget", None),
])
def test_parse_page_cell(text, expected):
    assert parse_page_cell(text) == expected


def test_names_only_start():
    assert names_only_start(" Page 2") and names_only_start("p. 6")
    assert not names_only_start("(Page 2)") and not names_only_start(" pp. 2-3")


"""Agenda page ranges and item / minute numbers as councils print them."""

import pytest

from panelparse.errors import ParseError
from panelparse.parsing import find_page_ranges, parse_item_number


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
    ],
)
def test_parse_item_number(raw, parent, expected):
    assert parse_item_number(raw, parent) == expected


@pytest.mark.parametrize("raw", ["(a)", "2019", "10.00", "3.1", "£15", "Apologies", "1/2/3/4"])
def test_parse_item_number_failures(raw):
    with pytest.raises(ParseError):
        parse_item_number(raw)


def test_find_page_ranges():
    text = "Minutes (Pages 7 - 10) and report (Page 11) and (Pages 461 – 610)"
    assert [(a, b) for a, b, _ in find_page_ranges(text)] == [(7, 10), (11, 11), (461, 610)]

"""Shared regex atoms and number helpers."""

import re
from decimal import Decimal

import pytest

from panelparse.parsing._atoms import MONTH, NUMBER, as_float, full_year, month_number


@pytest.mark.parametrize(
    ("raw", "expected"),
    [("Jan", 1), ("February", 2), ("Sept", 9), ("Sept.", 9), ("sep", 9), ("DEC", 12), ("June", 6)],
)
def test_month_number(raw, expected):
    assert re.fullmatch(MONTH, raw, re.I)
    assert month_number(raw) == expected


@pytest.mark.parametrize("raw", ["Market", "Mayor", "Decision", "Junk"])
def test_month_does_not_match_longer_words(raw):
    assert re.match(MONTH + r"$", raw, re.I) is None


@pytest.mark.parametrize(
    ("raw", "expected"), [("23", 2023), ("'22", 2022), ("2024", 2024), ("1999", 1999)]
)
def test_full_year(raw, expected):
    assert full_year(raw) == expected


@pytest.mark.parametrize("raw", ["43,780", "1,497", "0.3", "1,250,000", ".5", "12"])
def test_number_atom(raw):
    assert re.fullmatch(NUMBER, raw)


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        (Decimal("0.567") * 1_000_000, 567000.0),
        (Decimal("-0.00"), 0.0),
        (Decimal("256.265"), 256.27),
    ],
)
def test_as_float_is_exact_and_has_no_negative_zero(value, expected):
    result = as_float(value)
    assert result == expected
    assert str(result) == str(expected)  # rules out -0.0

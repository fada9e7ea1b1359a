"""Property tests over every shared parser (issue 13): random and adversarial strings.

1. Any string: each parser returns, or raises ParseError (and nothing else) where it may raise.
2. Linear time: on adversarial families (long digit runs, separators, repeated words) the cost
   of an input 8 times longer is compared with the cost of the short one. Linear code costs
   about 8 times as much, quadratic code 64 times; the bound sits between, so the test
   measures growth, never a wall-clock limit.
"""

from __future__ import annotations

import time
from typing import Any, Callable

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from panelparse import parsing
from panelparse.errors import ParseError
from panelparse.parsing import trends

# (name, function, may it raise ParseError?)
PARSERS: list[tuple[str, Callable[[str], Any], bool]] = [
    ("parse_date", parsing.parse_date, True),
    ("parse_date(reference_year)", lambda s: parsing.parse_date(s, reference_year=2023), True),
    ("parse_period", parsing.parse_period, True),
    ("parse_financial_year", parsing.parse_financial_year, True),
    ("find_financial_years", parsing.find_financial_years, False),
    ("parse_time", parsing.parse_time, True),
    ("parse_time_range", parsing.parse_time_range, True),
    ("parse_money", parsing.parse_money, True),
    ("parse_money(unit)", lambda s: parsing.parse_money(s, unit="£000"), True),
    ("parse_money(£)", lambda s: parsing.parse_money(s, unit="£"), True),
    ("parse_money(as unit)", lambda s: parsing.parse_money("1,234", unit=s), True),
    ("parse_number", parsing.parse_number, True),
    ("parse_value", parsing.parse_value, False),
    ("parse_change", parsing.parse_change, True),
    ("is_no_data", parsing.is_no_data, False),
    ("parse_duration", parsing.parse_duration, True),
    ("parse_days", parsing.parse_days, True),
    ("parse_direction", parsing.parse_direction, True),
    ("parse_direction(signs)", lambda s: parsing.parse_direction(s, signs=True), True),
    ("is_sign", parsing.is_sign, False),
    ("arrow_direction", trends.arrow_direction, False),
    ("word_direction", trends.word_direction, False),
    ("strip_direction", trends.strip_direction, False),
    ("parse_attendee", parsing.parse_attendee, True),
    ("parse_person", parsing.parse_person, True),
    ("parse_item_number", parsing.parse_item_number, True),
    ("split_names", parsing.split_names, False),
    ("find_money", parsing.find_money, False),
    ("find_dates", parsing.find_dates, False),
    ("find_times", parsing.find_times, False),
    ("find_page_ranges", parsing.find_page_ranges, False),
    ("find_email", parsing.find_email, False),
    ("find_phone", parsing.find_phone, False),
    ("normalise", parsing.normalise, False),
    ("normalise_keep_offsets", parsing.normalise_keep_offsets, False),
    ("split_sentences", parsing.split_sentences, False),
    ("title_case", parsing.title_case, False),
    ("clean_text", parsing.clean_text, False),
]
IDS = [name for name, _, _ in PARSERS]

# Pieces printed values are made of, plus the characters that break naive patterns.
TOKENS = [
    "0", "1", "9", "12", "2023", "99", ",", ".", ":", "-", "/", " ", "  ", "\t", "\n", "£", "GBP", "%", "(", ")",
    "m", "mm", "k", "bn", "pm", "am", "hrs", "days", "mins", "points", "March", "Mon", "Monday", "Q1", "FY",
    "and", "Cllr", "Dr", "OBE", "–", "—", "▲", "▼", "→", "up", "down", "no data", "N/A", "c", "approx",
    "٣", "３", "\u00a0", "\u200b", "\x00", "\x1f", "\ufb01", "@", "Tel:", "(Pages 1 - 2)", "Item", "6a",
]
values = st.one_of(
    st.text(max_size=60),
    st.lists(st.sampled_from(TOKENS), max_size=25).map("".join),
    st.lists(st.one_of(st.sampled_from(TOKENS), st.text(max_size=4)), max_size=25).map("".join),
)


@pytest.mark.parametrize(("name", "parser", "may_raise"), PARSERS, ids=IDS)
@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(raw=values)
def test_only_parse_error_escapes(name, parser, may_raise, raw):
    try:
        parser(raw)
    except ParseError:
        assert may_raise, f"{name} must never raise"


# Adversarial families: family(n) is a string of about n characters.
FAMILIES: dict[str, Callable[[int], str]] = {
    "digits": lambda n: "9" * n,
    "money digits": lambda n: "£" + "9" * n,
    "thousands": lambda n: "1," * (n // 2),
    "decimal points": lambda n: "1." * (n // 2),
    "spaced digits": lambda n: "1 " * (n // 2),
    "dashes": lambda n: "1-" * (n // 2),
    "slashes": lambda n: "1/" * (n // 2),
    "clock": lambda n: "12:" * (n // 3),
    "times": lambda n: "1pm " * (n // 4),
    "cued times": lambda n: "at 10.00 " * (n // 9),
    "dates": lambda n: "9 March 2023 " * (n // 13),
    "months": lambda n: "March " * (n // 6),
    "years": lambda n: "2023-24 " * (n // 8),
    "fy words": lambda n: "April 2023 to " * (n // 14),
    "signed units": lambda n: "-1 s " * (n // 5),
    "brackets": lambda n: "(" * n,
    "arrows": lambda n: "▲ " * (n // 2),
    "names and": lambda n: "Cllr A B and " * (n // 13),
    "names comma": lambda n: "Ann Lee, " * (n // 9),
    "abbreviations": lambda n: "Mr. " * (n // 4),
    "email run": lambda n: "a." * (n // 2) + "@",
    "phone": lambda n: "Tel: " + "1 " * (n // 2),
    "pages": lambda n: "(Pages 1 - " * (n // 10),
    "unicode digits": lambda n: "٣" * n,
    "control": lambda n: "\x00\x1f" * (n // 2),
}
SHORT, LONG = 2_000, 16_000
# Linear growth is about 8x, quadratic about 64x; costs under FLOOR seconds count as FLOOR so
# that timer noise on tiny numbers cannot fail the test.
MAX_GROWTH, FLOOR = 24.0, 0.004


def _cost(parser: Callable[[str], Any], text: str) -> float:
    best = float("inf")
    for _ in range(5):  # the best of five: a busy machine slows some runs, never speeds one up
        started = time.perf_counter()
        try:
            parser(text)
        except ParseError:
            pass
        best = min(best, time.perf_counter() - started)
    return max(best, FLOOR)


@pytest.mark.parametrize(("name", "parser", "may_raise"), PARSERS, ids=IDS)
def test_cost_grows_linearly(name, parser, may_raise):
    slow = []
    for family, make in FAMILIES.items():
        growth = _cost(parser, make(LONG)) / _cost(parser, make(SHORT))
        if growth > MAX_GROWTH:
            slow.append(f"{family}: {growth:.0f}x for 8x the input")
    assert not slow, f"{name} grows faster than linearly: {slow}"

"""Trend direction from arrows and words."""

import pytest

from panelparse.errors import ParseError
from panelparse.parsing import parse_direction


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("-1.5% points ▼", "down"),
        ("1.6% points ▲", "up"),
        ("-00:00:06 ▼", "down"),
        ("-00:00:00 —", "flat"),
        ("0.1% —", "flat"),
        ("-1.2% points —", "flat"),
        ("—", "flat"),
        ("0.1% –", "flat"),
        ("▲", "up"),
        ("↑ 3%", "up"),
        ("⬆", "up"),
        ("↓", "down"),
        ("⬇ 2", "down"),
        ("►", "flat"),
        ("▶ 0.0%", "flat"),
        ("up 5", "up"),
        ("Increased", "up"),
        ("increase", "up"),
        ("decreased by 5%", "down"),
        ("Declining", "down"),
        ("down", "down"),
        ("no change", "flat"),
        ("No Change", "flat"),
        ("static", "flat"),
        ("Stable", "flat"),
        ("Improving", "up"),  # direction-of-travel words, read as printed
        ("Better", "up"),
        ("Worse", "down"),
        ("Deteriorating", "down"),
        ("Same", "flat"),
        ("↗", "up"),
        ("↘", "down"),
        ("+", None),  # a sign is a direction only where the column prints signs
        ("=", None),
        ("up ▼", "down"),  # the arrow outranks a word
        ("-7.5%", None),  # an ASCII hyphen is a minus, not a trend
        ("0.7% points", None),
        ("Dec 2022 – Feb 2023", None),  # a dash inside a range is not a trend mark
        ("", None),
        (None, None),
        ("Zero or No Data Available", None),
        ("set-up costs", None),
    ],
)
def test_parse_direction(raw, expected):
    assert parse_direction(raw) == expected


@pytest.mark.parametrize(
    ("raw", "expected"),
    [("+", "up"), ("-", "down"), ("=", "flat"), (" + ", "up"), ("\u2212", "down"), ("▲", "up"), ("n/a", None),
     ("+5%", None), ("Better", "up")],
)
def test_parse_direction_of_a_sign_column(raw, expected):
    assert parse_direction(raw, signs=True) == expected


def test_is_sign():
    from panelparse.parsing import is_sign

    assert [is_sign(c) for c in ("+", "-", "=", "+5", "", "n/a")] == [True, True, True, False, False, False]


@pytest.mark.parametrize("raw, direction", [("Worsened", "down"), ("Worsening", "down"), ("Sustained", "flat"),
                                            ("Steady", "flat"), ("Similar", "flat")])
def test_more_direction_of_travel_words(raw, direction):
    assert parse_direction(raw) == direction


@pytest.mark.parametrize("raw, direction", [
    # The heavier and double arrows Word's symbol fonts print, and nouns of travel.
    ("➚", "up"), ("⬈", "up"), ("⇑", "up"), ("➘", "down"), ("⬊", "down"), ("⇓", "down"), ("➡", "flat"), ("⬌", "flat"),
    ("Improvement", "up"), ("Deterioration", "down"), ("-2.1% ➘", "down"),
])
def test_heavier_arrows_and_nouns_of_travel(raw, direction):
    assert parse_direction(raw) == direction


@pytest.mark.parametrize(("raw", "direction"), [
    # Wingdings arrows with no Unicode map read as their codes' letters: 'é' up, 'ê' down, 'è' across
    ("é", "up"), ("ê", "down"), ("è", "flat"), ("2.1% é", "up"), ("café", None), ("Café au lait", None),
])
def test_symbol_font_arrows(raw, direction):
    assert parse_direction(raw) == direction


def test_symbol_font_arrows_pointing_both_ways_are_no_direction():
    with pytest.raises(ParseError):
        parse_direction("é ê")

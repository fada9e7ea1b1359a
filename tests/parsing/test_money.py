"""Money amounts (rows from the Wiltshire OPCC commissioning plan and precept minutes)."""

import pytest

from panelparse.errors import ParseError
from panelparse.parsing import find_money, parse_money


@pytest.mark.parametrize(
    ("raw", "amount", "approximate"),
    [
        ("£0.567m", 567000.0, False),
        ("c£0.270m", 270000.0, True),
        ("£171,000", 171000.0, False),
        ("£2.265 million", 2265000.0, False),
        ("£250k", 250000.0, False),
        ("£1.25 million", 1250000.0, False),
        ("£1,250,000", 1250000.0, False),
        ("£69.428m", 69428000.0, False),
        ("£256.27", 256.27, False),
        ("£15", 15.0, False),
        ("£1,234k", 1234000.0, False),
        ("ca. £3m", 3000000.0, True),
        ("~£5m", 5000000.0, True),
        ("approx. £2bn", 2000000000.0, True),
        ("£1.2bn", 1200000000.0, False),
        ("circa £1.5 million", 1500000.0, True),
        ("£0.090m of c£0.270m (co-commissioned with SBC)", 90000.0, False),  # first amount
        ("(£1.5m)", -1500000.0, False),  # accounting negative
        ("( c£0.2m )", -200000.0, True),
        ("-£0.2m", -200000.0, False),
        ("£-0.2m", -200000.0, False),
        ("\u2212£0.2m", -200000.0, False),  # unicode minus
        ("\u2013£500", -500.0, False),  # a typed minus a word processor turned into an en dash
        ("£\u2013500", -500.0, False),
        ("GBP 1,000", 1000.0, False),
        ("5 million pounds", 5000000.0, False),
        ("£0.1m", 100000.0, False),
        ("£0.3m", 300000.0, False),
        ("Total\t£4.561m", 4561000.0, False),
        ("£3 more", 3.0, False),  # "m" only scales when it ends the word
        ("£0.025m a year", 25000.0, False),
    ],
)
def test_parse_money(raw, amount, approximate):
    money = parse_money(raw)
    assert money.amount_gbp == amount
    assert money.approximate is approximate
    assert money.raw == raw


def test_parse_money_is_exact_to_the_penny():
    assert repr(parse_money("£0.567m").amount_gbp) == "567000.0"
    assert repr(parse_money("£1.1m").amount_gbp) == "1100000.0"


@pytest.mark.parametrize(
    ("raw", "unit", "amount"),
    [
        ("-", "£000", 0.0),  # a dash alone in a money column is nil
        ("\u2013", "£", 0.0),
        ("(39k)", "Variance £", -39000.0),  # the cell's own scale word wins
        ("(1,234)", "£", -1234.0),
        ("1250", "£", 1250.0),
        ("0.581", "£m", 581000.0),
        ("\u20131,234", "£000", -1234000.0),  # an en dash touching the figure is its minus
    ],
)
def test_parse_money_nil_and_own_scale_in_a_unit_column(raw, unit, amount):
    assert parse_money(raw, unit=unit).amount_gbp == amount


@pytest.mark.parametrize("raw", ["######", "(3m", "--", "1 21.80"])
def test_parse_money_in_a_unit_column_refuses(raw):
    with pytest.raises(ParseError, match="as money"):
        parse_money(raw, unit="£")


@pytest.mark.parametrize("raw", ["1000 in fuel savings", "", "£", "£TBC", "6.2 percent", "0.567m", "-"])
def test_parse_money_failures(raw):
    with pytest.raises(ParseError, match="as money"):
        parse_money(raw)


def test_find_money_in_minutes():
    text = (
        "To support the recommendation of the PCC's office to set a precept of £69.428m, "
        "representing a £15 (6.2 percent) increase on the 2022-23 level, without "
        "qualification. This will require "
        "council tax to be set on all property bands based at £256.27 for a Band D property."
    )
    found = find_money(text)
    assert [(m.raw, m.amount_gbp) for m, _ in found] == [
        ("£69.428m", 69428000.0),
        ("£15", 15.0),
        ("£256.27", 256.27),
    ]
    assert all(text[a:b] == m.raw for m, (a, b) in found)


def test_find_money_brackets_are_asides_not_negatives():
    text = "(c£0.180m for Wiltshire and c£0.080m for Swindon per annum) (£0.122m per annum)"
    found = find_money(text)
    assert [(m.raw, m.amount_gbp, m.approximate) for m, _ in found] == [
        ("c£0.180m", 180000.0, True),
        ("c£0.080m", 80000.0, True),
        ("£0.122m", 122000.0, False),
    ]


@pytest.mark.parametrize(
    "text",
    [
        "reduced waiting times by 6.25 and travel time per officer by 100 hours per month "
        "(1000 in fuel savings)",
        "Wiltshire Police - 5m residents",
    ],
)
def test_find_money_needs_a_currency(text):
    assert find_money(text) == []


@pytest.mark.parametrize("raw", ["£500-", "£500 \u2013"])
def test_parse_money_refuses_a_dash_after_the_amount(raw):
    # a minus printed after the figure, or a range cut off at the line's end: never +£500
    with pytest.raises(ParseError, match="dash after the amount"):
        parse_money(raw)


@pytest.mark.parametrize("raw", ["£2-3m", "£2 \u2013 3m", "£1,000\u2013£2,000", "£2m to £3m", "£2 to 3 million",
                                 "£1.2m-1.5m"])
def test_parse_money_refuses_a_range(raw):
    # '£2-3m' is £2m to £3m: reading its first figure gave £2; a range is no one amount.
    with pytest.raises(ParseError, match="a range of amounts"):
        parse_money(raw)


@pytest.mark.parametrize("raw, amount", [("£1.2m \u2013 2023/24 budget", 1_200_000.0), ("£1.2m - 2024", 1_200_000.0),
                                         ("£1.2m to 31 March", 1_200_000.0), ("£2,500.00 p.a.", 2500.0)])
def test_parse_money_a_year_or_date_after_the_amount_is_no_range(raw, amount):
    assert parse_money(raw).amount_gbp == amount


def test_find_money_skips_a_first_figure_whose_scale_is_printed_at_the_far_end():
    found = find_money("costs of £2-3m, or £2 to £3 million, and £2-3 a head")
    assert [(m.raw, m.amount_gbp) for m, _ in found] == [("£3 million", 3_000_000.0), ("£2", 2.0)]


def test_find_money_dash_between_amounts_is_a_range():
    assert [m.amount_gbp for m, _ in find_money("from £1,000\u2013£2,000 or £3-£4, a cut of \u2013£500")] == [
        1000.0, 2000.0, 3.0, 4.0, -500.0]


def test_find_money_spaced_dash_is_not_a_minus():
    ((money, span),) = find_money("Pipeline - £0.149m")
    assert money.amount_gbp == 149000.0


def test_find_money_spans_index_the_original_text():
    text = "a cut of \u2212£0.2m\u00a0and c\u00a0£1m"
    found = find_money(text)
    assert [(m.amount_gbp, m.approximate, text[a:b] == m.raw) for m, (a, b) in found] == [
        (-200000.0, False, True),
        (1000000.0, True, True),
    ]


@pytest.mark.parametrize(
    ("raw", "unit", "amount"),
    [
        ("1,234", "£000", 1234000.0),
        ("1,234", "Budget 2023/24 £'000", 1234000.0),
        ("0.567", "£m", 567000.0),
        ("(1.5)", "Variance (£m)", -1500000.0),
        ("-250", "£k", -250000.0),
        ("2.5", "£ million", 2500000.0),
        ("12,000", "Amount £", 12000.0),
        ("£0.567m", "£000", 567000.0),  # the cell's own currency wins
    ],
)
def test_parse_money_in_a_unit_column(raw, unit, amount):
    money = parse_money(raw, unit=unit)
    assert money.amount_gbp == amount and money.raw == raw


@pytest.mark.parametrize(("raw", "unit"), [("1,234", "Amount"), ("n/a", "£000"), ("", "£m")])
def test_parse_money_in_a_unit_column_failures(raw, unit):
    with pytest.raises(ParseError, match="as money"):
        parse_money(raw, unit=unit)


@pytest.mark.parametrize("raw, amount", [
    # Excel's accounting format, as parish budget sheets print it: the sign apart, brackets after it, a dash
    # for nil. Before, each was refused as no well-formed amount.
    ("£ (312.40)", -312.4), ("£(1,234)", -1234.0), ("£ -", 0.0), ("£-", 0.0), ("£ –", 0.0), ("£ 1,234.00", 1234.0),
])
def test_spreadsheet_accounting_format(raw, amount):
    money = parse_money(raw)
    assert (money.raw, money.amount_gbp, money.approximate) == (raw, amount, False)


@pytest.mark.parametrize(("raw", "gbp"), [
    # a plural scale word scales the figure: it was dropped, '£12.3 millions' read as £12.30
    ("£12.3 millions", 12_300_000.0), ("£1.5 billions", 1_500_000_000.0), ("£250 thousands", 250_000.0),
])
def test_plural_scale_words(raw, gbp):
    assert parse_money(raw).amount_gbp == gbp

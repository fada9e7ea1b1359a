"""Amounts of money in pounds sterling ("£0.567m", "c£0.270m", "£171,000", "(£1.5m)")."""

from __future__ import annotations

import re
from decimal import Decimal
from typing import Optional

from ..errors import ParseError
from ..models.values import Money
from ._atoms import APPROX, CURRENCY, MULTIPLIER, NUMBER, NUMBER_END, as_float, is_exact, to_decimal
from .text import DASHES, check_length, normalise, normalise_keep_offsets

__all__ = ["POUNDS", "find_money", "parse_money"]

# The column unit of whole pounds: parse_money(raw, unit=POUNDS) reads a bare figure ("1,250")
# in a money column whose header names no unit of its own.
POUNDS = "£"

_SCALE = {
    "k": Decimal(1_000),
    "thousand": Decimal(1_000),
    "m": Decimal(1_000_000),
    "mn": Decimal(1_000_000),
    "million": Decimal(1_000_000),
    "bn": Decimal(1_000_000_000),
    "billion": Decimal(1_000_000_000),
    "thousands": Decimal(1_000),
    "millions": Decimal(1_000_000),
    "billions": Decimal(1_000_000_000),
}
# A minus counts only when it touches the amount ("-£0.2m", "£-0.2m", "–£0.2m": word processors
# turn a typed minus into an en dash); a spaced dash is prose. A dash after a figure ("£1,000–£2,000")
# is a range, never a minus: the amount may not start straight after a digit.
# The number must end cleanly (NUMBER_END) and no letter may touch it unless it is a known
# scale, so "£1,2,3m", "£1.2.3m", "£1 234 567" and "£5mm" are not read as £1, £1.20, £1, £5.
_SYMBOL_FIRST = (
    rf"(?P<approx>{APPROX})?(?P<minus>[-{DASHES}](?=£|GBP))?{CURRENCY}\s?(?P<minus2>[-{DASHES}])?"
    rf"(?P<num>{NUMBER}){NUMBER_END}(?:\s?(?P<scale>{MULTIPLIER}))?(?![a-z0-9])"
)
_WORD_AFTER = (
    rf"(?P<approx_w>{APPROX})?(?P<minus_w>-)?(?P<num_w>{NUMBER}){NUMBER_END}(?:\s?(?P<scale_w>{MULTIPLIER}))?"
    r"\s?(?:pounds|GBP)(?![a-z])"
)
# A column unit printed in a table header: "£000", "£'000", "£k", "£m", "(£ million)", "GBP".
_UNIT = re.compile(
    rf"{CURRENCY}\s?['’]?\s?(?P<scale>000s?|k|thousands?|m|mn|millions?|bn|billions?)?['’]?(?![a-z0-9])",
    re.I,
)
_UNIT_SCALE = {"000": Decimal(1_000), "000s": Decimal(1_000), "thousands": Decimal(1_000),
               "millions": Decimal(1_000_000), "billions": Decimal(1_000_000_000)}
# A bare figure in a unit column: "1,234", "(12.5)", "-0.3", "(39k)" (its own scale word).
_BARE = re.compile(
    rf"(?P<open>\()?\s*(?P<minus>[-{DASHES}])?\s*(?P<num>{NUMBER})(?:\s?(?P<scale>{MULTIPLIER}))?\s*(?(open)\))", re.I
)
# A dash alone in a money column is nil, as accounts print it.
_NIL = re.compile(rf"[-{DASHES}]")
# "£500-": a minus printed after the figure (some ledgers) or a range cut off at the line's end.
_DASH_AFTER = re.compile(rf"\s*[-{DASHES}]\s*")
# A range after the amount ("£2-3m", "£1,000–£2,000", "£2m to £3m"): no one amount. A far end
# printed without its currency carries the scale of both ("£2-3m" is £2m to £3m), so the first
# figure alone is not even an amount.
# A year there ('£1.2m – 2023/24 budget', '£1.2m – 2024') is no far end, nor is a bare figure after
# 'to' unless it has a scale ('£1.2m to 31 March' is a date).
_RANGE_AFTER = re.compile(
    rf"\s*(?:(?:[-{DASHES}]|to\b)\s*(?P<currency>{CURRENCY}\s?){NUMBER}"
    rf"|[-{DASHES}]\s*(?!(?:19|20)[0-9]{{2}}(?![0-9.,])){NUMBER}(?![0-9/])"
    rf"|to\s+{NUMBER}\s?{MULTIPLIER})", re.I)
_SCALED = re.compile(rf"\s?{MULTIPLIER}", re.I)
# Brackets that are not one accounting pair around the amount: "((£5m))", "(£5m".
_DOUBLE_OPEN = re.compile(r"\(\s*\(\s*$")
_AMOUNT = re.compile(rf"(?<![\w.,]){_SYMBOL_FIRST}|(?<![\w.,]){_WORD_AFTER}", re.I)
_ACCOUNTING_NEGATIVE = re.compile(rf"\(\s*(?:{_SYMBOL_FIRST}|{_WORD_AFTER})\s*\)", re.I)
# Excel's accounting format, as parish budget sheets print it: the pound sign apart from the figure,
# a negative in brackets after it ("£ (312.40)") and nil as a dash ("£ -").
_SPREADSHEET_CELL = re.compile(rf"{CURRENCY}\s*(?:\(\s*(?P<num>{NUMBER})\s*\)|(?P<nil>[-{DASHES}]))", re.I)


def _money(raw: str, match: re.Match[str], negate: bool = False) -> Money:
    """Money for a matched amount; raises ParseError when it cannot be held to the penny."""
    parts = match.groupdict()
    number = parts["num"] or parts["num_w"]
    scale = (parts["scale"] or parts["scale_w"] or "").lower()
    amount = to_decimal(number) * _SCALE.get(scale, Decimal(1))
    if negate or parts["minus"] or parts["minus2"] or parts["minus_w"]:
        amount = -amount
    approximate = bool(parts["approx"] or parts["approx_w"])
    return Money(raw=raw, amount_gbp=_pounds(raw, amount), approximate=approximate)


def _pounds(raw: str, amount: Decimal) -> float:
    if not is_exact(amount, 2):
        raise ParseError(raw, "money", "too large to hold to the penny")
    return as_float(amount)


def parse_money(raw: str, *, unit: Optional[str] = None) -> Money:
    """The first amount in raw as Money; raw is kept whole.

    `unit` is the column header a bare figure is printed under ("£000", "£m", "Budget
    (£'000)"): "1,234" under "£000" is £1,234,000 and "(1.5)" under "£m" is -£1.5m; a lone
    dash is nil (0) and a figure with its own scale word ("(39k)") keeps it. A cell that prints
    its own currency ignores the unit; a unit without £/GBP raises ParseError.

    Needs '£', 'GBP' or 'pounds' ("1000 in fuel savings" raises ParseError). k/m/bn and
    thousand/million/billion scale the number; c, ca., circa, approx., around, about and ~
    set approximate. A cell that is only a bracketed amount, "(£1.5m)", is negative (accounting
    style); so is "-£0.2m", and Excel's accounting format prints "£ (312.40)" for a negative and
    "£ -" for nil. Amounts are rounded to pennies. A range ("£2-3m", "£1,000–£2,000")
    is no one amount and raises ParseError.
    """
    check_length(raw, "money")
    text = normalise(raw)
    cell = _SPREADSHEET_CELL.fullmatch(text.strip())
    if cell:
        amount = Decimal(0) if cell["nil"] else -to_decimal(cell["num"])
        return Money(raw=raw, amount_gbp=_pounds(raw, amount), approximate=False)
    if unit is not None and not _AMOUNT.search(text):
        return _in_unit(raw, text, unit)
    whole = _ACCOUNTING_NEGATIVE.fullmatch(text)
    if whole:
        return _money(raw, whole, negate=True)
    match = _AMOUNT.search(text)
    if not match:
        reason = ("not a well-formed amount (thousands in threes, one decimal point, k/m/bn)"
                  if re.search(rf"{CURRENCY}|pounds", text, re.I) else "no amount with £, GBP or pounds")
        raise ParseError(raw, "money", reason)
    if text.count("(") != text.count(")") or _DOUBLE_OPEN.search(text[: match.start()]):
        raise ParseError(raw, "money", "brackets around the amount are not one accounting pair")
    if _DASH_AFTER.fullmatch(text, match.end()):
        raise ParseError(raw, "money", "a dash after the amount: a negative printed after it, or a range cut off")
    if _RANGE_AFTER.match(text, match.end()):
        raise ParseError(raw, "money", "a range of amounts, not one amount")
    return _money(raw, match)


def _in_unit(raw: str, text: str, unit: str) -> Money:
    check_length(unit, "money column unit")
    found = _UNIT.search(normalise(unit))
    if not found:
        raise ParseError(raw, "money", f"column unit {unit!r} names no currency")
    if _NIL.fullmatch(text.strip()):
        return Money(raw=raw, amount_gbp=0.0, approximate=False)
    bare = _BARE.fullmatch(text.strip())
    if not bare:
        raise ParseError(raw, "money", f"not a figure in {unit!r}")
    own = (bare["scale"] or "").lower()
    if own:  # the cell names its own scale ("(39k)" under "Variance £"): it wins
        scale = _SCALE[own]
    else:
        scale_word = (found["scale"] or "").lower()
        scale = _UNIT_SCALE.get(scale_word) or _SCALE.get(scale_word.rstrip("s"), Decimal(1))
    amount = to_decimal(bare["num"]) * scale
    if bare["open"] or bare["minus"]:
        amount = -amount
    return Money(raw=raw, amount_gbp=_pounds(raw, amount), approximate=False)


def find_money(text: str) -> list[tuple[Money, tuple[int, int]]]:
    """Every amount in running text with its (start, end) span; raw is the matched text.

    Brackets never negate here: in prose "(£0.122m per annum)" is an aside, not a loss.
    """
    found = []
    normalised = normalise_keep_offsets(text)
    for match in _AMOUNT.finditer(normalised):
        far = _RANGE_AFTER.match(normalised, match.end())
        if far and not (match["scale"] or match["scale_w"]) and _SCALED.match(normalised, far.end()):
            continue  # '£2-3m', '£2 to £3 million': the far end's scale is the first figure's too
        try:
            found.append((_money(text[match.start() : match.end()], match), match.span()))
        except ParseError:  # an amount too large to hold exactly is skipped, like unreadable text
            continue
    return found

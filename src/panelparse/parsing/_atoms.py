"""Regex atoms shared by the parsers. Compile the patterns that use them with re.IGNORECASE."""

from __future__ import annotations

from decimal import ROUND_HALF_UP, Decimal, localcontext
from typing import Optional

# Month names, abbreviations ("Sept" included) and an optional full stop ("Feb.").
# The look-ahead stops "Mar" matching the start of "Market".
# Each atom is one group, so a quantifier after it applies to the whole atom.
MONTH = (
    r"(?:(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?"
    r"|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)(?![a-z])\.?)"
)
WEEKDAY = r"(?:(?:mon|tues?|wed(?:nes)?|thu(?:rs?)?|fri|sat(?:ur)?|sun)(?:day)?(?![a-z])\.?)"
ORDINAL = r"(?:(?:st|nd|rd|th)(?![a-z]))"
YEAR4 = r"(?:19|20)[0-9]{2}"

# A number as printed: thousands separators (groups of three) or plain digits, one decimal
# point. Digits are ASCII only: "٣" or "３" in a council pack is not a figure to trust.
NUMBER = r"(?:(?:[0-9]{1,3}(?:,[0-9]{3})+|[0-9]+)(?:\.[0-9]+)?|\.[0-9]+)"
# The sign may be an en or em dash: word processors turn a typed minus into one ("–3.4%").
SIGNED_NUMBER = rf"[+\-\u2013\u2014]?(?:{NUMBER})"
# Where a NUMBER found by search() must stop: not before another digit, nor before a
# separator and a digit, so "1,2,3", "1.2.3" and "1 234 567" are never read as their first part.
NUMBER_END = r"(?![0-9]|[.,][0-9]| [0-9])"
# A float holds 15 significant digits exactly; a value needing more is not read as a number.
MAX_EXACT_DIGITS = 15

CURRENCY = r"(?:£|GBP\s?)"
# "c£0.270m", "ca. £3m", "~£5m", "approx. £2bn", "circa £1m". "c" must not end a word.
APPROX = r"(?:(?<![a-z])(?:c|ca|circa|approx|approximately|around|about)\.?\s?|~\s?|≈\s?)"
# Plurals too ('£12.3 millions', '£ thousands'): without them the figure was read and the word after
# it dropped.
MULTIPLIER = r"(?:(?:k|thousands?|m|mn|millions?|bn|billions?)(?![a-z]))"

# Range separators between two dates or two times: "to", "-", en/em dash.
RANGE_WORD = r"(?:to|until|till|through|thru)"

_MONTH_NUMBERS = {
    name: number
    for number, name in enumerate(
        ("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"), 1
    )
}


def month_number(name: str) -> int:
    """1-12 for a month name or abbreviation matched by MONTH ("Sept." -> 9)."""
    return _MONTH_NUMBERS[name.strip(".").lower()[:3]]


# Without a date to go by, a two-digit year below this is 20xx and from it 19xx ("99" -> 1999).
TWO_DIGIT_PIVOT = 70


def full_year(token: str, near: Optional[int] = None) -> int:
    """A printed year as four digits.

    A two-digit year is the one nearest `near` (the document's year, or the first year of a
    range): "99" near 2023 is 1999, "24" near 2023 is 2024. Without `near`, 00-69 are 20xx
    and 70-99 are 19xx.
    """
    digits = token.strip("'")
    if len(digits) != 2:
        return int(digits)
    two = int(digits)
    if near is None:
        return 2000 + two if two < TWO_DIGIT_PIVOT else 1900 + two
    century = near - near % 100
    return min((century - 100 + two, century + two, century + 100 + two), key=lambda y: (abs(y - near), y))


def to_decimal(number: str) -> Decimal:
    """A (SIGNED_)NUMBER match as an exact Decimal ("1,234.5" -> Decimal("1234.5"), "–3" -> -3)."""
    return Decimal(number.replace(",", "").replace("\u2013", "-").replace("\u2014", "-"))


def is_exact(value: Decimal, places: Optional[int] = None) -> bool:
    """True when `value` (rounded to `places` decimals, if given) fits a float exactly enough:
    at most MAX_EXACT_DIGITS significant digits."""
    with localcontext() as ctx:
        ctx.prec = 60
        if places is not None:
            if value.adjusted() + places + 1 > MAX_EXACT_DIGITS:
                return False
            value = value.quantize(Decimal(1).scaleb(-places), rounding=ROUND_HALF_UP)
        return len(value.normalize().as_tuple().digits) <= MAX_EXACT_DIGITS


def as_float(value: Decimal, places: int = 2) -> float:
    """Round exactly (half up, as for pennies), then convert, so 0.567m is 567000.0 and not
    567000.0000000001. Callers check is_exact() first; a huge value still converts (no raise)."""
    with localcontext() as ctx:
        ctx.prec = max(28, value.adjusted() + places + 2)
        rounded = value.quantize(Decimal(1).scaleb(-places), rounding=ROUND_HALF_UP)
    return float(rounded) + 0.0  # + 0.0 turns -0.0 into 0.0

"""Regex atoms shared by the parsers. Compile the patterns that use them with re.IGNORECASE."""

from __future__ import annotations

from decimal import ROUND_HALF_UP, Decimal

# Month names, abbreviations ("Sept" included) and an optional full stop ("Feb.").
# The look-ahead stops "Mar" matching the start of "Market".
# Each atom is one group, so a quantifier after it applies to the whole atom.
MONTH = (
    r"(?:(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?"
    r"|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)(?![a-z])\.?)"
)
WEEKDAY = r"(?:(?:mon|tues?|wed(?:nes)?|thu(?:rs?)?|fri|sat(?:ur)?|sun)(?:day)?(?![a-z])\.?)"
ORDINAL = r"(?:(?:st|nd|rd|th)(?![a-z]))"
YEAR4 = r"(?:19|20)\d{2}"

# A number as printed: thousands separators or plain digits, optional decimals.
NUMBER = r"(?:(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?|\.\d+)"
SIGNED_NUMBER = rf"[+-]?(?:{NUMBER})"

CURRENCY = r"(?:£|GBP\s?)"
# "c£0.270m", "ca. £3m", "~£5m", "approx. £2bn", "circa £1m". "c" must not end a word.
APPROX = r"(?:(?<![a-z])(?:c|ca|circa|approx|approximately|around|about)\.?\s?|~\s?|≈\s?)"
MULTIPLIER = r"(?:(?:k|thousand|m|mn|million|bn|billion)(?![a-z]))"

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


def full_year(token: str) -> int:
    """A printed year as four digits; two-digit years are read as 20xx ("23" -> 2023)."""
    digits = token.strip("'")
    return 2000 + int(digits) if len(digits) == 2 else int(digits)


def to_decimal(number: str) -> Decimal:
    """A NUMBER match as an exact Decimal ("1,234.5" -> Decimal("1234.5"))."""
    return Decimal(number.replace(",", ""))


def as_float(value: Decimal, places: int = 2) -> float:
    """Round exactly (half up, as for pennies), then convert, so 0.567m is 567000.0 and not
    567000.0000000001."""
    rounded = value.quantize(Decimal(1).scaleb(-places), rounding=ROUND_HALF_UP)
    return float(rounded) + 0.0  # + 0.0 turns -0.0 into 0.0

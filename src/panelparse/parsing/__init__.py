"""The one place printed values become typed values. Every function is pure and raises
:class:`panelparse.errors.ParseError` on text it cannot read; see docs/parsing.md."""

from .contact import find_email, find_phone
from .dates import find_date, find_dates, find_financial_years, parse_date, parse_financial_year, parse_period
from .durations import parse_days, parse_duration
from .money import POUNDS, find_money, parse_money
from .numbers import COUNT_WORDS, count_of, is_no_data, parse_change, parse_number, parse_value
from .pages import find_page_ranges, names_only_start, parse_item_number, parse_page_cell
from .people import (
    HOLDER_POSTS,
    HONORIFICS,
    LISTED_POSTS,
    OFFICE_ONLY,
    POST_NOMINALS,
    parse_attendee,
    parse_person,
    split_names,
)
from .text import DASHES, clean_text, is_caps, normalise, normalise_keep_offsets, split_sentences, title_case
from .times import find_times, parse_time, parse_time_range
from .trends import is_sign, parse_direction

__all__ = [
    "clean_text",
    "find_email",
    "find_phone",
    "is_caps",
    "split_sentences",
    "title_case",
    "DASHES",
    "HOLDER_POSTS",
    "HONORIFICS",
    "LISTED_POSTS",
    "OFFICE_ONLY",
    "POUNDS",
    "POST_NOMINALS",
    "find_date",
    "find_dates",
    "find_financial_years",
    "find_money",
    "find_page_ranges",
    "names_only_start",
    "parse_page_cell",
    "find_times",
    "COUNT_WORDS",
    "count_of",
    "is_no_data",
    "is_sign",
    "normalise",
    "normalise_keep_offsets",
    "parse_attendee",
    "parse_change",
    "parse_date",
    "parse_days",
    "parse_direction",
    "parse_duration",
    "parse_financial_year",
    "parse_item_number",
    "parse_money",
    "parse_number",
    "parse_period",
    "parse_person",
    "parse_time",
    "parse_time_range",
    "parse_value",
    "split_names",
]

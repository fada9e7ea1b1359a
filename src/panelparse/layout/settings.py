"""Tolerances of the layout layer, named once."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Optional

# What a font's name says of its style ('Arial-BoldMT', 'Calibri,Italic', 'SymbolMT'), lower case.
BOLD_MARKS = ("bold", "black", "heavy", "semibold", ",b")
ITALIC_MARKS = ("italic", "oblique", ",i")
SYMBOL_MARKS = ("symbol", "wingding", "webding", "dingbat", "zapf")

X_TOLERANCE = 1.5
# Words part where the gap between two characters exceeds this share of the font size (the
# 1.5 pt above at 11 pt): gaps scale with the type, so a page printed at 60% (two pages to a
# sheet), a 9 pt agenda or a 24 pt slide title parts its words as an 11 pt page does.
# None: the fixed x_tolerance instead.
X_TOLERANCE_RATIO = 0.14
Y_TOLERANCE = 2.5
LINE_TOLERANCE = 2.5
MIN_TABLE_ROWS = 1

# Watermarks ('DRAFT' across the page) are no text of the page: left out before words are read.
# Text set at a slant (not a multiple of 90 degrees, to within this sine: about 2 degrees) is
# always a watermark or a stamp; text turned a quarter is one when this many times the page's
# usual type size (column heads turned to fit a narrow cell are body-sized); upright text when
# this many times the usual size and printed light (each of its colour's components at least
# WATERMARK_LIGHT: a pale grey), which a heading never is.
# A character printed again within this share of its width of where it was printed (some
# drivers and report writers make bold by printing a line two or three times a fraction of a
# point apart: 'MMMIIINNNUUUTTTEEESSS') is one bold character.
OVERPRINT_SHARE = 0.5
# ... at most this many times over: more copies than that are characters squeezed together.
OVERPRINT_MAX_COPIES = 3
# Letter-spaced type ('A G E N D A', a letterhead's 'B R A M L E Y  P A R I S H'): at least this
# many letters in a row, each a word of one character (the spacing parts them), on one line in
# one style, no further apart than LETTERSPACED_GAP times the type size, and not with a space
# printed between every two of them (letters typed apart: 'Y N Y Y A'), is read as words: parted
# where the gap is wider than LETTERSPACED_WORD_GAP times the run's narrowest gap.
LETTERSPACED_MIN = 4
LETTERSPACED_GAP = 1.0
LETTERSPACED_WORD_GAP = 1.6
# A word too long for its table cell is broken by Word and LibreOffice at the letter that does
# not fit, with no hyphen ('Percentag' / 'e of council tax', 'accommod' / 'ation'). A cell's line
# of one word that fills the cell to its right margin (the next line's first letter would not
# have fitted, to within BROKEN_WORD_FIT points) is joined to the next line's lower-case start
# when the whole word is printed elsewhere on the page, or the start is one of these endings,
# none of them a word of its own.
BROKEN_WORD_FIT = 1.0
BROKEN_WORD_TAILS = frozenset({
    *"bcdefghjklmnopqrstuvwxyz", "ed", "es", "ly", "al", "ty", "ry", "ts", "nt", "rs", "ns", "ds", "ng", "st",
    "ing", "ings", "ion", "ions", "tion", "tions", "sion", "sions", "ation", "ations", "ment", "ments",
    "ness", "ity", "ities", "ies", "ally", "ance", "ances", "ence", "ences", "ers", "ors", "ive", "ives",
    "ible", "ful", "ism", "ist", "ists", "ised", "ized", "ency", "ancy", "ures", "ous", "ial", "ical", "ology",
    "ement", "ements",
})
# A footnote mark or a power set as a superscript after a figure or a word ('56.1%¹', 'claims²',
# 'm²'): a digit at most SUPERSCRIPT_SIZE times the size of the character it follows, its foot
# raised at least SUPERSCRIPT_RISE times that size above the other's, within SUPERSCRIPT_GAP sizes
# of it, is printed as the superscript digit (values read without it: parsing.numbers).
SUPERSCRIPT_SIZE = 0.8
SUPERSCRIPT_RISE = 0.2
SUPERSCRIPT_GAP = 0.5
SLANT_SINE = 0.035
WATERMARK_TURNED_SIZE = 2.5
WATERMARK_UPRIGHT_SIZE = 4.0
WATERMARK_LIGHT = 0.6


@dataclass(frozen=True)
class LayoutSettings:
    """How words, lines and tables are read off a page."""

    x_tolerance: float = X_TOLERANCE
    x_tolerance_ratio: Optional[float] = X_TOLERANCE_RATIO
    y_tolerance: float = Y_TOLERANCE
    line_tolerance: float = LINE_TOLERANCE
    min_table_rows: int = MIN_TABLE_ROWS
    overprint_share: float = OVERPRINT_SHARE
    overprint_max_copies: int = OVERPRINT_MAX_COPIES
    letterspaced_min: int = LETTERSPACED_MIN
    letterspaced_gap: float = LETTERSPACED_GAP
    letterspaced_word_gap: float = LETTERSPACED_WORD_GAP
    broken_word_fit: float = BROKEN_WORD_FIT
    broken_word_tails: frozenset = BROKEN_WORD_TAILS
    superscript_size: float = SUPERSCRIPT_SIZE
    superscript_rise: float = SUPERSCRIPT_RISE
    superscript_gap: float = SUPERSCRIPT_GAP
    slant_sine: float = SLANT_SINE
    watermark_turned_size: float = WATERMARK_TURNED_SIZE
    watermark_upright_size: float = WATERMARK_UPRIGHT_SIZE
    watermark_light: float = WATERMARK_LIGHT
    table_settings: dict = field(default_factory=lambda: {
        "vertical_strategy": "lines", "horizontal_strategy": "lines",
        "snap_tolerance": 3, "join_tolerance": 3, "intersection_tolerance": 3,
    })

    def __post_init__(self) -> None:
        for name in ("x_tolerance", "y_tolerance", "line_tolerance"):
            if getattr(self, name) < 0:
                raise ValueError(f"{name} must be >= 0, got {getattr(self, name)}")
        if self.x_tolerance_ratio is not None and self.x_tolerance_ratio < 0:
            raise ValueError(f"x_tolerance_ratio must be >= 0 or null, got {self.x_tolerance_ratio}")

"""When a heading wraps onto a second line: shared by every kind that reads numbered titles."""

from __future__ import annotations

from typing import Sequence

from ...layout import Line
from ...parsing import parse_page_cell

# A title wraps only when its line runs at least this share of the way to the right margin.
WRAPPED = 0.75
# ... and the next line starts within this many line heights below it.
TITLE_GAP = 0.6
# ... at the same indent as the title text (points).
TITLE_INDENT_TOLERANCE = 4.0


def right_margin(lines: Sequence[Line]) -> float:
    """The right edge of the widest line: where a full-width line ends on this page."""
    return max((ln.bbox[2] for ln in lines), default=0.0)


# A title's last word or two pushed to the right edge under it ('... year ending 31st March' /
# right-aligned '2018'): at most this many words, ending within this many points of the line above.
RIGHT_WRAP_WORDS = 2
RIGHT_WRAP_TOLERANCE = 6.0


def continues_title(line: Line, last: Line, title_x0: float, margin: float) -> bool:
    """Whether `line` is the wrapped continuation of the title line `last` (layout only): at
    the title's indent, or a word or two set flush right under a full line. A bold title broken
    after a comma ('25/00112/HOU: Ty Newydd,' / 'Heol Fawr – rear extension') goes on at its
    indent however short its line."""
    if not (line.page == last.page and line.bold == last.bold and line.top - last.bottom < TITLE_GAP * line.size):
        return False
    at_indent = abs(line.x0 - title_x0) < TITLE_INDENT_TOLERANCE
    if at_indent and last.bold and last.text.rstrip().endswith(","):
        return True
    if last.bbox[2] <= WRAPPED * margin:
        return False
    if at_indent:
        return True
    return (len(line.words) <= RIGHT_WRAP_WORDS and abs(line.bbox[2] - last.bbox[2]) < RIGHT_WRAP_TOLERANCE
            and line.x0 > title_x0 + (last.bbox[2] - title_x0) / 2 and not _page_reference(line.text))


def _page_reference(text: str) -> bool:
    """'5-10', 'p. 6', '12' set flush right is the item's pages, not its title; a year ('2018') is not."""
    cell = parse_page_cell(text)
    return cell is not None and not (cell[0] == cell[1] and 1900 <= cell[0] <= 2099)

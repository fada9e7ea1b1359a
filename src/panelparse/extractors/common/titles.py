"""When a heading wraps onto a second line: shared by every kind that reads numbered titles."""

from __future__ import annotations

from typing import Sequence

from ...layout import Line

# A title wraps only when its line runs at least this share of the way to the right margin.
WRAPPED = 0.75
# ... and the next line starts within this many line heights below it.
TITLE_GAP = 0.6
# ... at the same indent as the title text (points).
TITLE_INDENT_TOLERANCE = 4.0


def right_margin(lines: Sequence[Line]) -> float:
    """The right edge of the widest line: where a full-width line ends on this page."""
    return max((ln.bbox[2] for ln in lines), default=0.0)


def continues_title(line: Line, last: Line, title_x0: float, margin: float) -> bool:
    """Whether `line` is the wrapped continuation of the title line `last` (layout only)."""
    return (
        last.bbox[2] > WRAPPED * margin
        and line.page == last.page
        and line.bold == last.bold
        and line.top - last.bottom < TITLE_GAP * line.size
        and abs(line.x0 - title_x0) < TITLE_INDENT_TOLERANCE
    )

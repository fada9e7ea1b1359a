"""Text set in two columns (a clerk's report or a newsletter page laid out like a magazine):
read down the left column, then down the right, instead of across the gutter line by line.

Only prose counts as columns: both sides full lines of running text, each line one run of
words, most of them reaching across their column. A table set with tab stops, a label beside
its value, an agenda's title beside its purpose are none, and stay as they are.
"""

from __future__ import annotations

from statistics import median
from typing import Optional, Sequence

from .types import Line, Word

# A gutter is a band of the page this many times the body size wide that no word of the run
# crosses, with its middle in the middle share of the text's width ...
GUTTER_WIDTH = 1.5
GUTTER_BAND = (0.3, 0.7)
# ... beside at least this many lines of text on each side,
COLUMN_LINES = 6
# most of them (this share) one run of words reaching this share of their column's width, with
# this many words on a line on average: prose, not cells (bold headings aside).
FULL_SHARE = 0.6
FULL_WIDTH = 0.8
PROSE_WORDS = 4.0
# A line is one run of words when no gap between its words is wider than this many sizes.
RUN_GAP = 1.0


def _free(line: Line, low: float, high: float) -> list[tuple[float, float]]:
    """The stretches of [low, high] no word of the line covers."""
    spans, at = [], low
    for word in sorted(line.words, key=lambda w: w.x0):
        if word.x1 <= at:
            continue
        if word.x0 >= high:
            break
        if word.x0 > at:
            spans.append((at, word.x0))
        at = max(at, word.x1)
    if at < high:
        spans.append((at, high))
    return spans


def _meet(a: list[tuple[float, float]], b: list[tuple[float, float]], width: float) -> list[tuple[float, float]]:
    out = []
    for a0, a1 in a:
        for b0, b1 in b:
            lo, hi = max(a0, b0), min(a1, b1)
            if hi - lo >= width:
                out.append((lo, hi))
    return out


def _one_run(words: Sequence[Word]) -> bool:
    ordered = sorted(words, key=lambda w: w.x0)
    return all(b.x0 - a.x1 <= RUN_GAP * max(a.size, 1.0) for a, b in zip(ordered, ordered[1:], strict=False))


def _prose(parts: list[tuple[Word, ...]]) -> bool:
    """The lines of one side read as a column of running text (its headings aside)."""
    parts = [p for p in parts if p and not all(w.bold for w in p)]
    if len(parts) < COLUMN_LINES:
        return False
    widths = [max(w.x1 for w in p) - min(w.x0 for w in p) for p in parts]
    full = max(widths)
    filled = sum(1 for p, w in zip(parts, widths, strict=True) if w >= FULL_WIDTH * full and _one_run(p))
    return filled >= FULL_SHARE * len(parts) and sum(len(p) for p in parts) / len(parts) >= PROSE_WORDS


def _gutter_run(lines: Sequence[Line], start: int, low: float, high: float,
                width: float) -> tuple[int, list[tuple[float, float]]]:
    """How far from `start` a gutter runs down, and where it is."""
    free = _free(lines[start], low, high)
    end = start + 1
    while end < len(lines) and free:
        meet = _meet(free, _free(lines[end], low, high), width)
        if not meet:
            break
        free, end = meet, end + 1
    return end, free


def in_columns(lines: Sequence[Line]) -> list[Line]:
    """The lines in reading order: a run of two columns of prose read left column first."""
    lines = list(lines)
    if len(lines) < COLUMN_LINES:
        return lines
    words = [w for ln in lines for w in ln.words]
    left, right = min(w.x0 for w in words), max(w.x1 for w in words)
    size = median(w.size for w in words) or 1.0
    low, high = left + GUTTER_BAND[0] * (right - left), left + GUTTER_BAND[1] * (right - left)
    out: list[Line] = []
    index = 0
    while index < len(lines):
        end, free = _gutter_run(lines, index, low, high, GUTTER_WIDTH * size)
        found = _columns(lines[index:end], free) if end - index >= COLUMN_LINES else None
        out.extend(found if found is not None else lines[index:end])  # each line looked at once
        index = end
    return out


def _columns(run: Sequence[Line], free: list[tuple[float, float]]) -> Optional[list[Line]]:
    gutter = max(free, key=lambda f: f[1] - f[0])
    middle = (gutter[0] + gutter[1]) / 2
    lefts = [tuple(w for w in ln.words if w.x1 <= middle) for ln in run]
    rights = [tuple(w for w in ln.words if w.x0 >= middle) for ln in run]
    if not (_prose(lefts) and _prose(rights)):
        return None
    page = run[0].page
    return [Line(part, page) for part in lefts if part] + [Line(part, page) for part in rights if part]

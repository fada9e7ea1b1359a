"""Words into lines: the grouping every engine's words go through (pdfplumber, PDFium, OCR)."""

from __future__ import annotations

from .types import Line, Word


def _same_line(ref: Word, word: Word, tolerance: float) -> bool:
    if abs(word.top - ref.top) <= tolerance:
        return True
    # Mixed sizes on one baseline share (nearly) the same bottom.
    if abs(word.bottom - ref.bottom) <= max(tolerance, 0.25 * min(ref.size, word.size)):
        return True
    # Overlap is measured against the taller word, so a 60pt slide title does not swallow
    # the two 24pt lines printed beside it.
    overlap = min(ref.bottom, word.bottom) - max(ref.top, word.top)
    return overlap / (max(ref.bottom - ref.top, word.bottom - word.top) or 1.0) > 0.6


def group_lines(words: list[Word], page: int, tolerance: float) -> list[Line]:
    """Group words into lines (shared baseline), each line sorted left to right."""
    lines: list[list[Word]] = []
    for word in sorted(words, key=lambda w: (w.top, w.x0)):
        home = next((line for line in reversed(lines[-3:]) if _same_line(line[-1], word, tolerance)), None)
        if home is not None:
            home.append(word)
        else:
            lines.append([word])
    lines.sort(key=lambda ws: min(w.top for w in ws))
    return [Line(tuple(sorted(ws, key=lambda w: w.x0)), page) for ws in lines]

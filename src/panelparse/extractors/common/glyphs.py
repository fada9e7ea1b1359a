"""Status glyphs in report tables (✓ □ ● ...) and the legends that say what they mean.

A glyph is decoded only from a legend the document prints ("✓ = Complete", "Key: ● Not
started □ In progress", or a two-column glyph | meaning table). Guessing a meaning from
convention would put words in the report's mouth, so an unexplained glyph stays undecoded.
"""

from __future__ import annotations

import re
from typing import Iterable, Optional, Sequence

# Status marks only: bullets (• ▪) and trend arrows (parsing.trends) are other things.
STATUS_GLYPHS = "✓✔✗✘☐☑☒□■●○◐◑◒◓◔◕★☆◆◇"
_GLYPH_CLASS = "[" + re.escape(STATUS_GLYPHS) + "]"
_PAIR = re.compile(rf"({_GLYPH_CLASS})\s*([=:\-–—]?)\s*([^{re.escape(STATUS_GLYPHS)}]*)")
_KEY_WORD = re.compile(r"^\s*(?:key|legend|status key|rag key)\b\s*[:\-–—]?", re.I)
# A meaning is a short label ("Complete", "Not started"), never a sentence of progress.
MAX_MEANING_WORDS = 6


def glyph_of(cell: str) -> Optional[str]:
    """The glyph when the cell is only a status glyph, else None."""
    text = cell.strip()
    return text if len(text) == 1 and text in STATUS_GLYPHS else None


def leading_glyph(text: str) -> Optional[str]:
    """The status glyph a row of text starts with ('✓ Peer review commissioned...')."""
    text = text.strip()
    return text[0] if text and text[0] in STATUS_GLYPHS else None


def glyphs_in(cells: Iterable[str]) -> list[str]:
    """Status glyphs used as cell values or row marks, in order of first use."""
    found: list[str] = []
    for cell in cells:
        glyph = glyph_of(cell) or leading_glyph(cell)
        if glyph and glyph not in found:
            found.append(glyph)
    return found


def legend_from_text(text: str) -> dict[str, str]:
    """Glyph meanings from one line of text, when the line reads as a legend.

    It does when it starts with 'Key'/'Legend', pairs each glyph with '=' / ':' / a dash,
    or names two or more glyphs each followed by a short label.
    """
    keyed = bool(_KEY_WORD.match(text))
    body = _KEY_WORD.sub("", text, count=1)
    pairs = [(m.group(1), m.group(2), _meaning(m.group(3))) for m in _PAIR.finditer(body)]
    pairs = [(g, sep, meaning) for g, sep, meaning in pairs if meaning]
    if not pairs or body[: body.find(pairs[0][0])].strip():
        return {}  # text before the first glyph: a sentence that mentions a glyph
    if keyed or len(pairs) >= 2 or all(sep for _, sep, _ in pairs):
        return {g: meaning for g, _, meaning in pairs}
    return {}


def _meaning(text: str) -> str:
    words = text.strip(" ,;.|").split()
    return " ".join(words) if 0 < len(words) <= MAX_MEANING_WORDS else ""


def legend_from_rows(rows: Sequence[Sequence[str]]) -> dict[str, str]:
    """A two-column table whose every row is glyph | short meaning."""
    found: dict[str, str] = {}
    for row in rows:
        cells = [c for c in row if c.strip()]
        if len(cells) != 2 or not glyph_of(cells[0]) or not _meaning(cells[1]):
            return {}
        found[cells[0].strip()] = _meaning(cells[1])
    return found

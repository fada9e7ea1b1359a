"""Trend direction from a printed arrow or word ("-1.5% points ▼" -> "down")."""

from __future__ import annotations

import re
from typing import Literal, Optional

from ..errors import ParseError
from .text import DASHES, normalise

__all__ = ["arrow_direction", "conflicting_arrows", "parse_direction", "strip_direction", "word_direction"]

Direction = Literal["up", "down", "flat"]

_UP_GLYPHS = "▲△↑⬆⇧↗⏶🔺"
_DOWN_GLYPHS = "▼▽↓⬇⇩↘⏷🔻"
_FLAT_GLYPHS = "►▶▸→↔⇔◄◀"
_ARROWS = frozenset(_UP_GLYPHS + _DOWN_GLYPHS + _FLAT_GLYPHS)
# An en/em dash is a "flat" mark only as the last token ("0.1% —", "—"), never inside a range
# such as "Dec 2022 – Feb 2023".
_GLYPH = re.compile(rf"[{_UP_GLYPHS}{_DOWN_GLYPHS}{_FLAT_GLYPHS}]|(?:(?<=\s)|^)[{DASHES}](?=\s*$)")
# Whole words only: "set-up" and "follow-up" are not trends.
_WORD = re.compile(
    r"(?<![\w-])(?:(?P<up>up|increas(?:e|ed|es|ing)|ris(?:e|es|ing|en)|rose|higher|growth)"
    r"|(?P<down>down|decreas(?:e|ed|es|ing)|declin(?:e|ed|es|ing)|fall(?:s|ing|en)?|fell|lower|reduced)"
    r"|(?P<flat>no\s+change|unchanged|static|stable|flat))(?![\w-])",
    re.I,
)


def _glyph_direction(glyph: str) -> Direction:
    if glyph in _UP_GLYPHS:
        return "up"
    if glyph in _DOWN_GLYPHS:
        return "down"
    return "flat"


def parse_direction(raw: Optional[str]) -> Optional[Direction]:
    """'up', 'down' or 'flat' from the first arrow anywhere in raw, else the first trend word.

    ▲ ↑ ⬆ / up, increase(d), rise, higher -> up; ▼ ↓ ⬇ / down, decrease(d), decline(d), fall,
    lower -> down; ► ▶ → or an en/em dash as the last token / no change, unchanged, static,
    stable -> flat. An ASCII hyphen is a minus sign, never a trend. None when nothing is printed.
    Raises ParseError when arrows point different ways ("▲▼"): no direction can be trusted.
    """
    if conflicting_arrows(raw):
        raise ParseError(raw or "", "direction", "arrows point different ways")
    return arrow_direction(raw) or word_direction(raw)


def conflicting_arrows(raw: Optional[str]) -> bool:
    """True when raw holds arrows of more than one direction ("▲▼", "↑ ↓")."""
    text = raw or ""
    kinds = {_glyph_direction(c) for c in text if c in _ARROWS}
    return len(kinds) > 1


def arrow_direction(raw: Optional[str]) -> Optional[Direction]:
    """Direction from the first arrow or standalone dash only; None if there is none."""
    glyph = _GLYPH.search(normalise(raw or ""))
    return _glyph_direction(glyph.group(0)) if glyph else None


def word_direction(raw: Optional[str]) -> Optional[Direction]:
    """Direction from the first trend word only ("up 5", "decreased"); None if there is none."""
    word = _WORD.search(normalise(raw or ""))
    if not word:
        return None
    return next(name for name, value in word.groupdict().items() if value)  # type: ignore[return-value]


def strip_direction(raw: str) -> str:
    """raw without its arrows, standalone dashes and trend words ("up 5" -> "5")."""
    return normalise(_WORD.sub(" ", _GLYPH.sub(" ", normalise(raw))))

"""Trend direction from a printed arrow or word ("-1.5% points ▼" -> "down")."""

from __future__ import annotations

import re
from typing import Literal, Optional, cast

from ..errors import ParseError
from .text import DASHES, normalise

__all__ = ["arrow_direction", "conflicting_arrows", "is_sign", "parse_direction", "strip_direction", "word_direction"]

Direction = Literal["up", "down", "flat"]

# Diagonal arrows of the heavier sets ('➚', '⬈', '➘', '⬊') and the double arrows ('⇑', '⇓') as Word's
# symbol fonts print them; '➡' / '⬌' flat.
_UP_GLYPHS = "▲△↑⬆⇧↗⏶🔺➚⬈⇑"
_DOWN_GLYPHS = "▼▽↓⬇⇩↘⏷🔻➘⬊⇓"
_FLAT_GLYPHS = "►▶▸→↔⇔◄◀➡⬌"
# Wingdings arrows in a font the text layer has no Unicode map for come out as the letters of their
# codes: 'é' up, 'ê' down, 'è' across (council legends: 'a green arrow (é) signified performance was
# better'). Read so only as a token of their own ('é', '2.1% ê'), never inside a word ('café').
_SYMBOL_FONT_ARROWS = {"é": "▲", "ê": "▼", "è": "►"}
_ARROWS = frozenset(_UP_GLYPHS + _DOWN_GLYPHS + _FLAT_GLYPHS)
# An en/em dash is a "flat" mark only as the last token ("0.1% —", "—"), never inside a range
# such as "Dec 2022 – Feb 2023".
_GLYPH = re.compile(rf"[{_UP_GLYPHS}{_DOWN_GLYPHS}{_FLAT_GLYPHS}]|(?:(?<=\s)|^)[{DASHES}](?=\s*$)"
                    rf"|(?:(?<=\s)|^)[{''.join(_SYMBOL_FONT_ARROWS)}](?=\s|$)")
# Whole words only: "set-up" and "follow-up" are not trends.
# Direction-of-travel words ("Improving / Declining / Static", "Better / Worse / Same") are read
# as printed: improving is up and worse is down, whatever the measure's polarity.
_WORD = re.compile(
    r"(?<![\w-])(?:(?P<up>up|increas(?:e|ed|es|ing)|ris(?:e|es|ing|en)|rose|higher|growth"
    r"|improv(?:e|ed|es|ing|ement)|better)"
    r"|(?P<down>down|decreas(?:e|ed|es|ing)|declin(?:e|ed|es|ing)|fall(?:s|ing|en)?|fell|lower|reduced"
    r"|deteriorat(?:e|ed|es|ing|ion)|worse(?:ning)?|worsen(?:s|ed)?)"
    r"|(?P<flat>no\s+change|unchanged|static|stable|flat|same|maintained|sustained|steady|similar))(?![\w-])",
    re.I,
)
# A direction column of signs alone: "+" up, "-" down, "=" flat.
_SIGNS: dict[str, Direction] = {"+": "up", "-": "down", "=": "flat"}


def _glyph_direction(glyph: str) -> Direction:
    glyph = _SYMBOL_FONT_ARROWS.get(glyph, glyph)
    if glyph in _UP_GLYPHS:
        return "up"
    if glyph in _DOWN_GLYPHS:
        return "down"
    return "flat"


def parse_direction(raw: Optional[str], *, signs: bool = False) -> Optional[Direction]:
    """'up', 'down' or 'flat' from the first arrow anywhere in raw, else the first trend word.

    ▲ ↑ ⬆ ↗ / up, increase(d), rise, higher, improving, better -> up; ▼ ↓ ⬇ ↘ / down,
    decrease(d), decline(d), fall, lower, worse, deteriorating -> down; ► ▶ → or an en/em dash as
    the last token / no change, unchanged, static, stable, same -> flat. An ASCII hyphen is a
    minus sign, never a trend, unless `signs` says the column prints directions as signs: then a
    cell that is only "+", "-" or "=" is up, down or flat. None when nothing is printed.
    Raises ParseError when arrows point different ways ("▲▼"): no direction can be trusted.
    """
    if conflicting_arrows(raw):
        raise ParseError(raw or "", "direction", "arrows point different ways")
    if signs:
        sign = _SIGNS.get(normalise(raw or ""))
        if sign:
            return sign
    return arrow_direction(raw) or word_direction(raw)


def is_sign(raw: Optional[str]) -> bool:
    """True for a cell that is only '+', '-' or '=' (a direction printed as a sign)."""
    return normalise(raw or "") in _SIGNS


def conflicting_arrows(raw: Optional[str]) -> bool:
    """True when raw holds arrows of more than one direction ("▲▼", "↑ ↓", "é ê")."""
    text = raw or ""
    kinds = {_glyph_direction(c) for c in text if c in _ARROWS}
    letters = [m.group(0) for m in _GLYPH.finditer(normalise(text)) if m.group(0) in _SYMBOL_FONT_ARROWS]
    kinds |= {_glyph_direction(letter) for letter in letters}
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
    return cast(Direction, next(name for name, value in word.groupdict().items() if value))


def strip_arrows(raw: str) -> str:
    """raw without its arrows and standalone dashes ("45.2% ▲" -> "45.2%"); words are kept."""
    return normalise(_GLYPH.sub(" ", normalise(raw)))


def strip_direction(raw: str) -> str:
    """raw without its arrows, standalone dashes and trend words ("up 5" -> "5")."""
    return normalise(_WORD.sub(" ", _GLYPH.sub(" ", normalise(raw))))

"""Glyph clean-up at the PDF boundary: private-use bullets and stray control characters."""

from __future__ import annotations

import re

# Word exports list bullets in Symbol/Wingdings, which arrive as private-use code points.
_PUA_BULLETS = {
    "\uf0b7": "•",
    "\uf0a7": "▪",
    "\uf076": "❖",
    "\uf0d8": "➢",
    "\uf0fc": "✓",
    "\uf0a8": "□",
    "\uf06c": "●",
    "\uf06e": "■",
    "\uf0e0": "→",
}
_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f]")


def clean_word_text(text: str, keep_newlines: bool = False) -> str:
    for pua, glyph in _PUA_BULLETS.items():
        text = text.replace(pua, glyph)
    text = text.replace("\u00a0", " ").replace("\u00ad", "")
    if not keep_newlines:
        text = text.replace("\n", " ")
    text = _CONTROL.sub("", text)
    return text.strip()


_BLANK = re.compile(
    r"^\W*(this\s+page\s+(is\s+)?(has\s+been\s+)?(intentionally|deliberately)\s+(been\s+)?left\s+blank)\W*$", re.I
)


def is_blank_text(text: str) -> bool:
    """True when text is empty or only a 'this page is intentionally left blank' notice."""
    compact = " ".join(text.split())
    return not compact or bool(_BLANK.match(compact))

"""E-mail addresses and telephone numbers in running text."""

from __future__ import annotations

import re
from typing import Optional

from .text import normalise

# The look-behind lets a match start only where a run of address characters starts, so a
# long run with no "@" is tried once, not once per character.
EMAIL = re.compile(r"(?<![\w.+'-])[\w.+'-]+@[\w-]+(?:\.[\w-]+)+")
# A phone number only counts after a label: bare digit runs are years, amounts and codes.
_PHONE = re.compile(
    r"\b(?:tel(?:ephone)?|phone|direct\s+line|direct\s+dial|mobile|t)\b\.?(?:\s*/\s*ext(?:ension)?\.?)?\s*(?:no\.?|number)?\s*[:.]?\s*"
    r"(?:tel:?\s*)?(?P<number>\+?\(?\d[\d ()-]{6,}\d)",
    re.I,
)


def find_email(text: str) -> Optional[str]:
    """The first e-mail address in text, or None."""
    match = EMAIL.search(text)
    return match.group(0).rstrip(".") if match else None


def find_phone(text: str) -> Optional[str]:
    """The first telephone number that follows a label (Tel, Telephone, Direct line...), or None."""
    match = _PHONE.search(normalise(text))
    return " ".join(match.group("number").split()) if match else None

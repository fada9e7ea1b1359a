"""What one body line of an officer report is: a heading, the start of a numbered, lettered
or bulleted paragraph, or plain text. Pure functions over layout Lines; no values parsed."""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Optional

from ...layout.query import is_bullet, strip_bullet
from ...layout.types import Line

# "2.3", "10.1.2" (a trailing dot is allowed: "2.3.").
_MULTI_LEVEL = re.compile(r"^(\d{1,2}(?:\.\d{1,2}){1,3})\.?(?=\s|$)")
# "1.", "12)", "19.Negative" (no space after the dot) or a bare "2" followed by a wide gap
# (Word's tab after the number).
_SINGLE_LEVEL = re.compile(r"^(\d{1,3})(?:[.)](?=\s|$)|\.(?=[A-Z][a-z]))")
_BARE_NUMBER = re.compile(r"^\d{1,3}$")
# "a.", "b)", "(c)", "A." and roman "(iv)" / "ii." sub-paragraph markers, and "(1)": a number in
# brackets lists items inside a paragraph ("RECOMMENDED that: (1) ... (2) ..."), it numbers
# no section.
_LETTERED = re.compile(
    r"^\(?([a-zA-Z]|[ivx]{1,4})[.)](?=\s)|^\(([a-zA-Z]|[ivx]{1,4}|\d{1,2})\)(?=\s)"
)
# "Section A: Background", "Section 3 – Finance": a lettered or numbered section heading.
_SECTION = re.compile(r"^(?:section|part)\s+([A-Z]|\d{1,2})\s*[:.\-–—]\s*(?=\S)", re.I)
_SENTENCE_END = re.compile(r"[.;,]$")
# Heading words long enough to be prose, not a heading.
MAX_HEADING_WORDS = 16
# A numbered heading in body type is shorter than this.
MAX_STANDALONE_WORDS = 12


@dataclass(frozen=True)
class Marker:
    """How a line starts: its kind, its printed number and the text after the marker."""

    kind: str  # "numbered" | "lettered" | "bullet" | "section" | "plain"
    number: Optional[str]
    text: str
    multi_level: bool = False


def line_marker(line: Line) -> Marker:
    """Read the number, letter or bullet a line starts with."""
    text = line.text.strip()
    if is_bullet(line):
        return Marker("bullet", None, strip_bullet(text))
    match = _MULTI_LEVEL.match(text)
    if match:
        return Marker("numbered", match.group(1), text[match.end() :].strip(), multi_level=True)
    match = _SINGLE_LEVEL.match(text)
    if match:
        return Marker("numbered", match.group(1), text[match.end() :].strip())
    segments = line.segments()
    if len(segments) > 1 and _BARE_NUMBER.match(segments[0].text):
        rest = " ".join(s.text for s in segments[1:])
        return Marker("numbered", segments[0].text, rest)
    match = _LETTERED.match(text)
    if match and not _is_initial(text, match):
        return Marker("lettered", (match.group(1) or match.group(2)), text[match.end() :].strip())
    match = _SECTION.match(text)
    if match:
        return Marker("section", match.group(1).upper(), text[match.end() :].strip())
    return Marker("plain", None, text)


def _is_initial(text: str, match: re.Match[str]) -> bool:
    """'J. Smith said' is a name, not sub-paragraph J: an initial is followed by a surname
    and a lowercase word. Sub-paragraph markers are usually lowercase or A-H."""
    letter = match.group(1) or match.group(2) or ""
    return letter.isupper() and letter > "H" and len(letter) == 1


def sentence_like(text: str) -> bool:
    """Text that ends like a sentence or a list item (., ; or ,), so is no heading."""
    return bool(_SENTENCE_END.search(text))


def is_emphasised(line: Line, body: float) -> bool:
    """Bold, or a size larger than body text."""
    return line.bold or line.size >= body + 0.9


def is_upper_heading(text: str) -> bool:
    letters = [c for c in text if c.isalpha()]
    return len(letters) >= 4 and all(c.isupper() for c in letters)


def heading_text(text: str) -> str:
    """Heading without a trailing colon ('Summary :' -> 'Summary')."""
    return text.strip().rstrip(":").strip()


def looks_like_heading(line: Line, marker: Marker, body: float) -> bool:
    """A short emphasised (bold, larger or upper-case) line that is not a sentence."""
    if marker.kind in ("bullet", "lettered"):
        return False
    # "1.0 Introduction" numbers a section; other multi-level numbers ("2.2 Shifting...") are
    # paragraphs even when bold, because reports print bold lead-ins inside them.
    if marker.multi_level and not (marker.number or "").endswith(".0"):
        return False
    text = marker.text
    words = text.split()
    if not words or len(words) > MAX_HEADING_WORDS or _SENTENCE_END.search(text):
        return False
    # Capitals alone make a heading only with two or more words: a lone 'CYPE' is a value.
    if not (is_emphasised(line, body) or (is_upper_heading(text) and len(words) > 1)):
        return False
    return not text[:1].islower()

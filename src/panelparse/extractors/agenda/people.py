"""Membership and substitutes on an agenda frontsheet, under a 'Membership:' /
'Substitutes:' label, one per line, in columns or as a paragraph."""

from __future__ import annotations

import re
from typing import Optional, Sequence

from ...layout import Line
from ...models.values import Person
from ..base import ExtractContext
from ..common.names import join_name_lines, looks_like_person, people
from ..common.numbering import numbered
from .items import part_marker

_LABEL = re.compile(
    r"^\W*(?P<label>membership(?:\s+of\s+the\s+[\w ]+?)?|members(?:hip)?|councillors"
    r"|committee members|panel members"
    r"|voting members|(?:co-?opted\s+)?(?:independent\s+)?members?|co-?opted\s+[\w ]*?members?"
    r"|(?:named\s+)?substitutes?(?:\s+members)?|substitute\s+members|reserve\s+members)\s*(?::|$)\s*",
    re.I,
)
# A block of names ends at a vertical gap wider than this many font sizes.
_BLOCK_GAP = 1.5


def _label(line: Line) -> Optional[tuple[str, str]]:
    """('members' | 'substitutes', inline text after the label) for a membership label line."""
    match = _LABEL.match(line.text)
    if not match:
        return None
    kind = (
        "substitutes"
        if re.match(r"(named\s+)?(substitute|reserve)", match["label"], re.I)
        else "members"
    )
    return kind, line.text[match.end() :].strip()


def _ends_block(line: Line, previous: Line) -> bool:
    if line.page != previous.page or line.top - previous.bottom > _BLOCK_GAP * line.size:
        return True
    if _label(line) or part_marker(line) or numbered(line):
        return True
    return line.bold and not looks_like_person(line.text)


def _blocks(lines: Sequence[Line]) -> list[tuple[str, list[Line]]]:
    blocks: list[tuple[str, list[Line]]] = []
    i = 0
    while i < len(lines):
        found = _label(lines[i])
        if not found:
            i += 1
            continue
        kind, inline = found
        label_line, block = lines[i], [lines[i]] if inline else []
        i += 1
        previous = label_line
        while i < len(lines) and not _ends_block(lines[i], previous):
            block.append(lines[i])
            previous = lines[i]
            i += 1
        blocks.append((kind, block))
    return blocks


def _text(block: Sequence[Line]) -> str:
    text = join_name_lines(block)
    match = _LABEL.match(text)
    return text[match.end() :] if match else text


def read_membership(
    lines: Sequence[Line], ctx: ExtractContext
) -> tuple[list[Person], list[Person]]:
    """(members, substitutes); co-opted and independent members count as members."""
    found: dict[str, list[Person]] = {"members": [], "substitutes": []}
    for kind, block in _blocks(lines):
        found[kind] += people(
            _text(block),
            block,
            ctx,
            f"agenda.{kind}",
            lambda a, ev: Person(
                name=a.name, honorific=a.honorific, affiliation=a.organisation, evidence=ev
            ),
        )
    return found["members"], found["substitutes"]


def membership_start(lines: Sequence[Line]) -> Optional[int]:
    """Index of the first membership label line, if any."""
    return next((i for i, ln in enumerate(lines) if _label(ln)), None)

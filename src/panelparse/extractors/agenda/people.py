"""Membership and substitutes on an agenda frontsheet, under a 'Membership:' /
'Substitutes:' label, one per line, in columns or as a paragraph."""

from __future__ import annotations

import re
from typing import Optional, Sequence

from ...layout import Line, TableGrid
from ...layout.query import strip_bullet
from ...models.values import Person
from ..base import ExtractContext, evidence_of
from ..common.meeting import MEETING_CUE
from ..common.names import join_name_lines, looks_like_person, people
from ..common.numbering import numbered
from ..common.vocabulary import AGENDA_HEADING
from .items import part_marker
from .settings import AFFILIATION_BODY, MEMBER_COLUMN_HEADER, PARTIES, PUBLIC_NOTE

_LABEL = re.compile(
    r"^\W*(?P<label>membership(?:\s+of\s+the\s+[\w ]+?)?|members(?:hip)?|councillors|cllrs|distribution|circulation"
    r"|(?:committee|panel|board|cabinet|authority|sub-committee|forum|group|executive)\s+(?:members|membership)"
    r"|members\s+of\s+the\s+(?:committee|panel|board|cabinet|authority|sub-committee|council|forum|group"
    r"|executive|commission|partnership)|portfolio\s+holders|(?:town|parish|county|district|borough|city"
    r"|community)\s+councillors"
    r"|(?:expected\s+|invited\s+)?attendees|invitees|attending"
    # combined authorities and joint boards: 'Constituent Members:', 'Non-Constituent Members:'
    r"|(?:non-?\s?)?(?:voting|constituent|associate|appointed|elected|board|authority)\s+members?"
    r"|(?:co-?opted\s+)?(?:independent\s+)?members?|co-?opted\s+[\w ]*?members?"
    r"|independent\s+co-?opted\s+members?"
    r"|(?:named\s+)?substitutes?(?:\s+members)?|substitute\s+members|reserve\s+members"
    # 'Chairman: Councillor A Lee' / 'Vice-Chairman: ...' over the other members (with a colon only:
    # 'Chairman' alone on a line is a role printed under a name)
    r"|(?:vice|deputy)[- ]?chair(?:man|person|woman)?(?=\s*:)|chair(?:man|person|woman)?(?=\s*:)"
    # a summons addressed 'To: Councillors A Lee (Chair), B Khan, ...' (not 'To: All Members')
    r"|to(?=\s*:\s*(?:councillors?|cllrs?)\b)"
    # a summons addressed 'To: Members of the Audit Committee' over a line of their names ('Councillors A, B ...')
    r"|to\s*:\s*(?:the\s+)?(?:(?:chair(?:man)?|vice-chair(?:man)?)(?:\s+and|,)\s+)*(?:all\s+)?members\s+of\s+the\s+"
    r"(?:[\w&,'-]+\s+){0,6}?(?:committee|sub-committee|panel|board|authority|council|cabinet|forum|executive))"
    # 'Membership (13)', 'Councillors (Chair in bold)': a count or a note after the label
    r"(?:\s*\((?:\d{1,3}|[^()\d]{1,30})\))?\s*(?::|$)\s*",
    re.I,
)
# A block of names ends at a vertical gap wider than this many font sizes.
_BLOCK_GAP = 1.5


def _label(line: Line) -> Optional[tuple[str, str]]:
    """('members' | 'substitutes', inline text after the label) for a membership label line."""
    match = _LABEL.match(line.text)
    if not match:
        # 'Member   Representing' over a membership set in columns without rules labels the names under it
        return ("members", "") if MEMBER_COLUMN_HEADER.match(line.text) else None
    kind = (
        "substitutes"
        if re.match(r"(named\s+)?(substitute|reserve)", match["label"], re.I)
        else "members"
    )
    inline = line.text[match.end() :].strip()
    if _ROLE_LABEL.match(match["label"]) and not looks_like_person(re.split(r"[,(;]", inline)[0].strip()):
        return None  # 'Chair: MCO' names a post, not a member
    return kind, inline


_ROLE_LABEL = re.compile(r"(?:vice|deputy)?[- ]?chair", re.I)


# Lines that end a list of people whatever their style: the apologies that follow it, the
# quorum printed under it ('Quorum: 3 Members'), the officers and observers listed after the members
# ('Officers: ...', 'In attendance: ...', 'Also invited: ...', 'Non-voting observers: ...').
_NOT_MEMBERS = re.compile(
    r"^\W*(?:apologies|absent|absence|quorum)\b"
    r"|^\W*(?:(?:lead\s+|supporting\s+)?officers?(?:\s+(?:in\s+attendance|support))?|in\s+attendance"
    r"|also\s+(?:invited|attending|present|in\s+attendance)|(?:non-?voting\s+)?observers?|advisers?|advisors?"
    r"|clerk)\s*(?::|$)",
    re.I)


def _ends_block(line: Line, previous: Line, following: Optional[Line] = None) -> bool:
    if line.page != previous.page or line.top - previous.bottom > _BLOCK_GAP * line.size:
        return True
    if _carries_label(previous.text, line.text):
        return False
    if _label(line) or part_marker(line) or numbered(line) or _NOT_MEMBERS.match(line.text):
        return True
    if MEETING_CUE.search(line.text) or PUBLIC_NOTE.match(line.text):
        return True  # 'A meeting of the X will be held ...', 'Members of the public are welcome ...' under the names
    if AGENDA_HEADING.match(line.text):  # the 'AGENDA' heading under the list, in any type
        return True
    if line.bold and not looks_like_person(line.text) and not _group_mark(line.text):
        return not _subgroup(line, following)
    return False


def _subgroup(line: Line, following: Optional[Line]) -> bool:
    """A short bold heading over more people ('Ministers', 'Officials', 'Conservative Group')
    groups the list; it does not end it."""
    return (following is not None and len(line.text.split()) <= 4 and ":" not in line.text
            and looks_like_person(strip_bullet(following.text).split(",")[0].split("(")[0].strip()))


def _blocks(lines: Sequence[Line], standalone: bool = False) -> list[tuple[str, list[Line], Optional[str]]]:
    """(kind, lines, title the label gives them) of each labelled list of people; with `standalone`,
    only under a label that is a line of its own (among the items, 'Members: ...' may be a sentence)."""
    blocks: list[tuple[str, list[Line], Optional[str]]] = []
    i = 0
    while i < len(lines):
        found = _label(lines[i])
        # Among the items a label with text after it may open a sentence; 'Distribution: Cllrs A, B
        # and C' (parish agendas, at the foot) is a list all the same.
        if not found or (standalone and found[1] and not _TITLED_LIST.match(found[1])):
            i += 1
            continue
        kind, inline = found
        label_line, block = lines[i], [lines[i]] if inline else []
        match = _LABEL.match(label_line.text)
        titled = _TITLE_LABEL.get(match["label"].lower().split()[-1]) if match else None  # 'Town Councillors:'
        i += 1
        previous = label_line
        while i < len(lines) and not _ends_block(lines[i], previous, lines[i + 1] if i + 1 < len(lines) else None):
            if not (lines[i].bold and _subgroup(lines[i], lines[i + 1] if i + 1 < len(lines) else None)
                    and not looks_like_person(lines[i].text)):
                block.append(lines[i])
            previous = lines[i]
            i += 1
        if not (_ADDRESSED.match(label_line.text) and not inline and block and not _NAMES_LINE.match(block[0].text)):
            blocks.append((kind, block, titled))  # under an addressee, only a line of names ('Councillors A, B')
    return blocks


# A line that opens a list of names: 'Councillors A Lee (Chair), B Khan ...', 'Cllr ...', 'Mr ...'.
_NAMES_LINE = re.compile(r"^\W*(?:councillors?|cllrs?\.?|mr|mrs|ms|miss|dr)\s+[A-Z]", re.I)


_TITLED_LIST = re.compile(r"(?:councillors|cllrs)\b", re.I)


# Labels that are the title of every name under them: 'Councillors: J Allen (Chairman), K Brown'.
_TITLE_LABEL = {"councillors": "Councillor", "cllrs": "Cllr"}


def _text(block: Sequence[Line]) -> str:
    text = join_name_lines(block)
    match = _LABEL.match(text)
    text = text[match.end() :] if match else text
    # 'Michael Armstrong, Julian Bower Farm, Cliburn, Tel 07817367076, Ray Healey, ...': a phone
    # number closes its member's entry and is no part of it.
    return _PHONE_IN_LIST.sub("\n", text).strip()


_PHONE_IN_LIST = re.compile(r"\s*,?\s*\b(?:tel|telephone|phone|mobile)\b\.?:?\s*\+?\d[\d ]{3,}\d\s*[,;]?\s*", re.I)


# 'Harrowden County Council: Councillors A, B and C', 'Conservative (10): Mr A, Mrs B',
# 'Independent co-opted members: X and Y' — a group label, then its members.
_GROUP = re.compile(r"(?:^|\n|;\s*)(?P<group>[A-Z][^:\n]{1,70}?)(?:\s*\(\d{1,3}\))?\s*:\s*")
# '...; Independent' / 'Member: Mr G Hall': a group label after a semicolon broken over two lines.
_LABEL_BROKEN = re.compile(r";[ \t]*(?P<head>[A-Z][^:;\n]{0,40}?)[ \t]*\n(?=[^:;\n(),]{1,30}:)")
_LABEL_HEAD = re.compile(r";\s*[A-Z][^:;,()]{0,40}$")
_LABEL_TAIL = re.compile(r"^[^:;,()]{1,30}:")


def _carries_label(previous: str, text: str) -> bool:
    """True when `text` ('Member: Mr G Hall') finishes a group label the line above began after a
    semicolon ('...; Independent')."""
    return bool(_LABEL_HEAD.search(previous.rstrip()) and _LABEL_TAIL.match(text.strip()))
_PARTY_OR_BODY = re.compile(
    r"\b(?:council|authority|borough|district|county|parish|town|city|conservatives?|labour|liberal|democrats?|"
    r"green|independents?|reform|plaid|snp|ukip|group|party|co-?opted|members?)\b",
    re.I,
)
_COOPTED = re.compile(r"\bco-?opted\b|\bindependent\s+members?\b", re.I)


def _groups(text: str) -> list[tuple[Optional[str], str]]:
    """(group or None, names) parts of a membership text printed by council or party."""
    text = _LABEL_BROKEN.sub(r"; \g<head> ", text)
    marks = [m for m in _GROUP.finditer(text) if _PARTY_OR_BODY.search(m["group"]) and len(m["group"].split()) <= 8]
    if not marks:
        return [(None, text)]
    parts: list[tuple[Optional[str], str]] = (
        [(None, text[: marks[0].start()])] if text[: marks[0].start()].strip() else [])
    for mark, nxt in zip(marks, marks[1:] + [None], strict=True):
        group = mark["group"].strip()
        parts.append((None if _COOPTED.search(group) else group, text[mark.end() : nxt.start() if nxt else len(text)]))
    return parts


def _group_mark(text: str) -> bool:
    match = _GROUP.match(text)
    return bool(match and _PARTY_OR_BODY.search(match["group"]) and len(match["group"].split()) <= 8)


def _by_group_line(block: list[Line]) -> list[list[Line]]:
    """The block cut where a line opens with a group label ('Green (1): ...'), so one
    group's last name and the next group's label are never joined into one entry."""
    parts: list[list[Line]] = []
    for line in block:
        carried = bool(parts and parts[-1]) and _carries_label(parts[-1][-1].text, line.text)
        if not parts or (_group_mark(line.text) and parts[-1] and not _LABEL.match(line.text) and not carried):
            parts.append([line])
        else:
            parts[-1].append(line)
    return parts


def _person(group: Optional[str], honorific: Optional[str] = None):
    """Person builder; `honorific` is the title a label gives every name under it ('Councillors:')."""
    def build(a, ev) -> Person:
        return Person(name=a.name, honorific=a.honorific or honorific,
                      affiliation=a.organisation or _role_affiliation(a.role) or group, evidence=ev)
    return build


def _role_affiliation(role: Optional[str]) -> Optional[str]:
    """The council or party printed after a dash ('- Northtown Borough Council', '– Labour'), which
    the name reader keeps as the role."""
    first = role.split(",")[0].strip() if role else ""
    if " of " in first or not (AFFILIATION_BODY.match(first) or PARTIES.match(first)):
        return None
    return first


def read_membership(
    lines: Sequence[Line], ctx: ExtractContext, tables: Sequence[TableGrid] = (), standalone: bool = False
) -> tuple[list[Person], list[Person]]:
    """(members, substitutes); co-opted and independent members count as members; members
    printed under their council or party take it as their affiliation. `standalone`: only
    lists under a label on a line of its own (for lines among or after the items)."""
    found: dict[str, list[Person]] = {"members": [], "substitutes": []}
    for kind, block, titled in _blocks(lines, standalone):
        for part in _by_group_line(block):
            for group, names in _groups(_text(part)):
                found[kind] += people(names, part, ctx, f"agenda.{kind}", _person(group, titled))
    for kind, table in _labelled_tables(lines, tables):
        found[kind] += _table_people(table, ctx)
    return found["members"], found["substitutes"]


def _labelled_tables(lines: Sequence[Line], tables: Sequence[TableGrid]) -> list[tuple[str, TableGrid]]:
    """Membership or substitutes tables: under a bare label line, or headed Member | Representing."""
    out = []
    for table in tables:
        above = [ln for ln in lines if ln.page == table.page and ln.bottom <= table.top + 1]
        label = _label(above[-1]) if above else None
        header = " ".join(c or "" for c in table.rows[0]).lower() if table.rows else ""
        if label and not label[1]:
            out.append((label[0], table))
        elif re.search(r"\b(?:member|councillor|substitute)s?\b", header) and re.search(
                r"\brepresent|council|role|party|ward\b", header):
            out.append(("substitutes" if "substitute" in header else "members", table))
    return out


def _table_people(table: TableGrid, ctx: ExtractContext) -> list[Person]:
    """Name | Council (or Representing, Party) rows; the header row is skipped."""
    out = []
    for row, bbox in zip(table.rows[1:], table.row_bboxes[1:], strict=False):
        cells = [(c or "").strip() for c in row]
        if not cells or not looks_like_person(cells[0]):
            continue
        affiliation = next((c for c in cells[1:] if c), None)
        out += people(cells[0], [], ctx, "agenda.members", _person(affiliation))
        if out and out[-1].evidence is None:
            out[-1] = out[-1].model_copy(update={"evidence": evidence_of(table.page, bbox)})
    return out


def membership_start(lines: Sequence[Line]) -> Optional[int]:
    """Index of the first membership label line, if any; a summons addressed 'To: Councillors ...'
    is not one, as the notice naming the meeting follows it."""
    return next((i for i, ln in enumerate(lines) if _label(ln) and not _ADDRESSED.match(ln.text)), None)


_ADDRESSED = re.compile(r"^\W*to\s*:", re.I)

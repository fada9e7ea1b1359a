"""Who attended: 'Present:' / 'Also Present:' / 'In Attendance:' blocks (inline, one per line
or a paragraph), roll-call tables (Name | Title | Status), the apologies minute ('Apologies
were received from ...' as a sentence or bullets) and substitutions."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Optional, Sequence

from ...errors import ParseError
from ...layout import Block, Line, TableGrid, Word
from ...layout.query import clean_cell, join_lines, strip_bullet, table_rows
from ...models.documents import TimedEvent
from ...models.values import Attendee
from ...parsing import HOLDER_POSTS, clean_text, find_times, parse_attendee, split_names, split_sentences
from ..base import ExtractContext, evidence_of
from ..common import vocabulary as vocab
from ..common.names import as_attendee, join_name_lines, looks_like_person, people, shared_organisation
from .items import (
    ATTENDANCE_LABEL,
    ITEM_CUE,
    MinuteDraft,
    attendance_label,
    is_attendance_label,
    run_paragraphs,
)

_KINDS = (
    ("public", r"public|press|cyhoedd"),  # members of the public and the press are not attendees
    ("also_present", r"also|in\s+attendance|officers|others|invited|guest|officials|presenters|secretariat|other"
                     r"|employees|staff|clerk|rfo|minute[- ]?taker|hefyd|swyddogion|clerc"
                     # a licensing hearing's parties: 'Parties present:', 'Applicant:', 'Objectors:'
                     r"|part(?:y|ies)\b|applicant|objector|responsible\s+authorit"
                     # councillors of another tier ('City & County Cllrs:'), not members of this body
                     r"|^(?:city|county|district|borough|unitary|ward)\b"),
    ("apologies", r"apolog|ymddiheur"),
    ("absent", r"absent|absennol"),
    ("substitutes", r"substitute"),
    ("present", r"present|attend|roll|panel|board|members|committee|councillors|cllrs|[bp]resennol|mynychu|cynghorwyr"
                r"|chair|mayor|leader"),
)
# A block of names runs on over line gaps up to this many font sizes.
_BLOCK_GAP = 1.0
_NO_APOLOGIES = re.compile(
    r"\bno\s+apologies\b|\bapologies\b.*\bnone\b|^\W*none\b|\bthere\s+were\s+none\b", re.I
)
# 'Absent: There were no absences', 'Officers: None', 'Also present: nil': a list of no one.
_NOBODY = re.compile(
    r"^\W*(?:none|nil|n/?a|no\s+one|nobody)\b\W*$|^\W*there\s+(?:were|was)\s+no(?:ne)?\b|^\W*no\s+(?:absences?|apologies"
    r"|officers|others|substitut\w*|members?|councillors?)\b", re.I
)
_APOLOGY_LEAD = re.compile(
    # 'Apologies and valid reasons for absence were received from ...'
    # 'An apology for absence was received from ...': one member's
    r"^.*?\bapolog(?:ies|y)\b\s*(?:and\s+(?:valid\s+|the\s+)?reasons\s+)?(?:for\s+absence\s+)?"
    r"(?:were|was|had\s+been|have\s+been|are)?\s*(?:also\s+)?"
    r"(?:(?:received|submitted|given|tendered|noted|reported|made|sent)(?:\s+and\s+(?:accepted|noted|approved))?)?"
    r"\s*(?:from|by|on\s+behalf\s+of|for)?\s*:?\s*",
    re.I,
)
# 'Cllr A Eddows sent his apologies', 'Cllrs Wren & Hale had sent their apologies': the names lead.
_APOLOGY_TAIL = re.compile(
    r"^(?P<names>[A-Z].*?)\s+(?:also\s+)?(?:had\s+|have\s+|has\s+)?(?:also\s+)?(?:sent|tendered|gave|offered|submitted"
    r"|sends)\s+"
    r"(?:(?:his|her|their|an?)\s+)?apolog(?:ies|y)\b(?:\s+for\s+(?:absence|(?:this|the)\s+meeting))?\W*$",
    re.I,
)
_NAME = r"(?:(?:Cllr|Councillor|Mr|Mrs|Ms|Miss|Dr)\.?\s+)?[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,3}"
_SUBSTITUTED_BY = re.compile(
    rf"\s*,?\s*\(?(?:who\s+(?:was|is)\s+)?substituted\s+by\s+(?P<sub>{_NAME})\)?"
)
_SUBSTITUTING = re.compile(
    rf"(?P<sub>{_NAME})\s*(?:\((?:sub(?:stitute|stituting)?)\s+for\s+(?P<a1>{_NAME})\)|"
    rf"(?:was|would\s+be|is|attended|attending)?\s*(?:as\s+(?:a\s+)?)?(?:substitut\w*)\b[^.]*?\bfor\s+(?P<a2>{_NAME}))"
)
_ROLL_STATUS = {
    "present": r"present|late|arrived|attended|yes|remote|virtual|in person|✓|x",
    "apologies": r"apolog|excused|sent",
    "absent": r"absent|no\b|not present|did not attend",
}


@dataclass
class Attendance:
    present: list[Attendee] = field(default_factory=list)
    also_present: list[Attendee] = field(default_factory=list)
    apologies: list[Attendee] = field(default_factory=list)
    absent: list[Attendee] = field(default_factory=list)
    events: list[TimedEvent] = field(default_factory=list)
    substitutions: list[tuple[str, str]] = field(
        default_factory=list
    )  # (substitute, member replaced)


def _kind(label: str) -> str:
    # a label no entry names (a post added to HOLDER_POSTS alone) is a member present
    return next((kind for kind, pattern in _KINDS if re.search(pattern, label, re.I)), "present")


def _narrative(line: Line) -> bool:
    """A sentence of the minutes, not more names: it opens with a capital, ends with a full
    stop and most of its words are in lower case ('The meeting commenced at 7.15pm.')."""
    words = line.text.split()
    lower = sum(w[:1].islower() for w in words)
    return (len(words) >= 4 and line.text.rstrip().endswith(".") and words[0][:1].isupper()
            and lower * 2 >= len(words) and not looks_like_person(re.split(r"[,(–-]", line.text)[0]))


# 'District Cllrs Burden and Crane were present.', 'The Town Clerk and Deputy Town Clerk were in
# attendance.': a sentence naming those in attendance, after or instead of a list.
_ATTENDED = re.compile(
    r"^(?P<names>[A-Z].*?)\s+(?:were|was)\s+(?:also\s+)?(?:in\s+attendance|present)\b(?P<rest>[^.;]*)[.;]?\s*$"
)


def _block_after(lines: Sequence[Line], i: int) -> list[Line]:
    """The label line (when it carries names) and the lines continuing its list."""
    label = lines[i]
    # A label found in the line's first segment only ('Present' then names a tab away) does not
    # match the whole text: the names are on the label's line.
    match = ATTENDANCE_LABEL.match(label.text)
    inline = match is None or match.end() < len(label.text)
    block = [label] if inline else []
    previous = label
    for line in lines[i + 1 :]:
        if is_attendance_label(line) or ITEM_CUE.match(line.text) or line.page != previous.page:
            break
        if line.bold and not label.bold or (line.bold and not looks_like_person(line.text)):
            break
        if block and previous.text.rstrip().endswith(".") and not looks_like_person(re.split(r"[,(–-]", line.text)[0]):
            break  # the list ended with its full stop; a sentence follows ('Apologies ... were received')
        if (block and _narrative(line) and not re.search(r"(?:,|\band|&)\s*$", previous.text)
                and not vocab.OFFICER_ROLE.fullmatch(line.text.split(",")[0].strip())):
            break  # 'The meeting commenced at 7.15pm.' under a list that printed no full stop
            # ('Clerk, and one member of the public.' carries on '... Mr D L Nixon Deputy Parish')
        if block and _ATTENDED.match(line.text.strip()):
            break  # 'The Town Clerk was in attendance.': a sentence of its own (see _attended_sentences)
        gap = line.top - previous.bottom
        if (
            block
            and gap > _BLOCK_GAP * line.size
            and not looks_like_person(re.split(r"[,(–-]", line.text)[0])
        ):
            break
        block.append(line)
        previous = line
    return block


def _strip_label(text: str, block: Sequence[Line] = ()) -> str:
    match = ATTENDANCE_LABEL.match(text)
    if match:
        return text[match.end() :]
    # 'Present' then the names a tab away: the label is the first line's first segment.
    first = block[0].segments()[0].text if block and attendance_label(block[0]) else ""
    return text[len(first):].lstrip() if first and text.startswith(first) else text


# A joint committee's members grouped under the council each comes from, a line a council: 'Eastvale
# District Council: Councillors A Ford (Chair) and B Gale' / 'Westbury BC: Councillor C Hunt'.
_BODY_LABEL = re.compile(r"^\W*(?P<body>(?:[A-Z][\w'’&-]*\s+){1,5}(?:Council|Authority|Police|Constabulary|Service"
                         r"|Trust|Board|DC|BC|CC|MBC)|[A-Z]{2,6})\s*:\s*")


def _by_body(block: Sequence[Line]) -> Optional[str]:
    """Members listed under their councils, each with the council in brackets after the name as single
    lists print it; None when the block's lines are not so grouped."""
    groups: list[tuple[str, list[Line]]] = []
    for line in block:
        label = ATTENDANCE_LABEL.match(line.text) if line is block[0] else None
        at = label.end() if label else 0
        match = _BODY_LABEL.match(line.text[at:])
        if match and not vocab.MEMBER_HONORIFIC.search(match["body"]) and not ATTENDANCE_LABEL.match(match.group(0)):
            words = _words_after(line, at + match.end())
            groups.append((match["body"].strip(), [Line(words, line.page)] if words else []))
        elif groups:
            groups[-1][1].append(line)
        elif line.text[at:].strip():
            return None  # names before the first council: not grouped
    if not groups or not all(lines for _, lines in groups):
        return None
    return "; ".join(f"{name} ({body})" for body, lines in groups for name in split_names(join_name_lines(lines)))


def _words_after(line: Line, at: int) -> tuple[Word, ...]:
    """The line's words from character `at` of its text on."""
    out, pos = [], 0
    for word in line.words:
        if pos >= at:
            out.append(word)
        pos += len(word.text) + 1
    return tuple(out)


def _substitutions(text: str) -> tuple[str, list[tuple[str, str]]]:
    """Text without its substitution clauses, and the (substitute, replaced) pairs."""
    pairs = []
    for sentence in split_sentences(text):
        for match in _SUBSTITUTED_BY.finditer(sentence):
            before = re.split(r",|\band\b|:", sentence[: match.start()])[-1].strip()
            pairs.append((match["sub"], before))
        for match in _SUBSTITUTING.finditer(sentence):
            pairs.append((match["sub"], match["a1"] or match["a2"]))
    return _SUBSTITUTED_BY.sub("", text), pairs


def _without_public(text: str) -> str:
    """The list up to where it turns to the public or the press ('Members of the public - Mr X');
    a count of the public printed first ('Two members of the public', then the clerk) is skipped."""
    lead = vocab.PUBLIC_MARK.match(text)
    if lead and not text[: lead.start()].strip():
        rest = re.sub(r"^[\s(]*(?:(?:were\s+)?present|in\s+attendance|attended)?[\s).,;]*", "", text[lead.end():],
                      flags=re.I)
        if rest and rest[:1].isupper():
            text = rest
    match = vocab.PUBLIC_MARK.search(text)
    while match and _COUNTED.match(match.group(0)) and _PERSON_AFTER.match(text, match.end()):
        # 'County Cllr A Hagues, 5 parishioners and Denise Gascoyne Parish Clerk': a count of the public
        # inside the list, someone named after it
        text = text[: match.start()] + ", " + _PERSON_AFTER.sub("", text[match.end():], count=1)
        match = vocab.PUBLIC_MARK.search(text)
    # '..., Mr D L Nixon Deputy Parish Clerk, and one member of the public': the list ends at 'and'
    return re.sub(r"[\s,;]*(?:\band|&)?[\s,;]*$", "", text[: match.start()]) if match else text


# A count of the public ('5 parishioners', 'two members of the public'), not a label over their names
# ('Members of the public: Mr A Cole'), and what names someone after it (', and the Clerk', ' and Mrs A Fell').
_COUNTED = re.compile(r"^[\s.,;:]*(?:(?:and|plus)\s+)?(?:there\s+(?:were|was)\s+)?(?:\(?\d+\)?|one|two|three|four|five"
                      r"|six|seven|eight|nine|ten|several|a\s+number\s+of)\s+[^:\-–]*$", re.I)
_PERSON_AFTER = re.compile(r"\s*(?:,\s*(?:and|&)?|\s(?:and|&))\s+(?=(?:the\s+)?[A-Z])")


def _officers_apart(found: list[Attendee]) -> tuple[list[Attendee], list[Attendee]]:
    """(members, officers): in a 'Present' list, staff with an officer's role and no member's
    title ('Clerk', 'CHIEF FIRE OFFICER') are in attendance, not present as members."""
    members: list[Attendee] = []
    officers: list[Attendee] = []
    for person in found:
        # Staff of the body: an officer's role and no other organisation named.
        officer = person.role and (vocab.OFFICER_ROLE.search(person.role) and not person.organisation
                                   or vocab.STAFF_ROLE.search(person.role))
        member = person.honorific and vocab.MEMBER_HONORIFIC.search(person.honorific)
        (officers if officer and not member else members).append(person)
    return members, officers


# Members who are not councillors listed apart: 'Independent Members:', 'Co-opted Members:'.
_MEMBER_SORT = re.compile(
    r"^\W*(?P<sort>(?:independent\s+)?(?:co-?opted|independent|lay|parish))\s+members\W*$", re.I)
# 'The Mayor (Councillor Ann Lee) in the Chair': the post, then its holder in brackets.
_POST_THEN_HOLDER = re.compile(
    r"\b(?:the\s+)?(?P<post>(?:(?:deputy|vice|town|city)[- ]\s*)*(?:mayor|chair(?:man|woman|person)?|leader))\s*"
    r"\((?P<who>(?:cllr|councillor|mr|mrs|ms|miss|dr)\.?\s+[^()]+)\)(?:\s+(?:was\s+)?in\s+the\s+chair\b)?",
    re.I,
)
# A label that is a post ('Clerk:', 'Minute taker:', 'Deputy Mayor:') gives its holder that role.
_POST_LABEL = re.compile(rf"^\W*(?:{HOLDER_POSTS})\b", re.I)


def _read_block(kind: str, block: list[Line], ctx: ExtractContext, out: Attendance, role: Optional[str] = None) -> None:
    if kind == "public":
        return
    text, pairs = _substitutions(_without_public(_by_body(block) or _strip_label(join_name_lines(block), block)))
    text = _POST_THEN_HOLDER.sub(lambda m: f"{m['who'].strip()} ({m['post']})", text)
    text = re.sub(r"^\s*(?:councillors|cllrs|members)\s*[,;]\s+", "", text, flags=re.I)  # 'Councillors, Mr A, ...'
    if _NOBODY.search(text):
        return
    if kind == "apologies":
        # "Apologies for Absence" heading, then "Apologies were received from A and B."
        if _NO_APOLOGIES.search(text):
            return
        text = _APOLOGY_LEAD.sub("", text, count=1).rstrip(" .")
    out.substitutions += pairs
    found = shared_organisation(people(text, block, ctx, f"minutes.{kind}", as_attendee))
    if kind == "substitutes":
        kind = "present"
        # 'Substitute Members: Cllr Fox (for Cllr Eze)': the bracket says whom the member replaced
        found = [a.model_copy(update={"role": f"Substitute {a.role}" if a.role and re.match(r"for\b", a.role, re.I)
                                      else a.role or "Substitute"}) for a in found]
    if role:
        found = [a.model_copy(update={"role": a.role or role}) for a in found]
    if kind == "present":
        found, officers = _officers_apart(found)
        out.also_present.extend(officers)
    getattr(out, kind).extend(found)


def _label_columns(line: Line) -> list[tuple[float, Optional[str]]]:
    """For a label line printed as columns ('Present | Members of the public', 'Members |
    Officials'), each column's left edge and what it lists (None: not attendees)."""
    segments = line.segments()
    if len(segments) < 2:
        return []
    columns: list[tuple[float, Optional[str]]] = []
    for segment in segments:
        match = ATTENDANCE_LABEL.match(segment.text)
        if vocab.PUBLIC_MARK.match(segment.text) or re.match(r"\W*(?:members\s+of\s+the\s+)?(?:public|press)\b",
                                                              segment.text, re.I):
            columns.append((segment.x0, None))
        elif match and match.end() >= len(segment.text.rstrip(" :")):
            columns.append((segment.x0, _kind(match["label"])))
        else:
            return []  # names on the label line: one column of names, not labelled columns
    return columns


def _column_blocks(lines: Sequence[Line], i: int, columns: list[tuple[float, Optional[str]]]) -> list[
        tuple[str, list[Line]]]:
    """The lines under a column label line, cut into one block of segments per listed column."""
    edges = [x for x, _ in columns[1:]]
    parts: list[list] = [[] for _ in columns]
    for line in lines[i + 1 :]:
        if is_attendance_label(line) or line.page != lines[i].page or line.top - lines[i].bottom > 30 * line.size:
            break
        for segment in line.segments():
            index = sum(segment.x0 >= edge - 4 for edge in edges)
            parts[index].append(segment)
    return [(kind, part) for (_, kind), part in zip(columns, parts, strict=True) if kind and part]


def _label_post(label: str) -> Optional[str]:
    """The post a label names ('Clerk:', 'VICE CHAIRMAN:'), as a role: 'Vice Chairman'."""
    # 'Clerk / Clerc:', 'Clerc / Clerk:': a Welsh council prints the post in both languages
    post = next((part.strip() for part in label.split("/") if _POST_LABEL.match(part.strip())), None)
    if post and post.isupper():
        post = post.title()  # 'VICE CHAIRMAN' -> 'Vice Chairman'
    return post[:1].upper() + post[1:] if post else None


def _member_sort(label: str) -> Optional[str]:
    """'Co-opted Members:' -> 'Co-opted Member', the role of each member the label lists."""
    sort = _MEMBER_SORT.match(label)
    return " ".join(w[:1].upper() + w[1:].lower() for w in sort["sort"].split()) + " Member" if sort else None


def read_preamble(preamble: Sequence[Block], ctx: ExtractContext, out: Attendance) -> None:
    """Labelled attendance blocks (and Name | Role tables straight after a bare label)."""
    lines = [b for b in preamble if isinstance(b, Line)]
    for i, line in enumerate(lines):
        match = attendance_label(line)
        if not match:
            continue
        columns = _label_columns(line)
        if columns:
            for kind, block in _column_blocks(lines, i, columns):
                _read_block(kind, block, ctx, out)
            continue
        kind = _kind(match["label"])
        block = _block_after(lines, i)
        if block:
            post = _label_post(match["label"])
            if post and block[0] is line and len(block) > 1:
                # the post's holder is on its line; the lines under it carry on the list, no post
                _read_block(kind, block[1:], ctx, out)
                block = block[:1]
            _read_block(kind, block, ctx, out, post or _member_sort(match["label"]))
        else:
            table = _table_after(preamble, line)
            if table is not None and kind != "public" and not _has_status_column(table):  # read_roll_call's
                found = _name_role_rows(table, ctx)
                if kind in ("present", "substitutes"):  # 'Attendance' over Name | Role: officers apart
                    found, officers = _officers_apart(found)
                    out.also_present.extend(officers)
                    kind = "present"
                getattr(out, kind).extend(found)
    for sentence in split_sentences(join_lines(ln.text for ln in lines)):
        out.substitutions += _substitutions(sentence)[1]
    _attended_sentences(lines, ctx, out)
    if not out.apologies:
        _apology_sentences(lines, ctx, out)


def _attended_sentences(lines: Sequence[Line], ctx: ExtractContext, out: Attendance) -> None:
    """Those a preamble sentence says were in attendance ('Clerk to Council, Mrs S Knight was
    present'); the public, and anyone already listed, aside."""
    known = {a.name.split()[-1].lower() for a in out.present + out.also_present if a.name}
    for line in lines:
        match = _ATTENDED.match(line.text.strip())
        if not match or is_attendance_label(line) or vocab.PUBLIC_MARK.search(line.text) \
                or re.search(r"\b(?:no|none|nobody)\b", match["names"], re.I):
            continue
        names = match["names"]
        post = re.match(r"^(?P<post>[^,]{3,60}),\s+(?P<who>(?:Mr|Mrs|Ms|Miss|Dr)\.?\s+[^,]+)$", names)
        if post and vocab.OFFICER_ROLE.search(post["post"]):  # 'Clerk to Council, Mrs S Knight'
            names = f"{post['who']} ({post['post']})"
        found = [a if a.role or a.honorific or not vocab.OFFICER_ROLE.search(a.name)
                 else a.model_copy(update={"role": a.name})  # 'Deputy Town Clerk': the office attended
                 for a in people(names, [line], ctx, "minutes.also_present", as_attendee)
                 if a.name.split()[-1].lower() not in known]
        out.also_present.extend(found)


def _apology_sentences(lines: Sequence[Line], ctx: ExtractContext, out: Attendance) -> None:
    """'Apologies for absence were received from N Mardle and K Dewhurst.' in the preamble."""
    for sentence in split_sentences(join_lines(ln.text for ln in lines)):
        lead = _APOLOGY_LEAD.match(sentence)
        if not lead or not re.search(r"\bapolog", sentence[: lead.end()], re.I) or _NO_APOLOGIES.search(sentence):
            continue
        names = sentence[lead.end():].rstrip(" .")
        if names and names[:1].isupper():
            out.apologies += [a for a in people(names, lines, ctx, "minutes.apologies", as_attendee)
                              if looks_like_person(f"{a.honorific or ''} {a.name}".strip())]


def _table_after(blocks: Sequence[Block], line: Line) -> Optional[TableGrid]:
    index = next(i for i, b in enumerate(blocks) if b is line)
    following = blocks[index + 1] if index + 1 < len(blocks) else None
    return following if isinstance(following, TableGrid) else None


def _name_role_rows(table: TableGrid, ctx: ExtractContext) -> list[Attendee]:
    out = []
    for row, bbox in zip(table_rows(table), table.row_bboxes, strict=False):
        cells = [c for c in row if c]
        if not cells or not looks_like_person(cells[0]):
            continue
        attendee = ctx.parse(parse_attendee, cells[0], field="minutes.attendance", page=table.page)
        if attendee:
            role = " ".join(cells[1:]) or attendee.role
            out.append(
                attendee.model_copy(
                    update={"role": role, "evidence": evidence_of(table.page, bbox)}
                )
            )
    return out


def _columns(header: list[str]) -> dict[str, int]:
    wanted = {
        "name": r"name|attendee|member|councillor",
        "role": r"title|role|position",
        "status": r"status|attend|present",
        "arrived": r"arriv",
        "organisation": r"organi[sz]ation|represent|authority|council\b|body",
    }
    found = {}
    for index, cell in enumerate(header):
        for key, pattern in wanted.items():
            if key not in found and cell and re.search(pattern, cell, re.I):
                found[key] = index
                break
    return found


def _has_status_column(table: TableGrid) -> bool:
    """A roll call: a Name column and a Status column ('Member | Authority | Attendance')."""
    rows = table_rows(table)
    cols = _columns([c for c in rows[0] if c]) if rows else {}
    return "name" in cols and "status" in cols


def _roll_status(status: str) -> Optional[str]:
    return next((k for k, p in _ROLL_STATUS.items() if re.match(p, status.strip(), re.I)), None)


def read_roll_call(table: TableGrid, ctx: ExtractContext, out: Attendance) -> bool:
    """Attendee | Title | Status | Arrived tables; True when the table was one."""
    rows = table_rows(table)
    if len(rows) < 2:
        return False
    header = [c for c in rows[0] if c]
    cols = _columns(header)
    if "name" not in cols or ("status" not in cols and "role" not in cols):
        return False
    for row, bbox in zip(rows[1:], table.row_bboxes[1:], strict=False):
        cells = [c for c in row if c] if len([c for c in row if c]) == len(header) else row
        cells = cells + [""] * (len(header) - len(cells))
        _roll_row(
            dict(zip(header, cells, strict=False)),
            header,
            cols,
            evidence_of(table.page, bbox),
            ctx,
            out,
        )
    return True


def _roll_row(
    row: dict, header: list[str], cols: dict[str, int], evidence, ctx, out: Attendance
) -> None:
    cell = lambda key: clean_cell(row.get(header[cols[key]], "")) if key in cols else ""  # noqa: E731
    name = cell("name")
    if not name:
        return
    attendee = ctx.parse(parse_attendee, name, field="minutes.roll_call", page=evidence.page)
    if attendee is None:
        return
    attendee = attendee.model_copy(
        update={
            "role": cell("role") or attendee.role,
            "evidence": evidence,
            "organisation": cell("organisation") or attendee.organisation,
        }
    )
    status = (_roll_status(cell("status")) if cell("status") else None) or "present"
    if status == "present":
        members, officers = _officers_apart([attendee])  # a Name | Role table lists staff too
        out.also_present.extend(officers)
        out.present.extend(members)
    else:
        getattr(out, status).append(attendee)
    arrived = cell("arrived")
    times = find_times(arrived) if arrived else []
    if times:
        out.events.append(
            TimedEvent(
                time=times[0][0],
                text=f"{name} arrived at {arrived}",
                kind="arrival",
                evidence=evidence,
            )
        )


def _apology_text(runs: Sequence[Sequence[Line]]) -> tuple[str, list[Line]]:
    """The names part of an apologies minute: the lead sentence's tail and any bullets under it."""
    paras = run_paragraphs(runs)
    for i, para in enumerate(paras):
        text = clean_text(para.text)
        if _NO_APOLOGIES.search(text):
            return "", []
        first = next(
            (s for s in split_sentences(text) if not re.search(r"\bresolved\b|\bnoted?\b", s, re.I)), ""
        )
        first = strip_bullet(first)
        tail = _APOLOGY_TAIL.match(_ACCEPTED.sub("", first))
        lead = _APOLOGY_LEAD.match(first) if re.search(r"apolog", first, re.I) and not tail else None
        lead = lead or (None if tail else _RUN_ON.match(first))  # 'Apologies' / 'were received from: ...'
        names = tail["names"] if tail else first[lead.end() :] if lead else first
        bullets = [p for p in paras[i + 1 :] if p.bullet]
        if names.endswith(":") or not names:
            if bullets:
                return "\n".join(strip_bullet(p.text) for p in bullets), [
                    ln for p in bullets for ln in p.lines
                ]
            continue
        extra = _more_apologies([t for t in split_sentences(text) if t is not first and strip_bullet(t) != first]
                                + [t for p in paras[i + 1:] for t in split_sentences(clean_text(p.text))])
        lines = list(para.lines) + [ln for p in paras[i + 1:] for ln in p.lines] if extra else list(para.lines)
        return ", ".join([_ACCEPTED.sub("", names), *extra]), lines
    return "", []


# The minute's heading carried on in its first line: 'Apologies' over 'were received from: Cllr A'.
_RUN_ON = re.compile(r"^(?:were|was|have\s+been|had\s+been)\s+(?:received|submitted|given|tendered|noted)"
                     r"(?:\s+and\s+(?:accepted|noted|approved))?\s+(?:from|by)\s*:?\s*", re.I)
# '... from Cllr Cladd and these were accepted': the clause after the names.
_ACCEPTED = re.compile(r"\s*,?\s*(?:and\s+)?(?:these|which|this|they|both)\s+(?:were|was|had\s+been|have\s+been)\s+"
                       r"(?:duly\s+|also\s+)?(?:accepted|noted|approved|received)\b.*$", re.I)


def _more_apologies(sentences: Sequence[str]) -> list[str]:
    """Names in the sentences after the first that also give apologies ('Cllr Eyre (ELDC) also
    sent his apologies.')."""
    found = []
    for sentence in sentences:
        sentence = strip_bullet(sentence)
        tail = _APOLOGY_TAIL.match(_ACCEPTED.sub("", sentence))
        lead = _APOLOGY_LEAD.match(sentence) if not tail and re.search(r"\bapolog(?:ies|y)\b.*\b(?:from|by|of)\b",
                                                                         sentence, re.I) else None
        names = tail["names"] if tail else sentence[lead.end():] if lead else ""
        names = _ACCEPTED.sub("", names).rstrip(" .")
        if names[:1].isupper() and not _NO_APOLOGIES.search(sentence):
            found.append(names)
    return found


def read_apologies_item(item: MinuteDraft, ctx: ExtractContext, out: Attendance) -> None:
    """Names from an 'Apologies for Absence' minute, substitutions taken out; those the minute
    says were absent ('Cllr Hart was absent.')."""
    _absent_sentences(item, ctx, out)
    text, lines = _apology_text(item.runs)
    text, pairs = _substitutions(text)
    out.substitutions += pairs
    # 'Apologies were received from Cllr Shaw. Cllr Lamb attended as a substitute for Cllr Shaw.'
    out.substitutions += [pair for para in run_paragraphs(item.runs)
                          for sentence in split_sentences(clean_text(para.text))
                          for pair in _substitutions(sentence)[1]]
    if not text:
        return
    found = people(_AND_FROM.sub(", ", text), lines, ctx, "minutes.apologies", as_attendee)
    if all(looks_like_person(f"{a.honorific or ''} {a.name}".strip()) for a in found):
        # an 'Apologies:' list over the minutes and the apologies minute under it name the same
        # members ('Apologies: Cllrs Cotton and Ash' / '1. ... accepted from Cllr Ash and Cllr Cotton')
        out.apologies += [a for a in found if not any(_same_member(a, b) for b in out.apologies)]


# 'from Cllr Eze and from Jo Bloggs (Clerk)': each name after its own 'from'.
_AND_FROM = re.compile(r"\s*(?:,|\band\b)\s+from\s+", re.I)


# 'Cllr Hart was absent.', 'Cllrs Hart and Ives were absent without apologies.'
_WAS_ABSENT = re.compile(r"^(?P<names>[A-Z].*?)\s+(?:was|were)\s+absent\b", re.I)


def _absent_sentences(item: MinuteDraft, ctx: ExtractContext, out: Attendance) -> None:
    for para in run_paragraphs(item.runs):
        for sentence in split_sentences(clean_text(para.text)):
            match = _WAS_ABSENT.match(strip_bullet(sentence))
            if match and not re.search(r"\bapolog\w*\s+(?:were|was)\b", match["names"], re.I):
                found = people(match["names"], list(para.lines), ctx, "minutes.absent", as_attendee)
                if found and all(looks_like_person(f"{a.honorific or ''} {a.name}".strip()) for a in found):
                    out.absent += found


# 'Patrick Heisinger, Assistant City Manager, made a presentation ...': an officer named with
# their post at the start of a sentence, doing something at the meeting.
_OFFICER_AT_ITEM = re.compile(
    r"^(?P<name>[A-Z][\w'’.-]+(?:\s+[A-Z][\w'’.-]+){1,2}),\s+(?P<role>[^,.;()]{3,60}),\s+"
    r"(?:made|gave|presented|introduced|provided|delivered|reported|outlined|explained|attended|was\s+in\s+attendance)\b")


def officers_at_items(runs: Sequence[Sequence[Line]], ctx: ExtractContext, out: Attendance) -> None:
    """Officers the minutes name with their post as they speak to an item, added to
    also_present when no list names them."""
    for para in run_paragraphs(runs):
        for sentence in split_sentences(clean_text(para.text)):
            match = _OFFICER_AT_ITEM.match(sentence)
            if not match or not vocab.OFFICER_ROLE.search(match["role"]) or not looks_like_person(match["name"]):
                continue
            surname = match["name"].split()[-1].lower()
            if any(a.name.split()[-1].lower() == surname for a in out.present + out.also_present):
                continue
            out.also_present.append(Attendee(name=match["name"], role=match["role"].strip(),
                                             evidence=evidence_of(para.page, para.bbox)))


def read_attendance_item(item: MinuteDraft, ctx: ExtractContext, out: Attendance) -> bool:
    """Who attended, printed as a minute of its own ('1 Present' over the names, as community
    councils number it); True when the minute's title is an attendance label."""
    match = ATTENDANCE_LABEL.match(item.title.strip())
    if match is None or match.end() < len(item.title.strip()) or not item.lines:
        return False
    kind = _kind(match["label"])
    if kind not in ("present", "also_present"):
        return False
    lines = item.lines
    first_label = next((i for i, ln in enumerate(lines) if is_attendance_label(ln)), len(lines))
    if first_label:
        _read_block(kind, _until_sentence(lines[:first_label]), ctx, out)
    read_preamble(lines[first_label:], ctx, out)
    return True


def _until_sentence(lines: Sequence[Line]) -> list[Line]:
    """The names under an attendance heading, up to the first sentence of the minutes."""
    kept: list[Line] = []
    for line in lines:
        if kept and _narrative(line) and not re.search(r"(?:,|\band|&)\s*$", kept[-1].text):
            break
        kept.append(line)
    return kept


def is_apologies_title(title: str) -> bool:
    return bool(re.search(r"\bapolog", title, re.I))


def _same(a: Attendee, name: str) -> bool:
    try:
        other = parse_attendee(name)
    except Exception:  # noqa: BLE001 - a clause that is not a name matches nobody
        return False
    return a.name.split()[-1].lower() == other.name.split()[-1].lower()


def _same_member(a: Attendee, b: Attendee) -> bool:
    """The same person printed twice ('Cllr Ash', 'Cllr J Ash'): one surname, and the same first
    initial where both print a forename or initial ('A Armstrong' and 'M Armstrong' are two)."""
    mine, theirs = a.name.split(), b.name.split()
    if not mine or not theirs or mine[-1].lower() != theirs[-1].lower():
        return False
    return len(mine) == 1 or len(theirs) == 1 or mine[0][:1].lower() == theirs[0][:1].lower()


def members_in_attendance(out: Attendance) -> None:
    """Minutes listing everyone under 'In Attendance' and no one as present: the councillors
    among them are the members present ('In Attendance' / 'Councillors S Hughes (Chair), ...')."""
    if out.present:
        return
    members = [a for a in out.also_present
               if a.honorific and vocab.MEMBER_HONORIFIC.search(a.honorific)
               and not (a.role and vocab.OFFICER_ROLE.search(a.role))
               and not re.match(r"\W*(?:city|county|district|borough|unitary|ward)\b", a.honorific, re.I)]
    if members:
        out.present = members
        out.also_present = [a for a in out.also_present if a not in members]


def apply_substitutions(out: Attendance) -> None:
    """Substitutes who attended are present, with 'Substitute for X' in their role."""
    for sub, replaced in dict.fromkeys(out.substitutions):
        note = f"Substitute for {replaced.strip(' .,;')}" if replaced else "Substitute"
        hit = next((a for a in out.present if _same(a, sub)), None)
        if hit is None:
            hit = next((a for a in out.also_present if _same(a, sub)), None)
            if hit is not None:
                out.also_present.remove(hit)
                out.present.append(hit)
        if hit is None and out.present:
            # 'Apologies: Cllr R Quail, substituted by Cllr S Rowe': the substitute attended, named nowhere else
            try:
                hit = parse_attendee(sub)
            except ParseError:
                continue
            out.present.append(hit)
        if hit is None:
            continue
        index = out.present.index(hit)
        if note.casefold() not in (hit.role or "").casefold():  # '(substitute for Cllr B Hill)' named it already
            role = f"{hit.role}; {note}" if hit.role else note
            out.present[index] = hit.model_copy(update={"role": role})


# 'Chair: Dr Kieron O'Hara' / 'Chaired by Cllr Smith' printed above the attendance list.
_CHAIR_LINE = re.compile(
    r"^\W*(?:(?:in\s+the\s+)?chair(?:man|woman|person)?|chaired\s+by)\s*[:\-–]?\s+(?P<name>[A-Z].{2,60})$", re.I)


def chair_from_header(lines: Sequence[Line], out: Attendance) -> None:
    """Give the Chair's role to the person present whom a 'Chair: X' line names, when the
    attendance list itself does not say who chaired."""
    if any(a.role and re.search(r"\bchair", a.role, re.I) and not re.search(r"\b(?:vice|deputy)\b", a.role, re.I)
           for a in out.present):
        return  # the list names its Chair (a Vice Chairman is not the Chair)
    for line in lines:
        match = _CHAIR_LINE.match(line.text.strip())
        if not match:
            continue
        for index, person in enumerate(out.present):
            if _same(person, match["name"]) and not person.role:
                out.present[index] = person.model_copy(update={"role": "Chair"})
                return
        if re.match(r"\W*(?:in\s+the\s+chair|chair(?:man|woman|person)?\s*:)", line.text, re.I):
            # 'In the Chair: Cllr A Smith' / 'Chair: Cllr A Smith' over a 'Present:' list that does
            # not name the Chair again
            try:
                chair = parse_attendee(match["name"].strip(" .,"))
            except ParseError:
                continue
            out.present.insert(0, chair.model_copy(update={"role": chair.role or "Chair",
                                                           "evidence": evidence_of(line.page, line.bbox)}))
            return


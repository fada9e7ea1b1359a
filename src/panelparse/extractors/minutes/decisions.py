"""Decisions in a minute: 'RESOLVED that ...', 'It was resolved that: 1. ... 2. ...', a
'Decision' heading over its text, 'Committee resolved to: i) ... ii) ...', and US
'RESULT / MOTION BY / SECOND / AYES' blocks. One decision per resolution block."""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Optional, Sequence, Union

from ...layout import Line
from ...layout.query import Paragraph, join_lines, union_bbox
from ...models.documents import Decision
from ...parsing import find_times, split_sentences
from ..base import evidence_of
from .items import minute_paragraphs
from .settings import ELECTED_POSTS
from .votes import COUNT_LINE, VOTE_LINE, labelled, movers, outcome_of, read_votes, without_seconding

# The bodies a committee recommends to: 'RECOMMENDED TO COUNCIL', 'Recommendation to Cabinet'.
_TO = "council|cabinet|executive|authority|board"
_DECISION_LABEL = re.compile(
    # a Welsh council's bilingual 'PENDERFYNWYD / RESOLVED:' ('RESOLVED / PENDERFYNWYD')
    r"^\W*(?:penderfynwyd\s*/\s*)?(?:decisions?|resolved(?:\s*/\s*penderfynwyd)?|resolutions?|agreed|decided|recommendations?\s+agreed"
    # 'RECOMMENDED TO COUNCIL:', 'Recommendation to Full Council –' over what was recommended
    rf"|(?:recommended|resolved\s+to\s+recommend)(?:\s+to\s+(?:the\s+)?(?:full\s+)?(?:{_TO}))?"
    rf"|recommendations?\s+to\s+(?:the\s+)?(?:full\s+)?(?:{_TO}))"
    r"\s*[:.\-–]?\s*$",
    re.I,
)
_CUE = re.compile(
    # 'RESOLVED that', 'Unanimously agreed to ...', 'Duly resolved', 'RECOMMENDED to Council that ...'
    # a numbered paragraph's 'RESOLVED', also '1.2 RESOLVED: That ...'
    r"^\W*(?:\d{1,3}[.)]\s*|\d{1,3}(?:\.\d{1,3}){1,2}\.?\s+)?(?:(?:unanimously|duly)\s+)?"
    # a Welsh council's bilingual 'PENDERFYNWYD / RESOLVED: that ...', 'CYTUNWYD / AGREED'
    r"(?:(?:penderfynwyd|cytunwyd)\s*/\s*)?(?:resolved|agreed|decided|approved|recommended)\b"
    r"|\bit\s+was\s+(?:\w+\s+)?(?:resolved|agreed|decided|recommended)\b"
    # 'The Committee RESOLVED', 'All Councillors agreed that', 'The Panel approved the minutes',
    # 'The Group noted the KPIs', 'All agreed this was a true record'.
    r"|\b(?:committee|panel|cabinet|council|board|commission|sub-committee|meeting|members|forum|group|"
    # 'The Committee voted unanimously to approve ...' (a vote to adjourn the meeting is an event)
    r"councillors|authority|all|they|we)\s+(?:\w+ly\s+)?(?:resolved|resolves|decided"
    r"|voted(?:\s+\w+ly)?\s+(?=to\s+(?!adjourn|suspend|extend|continue)\w)"
    r"|agreed(?=\s+(?:that|this|unanimously|to\s+(?!the\b)[a-z]+|the\s+(?:minutes|recommendations?|accounts)\b))"
    # 'Members received and noted the minutes.'
    r"|approved(?=\s+the\b)|(?:received\s+and\s+)?noted(?=\s+the\b))\b"
    r"|\ball\s+(?:approved|agreed)\b"
    # 'The proposal was agreed by all.', 'The recommendation was approved.'
    r"|\b(?:proposal|motion|recommendations?)\s+(?:was|were)\s+(?:\w+ly\s+)?(?:agreed|approved|carried|adopted)\b"
    # 'The actions and minutes from the last meeting were approved.'
    r"|\b(?:minutes|actions?|notes)\b[^.]{0,60}?\b(?:was|were)\s+(?:\w+ly\s+)?(?:approved|agreed|accepted|confirmed)\b"
    # '• The AGAR was approved and signed', '• The audited Year End accounts were approved'
    r"|^\W*(?:the\s+)?(?:[\w'/&-]+\s+){1,6}?(?:was|were)\s+(?:\w+ly\s+)?(?:approved|adopted|ratified)\b"
    # '... were checked for accuracy and content, agreed as a true record of the meeting'
    r"|\b(?:agreed|approved|accepted|confirmed|adopted|proposed|ratified)\s+as\s+(?:a\s+)?(?:true|correct|accurate)"
    r"\s+record\b"
    r"|^\W*(?:\d{1,3}[.)]\s*)?(?:decision|resolution)\s*[:\-–]\s*\S"
    # an election at an annual meeting: 'Miss Jones was elected as Vice-Chair for the ensuing year'
    rf"|\b(?:was|were)\s+(?:\w+ly\s+)?(?:re-?)?elected\s+(?:as\s+)?(?:the\s+)?(?:[\w'’-]+\s+){{0,3}}?"
    rf"(?:{ELECTED_POSTS})\b",
    re.I,
)
_MOTION_RESULT = re.compile(
    r"\bmotion\b.*\b(?:carried|lost|defeated|fell|approved|failed)\b"
    r"|\b(?:was|were)\s+(?:declared\s+)?(?:carried|lost)\b",
    re.I,
)
# What a member moved, worded as the object of 'proposed' or 'moved' ('proposed the adoption of the budget',
# 'moved acceptance of the quote'), not 'that ...', 'by ...', 'as a true record' nor a word standing for a
# motion printed elsewhere ('proposed it', 'moved the motion', 'proposed their approval').
_OBJECT = (r"(?P<o>(?!(?:that|by|as|and|to\s+the\s+meeting|it|this|these|them|their|his|her|its"
           r"|(?:the|an?|a\s+further)\s+(?:motion|amendment|proposal|same|above))\b)(?-i:[a-z])[^.;]*?)\s*")
_MEMBER = r"(?:cllr|councillor|cyng|mr|mrs|ms|miss|dr)\.?\s"
# ... then the seconder: '; Cllr Birch seconded', ', seconded by Cllr Birch', '. Councillor Shaw seconded.'
_SECONDER_AFTER = (rf"(?:[,;]|\.(?=\s+[A-Z]))\s+(?:and\s+)?(?:(?:(?:this|which|it)\s+was\s+)?seconded\s+by\s+{_MEMBER}"
                   rf"|{_MEMBER}[^.;]{{1,40}}?\bseconded\b)")
_OBJECT_WORDING = re.compile(rf"\b(?:moved|proposed)\s+{_OBJECT}{_SECONDER_AFTER}", re.I)
# 'moved by X and seconded by Y: that ...', 'It was proposed by X, seconded by Y and agreed that',
# 'X moved and Y seconded that ...', 'On the motion of X, seconded by Y'.
_MOTION = re.compile(
    r"\b(?:moved|proposed)\s+by\b|\bon\s+the\s+(?:proposal|motion)\s+of\b|\bmotion\s+(?:was\s+)?(?:made\s+)?by\b"
    # 'The proposal from Cllr Cole, seconded by Cllr Birch, that ... was agreed.'
    r"|\b(?:the|a)\s+(?:proposal|motion)\s+(?:of|from|by)\s+[^.;]{1,60}?\bseconded\s+by\b"
    r"|\b(?:moved|proposed)\s*(?:,|and|\s+that|\([A-Z]{2,4}\)\s*(?:&|and|,)?)\s*.*\bseconded\b"
    # 'Cllr Cole proposed the adoption of the budget; Cllr Birch seconded.': the motion in the mover's words
    rf"|\b(?:moved|proposed)\s+{_OBJECT}{_SECONDER_AFTER}"
    # 'Cllr Quinn moved an amendment, seconded by Cllr Rahman, that ...'
    r"|\b(?:moved|proposed)\s+(?:an?|the|a\s+further)\s+(?:amendment|motion)\b.*\bseconded\b"
    # 'Proposed Cllr Baker, seconded Cllr Clarke, all in favour, that ...', 'Moved Cllr Baker, seconded
    # Cllr Clarke', 'Proposed – Cllr Baker, Seconded – Cllr Clarke', 'Prop. AB, Sec. CD'
    r"|\b(?:proposed|moved|prop\b\.?)\s*(?:[-–]\s*)?(?:cllr|councillor|mr|mrs|ms|dr|(?-i:[A-Z]{2,4}\b)).{1,60}?"
    r"\b(?:seconded|sec\b\.?)\s*(?:[-–]\s*)?(?:cllr|councillor|mr|mrs|ms|dr|(?-i:[A-Z]{2,4}\b))",
    re.I,
)
# What the motion proposed: the words after 'that' (or after the colon before it).
_MOTION_WORDING = re.compile(r"(?::\s*|\b)that\s+(?P<w>.+)$|:\s*(?P<c>\S.+)$", re.I | re.S)
# 'On being put to the vote the amendment was LOST.', 'The motion was carried.', 'Motion fell.'
_RESULT_ONLY = re.compile(
    r"^\W*(?:(?:up)?on\s+being\s+put\s+to\s+(?:the\s+)?(?:a\s+)?vote,?\s+)?(?:the\s+)?(?:substantive\s+)?"
    r"(?:motion|amendment|recommendation|proposal|resolution)s?\s+(?:was|were)\s+(?:declared\s+)?"
    r"(?:carried|lost|defeated|approved|agreed|rejected|withdrawn|fell|passed)\b[^.(]*\.?(?:\s*\([^()]*\)?)?\.?\s*$"
    r"|^\W*(?:the\s+)?(?:motion|amendment)\s+(?:fell|falls|was\s+withdrawn)\W*$"
    # 'Carried.', 'Motion lost.', 'Not carried.', 'Resolution passed.' on a line of their own
    r"|^\W*(?:(?:the\s+)?(?:motion|amendment|proposal|resolution)\s+)?(?:not\s+)?(?:carried|lost|defeated|fell"
    r"|passed)(?:\s+unanimously)?\W*$",
    re.I,
)
_LIST_MARK = re.compile(r"^\s*\(?(?:\d{1,2}|[a-z]|[ivx]{1,4})[.)]\s+", re.I)
# A paragraph's own number: '12. ', '1.2 ', '2.1. '.
_PARA_NUMBER = re.compile(r"^\s*(?:\d{1,3}[.)]|\d{1,3}(?:\.\d{1,3}){1,2}\.?)\s+")
# '... resolved to:' at the end, or '... resolved to: i) ...' opening a list of parts.
_OPENS_LIST = re.compile(r":\s*(?:$|\(?(?:\d{1,2}|[a-z]|[ivx]{1,4})[.)]\s)", re.I)


@dataclass
class _VoteBlock:
    lines: list[Line]

    @property
    def text(self) -> str:
        return " ".join(ln.text for ln in self.lines)


@dataclass
class _Piece:
    """Sentences of a paragraph that hold one motion, one result or one vote line; the
    paragraph's lines stand as its evidence."""

    lines: list[Line]
    text: str
    bullet: bool = False


Unit = Union[Paragraph, _VoteBlock, _Piece]


def _opens_piece(sentence: str) -> bool:
    return bool(_MOTION.search(sentence) or _RESULT_ONLY.match(sentence) or COUNT_LINE.match(sentence))


_BRACKET_THEN_CAPITAL = re.compile(r"\([^()]{1,80}\)\s+(?=[A-Z])")


def _sentences(text: str) -> list[str]:
    """split_sentences, also cutting after a bracketed count that ends one ('... was LOST.
    (3 for, 6 against, 1 abstention) The substantive motion ...')."""
    out = []
    for sentence in split_sentences(text):
        start = 0
        for match in _BRACKET_THEN_CAPITAL.finditer(sentence):
            bracket = match.group(0).rstrip()
            if COUNT_LINE.match(bracket):
                out.append(sentence[start:match.start() + len(bracket)].strip())
                start = match.end()
        out.append(sentence[start:].strip())
    return [s for s in out if s]


def _split_motions(units: list[Unit]) -> list[Unit]:
    """Cut a paragraph that runs a motion, its result and its vote (or an amendment and then the
    substantive motion) together into one piece each, so each gets its own decision."""
    out: list[Unit] = []
    for unit in units:
        sentences = _sentences(unit.text) if isinstance(unit, Paragraph) else []
        if len(sentences) < 2 or not any(_opens_piece(s) for s in sentences[1:]):
            out.append(unit)
            continue
        pieces: list[list[str]] = [[]]
        for sentence in sentences:
            if _opens_piece(sentence) and pieces[-1]:
                pieces.append([])
            pieces[-1].append(sentence)
        out += [_Piece(list(unit.lines), " ".join(p)) for p in pieces if p]
    return out


def _units(lines: Sequence[Line]) -> list[Unit]:
    """Paragraphs and vote blocks (runs of 'LABEL: value' lines) in order."""
    units: list[Unit] = []
    pending: list[Line] = []
    for line in lines:
        is_vote = bool(VOTE_LINE.match(line.text) or COUNT_LINE.match(line.text))
        if is_vote and pending and pending[-1].text.count("(") > pending[-1].text.count(")"):
            is_vote = False  # '... next meeting. (5 for,' / '2 against, 1 abstention)': one bracket
        continues_vote = (
            units
            and isinstance(units[-1], _VoteBlock)
            and not pending
            and not is_vote
            and (line.x0 > units[-1].lines[-1].x0 + 20 or _label_only(units[-1].lines[-1].text))
            and not _CUE.match(line.text)  # 'RESOLVED that ...' under the vote is no voter's name
            and line.top - units[-1].lines[-1].bottom < line.size
        )
        if is_vote or continues_vote:
            units += _paras(pending)
            pending = []
            if (
                units
                and isinstance(units[-1], _VoteBlock)
                and (continues_vote or _same_block(units[-1], line))
            ):
                units[-1].lines.append(line)
            else:
                units.append(_VoteBlock([line]))
        else:
            pending.append(line)
    return units + _paras(pending)


def _paras(lines: Sequence[Line]) -> list[Paragraph]:
    """Paragraphs, a line opening 'ACTION: ...' set close under a resolution one of its own."""
    out: list[Paragraph] = []
    for para in minute_paragraphs(lines):
        cuts = [k for k, ln in enumerate(para.lines) if k and _ACTION.match(ln.text)]
        for start, end in zip([0, *cuts], [*cuts, len(para.lines)], strict=True):
            out.append(Paragraph(tuple(para.lines[start:end])))
    return out


def _label_only(text: str) -> bool:
    """A vote label with its names on the lines below: a recorded vote's 'For (4)'."""
    # 'Abstain (0)': a count of none, no names below it
    return any(not re.sub(r"^\(\d+\)", "", value).strip() and not re.match(r"\(0+\)", value)
               for value in labelled(text).values())


def _same_block(block: _VoteBlock, line: Line) -> bool:
    last = block.lines[-1]
    return line.page != last.page or line.top - last.bottom < 1.5 * line.size


def _evidence(units: Sequence[Unit]):
    lines = [ln for u in units for ln in u.lines]
    page = lines[0].page
    return evidence_of(page, union_bbox(ln.bbox for ln in lines if ln.page == page))


def _text(unit: Unit) -> str:
    return unit.text if isinstance(unit, _Piece) else join_lines(ln.text for ln in unit.lines)


def _is_list_part(unit: Unit, base_x0: float, same_column: bool) -> bool:
    if not isinstance(unit, Paragraph) or not (_LIST_MARK.match(unit.text) or unit.bullet):
        return False
    x0 = unit.lines[0].x0
    return x0 >= base_x0 - 3 if same_column else x0 > base_x0 + 3 or unit.bullet


def _parts(units: Sequence[Unit], start: int, base_x0: float, same_column: bool) -> int:
    """Index after the numbered / lettered parts that follow units[start - 1]."""
    end = start
    while end < len(units) and _is_list_part(units[end], base_x0, same_column):
        end += 1
    return end


def _from_cue(text: str) -> str:
    """The paragraph from its resolving sentence: 'Cllrs Ives and Ward. Committee resolved ...'."""
    parts = split_sentences(text)
    start = next((i for i, s in enumerate(parts) if _CUE.search(s)), 0)
    return " ".join(parts[start:]) if parts else text


def _decision(
    units: Sequence[Unit], lead: Optional[Unit], title: str, cue: bool = False
) -> Decision:
    # The minute's own paragraph number goes; the numbered parts of the resolution stay, their
    # first too ('Resolved:' / '1. To note the report.' / '2. To approve ...').
    whole = "\n".join(_text(u) for u in units)
    first = _text(units[0])
    if not (re.match(r"^\s*1[.)]\s", first) and re.search(r"(?:^|\s)2[.)]\s", whole)):
        first = _PARA_NUMBER.sub("", first, count=1)
    body = _without_movements("\n".join([_PARA_NUMBER.sub("", _from_cue(first), count=1) if cue else first]
                                        + [_text(u) for u in units[1:]]))
    context = " ".join(_text(u) for u in ([lead] if lead else []) + list(units))
    proposer, seconder = movers(context)
    return Decision(
        text=body or title,
        proposer=proposer,
        seconder=seconder,
        outcome=outcome_of(context),
        votes=read_votes(context),
        evidence=_evidence(units),
    )


# A member coming or going at a time ('Cllr Evans left the meeting at 8.20pm.'): an event, no part
# of the resolution it follows.
_MOVEMENT = re.compile(r"\b(?:left|arrived|joined|rejoined|returned|withdrew|departed)\b", re.I)


def _movers_sentence(sentence: str) -> bool:
    """'Proposed: Cllr Cole, Seconded: Cllr Birch' printed after the resolution: who moved it (read
    into proposer and seconder), no part of what was resolved."""
    return (bool(_MOVERS_FIRST.match(sentence)) and any(movers(sentence)) and not re.search(r"\bthat\b", sentence, re.I)
            and outcome_of(sentence) is None and read_votes(sentence) is None)


def _without_movements(body: str) -> str:
    """The decision's text without the arrivals and departures, or the movers, printed after it."""
    sentences = split_sentences(body)
    kept = len(sentences)
    while kept > 1 and (_MOVEMENT.search(sentences[kept - 1]) and find_times(sentences[kept - 1])
                        or _movers_sentence(sentences[kept - 1])):
        kept -= 1
    cut = body.find(sentences[kept]) if kept < len(sentences) else -1
    return body[:cut].rstrip() if cut > 0 else body


def _motion_text(units: Sequence[Unit], i: int, used: set[int]) -> Optional[int]:
    """Index of the paragraph a vote block decides: the nearest free, non-bold one above it."""
    for j in range(i - 1, -1, -1):
        if j in used or isinstance(units[j], _VoteBlock):
            return None
        if not all(ln.bold for ln in units[j].lines):
            return j
    return None


def _vote_decision(
    units: Sequence[Unit], i: int, used: set[int], title: str, motion_index: Optional[int] = None
) -> Decision:
    """A vote block and the motion it decides (the paragraph above, unless given)."""
    block = units[i]
    j = motion_index if motion_index is not None else _motion_text(units, i, used)
    motion = _text(units[j]) if j is not None else ""
    used.update([i] + ([j] if j is not None else []))
    proposer, seconder = movers(block.text)
    prose = movers(motion)
    if motion:
        text = _from_cue(_PARA_NUMBER.sub("", motion))
    else:  # 'Proposed: X Seconded: Y Vote: Unanimous. Resolved to ...': the block says what it decided
        said = [s for s in split_sentences(block.text) if _CUE.search(s)]
        text = _from_cue(block.text) if said else title
    return Decision(
        text=text,
        proposer=proposer or prose[0],
        seconder=seconder or prose[1],
        outcome=outcome_of(block.text) or outcome_of(motion),
        votes=read_votes(block.text),
        evidence=_evidence([units[j], block] if j is not None else [block]),
    )


def _label_decision(
    units: Sequence[Unit], i: int, used: set[int], title: str
) -> Optional[Decision]:
    """'Decision' heading: the paragraph under it (and its parts); the lead-in gives movers."""
    if i + 1 >= len(units) or not isinstance(units[i + 1], (Paragraph, _Piece)):
        return None
    end = _parts(
        units,
        i + 2,
        units[i + 1].lines[0].x0,
        same_column=bool(_LIST_MARK.match(units[i + 1].text)),
    )
    lead = _lead(units, i, used)
    used.update(range(i, end))
    decision = _decision(units[i + 1 : end], lead, title)
    # 'RESOLVED:' over '(1) The register be noted; ...': the label says what the meeting did.
    said = outcome_of(_text(units[i]))
    if decision is not None and said and decision.outcome in (None, "noted", "agreed", "approved", "decided"):
        decision = decision.model_copy(update={"outcome": said})
    return decision


def _lead(units: Sequence[Unit], i: int, used: set[int]) -> Optional[Unit]:
    """The paragraph that moved the decision at units[i]: the nearest one above naming a
    proposer, back to the previous decision; else the paragraph straight above."""
    for j in range(i - 1, -1, -1):
        if j not in used and _movers_only(units[j]):
            return units[j]
        if j in used or isinstance(units[j], _VoteBlock):
            break
        if any(movers(_text(units[j]))):
            return units[j]
    above = units[i - 1] if i and i - 1 not in used else None
    return above if isinstance(above, Paragraph) else None


def _cue_decision(units: Sequence[Unit], i: int, used: set[int], title: str) -> Optional[Decision]:
    unit = units[i]
    text = _text(unit)
    if i + 1 < len(units) and isinstance(units[i + 1], _VoteBlock):
        return _vote_decision(
            units, i + 1, used, title, motion_index=i
        )  # the vote below records it
    if text.rstrip().endswith(":") and re.search(
        r"\b(?:resolved|agreed|decided)\s*(?:[-–—]\s*)?(?:that|to)?\s*:$", text, re.I  # 'RESOLVED – That:'
    ):
        nxt = i + 1
        if nxt < len(units) and _DECISION_LABEL.match(_text(units[nxt])):
            return None  # the label below opens the decision; this paragraph is its lead-in
        # its parts: '(1) ...', '(2) ...' indented under it, or in its own column when marked
        marked = nxt < len(units) and bool(_LIST_MARK.match(_text(units[nxt])))
        end = _parts(units, nxt, unit.lines[0].x0, same_column=marked)
        if end == nxt and nxt < len(units) and isinstance(units[nxt], Paragraph):
            end = nxt + 1  # 'it was resolved:' over a plain paragraph
        used.update(range(i, end))
        return _decision(units[i:end], None, title, cue=True)
    end = (
        _parts(units, i + 1, unit.lines[0].x0, same_column=False)
        if _OPENS_LIST.search(text)
        else i + 1
    )
    lead = _lead(units, i, used)
    used.update(range(i, end))
    return _decision(units[i:end], lead, title, cue=True)


def _motion_decision(units: Sequence[Unit], i: int, used: set[int], title: str) -> Optional[Decision]:
    """A motion or amendment ('moved by X and seconded by Y: that ...'), with the result and vote
    lines that follow it. None when the paragraph only moves what a resolution below records
    ('Moved by X, seconded by Y.', 'the Leader proposed ... the above motion'): it leads that."""
    text = _PARA_NUMBER.sub("", _text(units[i]), count=1)
    resolved = _from_cue(text)
    # 'Moved by X, seconded by Y. RESOLVED: that ...'; not '... that Z. The motion was carried (7 for).',
    # whose result sentence records how the motion above it went, nor '... that the minutes be
    # approved. Unanimously agreed and signed by the Chair.', a bare result saying no more
    bare = _bare_result(text)
    if resolved != text and _CUE.search(resolved) and not _RESULT_ONLY.match(resolved) and not bare:
        proposer, seconder = movers(text)
        used.add(i)
        decision = Decision(text=_without_movements(resolved), proposer=proposer, seconder=seconder,
                            outcome=outcome_of(resolved),
                            votes=read_votes(text), evidence=_evidence([units[i]]))
        return _with_followers(decision, units, i + 1, used)
    movers_at = _MOTION.search(text)
    wording = _MOTION_WORDING.search(text, movers_at.start()) if movers_at else None
    proposer, seconder = movers(text)
    said = (wording["w"] or wording["c"]).strip() if wording else text
    worded, seconding = without_seconding(said) if wording else (text, "")
    # '... be accepted, this was seconded by Cllr Nathan and agreed by majority vote': the result in the seconding
    seconded = outcome_of(seconding) if seconding else None
    moved = _OBJECT_WORDING.search(text) if wording is None else None
    if moved:
        worded = moved["o"]  # 'Cllr Cole proposed the adoption of the budget; Cllr Birch seconded.'
    worded = _LEAD_IN_AFTER.sub("", worded)  # '... the proposed precept. A recorded vote was taken:'
    outcome = outcome_of(_result_part(text, wording)) or (outcome_of(bare) if bare else None) or seconded
    trailing = _TRAILING_RESULT.search(worded) if _PROPOSAL_SUBJECT.match(text) else None
    if trailing:  # 'The proposal from X, seconded by Y, that Z was agreed.': Z, agreed
        worded, outcome = worded[: trailing.start()] + ".", outcome or outcome_of(f"The motion{trailing.group(0)}")
    worded = worded[: len(worded) - len(bare)].strip() if bare and worded.endswith(bare) else worded
    worded = _unquoted(worded)
    decision = Decision(
        text=worded,
        proposer=proposer,
        seconder=seconder,
        outcome=outcome,
        votes=read_votes(text),
        evidence=_evidence([units[i]]),
    )
    probe: set[int] = set(used) | {i}
    decision = _with_followers(decision, units, i + 1, probe)
    if decision.outcome is None and decision.votes is None and (
            wording is None and moved is None or _resolution_follows(units, i)):
        return None
    used.update(probe)
    return decision


def _unquoted(wording: str) -> str:
    """A motion's wording without the quotes it was printed in ('"This Council declares ... ."')."""
    quoted = re.fullmatch(r"[\"“](?P<w>[^\"“”]+)[\"”]\.?", wording.strip())
    return quoted["w"].strip() if quoted else wording


# A motion named as the subject of its own result: 'The proposal from X, seconded by Y, that Z was
# agreed.' — the result closes the sentence after the wording.
_PROPOSAL_SUBJECT = re.compile(r"^\W*(?:the|a)\s+(?:proposal|motion|amendment)\b", re.I)
_TRAILING_RESULT = re.compile(
    r"\s+(?:was|were)\s+(?:\w+ly\s+)?(?:agreed|carried|approved|passed|lost|rejected|defeated)"
    r"(?:\s+\w+ly|\s+by\s+all|\s+by\s+\w+\s+votes?\s+to\s+\w+|\s*\([^()]*\))*\.?$", re.I)


# 'Unanimously agreed and signed by the Chair.', 'Agreed by all.', 'All agreed, the Resolution was
# passed.': how a motion went, no wording.
_BARE_RESULT = re.compile(
    r"^\W*(?:(?:unanimously|duly|all)\s+)?(?:agreed|approved|carried|resolved)\b(?![^.]*\b(?:that|to)\b)", re.I)


# A sentence after a motion's wording that leads in to the vote below it ('A recorded vote was taken:').
_LEAD_IN_AFTER = re.compile(r"(?<=\.)\s+[A-Z][^.:]*:\s*$")


def _bare_result(text: str) -> str:
    """The sentences from a bare result after a motion's wording ('... that Z. All agreed.'), or ''."""
    resolved = _from_cue(text)
    return (resolved if resolved != text and _BARE_RESULT.match(resolved)
            and _MOTION_WORDING.search(text[: len(text) - len(resolved)]) else "")


def _resolution_follows(units: Sequence[Unit], i: int) -> bool:
    """A resolution (or decision heading) follows within the next few paragraphs."""
    for unit in units[i + 1 : i + 8]:
        text = _text(unit)
        if _CUE.search(text) or _DECISION_LABEL.match(text):
            return True
        if _MOTION.search(text):
            return False
    return False


def _result_part(text: str, wording: Optional[re.Match[str]]) -> str:
    """Where a motion's outcome is printed: before its wording ('seconded by Y and unanimously
    agreed that') or in a sentence after it ('... frozen. The motion was LOST.'), never inside
    the wording ('that the minutes be agreed' proposes, it does not record)."""
    head = text[: wording.start()] if wording else text
    # '... take up the position of Chairman. As there were no other proposals, Cllr M Cain was elected.'
    tail_result = re.search(r"(?:\.|;)\s*([^.;]*\b(?:carried|lost|defeated|fell|withdrawn|(?:was|were)\s+(?:\w+ly\s+)?"
                            r"(?:re-?)?elected)\b[^.;]*)", text, re.I)
    return head + (" " + tail_result.group(1) if tail_result else "")


# 'All in favour.', 'Unanimous.', 'Carried unanimously.' on a line of its own under a motion or
# its 'Proposed: / Seconded:' lines: how the vote went.
_TALLY_ONLY = re.compile(
    r"^\W*(?:all\s+(?:were\s+)?in\s+favou?r|unanimous(?:ly)?(?:\s+(?:agreed|carried|approved|resolved))?"
    r"|(?:carried|agreed|approved)\s+(?:unanimously|by\s+all))\W*$",
    re.I,
)


def _kind_of(unit: Unit) -> str:
    if isinstance(unit, _VoteBlock):
        return "vote"
    text = _text(unit)
    if COUNT_LINE.match(text) or _TALLY_ONLY.match(text):
        return "vote"
    if _RESULT_ONLY.match(text):
        return "result"
    return "other"


def _with_followers(decision: Decision, units: Sequence[Unit], start: int, used: set[int]) -> Decision:
    """Attach the result line ('the amendment was LOST') and vote counts printed under a decision."""
    update: dict = {}
    j = start
    # '... of 18,450 pounds be' / (page break) 'accepted.': the motion's wording carries on first.
    if (j < len(units) and j not in used and not re.search(r"[.;:!?]\s*$", decision.text)
            and _text(units[j])[:1].islower() and _kind_of(units[j]) not in ("result", "vote")):
        update["text"] = f"{decision.text} {_text(units[j])}"
        used.add(j)
        j += 1
    while j < len(units) and j not in used and _kind_of(units[j]) in ("result", "vote"):
        text = _text(units[j])
        if _kind_of(units[j]) == "result" and "outcome" not in update:
            update["outcome"] = outcome_of(text)
            if decision.votes is None and (votes := read_votes(text)) is not None:
                update["votes"] = votes  # 'the motion was CARRIED. (6 for, 2 against, 0 abstentions)'
        elif decision.votes is None and "votes" not in update and (votes := read_votes(text)) is not None:
            update["votes"] = votes
            if not (decision.proposer or decision.seconder) and any(movers(text)):
                update["proposer"], update["seconder"] = movers(text)
            if outcome := update.get("outcome") or decision.outcome or outcome_of(text):
                update["outcome"] = outcome  # else a 'Carried.' below the counts still says how it went
        else:
            break
        used.add(j)
        j += 1
    return decision.model_copy(update=update) if update else decision


# 'Action: X to do Y. Due: March 2011', 'Actions: ...': what the meeting decided someone does.
_ACTION = re.compile(r"^\W*actions?\s*(?:points?)?\s*[:\-–]\s*\S", re.I)


def _action(units: Sequence[Unit], i: int, used: set[int]) -> Decision:
    """An action recorded in the minutes, kept whole; its outcome is 'action'."""
    used.add(i)
    text = re.sub(r"^\W*actions?\s*(?:points?)?\s*[:\-–]\s*", "", _text(units[i]), flags=re.I)
    return Decision(text=text, outcome="action", evidence=_evidence([units[i]]))


def _movers_only(unit: Unit) -> bool:
    """'Proposed: NL   Seconded: EQ' with no result or count: it moves the resolution below."""
    if not isinstance(unit, _VoteBlock):
        return False
    text = unit.text
    return any(movers(text)) and read_votes(text) is None and outcome_of(text) is None


def _has_cue(text: str) -> bool:
    """A resolution cue opening the paragraph or one of its sentences ('... the highway
    authority. AGREED by a majority that ...'), or printed in capitals anywhere ('... Total
    3,508.93 AGREED unanimously that the payments ... be approved', a table run into it)."""
    return (bool(_CUE.search(text)) or any(_CUE.match(s) for s in split_sentences(text)[1:])
            or bool(_CAPS_CUE.search(text)))


# 'RESOLVED that', 'AGREED unanimously that', 'AGREED by a majority to': capitals mark a decision.
_CAPS_CUE = re.compile(r"\b(?:RESOLVED|AGREED|DECIDED)\b(?:\s+(?:unanimously|by\s+a\s+majority))?\s+(?:that|to)\b")


# A paragraph cut mid-phrase ('... and seconded by U' / page break / 'Orchardson: that ...').
_CUT_OFF = re.compile(r"(?:\b(?:by|and|of|the|to|for|with|from)|\b[A-Z])\s*$")


def _rejoined(units: list[Unit]) -> list[Unit]:
    """Paragraphs a page or table break cut mid-phrase, joined back into one."""
    out: list[Unit] = []
    for unit in units:
        previous = out[-1] if out else None
        if (isinstance(unit, Paragraph) and isinstance(previous, Paragraph) and not unit.bullet
                and _CUT_OFF.search(previous.text) and not _LIST_MARK.match(unit.text)
                and not re.match(r"\W*\(?\d{1,3}[.)]", unit.text)):
            out[-1] = Paragraph(previous.lines + unit.lines)
        else:
            out.append(unit)
    return out


def read_decisions(runs: Sequence[Sequence[Line]], title: str) -> list[Decision]:
    """Every resolution block of a minute (its line runs between tables), in order: resolutions,
    decision headings, motions and amendments each with its own result and vote, vote blocks."""
    units = _split_motions(_rejoined([u for run in runs for u in _units(run)]))
    used: set[int] = set()
    found: list[Decision] = []
    for i, unit in enumerate(units):
        if i in used:
            continue
        decision = None
        text = _text(unit)
        if _movers_only(unit) and i + 1 < len(units) and (
                _has_cue(_text(units[i + 1])) or _DECISION_LABEL.match(_text(units[i + 1]))):
            continue  # the resolution below takes its movers from it
        if _ACTION.match(text):
            decision = _action(units, i, used)
        elif isinstance(unit, _VoteBlock) or COUNT_LINE.match(text):
            decision = _vote_unit_decision(units, i, used, title)
        elif _DECISION_LABEL.match(text):
            decision = _label_decision(units, i, used, title)
        elif _MOTION.search(text) and (not _CUE.search(text) or _bare_result(_PARA_NUMBER.sub("", text, count=1))):
            decision = _motion_decision(units, i, used, title)
        elif _has_cue(text) or _MOTION_RESULT.search(text):
            decision = _cue_decision(units, i, used, title)
        if decision is not None:
            if not _MOTION.search(text):
                decision = _with_followers(decision, units, max(used) + 1 if used else i + 1, used)
            found.append(decision)
        elif found and i - 1 in used and _movers_of_previous(text, found[-1]):
            # 'RESOLVED that the application be approved. (Proposed by Cllr Lee, seconded by Cllr
            # Khan)': the movers printed after the resolution, with nothing else
            found[-1] = found[-1].model_copy(update=dict(zip(("proposer", "seconder"), movers(text), strict=True)))
            used.add(i)
    return _movers_after(found)


# A sentence that only says a vote follows: 'A recorded vote was requested.', 'The voting was as follows:'.
_VOTE_LEAD_IN = re.compile(
    r"^\W*(?:(?:a|the)\s+)?(?:recorded|named)\s+vote\s+(?:was|being)\s+(?:duly\s+)?(?:requested|taken|called(?:\s+for)?"
    r"|held|demanded)\b[^.:]*[.:]?\s*$|^\W*(?:the\s+)?(?:voting|votes?)\s+(?:was|were)\s+(?:recorded\s+)?as\s+follows\W*$",
    re.I)


def _votes_resolution_below(units: Sequence[Unit], i: int, used: set[int]) -> bool:
    """A recorded vote with no motion above it, only a lead-in ('A recorded vote was requested.') or
    nothing, then 'RESOLVED that ...': the vote is the resolution's."""
    above = units[i - 1] if i and i - 1 not in used else None
    said = _text(above) if above is not None else ""
    # '... Members asked about the use of reserves. A recorded vote was taken:': a debate, then the lead-in
    led_in = (bool(said) and _VOTE_LEAD_IN.match(split_sentences(said)[-1])
              and not (_MOTION.search(said) or _has_cue(said)))
    if above is not None and not (_VOTE_LEAD_IN.match(said) or led_in):
        return False
    below = _text(units[i + 1]) if i + 1 < len(units) and i + 1 not in used else ""
    return (not isinstance(units[i + 1] if below else None, _VoteBlock) and bool(below) and _has_cue(below)
            and not _MOTION.search(below) and read_votes(below) is None)


def _vote_unit_decision(units: Sequence[Unit], i: int, used: set[int], title: str) -> Optional[Decision]:
    """The decision a vote block records: the motion above it, or the resolution below it."""
    if not _votes_resolution_below(units, i, used):
        return _vote_decision(units, i, used, title)
    used.update({i, i - 1} if i and _VOTE_LEAD_IN.match(_text(units[i - 1])) else {i})
    decision = _cue_decision(units, i + 1, used, title)
    if decision is not None and decision.votes is None:
        decision = decision.model_copy(update={"votes": read_votes(_text(units[i]))})
    return decision


def _movers_of_previous(text: str, previous: Decision) -> bool:
    return (not (previous.proposer or previous.seconder) and bool(_MOVERS_FIRST.match(text))
            and movers(text)[0] is not None and outcome_of(text) is None and not re.search(r"\bthat\b", text, re.I))


def _movers_after(found: list[Decision]) -> list[Decision]:
    """'Resolved: to approve payments ... Proposed Cllr Davies, seconded Cllr Adams. Unanimous.':
    movers printed after a resolution that names none are that resolution's movers."""
    out: list[Decision] = []
    for decision in found:
        previous = out[-1] if out else None
        if (previous is not None and not (previous.proposer or previous.seconder)
                and (decision.proposer or decision.seconder) and _MOVERS_FIRST.match(decision.text)
                and not re.search(r"\bthat\b", decision.text, re.I)):
            out[-1] = previous.model_copy(update={
                "proposer": decision.proposer, "seconder": decision.seconder,
                "votes": previous.votes or decision.votes, "outcome": previous.outcome or decision.outcome})
            continue
        out.append(decision)
    return out


# 'Proposed by ...', 'Seconded ...', 'This was proposed by Cllr Spur.'
_MOVERS_FIRST = re.compile(r"^\W*(?:(?:this|it)\s+was\s+)?(?:proposed|moved|seconded)\b", re.I)

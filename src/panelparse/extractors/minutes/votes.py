"""Who moved and seconded a decision, and how the vote went: prose ('On the proposal of
Cllr Sheppard, seconded by Cllr Amin'), labelled lines ('MOTION BY: Mashack', 'AYES: ...',
'For: 5') and printed tallies ('[4-2-1-1]', 'UNANIMOUS', '(7 for, 2 against)')."""

from __future__ import annotations

import re
from typing import Optional

from ...models.documents import Votes
from ...parsing import COUNT_WORDS, count_of, split_names

# A full stop that ends the mover's name, not one after a title ('seconded by Cllr. Saltmarsh').
_NOT_AFTER_TITLE = r"(?<!\bCllr)(?<!\bMrs)(?<!\bMr)(?<!\bMs)(?<!\bDr)(?<!\bCoun)(?<!\bSt)(?<!\bCyng)"
_NAME_END = rf"(?:,|;|{_NOT_AFTER_TITLE}\.)"
_TITLED_NAME = r"(?:Cllr|Councillor|Cyng|Mr|Mrs|Ms|Miss|Dr)\.?\s+(?:[A-Z]\.\s*)*[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,2}"
_TITLED_OR_INITIALS = r"(?:cllr|councillor|cyng|mr|mrs|ms|dr)\.?\s+[^,.;]+?|(?-i:[A-Z]{2,4})\b"
# Members named together under one plural title or joined by 'and': 'Cllrs Cole and Birch',
# 'Cllr Cole and Cllr Birch', 'Councillors Cole & Birch'.
_SURNAME = r"[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)?"
_PAIR = rf"(?:(?:Cllrs|Councillors)\.?\s+{_SURNAME}|{_TITLED_NAME})\s+(?:and|&)\s+(?:{_TITLED_NAME}|{_SURNAME})"
_PROPOSAL = [
    # Both movers in one phrase, in order: 'Proposed and seconded by Cllrs Cole and Birch',
    # 'It was proposed and seconded (Cllrs Cole and Birch) that', 'Cllrs Ash and Birch proposed and seconded'.
    re.compile(rf"\b(?i:proposed|moved)\s+(?:and|&)\s+(?i:seconded)\s+(?:(?i:by)\s+|\(\s*)(?P<pair>{_PAIR})"),
    re.compile(rf"(?P<pair>{_PAIR})\s+(?:proposed|moved)\s+(?:and|&)\s+seconded\b"),
    # A nomination: 'Cllr Tong proposed Cllr Williams, seconded by Cllr Holiday' (Cllr Williams is
    # the nominee); 'Cllr Lee proposed that ... and Cllr Khan seconded it'.
    re.compile(
        rf"(?P<p>{_TITLED_NAME})\s+(?:proposed|nominated)\s+{_TITLED_NAME},?\s+(?:and\s+(?:was\s+)?)?seconded\s+by\s+"
        rf"(?P<s>{_TITLED_NAME})"
    ),
    re.compile(rf"(?P<p>{_TITLED_NAME})\s+(?:proposed|moved)\s+that\s+[^;]+?\s+and\s+(?P<s>{_TITLED_NAME})\s+seconded\b"),
    # the seconder in the next sentence: 'Cllr Cole moved that ... . Cllr Birch seconded the motion, which was carried.'
    re.compile(rf"(?P<p>{_TITLED_NAME})\s+(?:proposed|moved)\s+that\s+(?:(?!\b(?:proposed|moved)\b)[^;])+?\.\s+"
               rf"(?P<s>{_TITLED_NAME})\s+seconded\b"),
    # members' initials in brackets: 'Proposed (AH) & Seconded (SB) that ...', 'Proposed (AH), seconded (SB)'
    re.compile(r"\bproposed\s*\((?P<p>[A-Z]{2,4})\)\s*(?:&|and|,)?\s*seconded\s*\((?P<s>[A-Z]{2,4})\)", re.I),
    # 'Mrs. Sarah Brook proposed their approval, seconded by Mr. David Wilks': the mover named first.
    re.compile(
        # 'Councillor Lee proposed, seconded by Councillor Khan, that ...': nothing between.
        rf"(?P<p>{_TITLED_NAME})\s+(?:proposed|moved)(?:\s+(?![A-Z])[^.;]*?)?,?\s+(?:and\s+)?seconded\s+by\s+"
        rf"(?P<s>{_TITLED_NAME})"
    ),
    re.compile(
        r"\b(?:on\s+)?(?:the|a)\s+(?:proposal|motion)\s+(?:of|from|by)\s+(?P<p>.+?),?\s+(?:and\s+)?seconded\s+by\s+(?P<s>.+?)"
        rf"(?={_NAME_END}|\s+it\s+was|\s+the\s+\w+\s+(?:resolved|agreed)|$)",
        re.I,
    ),
    re.compile(
        r"\b(?:proposed|moved|motion\s+(?:was\s+)?(?:made\s+)?by)\s+(?:by\s+)?(?P<p>.+?),?\s+(?:and\s+)?"
        rf"second(?:ed)?\s+by\s+(?P<s>.+?)(?={_NAME_END}|\s+it\s+was|"
        r"\s+that\b|\s+to\s+|$)",
        re.I,
    ),
    re.compile(
        r"(?P<p>[^,.;]+?)\s+(?:made|moved|put\s+forward)\s+(?:a|the)\s+motion,?\s+seconded\s+by\s+"
        r"(?P<s>[^,.;]+?)(?=\s+to\b|[,.;]|$)",
        re.I,
    ),
    re.compile(
        r"(?P<p>[^.;]+?)\s+(?:proposed|moved)(?:\s+and|,)\s+(?P<s>[^.;]+?)\s+seconded\b", re.I
    ),
    # 'Proposed Cllr Baker, seconded Cllr Clarke, all in favour', 'Proposed MP, seconded DP' (no 'by',
    # no colon; members named by title or by their initials)
    # 'Moved Cllr Baker, seconded Cllr Clarke', 'Proposed – Cllr Baker, Seconded – Cllr Clarke', a
    # clerk's shorthand '(Prop. Cllr Baker, Sec. Cllr Clarke)', 'Prop. MP, Sec. DP'
    re.compile(
        rf"\b(?:proposed|moved|prop\b\.?)\s*(?:[\-–]\s*)?(?P<p>{_TITLED_OR_INITIALS})\s*[,;]?\s+(?:and\s+)?"
        rf"(?:seconded|sec\b\.?)\s*(?:[\-–]\s*)?(?P<s>{_TITLED_OR_INITIALS})(?=[,.;)]|\s+(?:and|all|unanimous|that)\b|$)",
        re.I,
    ),
    # an election: 'Councillor J Burnett was nominated by Councillor M Headley and seconded by Councillor A
    # Sultan', '... nominated for the position of Chair by Councillor Saleem and this was seconded by ...'
    re.compile(rf"\bnominated\b[^.;]*?\bby\s+(?P<p>{_TITLED_NAME}),?\s+(?:and\s+)?(?:(?:this|which)\s+)?(?:was\s+)?"
               rf"seconded\s+by\s+(?P<s>{_TITLED_NAME})"),
    # 'Cllr Cole proposed the adoption of the budget; Cllr Birch seconded.', 'Cllr Cole proposed the
    # motion, Cllr Birch seconded it.'
    # 'Councillor Reed moved the recommendation in the report. Councillor Shaw seconded.'
    re.compile(rf"(?P<p>{_TITLED_NAME})\s+(?:proposed|moved)\b[^.;]*(?:[,;]|\.(?=\s+[A-Z]))\s+(?:and\s+)?"
               rf"(?P<s>{_TITLED_NAME})\s+seconded\b"),
    # 'It was proposed by Cllr Ahmed & Cllr Brook that ...': the mover, then the seconder
    re.compile(rf"\b(?i:proposed|moved)\s+by\s+(?P<p>{_TITLED_NAME})\s+(?:&|and)\s+(?P<s>{_TITLED_NAME})"
               r"(?=\s+that\b|\s*[,.;]|$)"),
]
# A mover named alone, no seconder printed: 'This was proposed by Cllr Spur.', 'Proposed by JS.'
_PROPOSED_ALONE = re.compile(
    rf"\b(?i:proposed|moved)\s+by\s+(?P<p>{_TITLED_NAME}|[A-Z]{{2,4}}\b)(?=\s*[,.;)]|\s+(?:and|that|to)\b|$)")
# 'Cllr Lee proposed that the contract be renewed. There was no seconder': the mover, no seconder.
_MOVED_ALONE = re.compile(rf"(?P<p>{_TITLED_NAME})\s+(?:proposed|moved)\s+that\b(?![^.;]*\bseconded\b)")
_LABELS = {
    # 'Prop: JS Sec: KJ' (a parish clerk's shorthand)
    "proposer": r"motion\s+by|moved\s+by|mover|moved|proposer|proposed(?:\s+by)?|prop\.?",
    "seconder": r"second(?:ed)?(?:\s+by)?|seconder|secd?\.?",
    "result": r"result|outcome|vote",
    "for": r"ayes?|yeas?|for|in\s+favou?r|yes",
    "against": r"nays?|noes|no|against|opposed",
    "abstain": r"abstain(?:ed|s|ing)?|abstentions?",
    "absent": r"absent|recused|not\s+voting|away",
}
_LABEL = re.compile(
    # 'voting against (1): Cllr Dale', 'Those voting for: ...': the words before the side are the label's
    # a Welsh council's bilingual 'Cynigiwyd / Proposed:', 'Eiliwyd / Seconded:': the Welsh word is the label's too
    r"(?:^|(?<=[\s.;]))(?:(?:those\s+)?voting\s+|(?:cynigiwyd|eiliwyd|o\s+blaid|yn\s+erbyn|ymatal)\s*/\s*)?(?P<label>"
    + "|".join(f"(?:{p})" for p in _LABELS.values())
    + r")\s*(?:\((?P<n>\d+)\)\s*:?|:)\s*",  # 'For: 5', 'For (4): names', a recorded vote's 'For (4)'
    re.I,
)
VOTE_LINE = re.compile(
    r"^\s*(?:(?:those\s+)?voting\s+)?(?:" + "|".join(f"(?:{p})" for p in _LABELS.values())
    + r")\s*(?:\(\d+\)\s*:?|:)", re.I
)
# A line of counts only: 'For 5, Against 2, Abstentions 1', '(8 for, 2 against, 1 abstention)',
# 'Votes: For 6 Against 2 Abstain 0'.
_SIDE = r"(?:for|in\s+favou?r|against|abstentions?|abstained|abstaining|abstain)"
COUNT_LINE = re.compile(
    rf"^\W*(?:votes?\s*(?:cast)?\s*:?\s*)?(?:(?:{_SIDE}\s*:?\s*\d{{1,3}}|\d{{1,3}}\s+(?:votes?\s+)?{_SIDE})"
    rf"[\s,;.)]*){{2,}}\W*$",
    re.I,
)
_COUNT_AFTER = re.compile(
    r"\b(?P<k>for|in\s+favou?r|against|abstentions?|abstained|abstaining|abstain)\s*:?\s*(?P<n>\d{1,3})\b(?![.,]\d)",
    re.I,
)
_TALLY = re.compile(
    r"\[\s*(?P<t>\d+(?:\s*-\s*\d+){1,3}|unanimous)\s*\]|\b(?P<u>unanimous(?:ly)?|all\s+in\s+favou?r|(?:agreed|approved|carried)\s+by\s+all)\b"
    # 'Resolved by a majority': a vote recorded with no counts
    r"|\b(?P<maj>by\s+a\s+(?:large\s+|clear\s+|narrow\s+|substantial\s+)?majority(?:\s+vote)?)\b"
    # 'Motion carried 5-0', 'passed (4-1-1)', 'Vote: 6-2'
    r"|\b(?:carried|passed|failed|approved|adopted|lost|defeated|vote)\s*:?,?\s*\(?"
    r"(?P<t2>\d{1,2}\s*-\s*\d{1,2}(?:\s*-\s*\d{1,2}){0,2})\b\)?"
    # 'Carried (7:2:1)', 'carried 7:2:1': colons, in brackets or three counts (no clock time)
    r"|\b(?:carried|passed|failed|approved|adopted|lost|defeated|vote)\s*:?,?\s*"
    r"(?:\((?P<t3>\d{1,2}\s*:\s*\d{1,2}(?:\s*:\s*\d{1,2}){0,2})\)|(?P<t4>\d{1,2}:\d{1,2}:\d{1,2})\b(?![:.]\d))",
    re.I,
)
_COUNT_BEFORE = re.compile(
    # '8 votes for', '10 Members voting for, 4 against', '6 councillors voted in favour', 'six votes for'
    rf"(?<![\d.,£$])\b(?P<n>\d{{1,3}}|{COUNT_WORDS})\s+"  # parsing-ok: not money
    r"(?P<votes>votes?\s+|(?:(?:members?|councillors?)\s+)?(?:voting|voted)\s+)?(?:were\s+)?"
    r"(?P<k>for|in\s+favou?r|against|abstentions?|abstained|abstaining)\b",
    re.I,
)
# 'carried by 8 votes to 3 (with 1 abstention)', 'lost by 4 votes to 6', 'carried, 5 votes to 3': for,
# then against.
_VOTES_TO = re.compile(
    rf"(?<![\d.,])\b(?P<f>\d{{1,3}}|{COUNT_WORDS})\s+votes?\s+to\s+(?P<a>\d{{1,3}}|{COUNT_WORDS})\b"
    rf"(?:,?\s*(?:with|and)\s+(?P<ab>\d{{1,3}}|{COUNT_WORDS})\s+abstentions?\b)?",
    re.I,
)
# Prose counts need a second side or 'votes' nearby: '256.27 for a Band D' is no vote count.
_COUNT_WINDOW = 60
_NAMES_SPLIT = re.compile(r",|;|\s+and\s+|\s*&\s*")


def _trim_name(text: str) -> str:
    """A mover as written, without a leading clause ('Following the debate, the Leader') or a
    trailing appositive ('Mr Oakford, Deputy Leader and ...')."""
    text = re.sub(r"^(?:and|&)\s+", "", text.strip(" ,.;:"), flags=re.I)  # 'X moved, and Y seconded'
    # 'It was proposed by Cllr Cole that ... . This was seconded by Cllr Birch': the name ends before 'that'
    text = re.split(r"\s+that\s+", text, maxsplit=1)[0]
    # 'were proposed as a correct record by Cllr B Evans': the mover follows the last 'by'
    if text[:1].islower() and re.search(r"\bby\s+[A-Z]", text):
        text = re.split(r"\bby\s+(?=[A-Z])", text)[-1]
    # '... seconded by Cllr Y and unanimously agreed that': the name ends before the outcome.
    text = re.split(r"\s+and\s+(?:it\s+was\s+|was\s+|were\s+)?(?:unanimously\s+|duly\s+)?"
                    r"(?:agreed|resolved|carried|approved|RESOLVED|AGREED)\b", text, maxsplit=1)[0]
    text = (
        re.split(r",\s*", text)[-1]
        if re.search(r"\b(?:following|after|having)\b", text, re.I)
        else text
    )
    name = re.split(r",\s*", text)[0].strip()
    while name.endswith(")") and name.count("(") < name.count(")"):  # '(Proposed by X, seconded by Y)'
        name = name[:-1].rstrip(" ,.;:")
    return name


_INITIALS = re.compile(r"[A-Z]{2,4}")


def _shaped_like(seconder: str, proposer: str) -> str:
    """Minutes that name members by their initials ('proposed by NO, seconded by HD') name
    both movers so: the seconder is its initials, not the words run on from the next line
    ('HD Paidby standing order'). A name also ends before a word in lower case."""
    words = seconder.split()
    if _INITIALS.fullmatch(proposer) and words and _INITIALS.fullmatch(words[0]):
        return words[0]
    kept = []
    for word in words:
        if (word[:1].islower() and word not in _NAME_PARTICLES) or _RESULT_WORD.fullmatch(word.strip(".,:;")):
            break
        kept.append(word)
    return " ".join(kept) or seconder


# A decision word that opens the resolution run on after a mover's name ('EQ RESOLVED that ...').
_RESULT_WORD = re.compile(r"RESOLVED|AGREED|CARRIED|DECIDED|LOST|RESOLUTION|DECISION", re.I)
# Lower-case words that belong inside a name ('Ursula von der Leyen', 'Cllr de Souza').
_NAME_PARTICLES = frozenset({"de", "van", "von", "der", "den", "du", "la", "le", "da", "di", "bin", "al"})


# '... that the grant be paid and Cllr Khan seconded the proposal.': the seconding, no wording.
# '... that parking charges be frozen, seconded by Cllr Cole.': the same, in the passive.
_SECONDING = re.compile(rf"\s+and\s+{_TITLED_NAME}\s+seconded(?:\s+(?:it|this|the\s+(?:proposal|motion)))?(?=[.;,]|$)"
                        rf"|[,.]\s+(?:(?:[Ww]hich|[Tt]his)\s+was\s+)?seconded\s+by\s+{_TITLED_NAME}(?:\s+and\s+[^.;]*)?(?=[.;]?$)"
                        # '... be commissioned. Cllr Birch seconded the motion, which was carried unanimously.'
                        rf"|(?<=\.)\s+{_TITLED_NAME}\s+seconded(?:\s+(?:it|this|the\s+(?:proposal|motion)))?"
                        r"(?:,?\s+which\s+was\s+[^.;]*)?\.?$")


def without_seconding(wording: str) -> tuple[str, str]:
    """A motion's wording without the seconder's clause run on after it, and that clause."""
    return _SECONDING.sub("", wording), " ".join(m.group(0).strip(" ,.") for m in _SECONDING.finditer(wording))


_NO_ONE = re.compile(r"(?:it|this|that|which|the\s+motion)(?:\s+(?:was|being|were|duly))*", re.I)


def movers(text: str) -> tuple[Optional[str], Optional[str]]:
    """(proposer, seconder) as written in prose or labelled lines, else (None, None)."""
    for pattern in _PROPOSAL:
        match = pattern.search(text)
        if match and "pair" in pattern.groupindex:
            pair = split_names(match["pair"])
            if len(pair) == 2:  # 'Cllrs Cole and Birch RESOLVED': the names end before the result
                return _shaped_like(pair[0], ""), _shaped_like(pair[1], "")
            continue
        if match:
            moved_by = _trim_name(match["p"])
            seconded = _trim_name(match["s"])
            # 'The Chairman moved, and it was seconded, that ...': no seconder named
            return moved_by, None if _NO_ONE.fullmatch(seconded) else _shaped_like(seconded, moved_by)
    fields = labelled(text)
    # 'Proposed: Cllr Cole; Seconded: Cllr Birch; All in favour': a mover's value ends at a ';'
    proposer, seconder = (fields.get(key, "").split(";")[0].strip() or None for key in ("proposer", "seconder"))
    if proposer is None and seconder is None and (alone := _PROPOSED_ALONE.search(text) or _MOVED_ALONE.search(text)):
        return alone["p"], None
    return proposer, _shaped_like(seconder, proposer or "") if seconder else None


# A full stop ending a labelled value's sentence: after a word, not a title ('Cllr. Smith').
_SENTENCE_END = re.compile(rf"(?<=\w\w){_NOT_AFTER_TITLE}\.\s+(?=[A-Z][a-z])")


def labelled(text: str) -> dict[str, str]:
    """'MOTION BY: Garcia SECOND: Allen Fisk AYES: ...' -> {proposer: 'Garcia', ...}; first wins."""
    matches = list(_LABEL.finditer(text))
    found: dict[str, str] = {}
    for match, nxt in zip(matches, matches[1:] + [None], strict=False):
        key = next(k for k, p in _LABELS.items() if re.fullmatch(p, match["label"], re.I))
        value = text[match.end() : nxt.start() if nxt else len(text)]
        value = _SENTENCE_END.split(value, maxsplit=1)[0].strip(" .;,")  # 'Vote: Unanimous. Resolved to ...'
        if match["n"]:
            value = f"({match['n']}) {value}"
        found.setdefault(key, value)
    return found


def _names(value: str) -> list[str]:
    value = re.sub(r"^\(\d+\)\s*", "", value).strip(" ,.;")
    if not value or re.fullmatch(r"none|nil|n/?a|-+|—", value, re.I) or value.isdigit():
        return []
    if re.match(r"(?:cllrs|councillors)\b", value, re.I):
        return split_names(value)
    return [
        n.strip(" .")
        for n in _NAMES_SPLIT.split(value)
        if n.strip(" .") and not n.strip(" .").isdigit()
    ]


_NONE_VALUE = re.compile(r"none|nil|nobody|no\s+one|-+|—", re.I)


def _count(value: str) -> Optional[int]:
    match = re.match(r"^\((\d+)\)|^(\d+)\b", value.strip())
    return int(match.group(1) or match.group(2)) if match else None


def _tally(text: str, votes: dict) -> Optional[str]:
    match = _TALLY.search(text)
    if not match:
        return None
    if match["maj"]:
        return match["maj"]
    tally = match["t"] or match["t2"] or match["t3"] or match["t4"]
    if tally and tally.lower() != "unanimous":
        numbers = [int(n) for n in re.findall(r"\d+", tally)]
        for key, number in zip(("for_", "against", "abstain"), numbers, strict=False):
            votes.setdefault(key, number)
        return match.group(0)
    return "UNANIMOUS"


def _votes_to(text: str, votes: dict, printed: list[str]) -> str:
    """Counts from 'carried by 8 votes to 3 with 1 abstention' into `votes`; the text without
    them, so they are not read twice."""
    for match in _VOTES_TO.finditer(text):
        votes.setdefault("for_", count_of(match["f"]))
        votes.setdefault("against", count_of(match["a"]))
        if match["ab"]:
            votes.setdefault("abstain", count_of(match["ab"]))
        printed.append(match.group(0))
        text = text.replace(match.group(0), " ")
    # 'RESOLVED (with 2 abstentions) that ...': abstentions alone, the rest for
    alone = _ABSTAINED_ALONE.search(text)
    if alone and not votes:
        votes["abstain"] = count_of(alone["n"])
        printed.append(alone.group(0))
        text = text.replace(alone.group(0), " ")
    return text

_ABSTAINED_ALONE = re.compile(rf"\bwith\s+(?P<n>\d{{1,3}}|{COUNT_WORDS})\s+abstentions?\b", re.I)


# A vote set out side by side with dashes: 'For – Cllrs Parker, Price and Smith (3); Against – Cllr Jones (1);
# Abstained – none.' Each side's names, then its count in brackets.
_DASHED_SIDE = re.compile(
    r"(?:^|(?<=[\s.:;]))(?P<side>for|against|abstain(?:ed|ing|s)?|abstentions?)\s*[-–—]\s*(?P<value>[^;.]*?)"
    r"(?P<n>\s*\(\d{1,3}\))?\s*(?=;|\.(?:\s|$)|$)", re.I)


def _dashed_as_labelled(text: str) -> str:
    """'For – A, B (2); Against – C (1)' as labelled sides ('For (2): A, B; Against (1): C') when two or
    more sides are so printed; else the text as it is."""
    sides = list(_DASHED_SIDE.finditer(text))
    if len({m["side"][:5].lower() for m in sides}) < 2:
        return text
    for match in reversed(sides):
        count = f" {match['n'].strip()}" if match["n"] else ""
        text = text[: match.start()] + f"{match['side']}{count}: {match['value'].strip()}" + text[match.end():]
    return text


def read_votes(text: str) -> Optional[Votes]:
    """The recorded vote in text, or None when none is recorded. `printed` keeps any count
    printed as a number, so names can be checked against it."""
    text = _dashed_as_labelled(text)
    fields = labelled(text)
    votes: dict = {}
    printed: list[str] = []
    for key in ("for", "against", "abstain", "absent"):
        if key not in fields:
            continue
        if names := _names(fields[key]):
            votes[f"{key}_names"] = names
        count = _count(fields[key])
        if count is None and _NONE_VALUE.fullmatch(fields[key].strip(" .;")):
            count = 0  # 'NAYS: None' records that nobody voted against
        if count is not None and key != "absent":
            votes["for_" if key == "for" else key] = count
            printed.append(f"{key} {count}")
    text = _votes_to(text, votes, printed)
    before, after = list(_COUNT_BEFORE.finditer(text)), list(_COUNT_AFTER.finditer(text))
    if after and (not before or after[0].start() < before[0].start()):
        # 'For 5 Against 3 Abstain 0': each count follows its side, so '5 Against' pairs nothing
        before = [m for m in before if not any(a.start() <= m.start() < a.end() for a in after)]
    counts = before + after
    for match in counts:
        if not match.groupdict().get("votes") and not any(
            o is not match
            and abs(o.start() - match.start()) < _COUNT_WINDOW
            and o["k"].lower() != match["k"].lower()
            for o in counts
        ):
            continue
        kind = match["k"].lower()
        key = "abstain" if kind.startswith("abst") else "against" if kind == "against" else "for_"
        if key not in votes:
            votes[key] = count_of(match["n"])
            printed.append(match.group(0))
    tally = _tally(text, votes)
    if tally:
        printed.insert(0, tally)
    if not votes and not printed:
        return None
    return Votes(
        **{("for" if k == "for_" else k): v for k, v in votes.items()},
        printed="; ".join(printed) or None,
    )


def outcome_of(text: str) -> Optional[str]:
    """'carried', 'lost', 'approved', 'failed', 'resolved', 'agreed' ... as the text says."""
    fields = labelled(text)
    result = re.split(r"\s*[\[(]", fields.get("result", ""))[0].strip().lower()
    if re.search(r"[a-z]", result) and not COUNT_LINE.match(result):  # not 'Vote: 5 in favour, 2 against'
        return result
    for word, outcome in (
        (r"not\s+carried|\blost\b|defeated|\bfell\b|failed|rejected", "lost"),
        (r"\b(?:motion|amendment|proposal)\s+(?:was\s+)?withdrawn\b", "withdrawn"),
        (r"\bcarried\b(?!\s+(?:out|forward|over|through|into|across)\b)", "carried"),
        # 'RECOMMENDED to Council that ...', a 'RECOMMENDATION TO COUNCIL' heading
        (r"^\W*(?:\d{1,3}[.)]\s*)?(?:recommended\b|recommendations?\s+to\b)", "recommended"),
        # 'On the motion of X, seconded by Y, it was RECOMMENDED to the Authority that ...'
        (r"\bit\s+was\s+(?:\w+ly\s+)?recommended\b", "recommended"),
        (r"\bresolved?\b|\bresolves\b", "resolved"),
        (r"\bagreed\b", "agreed"),
        (r"\bdecided\b", "decided"),
        (r"\bapproved\b", "approved"),
        # 'Resolution passed.', 'The motion was passed unanimously.': carried, in other words
        (r"\b(?:motion|resolution|amendment|proposal|recommendations?)\s+(?:was\s+|were\s+)?(?:\w+ly\s+)?passed\b"
         r"|^\W*passed\b", "carried"),
        (r"\bnoted\b", "noted"),
        (r"\brefused\b", "refused"),  # a planning committee's 'Decision: Refused'
        (r"\b(?:was|were)\s+(?:\w+ly\s+)?(?:re-?)?elected\b", "elected"),  # 'Cllr Ash was duly elected Chair'
        # 'Christine Tamplin – proposed by Cllr Edwarde, seconded by Cllr Smith and unanimously co-opted'
        (r"\b(?:was|were|and)\s+(?:\w+ly\s+)?co-?opted\b", "co-opted"),
        (r"\b(?:was|were|and)\s+(?:\w+ly\s+)?(?:re-?)?appointed\b", "appointed"),
    ):
        if re.search(word, text, re.I):
            return outcome
    return None

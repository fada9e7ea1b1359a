"""Portfolios of a commissioning plan, read from its 'PORTFOLIO SUMMARY – <NAME>' sections:
leads ('led by Maria Milton, as Strategic Lead, and Nicky Ward as Improvement Officer'),
priorities (the list under 'The priorities of the portfolio ... are:') and budget ('funded ...
to the value of <amount>', else the portfolio's line in the budget allocation table)."""

from __future__ import annotations

import re
from typing import Optional, Sequence

from ...errors import ParseError
from ...models.documents.commissioning_plan import Lead, MoneyLine, Portfolio
from ...models.documents.report import Paragraph, Section
from ...models.values import Money
from ...parsing import find_money, parse_person
from ..base import ExtractContext

_HEADING = [
    re.compile(
        r"^portfolio(?:\s+(?:summary|overview|update|report))?\s*[:\-–—]\s*(?P<name>.+)$", re.I
    ),
    re.compile(r"^(?P<name>.+?)\s+portfolio(?:\s+(?:summary|overview|update))?$", re.I),
]
_LED_BY = re.compile(r"\b(?:co-?)?led by\s+(?P<who>.+?)(?:\.(?=\s+[A-Z]|\s*$)|;|$)", re.I)
_CLAUSE_END = re.compile(
    r",?\s+(?:with the support of|supported by|who|which|while|whilst)\b.*$", re.I
)
# ", and" / ";" / ") and" / ")," / " and Name Surname as" separate people; a bare " and " may
# be inside a role ("Head of Policy and Partnerships").
_PEOPLE_SPLIT = re.compile(
    r",\s*and\s+|;\s*|(?<=\))\s*,?\s*(?:and\s+)?|\s+and\s+(?=[A-Z][\w'’-]+\s+[A-Z][\w'’-]+\s+as\b)"
)
_AS_ROLE = re.compile(r",?\s+as\s+(?:the\s+|an?\s+|our\s+)?", re.I)
_BRACKET_ROLE = re.compile(r"^(?P<name>[^()]+?)\s*\((?P<role>[^)]+)\)$")
_PRIORITIES = re.compile(r"\bpriorit(?:y|ies)\b[^.]*:\s*$", re.I)
_BUDGET_CUE = re.compile(
    r"\b(?:to the value of|budget (?:of|is|will be)|allocation (?:of|is)|funded (?:to|with)"
    r"|funding of|allocated)\b",
    re.I,
)
_SMALL_WORDS = {"and", "of", "the", "for", "in", "on", "to", "&"}
MAX_NAME_WORDS = 5


def portfolio_name(heading: Optional[str]) -> Optional[str]:
    """The portfolio a section heading names, in title case when printed in capitals."""
    for pattern in _HEADING:
        match = pattern.match((heading or "").strip())
        if match and match.group("name").strip():
            return _tidy_case(match.group("name").strip(" :-–—"))
    return None


def _tidy_case(name: str) -> str:
    if not name.isupper():
        return name
    words = name.lower().split()
    return " ".join(
        w if (i and w in _SMALL_WORDS) else w[:1].upper() + w[1:] for i, w in enumerate(words)
    )


def read_portfolio(
    section: Section, name: str, allocations: Sequence[MoneyLine], ctx: ExtractContext
) -> Portfolio:
    """One portfolio from its section."""
    texts = [p.text for p in section.paragraphs]
    leads = next((found for found in (read_leads(t, ctx) for t in texts) if found), [])
    return Portfolio(
        name=name,
        leads=leads,
        priorities=_priorities(section.paragraphs),
        budget=_budget(texts) or _allocated(name, allocations),
        evidence=section.evidence,
    )


def read_leads(text: str, ctx: ExtractContext) -> list[Lead]:
    """Leads named in a 'led by X, as Role, and Y as Role' sentence."""
    match = _LED_BY.search(text)
    if not match:
        return []
    who = _CLAUSE_END.sub("", match.group("who"))
    leads = []
    for part in _PEOPLE_SPLIT.split(who):
        lead = _lead(part.strip(" ,"), ctx)
        if lead:
            leads.append(lead)
    return leads


def _lead(part: str, ctx: ExtractContext) -> Optional[Lead]:
    bracket = _BRACKET_ROLE.match(part)
    if bracket:
        name, role = bracket.group("name"), bracket.group("role")
    else:
        name, role = (_AS_ROLE.split(part, maxsplit=1) + [""])[:2]
    name, role = name.strip(" ,"), role.split(",")[0].strip(" ,")
    words = name.split()
    if not words or len(words) > MAX_NAME_WORDS or not all(w[:1].isupper() for w in words):
        return None  # "three strategic commissioning leads": not a person
    try:
        person = parse_person(name)
    except ParseError:
        ctx.warn("unparsed_person", f"portfolio lead: {name!r} is not a name")
        return None
    return Lead(name=person.name, role=role or None)


def _priorities(paragraphs: Sequence[Paragraph]) -> list[str]:
    """The bullets or lettered sub-paragraphs under 'The priorities ... are:'."""
    for index, paragraph in enumerate(paragraphs):
        if not _PRIORITIES.search(paragraph.text):
            continue
        if paragraph.bullets:
            return list(paragraph.bullets)
        children = []
        for child in paragraphs[index + 1 :]:
            if child.parent is None or (paragraph.number and child.parent != paragraph.number):
                break
            children.append(child.text)
        if children:
            return children
    return []


def _budget(texts: Sequence[str]) -> Optional[Money]:
    """The first amount after a budget cue ('to the value of <amount>'), read by find_money."""
    for text in texts:
        for cue in _BUDGET_CUE.finditer(text):
            after = [money for money, (start, _) in find_money(text) if start >= cue.end()]
            if after:
                return after[0]
    return None


def _words(name: str) -> set[str]:
    return {
        w
        for w in re.split(r"[^a-z]+", name.lower().replace("&", " and "))
        if w and w not in _SMALL_WORDS
    }


def _allocated(name: str, allocations: Sequence[MoneyLine]) -> Optional[Money]:
    """The budget allocation line that names the portfolio ('Victims and Vulnerability')."""
    wanted = _words(name)
    for line in allocations:
        if wanted and _words(line.name) == wanted:
            return line.amount
    return None

"""People as printed in attendance lists: honorific, name, role and organisation."""

from __future__ import annotations

import re
from typing import Optional

from ..errors import ParseError
from ..models.values import Attendee, Person
from .text import DASHES, MAX_VALUE_CHARS, check_length, normalise

__all__ = ["HOLDER_POSTS", "HONORIFICS", "LISTED_POSTS", "OFFICE_ONLY", "POST_NOMINALS", "parse_attendee",
           "parse_person", "split_names"]

# Titles that precede a name; several may stack ("Cllr Dr"). Roles such as Mayor, Leader or
# Commissioner are not honorifics: they go to Attendee.role.
HONORIFICS: tuple[str, ...] = (
    "Cllr", "Councillor", "County Cllr", "County Councillor", "District Cllr", "District Councillor",
    "Borough Cllr", "Borough Councillor", "Town Cllr", "Town Councillor", "Parish Cllr", "Parish Councillor",
    "Unitary Cllr", "Unitary Councillor", "City Cllr", "City Councillor", "Community Cllr", "Community Councillor",
    "Ward Cllr", "Ward Councillor", "Cty Cllr",
    "Cyng", "Cynghorydd",  # Welsh: a community councillor in bilingual minutes ('Cyng. G Jones')
    "Dr", "Mr", "Mrs", "Ms", "Miss", "Mx", "Sir", "Dame", "Lord", "Lady",
    "Baroness", "Baron", "Prof", "Professor", "Rev", "Revd", "Reverend", "The Rev", "The Revd",
    "The Reverend", "Canon", "Rabbi", "Hon", "The Hon", "Rt Hon", "The Rt Hon", "Right Honourable",
    "The Right Honourable", "Alderman", "Chief Constable", "Deputy Chief Constable",
    "Assistant Chief Constable", "Chief Superintendent", "Detective Chief Superintendent",
    "Superintendent", "Detective Superintendent", "Supt", "Ch Supt", "Chief Inspector",
    "Detective Chief Inspector", "Inspector", "Detective Inspector", "Insp", "Sergeant",
    "Detective Sergeant", "Sgt", "Police Constable", "PC", "PCSO", "DC", "DS", "DI", "DCI", "DSI",
    "DCC", "ACC", "Police Sergeant", "PS", "Chief Supt", "Ch Insp", "Chief Insp", "Det Supt", "Det Insp",
    "Det Sgt",
)  # fmt: skip
# The police ranks among them: an officer's collar number may follow ('PC 1234 Amy Hart', 'PCSO 7321 Lee').
_POLICE_RANKS = frozenset(h for h in HONORIFICS if h not in {
    "Cllr", "Councillor", "Cyng", "Cynghorydd", "Dr", "Mr", "Mrs", "Ms", "Miss", "Mx", "Sir", "Dame", "Lord", "Lady",
    "Baroness", "Baron", "Prof", "Professor", "Canon", "Rabbi", "Alderman"} and not re.search(
    r"\b(?:cllr|councillor|rev|revd|reverend|hon|honourable)\b", h, re.I))
# Letters after a name; dropped, because they are neither name, role nor organisation.
POST_NOMINALS = frozenset(
    "OBE MBE CBE KBE DBE BEM QPM KPM QFSM JP DL MP MEP MSP MLA QC KC PhD DPhil FRS FCA CPFA "
    "MA MBA MSc BSc BA LLB FRSA CB CMG KCB".split()
)

_CANONICAL = {h.lower(): h for h in HONORIFICS}


def _honorific_pattern(title: str) -> str:
    words = r"\.?\s+".join(re.escape(word) for word in title.split())
    return f"(?-i:{words})" if title.isupper() else words  # "DI" must not match "Di Smith"


_HONORIFIC = re.compile(
    "(?:"
    + "|".join(_honorific_pattern(h) for h in sorted(HONORIFICS, key=len, reverse=True))
    + r")\.?\s+",
    re.I,
)
_ROLE_WORD = re.compile(
    r"\b(?:chair\w*|vice[- ]?chair\w*|deputy|substitute|sub|leader|member|cabinet|portfolio|mayor|rfo|minute[- ]?taker"
    r"|officer|director|executive|manager|head|commissioner|clerk|secretary|treasurer|lead|adviser"
    r"|advisor|co-?opted|observer|representative|ceo|cfo|coo|pcc|dpcc|chief|president|speaker"
    r"|solicitor|counsel|nurse|analyst|coordinator|co-ordinator|apprentice|assistant|governor|trustee|commander"
    # parties to a licensing or planning hearing
    r"|applicant|objector|agent|interested\s+part(?:y|ies)|petitioner|witness"
    r"|spokesperson|minister|secretary\s+of\s+state|sos|secretariat|councillors?|parish\s+councillors?)\b",
    re.I,
)
# An organisation that names an office ("Office of the PCC") is not a role.
_ORG_FIRST = re.compile(r"(?:the\s+)?(?:office|ministry|department|university|college|nhs)\b", re.I)
_ORG_WORD = re.compile(
    r"\b(?:council|police|constabulary|service|nhs|trust|authority|office|university|college"
    r"|partnership|commission|agency|department|ministry|ltd|limited|plc|cic|board)\b",
    re.I,
)
_ACRONYM = re.compile(r"[A-Z][A-Z&]{1,7}")
_SPACED_DASH = re.compile(rf"\s+[-{DASHES}]\s+")
_BULLET = re.compile(rf"^(?:[-•*·▪{DASHES}]|\d{{1,2}}[.)])\s+")
_NAME = re.compile(r"[^\W\d_](?:[^\W\d_]|[\s'’.-])*")  # letters, spaces, ' - . only
_MAX_NAME_WORDS = 8
# Minutes write "Councillor Smith (Chairman) in the Chair"; the phrase is a role, not a name.
_IN_THE_CHAIR = re.compile(r",?\s+(?:in\s+the\s+chair|presiding)$", re.I)


def _is_role(text: str) -> bool:
    """A role ('Chairman', 'Head of Assets'), not an organisation named after an office
    ('Office of the PCC', "Information Commissioner's Office")."""
    if not _ROLE_WORD.search(text) or _ORG_FIRST.match(text):
        return False
    # 'Leader of the Council' is a role; "Information Commissioner's Office", 'Cabinet Office' are
    # organisations.
    office_of = _ROLE_WORD.match(text.strip()) and re.match(r"^\S+(?:\s+\S+)?\s+(?:of|to|for)\b", text.strip(), re.I)
    return bool(office_of) or not _ORG_LAST.search(text)


# An organisation ends with what it is: "Information Commissioner's Office", "X Borough Council".
_ORG_LAST = re.compile(r"\b(?:office|council|trust|authority|service|university|college|ltd|limited|plc|"
                       r"department|ministry|agency|partnership|constabulary|police|cc)\W*$", re.I)


def _initials_of(text: str, name: str) -> bool:
    """'NO' for Nick Oakhill, 'JTe' for Jeni Tennison: initials printed after a name."""
    if not re.fullmatch(r"[A-Z][A-Za-z]{1,3}", text) or sum(c.isupper() for c in text) < 2:
        return False
    words = [w for w in _split_honorific(name)[1].split() if w[:1].isupper()]
    capitals = [c for c in text if c.isupper()]
    return len(words) >= 2 and capitals[0] == words[0][0] and capitals[-1] == words[-1][0]


def _add_bracketed(text: str, roles: list[str], organisations: list[str]) -> None:
    """'(Head of Assets, Locality)', '(Cabinet Spokesperson for ..., Barnsley MBC)': a role,
    then after its last comma the organisation; a part with no role word is all organisation."""
    if "," in text and _is_role(text.split(",")[0]):
        role, _, tail = text.rpartition(",")
        tail = tail.strip()
        if tail and not _ROLE_WORD.search(tail) and (_is_organisation_tail(tail)
                                                     or re.fullmatch(r"[A-Z][\w.&'’-]+", tail)):
            roles.append(role.strip())
            organisations.append(tail)
            return
    if "," in text:  # '(Cabinet Office, secretariat)': the organisation, then the role
        head, _, tail = text.partition(",")
        if not _is_role(head) and _is_role(tail.strip()):
            organisations.append(head.strip())
            roles.append(tail.strip())
            return
    (roles if _is_role(text) else organisations).append(text)


def _is_organisation_tail(text: str) -> bool:
    """', OPCC' or ', Wiltshire Council' after a role: an organisation, not more role."""
    return not _ROLE_WORD.search(text) and bool(_ACRONYM.fullmatch(text) or _ORG_WORD.search(text))


def _is_post_nominals(text: str) -> bool:
    tokens = text.replace(",", " ").replace(".", "").split()
    return bool(tokens) and all(token in POST_NOMINALS for token in tokens)


def _split_top_level(text: str, separators: str) -> list[str]:
    """Split on separator characters outside brackets."""
    parts: list[str]
    current: list[str]
    parts, depth, current = [], 0, []
    for char in text:
        if char == "(":
            depth += 1
        elif char == ")" and depth:
            depth -= 1
        if depth == 0 and char in separators:
            parts.append("".join(current))
            current = []
        else:
            current.append(char)
    parts.append("".join(current))
    return [part.strip() for part in parts]


def _pop_brackets(text: str) -> tuple[str, list[str]]:
    """text without its top-level '(...)' groups, and the groups' contents."""
    groups: list[str]
    outside: list[str]
    current: list[str]
    groups, outside, depth, current = [], [], 0, []
    for char in text + ("" if text.count("(") <= text.count(")") else ")"):
        if char == "(":
            depth += 1
            if depth == 1:
                continue
        elif char == ")" and depth:
            depth -= 1
            if depth == 0:
                groups.append("".join(current).strip())
                current = []
                continue
        (current if depth else outside).append(char)
    return " ".join("".join(outside).split()), [g for g in groups if g]


def _split_honorific(text: str) -> tuple[Optional[str], str]:
    titles, rest = [], text
    while True:
        match = _HONORIFIC.match(rest)
        if not match or not rest[match.end() :].strip():
            break
        titles.append(_CANONICAL[" ".join(match.group(0).replace(".", " ").split()).lower()])
        rest = rest[match.end() :]
    return (" ".join(titles) or None), rest.strip()


def _drop_post_nominals(name: str) -> str:
    words = name.split()
    while len(words) > 1 and words[-1].strip(".,") in POST_NOMINALS:
        words.pop()
    return " ".join(words).rstrip(",")


def _clean(raw: str) -> str:
    # A footnote mark on the name ('Cllr K Lee*': '* substitute member') is not part of it.
    return without_worship(_BULLET.sub("", normalise(raw).replace("\n", " ")).strip(" ,;:.*†‡"))


# A mayor's style before the post or the holder: 'His Worship the Mayor Cllr J Brown', 'The Worshipful the
# Mayor (Councillor J Brown)', 'The Right Worshipful the Lord Mayor', 'Her Worship the Mayor, Councillor ...'.
_WORSHIP = re.compile(r"\b(?:his|her|the)\s+(?:right\s+)?worship(?:ful)?\s+(?:the\s+)?"
                      r"(?=(?:(?:deputy|town|city|lord)\s+)?mayor\b|cllr\b|councillor\b)", re.I)


def without_worship(text: str) -> str:
    """text without a mayor's style: 'His Worship the Mayor Cllr J Brown' -> 'Mayor Cllr J Brown'; a post
    printed apart from its holder keeps its article ('Her Worship the Mayor, Cllr A Lee' -> 'the Mayor, Cllr A Lee')."""
    return _WORSHIP.sub(lambda m: "the " if _POST_APART.match(text, m.end()) else "", text)


_POST_APART = re.compile(r"(?:(?:deputy|town|city|lord)\s+)?mayor(?:\s+of\s+(?:the\s+)?[\w'’ -]{2,40}?)?\s*(?:[,;]|$)",
                         re.I)


# A police officer's collar number between rank and name ('PC 1234 Amy Hart', 'PCSO7321 Lee') or in
# brackets after the name ('PC Amy Hart (1234)'): neither name, role nor organisation.
_COLLAR_NUMBER = re.compile(r"^\s*(?:no\.?\s*)?\d{2,6}\s+(?=[A-Z])", re.I)


def _split_collar(text: str) -> str:
    """A police rank written close up to its collar number ('PC1234 Amy Hart'): rank, then number."""
    match = re.match(r"^(?P<rank>[A-Z]{2,4})(?P<n>\d{2,6})\s+(?=[A-Z])", text)
    return f"{match['rank']} {match['n']} {text[match.end():]}" if match and match["rank"] in _POLICE_RANKS else text


# A role printed before the name's title: 'Chairman Cllr Mrs Shewell', 'Mayor Councillor A Jones'.
_LEADING_ROLE = re.compile(
    r"^(?:the\s+)?(?P<role>(?:(?:deputy|vice|acting)[- ]?)?(?:chair(?:man|woman|person)?|mayor|leader|lord\s+mayor|"
    r"town\s+mayor|deputy\s+mayor|pcc|dpcc|police(?:,?\s+fire)?\s+and\s+crime\s+commissioner"
    # a fire service's officers go by their posts: 'Chief Fire Officer P Marsh', 'Area Manager J Cole'
    r"|(?:deputy\s+|assistant\s+)?chief\s+fire\s+officer|(?:area|group|station)\s+(?:manager|commander)"
    r"|chief\s+executive|monitoring\s+officer))\s+(?=(?:the\s+)?(?:cllr|councillor|mr|mrs|ms|miss|dr|county|district)\b"
    # 'Mayor Ann Allen', 'Vice Mayor Tom Jones': the post before a name in mixed case (US cities, some towns)
    r"|(?-i:[A-Z][a-z]+\s+[A-Z]|[A-Z]\.?\s+(?:[A-Z]\.?\s+)?[A-Z][a-z]))"
    # 'Clerk J Connelly', 'Treasurer Mrs A Smith': an office, then the person holding it.
    r"|^(?P<office>(?:parish\s+|town\s+|deputy\s+)?(?:clerk|treasurer|rfo|secretary))\s+(?=[A-Z])",
    re.I,
)
# A role printed after the name in capitals: 'J Smith CHAIR', 'S Gethin CHIEF FIRE OFFICER'.
_CAPS_ROLE = re.compile(r"(?P<name>.*?[a-z].*?)\s+(?P<role>[A-Z][A-Z&'’-]+(?:\s+[A-Z][A-Z&'’-]+)*)$")


def _leading_role(text: str) -> tuple[str, Optional[str]]:
    match = _LEADING_ROLE.match(text)
    return (text[match.end():], match["role"] or match["office"]) if match else (text, None)


# A word that joins what follows it to what precedes it: no name ends with one.
_JOINED_ON = re.compile(r"(?:\s(?:and|&|of|to|for|the)|[&,])$", re.I)


def _caps_role(text: str) -> tuple[str, Optional[str]]:
    """Split a role set in capitals off the end of a mixed-case name (post-nominals stay)."""
    match = _CAPS_ROLE.fullmatch(text)
    if not match or not _ROLE_WORD.search(match["role"]) or _is_post_nominals(match["role"]):
        return text, None
    if _JOINED_ON.search(match["name"]):  # 'Jane Smith, Clerk and RFO': the capitals end a post in words
        return text, None
    return match["name"].rstrip(f" ,-{DASHES}"), match["role"]


# A post, then its holder in brackets: 'The Lord Mayor (Cllr T Wood)', 'Chairman (Councillor A Green)'.
_POST_THEN_HOLDER = re.compile(r"^(?:the\s+)?(?P<post>[^()]{2,60}?)\s*\((?P<holder>[^()]+)\)(?P<rest>.*)$", re.I)


# Posts whose holder is named in brackets without a title: 'Office of the PCC (Jane Doe)', 'Police and
# Crime Commissioner (Jane Doe)', 'Monitoring Officer (Tom Fox)' (not 'Lead Member (Adult Social Care)').
_UNTITLED_HOLDER_POST = re.compile(
    r"^(?:the\s+)?office\s+of\b|\b(?:commissioner|chief\s+executive|chief\s+constable|chief\s+(?:fire\s+)?officer"
    r"|clerk|rfo|treasurer|secretary|officer|mayor|ceo|pcc|dpcc)$", re.I)
_HOLDER_NAME = re.compile(r"(?:[A-Z]\.?\s+){0,2}[A-Z][a-z][\w'’-]*(?:\s+(?:[A-Z]\.?|[A-Z][a-z][\w'’-]*)){0,3}")


def _untitled_holder(post: str, holder: str) -> bool:
    """'Jane Doe' in 'Office of the PCC (Jane Doe)': a plain name after a post that has a holder."""
    return (bool(_UNTITLED_HOLDER_POST.search(post.strip())) and len(holder.split()) >= 2
            and bool(_HOLDER_NAME.fullmatch(holder)) and not _ROLE_WORD.search(holder) and not _ORG_WORD.search(holder))


def _post_then_holder(text: str) -> tuple[str, Optional[str]]:
    match = _POST_THEN_HOLDER.match(text)
    holder, _, more = match["holder"].partition(",") if match else ("", "", "")
    if match and not _HONORIFIC.match(holder.strip() + " ") and _untitled_holder(match["post"], holder.strip()):
        post = match["post"].strip(f" ,{DASHES}-")
        more = f" ({more.strip()})" if more.strip() else ""  # '(Jane Doe, Chief Executive)'
        if _ORG_FIRST.match(post):  # 'Office of the PCC (Jane Doe)': the holder, of that office
            return f"{holder.strip()}{more} ({post}){match['rest']}", None
        return f"{holder.strip()}{more}{match['rest']}", post
    if not match or not _HONORIFIC.match(match["holder"].strip() + " "):
        return text, None
    titled = _HONORIFIC.match(match["post"] + " ")  # 'Lord Mayor' is a post; 'Mr A Smith' is not
    if titled and not _ROLE_WORD.match(match["post"][titled.end():]):
        return text, None
    post = match["post"].strip(f" ,{DASHES}-")
    if not _ROLE_WORD.search(post) or len(post.split()) > 6:
        return text, None
    return f"{match['holder'].strip()}{match['rest']}", post


def parse_attendee(raw: str) -> Attendee:
    """'Cllr Steve Bucknell (Chairman)', 'Naji Darwish – Chief Executive, OPCC' -> Attendee.

    Bracketed text and text after a comma are a role when they hold a role word (Chair,
    Member, Leader, Officer, Commissioner, ...), otherwise the organisation. Text after a
    spaced dash is the role; a last ', OPCC'-style part of it (an acronym or a name with
    Council, Police, Service, Trust, ...) is the organisation. A trailing "in the Chair"
    gives role "Chair" when no other role is printed. A post before the name ('Mayor Cllr A Jones',
    'PCC John Campion') or before its holder in brackets ('The Lord Mayor (Cllr T Wood)') is the
    role. A footnote mark ('Cllr K Lee*') is dropped, as are post-nominals. Raises
    ParseError when no plausible name is left (letters, spaces, ' - . only; at most 8 words;
    not just a title or post-nominals).
    """
    check_length(raw, "person")
    text, chairing = _IN_THE_CHAIR.subn("", _REASON_CLAUSE.sub("", _clean(raw)))
    text, lead_role = _leading_role(text)
    if lead_role is None:
        text, lead_role = _post_then_holder(text)
    text, caps_role = _caps_role(text)
    text, bracketed = _pop_brackets(text)
    dash = _SPACED_DASH.search(text)
    head, dash_role = (text[: dash.start()], text[dash.end() :]) if dash else (text, "")
    name_part, *segments = _split_top_level(head, ",")
    roles: list[str] = []
    organisations: list[str] = []
    reason = dash_role.strip(" ,.;")
    # 'Cllr Eze – work commitments'; '..., Cllr V Jones (holiday) – accepted': the apologies were accepted
    if dash_role and not (_ABSENCE_REASON.fullmatch(reason) or _ACCEPTED.fullmatch(reason)):
        _add_dash_role(dash_role.strip(" ,"), roles, organisations)
    for part in bracketed:
        if _ATTENDING_HOW.fullmatch(part) or _ABSENCE_REASON.fullmatch(part.strip()) or _NOTE.search(part):
            continue  # '(Skype)', '(remote)', '(tbc)': how, not who; '(work commitment)': why absent
        if re.fullmatch(r"in\s+the\s+chair", part.strip(), re.I):  # '(in the Chair)'
            chairing = chairing or 1
            continue
        if not _initials_of(part, name_part):  # '(NO)' after Nick Oakhill: his initials
            _add_bracketed(part, roles, organisations)
    for part in [s for s in segments if s and not _is_post_nominals(s)]:
        (roles if _is_role(part) else organisations).append(part)
    roles = [r for r in (lead_role, caps_role) if r] + roles
    if chairing and not roles:
        roles.append("Chair")
    honorific, name = _split_honorific(_split_collar(name_part))
    if honorific and any(honorific == rank or honorific.endswith(f" {rank}") for rank in _POLICE_RANKS):
        name = _COLLAR_NUMBER.sub("", name, count=1).strip()
        organisations = [o for o in organisations if not re.fullmatch(r"(?:no\.?\s*)?\d{2,6}", o, re.I)]
    name = _drop_post_nominals(name)
    post = (_INITIALS_THEN_POST.match(name) or _NAME_THEN_POST.match(name)) if not dash_role else None
    if post and _ROLE_WORD.search(" ".join(post["post"].split()[:_POST_REACH])) and not _ORG_FIRST.match(post["post"]):
        name = post["name"]  # 'Mr W Gorse Clerk to the Council': the post printed without a comma
        roles.append(post["post"])
    if not _is_plausible_name(name):
        raise ParseError(raw, "person", "no name left after honorific, role and organisation")
    return Attendee(
        name=name,
        honorific=honorific,
        role=", ".join(_distinct_roles(roles)) or None,
        organisation=", ".join(organisations) or None,
    )


def _distinct_roles(roles: list[str]) -> list[str]:
    """Each post once: 'Mayor Jane Cole, Mayor of Northtown' holds one post, the fuller wording kept."""
    def within(role: str, other: str) -> bool:
        return other.casefold().startswith(role.casefold()) and not other[len(role):len(role) + 1].isalnum()
    return [r for i, r in enumerate(roles)
            if not any(within(r, o) and (len(o) > len(r) or j < i) for j, o in enumerate(roles) if j != i)]


# How or whether someone attends, printed in brackets after the name: neither role nor body.
_ATTENDING_HOW = re.compile(
    r"(?:via\s+|by\s+|on\s+)?(?:skype|teams|ms\s+teams|zoom|phone|telephone|video(?:\s*link|\s*call)?|remote(?:ly)?"
    r"|virtual(?:ly)?|online|in\s+person|tbc|tbc\.|to\s+be\s+confirmed|part(?:\s+of\s+the\s+meeting)?)",
    re.I)


# Why an apology was sent, printed in brackets after the name: neither role nor body.
_ABSENCE_REASON = re.compile(
    r"(?:(?:both|all)\s+)?(?:due\s+to\s+|on\s+)?(?:(?:family|work|business|personal|prior|other|council|medical|health|caring|"
    r"childcare|professional|holiday|travel)\s+)?(?:commitments?|engagements?|reasons?|matters?|issues?|"
    r"appointments?)|(?:on\s+|annual\s+|sick\s+|maternity\s+|paternity\s+|compassionate\s+)?leave|ill(?:ness)?"
    r"|ill[\s-]health|unwell|sick(?:ness)?|(?:on\s+)?holiday|away|bereavement|hospital(?:i[sz]ed)?|isolating"
    r"|self[\s-]isolating|covid(?:-19)?|injury|unable\s+to\s+attend|working|at\s+work|work|indisposed",
    re.I)


# What the meeting did with apologies, printed after the last name: 'accepted', 'noted and accepted'.
_ACCEPTED = re.compile(r"(?:(?:all\s+)?(?:apologies\s+)?(?:were\s+|was\s+)?(?:duly\s+)?)?"
                       r"(?:accepted|noted|received|approved|agreed)(?:\s+(?:and|&)\s+(?:accepted|noted|approved|agreed))?"
                       r"(?:\s+by\s+(?:the\s+)?\w+)?", re.I)
# A name set as initials and a surname, then a post without a comma ('W Gorse Clerk and
# Executive Officer', 'G Lowe Deputy Parish Clerk'); the post names a role within its first words.
_INITIALS_THEN_POST = re.compile(r"^(?P<name>(?:[A-Z]\.?\s*){1,3}\s[A-Z][\w'’-]+)\s+(?P<post>[A-Z][^,]*)$")
_POST_REACH = 3
# A note in brackets that tells what someone did ('(Cllr J Owen attended via Zoom, but had no
# voting rights)', '(left at 8.15pm)'): neither role nor organisation.
_NOTE = re.compile(r"\b(?:attended|arrived|left|joined|departed|had|has|was|were|did|is|are)\s+[a-z]"
                   # '(from 7.45pm)', '(until 8.30pm)', '(arrived 7.10)', '(left 20:15)': when, not who
                   r"|^\s*(?:from|until|till|arrived|left|joined|departed)\b[^()]*\d", re.I)
# '... due to business commitments' after an apologising member's name: why, not who.
_REASON_CLAUSE = re.compile(r"\s+(?:due|owing)\s+to\s+[^()]*$|\s+because\s+of\s+[^()]*$", re.I)


def _is_plausible_name(name: str) -> bool:
    return (
        bool(_NAME.fullmatch(name))
        and len(name.split()) <= _MAX_NAME_WORDS
        and name.rstrip(".").lower() not in _CANONICAL  # "Dr" alone is a title, not a name
        and not _is_post_nominals(name)
    )


def _add_dash_role(text: str, roles: list[str], organisations: list[str]) -> None:
    role, comma, tail = text.rpartition(",")
    if comma and role.strip() and _is_organisation_tail(tail.strip()):
        roles.append(role.strip())
        organisations.append(tail.strip())
    else:
        roles.append(text)


def parse_person(raw: str) -> Person:
    """'Cllr Dr Brian Mathew' -> name 'Brian Mathew', honorific 'Cllr Dr';
    'Cllr Jenny Jeffries, Swindon Borough Council' -> affiliation 'Swindon Borough Council'.

    Same rules as parse_attendee; the organisation becomes the affiliation and any role is
    dropped (use parse_attendee to keep it). Raises ParseError.
    """
    attendee = parse_attendee(raw)
    return Person(
        name=attendee.name, honorific=attendee.honorific, affiliation=attendee.organisation
    )


_AND = re.compile(r"\s+(?:and|&)\s+", re.I)
_NAMEISH = re.compile(r"[A-Z][\w'’-]*\.?(?:\s+[A-Z][\w'’-]*\.?){1,2}")


def split_names(text: str) -> list[str]:
    """Split a list of people on ',', ';', newlines, ', and', ' and ' and ' & '.

    Never splits inside brackets. ' and ' / ' & ' split only between two things that look
    like names (an honorific, or two or three capitalised words on each side), so
    'Albourne and Ramsbury' and 'Police and Crime Commissioner' stay whole; they never split
    text after a spaced dash (a role). A comma part without an honorific that is only
    post-nominals ('OBE'), an organisation ('Swindon Borough Council', 'OPCC') or not
    name-shaped ('Albourne and Ramsbury', 'Brinkworth') is joined back to the name before it.
    """
    names: list[str] = []
    text = _AND_THE_OFFICE.sub(", ", without_worship(normalise(text)))
    text = re.sub(r"\)[ \t]+(?=[A-Z][a-z]*\.?\s+[A-Z])", "), ", text)  # '(Chair) R Healey' is two entries
    # 'P Moran   Clerk J Connelly': an office and its holder after a name, with no comma.
    text = re.sub(r"(?<=[a-z])\s+(?=(?:Clerk|Treasurer|RFO|Secretary)"
                  r"\s+(?:Mr|Mrs|Ms|Miss|Dr|[A-Z]\b|[A-Z][a-z]+\s+[A-Z]))", ", ", text)
    text = _split_member_runs(text)
    for piece in _split_top_level(_distribute_plural_title(_keep_line_tails(text)), ",;\n"):
        piece = re.sub(r"^(?:and|&)\s+", "", piece, flags=re.I).strip()
        if _KEPT_COMMA in piece:  # a line's person with what follows the name: one entry
            names.append(piece.replace(_KEPT_COMMA, ","))
            continue
        # A piece longer than any list of names is left whole: splitting it on "and" costs
        # time that grows with its square, and parse_attendee refuses it anyway.
        parts = list(filter(None, _split_on_and(piece) if len(piece) <= MAX_VALUE_CHARS else [piece]))
        for index, part in enumerate(parts):
            post = _POST_FIRST.match(part)
            if post:  # 'Vice-Chairman: Cllr R Birch' -> 'Cllr R Birch (Vice-Chairman)'
                title = post["post"].title() if post["post"].isupper() else post["post"]  # 'CHAIRMAN'
                part = f"{post['name']} ({title})"
            # what an 'and' split off is an entry of its own; a comma part may belong to the name before
            if names and index == 0 and (_is_attachment(part) or _officers_post(names[-1], part)):
                names[-1] = f"{names[-1]}, {part}"
            else:
                names.append(part)
    # 'The Chairman, Cllrs Ash and Birch': a plural list after the post names no holder
    return names if _POST_THEN_PLURAL.search(text) else _holders_after_posts(names)


# 'The Mayor, Councillor J Brown (in the Chair)': the chair's post, then the member who holds it.
_CHAIR_POST = re.compile(
    r"^the\s+(?P<post>(?:(?:deputy|vice|town|city|lord)[\s-]+)?(?:mayor|chair(?:man|woman|person)?)"
    # 'The Mayor of Northtown, Cllr J Brown'
    r"(?:\s+of\s+(?:the\s+)?(?-i:[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,3}))?)$", re.I)
_POST_THEN_PLURAL = re.compile(r"\bthe\s+(?:(?:deputy|vice|town|city|lord)[\s-]+)?(?:mayor|chair\w*)\s*[,;]\s*"
                               r"(?:cllrs|councillors)\b", re.I)
_ONE_MEMBER = re.compile(r"^(?:cllr|councillor|cyng|mr|mrs|ms|miss|dr)\.?\s+[A-Z]", re.I)


def _holders_after_posts(names: list[str]) -> list[str]:
    """An entry that is only a chair's post ('The Mayor') followed by one named member is that
    member's role; a plural list after it ('The Chairman, Cllrs Ash and Birch') is not."""
    out: list[str] = []
    for name in names:
        post = _CHAIR_POST.match(out[-1]) if out else None
        if post and _ONE_MEMBER.match(name) and not _PLURAL_ANYWHERE.match(name):
            out[-1] = f"{name} ({post['post']})"
        else:
            out.append(name)
    return out


_KEPT_COMMA = "\ue000"
# Posts printed before their holder, the holder taking the post as role: on a label line of a
# minutes' attendance ('Clerk: Mr D Hinch', 'VICE CHAIRMAN: COUNCILLOR R. BIRCH', 'Deputy Mayor:
# Cllr A Lee', 'Minute taker: J Bloggs') and inside a list (split_names). The chair's own
# 'Chair: X' line is not one: minutes read it as the meeting's chair beside the list naming X.
HOLDER_POSTS = (
    r"(?:(?:parish|town|deputy|assistant)\s+)?clerk(?:\s+(?:and|&)\s+rfo)?|rfo|minute[- ]?taker"
    r"|(?:vice|deputy)[\s-]?(?:chair(?:man|woman|person)?|mayor|leader)|(?:town\s+|city\s+)?mayor"
)
# Inside a list every post may head its holder: 'Chairman: Cllr R Dent', 'Clerk - Mrs A Fell'.
LISTED_POSTS = rf"{HOLDER_POSTS}|chair(?:man|woman|person)?|leader|treasurer|secretary"
_POST_FIRST = re.compile(
    rf"^(?P<post>{LISTED_POSTS})\s*(?::|\s[-–]\s)\s*"
    r"(?P<name>(?-i:(?:Cllr|Councillor|Mr|Mrs|Ms|Miss|Dr|Prof)\.?\s+[A-Z].{0,60}|[A-Z][\w.'’-]*\s+[A-Z].{0,60}))$",
    re.I)
# 'Cllr A Buck (Mayor) Cllr A Brook Cllr C Evans', 'COUNCILLOR R. BIRCH COUNCILLORS J. SMITH, K. JONES':
# members listed with no comma between them; a member's title (or a plural one) after a name's last
# word starts the next entry ('County Cllr', 'Cllr Dr' stay whole).
_MEMBER_TITLE_AHEAD = re.compile(r"[ \t]+(?=(?i:cllrs?|councillors?)\.?\s+[A-Z])")
# 'Chairman: Cllr R Dent Vice-Chairman: Cllr R Birch': a post's label after its holder's name starts
# the next entry the same way.
_POST_LABEL_AHEAD = re.compile(rf"[ \t]+(?=(?:{LISTED_POSTS})\s*:)", re.I)
_JOINS_TITLE = frozenset({"county", "district", "borough", "town", "parish", "unitary", "city", "community", "ward",
                          "cty", "deputy", "vice", "assistant", "chair", "chairman", "mayor", "leader", "and", "&",
                          "the", "by", "from", "of", "to", "with", "present", "apologies", "cllr", "councillor",
                          "cllr."})


def _split_member_runs(text: str) -> str:
    """A comma before each member's title, or post label, that follows another member's name with none."""
    for ahead in (_POST_LABEL_AHEAD, _MEMBER_TITLE_AHEAD):
        text = _comma_before(ahead, text)
    return text


def _comma_before(ahead: re.Pattern[str], text: str) -> str:
    out, last, depth, counted = [], 0, 0, 0
    for match in ahead.finditer(text):
        depth += _depth(text[counted: match.start()])  # brackets open before this title, counted once
        counted = match.start()
        words = text[max(0, match.start() - 40): match.start()].split()
        word = words[-1] if words else ""
        if word and (word[-1].isalpha() or word[-1] in "')") and word.lower().strip(":") not in _JOINS_TITLE \
                and not word.endswith(":") and depth == 0:
            out.append(text[last: match.start()] + ", ")
            last = match.end()
    return "".join(out) + text[last:]


def _keep_line_tails(text: str) -> str:
    """A list printed one person per line with what follows each name after a comma
    ('Cass Chideock, Cabinet Office' / 'Katie Davis, Cabinet Office' / 'Steve Hilton'): those
    commas are kept inside the line's entry. Only when there are at least three lines, no
    comma part after a line's first has an honorific or reads as a list ('and', ';', a plural
    title), and at least half the lines carry such a tail, so 'John Smith, Jane Doe' splits."""
    lines = [ln.strip() for ln in text.split("\n") if ln.strip()]
    if len(lines) < 3 or _PLURAL_ANYWHERE.search(text):
        return text
    # 'Jane Doe, Police and Crime Commissioner': an 'and' inside the name of an office lists nobody
    if any(";" in ln or re.search(r"\s(?:and|&)\s", _ONE_OFFICE_AND.sub(" ", ln)) for ln in lines):
        return text
    parts = [[p.strip() for p in _split_top_level(ln, ",")] for ln in lines]
    if any(not p or _split_honorific(p)[0] for line in parts for p in line[1:]):
        return text
    if sum(len(line) > 1 for line in parts) * 2 < len(lines) or any(len(line) > 3 for line in parts):
        return text
    return "\n".join(", ".join(line).replace(",", _KEPT_COMMA) if len(line) > 1 else line[0] for line in parts)


_PLURAL_ANYWHERE = re.compile(r"\b(?:Cllrs|Councillors|Messrs|Drs|CLLRS|COUNCILLORS)\b")


# "Cllrs Ives, Ward and Ellis": one plural title stands for each name after it in the list,
# until a name with its own title ("Chairman Cllr Mrs Shewell, Cllrs Hayward, Hoskins, ...").
_PLURAL_TITLE = re.compile(r"^(?P<tier>(?:County|District|Borough|Town|Parish|Unitary|City|Community|Ward)\s+)?"
                           r"(?P<title>Cllrs|Councillors|Messrs|Drs|CLLRS|COUNCILLORS)\.?\s*:?\s+(?=[A-Z])")
_SINGULAR = {"cllrs": "Cllr", "councillors": "Councillor", "messrs": "Mr", "drs": "Dr"}
# "... and the Clerk": an office named without a person, split off as an entry of its own.
_AND_THE_OFFICE = re.compile(r"\s+(?:and|&)\s+(?=the\s+[A-Z]?[a-z]*\s*(?:clerk|chair|mayor|treasurer|secretary|"
                             r"officer|rfo|minute|press|public)\b)", re.I)


# "the Clerk", "the Clerk to the Council", "the Chairman": an office, no person named.
OFFICE_ONLY = re.compile(r"^(?:the\s+)(?P<office>(?:[A-Z]?[a-z]+\s+)?"
                         r"(?:clerk|chair(?:man|woman|person)?|mayor|treasurer|secretary|rfo|"
                         r"responsible\s+financial\s+officer|minute[- ]?taker)\b.*)$", re.I)


def _distribute_plural_title(text: str) -> str:
    """'Cllrs Lee (Chair), Hewett and Wood' -> 'Cllr Lee (Chair), Cllr Hewett, Cllr Wood'."""
    if not re.search(r"\b(?:Cllrs|Councillors|Messrs|Drs|CLLRS|COUNCILLORS)\b", text):
        return text
    parts: list[str] = []
    title: Optional[str] = None
    pieces_of = _split_top_level(text, ",;\n")
    for index, piece in enumerate(pieces_of):
        # 'Cllrs Ash, Birch, Mrs J Fell, Clerk': the clerk's name, then her post
        post_next = index + 1 < len(pieces_of) and bool(_OFFICER_POST.match(pieces_of[index + 1].strip(" .;:")))
        match = _PLURAL_TITLE.match(piece)
        if match:
            title, piece = (match["tier"] or "") + _SINGULAR[match["title"].lower()], piece[match.end():]
        member = None if post_next else title
        own_title = piece and (_split_honorific(piece)[0] or _POST_FIRST.match(piece))
        if not match and own_title and not _titled_member(member, piece):
            title = None  # a name with its own title, or a post's holder ('Clerk: Mrs A Fell')
        if title and re.fullmatch(r"\([^()]*\)", piece):  # 'Councillors A Wilson, (Chairman)': his role
            parts[-1:] = [f"{parts[-1]} {piece}"] if parts else [piece]
            continue
        pieces = _split_and_top_level(piece) if title and len(piece) <= MAX_VALUE_CHARS else [piece]
        for part in pieces:
            if _titled_member(member, part):  # 'Cllrs Mrs Penn': a councillor who is Mrs Penn
                parts.append(f"{title} {part}")
                continue
            # 'Councillors K Evans (Ceredigion County Council), L George (...)': the council in brackets is theirs
            lone = (not title or _is_post_nominals(part) or _ORG_WORD.search(_pop_brackets(part)[0])
                    or _split_honorific(part)[0]
                    or _LEADING_ROLE.match(part) or _OFFICER_POST.match(part.strip(" .;:")))  # '..., Town Clerk'
            if part:
                parts.append(part if lone else f"{title} {part}")
    return ", ".join(parts)


# Courtesy titles a councillor's name may carry after the member's title ('Cllr Mrs Penn').
_COURTESY_TITLES = frozenset({"Mr", "Mrs", "Ms", "Miss", "Mx", "Dr", "Prof", "Professor", "Sir", "Dame", "Lady",
                              "Lord", "Rev", "Revd", "Reverend", "Canon"})


def _titled_member(title: Optional[str], part: str) -> bool:
    """In a list under a plural member title ('Cllrs Ash, Mrs Penn and Dr Cole') a name with a
    courtesy title is one more member, unless an officer's post or the public follows it
    ('Mrs J Fell (Clerk)', 'Mr P Dunn, Deputy Clerk')."""
    if not title or not part:
        return False
    honorific, rest = _split_honorific(part)
    if not honorific or any(word not in _COURTESY_TITLES for word in honorific.split()):
        return False
    _, bracketed = _pop_brackets(rest)
    return not any(_OFFICER_IN.search(b) for b in bracketed) and not _OFFICER_IN.search(_pop_brackets(rest)[0])


# An officer's post or the public, named in or after a name: not a member.
_OFFICER_IN = re.compile(r"\b(?:clerk|rfo|treasurer|secretary|officer|minute[- ]?taker|public|press|director|manager"
                         r"|solicitor|adviser|advisor|assistant)\b", re.I)


def _split_and_top_level(piece: str) -> list[str]:
    """piece split on ' and ' / ' & ' outside brackets, whatever stands either side."""
    for match in _AND.finditer(piece):
        if _depth(piece[: match.start()]) == 0:
            return [piece[: match.start()].strip(), *_split_and_top_level(piece[match.end() :])]
    return [re.sub(r"^(?:and|&)\s+", "", piece, flags=re.I).strip()]


def _split_on_and(piece: str) -> list[str]:
    if _SPACED_DASH.search(_pop_brackets(piece)[0]):
        return [piece]
    for match in _AND.finditer(piece):
        left, right = piece[: match.start()], piece[match.end() :]
        if _in_caps_role(left, right) or _ONE_OFFICE.search(left) and _OFFICE_TAIL.match(right):
            continue  # 'Elspeth Ravensworth POLICE AND CRIME COMMISSIONER', 'Police and Crime': one office
        # 'Cllr Dan Eze (Eastvale District Council) and the Police and Crime Commissioner': a post
        # held by someone unnamed is an entry of its own.
        the_post = bool(re.match(r"the\s+[A-Z]", right)) and bool(_ROLE_WORD.search(right))
        if (
            _depth(left) == 0
            and (_looks_like_name(left) or _ACRONYM.fullmatch(left.strip()))
            and (_looks_like_name(right.split(" and ")[0]) or the_post)
        ):
            return [left.strip(), *_split_on_and(right.strip())]
    return [piece]


# 'Police and Crime Commissioner', 'Fire and Rescue Service': an 'and' inside the name of an office.
_ONE_OFFICE = re.compile(r"\b(?:police|fire)\s*$", re.I)
_ONE_OFFICE_AND = re.compile(r"\b(?:police|fire)\s+(?:and|&)\s+(?:crime|rescue|fire)\b", re.I)
_OFFICE_TAIL = re.compile(r"\s*(?:crime|rescue|fire)\b", re.I)


def _in_caps_role(left: str, right: str) -> bool:
    """An 'and' between two words in capitals joins a role printed in capitals."""
    before, after = left.split()[-1:], right.split()[:1]
    return bool(before and after and before[0].isupper() and len(before[0]) > 1
                and after[0].isupper() and len(after[0]) > 1)


def _depth(text: str) -> int:
    return text.count("(") - text.count(")")


def _looks_like_name(text: str) -> bool:
    outside, _ = _pop_brackets(text)
    outside = outside.strip(" .,;:")
    honorific, rest = _split_honorific(outside)
    return bool(honorific and rest) or bool(_NAMEISH.fullmatch(rest))


# An officer's post printed after their name: 'Jane Smith, Parish Clerk', 'J Smith, Democratic Services
# Officer' (up to three words before the post's last word, Democratic Services
# Officer) in words that qualify a post, never a name ('Lysander Fennimore TREASURER' is a person).
_POST_QUALIFIER = (r"parish|town|city|deputy|assistant|democratic|services?|committee|finance|financial|responsible"
                   r"|chief|executive|principal|senior|locum|acting|interim|planning|policy|project|support|governance"
                   r"|legal|monitoring|proper|community|communications|admin(?:istration)?"
                   # a fire service's posts: 'Chief Fire Officer', 'Area Manager', 'Station Commander'
                   r"|fire|area|group|station|watch|brigade|operations")
# 'Tom Fox, Chief Executive', 'A Lee, Director of Finance', 'S Hill, Head of Legal Services': the post may
# name what it heads in up to four words after 'of' or 'for'.
_OFFICER_POST = re.compile(rf"^(?:(?:{_POST_QUALIFIER})\s+){{0,3}}(?:clerk|officer|rfo|treasurer|secretary|manager"
                           r"|director|administrator|assistant|adviser|advisor|solicitor|accountant|executive|head"
                           r"|commissioner|constable|superintendent|auditor|commander)(?:\s+(?:of|for)(?:\s+[\w&'’-]+){1,4})?$",
                           re.I)
# A full name, then an officer's post without a comma ('Denise Gascoyne Parish Clerk', 'Tracy Knights Clerk
# and RFO', 'Sam Lee Head of Finance'): the post opens with a qualifier or the post's own word.
_NAME_THEN_POST = re.compile(
    rf"^(?P<name>(?!(?i:{_POST_QUALIFIER})\b)[A-Z][a-z][\w'’-]*(?:\s+(?!(?i:{_POST_QUALIFIER})\b)"
    r"[A-Z][a-z][\w'’-]*){1,2})\s+"
    rf"(?P<post>(?:(?i:{_POST_QUALIFIER})\s+){{0,3}}(?i:clerk|rfo|treasurer|secretary|officer|manager|director"
    r"|administrator|solicitor|accountant|auditor|minute[- ]?taker|head\s+of)\b.*)$")
_MEMBER_TITLE = re.compile(r"^\W*(?:county\s+|district\s+|borough\s+|town\s+|parish\s+)?(?:cllrs?|councillors?)\b",
                           re.I)


def _officers_post(before: str, part: str) -> bool:
    """`part` is the post of the officer named just before it. Not after a councillor: in
    'Cllr A Lee, Cllr B Khan, Town Clerk' the clerk attended in their own right."""
    part = part.strip(" .;:")
    return (bool(_OFFICER_POST.match(part)) and not _split_honorific(part)[0]
            and not _MEMBER_TITLE.match(before) and "(" not in before and "," not in before)


def _is_attachment(part: str) -> bool:
    """Post-nominals, an organisation or a ward ('Albourne and Ramsbury') printed after a
    comma belong to the name before them; a part with an honorific never does."""
    if _post_then_holder(part.strip())[0] != part.strip():  # 'Office of the PCC (Jane Doe)': its holder's entry
        return False
    head = _SPACED_DASH.split(_pop_brackets(part)[0], maxsplit=1)[0].strip(" .;:")
    if _is_post_nominals(head):
        return True
    if _split_honorific(head)[0] or OFFICE_ONLY.match(head):
        return False
    head, role = _caps_role(_leading_role(head)[0])
    if role and _NAMEISH.fullmatch(head):  # 'J Nightingale INDEPENDENT CO-OPTED MEMBER'
        return False
    initials = _INITIALS_THEN_POST.match(head)
    if _NAME_THEN_POST.match(head) or initials and _OFFICER_POST.match(initials["post"]):
        return False  # '..., Denise Gascoyne Parish Clerk': a person, then a post
    organisation = bool(_ACRONYM.fullmatch(head)) or (
        bool(_ORG_WORD.search(head)) and not _ROLE_WORD.search(head)
    )
    return organisation or not _NAMEISH.fullmatch(head)

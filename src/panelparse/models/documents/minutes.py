"""Minutes: who attended, what was discussed, what was decided and who moved it."""

from __future__ import annotations

import datetime as dt
from typing import Literal, Optional

from pydantic import Field, model_validator

from ..base import ContractModel, Evidence
from ..values import TIME_PATTERN, Attendee
from .agenda import FutureMeeting
from .base import DocumentBase
from .report import Table


class Votes(ContractModel):
    """A recorded vote, as counts and, where printed, the names."""

    for_: Optional[int] = Field(default=None, alias="for", ge=0, description="Votes for.")
    against: Optional[int] = Field(default=None, ge=0, description="Votes against.")
    abstain: Optional[int] = Field(default=None, ge=0, description="Abstentions.")
    for_names: list[str] = Field(default_factory=list, description="Names recorded as voting for.")
    against_names: list[str] = Field(default_factory=list, description="Names voting against.")
    abstain_names: list[str] = Field(default_factory=list, description="Names abstaining.")
    absent_names: list[str] = Field(
        default_factory=list, description="Names recorded absent from the vote."
    )
    printed: Optional[str] = Field(
        default=None,
        description="Any count as printed, e.g. '[4-2-1-1]', 'UNANIMOUS', '7 for; 2 against'.",
    )

    @model_validator(mode="after")
    def _counts_from_names(self) -> "Votes":
        # A roll-call lists names only: the count follows from them.
        for field, names in (("for_", self.for_names), ("against", self.against_names),
                             ("abstain", self.abstain_names)):
            if getattr(self, field) is None and names:
                setattr(self, field, len(names))
        return self


class Decision(ContractModel):
    """One resolution block."""

    text: str = Field(description="What was resolved, numbered parts kept.")
    proposer: Optional[str] = Field(default=None, description="As written, e.g. 'Cllr Sheppard'.")
    seconder: Optional[str] = Field(default=None, description="As written, e.g. 'the Chairman'.")
    outcome: Optional[str] = Field(default=None, description="resolved, carried, lost, noted, ...")
    votes: Optional[Votes] = Field(default=None, description="Recorded vote, else null.")
    evidence: Optional[Evidence] = Field(default=None, description="Where the decision text is.")


class MinuteItem(ContractModel):
    """One numbered minute."""

    number: str = Field(description="Minute number as printed, e.g. '15' or '23/15'; '' when the minutes print none.")
    title: str = Field(description="Minute heading.")
    text: str = Field(default="", description="Paragraph text of the minute (bullets excluded).")
    bullets: list[str] = Field(default_factory=list, description="Bulleted points.")
    decisions: list[Decision] = Field(default_factory=list, description="Resolutions in order.")
    agenda_item: Optional[str] = Field(
        default=None, description="Agenda item this minute records, from '(Item 5)', when printed."
    )
    tables: list[Table] = Field(
        default_factory=list, description="Tables printed under the minute, as printed."
    )
    evidence: Optional[Evidence] = Field(default=None, description="Where the minute heading is.")


class Declaration(ContractModel):
    """A declaration of interest."""

    name: Optional[str] = Field(default=None, description="Who declared, without honorific.")
    honorific: Optional[str] = Field(default=None, description="e.g. 'Cllr', 'Councillor'.")
    item: Optional[str] = Field(default=None, description="Item number it concerns.")
    interest: Optional[str] = Field(default=None, description="Nature of the interest.")
    text: str = Field(description="The declaration as printed.")
    evidence: Optional[Evidence] = Field(default=None, description="Where it is printed.")


EventKind = Literal["arrival", "departure", "adjournment", "resumption", "start", "end", "other"]


class TimedEvent(ContractModel):
    """A sentence recording a time: arrival, departure, adjournment."""

    time: str = Field(pattern=TIME_PATTERN, description="HH:MM.")
    text: str = Field(description="The sentence.")
    kind: Optional[EventKind] = Field(
        default=None, description="What happened at that time, read from the sentence's verb."
    )
    evidence: Optional[Evidence] = Field(default=None, description="Where the sentence is.")


class Author(ContractModel):
    """The officer who produced the minutes."""

    name: Optional[str] = Field(default=None, description="Officer's name.")
    email: Optional[str] = Field(default=None, description="Email address.")


class MinutesDocument(DocumentBase):
    """kind = "minutes"."""

    kind: Literal["minutes"] = Field(default="minutes", description="Document kind.")
    body: Optional[str] = Field(default=None, description="The committee or panel.")
    date: Optional[dt.date] = Field(default=None, description="Date of the meeting minuted.")
    venue: Optional[str] = Field(default=None, description="Venue.")
    start_time: Optional[str] = Field(default=None, pattern=TIME_PATTERN, description="HH:MM.")
    end_time: Optional[str] = Field(default=None, pattern=TIME_PATTERN, description="HH:MM.")
    present: list[Attendee] = Field(default_factory=list, description="Members present.")
    also_present: list[Attendee] = Field(default_factory=list, description="Officers and others in attendance.")
    apologies: list[Attendee] = Field(default_factory=list, description="Apologies for absence.")
    absent: list[Attendee] = Field(
        default_factory=list,
        description="Recorded absent without apologies (e.g. 'Absent' in a roll call).",
    )
    items: list[MinuteItem] = Field(default_factory=list, description="Minutes in order.")
    declarations: list[Declaration] = Field(default_factory=list, description="Declarations of interest.")
    events: list[TimedEvent] = Field(default_factory=list, description="Timed events.")
    author: Author = Field(default_factory=Author, description="Officer who produced the minutes.")
    future_meetings: list[FutureMeeting] = Field(
        default_factory=list, description="Next / future meeting dates noted in the minutes."
    )

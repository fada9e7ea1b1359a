"""The agenda frontsheet: who sits, what will be discussed, and where its papers are."""

from __future__ import annotations

import datetime as dt
from typing import Iterator, Literal, Optional

from pydantic import Field

from ..base import ContractModel, Evidence, PageRange
from ..values import TIME_PATTERN, Contact, Person
from .base import DocumentBase


class AgendaItem(ContractModel):
    """One numbered agenda item; sub-items (6a, 6b) are its children."""

    number: str = Field(min_length=1, description="Item number as printed, without trailing dot ('6a').")
    title: str = Field(description="Item title.")
    description: Optional[str] = Field(default=None, description="Text printed under the title.")
    pack_pages: Optional[PageRange] = Field(
        default=None, description="Printed pack pages from '(Pages 11 - 18)'."
    )
    time: Optional[str] = Field(
        default=None, pattern=TIME_PATTERN, description="HH:MM the item's time slot starts, when one is printed."
    )
    presenter: Optional[str] = Field(
        default=None, description="Who presents or leads the item, as printed ('Nick Bagshaw, Steve Peters')."
    )
    part: Literal["I", "II"] = Field(default="I", description="Part I (public) or Part II (exempt).")
    children: list["AgendaItem"] = Field(default_factory=list, description="Sub-items in order.")
    document_indices: list[int] = Field(
        default_factory=list, description="Indices into MeetingPack.documents on this item's pages."
    )
    evidence: Optional[Evidence] = Field(default=None, description="Where the item heading is.")

    def walk(self, parent: Optional[str] = None) -> Iterator[tuple["AgendaItem", Optional[str]]]:
        """This item and its sub-items depth-first, each with its parent's number."""
        yield self, parent
        for child in self.children:
            yield from child.walk(self.number)


class FutureMeeting(ContractModel):
    """A future meeting date listed on the agenda or in the minutes."""

    date: Optional[dt.date] = Field(default=None, description="Meeting date.")
    start_time: Optional[str] = Field(default=None, pattern=TIME_PATTERN, description="HH:MM.")
    venue: Optional[str] = Field(default=None, description="Venue as printed.")
    raw: Optional[str] = Field(default=None, description="The line as printed.")
    evidence: Optional[Evidence] = Field(default=None, description="Where the line is.")


class AgendaDocument(DocumentBase):
    """kind = "agenda"."""

    kind: Literal["agenda"] = Field(default="agenda", description="Document kind.")
    body: Optional[str] = Field(default=None, description="The committee or panel meeting.")
    date: Optional[dt.date] = Field(default=None, description="Meeting date.")
    start_time: Optional[str] = Field(default=None, pattern=TIME_PATTERN, description="HH:MM.")
    venue: Optional[str] = Field(default=None, description="Where the meeting is held.")
    contact: Contact = Field(default_factory=Contact, description="Contact officer.")
    members: list[Person] = Field(default_factory=list, description="Membership.")
    substitutes: list[Person] = Field(default_factory=list, description="Named substitutes.")
    items: list[AgendaItem] = Field(default_factory=list, description="Top-level items in order.")
    future_meetings: list[FutureMeeting] = Field(default_factory=list, description="Future dates.")

    def all_items(self) -> Iterator[AgendaItem]:
        """Every item and sub-item, depth-first in agenda order."""
        for item in self.items:
            for found, _ in item.walk():
                yield found

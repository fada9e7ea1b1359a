"""Any other officer report: header, numbered sections, tables, recommendations."""

from __future__ import annotations

from typing import Literal, Optional

from pydantic import Field

from ..base import ContractModel, Evidence, PageRange
from ..values import Contact, DateRef
from .base import DocumentBase


class Paragraph(ContractModel):
    """A numbered (or unnumbered) paragraph."""

    number: Optional[str] = Field(default=None, description="Paragraph number, e.g. '2.3' or 'a'.")
    text: str = Field(description="Paragraph text.")
    parent: Optional[str] = Field(
        default=None, description="Number of the paragraph a lettered sub-paragraph belongs to, e.g. '2'."
    )
    bullets: list[str] = Field(default_factory=list, description="Bullet points printed under the paragraph.")
    evidence: Optional[Evidence] = Field(default=None, description="Where the paragraph starts.")


class Section(ContractModel):
    """A numbered section."""

    number: Optional[str] = Field(default=None, description="Section number, e.g. '3'.")
    heading: Optional[str] = Field(default=None, description="Section heading.")
    paragraphs: list[Paragraph] = Field(default_factory=list, description="Paragraphs in order.")
    date: Optional[DateRef] = Field(
        default=None, description="When the heading is a date ('May 2023'): a timeline entry."
    )
    tables: list[int] = Field(default_factory=list, description="Indices into the document's tables printed here.")
    evidence: Optional[Evidence] = Field(default=None, description="Where the heading is.")


class TableGroup(ContractModel):
    """A row spanning the table that heads a group of rows."""

    label: str = Field(description="Group label, e.g. 'Cause of concern 1: ...'.")
    row_start: int = Field(ge=0, description="First row index (into rows) of the group.")
    row_end: int = Field(ge=0, description="Last row index (inclusive).")
    level: int = Field(
        default=1, ge=1, description="1 for an outer group; 2 for a sub-group inside one ('Progress summary')."
    )


class Table(ContractModel):
    """A table as printed."""

    page: int = Field(ge=1, description="Page the table starts on.")
    title: Optional[str] = Field(default=None, description="Caption or preceding heading.")
    header: list[str] = Field(default_factory=list, description="Header cells.")
    rows: list[list[str]] = Field(default_factory=list, description="Body rows (group rows excluded).")
    groups: list[TableGroup] = Field(default_factory=list, description="Group rows.")
    glyphs: dict[str, str] = Field(
        default_factory=dict, description="Status glyphs found and their meaning where known."
    )
    undecoded_glyphs: list[str] = Field(
        default_factory=list, description="Status glyphs used in the table that the document never explains."
    )
    status_column: Optional[int] = Field(
        default=None, ge=0, description="Index of the column whose cells are status glyphs, if any."
    )
    page_end: Optional[int] = Field(default=None, ge=1, description="Last page of a table that runs on.")
    evidence: Optional[Evidence] = Field(default=None, description="Where the table is.")


class Enclosure(ContractModel):
    """A paper a covering letter encloses ('7  24/00109 - Transfer ... (Pages 1 - 20)')."""

    item: Optional[str] = Field(default=None, description="Agenda item number it is filed under, e.g. '7'.")
    title: str = Field(description="Title as printed, without its number or page reference.")
    pack_pages: Optional[PageRange] = Field(default=None, description="Printed pack pages it cites.")
    evidence: Optional[Evidence] = Field(default=None, description="Where the enclosure is listed.")


class Letter(ContractModel):
    """The letter parts of a paper written as a letter to members (a covering letter, a
    councillor's or clerk's letter with content)."""

    addressee: Optional[str] = Field(default=None, description="Who it is to: 'All Members of the Cabinet'.")
    salutation: Optional[str] = Field(default=None, description="'Dear Member', as printed.")
    close: Optional[str] = Field(default=None, description="'Yours sincerely', as printed.")
    sender: Optional[str] = Field(default=None, description="Name of the person who signs it.")
    sender_role: Optional[str] = Field(
        default=None, description="What the signatory is, printed under the name ('General Counsel')."
    )
    enclosures: list[Enclosure] = Field(default_factory=list, description="Papers the letter encloses.")
    evidence: Optional[Evidence] = Field(default=None, description="Where the salutation is.")


class ReportDocument(DocumentBase):
    """kind = "report"."""

    kind: Literal["report"] = Field(default="report", description="Document kind.")
    meeting: Optional[str] = Field(default=None, description="Header: meeting.")
    date: Optional[DateRef] = Field(default=None, description="Header: date.")
    report_title: Optional[str] = Field(default=None, description="Header: report title.")
    presented_by: Optional[str] = Field(default=None, description="Header: presented by.")
    author: Optional[str] = Field(default=None, description="Header: author.")
    header: dict[str, str] = Field(
        default_factory=dict, description="Every header field as printed (From, To, Subject...)."
    )
    sections: list[Section] = Field(default_factory=list, description="Sections in order.")
    tables: list[Table] = Field(default_factory=list, description="Tables in order.")
    recommendations: list[str] = Field(default_factory=list, description="Recommendations.")
    organisation: Optional[str] = Field(
        default=None, description="The council or body named in the letterhead or title block."
    )
    meeting_date: Optional[DateRef] = Field(
        default=None,
        description="Date of the meeting the paper goes to, where the paper names one; a letter's `date` "
        "is the day it was written and may differ.",
    )
    contact: Optional[Contact] = Field(
        default=None, description="Who to ask about the paper: contact officer, 'Please ask for', report author."
    )
    letter: Optional[Letter] = Field(default=None, description="Salutation, signatory and enclosures of a letter.")

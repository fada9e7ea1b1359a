"""MeetingPack, the root of the output contract."""

from __future__ import annotations

import datetime as dt
from typing import Annotated, Any, Final, Literal, Optional, Union

from pydantic import Discriminator, Field, SerializeAsAny, Tag

from .base import Check, ContractModel, ExtractionWarning
from .documents import (
    AgendaDocument,
    CommissioningPlanDocument,
    ExtensionDocument,
    HighlightReportDocument,
    MinutesDocument,
    OtherDocument,
    ReportDocument,
)
from .values import TIME_PATTERN, Contact

SCHEMA_VERSION: Final = "1.0"

BUILTIN_DOCUMENT_MODELS = (
    AgendaDocument,
    MinutesDocument,
    HighlightReportDocument,
    CommissioningPlanDocument,
    ReportDocument,
    OtherDocument,
)
_BUILTIN_KINDS = {m.model_fields["kind"].default for m in BUILTIN_DOCUMENT_MODELS}


def _document_tag(value: Any) -> str:
    # Unknown kinds are plugin documents: route them to the open ExtensionDocument branch
    # instead of failing, so a pack made with a plugin still loads without it.
    kind: Any = value.get("kind") if isinstance(value, dict) else getattr(value, "kind", None)
    return kind if kind in _BUILTIN_KINDS else "extension"


Document = Annotated[
    Union[
        Annotated[AgendaDocument, Tag("agenda")],
        Annotated[MinutesDocument, Tag("minutes")],
        Annotated[HighlightReportDocument, Tag("highlight_report")],
        Annotated[CommissioningPlanDocument, Tag("commissioning_plan")],
        Annotated[ReportDocument, Tag("report")],
        Annotated[OtherDocument, Tag("other")],
        Annotated[SerializeAsAny[ExtensionDocument], Tag("extension")],
    ],
    Discriminator(_document_tag),
]


class Generator(ContractModel):
    """What produced this output, so results are reproducible."""

    name: str = Field(default="panelparse", description="Producing tool.")
    version: str = Field(description="panelparse version.")
    extractors: dict[str, str] = Field(
        default_factory=dict, description="Extractor kind -> 'distribution version' used."
    )


class Source(ContractModel):
    """The PDF the pack was read from."""

    path: str = Field(description="Path as given.")
    sha256: str = Field(pattern=r"^[0-9a-f]{64}$", description="SHA-256 of the file.")
    page_count: int = Field(ge=0, description="Number of pages.")
    producer: Optional[str] = Field(default=None, description="PDF Producer metadata.")
    creator: Optional[str] = Field(default=None, description="PDF Creator metadata.")
    title: Optional[str] = Field(default=None, description="PDF Title metadata.")
    generator: Optional[Generator] = Field(default=None, description="Tool and extractor versions.")


class Meeting(ContractModel):
    """The meeting the pack is for (from the agenda when there is one)."""

    body: Optional[str] = Field(default=None, description="Committee or panel.")
    date: Optional[dt.date] = Field(default=None, description="Meeting date.")
    start_time: Optional[str] = Field(default=None, pattern=TIME_PATTERN, description="HH:MM.")
    venue: Optional[str] = Field(default=None, description="Venue.")
    contact: Contact = Field(default_factory=Contact, description="Contact officer.")


class MeetingPack(ContractModel):
    """A whole agenda pack as validated, typed data."""

    schema_version: Literal["1.0"] = Field(default=SCHEMA_VERSION, description="Output contract version.")
    source: Source = Field(description="The PDF read.")
    meeting: Meeting = Field(default_factory=Meeting, description="Meeting header.")
    documents: list[Document] = Field(default_factory=list, description="Documents in pack order.")
    warnings: list[ExtractionWarning] = Field(default_factory=list, description="Pack-level warnings.")
    checks: list[Check] = Field(default_factory=list, description="Reconciliations.")

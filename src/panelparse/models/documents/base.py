"""Fields every document kind shares, and the open branch third-party kinds use."""

from __future__ import annotations

from typing import Optional

from pydantic import ConfigDict, Field

from ..base import ContractModel, ExtractionWarning, PageRange


class DocumentBase(ContractModel):
    """One document of the pack: a contiguous run of pages of one kind."""

    kind: str = Field(description="Document kind; discriminates the union.")
    title: Optional[str] = Field(default=None, description="Title as printed, when one was found.")
    pages: PageRange = Field(description="Physical pages, blank separators after it included.")
    printed_pages: Optional[PageRange] = Field(
        default=None, description="Printed page numbers ('Page 20'); null when none is stamped."
    )
    confidence: float = Field(ge=0.0, le=1.0, description="How sure the classifier was (0..1).")
    agenda_item: Optional[str] = Field(
        default=None, description="Agenda item number this document belongs to, e.g. '6a'."
    )
    warnings: list[ExtractionWarning] = Field(
        default_factory=list, description="Problems met while extracting this document."
    )


class ExtensionDocument(DocumentBase):
    """A document of a kind added by a plugin; plugin-specific fields survive a round trip."""

    model_config = ConfigDict(extra="allow")

    # The pattern also keeps built-in kinds out of this branch in the JSON Schema's oneOf.
    kind: str = Field(pattern=r"^[A-Za-z0-9_-]+(\.[A-Za-z0-9_-]+)+$",
                      description="Namespaced plugin kind, e.g. 'acme.risk_register'.")

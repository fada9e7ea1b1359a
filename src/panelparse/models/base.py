"""Shared building blocks of the output contract (see docs/output-contract.md)."""

from __future__ import annotations

from typing import Literal, Optional

from pydantic import BaseModel, ConfigDict, Field, model_validator


class ContractModel(BaseModel):
    """Base of every output model: unknown keys are rejected so typos never pass silently.

    Validators are built on a model's first use, not at import (`defer_build`): a run that
    reads one kind of document never builds the other kinds' (about 15 ms of start-up).
    """

    model_config = ConfigDict(extra="forbid", populate_by_name=True, serialize_by_alias=True, defer_build=True)


class PageRange(ContractModel):
    """An inclusive range of pages."""

    start: int = Field(ge=1, description="First page (1-based).")
    end: int = Field(ge=1, description="Last page (1-based, inclusive).")

    @model_validator(mode="after")
    def _ordered(self) -> "PageRange":
        if self.end < self.start:
            raise ValueError(f"page range ends ({self.end}) before it starts ({self.start})")
        return self


BBox = tuple[float, float, float, float]


class Evidence(ContractModel):
    """Where in the PDF a record was read, so a reader can find the words it came from."""

    page: int = Field(ge=1, description="1-based physical page index.")
    bbox: Optional[BBox] = Field(
        default=None, description="[x0, top, x1, bottom] in PDF points, top-left origin."
    )


class ExtractionWarning(ContractModel):
    """Something read that could not be understood fully; the pack is still returned."""

    code: str = Field(description="Stable machine-readable code, e.g. 'unparsed_money'.")
    message: str = Field(description="Human-readable explanation naming the offending value.")
    page: Optional[int] = Field(default=None, description="Physical page the problem is on.")
    document_index: Optional[int] = Field(
        default=None, description="Index into MeetingPack.documents, when it concerns one."
    )


class Check(ContractModel):
    """A reconciliation the pack allows (totals, counts, cross-references). A fail is data."""

    code: str = Field(description="What was reconciled, e.g. 'funding_total'.")
    status: Literal["pass", "fail"] = Field(description="Whether the figures agree.")
    message: str = Field(description="Both figures, as read and as computed.")
    evidence: Optional[Evidence] = Field(default=None, description="Where the printed figure is.")

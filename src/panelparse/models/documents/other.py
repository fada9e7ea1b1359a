"""Pages nothing else claimed."""

from __future__ import annotations

from typing import Literal

from pydantic import Field

from ..base import ContractModel
from .base import DocumentBase


class PageText(ContractModel):
    """The text of one page."""

    page: int = Field(ge=1, description="Physical page.")
    text: str = Field(description="Extracted text.")


class OtherDocument(DocumentBase):
    """kind = "other"."""

    kind: Literal["other"] = Field(default="other", description="Document kind.")
    text: list[PageText] = Field(default_factory=list, description="Text per page.")

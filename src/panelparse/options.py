"""Library options for one extraction."""

from __future__ import annotations

from typing import Optional

from pydantic import BaseModel, ConfigDict, Field


class ExtractOptions(BaseModel):
    """How `panelparse.extract` behaves."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    strict: bool = Field(default=False, description="Raise StrictModeError when any warning is recorded.")
    plugins: Optional[str] = Field(
        default=None,
        description="'builtin' for built-in extractors only; else a comma list of plugin distributions; None = all.",
    )
    require_text: bool = Field(default=True, description="Raise NoTextLayerError for a PDF with no text layer.")

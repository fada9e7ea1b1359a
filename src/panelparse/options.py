"""Library options for one extraction."""

from __future__ import annotations

from enum import Enum
from typing import Optional

from pydantic import BaseModel, ConfigDict, Field, field_validator

from .limits import DEFAULT_MAX_PAGES


class OcrMode(str, Enum):
    """When scanned pages get a text layer from OCR before layout."""

    off = "off"
    scans = "scans"
    auto = "auto"
    force = "force"


class LayoutEngine(str, Enum):
    """What reads the PDF's characters and lines."""

    pdfplumber = "pdfplumber"
    pdfium = "pdfium"


class ExtractOptions(BaseModel):
    """How `panelparse.extract` behaves."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    strict: bool = Field(default=False, description="Raise StrictModeError when any warning is recorded.")
    plugins: Optional[str] = Field(
        default=None,
        description="'builtin' for built-in extractors only; else a comma list of plugin distributions; None = all.",
    )
    require_text: bool = Field(default=True, description="Raise NoTextLayerError for a PDF with no text layer.")
    password: Optional[str] = Field(
        default=None, description="Password of an encrypted PDF (an empty user password needs none).", repr=False
    )
    max_pages: Optional[int] = Field(
        default=DEFAULT_MAX_PAGES, ge=1, description="Raise PageLimitError for a PDF with more pages; None = no limit."
    )
    timeout: Optional[float] = Field(
        default=None, gt=0, description="Raise PackTimeoutError after this many seconds; None = no limit."
    )
    max_memory: Optional[int] = Field(
        default=None, gt=0,
        description="Cap the process's address space (bytes) while reading; MemoryLimitError past it. "
        "None = no cap (the CLI sets one).",
    )
    ocr: OcrMode = Field(
        default=OcrMode.scans,
        description="scans (the default): OCR a file none of whose pages has a text layer (a scan), where "
        "panelparse[ocr] is installed; auto: OCR every page with no text layer; force: OCR every page; off: never.",
    )
    pages: Optional[tuple[int, int]] = Field(
        default=None,
        description="Read only physical pages first..last (1-based, inclusive); None = every page. "
        "Page numbers in the output stay those of the whole PDF.",
    )

    workers: Optional[int] = Field(
        default=None, ge=1,
        description="Processes that read pages at once: None = one per idle core (the available cores less "
        "the load average; a pack of a few pages is read in one); 1 = read in this process (what a batch of "
        "many packs wants).",
    )
    engine: LayoutEngine = Field(
        default=LayoutEngine.pdfplumber,
        description="pdfplumber (the default) or pdfium: experimental, faster, with slightly different geometry "
        "(docs/performance.md).",
    )

    weights: dict[str, dict[str, float]] = Field(
        default_factory=dict,
        description="Per kind, score-card weights to use instead of the declared ones, e.g. "
        "{'agenda': {'summons': 0.5}} (see docs/tuning.md); unknown kinds or features are refused.",
    )
    layout: dict[str, object] = Field(
        default_factory=dict,
        description="LayoutSettings fields to change, e.g. {'line_tolerance': 3.0} (see docs/tuning.md).",
    )

    def layout_settings(self):  # -> LayoutSettings (layout is imported lazily: options stay light)
        """The LayoutSettings this extraction reads pages with."""
        from .layout.settings import LayoutSettings

        return LayoutSettings(**self.layout) if self.layout else None

    @field_validator("layout")
    @classmethod
    def _known_layout(cls, layout: dict[str, object]) -> dict[str, object]:
        from .layout.settings import LayoutSettings

        try:
            LayoutSettings(**layout)  # type: ignore[arg-type]
        except TypeError as exc:  # an unknown field
            raise ValueError(str(exc)) from None
        return layout

    @field_validator("pages")
    @classmethod
    def _ordered(cls, pages: Optional[tuple[int, int]]) -> Optional[tuple[int, int]]:
        if pages is not None and not 1 <= pages[0] <= pages[1]:
            raise ValueError(f"pages {pages[0]}-{pages[1]}: want 1 <= first <= last")
        return pages

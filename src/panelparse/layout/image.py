"""Page images for `panelparse explain`: a page (or a region of it) as PNG, boxes drawn on it.

pdfplumber renders through pypdfium2 and Pillow, both dependencies of pdfplumber itself. This
module reaches pdfplumber only through `pdf.py`'s open pack, so that module stays the one
place that imports it.
"""

from __future__ import annotations

import io
import os
from dataclasses import dataclass
from typing import Iterator, Optional, Sequence

from .pdf import open_pack

BBox = tuple[float, float, float, float]
DEFAULT_DPI = 96
# The drawn box sits this far (PDF points) outside the record's bbox, so its stroke covers no glyph.
BOX_PAD = 2.0
BOX_COLOUR = (230, 0, 0)
BOX_STROKE_PX = 3


@dataclass(frozen=True)
class PageImage:
    """A rendered page region: PNG bytes, and how PDF points map to its pixels."""

    png: bytes
    page: int
    width: int  # pixels
    height: int
    scale: float  # pixels per PDF point
    origin: tuple[float, float]  # the region's (x0, top) in PDF points: pixel = (point - origin) * scale
    page_size: tuple[float, float]  # the whole page's (width, height) in PDF points

    def to_pixels(self, bbox: BBox) -> tuple[int, int, int, int]:
        """A PDF-point bbox in this image's pixels."""
        x0, top, x1, bottom = bbox
        ox, oy = self.origin
        return (round((x0 - ox) * self.scale), round((top - oy) * self.scale),
                round((x1 - ox) * self.scale), round((bottom - oy) * self.scale))


def _clamp(bbox: BBox, width: float, height: float) -> BBox:
    x0, top, x1, bottom = bbox
    return (max(0.0, x0), max(0.0, top), min(width, x1), min(height, bottom))


def _render(page, number: int, dpi: float, region: Optional[BBox], boxes: Sequence[BBox]) -> PageImage:
    width, height = float(page.width), float(page.height)
    shown = page.crop(_clamp(region, width, height)) if region else page
    image = shown.to_image(resolution=dpi)
    for box in boxes:
        padded = (box[0] - BOX_PAD, box[1] - BOX_PAD, box[2] + BOX_PAD, box[3] + BOX_PAD)
        image.draw_rect(_clamp(padded, width, height), fill=(0, 0, 0, 0), stroke=BOX_COLOUR,
                        stroke_width=BOX_STROKE_PX)
    buffer = io.BytesIO()
    image.annotated.save(buffer, format="PNG", optimize=True)
    origin = (float(image.bbox[0]), float(image.bbox[1]))
    return PageImage(buffer.getvalue(), number, image.annotated.size[0], image.annotated.size[1],
                     float(image.scale), origin, (width, height))


def render_pages(path: str | os.PathLike, numbers: Sequence[int], *, dpi: float = DEFAULT_DPI) -> Iterator[PageImage]:
    """Each of pages `numbers` (1-based) as a whole-page PNG, the file opened once.

    Raises IndexError for a page outside the document and a PackLoadError subclass for a
    file that cannot be opened.
    """
    with open_pack(path) as pack:
        for number in numbers:
            if not 1 <= number <= pack.metadata.page_count:
                raise IndexError(f"page {number} is outside 1..{pack.metadata.page_count}")
            # The pdfplumber page: reached through the open pack, so pdf.py stays its only importer.
            yield _render(pack._pdf.pages[number - 1], number, dpi, None, ())


def render_page(path: str | os.PathLike, number: int, *, dpi: float = DEFAULT_DPI,
                region: Optional[BBox] = None, boxes: Sequence[BBox] = ()) -> PageImage:
    """Page `number` (1-based) as PNG, cut to `region` if given, each of `boxes` drawn in red.

    Raises IndexError for a page outside the document and a PackLoadError subclass for a
    file that cannot be opened.
    """
    with open_pack(path) as pack:
        if not 1 <= number <= pack.metadata.page_count:
            raise IndexError(f"page {number} is outside 1..{pack.metadata.page_count}")
        return _render(pack._pdf.pages[number - 1], number, dpi, region, boxes)

"""The `explain --html` report: page images with every record's box overlaid, in one HTML file.

Everything is inline (PNG as data: URLs, SVG boxes, CSS), so the file can be mailed or
archived beside the JSON and opened anywhere without the PDF.
"""

from __future__ import annotations

import base64
from html import escape
from pathlib import PurePath
from typing import Optional, Protocol, Sequence

from ..models import MeetingPack


class PageImageLike(Protocol):
    """A rendered page (panelparse.layout.image.PageImage): render never imports the layout layer."""

    @property
    def png(self) -> bytes: ...
    @property
    def page(self) -> int: ...
    @property
    def width(self) -> int: ...
    @property
    def height(self) -> int: ...

    def to_pixels(self, bbox: tuple[float, float, float, float]) -> tuple[int, int, int, int]: ...


class RecordLike(Protocol):
    """A record with evidence (panelparse.explain.Record)."""

    @property
    def path(self) -> str: ...
    @property
    def label(self) -> str: ...
    @property
    def page(self) -> int: ...
    @property
    def bbox(self) -> Optional[tuple[float, float, float, float]]: ...


_CSS = """
body { font: 14px/1.4 system-ui, sans-serif; margin: 0; display: flex; }
nav { width: 30em; height: 100vh; overflow: auto; position: sticky; top: 0; border-right: 1px solid #ccc; }
nav table { border-collapse: collapse; font-size: 12px; }
nav td { padding: 1px 4px; vertical-align: top; }
nav code { color: #555; }
main { padding: 1em 2em; }
.page { position: relative; box-shadow: 0 0 4px #999; margin-bottom: 2em; }
.page img, .page svg { position: absolute; left: 0; top: 0; }
rect { fill: rgba(230, 0, 0, 0.08); stroke: #e60000; stroke-width: 2; }
rect:hover, rect:target { fill: rgba(230, 0, 0, 0.3); }
"""


def _box(image: PageImageLike, record: RecordLike, number: int) -> str:
    assert record.bbox is not None
    x0, top, x1, bottom = image.to_pixels(record.bbox)
    return (f'<rect id="r{number}" x="{x0}" y="{top}" width="{max(x1 - x0, 1)}" height="{max(bottom - top, 1)}">'
            f"<title>{escape(record.path)}: {escape(record.label)}</title></rect>")


def _page(image: PageImageLike, boxed: list[tuple[int, RecordLike]]) -> str:
    data = base64.b64encode(image.png).decode("ascii")
    rects = "".join(_box(image, record, number) for number, record in boxed if record.bbox is not None)
    size = f'width="{image.width}" height="{image.height}"'
    return (f'<h2 id="page-{image.page}">Page {image.page}</h2>'
            f'<div class="page" style="width:{image.width}px;height:{image.height}px">'
            f'<img {size} src="data:image/png;base64,{data}" alt="page {image.page}">'
            f'<svg {size} viewBox="0 0 {image.width} {image.height}">{rects}</svg></div>')


def _index(numbered: list[tuple[int, RecordLike]]) -> str:
    rows = "".join(f'<tr><td><a href="#page-{r.page}">p.{r.page}</a></td>'
                   f"<td><code>{escape(r.path)}</code><br>{escape(r.label)}"
                   f"{'' if r.bbox else ' <em>(page only)</em>'}</td></tr>" for _, r in numbered)
    return f"<table>{rows}</table>"


def report_html(pack: MeetingPack, images: Sequence[PageImageLike], records: Sequence[RecordLike]) -> str:
    """The report as HTML text: an index of records beside the page images with their boxes."""
    numbered = list(enumerate(records))
    title = pack.meeting.body or PurePath(pack.source.path).name
    pages = "".join(_page(image, [(n, r) for n, r in numbered if r.page == image.page]) for image in images)
    return (f'<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>{escape(title)}: evidence</title>'
            f"<style>{_CSS}</style></head><body><nav><h1>{escape(title)}</h1>"
            f"<p>{len(records)} records on {len(images)} pages. Hover a box for its record.</p>"
            f"{_index(numbered)}</nav><main>{pages}</main></body></html>\n")


def record_lines(records: Sequence[RecordLike]) -> str:
    """`explain --list`: one record a line, tab-separated: path, page, label ('-' when it has no box)."""
    return "".join(f"{r.path}\t{r.page}\t{r.label if r.bbox else '- ' + r.label}\n" for r in records)

"""See the evidence: where in the PDF each record was read, as page images with its box drawn.

Every record in a MeetingPack carries `evidence` (page, bbox). A record is named by its path
in the JSON output, as jq would write it: `documents[2].items[3]`. `records()` lists them all,
`evidence_image()` draws one on its page, `html_report()` draws them all for checking by eye.
"""

from __future__ import annotations

import json
import os
import re
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Iterator, Optional, Union

from .errors import PanelparseError
from .layout.image import DEFAULT_DPI, BBox, PageImage, render_page, render_pages
from .models import MeetingPack

# Fields that name a record, most telling first; the first one present labels it.
LABEL_FIELDS = ("name", "measure", "title", "action", "service", "label", "text", "code", "number")
PathPart = Union[str, int]
_PART = re.compile(r"\.?([A-Za-z_][A-Za-z0-9_]*)|\[(\d+)\]")


class ExplainError(PanelparseError):
    """A record path that names nothing in the pack, or a pack of another PDF (a usage error, exit 2)."""

    exit_code = 2


@dataclass(frozen=True)
class Record:
    """One record with evidence: its JSON path, a short label, and where it was read."""

    path: str
    label: str
    page: int
    bbox: Optional[BBox]


def parse_path(text: str) -> list[PathPart]:
    """'documents[2].items[3]' (or jq's '.documents[2].items[3]') as ['documents', 2, 'items', 3].

    Raises ExplainError for anything else.
    """
    text = text.strip().removeprefix("$")
    parts: list[PathPart] = []
    position = 0
    while position < len(text):
        match = _PART.match(text, position)
        if not match or match.end() == position:
            raise ExplainError(f"cannot read record path {text!r} at {text[position:]!r}; "
                               "write it as in the JSON, e.g. documents[2].items[3]")
        parts.append(match.group(1) if match.group(1) else int(match.group(2)))
        position = match.end()
    return parts


def format_path(parts: list[PathPart]) -> str:
    return "".join(f"[{p}]" if isinstance(p, int) else f".{p}" for p in parts).lstrip(".")


def _label(record: dict[str, Any]) -> str:
    for key in LABEL_FIELDS:
        value = record.get(key)
        if isinstance(value, str) and value.strip():
            text = " ".join(value.split())
            return text if len(text) <= 80 else text[:79] + "…"
    return ""


def _walk(value: Any, parts: list[PathPart]) -> Iterator[Record]:
    if isinstance(value, dict):
        evidence = value.get("evidence")
        if isinstance(evidence, dict) and evidence.get("page"):
            bbox = evidence.get("bbox")
            yield Record(format_path(parts), _label(value), int(evidence["page"]), tuple(bbox) if bbox else None)
        for key, child in value.items():
            if key != "evidence":
                yield from _walk(child, [*parts, key])
    elif isinstance(value, list):
        for index, child in enumerate(value):
            yield from _walk(child, [*parts, index])


def _data(pack: MeetingPack) -> dict[str, Any]:
    return json.loads(pack.model_dump_json(by_alias=True))


def records(pack: MeetingPack) -> list[Record]:
    """Every record of the pack that has evidence, in JSON order."""
    return list(_walk(_data(pack), []))


def select(pack: MeetingPack, path: str) -> list[Record]:
    """The record at `path`, or every record under it (a document, a priority...).

    Raises ExplainError when the path names nothing, or nothing with evidence.
    """
    parts = parse_path(path)
    value: Any = _data(pack)
    for depth, part in enumerate(parts):
        try:
            value = value[part]
        except (KeyError, IndexError, TypeError):
            where = format_path(parts[:depth]) or "the pack"
            keys = list(value) if isinstance(value, dict) else f"0..{len(value) - 1}" if isinstance(value, list) else ""
            raise ExplainError(f"{format_path(parts)}: {where} has no {part!r} (it has: {keys})") from None
    found = list(_walk(value, parts))
    if not found:
        raise ExplainError(f"{format_path(parts)}: no record with evidence there (panelparse explain PACK --list)")
    return found


def evidence_image(pdf: str | os.PathLike, pack: MeetingPack, path: str, *, dpi: float = DEFAULT_DPI,
                   margin: float = 72.0) -> tuple[PageImage, list[Record]]:
    """The page region behind the record at `path`, its box drawn; a container's first page with all its boxes.

    Returns the image and the records drawn on it. Raises ExplainError for a bad path.
    """
    chosen = select(pack, path)
    page = chosen[0].page
    shown = [r for r in chosen if r.page == page]
    boxes = [r.bbox for r in shown if r.bbox is not None]
    region = None
    if len(chosen) == 1 and boxes:  # one record: its band of the page, the page's full width
        top, bottom = boxes[0][1], boxes[0][3]
        region = (0.0, top - margin, float("inf"), bottom + margin)
    return render_page(pdf, page, dpi=dpi, region=region, boxes=boxes), shown


def html_report(pdf: str | os.PathLike, pack: MeetingPack, *, dpi: float = DEFAULT_DPI) -> str:
    """A self-contained HTML page: every page that holds a record, with every record's box overlaid."""
    from .render.explain import report_html

    found = records(pack)
    pages = sorted({r.page for r in found})
    return report_html(pack, list(render_pages(pdf, pages, dpi=dpi)), found)


def load_extracted(pdf: str | os.PathLike, extracted: Path) -> MeetingPack:
    """A pack from `extract --json` output, checked to be of this very PDF (same sha256).

    Raises ExplainError when it is of another file.
    """
    from .layout.pdf import sha256_of

    pack = MeetingPack.model_validate_json(Path(extracted).read_text(encoding="utf-8"))
    if pack.source.sha256 != sha256_of(Path(pdf)):
        raise ExplainError(f"{extracted} was extracted from another file than {pdf} (sha256 differs)")
    return pack

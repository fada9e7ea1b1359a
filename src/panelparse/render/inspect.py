"""Text for the inspection commands: what `panelparse.inspect` returns, for people or as JSON."""

from __future__ import annotations

import json
from dataclasses import asdict
from typing import Any, TextIO

from rich.console import Console
from rich.table import Table

from ..inspect import ExtractorInfo, SegmentInfo


def extractors_json(rows: list[ExtractorInfo], problems: list[str]) -> str:
    data = [{**asdict(r), "class": r.cls} for r in rows]
    for row in data:
        del row["cls"]
    return json.dumps({"extractors": data, "problems": problems}, indent=2) + "\n"


def extractors_table(rows: list[ExtractorInfo], console: Console) -> None:
    table = Table("kind", "distribution", "version", "description", title="Extractors")
    for row in rows:
        table.add_row(row.kind, row.distribution, row.version, row.description)
    console.print(table)


def segments_json(rows: list[SegmentInfo]) -> str:
    return json.dumps([r.as_dict() for r in rows], indent=2) + "\n"


def segments_table(rows: list[SegmentInfo], title: str, console: Console) -> None:
    table = Table("pages", "printed", "item", "kind", "conf.", "cues", "scores", title=title)
    for r in rows:
        table.add_row(
            f"{r.start}-{r.end}",
            f"{r.printed[0]}-{r.printed[1]}" if r.printed else "",
            r.agenda_item or "",
            r.kind,
            f"{r.confidence:.2f}",
            ", ".join(r.cues),
            " ".join(f"{k}={v}" for k, v in sorted(r.scores.items(), key=lambda kv: -kv[1])[:3]),
        )
    console.print(table)


def page_json(info: dict[str, Any]) -> str:
    return json.dumps(info, indent=2, ensure_ascii=False) + "\n"


def page_text(info: dict[str, Any], out: TextIO) -> None:
    """One line per block: top, bold flag, size and the line's gap-separated segments."""
    printed = f" (printed page {info['printed_page']})" if info["printed_page"] is not None else ""
    blank = " blank" if info["blank"] else ""
    out.write(f"page {info['page']}{printed} {info['width']:.0f}x{info['height']:.0f}{blank}\n")
    for b in info["blocks"]:
        if b["type"] == "line":
            out.write(f"{b['bbox'][1]:6.1f} {'B' if b['bold'] else ' '} {b['size']:4.1f}  "
                      + " | ".join(b["segments"]) + "\n")
        else:
            out.write(f"{b['bbox'][1]:6.1f} TABLE {len(b['rows'])} rows\n")
            for row in b["rows"]:
                out.write("        " + " | ".join(c or "·" for c in row) + "\n")


def parsed_json(result: Any) -> str:
    if hasattr(result, "model_dump_json"):
        return result.model_dump_json(indent=2) + "\n"
    return json.dumps(result) + "\n"

"""Glue between the CLI and the renderers, so CLI commands stay a few lines each."""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Callable, Optional

from rich.console import Console
from rich.table import Table

from ..atomic import atomic_write_text
from ..models import MeetingPack
from . import OutputFormat


def write_output(
    pack: MeetingPack, fmt: OutputFormat, out: Optional[Path], table: Optional[str], console: Console
) -> None:
    """Render `pack` as `fmt` to stdout, or atomically to `out`."""
    from .csv import render_csv_table, write_csv_tables
    from .json import render_json
    from .markdown import render_markdown
    from .table import render_table

    if fmt is OutputFormat.csv:
        if out and not table and out.suffix.lower() != ".csv":  # a folder: every table
            for path in write_csv_tables(pack, out):
                print(path, file=sys.stderr)
            return
        text = render_csv_table(pack, table or _default_csv_table(pack))
    elif fmt is OutputFormat.json:
        text = render_json(pack)
    elif fmt is OutputFormat.markdown:
        text = render_markdown(pack)
    else:
        if out:
            file_console = Console(record=True, width=160, file=open("/dev/null", "w"))
            render_table(pack, file_console)
            atomic_write_text(out, file_console.export_text())
        else:
            render_table(pack, console)
        return
    if out:
        atomic_write_text(out, text, encoding="utf-8-sig" if fmt is OutputFormat.csv else "utf-8")  # BOM: Excel reads £
    else:
        sys.stdout.write(text)


def _default_csv_table(pack: MeetingPack) -> str:
    """One CSV on stdout: the first non-empty tidy table, naming the others on stderr."""
    from .tidy import TIDY_TABLES

    filled = [name for name, rows in TIDY_TABLES.items() if next(iter(rows(pack)), None) is not None]
    chosen = "scorecards" if "scorecards" in filled else (filled[0] if filled else "agenda_items")
    others = [n for n in filled if n != chosen]
    if others:
        print(f"panelparse: printing the {chosen} table; also available: {', '.join(others)} "
              "(--table NAME, or --out DIR for all)", file=sys.stderr)
    return chosen


def expand_inputs(paths: list[Path]) -> list[Path]:
    """Files as given; folders expanded to the PDFs inside them (recursively, sorted)."""
    files: list[Path] = []
    for path in paths:
        if path.is_dir():
            files.extend(sorted(p for p in path.rglob("*") if p.suffix.lower() == ".pdf"))
        else:
            files.append(path)
    return files


def report_batch(console: Console, total: int) -> Callable:
    done = {"n": 0}

    def on_result(result) -> None:
        done["n"] += 1
        status = "ok" if result.ok else f"FAILED (exit {result.exit_code}): {result.error}"
        console.print(
            f"[{done['n']}/{total}] {result.path}: {status} ({result.seconds:.1f}s)", markup=False, soft_wrap=True
        )

    return on_result


def describe_extractors(as_json: bool, console: Console) -> None:
    from ..extractors.registry import get_registry

    registry, problems = get_registry()
    rows = [
        {
            "kind": r.kind,
            "class": f"{type(r.extractor).__module__}.{type(r.extractor).__name__}",
            "distribution": r.distribution,
            "version": r.version,
            "builtin": r.builtin,
            "description": type(r.extractor).description,
        }
        for r in registry.values()
    ]
    if as_json:
        sys.stdout.write(json.dumps({"extractors": rows, "problems": list(problems)}, indent=2) + "\n")
        return
    table = Table("kind", "distribution", "version", "description", title="Extractors")
    for row in rows:
        table.add_row(row["kind"], row["distribution"], row["version"], row["description"])
    console.print(table)
    for problem in problems:
        print(f"panelparse: warning: {problem}", file=sys.stderr)


def describe_segments(pack: Path, plugins: Optional[str], as_json: bool, console: Console) -> None:
    from ..classify import classify
    from ..extractors.registry import get_registry
    from ..layout import open_pack
    from ..segment import segment

    registry, _ = get_registry(plugins)
    with open_pack(pack) as opened:
        spans = segment(list(opened.pages()))
    rows = []
    for span in spans:
        c = classify(span, registry)
        rows.append(
            {
                "start": span.start,
                "end": span.end,
                "printed": span.printed_range(),
                "agenda_item": span.agenda_item,
                "kind": c.kind,
                "confidence": c.confidence,
                "cues": list(span.cues),
                "scores": {k: round(v, 2) for k, v in c.scores.items()},
            }
        )
    if as_json:
        sys.stdout.write(json.dumps(rows, indent=2) + "\n")
        return
    table = Table("pages", "printed", "item", "kind", "conf.", "cues", "scores", title=str(pack))
    for r in rows:
        table.add_row(
            f"{r['start']}-{r['end']}",
            str(r["printed"] or ""),
            str(r["agenda_item"] or ""),
            r["kind"],
            f"{r['confidence']:.2f}",
            ", ".join(r["cues"]),
            " ".join(f"{k}={v}" for k, v in sorted(r["scores"].items(), key=lambda kv: -kv[1])[:3]),
        )
    console.print(table)


def describe_page(pack: Path, number: int, as_json: bool, console: Console) -> None:
    from ..layout import Line, open_pack

    with open_pack(pack) as opened:
        page = opened.page(number)
    blocks = []
    for block in page.flow():
        if isinstance(block, Line):
            blocks.append(
                {
                    "type": "line",
                    "text": block.text,
                    "bbox": [round(v, 1) for v in block.bbox],
                    "size": block.size,
                    "bold": block.bold,
                    "segments": [s.text for s in block.segments()],
                }
            )
        else:
            blocks.append({"type": "table", "bbox": [round(v, 1) for v in block.bbox], "rows": block.rows})
    info = {
        "page": page.number,
        "printed_page": page.printed_page,
        "width": page.width,
        "height": page.height,
        "blank": page.is_blank,
        "blocks": blocks,
    }
    if as_json:
        sys.stdout.write(json.dumps(info, indent=2, ensure_ascii=False) + "\n")
        return
    console.print(
        f"page {page.number} (printed {page.printed_page}) {page.width:.0f}x{page.height:.0f}"
        f"{' blank' if page.is_blank else ''}",
        markup=False,
    )
    for b in blocks:
        if b["type"] == "line":
            console.print(
                f"{b['bbox'][1]:6.1f} {'B' if b['bold'] else ' '} {b['size']:4.1f}  " + " | ".join(b["segments"]),
                markup=False,
            )
        else:
            console.print(f"{b['bbox'][1]:6.1f} TABLE {len(b['rows'])} rows", markup=False)
            for row in b["rows"]:
                console.print("        " + " | ".join(c or "·" for c in row), markup=False, soft_wrap=True)


def parse_value(kind: str, text: str) -> str:
    """Run one shared parser; raises KeyError for an unknown kind, ParseError for bad text."""
    from .. import parsing

    parsers = {
        "date": parsing.parse_date,
        "period": parsing.parse_period,
        "time": parsing.parse_time,
        "money": parsing.parse_money,
        "value": parsing.parse_value,
        "change": parsing.parse_change,
        "direction": parsing.parse_direction,
        "person": parsing.parse_person,
        "attendee": parsing.parse_attendee,
        "financial_year": parsing.parse_financial_year,
        "duration": parsing.parse_duration,
    }
    result = parsers[kind](text)
    if hasattr(result, "model_dump"):
        return result.model_dump_json(indent=2) + "\n"
    return json.dumps(result) + "\n"

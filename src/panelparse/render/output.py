"""Glue between the CLI and the renderers, so CLI commands stay a few lines each."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Optional

from rich.console import Console

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

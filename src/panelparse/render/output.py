"""Glue between the CLI and the renderers: which format, where to, and which options clash.

Nothing here prints to stderr: notes for the user (files written, the CSV table chosen) are
returned, and the CLI prints them unless `-q`.
"""

from __future__ import annotations

import io
import sys
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Optional

from ..atomic import atomic_write_bytes, atomic_write_text
from ..models import ExtractionWarning, MeetingPack
from . import OutputFormat, View
from .csv import BOM, FolderMode

if TYPE_CHECKING:  # rich is imported only by the formats that draw with it (JSON and CSV do not)
    from rich.console import Console

SUFFIX_FORMATS = {".json": OutputFormat.json, ".jsonl": OutputFormat.jsonl, ".md": OutputFormat.markdown,
                  ".csv": OutputFormat.csv}


@dataclass(frozen=True)
class OutputRequest:
    """What `extract` was asked to write. `view`, `table` etc. are None/False when not given."""

    fmt: OutputFormat
    out: Optional[Path] = None
    table: Optional[str] = None
    view: Optional[View] = None
    compact: bool = False
    excel: bool = False
    append: bool = False
    force: bool = False

    @property
    def folder_mode(self) -> FolderMode:
        return FolderMode.append if self.append else FolderMode.force if self.force else FolderMode.refuse


def infer_format(fmt: Optional[OutputFormat], as_json: bool, out: Optional[Path]) -> OutputFormat:
    """An explicit --format or --json wins; else the -o suffix (.json .jsonl .md .csv); else table."""
    if as_json:
        return OutputFormat.json
    if fmt is not None:
        return fmt
    return SUFFIX_FORMATS.get(out.suffix.lower(), OutputFormat.table) if out else OutputFormat.table


def csv_folder(out: Optional[Path]) -> bool:
    """Whether CSV output to `out` means a folder of tables (an existing folder, or a name with no suffix)."""
    return out is not None and out.suffix.lower() != ".csv" and (out.is_dir() or not out.suffix)


def conflict(req: OutputRequest, as_json: bool, fmt: Optional[OutputFormat]) -> Optional[str]:
    """One line naming options that cannot go together, or None. Checked before any work starts."""
    f = req.fmt.value
    rules = [
        (as_json and fmt is not None and fmt is not OutputFormat.json,
         f"--json and --format {fmt.value if fmt else ''} conflict: pick one"),
        (req.table is not None and req.fmt is not OutputFormat.csv,
         f"--table picks one CSV table and needs --format csv, not {f}"),
        (req.view is not None and req.fmt is not OutputFormat.table, f"--view is for the table format, not {f}"),
        (req.compact and req.fmt not in (OutputFormat.json, OutputFormat.jsonl), f"--compact is for JSON, not {f}"),
        (req.excel and req.fmt is not OutputFormat.csv, f"--excel is for CSV, not {f}"),
        (req.append and req.force, "--append and --force conflict: pick one"),
        ((req.append or req.force) and not (req.fmt is OutputFormat.csv and csv_folder(req.out)),
         "--append and --force are for --format csv with --out FOLDER"),
        (req.fmt is OutputFormat.csv and req.out is not None and req.out.suffix.lower() != ".csv"
         and not csv_folder(req.out),
         f"--format csv writes a .csv file or a folder of them, not {req.out}"),
    ]
    return next((message for clash, message in rules if clash), None)


def write_output(pack: MeetingPack, req: OutputRequest, console: Optional[Console] = None) -> list[str]:
    """Render `pack` as asked, to stdout or atomically to `req.out`; returns notes for stderr.

    `console` draws the table format on stdout (default: `console.out_console()`).
    """
    if req.fmt is OutputFormat.csv:
        return _write_csv(pack, req)
    if req.fmt is OutputFormat.table:
        if req.out is None:
            from ..console import out_console
            from .table import render_table

            render_table(pack, console or out_console(), req.view or View.summary)
            return []
        text = _table_text(pack, req.view or View.full)
    elif req.fmt in (OutputFormat.json, OutputFormat.jsonl):
        _emit_json(pack, req)
        return []
    else:
        text = _text(pack, req)
    _emit(text, req.out)
    return []


def _emit_json(pack: MeetingPack, req: OutputRequest) -> None:
    """JSON written as the bytes pydantic makes (the same text as render_json; see render_json_bytes)."""
    from .json import render_json, render_json_bytes

    compact = req.compact or req.fmt is OutputFormat.jsonl
    if req.out is not None:
        atomic_write_bytes(req.out, render_json_bytes(pack, compact) + b"\n")
        return
    stream = getattr(sys.stdout, "buffer", None)
    if stream is None or (getattr(sys.stdout, "encoding", None) or "").lower().replace("-", "") != "utf8":
        sys.stdout.write(render_json(pack, compact))  # a stdout that is not UTF-8 bytes underneath
        return
    data = render_json_bytes(pack, compact)
    sys.stdout.flush()
    stream.write(data)
    stream.write(b"\n")


def _text(pack: MeetingPack, req: OutputRequest) -> str:
    from .json import render_json
    from .markdown import render_markdown

    if req.fmt is OutputFormat.markdown:
        return render_markdown(pack)
    return render_json(pack, compact=req.compact or req.fmt is OutputFormat.jsonl)


def _table_text(pack: MeetingPack, view: View) -> str:
    from ..console import text_console
    from .table import render_table

    buffer = io.StringIO()
    render_table(pack, text_console(buffer), view)
    return buffer.getvalue()


def _emit(text: str, out: Optional[Path], encoding: str = "utf-8") -> None:
    if out is None:
        sys.stdout.write(text)
    else:
        atomic_write_text(out, text, encoding=encoding)


def _write_csv(pack: MeetingPack, req: OutputRequest) -> list[str]:
    from .csv import render_csv_table, write_csv_tables

    if csv_folder(req.out):
        assert req.out is not None
        names = [req.table] if req.table else None
        written = write_csv_tables(pack, req.out, names, req.folder_mode, req.excel)
        return [f"wrote {path}" for path in written]
    name, notes = (req.table, []) if req.table else _default_csv_table(pack)
    text = render_csv_table(pack, name)
    if req.out is None:
        sys.stdout.write((BOM if req.excel else "") + text)
    else:
        _emit(text, req.out, encoding="utf-8-sig" if req.excel else "utf-8")
    return notes


def _default_csv_table(pack: MeetingPack) -> tuple[str, list[str]]:
    """One CSV on stdout: the scorecards if any, else the first table with rows; a note names the others."""
    from .tidy import TIDY_TABLES

    filled = [name for name, table in TIDY_TABLES.items() if next(iter(table(pack)), None) is not None]
    chosen = "scorecards" if "scorecards" in filled else (filled[0] if filled else "agenda_items")
    others = [n for n in filled if n != chosen]
    note = (f"printing the {chosen} table; also available: {', '.join(others)} (--table NAME, or --out DIR for all)"
            if others else None)
    return chosen, [note] if note else []


def warning_lines(pack: MeetingPack) -> list[str]:
    """Every warning of the pack as one line: where (document, page), code, message."""
    located: list[tuple[Optional[int], ExtractionWarning]] = [(None, w) for w in pack.warnings]
    located += [(index, w) for index, doc in enumerate(pack.documents) for w in doc.warnings]
    lines = []
    for index, w in located:
        index = w.document_index if w.document_index is not None else index
        where = ", ".join(p for p in (f"document {index}" if index is not None else "",
                                      f"page {w.page}" if w.page is not None else "") if p)
        lines.append(f"{where + ': ' if where else ''}{w.code}: {' '.join(w.message.split())}")
    return lines

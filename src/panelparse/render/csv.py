"""CSV: each tidy table as its own CSV file (or one chosen table on stdout)."""

from __future__ import annotations

import csv
import io
from pathlib import Path

from ..atomic import atomic_write_text
from ..models import MeetingPack
from .tidy import TIDY_TABLES, Row


def _columns(rows: list[Row]) -> list[str]:
    columns: list[str] = []
    for row in rows:
        columns.extend(k for k in row if k not in columns)
    return columns


def render_csv_table(pack: MeetingPack, name: str) -> str:
    """One tidy table as CSV text; raises KeyError for an unknown table name."""
    rows = list(TIDY_TABLES[name](pack))
    out = io.StringIO()
    writer = csv.DictWriter(out, fieldnames=_columns(rows) or ["document"], lineterminator="\n")
    writer.writeheader()
    writer.writerows(rows)
    return out.getvalue()


def write_csv_tables(pack: MeetingPack, directory: Path, prefix: str = "") -> list[Path]:
    """Write every non-empty tidy table to DIR/<prefix><name>.csv atomically; returns the paths."""
    directory.mkdir(parents=True, exist_ok=True)
    written = []
    for name in TIDY_TABLES:
        text = render_csv_table(pack, name)
        if text.count("\n") <= 1:
            continue
        path = directory / f"{prefix}{name}.csv"
        atomic_write_text(path, text, encoding="utf-8-sig")  # BOM: Excel opens £ and – correctly
        written.append(path)
    return written

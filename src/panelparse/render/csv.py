"""CSV: each tidy table as its own CSV file (or one chosen table on stdout).

Every row starts with `source` (the pack's path as given), so tables of many packs can be
concatenated; an empty table still has its full header. The UTF-8 BOM that spreadsheet
programs want is written only when asked (`excel=True`): `csv.DictReader` and pandas would
otherwise read it as part of the first column's name.
"""

from __future__ import annotations

import csv
import io
from enum import Enum
from pathlib import Path

from ..atomic import atomic_write_text
from ..errors import PanelparseError
from ..models import MeetingPack
from .tidy import TIDY_TABLES, Row, table_columns

BOM = "\ufeff"


class FolderMode(str, Enum):
    """What writing the tables of a pack into a folder does to tables already there."""

    refuse = "refuse"  # only replace tables of this same pack
    append = "append"  # keep other packs' rows, replace this pack's
    force = "force"  # replace whatever is there


class FolderConflictError(PanelparseError):
    """The CSV folder holds tables of another pack (exit 73, like any output that cannot be written)."""

    exit_code = 73


def _rows(pack: MeetingPack, name: str) -> list[Row]:
    return [{"source": pack.source.path, **row} for row in TIDY_TABLES[name](pack)]


def _columns(name: str, rows: list[Row]) -> list[str]:
    return list(dict.fromkeys(["source", *table_columns(name, rows)]))


def _csv_text(columns: list[str], rows: list[Row]) -> str:
    out = io.StringIO()
    writer = csv.DictWriter(out, fieldnames=columns, lineterminator="\n")
    writer.writeheader()
    writer.writerows(rows)
    return out.getvalue()


def render_csv_table(pack: MeetingPack, name: str, excel: bool = False) -> str:
    """One tidy table as CSV text (header included even when empty); raises KeyError for an unknown name."""
    rows = _rows(pack, name)
    return (BOM if excel else "") + _csv_text(_columns(name, rows), rows)


def _read(path: Path) -> tuple[list[str], list[dict[str, str]]]:
    with open(path, encoding="utf-8-sig", newline="") as fh:
        reader = csv.DictReader(fh)
        return list(reader.fieldnames or []), list(reader)


def _foreign_sources(path: Path, source: str) -> set[str]:
    columns, rows = _read(path)
    if "source" not in columns:
        return {"(a table without a source column)"} if columns else set()
    return {r["source"] for r in rows} - {source}


def check_folder(directory: Path, names: list[str] | None, source: str) -> None:
    """Raise FolderConflictError if the folder's tables (all, or `names`) hold rows of a pack other than `source`."""
    foreign: set[str] = set()
    for name in TIDY_TABLES if names is None else names:
        path = directory / f"{name}.csv"
        if path.is_file():
            foreign |= _foreign_sources(path, source)
    if foreign:
        listed = ", ".join(sorted(foreign)[:3]) + (", ..." if len(foreign) > 3 else "")
        raise FolderConflictError(f"{directory}: already holds tables of {listed}; --append adds this pack's "
                                  "rows to them, --force replaces them")


def _merged(path: Path, name: str, rows: list[Row], source: str) -> tuple[list[str], list[Row]]:
    """The existing file's rows of other packs, then this pack's; columns are the union."""
    old_columns, old_rows = _read(path) if path.is_file() else ([], [])
    kept: list[Row] = [dict[str, object](r) for r in old_rows if r.get("source") != source]
    columns = list(dict.fromkeys(["source", *old_columns, *_columns(name, rows)]))
    return columns, kept + rows


def write_csv_tables(pack: MeetingPack, directory: Path, names: list[str] | None = None,
                     mode: FolderMode = FolderMode.refuse, excel: bool = False) -> list[Path]:
    """Write each tidy table (all, or `names`) to DIR/<name>.csv atomically; returns the paths.

    Raises FolderConflictError when the folder holds tables of another pack and `mode` is
    `refuse`. `append` keeps other packs' rows and replaces this pack's (rerunning is safe).
    """
    directory = Path(directory)
    names = list(TIDY_TABLES) if names is None else names
    source = pack.source.path
    if mode is FolderMode.refuse:
        check_folder(directory, names, source)
    directory.mkdir(parents=True, exist_ok=True)
    written = []
    for name in names:
        path = directory / f"{name}.csv"
        rows = _rows(pack, name)
        if mode is FolderMode.append:
            columns, rows = _merged(path, name, rows, source)
        else:
            columns = _columns(name, rows)
        atomic_write_text(path, _csv_text(columns, rows), encoding="utf-8-sig" if excel else "utf-8")
        written.append(path)
    return written

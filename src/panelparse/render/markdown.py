"""Markdown: the document summary and every tidy table, for pasting into notes or issues."""

from __future__ import annotations

from pathlib import PurePath

from ..models import MeetingPack
from .tidy import TIDY_TABLES


def _escape(value: object) -> str:
    return ("" if value is None else str(value)).replace("|", "\\|").replace("\n", " ")


def _md_table(columns: list[str], rows: list[list[object]]) -> str:
    lines = ["| " + " | ".join(columns) + " |", "|" + "---|" * len(columns)]
    lines += ["| " + " | ".join(_escape(v) for v in row) + " |" for row in rows]
    return "\n".join(lines)


def render_markdown(pack: MeetingPack) -> str:
    """The pack as Markdown text."""
    m = pack.meeting
    out = [f"# {m.body or PurePath(pack.source.path).name}", ""]  # never the PDF metadata's title
    if m.date:
        out += [f"{m.date} {m.start_time or ''} — {m.venue or ''}", ""]
    out += ["## Documents", "", _md_table(
        ["#", "kind", "title", "pages", "agenda item"],
        [[i, d.kind, d.title, f"{d.pages.start}-{d.pages.end}", d.agenda_item] for i, d in enumerate(pack.documents)],
    ), ""]
    for name, producer in TIDY_TABLES.items():
        rows = list(producer(pack))
        if rows:
            columns = list(rows[0])
            out += [f"## {name.replace('_', ' ').capitalize()}", "",
                    _md_table(columns, [[r.get(c) for c in columns] for r in rows]), ""]
    if pack.checks:
        out += ["## Checks", "", _md_table(["status", "code", "message"],
                                          [[c.status, c.code, c.message] for c in pack.checks]), ""]
    return "\n".join(out)

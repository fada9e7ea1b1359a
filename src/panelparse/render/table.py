"""Readable rich tables for the terminal: a one-screen overview, then (`--view full`) every document."""

from __future__ import annotations

from pathlib import PurePath

from rich import box
from rich.console import Console, Group, RenderableType
from rich.panel import Panel
from rich.rule import Rule
from rich.table import Table
from rich.text import Text

from ..models import MeetingPack
from . import View  # defined beside OutputFormat, so the CLI declares --view without importing rich
from .documents import RENDERERS, count, plain, titled_table

# The overview lists this many failing checks; the rest are counted (--view full lists all).
OVERVIEW_FAILED_CHECKS = 3
TITLE_MIN = 12


def _heading(pack: MeetingPack) -> Text:
    m = pack.meeting
    # The meeting as the agenda names it; else the file name, never the PDF's metadata title
    # (often "PowerPoint Presentation" or a template's name).
    name = m.body or PurePath(pack.source.path).name
    when = f"{plain(m.date)} {plain(m.start_time)}  {plain(m.venue)}".strip()
    checks = f", {count(len(pack.checks), 'check')} ({sum(c.status == 'pass' for c in pack.checks)} pass)"
    sizes = f"{count(pack.source.page_count, 'page')}, {count(len(pack.documents), 'document')}"
    return Text.assemble((name, "bold"), *(("\n", when) if when else ()), "\n", sizes + (checks if pack.checks else ""))


def _cut(text: str, width: int) -> str:
    return text if len(text) <= width else text[: max(width - 1, 0)].rstrip() + "…"


def _documents(pack: MeetingPack, width: int) -> Table:
    rows = [[str(i), d.kind, f"{d.pages.start}-{d.pages.end}",
             f"{d.printed_pages.start}-{d.printed_pages.end}" if d.printed_pages else "", plain(d.agenda_item),
             f"{d.confidence:.2f}"] for i, d in enumerate(pack.documents)]
    header = ["#", "kind", "pages", "printed", "item", "conf."]
    # The title takes what is left of the line (each other column: its text, two spaces of
    # padding, one rule) and is cut with an ellipsis, never wrapped: the overview stays one screen.
    used = sum(max(len(c) for c in column) + 3 for column in zip(header, *rows, strict=False))
    room = max(width - used - 1, TITLE_MIN)
    table = Table(*header, "title", title="Documents", title_justify="left", box=box.SIMPLE_HEAD, expand=False,
                  show_edge=False, pad_edge=False)
    for row, d in zip(rows, pack.documents, strict=True):
        table.add_row(*row, _cut(plain(d.title), room))
    return table


def _failed_checks(pack: MeetingPack, limit: int) -> list[Text]:
    failed = [c for c in pack.checks if c.status != "pass"]
    lines = [Text.assemble(("✗ ", "red"), f"{c.code}: ", c.message, overflow="ellipsis", no_wrap=True)
             for c in failed[:limit]]
    if len(failed) > limit:
        lines.append(Text(f"  and {len(failed) - limit} more failed checks (--view full)"))
    return lines


def overview(pack: MeetingPack, width: int) -> RenderableType:
    """The meeting, its documents and the checks that failed: one 80x24 screen for a typical pack."""
    return Group(Panel(_heading(pack), expand=False), _documents(pack, width),
                 *_failed_checks(pack, OVERVIEW_FAILED_CHECKS))


def checks(pack: MeetingPack) -> Table:
    passed = sum(c.status == "pass" for c in pack.checks)
    table = titled_table(f"Checks ({passed}/{len(pack.checks)} pass)", "status", "code", "message")
    for c in pack.checks:
        table.add_row(Text(c.status, style="green" if c.status == "pass" else "red"), c.code, c.message)
    return table


def _section(console: Console, title: str) -> None:
    # A rule spans the terminal; piped output has no width to span, so a plain heading instead.
    if console.is_terminal:
        console.print(Rule(title))
    else:
        console.print(Text(f"── {title} ──", style="bold"))


def render_table(pack: MeetingPack, console: Console, view: View = View.full) -> None:
    """Print the pack to a rich console: the overview, and with `View.full` every document and check."""
    console.print(overview(pack, console.width))
    if view is View.summary:
        console.print(Text("Every document's tables: --view full · every value: --json", style="dim"))
        return
    for index, doc in enumerate(pack.documents):
        renderer = RENDERERS.get(doc.kind)
        if renderer is None:
            continue
        _section(console, f"[{index}] {doc.kind}: {plain(doc.title)[:70]}")
        console.print(renderer(doc))
    if pack.checks:
        console.print(checks(pack))

"""What a batch shows on stderr: a progress bar on a terminal, one line per file otherwise, a summary."""

from __future__ import annotations

import signal
import time
from typing import Optional

from rich.console import Console
from rich.progress import (
    BarColumn,
    MofNCompleteColumn,
    Progress,
    TaskID,
    TextColumn,
    TimeElapsedColumn,
    TimeRemainingColumn,
)
from rich.table import Table

from . import OK, SKIPPED, BatchSummary, Entry


def _plural(n: int, word: str) -> str:
    return f"{n} {word}" if n == 1 else f"{n} {word}s"


class BatchProgress:
    """Receives batch events; renders them for people on `console` (stderr).

    On a terminal: a bar over the files this run converts (files done of total, pages,
    failures, pages/s, elapsed, ETA), with failures printed above it. Otherwise one line per
    file, for logs. `quiet`: only failures and the summary (for cron).
    """

    def __init__(self, console: Console, quiet: bool = False) -> None:
        self.console = console
        self.quiet = quiet
        self.live = console.is_terminal and not quiet
        self.done = 0  # entries told, skipped ones included (the [n/total] counter)
        self.total = 0
        self.ran = self.pages = self.failed = 0  # this run's conversions only
        self.started_at: Optional[float] = None
        self._progress: Optional[Progress] = None
        self._task: Optional[TaskID] = None

    def started(self, total: int, to_run: int, skipped: int) -> None:
        self.total = total
        self.started_at = time.monotonic()
        if not self.quiet and skipped:
            self.console.print(f"{_plural(skipped, 'file')} already done in an earlier run (--force redoes them)",
                               markup=False)
        if self.live and to_run:
            self._progress = Progress(
                TextColumn("[bold]batch"), BarColumn(), MofNCompleteColumn(), TextColumn("files"),
                TextColumn("{task.fields[detail]}"), TimeElapsedColumn(), TextColumn("ETA"), TimeRemainingColumn(),
                console=self.console, transient=True,
            )
            self._task = self._progress.add_task("batch", total=to_run, detail="")
            self._progress.start()

    def finished(self, entry: Entry) -> None:
        self.done += 1
        if entry.status != SKIPPED:
            self.ran += 1
            self.pages += entry.pages
            self.failed += entry.status != OK
        if self._progress is not None and self._task is not None:
            if entry.status != SKIPPED:
                self._progress.update(self._task, completed=self.ran, detail=self._detail())
            if entry.status not in (OK, SKIPPED):
                self._progress.console.print(_line(self.done, self.total, entry), markup=False, soft_wrap=True)
        elif not self.quiet or entry.status not in (OK, SKIPPED):
            self.console.print(_line(self.done, self.total, entry), markup=False, soft_wrap=True)

    def _detail(self) -> str:
        failed = f"{self.failed} failed" if self.failed else "0 failed"
        return f"{_plural(self.pages, 'page')}  {failed}  {self.rate():.1f} pages/s"

    def rate(self) -> float:
        """Pages per second converted by this run so far."""
        if self.started_at is None:
            return 0.0
        return self.pages / max(time.monotonic() - self.started_at, 1e-6)

    def stopping(self, signum: int) -> None:
        name = signal.Signals(signum).name
        self.console.print(f"panelparse: {name}: stopping; running files get a few seconds "
                           "(again to stop at once)", markup=False, soft_wrap=True)

    def close(self, summary: BatchSummary) -> None:
        if self._progress is not None:
            self._progress.stop()
        self.console.print(summary_table(summary))
        elapsed = time.monotonic() - self.started_at if self.started_at is not None else 0.0
        if self.ran and elapsed > 0 and not self.quiet:
            self.console.print(f"read {_plural(self.ran, 'file')}, {_plural(self.pages, 'page')} in "
                               f"{elapsed:.1f} s: {60 * self.ran / elapsed:.1f} packs/min, "
                               f"{self.pages / elapsed:.1f} pages/s", markup=False)
        if summary.skipped_non_pdf and not self.quiet:
            self.console.print(f"{_plural(summary.skipped_non_pdf, 'non-PDF file')} passed over", markup=False)
        for folder in summary.unreadable:
            self.console.print(f"could not list {folder}: its files were not converted", markup=False, soft_wrap=True)
        if summary.not_done:
            self.console.print(f"{_plural(len(summary.not_done), 'file')} not done (interrupted); "
                               "run the same command again to finish", markup=False)
        if summary.manifest:
            self.console.print(f"manifest: {summary.manifest}", markup=False, soft_wrap=True)


def _line(done: int, total: int, entry: Entry) -> str:
    """`[3/40] archive/pack.pdf: ok (52 pages, 2 warnings, 4.1s)`, or the failure and its reason."""
    if entry.status == OK:
        counts = [_plural(entry.pages, "page")] + ([_plural(entry.warnings, "warning")] if entry.warnings else [])
        return f"[{done}/{total}] {entry.input}: ok ({', '.join(counts)}, {entry.seconds:.1f}s)"
    if entry.status == SKIPPED:
        return f"[{done}/{total}] {entry.input}: skipped: {entry.message}"
    status = f"{entry.status.upper()} (exit {entry.exit_code})"
    message = f": {entry.message}" if entry.message else ""
    return f"[{done}/{total}] {entry.input}: {status}{message} ({entry.seconds:.1f}s)"


def summary_table(summary: BatchSummary) -> Table:
    """Files, pages and warnings by status; inputs not done when interrupted."""
    table = Table(title="batch summary", show_header=True, header_style="bold")
    table.add_column("status")
    table.add_column("files", justify="right")
    table.add_column("pages", justify="right")
    table.add_column("warnings", justify="right")
    for status, count in summary.counts().items():
        if count:
            entries = [e for e in summary.entries if e.status == status]
            table.add_row(status, str(count), str(sum(e.pages for e in entries)),
                          str(sum(e.warnings for e in entries)))
    if summary.not_done:
        table.add_row("not done", str(len(summary.not_done)), "", "")
    return table

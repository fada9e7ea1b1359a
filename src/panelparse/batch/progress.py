"""What a batch shows on stderr: a progress bar on a terminal, one line per file otherwise, a summary."""

from __future__ import annotations

import signal
import time
from typing import Optional

from rich.console import Console
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn, TimeRemainingColumn
from rich.table import Table

from . import OK, SKIPPED, BatchSummary, Entry


def _plural(n: int, word: str) -> str:
    return f"{n} {word}" if n == 1 else f"{n} {word}s"


class BatchProgress:
    """Receives batch events; renders them for people on `console` (stderr)."""

    def __init__(self, console: Console, quiet: bool = False) -> None:
        self.console = console
        self.quiet = quiet
        self.live = console.is_terminal and not quiet
        self.done = self.pages = self.failed = 0
        self.total = 0
        self.started_at = time.monotonic()
        self._progress: Optional[Progress] = None
        self._task = None

    def started(self, total: int, to_run: int, skipped: int) -> None:
        self.total = total
        if not self.quiet and skipped:
            self.console.print(f"{_plural(skipped, 'file')} already done in an earlier run (--force redoes them)",
                               markup=False)
        if self.live:
            self._progress = Progress(
                TextColumn("[bold]batch"), BarColumn(), MofNCompleteColumn(), TextColumn("{task.fields[detail]}"),
                TimeElapsedColumn(), TimeRemainingColumn(), console=self.console, transient=True,
            )
            self._task = self._progress.add_task("batch", total=total, detail="")
            self._progress.start()

    def finished(self, entry: Entry) -> None:
        self.done += 1
        self.pages += entry.pages
        self.failed += entry.status not in (OK, SKIPPED)
        if self._progress is not None:
            rate = self.pages / max(time.monotonic() - self.started_at, 1e-6)
            detail = f"{self.pages} pages, {self.failed} failed, {rate:.1f} pages/s"
            self._progress.update(self._task, completed=self.done, detail=detail)
            if entry.status not in (OK, SKIPPED):
                self._progress.console.print(_line(self.done, self.total, entry), markup=False, soft_wrap=True)
        elif not self.quiet or entry.status not in (OK, SKIPPED):
            self.console.print(_line(self.done, self.total, entry), markup=False, soft_wrap=True)

    def stopping(self, signum: int) -> None:
        name = signal.Signals(signum).name
        self.console.print(f"panelparse: {name}: stopping; running files get a few seconds "
                           "(again to stop at once)", markup=False)

    def close(self, summary: BatchSummary) -> None:
        if self._progress is not None:
            self._progress.stop()
        self.console.print(summary_table(summary))
        if summary.skipped_non_pdf and not self.quiet:
            self.console.print(f"{_plural(summary.skipped_non_pdf, 'non-PDF file')} passed over", markup=False)
        if summary.not_done:
            self.console.print(f"{_plural(len(summary.not_done), 'file')} not done (interrupted); "
                               "run the same command again to finish", markup=False)
        if summary.manifest:
            self.console.print(f"manifest: {summary.manifest}", markup=False, soft_wrap=True)


def _line(done: int, total: int, entry: Entry) -> str:
    status = entry.status if entry.status in (OK, SKIPPED) else f"{entry.status.upper()} (exit {entry.exit_code})"
    extra = f" [{_plural(entry.warnings, 'warning')}]" if entry.status == OK and entry.warnings else ""
    message = f": {entry.message}" if entry.message and entry.status != OK else ""
    return f"[{done}/{total}] {entry.input}: {status}{extra}{message} ({entry.seconds:.1f}s)"


def summary_table(summary: BatchSummary) -> Table:
    """Counts by status, and the files that failed."""
    table = Table(title="batch summary", show_header=True, header_style="bold")
    table.add_column("status")
    table.add_column("files", justify="right")
    for status, count in summary.counts().items():
        if count:
            table.add_row(status, str(count))
    if summary.not_done:
        table.add_row("not done", str(len(summary.not_done)))
    return table

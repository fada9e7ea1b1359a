"""Progress of one pack on stderr while it is read: pages done, then the stage.

Shown only on a terminal (a log file gets no bar); the time each stage took is kept for `-v`.
"""

from __future__ import annotations

import time
from types import TracebackType
from typing import TYPE_CHECKING, Optional

if TYPE_CHECKING:  # rich's progress is imported only when a bar is drawn
    from rich.console import Console
    from rich.progress import Progress


class PackProgress:
    """A `progress(stage, done, total)` callable for `panelparse.extract` that draws a transient bar."""

    def __init__(self, console: Optional[Console], enabled: bool, label: str = "") -> None:
        self.label = label
        self.timings: dict[str, float] = {}
        self._stage: Optional[str] = None
        self._started = time.monotonic()
        self._bar: Optional[Progress] = None
        if enabled:
            from rich.progress import (
                BarColumn,
                MofNCompleteColumn,
                Progress,
                SpinnerColumn,
                TextColumn,
                TimeElapsedColumn,
            )

            self._bar = Progress(SpinnerColumn(), TextColumn("{task.description}"), BarColumn(), MofNCompleteColumn(),
                                 TimeElapsedColumn(), console=console, transient=True)
            self._task = self._bar.add_task(f"{label} opening", total=None)

    def __enter__(self) -> "PackProgress":
        if self._bar is not None:
            self._bar.start()
        return self

    def __exit__(self, kind: Optional[type[BaseException]], exc: Optional[BaseException],
                 tb: Optional[TracebackType]) -> None:
        self._close_stage()
        if self._bar is not None:
            self._bar.stop()

    def _close_stage(self) -> None:
        now = time.monotonic()
        if self._stage is not None:
            self.timings[self._stage] = self.timings.get(self._stage, 0.0) + now - self._started
        self._started = now

    def __call__(self, stage: str, done: int, total: int) -> None:
        if stage != self._stage:
            self._close_stage()
            self._stage = stage
        if self._bar is not None:
            self._bar.update(self._task, description=f"{self.label} {stage}".strip(), completed=done, total=total)

    def summary(self) -> str:
        """'reading pages 9.1 s, finding documents 0.1 s, ...' for -v."""
        return ", ".join(f"{stage} {seconds:.1f} s" for stage, seconds in self.timings.items())

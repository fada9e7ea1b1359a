"""stdout carries data only; everything for people goes to stderr.

`Messages` is the one way commands speak to people: one line per warning or note on stderr,
`-q` keeps only errors, `-v` adds detail.

rich is imported when something is first printed, not with this module: a quiet run that
writes JSON (`extract --json -q`) never needs it, and importing it costs about 15 ms.
"""

from __future__ import annotations

import os
import sys
import time
from contextlib import contextmanager
from dataclasses import dataclass, field
from functools import lru_cache
from typing import TYPE_CHECKING, Iterator, Optional, TextIO

if TYPE_CHECKING:
    from rich.console import Console


@lru_cache(maxsize=1)
def err_console() -> Console:
    """The one stderr console (made on first use)."""
    from rich.console import Console

    return Console(stderr=True, highlight=False)


# Piped or written to a file, text has no terminal width to fit: lines are kept whole (a
# user who wants a width sets COLUMNS) instead of being wrapped at rich's default of 80.
UNWRAPPED_WIDTH = 10_000


def _width_from_env() -> int:
    try:
        return int(os.environ.get("COLUMNS", "")) or UNWRAPPED_WIDTH
    except ValueError:
        return UNWRAPPED_WIDTH


def out_console() -> Console:
    """A stdout console: colour and the terminal's width on a terminal, unwrapped plain text otherwise."""
    from rich.console import Console

    if sys.stdout.isatty():
        return Console(highlight=False)
    return Console(highlight=False, width=_width_from_env(), color_system=None, soft_wrap=False)


def text_console(file: TextIO, width: int | None = None) -> Console:
    """A console that writes plain text (no colour, no terminal) to `file`, unwrapped unless `width`."""
    from rich.console import Console

    return Console(file=file, width=width or _width_from_env(), color_system=None, force_terminal=False,
                   highlight=False, legacy_windows=False)


@dataclass
class Messages:
    """Warnings, notes and errors for people, one line each on stderr."""

    quiet: bool = False
    verbose: int = 0
    given_console: Optional[Console] = field(default=None, repr=False)

    @property
    def console(self) -> Console:
        """Where the lines go: the stderr console unless another was given."""
        return self.given_console or err_console()

    def _line(self, text: str) -> None:
        self.console.print(text, markup=False, highlight=False, soft_wrap=True)

    def error(self, text: str) -> None:
        """Always printed: the one line that explains a non-zero exit."""
        self._line(f"panelparse: error: {text}")

    def warning(self, text: str) -> None:
        if not self.quiet:
            self._line(f"panelparse: warning: {text}")

    def note(self, text: str) -> None:
        if not self.quiet:
            self._line(f"panelparse: {text}")

    def detail(self, text: str, level: int = 1) -> None:
        """Printed with -v (level 1) or -vv (level 2)."""
        if self.verbose >= level and not self.quiet:
            self._line(f"panelparse: {text}")

    @contextmanager
    def timed(self, what: str) -> Iterator[None]:
        """With -v, say how long the block took ('read pack.pdf in 2.1 s')."""
        started = time.monotonic()
        yield
        self.detail(f"{what} in {time.monotonic() - started:.1f} s")

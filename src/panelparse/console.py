"""stdout carries data only; everything for people goes to stderr."""

from __future__ import annotations

from rich.console import Console

err_console = Console(stderr=True, highlight=False)


def out_console() -> Console:
    """A stdout console; colour only on a terminal."""
    return Console(highlight=False)

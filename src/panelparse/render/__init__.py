"""Renderers: one MeetingPack, several readable forms. JSON is the canonical one."""

from __future__ import annotations

from enum import Enum


class OutputFormat(str, Enum):
    """Output formats of `panelparse extract`."""

    table = "table"
    json = "json"
    jsonl = "jsonl"
    markdown = "markdown"
    csv = "csv"


class View(str, Enum):
    """How much of a pack the table format shows."""

    summary = "summary"  # meeting, documents, checks: one screen
    full = "full"  # the overview, then every document's tables and every check


__all__ = ["OutputFormat", "View"]

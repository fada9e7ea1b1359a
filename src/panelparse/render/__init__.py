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


__all__ = ["OutputFormat"]

"""Canonical JSON: every key present, nulls kept (never exclude_none)."""

from __future__ import annotations

from ..models import MeetingPack


def render_json(pack: MeetingPack, compact: bool = False) -> str:
    """The pack as JSON text ending in a newline: indented, or on one line when `compact`."""
    return pack.model_dump_json(indent=None if compact else 2, by_alias=True) + "\n"

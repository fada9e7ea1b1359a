"""Canonical JSON: every key present, nulls kept (never exclude_none)."""

from __future__ import annotations

from ..models import MeetingPack


def render_json(pack: MeetingPack) -> str:
    """The pack as indented JSON text ending in a newline."""
    return pack.model_dump_json(indent=2, by_alias=True) + "\n"

"""The JSON Schema of MeetingPack, generated from the models and bundled with the package."""

from __future__ import annotations

import json
from pathlib import Path

from .models import MeetingPack

BUNDLED_SCHEMA = Path(__file__).parent / "schemas" / "meetingpack-1.0.schema.json"


def json_schema() -> dict:
    """The MeetingPack JSON Schema (draft 2020-12) as a dict."""
    schema = MeetingPack.model_json_schema(by_alias=True, mode="serialization")
    schema["$schema"] = "https://json-schema.org/draft/2020-12/schema"
    schema["$id"] = "https://panelparse.invalid/schemas/meetingpack-1.0.schema.json"
    return schema


def schema_text() -> str:
    """The schema as stable, indented JSON text."""
    return json.dumps(json_schema(), indent=2, ensure_ascii=False) + "\n"

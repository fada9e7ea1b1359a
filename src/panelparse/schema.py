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


def _type_of(prop: dict) -> str:
    if "$ref" in prop:
        return prop["$ref"].rsplit("/", 1)[-1]
    if "anyOf" in prop:
        return " | ".join(_type_of(p) for p in prop["anyOf"])
    if "oneOf" in prop:
        return " | ".join(_type_of(p) for p in prop["oneOf"])
    if prop.get("type") == "array":
        return f"[{_type_of(prop.get('items', {}))}]"
    if "const" in prop:
        return repr(prop["const"])
    if "enum" in prop:
        return " | ".join(repr(v) for v in prop["enum"])
    if prop.get("type") == "object" and "additionalProperties" in prop:
        return f"{{str: {_type_of(prop['additionalProperties'])}}}"
    return prop.get("format", prop.get("type", "any"))


def contract_markdown() -> str:
    """docs/output-contract.md: every model and field with its type and description."""
    schema = json_schema()
    out = ["# Output contract (schema 1.0)", "",
           "Generated from the models by `panelparse.schema.contract_markdown()`; a test keeps",
           "this file current. Field names follow the project SPEC; fields beyond it are additions.", ""]
    models = [("MeetingPack", schema)] + sorted(schema["$defs"].items())
    for name, model in models:
        out += [f"## {name}", "", (model.get("description") or "").strip(), "",
                "| field | type | description |", "|---|---|---|"]
        for field, prop in model.get("properties", {}).items():
            description = (prop.get("description") or "").replace("|", "\\|").replace("\n", " ")
            out.append(f"| `{field}` | {_type_of(prop).replace('|', '&#124;')} | {description} |")
        out.append("")
    return "\n".join(out)

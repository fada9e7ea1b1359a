"""The bundled JSON Schema matches the models, and outputs validate against it."""

from __future__ import annotations

import json

import jsonschema
import pytest
from conftest import CORPUS, SAMPLE_PACK

from panelparse.render.json import render_json
from panelparse.schema import BUNDLED_SCHEMA, json_schema, schema_text

SPEC_FIELDS = {
    "MeetingPack": {"schema_version", "source", "meeting", "documents", "warnings", "checks"},
    "AgendaDocument": {"body", "date", "start_time", "venue", "contact", "members", "substitutes", "items",
                       "future_meetings"},
    "MinutesDocument": {"body", "date", "venue", "start_time", "end_time", "present", "also_present", "apologies",
                        "items", "declarations", "events", "author"},
    "HighlightReportDocument": {"period", "measure_summary", "priorities", "glossary"},
    "CommissioningPlanDocument": {"financial_year", "funding_streams", "funding_total", "budget_allocations",
                                  "budget_total", "contracts", "portfolios"},
    "ReportDocument": {"meeting", "date", "report_title", "presented_by", "author", "sections", "tables",
                       "recommendations"},
    "Measure": {"name", "periods", "last_month", "last_3_months", "vs_previous_3_months", "vs_previous_year",
                "last_12_months", "vs_previous_12_months", "rag", "evidence"},
    "Votes": {"for", "against", "abstain"},
    "Money": {"raw", "amount_gbp", "approximate"},
    "DateRef": {"raw", "start", "end", "precision"},
}
COMMON = {"kind", "title", "pages", "printed_pages", "confidence", "agenda_item", "warnings"}


def test_bundled_schema_is_current():
    assert BUNDLED_SCHEMA.read_text() == schema_text(), "run: panelparse schema -o " + str(BUNDLED_SCHEMA)


@pytest.mark.parametrize("model, fields", SPEC_FIELDS.items())
def test_spec_field_names_present(model, fields):
    schema = json_schema()
    props = schema["properties"] if model == "MeetingPack" else schema["$defs"][model]["properties"]
    assert fields <= set(props)
    if model.endswith("Document"):
        assert COMMON <= set(props)


@pytest.mark.parametrize("path", [
    SAMPLE_PACK,
    CORPUS / "kent-cabinet-2025-01-30-item7-supplementary-pack.pdf",
    CORPUS / "kent-cabinet-2025-01-30-agenda-frontsheet.pdf",
    CORPUS / "kent-cabinet-2025-01-30-item8-ics-priorities-measures-slides.pdf",
    CORPUS / "epa-ca-planning-commission-minutes-2020-01-27.pdf",
], ids=lambda p: p.stem[:40])
def test_output_validates_against_schema(extract_pack, path):
    data = json.loads(render_json(extract_pack(path)))
    jsonschema.validate(data, json_schema())


def test_output_contract_doc_is_current():
    from pathlib import Path

    from panelparse.schema import contract_markdown

    doc = Path(__file__).parent.parent / "docs" / "output-contract.md"
    assert doc.read_text() == contract_markdown(), "regenerate: python -c \"from panelparse.schema import " \
        "contract_markdown; open('docs/output-contract.md','w').write(contract_markdown())\""

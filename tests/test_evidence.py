"""Every record carries evidence that points inside its own document."""

from __future__ import annotations

import json

import pytest
from conftest import CORPUS, PACKS, SAMPLE_PACK

from panelparse.render.json import render_json

RECORD_LISTS = {"members", "substitutes", "items", "children", "present", "also_present", "apologies",
                "decisions", "declarations", "events", "scorecards", "deliverables", "funding_streams",
                "budget_allocations", "contracts", "tables", "future_meetings", "portfolios", "glossary"}


def records(obj, key=None):
    if isinstance(obj, dict):
        if key in RECORD_LISTS:
            yield key, obj
        for k, v in obj.items():
            yield from records(v, k)
    elif isinstance(obj, list):
        for v in obj:
            yield from records(v, key)


@pytest.mark.parametrize("path", [SAMPLE_PACK, PACKS / "kent-cabinet-2025-01-30-mini-pack.pdf",
                                  CORPUS / "epa-ca-planning-commission-minutes-2020-01-27.pdf",
                                  CORPUS / "sutton-coldfield-tc-community-grant-minutes-2018-03-13.pdf"],
                         ids=lambda p: p.stem[:30])
def test_records_have_evidence_inside_their_document(extract_pack, path):
    data = json.loads(render_json(extract_pack(path)))
    seen = 0
    for doc in data["documents"]:
        for key, record in records(doc):
            evidence = record.get("evidence")
            assert evidence is not None, f"{doc['kind']} {key} record without evidence: {str(record)[:120]}"
            assert doc["pages"]["start"] <= evidence["page"] <= doc["pages"]["end"], (key, evidence)
            if evidence["bbox"] is not None:
                x0, top, x1, bottom = evidence["bbox"]
                assert 0 <= x0 <= x1 and 0 <= top <= bottom, (key, evidence)
            seen += 1
    assert seen > 20

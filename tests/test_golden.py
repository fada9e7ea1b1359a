"""Whole-pack regression: the JSON of each fixture equals its reviewed golden file.

Goldens change only through `pytest --update-goldens`, so every change to the output shows
up as a diff in review. A missing golden is a failure, never written silently.
"""

from __future__ import annotations

import json

import pytest
from conftest import CORPUS, GOLDEN, SAMPLE_PACK

from panelparse.render.json import render_json

PACKS = {
    "wiltshire-pcp-2023-03-09": SAMPLE_PACK,
    "kent-cabinet-2025-01-30-item7-supplementary-pack": CORPUS / "kent-cabinet-2025-01-30-item7-supplementary-pack.pdf",
    "kent-cabinet-2025-01-09-minutes": CORPUS / "kent-cabinet-2025-01-09-minutes.pdf",
    "epa-ca-planning-commission-minutes-2020-01-27": CORPUS / "epa-ca-planning-commission-minutes-2020-01-27.pdf",
}


def _comparable(pack) -> str:
    data = json.loads(render_json(pack))
    # The path is as given on the command line; only the file name is stable across machines.
    data["source"]["path"] = data["source"]["path"].rsplit("/", 1)[-1]
    data["source"]["generator"]["version"] = "*"
    return json.dumps(data, indent=2, ensure_ascii=False, sort_keys=False) + "\n"


@pytest.mark.parametrize("name", sorted(PACKS))
def test_output_matches_golden(extract_pack, update_goldens, name):
    golden = GOLDEN / f"{name}.json"
    actual = _comparable(extract_pack(PACKS[name]))
    if update_goldens:
        golden.write_text(actual, encoding="utf-8")
        return
    assert golden.exists(), f"no golden for {name}: review the output, then run pytest --update-goldens"
    expected = golden.read_text(encoding="utf-8")
    if actual != expected:
        import difflib

        diff = "".join(list(difflib.unified_diff(expected.splitlines(True), actual.splitlines(True),
                                                 "golden", "actual", n=2))[:80])
        pytest.fail(f"{name} output differs from its golden (pytest --update-goldens after review):\n{diff}")

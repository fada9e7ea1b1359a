"""No file scores below its floor against its hand-written answer key.

The floors (benchmarks/accuracy-floors.json) start at what each file scored and only rise:
a change that lowers any file's score is a regression, whatever the unit tests say.
`python benchmarks/accuracy.py` prints the same scores with the failed check ids.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

import pytest

BENCH = Path(__file__).resolve().parent.parent / "benchmarks"
sys.path.insert(0, str(BENCH))

import accuracy  # noqa: E402

KEYS = accuracy.find_keys()
FLOORS = accuracy.load_floors()


def test_every_fixture_pdf_has_an_answer_key_and_a_floor():
    pdfs = {p.name for folder in ("corpus", "packs", "styles")
            for p in (accuracy.FIXTURES / folder).glob("*.pdf")}
    keyed = {accuracy.pdf_for(k).name for k in KEYS}
    assert pdfs <= keyed, f"PDFs without an answer key: {sorted(pdfs - keyed)}"
    names = {k.name.removesuffix(".expect.json") for k in KEYS}
    assert names <= set(FLOORS), \
        f"keys without a floor (run benchmarks/accuracy.py --raise-floors): {names - set(FLOORS)}"


@pytest.mark.slow
@pytest.mark.parametrize("key", KEYS, ids=[k.name.removesuffix(".expect.json") for k in KEYS])
def test_score_does_not_drop_below_floor(key, extract_pack):
    from panelparse.errors import NoTextLayerError, PanelparseError
    from panelparse.render.json import render_json

    try:
        output = json.loads(render_json(extract_pack(accuracy.pdf_for(key))))
    except NoTextLayerError:  # a scan: read it as `extract --ocr auto` does, when the OCR extra is installed
        if not accuracy.OCR_INSTALLED:
            pytest.skip(f"a scanned file: {accuracy.NEEDS_OCR}")
        output, _ = accuracy.output_for(accuracy.pdf_for(key), ocr="auto")
    except PanelparseError:
        output = None
    passed, total, failed, details = accuracy.score_output(key, output)
    floor = FLOORS[key.name.removesuffix(".expect.json")]
    assert passed / total + 1e-9 >= floor, (
        f"{passed}/{total} = {passed / total:.3f} is below the floor {floor:.3f}:\n" + "\n".join(details))

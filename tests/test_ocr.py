"""OCR for scanned pages (panelparse[ocr]): the scanned accounts in the corpus become text with
evidence on every page. Skipped when no OCR engine is installed (CI installs .[test] only)."""

from __future__ import annotations

import pytest
from conftest import CORPUS

from panelparse.layout.ocr import words_from_lines
from panelparse.options import ExtractOptions, OcrMode
from panelparse.pipeline import extract

SCAN = CORPUS / "sutton-coldfield-tc-statement-of-accounts-2016-17-scanned.pdf"


def test_ocr_lines_become_positioned_words():
    found = [([[100.0, 40.0], [300.0, 40.0], [300.0, 60.0], [100.0, 60.0]], "Total £1,500", 0.95),
             ([[0.0, 0.0], [10.0, 0.0], [10.0, 5.0], [0.0, 5.0]], "smudge", 0.2)]
    words = words_from_lines(found, scale=2.0)
    assert [w.text for w in words] == ["Total", "£1,500"]
    assert words[0].x0 == 50.0 and words[1].x1 == 150.0 and words[0].top == 20.0 and words[0].bottom == 30.0
    assert words[0].x1 <= words[1].x0


def test_without_an_engine_ocr_auto_says_how_to_get_one(monkeypatch):
    from panelparse.layout import ocr

    def missing():
        raise ocr.OcrUnavailable(f"no OCR engine is installed ({ocr.INSTALL_HINT})")

    monkeypatch.setattr(ocr, "engine", missing)
    from panelparse.errors import NoTextLayerError

    with pytest.raises(NoTextLayerError, match="panelparse\\[ocr\\]"):
        extract(SCAN, ExtractOptions(plugins="builtin", ocr=OcrMode.auto))


@pytest.mark.slow
def test_ocr_auto_reads_the_scanned_accounts_with_evidence_on_every_page():
    pytest.importorskip("rapidocr_onnxruntime", reason="needs pip install 'panelparse[ocr]'")
    pack = extract(SCAN, ExtractOptions(plugins="builtin", ocr=OcrMode.auto))
    pages_with_text = {t.page for d in pack.documents for t in getattr(d, "text", []) if t.text.strip()}
    evidence = {e["page"] for e in _evidence(pack.model_dump(mode="json"))}
    assert pages_with_text | evidence == set(range(1, pack.source.page_count + 1))
    assert "Statement of Accounts" in str(pack.model_dump())
    assert all(any(w.code == "ocr_text" for w in d.warnings) for d in pack.documents)
    assert any(w.code == "ocr" for w in pack.warnings)


def _evidence(value):
    if isinstance(value, dict):
        if "page" in value and "bbox" in value:
            yield value
        for item in value.values():
            yield from _evidence(item)
    elif isinstance(value, list):
        for item in value:
            yield from _evidence(item)

"""OCR for scanned pages (panelparse[ocr]): the scanned accounts in the corpus become text with
evidence on every page. Skipped when no OCR engine is installed."""

from __future__ import annotations

from pathlib import Path

import pytest
from conftest import CORPUS

from panelparse.layout.ocr import even_sizes, unglue, words_from_lines
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


@pytest.mark.parametrize("read, text", [
    ("OtherCosts andIncome", "Other Costs and Income"), ("Item58", "Item 58"),
    ("fortheyearended31March2017", "for the year ended 31 March 2017"), ("（1,665,452）", "(1,665,452)"),
    ("18th April 2017", "18th April 2017"), ("SN15 2JJ", "SN15 2JJ"), ("S137", "S137"), ("McDonald", "McDonald"),
])
def test_words_the_recogniser_ran_together_are_parted(read, text):
    # As RapidOCR read the Royal Sutton Coldfield accounts (p4 'OtherCosts andIncome', the cover's 'Item58').
    assert unglue(read) == text


@pytest.mark.parametrize("read, text", [
    # as RapidOCR read a parish clerk's minutes scanned at 200 dpi
    ("TheCouncildiscussed thematteratlengthandnotedthereportofthe",
     "The Council discussed the matter at length and noted the report of the"),
    ("Minutesof themeeting of theFull Council held atthe TownHall",
     "Minutes of the meeting of the Full Council held at the Town Hall"),
    ("16December2024at7.00pm", "16 December 2024 at 7.00pm"), ("Itemnumber1title", "Item number 1 title"),
    ("Inattendance:SarahLawton(TownClerk)", "In attendance: Sarah Lawton (Town Clerk)"),
    ("CllrTDavies", "Cllr T Davies"), ("Town Clerk.The Council", "Town Clerk. The Council"),
    ("THORNBURYTOWNCOUNCIL", "THORNBURY TOWN COUNCIL"),
    # what must stay as printed: names and words it knows, acronyms, units, times, ordinals, links
    ("Gloucestershire County Council", "Gloucestershire County Council"), ("Thornbury", "Thornbury"),
    ("HMRC PAYE", "HMRC PAYE"), ("5km at 7.00pm on the 2nd", "5km at 7.00pm on the 2nd"), ("the 1990s", "the 1990s"),
    ("Health and Welbeing", "Health and Welbeing"), ("Environmenta Services", "Environmenta Services"),  # misread
    ("ematteratlength", "ematter at length"),  # a word cut at the line's start keeps its scrap
    ("Member(s)", "Member(s)"), ("www.example.gov.uk", "www.example.gov.uk"), ("IDs and MPs", "IDs and MPs"),
    ("https://www.example.gov.uk", "https://www.example.gov.uk"),
])
def test_words_run_together_in_one_case_are_parted_by_word_frequencies(read, text):
    pytest.importorskip("wordsegment")
    assert unglue(read) == text


def test_vertical_lettering_is_no_line_and_sizes_come_from_the_glyphs():
    found = [([[500.0, 222.0], [510.0, 222.0], [510.0, 288.0], [500.0, 288.0]], "ROYAL", 0.99),  # a logo's side
             ([[446.0, 598.0], [751.0, 598.0], [751.0, 635.0], [446.0, 635.0]], "Statement of Accounts", 0.98),
             ([[140.0, 338.0], [1120.0, 338.0], [1120.0, 374.0], [140.0, 374.0]], "x" * 86, 0.98)]
    words = words_from_lines(found, scale=2.0)
    assert "ROYAL" not in [w.text for w in words]
    # a long line's box is padded more than a title's: its width per character says it is smaller
    assert words[0].size == pytest.approx(14.5, abs=0.3) and words[-1].size < 12


def test_sizes_near_the_usual_one_are_evened_out_a_title_keeps_its_own():
    from panelparse.layout import Word

    def word(text, size):
        return Word(text, 0, 0, 10, 10, size)

    pages = [[word("Statement", 14.6), word("The Council's statutory accounts", 10.0)],
             [word("Heading", 12.4), word("(145,000)", 9.2)]]
    evened = even_sizes(pages)
    assert [w.size for w in evened[0]] == [14.6, 10.0] and [w.size for w in evened[1]] == [10.0, 10.0]


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


def test_the_default_ocrs_only_a_file_with_no_text_layer_on_any_page(monkeypatch):
    # OcrMode.scans: a scanned file is read by OCR; a file with text keeps its blank pages blank.
    from panelparse.errors import NoTextLayerError
    from panelparse.layout import ocr

    asked = []

    def fake(path, numbers, **kwargs):
        asked.append((Path(path).name, list(numbers)))
        return [], "fake"

    monkeypatch.setattr(ocr, "ocr_pages", fake)
    assert ExtractOptions().ocr is OcrMode.scans
    extract(CORPUS / "souldern-pc-2026-03-26-agenda.pdf", ExtractOptions(plugins="builtin"))
    assert asked == []
    with pytest.raises(NoTextLayerError, match="panelparse\\[ocr\\]"):  # the fake read nothing
        extract(SCAN, ExtractOptions(plugins="builtin"))
    assert asked == [(SCAN.name, list(range(1, 12)))]
    with pytest.raises(NoTextLayerError, match="leave out --ocr off"):
        extract(SCAN, ExtractOptions(plugins="builtin", ocr=OcrMode.off))
    assert len(asked) == 1


@pytest.mark.slow
def test_the_default_reads_the_budget_comparison_of_the_scanned_accounts():
    # Cover: 'Statement of Accounts', '31 March 2017'. p4 Budget Comparison: Budget column,
    # expenditure in brackets; the unlabelled total (1,665,452) is the sum of its 14 lines.
    pytest.importorskip("rapidocr_onnxruntime", reason="needs pip install 'panelparse[ocr]'")
    pack = extract(SCAN, ExtractOptions(plugins="builtin"))  # no --ocr: a scan is read by OCR
    (doc,) = pack.documents
    assert doc.kind == "commissioning_plan" and doc.pages.start == 1 and doc.pages.end == 11
    assert "Statement of Accounts" in doc.title and doc.financial_year == "2016-17"
    lines = {ln.name: ln.amount for ln in doc.budget_allocations}
    assert lines["Economic Development"].raw == "(145,000)" and lines["Economic Development"].amount_gbp == -145000
    assert lines["Civic and Democratic Costs"].amount_gbp == -202200
    assert lines["Other Costs and Income"].amount_gbp == -60000
    assert doc.budget_total.amount_gbp == -1665452
    assert any(c.code == "budget_total" and c.status == "pass" for c in pack.checks)


def _evidence(value):
    if isinstance(value, dict):
        if "page" in value and "bbox" in value:
            yield value
        for item in value.values():
            yield from _evidence(item)
    elif isinstance(value, list):
        for item in value:
            yield from _evidence(item)

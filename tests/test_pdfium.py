"""The experimental PDFium engine: every fixture reads, and the layouts match the default engine's."""

from __future__ import annotations

from pathlib import Path

import pytest
from conftest import CORPUS, FIXTURES, SAMPLE_PACK

from panelparse.errors import PanelparseError
from panelparse.layout import open_pack
from panelparse.layout.pdfium import classify
from panelparse.options import ExtractOptions
from panelparse.pipeline import extract

ALL_PDFS = sorted(FIXTURES.glob("*/*.pdf"))
# PDFium reads these pages without error, but finds no text on them; pdfminer fails on them.
NO_TEXT_NOT_DAMAGED = {"qpdf__qpdf__qtest__qpdf__broken-lzw.pdf", "qpdf__qpdf__qtest__qpdf__split-exp-1.pdf",
                       "qpdf__qpdf__qtest__qpdf__unfilterable.pdf"}


def outcome(path: Path, engine: str) -> str:
    try:
        extract(path, ExtractOptions(plugins="builtin", engine=engine, workers=1))
    except PanelparseError as exc:
        return type(exc).__name__
    return "ok"


@pytest.mark.slow
@pytest.mark.parametrize("path", ALL_PDFS, ids=lambda p: f"{p.parent.name}/{p.name}")
def test_every_fixture_reads_as_with_the_default_engine(path):
    # No crash on any fixture, hostile ones included; the same outcome as pdfplumber's, but
    # for the files whose pages pdfminer cannot read at all and PDFium reads as textless.
    got = outcome(path, "pdfium")
    if path.name in NO_TEXT_NOT_DAMAGED:
        assert got == "NoTextLayerError"
    else:
        assert got == outcome(path, "pdfplumber")


@pytest.mark.slow
@pytest.mark.parametrize("path", [SAMPLE_PACK, CORPUS / "kent-cabinet-2025-01-09-minutes.pdf",
                                  CORPUS / "kent-cabinet-2025-01-30-item7-supplementary-pack.pdf"],
                         ids=lambda p: p.name)
def test_pages_read_as_with_the_default_engine(path):
    # Same lines, words, tables, stamps and fonts; coordinates may differ by a few tenths at most
    # (a character PDFium measures by the font program where pdfminer reads /Widths).
    with open_pack(path) as a, open_pack(path, engine="pdfium") as b:
        for mine, theirs in zip(a.pages(), b.pages(), strict=True):
            assert theirs.text == mine.text
            assert (theirs.printed_page, theirs.printed_total, len(theirs.tables)) == \
                (mine.printed_page, mine.printed_total, len(mine.tables))
            assert [(w.text, w.bold, w.italic, round(w.size, 1)) for ln in theirs.lines for w in ln.words] == \
                [(w.text, w.bold, w.italic, round(w.size, 1)) for ln in mine.lines for w in ln.words]
            assert all(abs(p - q) < 0.5 for ln, lm in zip(theirs.lines, mine.lines, strict=True)
                       for p, q in zip(ln.bbox, lm.bbox, strict=True))  # points


@pytest.mark.parametrize("ops, shapes", [
    ([("m", (0, 0)), ("l", (10, 0))], ["line"]),
    ([("m", (0, 0)), ("l", (10, 0)), ("l", (10, 5)), ("l", (0, 5)), ("l", (0, 0)), ("h",)], ["rect"]),
    ([("m", (0, 0)), ("l", (10, 0)), ("l", (10, 5)), ("l", (0, 5)), ("h",)], ["rect"]),
    ([("m", (0, 0)), ("l", (10, 1)), ("l", (10, 5)), ("l", (0, 5)), ("h",)], ["curve"]),
    ([("m", (0, 0)), ("l", (5, 0)), ("m", (0, 2)), ("l", (5, 2))], ["line", "line"]),
    ([("m", (0, 0)), ("c", (1, 1), (2, 1), (3, 0))], ["curve"]),
])
def test_paths_split_as_pdfminer_splits_them(ops, shapes):
    assert [shape for shape, _, _ in classify(ops)] == shapes


def turned(source: Path, out: Path, rotate: int, pages: int = 1) -> Path:
    """`source`'s first pages drawn turned on the page and turned back by /Rotate, as producers that
    auto-rotate pages (Distiller, some print drivers) write landscape pages: the reader sees the same page."""
    import pikepdf

    turn = {90: "0 1 -1 0 {h} 0", 180: "-1 0 0 -1 {w} {h}", 270: "0 -1 1 0 0 {w}"}[rotate]
    with pikepdf.open(source) as pdf:
        del pdf.pages[pages:]
        for page in pdf.pages:
            x0, y0, x1, y1 = (float(v) for v in page.mediabox)
            w, h = x1 - x0, y1 - y0
            page.contents_coalesce()
            head = f"q {turn.format(w=w, h=h)} cm 1 0 0 1 {-x0} {-y0} cm\n".encode()
            page.Contents = pdf.make_stream(head + page.Contents.read_bytes() + b"\nQ\n")
            page.MediaBox = pikepdf.Array([0, 0, w, h] if rotate == 180 else [0, 0, h, w])
            if "/CropBox" in page.obj:
                del page.obj["/CropBox"]
            page.Rotate = rotate
        pdf.save(out)
    return out


@pytest.mark.parametrize("engine", ["pdfplumber", "pdfium"])
@pytest.mark.parametrize("rotate", [90, 180, 270])
def test_a_page_turned_back_by_rotate_reads_as_the_upright_page(tmp_path, rotate, engine):
    # PDFium gives each character's matrix in the page's own space: text drawn turned and shown
    # upright by /Rotate was judged not upright (every character its own word), and the spaces
    # PDFium puts between words were placed as if the line ran rightwards (180: 'MINUTE S').
    source = CORPUS / "kent-cabinet-2025-01-09-minutes.pdf"
    path = turned(source, tmp_path / f"turned-{rotate}.pdf", rotate)
    with open_pack(source) as a, open_pack(path, engine=engine) as b:
        mine, theirs = next(a.pages()), next(b.pages())
    assert theirs.text.startswith("KENT COUNTY COUNCIL\nCABINET\nMINUTES of a meeting of the Cabinet held")
    assert theirs.text == mine.text
    assert all(abs(p - q) < 0.5 for ln, lm in zip(theirs.lines, mine.lines, strict=True)
               for p, q in zip(ln.bbox, lm.bbox, strict=True))


def test_a_character_a_second_font_of_the_same_name_shows_keeps_its_width():
    # The action log holds a simple and a CID font both named 'ABCDEE+Calibri'; the simple one's
    # /Widths has no curly apostrophe, so PDFium's engine gave it no width: "O' Hara' s".
    path = CORPUS / "transparency-board-2011-06-08-action-log.pdf"
    with open_pack(path) as a, open_pack(path, engine="pdfium") as b:
        mine, theirs = list(a.pages()), list(b.pages())
    cells = [[t.rows for t in page.tables] for page in theirs]
    assert any("Dr Kieron O’Hara’s interim report" in (cell or "").replace("\n", " ")
               for page in cells for rows in page for row in rows for cell in row)
    assert cells == [[t.rows for t in page.tables] for page in mine]

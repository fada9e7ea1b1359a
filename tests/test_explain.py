"""`explain`: a record's page region as PNG with its box drawn on the words it was read from.

The packs come from the golden JSON (checked against their PDFs by test_golden.py); only the
pages drawn are read from the PDF.
"""

from __future__ import annotations

import io
import re

import pdfplumber
import pytest
from conftest import CORPUS, GOLDEN, SAMPLE_PACK
from PIL import Image

from panelparse import explain
from panelparse.layout.image import BOX_PAD

EPA = CORPUS / "epa-ca-planning-commission-minutes-2020-01-27.pdf"
FUNDING = "documents[4].funding_streams[0]"  # 'PCC Commissioning Budget  £2.939m', page 40 of the sample


def red_pixels(image: Image.Image) -> list[tuple[int, int]]:
    rgb = image.convert("RGB")
    width, height = rgb.size
    data = rgb.load()
    return [(x, y) for y in range(height) for x in range(width)
            if data[x, y][0] > 180 and data[x, y][1] < 90 and data[x, y][2] < 90]


def dark_share(image: Image.Image, box: tuple[int, int, int, int]) -> float:
    grey = image.convert("L").crop(box)
    dark = grey.point(lambda p: 255 if p < 128 else 0).histogram()[255]
    return dark / max(grey.size[0] * grey.size[1], 1)


def test_record_paths_resolve_to_their_records(golden_pack):
    pack = golden_pack("wiltshire-pcp-2023-03-09")
    found = explain.records(pack)
    assert len(found) > 300
    for record in found[::25]:
        assert explain.select(pack, record.path)[0] == record
    assert explain.select(pack, "." + FUNDING)[0].label == "PCC Commissioning Budget"  # jq's spelling too
    document = explain.select(pack, "documents[4]")
    assert len(document) > 10 and all(r.path.startswith("documents[4].") for r in document)


@pytest.mark.parametrize("path, message", [
    ("documents[99]", r"documents has no 99 \(it has: 0\.\.5\)"),
    ("documents[4].nothing", r"documents\[4\] has no 'nothing' \(it has: \['kind'"),
    ("documents[4]..x", r"cannot read record path"),
    ("meeting", r"no record with evidence there"),
])
def test_bad_record_paths_say_what_is_there(golden_pack, path, message):
    with pytest.raises(explain.ExplainError, match=message):
        explain.select(golden_pack("wiltshire-pcp-2023-03-09"), path)


def test_png_box_lies_on_the_words_of_the_record(golden_pack):
    pack = golden_pack("wiltshire-pcp-2023-03-09")
    image, shown = explain.evidence_image(SAMPLE_PACK, pack, FUNDING, dpi=96)
    record = shown[0]
    assert (record.label, record.page) == ("PCC Commissioning Budget", 40)
    png = Image.open(io.BytesIO(image.png))
    assert png.size == (image.width, image.height)

    red = red_pixels(png)
    xs, ys = [x for x, _ in red], [y for _, y in red]
    drawn = (min(xs), min(ys), max(xs), max(ys))
    x0, top, x1, bottom = record.bbox
    expected = image.to_pixels((x0 - BOX_PAD, top - BOX_PAD, x1 + BOX_PAD, bottom + BOX_PAD))
    assert all(abs(a - b) <= 3 for a, b in zip(drawn, expected, strict=True)), (drawn, expected)

    with pdfplumber.open(SAMPLE_PACK) as pdf:  # pdfplumber's own words, independent of panelparse
        words = [w for w in pdf.pages[39].extract_words() if w["text"] in ("PCC", "Commissioning", "Budget")
                 and top - 1 <= w["top"] and w["bottom"] <= bottom + 1]
    assert [w["text"] for w in words] == ["PCC", "Commissioning", "Budget"]
    for word in words:
        wx0, wtop, wx1, wbottom = image.to_pixels((word["x0"], word["top"], word["x1"], word["bottom"]))
        assert drawn[0] < wx0 and wx1 < drawn[2] and drawn[1] < wtop and wbottom < drawn[3], word["text"]
        assert dark_share(png, (wx0, wtop, wx1, wbottom)) > 0.05, f"no ink where {word['text']!r} is printed"
    # the region is the record's band of the page, the page's full width
    assert image.origin[1] < top and image.height < image.scale * 300 and image.width >= image.scale * 590


def test_html_report_overlays_every_record_on_inline_page_images(golden_pack):
    pack = golden_pack("epa-ca-planning-commission-minutes-2020-01-27")
    html = explain.html_report(EPA, pack, dpi=48)
    found = explain.records(pack)
    assert html.count('<img ') == len({r.page for r in found})
    assert html.count("<rect ") == sum(r.bbox is not None for r in found)
    assert not re.search(r'src="(?!data:image/png;base64,)', html), "the report must be self-contained"
    assert "documents[0].present[0]" in html


def test_extracted_json_of_another_pdf_is_refused(tmp_path):
    with pytest.raises(explain.ExplainError, match="another file"):
        explain.load_extracted(EPA, GOLDEN / "wiltshire-pcp-2023-03-09.json")
    assert explain.load_extracted(EPA, GOLDEN / f"{EPA.stem}.json").source.page_count == 3

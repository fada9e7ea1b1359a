"""The layout layer: stamps, blank pages, lines with fonts, tables."""

from __future__ import annotations

from pathlib import Path

import pytest
from conftest import BADPDFS, CORPUS, SAMPLE_PACK

from panelparse.errors import EncryptedPDFError, FileMissingError, NotAPDFError
from panelparse.layout import find_printed_page, is_blank_text, open_pack
from panelparse.layout.furniture import find_printed_total
from panelparse.layout.types import Word

SUPPLEMENTARY = CORPUS / "kent-cabinet-2025-01-30-item7-supplementary-pack.pdf"


def w(text, x0, top, size=10.0):
    return Word(text, x0, top, x0 + len(text) * size * 0.5, top + size, size)


def test_page_stamp_read_when_drawn_over_body_text():
    # ModernGov stamps "Page 14" on top of body text on the same baseline.
    words = [w("There", 36, 790, 12), w("Page", 280, 790, 12), w("a", 300, 790, 12),
             w("current", 306, 790, 12), w("14", 312, 790, 12), w("EHCP", 340, 790, 12)]
    number, stamp = find_printed_page(words, 842)
    assert number == 14
    assert {x.text for x in stamp} == {"Page", "14"}


def test_page_n_of_m_and_body_mentions():
    words = [w("See", 50, 400), w("Page", 80, 400), w("3", 105, 400),  # body text, not a stamp
             w("Page", 270, 800), w("3", 295, 800), w("of", 302, 800), w("18", 315, 800)]
    number, stamp = find_printed_page(words, 842)
    assert number == 3
    assert len(stamp) == 4


def test_a_page_number_tabbed_to_the_end_of_a_footer_line():
    # A Word footer: the paper's name at the left margin, its page number tabbed to the right.
    body = [w("The", 72, 700), w("clerk", 95, 700), w("reported.", 125, 700)]
    footer = [w("Minutes", 72, 800), w("12.03.2025", 115, 800), w("3", 520, 800)]
    number, stamp = find_printed_page(body + footer, 842)
    assert number == 3 and {x.text for x in stamp} == {"Minutes", "12.03.2025", "3"}


@pytest.mark.parametrize("words", [
    # a table's last row near the foot, set close under the row above: 'Total .... 245'
    [w("Grass", 72, 798), w("cutting", 110, 798), w("480", 520, 798),
     w("Total", 72, 812), w("245", 520, 812)],
    # a contents row above the foot of the page: 'Acknowledgements ...... 31'
    [w("Acknowledgements", 72, 760), w("31", 520, 760)],
    # a numbered item tabbed from its title: the number opens the line
    [w("11", 72, 800), w("Exclusion", 120, 800), w("of", 170, 800), w("the", 185, 800), w("public", 205, 800)],
])
def test_a_number_at_a_lines_end_that_is_no_footer(words):
    assert find_printed_page(words, 842)[0] is None


def _box_stream(rows, centred: str = "") -> bytes:
    """A When | Where | Contact box: each label boxed, the values one tall box beside them with a
    line per row's value level with its label (or one `centred` line half way down the box)."""
    ops, top, height = [], 760.0, 40.0
    lines_y = []
    for index, (label, values) in enumerate(rows):
        y = top - height * (index + 1)
        ops.append(f"56 {y:g} 100 {height:g} re S")
        ops.append(f"BT /F1 10 Tf 60 {y + height - 12:g} Td ({label}) Tj ET")
        for k, value in enumerate(values):
            lines_y.append((y + height - 12 - 12 * k, value))
    ops.append(f"156 {top - height * len(rows):g} 300 {height * len(rows):g} re S")
    for y, value in [(top - height * len(rows) / 2, centred)] if centred else lines_y:
        ops.append(f"BT /F1 10 Tf 160 {y:g} Td ({value}) Tj ET")
    return "\n".join(ops).encode("latin-1")


def test_a_value_column_without_rules_between_its_rows_is_parted_by_the_labels_beside_it(tmp_path):
    from pdfgen import write_pdf

    rows = [("When", ["Tuesday, 17 June 2025 at 2.30 pm"]),
            ("Where", ["Council Chamber, Town Hall", "Station Approach, Lindenfield"]),
            ("Contact", ["Tobias Nightingale, Democratic Services Officer", "Tel: 01709 437411"])]
    path = write_pdf(tmp_path / "box.pdf", [_box_stream(rows)])
    with open_pack(path) as pack:
        [page] = list(pack.pages())
    [table] = page.tables
    assert [list(r) for r in table.rows] == [
        ["When", "Tuesday, 17 June 2025 at 2.30 pm"],
        ["Where", "Council Chamber, Town Hall\nStation Approach, Lindenfield"],
        ["Contact", "Tobias Nightingale, Democratic Services Officer\nTel: 01709 437411"]]
    # a group's name centred beside its rows is level with none of them: it stays one cell
    path = write_pdf(tmp_path / "group.pdf", [_box_stream(rows, centred="Priority 1")])
    with open_pack(path) as pack:
        [page] = list(pack.pages())
    assert [row[1] for row in page.tables[0].rows] == ["Priority 1", None, None]


def test_no_stamp_on_unstamped_page():
    assert find_printed_page([w("AGENDA", 250, 100, 14)], 842) == (None, set())


@pytest.mark.parametrize("text, blank", [
    ("", True), ("This page is intentionally left blank", True),
    ("  THIS PAGE HAS BEEN INTENTIONALLY LEFT BLANK ", True), ("Minutes of the meeting", False),
])
def test_blank_text(text, blank):
    assert is_blank_text(text) is blank


def test_supplementary_pack_pages(read_pages):
    pages = read_pages(SUPPLEMENTARY)
    assert len(pages) == 22
    assert [p.printed_page for p in pages[2:11]] == list(range(1, 10))
    assert [p.number for p in pages if p.is_blank] == [2, 12, 22]
    # the stamp words are taken out of the body text
    assert "Page" not in pages[15].lines[-1].text.split()
    assert pages[15].printed_page == 14


def test_lines_carry_font_and_bold(read_pages):
    page = read_pages(CORPUS / "kent-cabinet-2025-01-30-agenda-frontsheet.pdf")[0]
    agenda = next(ln for ln in page.lines if ln.text == "AGENDA")
    assert agenda.bold and agenda.size == 13.0
    item = next(ln for ln in page.lines if ln.text.startswith("2."))
    assert [s.text for s in item.segments()] == ["2.", "Declarations of Interest"]


def test_missing_file_is_a_clear_error(tmp_path):
    with pytest.raises(FileMissingError, match="no such file"):
        open_pack(tmp_path / "nope.pdf")


def test_non_pdf_is_a_clear_error(tmp_path):
    fake = tmp_path / "minutes.pdf"
    fake.write_text("<html>not a pdf</html>")
    with pytest.raises(NotAPDFError, match="not a PDF"):
        open_pack(fake)


def test_encrypted_pdf_is_a_clear_error():
    with pytest.raises(EncryptedPDFError, match="encrypted"):
        open_pack(BADPDFS / "pdfminer__samples__encryption__aes-256.pdf")


@pytest.mark.skipif(not SAMPLE_PACK.exists(), reason="sample pack not built")
def test_sample_pack_orientation_and_stamps(read_pages):
    pages = read_pages(SAMPLE_PACK)
    assert len(pages) == 52
    assert [p.number for p in pages if p.landscape] == list(range(19, 39))
    assert pages[0].printed_page is None
    assert all(p.printed_page == p.number for p in pages[1:])


def test_picture_only_page_is_content_not_a_blank_separator():
    from panelparse.layout.types import PageLayout

    chart = PageLayout(number=3, width=595, height=842, lines=(), image_count=1)
    empty = PageLayout(number=4, width=595, height=842, lines=())
    assert not chart.is_blank and empty.is_blank


def test_pack_stamp_wins_over_the_documents_own_page_x_of_y_footer():
    # A Word report's "Page 3 of 5" footer, merged into a pack that stamps "Page 27".
    words = [w("Page", 40, 800), w("3", 65, 800), w("of", 72, 800), w("5", 85, 800),
             w("Page", 280, 815), w("27", 305, 815)]
    number, stamp = find_printed_page(words, 842)
    assert number == 27
    assert len(stamp) == 6  # both are furniture, neither is body text


@pytest.mark.parametrize("own_first", [True, False])
def test_a_pack_count_wins_over_the_documents_own_count(own_first):
    # A pack stamped 'Page 4 of 12' over a report whose own footer says 'Page 1 of 2': the
    # larger count is the pack's, whichever is printed first on the page.
    own = [w("Page", 40, 800), w("1", 65, 800), w("of", 72, 800), w("2", 85, 800)]
    pack = [w("Page", 280, 815), w("4", 305, 815), w("of", 312, 815), w("12", 325, 815)]
    words = own + pack if own_first else pack + own
    number, stamp = find_printed_page(words, 842)
    assert number == 4 and len(stamp) == 8
    assert find_printed_total(words, 842) == 12


def test_picture_bullets_read_as_bullets(read_pages):
    # ODUG minutes draw their list bullets as little pictures: each opens its line as '•'.
    page = read_pages(CORPUS / "open-data-user-group-2013-06-11-minutes.pdf")[1]
    bullets = [ln.text for ln in page.lines if ln.text.startswith("• ")]
    assert len(bullets) == 6
    assert bullets[0] == "• The Chair attended the Shakespeare Review Launch on 15 May"


def test_words_span_font_subsets_and_superscript_ordinals(read_pages):
    # Milburn's agenda: Word switched font subset inside 'Council’s' (BCDFEE+ / BCDGEE+ of the
    # same face) and printed '8th' with a raised smaller 'th'.
    page = read_pages(CORPUS / "milburn-pc-2018-05-08-annual-parish-meeting-and-agm-agenda.pdf")[0]
    texts = [ln.text for ln in page.lines]
    assert "c) Receive the Council’s Estimated Accounts for 2018/2019" in texts
    assert "on Tuesday, 8th May 2018 at 7.30pm" in texts
    assert any(t.endswith("Parish Council Meeting, 6th") for t in texts)


def test_table_cells_drop_spaces_drawn_under_digits(read_pages):
    # Souldern's spending sheet (Excel): padding spaces drawn at the same x as a figure's first
    # digit read '1 21.80'; a kerned real space ('PL Kicks' in the sample pack) is kept.
    page = read_pages(CORPUS / "souldern-pc-2021-22-spending-v-budget.pdf")[0]
    cells = [c for t in page.tables for row in t.rows for c in row if c]
    assert "121.80" in cells and "1 21.80" not in cells


def test_a_note_stamped_on_the_page_is_furniture_and_gives_the_item(read_pages):
    # Sutton Coldfield: the clerk's 'Item 153b' / '28 Mar 18' is a FreeText annotation in the
    # top right corner, not page text: it must give the agenda item and stay out of the body.
    from panelparse.segment import item_stamp

    page = read_pages(CORPUS / "sutton-coldfield-tc-community-grant-minutes-2018-03-13.pdf")[0]
    assert [ln.text for ln in page.furniture if "Item" in ln.text] == ["Item 153b"]
    assert not any("153b" in ln.text for ln in page.lines)
    assert item_stamp(page) == "153b"


def test_words_span_substituted_font_families_and_float_sizes(read_pages):
    # LPDP minutes: 'Off' in Arial and 'ice' in Helvetica at 9.9599… and 9.9600… points is one
    # word; the title's superscript 'th' sits higher than its line's top.
    page = read_pages(CORPUS / "local-public-data-panel-2013-10-17-minutes.pdf")[0]
    text = "\n".join(ln.text for ln in page.lines)
    assert "David Evans (Information Commissioner’s Office)" in text
    assert "MINUTES AND ACTIONS - 17th October 2013" in text


def _line_at(top, text, page=1, x=90.0, size=12.0):
    from panelparse.layout.types import Line
    words, cursor = [], x
    for token in text.split():
        words.append(Word(token, cursor, top, cursor + 6.0 * len(token), top + size, size))
        cursor += 6.0 * (len(token) + 1)
    return Line(tuple(words), page)


def test_paragraphs_in_double_spaced_text_and_labels_opening_a_page():
    # Lines 21 pt apart (a 9 pt gap at 12 pt) are one paragraph when the text is double spaced
    # throughout; a 30 pt gap still breaks it; 'Action:' at the top of a page opens a new one.
    from panelparse.layout.query import paragraphs

    lines = [_line_at(100, "Action: A meeting between MCO, DFID and FCO to be arranged to explore"),
             _line_at(121, "how foreign aid funding framework could be used to ensure increased"),
             _line_at(142, "Transparency in recipient countries."),
             _line_at(163, "Due: September"),
             _line_at(205, "The Board noted the update and thanked the team for"),
             _line_at(226, "their work."),
             _line_at(80, "Action: MoJ to share briefing on EU work", page=2)]
    texts = [p.text for p in paragraphs(lines)]
    assert texts[0].startswith("Action: A meeting") and "recipient countries. Due: September" in texts[0]
    assert texts[1] == "The Board noted the update and thanked the team for their work."
    assert texts[2] == "Action: MoJ to share briefing on EU work"


def test_the_packs_lone_number_beats_a_documents_own_page_of_footer():
    # A report's own 'Page 1 of 2' at the right of the footer, the pack's '5' centred on the
    # same band: agenda references cite 5.
    words = [w("Page", 493, 805.5, 9.0), w("1", 516, 805.5, 9.0), w("of", 524, 805.5, 9.0), w("2", 534, 805.5, 9.0),
             w("5", 295, 812.0, 9.0)]
    number, stamp = find_printed_page(words, 841.9)
    assert number == 5 and {x.text for x in stamp} == {"Page", "1", "of", "2", "5"}
    # Without the lone number the document's own footer still numbers the page.
    assert find_printed_page(words[:4], 841.9)[0] == 1


def test_a_sentence_resuming_at_the_margin_after_a_bullet_is_a_new_paragraph():
    # Sutton minute 58: '- One family event in August' then 'which would be delivered from the
    # budget ...' back at the paragraph's margin, far left of the bullet.
    from panelparse.layout.query import paragraphs

    lines = [_line_at(100, "- One group information session per month", x=130.0),
             _line_at(114, "- One family event in August", x=130.0),
             _line_at(128, "which would be delivered from the budget previously approved.", x=70.0)]
    texts = [p.text for p in paragraphs(lines)]
    assert texts[-2:] == ["- One family event in August",
                          "which would be delivered from the budget previously approved."]


def test_bold_read_from_the_font_program_when_the_names_say_nothing(read_pages):
    # The Souldern minutes printed again by pdftocairo: every font is 'CairoFont-N-0', with no
    # style in its name or descriptor; the embedded TrueType 'head' table's macStyle says which
    # faces are bold. The headings are bold as in the original, the body is not.
    original = read_pages(CORPUS / "souldern-pc-2024-05-23-minutes.pdf")[0]
    reprinted = read_pages(CORPUS / "souldern-pc-2024-05-23-minutes-reprinted-cairo.pdf")[0]
    styles = {ln.text: ln.bold for ln in reprinted.lines}
    assert styles["05.24.01 Apologies"] and styles["MINUTES OF THE SOULDERN PARISH COUNCIL MEETING"]
    assert not styles["No apologies had been received"]
    assert [ln.bold for ln in reprinted.lines] == [ln.bold for ln in original.lines]


def _sfnt(tables: dict[bytes, bytes]) -> bytes:
    """A TrueType program holding just `tables` (enough for the style reader)."""
    head = b"\x00\x01\x00\x00" + len(tables).to_bytes(2, "big") + b"\x00" * 6
    offset, records, body = 12 + 16 * len(tables), b"", b""
    for tag, data in tables.items():
        records += tag + b"\x00" * 4 + (offset + len(body)).to_bytes(4, "big") + len(data).to_bytes(4, "big")
        body += data
    return head + records + body


@pytest.mark.parametrize("tables, style", [
    ({b"head": b"\x00" * 44 + (1).to_bytes(2, "big")}, (True, False)),  # macStyle bold
    ({b"head": b"\x00" * 44 + (2).to_bytes(2, "big")}, (False, True)),  # macStyle italic
    ({b"head": b"\x00" * 46}, (False, False)),
    ({b"OS/2": b"\x00" * 4 + (700).to_bytes(2, "big") + b"\x00" * 58}, (True, False)),  # weight class
    ({b"OS/2": b"\x00" * 4 + (400).to_bytes(2, "big") + b"\x00" * 56 + (0x21).to_bytes(2, "big")}, (True, True)),
    ({b"OS/2": b"\x00" * 4 + (400).to_bytes(2, "big") + b"\x00" * 58}, (False, False)),
])
def test_truetype_style(tables, style):
    from panelparse.layout.pages import truetype_style

    assert truetype_style(_sfnt(tables)) == style


@pytest.mark.parametrize("data", [b"", b"\x00" * 11, b"\x00\x01\x00\x00\x00\x09" + b"\x00" * 20, b"not a font at all"])
def test_truetype_style_of_data_that_is_no_font(data):
    from panelparse.layout.pages import truetype_style

    assert truetype_style(data) == (False, False)


def test_words_part_by_gaps_that_scale_with_the_type(tmp_path, read_pages):
    # The Souldern minutes (cairo: no space characters, words parted by gaps only) printed at
    # 60%, two pages to a sheet: 11 pt type becomes 6.6 pt and its word gaps shrink below the
    # 1.5 pt a fixed tolerance asks for ('Declarations ofinterest'); a tolerance in font sizes
    # parts them as on the full-size page.
    import pikepdf

    with pikepdf.open(CORPUS / "souldern-pc-2024-05-23-minutes.pdf") as pdf:
        page = pdf.pages[0]
        page.contents_coalesce()
        page.contents_add(pikepdf.Stream(pdf, b"q 0.6 0 0 0.6 0 0 cm"), prepend=True)
        page.contents_add(pikepdf.Stream(pdf, b"Q"))
        page.MediaBox = [0, 0, 595.3 * 0.6, 841.9 * 0.6]
        del pdf.pages[1:]
        pdf.save(tmp_path / "small.pdf")
    small = [ln.text for ln in read_pages(tmp_path / "small.pdf")[0].lines]
    full = [ln.text for ln in read_pages(CORPUS / "souldern-pc-2024-05-23-minutes.pdf")[0].lines]
    assert "05.24.02 Declarations of interest" in small
    assert small == full


def drawn_page(path: Path, content: str | bytes, fonts: tuple[str, ...] = ("Helvetica",)) -> Path:
    """A one-page A4 PDF drawn by `content`, its fonts the standard faces `fonts` as /F1, /F2, ..."""
    import pikepdf

    pdf = pikepdf.new()
    faces = {f"/F{i}": pikepdf.Dictionary(Type=pikepdf.Name.Font, Subtype=pikepdf.Name.Type1,
                                          BaseFont=pikepdf.Name("/" + name)) for i, name in enumerate(fonts, 1)}
    pdf.pages.append(pikepdf.Page(pikepdf.Dictionary(
        Type=pikepdf.Name.Page, MediaBox=[0, 0, 595, 842], Resources=pikepdf.Dictionary(Font=faces),
        Contents=pdf.make_stream(content.encode() if isinstance(content, str) else content))))
    pdf.save(path)
    return path


def turned_heads_pdf(path: Path) -> Path:
    """A scorecard whose column heads are set turned to fit narrow columns, as Word's and Excel's
    'text direction' writes them: two heads run up the page, one down; the figures are upright."""
    rules = b" ".join(f"{x} 500 m {x} 700 l S".encode() for x in (50, 250, 300, 350, 400)) + b" " + \
        b" ".join(f"50 {y} m 400 {y} l S".encode() for y in (500, 580, 700))
    heads = [(268, 590, "0 1 -1 0", "Target"), (280, 590, "0 1 -1 0", "2024/25"),
             (318, 590, "0 1 -1 0", "Q2 2024/25"), (382, 690, "0 -1 1 0", "Direction of"),
             (370, 690, "0 -1 1 0", "travel")]
    text = [f"BT /F1 10 Tf {m} {x} {y} Tm ({s}) Tj ET".encode() for x, y, m, s in heads]
    text += [f"BT /F1 10 Tf 1 0 0 1 {x} 540 Tm ({s}) Tj ET".encode()
             for x, s in ((55, "Council tax collected"), (255, "97.0%"), (305, "56.1%"), (355, "Up"))]
    text.append(b"BT /F1 10 Tf 1 0 0 1 55 640 Tm (Measure) Tj ET")
    return drawn_page(path, rules + b"\n" + b"\n".join(text))


@pytest.mark.parametrize("engine", ["pdfplumber", "pdfium"])
def test_turned_column_heads_read_as_the_reader_turns_the_page(tmp_path, engine):
    # Each head was read by the page's top-to-bottom order: 'Target 2024/25' running up the page
    # came out '52/4202\ntegraT', and the scorecard had no column names.
    with open_pack(turned_heads_pdf(tmp_path / "heads.pdf"), engine=engine) as pack:
        (table,) = next(pack.pages()).tables
    assert table.rows[0] == ("Measure", "Target\n2024/25", "Q2 2024/25", "Direction of\ntravel")
    assert table.rows[1] == ("Council tax collected", "97.0%", "56.1%", "Up")


def watermarked(source: Path, out: Path, angle: float, grey: float = 0.8) -> Path:
    """`source`'s first page with 'DRAFT' across it in 96 pt, as councils mark draft minutes."""
    import math

    import pikepdf

    with pikepdf.open(source) as pdf:
        del pdf.pages[1:]
        page = pdf.pages[0]
        if "/Font" not in page.obj.Resources:
            page.obj.Resources.Font = pikepdf.Dictionary()
        page.obj.Resources.Font["/FWM"] = pikepdf.Dictionary(Type=pikepdf.Name.Font, Subtype=pikepdf.Name.Type1,
                                           BaseFont=pikepdf.Name("/Helvetica-Bold"))
        c, s = math.cos(math.radians(angle)), math.sin(math.radians(angle))
        mark = f"q {grey} g BT /FWM 96 Tf {c:.4f} {s:.4f} {-s:.4f} {c:.4f} 120 200 Tm (DRAFT) Tj ET Q"
        page.contents_add(pikepdf.Stream(pdf, mark.encode()))
        pdf.save(out)
    return out


@pytest.mark.parametrize("engine", ["pdfplumber", "pdfium"])
@pytest.mark.parametrize("angle", [45, 90, 0])
def test_a_watermark_is_no_text_of_the_page(tmp_path, angle, engine):
    # 'DRAFT' set across the minutes, slanted, turned or level in pale grey: its letters went into
    # the lines they cross ('the A actions being taken') and made lines of their own ('F T').
    source = CORPUS / "kent-cabinet-2025-01-09-minutes.pdf"
    with open_pack(source, engine=engine) as a, open_pack(watermarked(source, tmp_path / "w.pdf", angle),
                                                            engine=engine) as b:
        plain, marked = next(a.pages()), next(b.pages())
    assert marked.text == plain.text
    assert "PRESENT: Mr R W Gough (Chairman), Mr N Baker, Mrs C Bell, Mrs S Chandler," in marked.text


def test_a_large_dark_heading_is_text(tmp_path):
    # Only pale type far above the page's usual size is a watermark: a heading in black is kept.
    source = CORPUS / "kent-cabinet-2025-01-09-minutes.pdf"
    with open_pack(watermarked(source, tmp_path / "w.pdf", 0, grey=0.0)) as pack:
        assert "DRAFT" in next(pack.pages()).text.split()


def overprinted_pdf(path: Path) -> Path:
    """Minutes whose headings are made bold the way some drivers and report writers do it: the
    line printed three times, 0.3 pt apart. One line in 5 pt type has letters closer than that."""
    lines = [(760, 16, "MINUTES OF THE MEETING OF ASHBY TOWN COUNCIL", True),
             (740, 11, "held on Monday 13 January 2025 at 7.00pm in the Council Chamber", False),
             (680, 11, "1. Apologies for absence", True),
             (665, 11, "Apologies were received from Cllr D Evans.", False),
             (640, 11, "2. Declarations of interest", True),
             (600, 5, "Small print: Cllr Hill will illustrate all skills.", False)]
    ops = [f"BT /F1 {size} Tf {72 + dx} {y} Td ({text}) Tj ET"
           for y, size, text, bold in lines for dx in ((0, 0.3, 0.6) if bold else (0,))]
    return drawn_page(path, "\n".join(ops))


@pytest.mark.parametrize("engine", ["pdfplumber", "pdfium"])
def test_a_line_printed_over_itself_is_one_bold_line(tmp_path, engine):
    # Each letter came three times ('MMMIIINNNUUUTTTEEESSS'), so the minutes had no items.
    with open_pack(overprinted_pdf(tmp_path / "o.pdf"), engine=engine) as pack:
        lines = next(pack.pages()).lines
    assert [ln.text for ln in lines] == [
        "MINUTES OF THE MEETING OF ASHBY TOWN COUNCIL",
        "held on Monday 13 January 2025 at 7.00pm in the Council Chamber",
        "1. Apologies for absence",
        "Apologies were received from Cllr D Evans.",
        "2. Declarations of interest",
        "Small print: Cllr Hill will illustrate all skills."]
    if engine == "pdfplumber":  # PDFium drops the copies itself, and says nothing of them
        assert [all(w.bold for w in ln.words) for ln in lines] == [True, False, True, False, True, False]


def letterspaced_pdf(path: Path) -> Path:
    """A parish letterhead set letter-spaced (character spacing, as publishers' templates do), over
    plain lines whose single letters are words of their own, spaces printed between them."""
    ops = ["BT /F1 18 Tf 6 Tc 200 780 Td (BRAMLEY PARISH COUNCIL) Tj ET",
           "BT /F1 16 Tf 8 Tc 250 740 Td (AGENDA) Tj ET",
           "BT /F2 11 Tf 0 Tc 72 700 Td (Signed J R R Tolkien for the Inklings Society) Tj ET",
           "BT /F2 11 Tf 72 680 Td (Recorded vote: Y N Y Y A) Tj ET"]
    return drawn_page(path, "\n".join(ops), fonts=("Helvetica-Bold", "Helvetica"))


@pytest.mark.parametrize("engine", ["pdfplumber", "pdfium"])
def test_letter_spaced_type_reads_as_words(tmp_path, engine):
    # Each spaced letter was a word: 'B R A M L E Y P A R I S H C O U N C I L', 'A G E N D A'.
    with open_pack(letterspaced_pdf(tmp_path / "s.pdf"), engine=engine) as pack:
        lines = [ln.text for ln in next(pack.pages()).lines]
    assert lines == ["BRAMLEY PARISH COUNCIL", "AGENDA", "Signed J R R Tolkien for the Inklings Society",
                     "Recorded vote: Y N Y Y A"]


def narrow_cells_pdf(path: Path) -> Path:
    """A table whose narrow cells hold words too long for them, broken as Word and LibreOffice
    break them, at the letter that does not fit, with no hyphen ('Percentag' / 'e of council
    tax'); beside it a word that fills its cell as it is ('investigated' / 'within 5')."""
    rules = b"50 700 m 50 660 l S 110 700 m 110 660 l S 175 700 m 175 660 l S 50 700 m 175 700 l S 50 660 m 175 660 l S"
    text = [(55, 688, "Percentag"), (55, 676, "e of tax"), (115, 688, "investigated"), (115, 676, "within 5")]
    ops = [rules] + [f"BT /F1 10 Tf {x} {y} Td ({s}) Tj ET".encode() for x, y, s in text]
    return drawn_page(path, b"\n".join(ops))


@pytest.mark.parametrize("engine", ["pdfplumber", "pdfium"])
def test_a_word_a_narrow_cell_broke_is_made_whole(tmp_path, engine):
    # 'Percentag' filled the cell to its margin and 'e' is no word: one word. 'investigated' fills
    # its cell too, but 'within' is a word and 'investigatedwithin' is printed nowhere: two lines.
    with open_pack(narrow_cells_pdf(tmp_path / "n.pdf"), engine=engine) as pack:
        (table,) = next(pack.pages()).tables
    assert table.rows == (("Percentage of tax", "investigated\nwithin 5"),)


@pytest.mark.parametrize("engine", ["pdfplumber", "pdfium"])
def test_a_symbol_font_without_its_unicode_map_still_prints_bullets(tmp_path, engine):
    # The Kent minutes with their fonts' ToUnicode maps left out, as some producers embed Symbol:
    # the bullets came as '(cid:3)' (pdfminer) or '\x03' (PDFium), and no minute had bullets.
    import pikepdf

    with pikepdf.open(CORPUS / "kent-cabinet-2025-01-09-minutes.pdf") as pdf:
        for obj in pdf.objects:
            if isinstance(obj, pikepdf.Dictionary) and obj.get("/Type") == "/Font" and "/ToUnicode" in obj:
                del obj["/ToUnicode"]
        pdf.save(tmp_path / "no-map.pdf")
    with open_pack(tmp_path / "no-map.pdf", engine=engine) as pack:
        lines = [ln.text for page in pack.pages() for ln in page.lines]
    bullets = [t for t in lines if t.startswith("•")]
    assert len(bullets) >= 20
    assert not any("(cid:" in t or "\x03" in t for t in lines)


def superscripts_pdf(path: Path) -> Path:
    """Footnote marks and a power set as Word sets superscripts (smaller, raised), a subscript, and
    a figure after a word in the same type."""
    runs = [(700, [("56.1%", 11, 0), ("1", 7, 4)]), (680, [("Benefit claims", 11, 0), ("12", 7, 4)]),
            (660, [("Floor area 1,200 m", 11, 0), ("2", 7, 4)]), (640, [("CO", 11, 0), ("2", 7, -2)]),
            (620, [("Page 2", 11, 0)])]
    ops = [f"BT /F1 11 Tf 72 {y} Td " + " ".join(f"/F1 {size} Tf {rise} Ts ({text}) Tj" for text, size, rise in parts)
           + " ET" for y, parts in runs]
    return drawn_page(path, "\n".join(ops))


@pytest.mark.parametrize("engine", ["pdfplumber", "pdfium"])
def test_a_superscript_digit_prints_as_one(tmp_path, engine):
    # A raised footnote mark ran into its figure ('56.1%1': no value) or word ('claims12').
    with open_pack(superscripts_pdf(tmp_path / "s.pdf"), engine=engine) as pack:
        lines = [ln.text for ln in next(pack.pages()).lines]
    assert lines[:3] == ["56.1%¹", "Benefit claims¹²", "Floor area 1,200 m²"]
    assert lines[3].replace(" ", "") == "CO2" and lines[4] == "Page 2"  # lowered, or level: as printed


def marked_pdf(path: Path) -> Path:
    """A police and crime panel's page with its protective marking at the top and foot, as police
    and central-government papers print it, and the same word inside a heading and the body."""
    lines = [(800, "OFFICIAL - SENSITIVE"), (760, "NORTHSHIRE POLICE AND CRIME PANEL"),
             (740, "MINUTES of a meeting of the Panel held on 6 February 2025."), (700, "OFFICIAL OPENING OF THE HUB"),
             (680, "Unclassified"), (30, "OFFICIAL")]
    ops = [f"BT /F1 11 Tf 72 {y} Td ({text}) Tj ET" for y, text in lines]
    return drawn_page(path, "\n".join(ops))


def test_a_protective_marking_is_page_furniture(tmp_path):
    # 'OFFICIAL' at the head of a panel's minutes was the document's title.
    with open_pack(marked_pdf(tmp_path / "m.pdf")) as pack:
        page = next(pack.pages())
    assert [ln.text for ln in page.lines] == [
        "NORTHSHIRE POLICE AND CRIME PANEL", "MINUTES of a meeting of the Panel held on 6 February 2025.",
        "OFFICIAL OPENING OF THE HUB", "Unclassified"]
    assert [ln.text for ln in page.furniture] == ["OFFICIAL - SENSITIVE", "OFFICIAL"]


@pytest.mark.parametrize("engine", ["pdfplumber", "pdfium"])
def test_a_letter_spaced_page_stamp_reads_with_either_engine(engine):
    # Souldern's Word footer sets 'Page' letter-spaced; PDFium puts a space of its own into one of
    # its gaps, which made 'Pag e | 1' a body line and lost the printed page.
    with open_pack(CORPUS / "souldern-pc-2024-05-23-minutes.pdf", engine=engine) as pack:
        page = next(pack.pages())
    assert page.printed_page == 1
    assert [ln.text for ln in page.furniture] == ["Page 1"]


def test_a_page_stamp_kerned_tight_is_furniture():
    # Milburn's last page prints 'P' and 'age 3 of 3' as touching runs, a hair apart in height:
    # the stamp was no stamp, its printed page came from the total, and '3 of' stayed in the text.
    with open_pack(CORPUS / "milburn-pc-2018-05-08-agm-minutes.pdf") as pack:
        last = list(pack.pages())[-1]
    assert last.printed_page == 3
    assert [ln.text for ln in last.furniture] == ["P age 3 of 3"]
    assert last.lines[-1].text.startswith("Signed")

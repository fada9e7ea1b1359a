"""PDF in, panelparse layout objects out: with layout.pages, the only code that imports pdfplumber."""

from __future__ import annotations

import logging
import os
import tempfile
from bisect import bisect_left, bisect_right
from operator import itemgetter
from pathlib import Path
from typing import Iterator, Optional

import pdfplumber
from pdfminer.pdfdocument import PDFEncryptionError, PDFPasswordIncorrect
from pdfplumber import utils as plumber_utils
from pdfplumber.table import Table
from pdfplumber.utils.text import WordExtractor

from ..errors import EncryptedPDFError, NotAPDFError, PackLoadError, PageLimitError
from .columns import in_columns
from .files import check_is_pdf, describe_exception, exception_chain, raise_if_out_of_memory, sha256_of
from .furniture import find_markings, find_printed_page, find_printed_total
from .lines import group_lines
from .pages import PdfiumPage, fast_page
from .repair import RepairFailed, private_folder, repaired_copy
from .settings import BOLD_MARKS, ITALIC_MARKS, SYMBOL_MARKS, LayoutSettings
from .text import clean_word_text
from .types import BBox, PackMetadata, PageLayout, TableGrid, Word

log = logging.getLogger(__name__)

# A one- or two-row "table" covering more of the page than this is a slide's layout panels.
LAYOUT_PANEL_SHARE = 0.6

# pdfminer logs noisily about damaged-but-readable files; those become warnings of ours.
logging.getLogger("pdfminer").setLevel(logging.ERROR)
logging.getLogger("pdfplumber").setLevel(logging.ERROR)


def _is_encryption_error(exc: BaseException) -> bool:
    return any(isinstance(e, (PDFPasswordIncorrect, PDFEncryptionError)) for e in exception_chain(exc))


def _open(path: Path, password: Optional[str] = None):
    """pdfplumber's PDF and its page count; raises a PackLoadError subclass naming the cause."""
    pdf = None
    try:
        pdf = pdfplumber.open(path, password=password or "")
        count = len(pdf.pages)
    except (MemoryError, RecursionError, Exception) as exc:  # pdfminer raises many types on damage
        if pdf is not None:
            _close_quietly(pdf)
        raise_if_out_of_memory(exc, path)
        if _is_encryption_error(exc):
            raise EncryptedPDFError(f"{path}: the PDF is encrypted and needs a password (--password)") from None
        raise NotAPDFError(f"{path}: damaged or unreadable PDF ({describe_exception(exc)})") from None
    if count == 0:
        _close_quietly(pdf)
        raise NotAPDFError(f"{path}: the PDF has no pages")
    return pdf, count


def _close_quietly(pdf) -> None:
    try:
        pdf.close()
    except Exception:  # closing a damaged file can fail; there is nothing left to release
        log.debug("close failed", exc_info=True)


def _meta(pdf, key: str) -> Optional[str]:
    value = pdf.metadata.get(key)
    if isinstance(value, bytes):
        value = value.decode("utf-8", "replace")
    return str(value).strip() or None if value is not None else None


def _base_font(name: str) -> str:
    """'BCDFEE+Century Schoolbook,Italic' -> 'Century Schoolbook,Italic' (the subset tag dropped)."""
    tag, plus, rest = name.partition("+")
    return rest if plus and len(tag) == 6 and tag.isupper() else name




def _font_style(name: str) -> str:
    """What a word may not change in its middle: 'bold', 'italic', 'bold italic' or 'regular'
    for text faces (a word set in Arial then Helvetica, as substituted fonts are, or in two
    subsets of one face, is one word: 'Off' + 'ice'); a symbol face keeps its own name, so a
    bullet glyph set against its text stays a word of its own."""
    base = _base_font(name).lower()
    if any(k in base for k in SYMBOL_MARKS):
        return "symbol " + base
    style = " ".join(k for k, marks in (("bold", BOLD_MARKS), ("italic", ITALIC_MARKS))
                     if any(m in base for m in marks))
    return style or "regular"


_SUPERSCRIPTS = "⁰¹²³⁴⁵⁶⁷⁸⁹"
_SUPERSCRIPT_DIGITS = str.maketrans("0123456789", _SUPERSCRIPTS)
_SUPERSCRIPT_SET = frozenset(_SUPERSCRIPTS)


def _mark_superscripts(chars: list[dict], settings: LayoutSettings) -> None:
    """Print as superscripts the digits set raised and smaller straight after a character (a
    footnote mark, a power: see settings.SUPERSCRIPT_SIZE); each takes the style and size of the
    character it follows, so it stays in that word ('claims²', not 'claims 2')."""
    base: Optional[dict] = None
    for prev, char in zip(chars, chars[1:], strict=False):
        if not ("0" <= char["text"] <= "9" and len(char["text"]) == 1):
            base = None
            continue
        base = base if base is not None and prev["text"] in _SUPERSCRIPT_SET else prev
        size = base.get("size") or 0.0
        if (size and (char.get("size") or 0.0) <= settings.superscript_size * size
                and char["bottom"] <= base["bottom"] - settings.superscript_rise * size
                and -0.1 * size <= char["x0"] - prev["x1"] <= settings.superscript_gap * size
                and not base["text"].isspace()):
            char["text"] = char["text"].translate(_SUPERSCRIPT_DIGITS)
            char["sz"], char["font"] = base["sz"], base["font"]
        else:
            base = None


def _unmapped(text: str) -> bool:
    """A glyph the font gives no character for: pdfminer's '(cid:3)', PDFium's raw code ('\x03')."""
    return text.startswith("(cid:") or (len(text) == 1 and ord(text) < 32 and not text.isspace())


def _word_from(raw: dict) -> Optional[Word]:
    text = clean_word_text(raw["text"])
    if not text:
        return None
    font = (raw.get("font") or raw.get("fontname") or "").lower()
    return Word(
        text=text,
        x0=float(raw["x0"]),
        top=float(raw["top"]),
        x1=float(raw["x1"]),
        bottom=float(raw["bottom"]),
        size=float(raw.get("sz") or raw.get("size") or 0.0),
        bold=any(k in font for k in BOLD_MARKS),
        italic=any(k in font for k in ITALIC_MARKS),
    )


_ORDINAL_SUFFIX = frozenset({"st", "nd", "rd", "th"})


def _join_ordinals(words: list[Word]) -> list[Word]:
    """'8' + superscript 'th' -> '8th': a smaller suffix raised against the digit it follows."""
    out: list[Word] = []
    for word in words:
        prev = out[-1] if out else None
        if (prev is not None and word.text in _ORDINAL_SUFFIX and prev.text[-1:].isdigit()
                and word.size < 0.85 * prev.size and -0.6 * prev.size <= word.x0 - prev.x1 <= 1.0
                and prev.top - 0.5 * prev.size <= word.top and word.bottom < prev.bottom - 0.1 * prev.size):
            out[-1] = Word(text=prev.text + word.text, x0=prev.x0, top=prev.top, x1=max(prev.x1, word.x1),
                           bottom=prev.bottom, size=prev.size, bold=prev.bold, italic=prev.italic)
            continue
        out.append(word)
    return out


def _join_letterspaced(words: list[Word], chars: list[dict], settings: LayoutSettings) -> list[Word]:
    """Letter-spaced type read as words (see settings.LETTERSPACED_MIN): 'A G E N D A' -> 'AGENDA'."""
    out: list[Word] = []
    i, n = 0, len(words)
    spaces: Optional[list[dict]] = None
    while i < n:
        j = i
        while j + 1 < n and _spaced_pair(words[j], words[j + 1], settings):
            j += 1
        run = words[i:j + 1]
        i = j + 1
        if len(run) < settings.letterspaced_min:
            out.extend(run)
            continue
        if spaces is None:
            spaces = [c for c in chars if c["text"] == " "]
        if all(_space_between(a, b, spaces) for a, b in zip(run, run[1:], strict=False)):
            out.extend(run)  # letters typed with spaces between them ('Y N Y Y A')
            continue
        # Parted where the gap is a word space's: PDFium puts a space of its own into some gaps of
        # letter-spaced type ('Pag e'), so a space in a gap as narrow as the letters' is none.
        gaps = [b.x0 - a.x1 for a, b in zip(run, run[1:], strict=False)]
        narrowest = max(min(gaps), 0.05 * run[0].size)
        group = [run[0]]
        for word, gap in zip(run[1:], gaps, strict=False):
            if gap > settings.letterspaced_word_gap * narrowest:
                out.append(_joined(group))
                group = [word]
            else:
                group.append(word)
        out.append(_joined(group))
    return out


def _spaced_pair(a: Word, b: Word, settings: LayoutSettings) -> bool:
    return (len(a.text) == 1 and len(b.text) == 1 and a.text.isalnum() and b.text.isalnum()
            and abs(a.top - b.top) < 1.0 and a.size == b.size and a.bold == b.bold and a.italic == b.italic
            and 0.0 < b.x0 - a.x1 <= settings.letterspaced_gap * a.size)


def _space_between(a: Word, b: Word, spaces: list[dict]) -> bool:
    return any(a.x1 - 0.5 <= s["x0"] and s["x1"] <= b.x0 + 0.5 and abs(s["top"] - a.top) < 0.5 * a.size
               for s in spaces)


def _joined(group: list[Word]) -> Word:
    first, last = group[0], group[-1]
    return Word(text="".join(w.text for w in group), x0=first.x0, top=min(w.top for w in group), x1=last.x1,
                bottom=max(w.bottom for w in group), size=first.size, bold=first.bold, italic=first.italic)


# A bullet drawn as a little picture (Word's picture bullets): no wider or taller than this many
# times the text's size, and the line's first word within this many points to its right.
_BULLET_IMAGE_SIZE = 1.6
_BULLET_IMAGE_GAP = 24.0
# A page of more pictures than this is a scan or a chart, not a list.
_MAX_BULLET_IMAGES = 200


def _picture_bullets(images: list[dict], words: list[Word]) -> list[Word]:
    """A '•' word for each small picture that opens a line of text, so lists drawn with picture
    bullets read like lists typed with the bullet character."""
    found = []
    for image in images:
        x0, top, x1, bottom = (float(image[k]) for k in ("x0", "top", "x1", "bottom"))
        middle = (top + bottom) / 2
        after = [w for w in words if w.top <= middle <= w.bottom and 0 <= w.x0 - x1 <= _BULLET_IMAGE_GAP]
        if not after:
            continue
        first = min(after, key=lambda w: w.x0)
        size = first.size or (first.bottom - first.top)
        small = (x1 - x0) <= _BULLET_IMAGE_SIZE * size and (bottom - top) <= _BULLET_IMAGE_SIZE * size
        if small and not any(w.x1 <= x0 and x0 - w.x1 < _BULLET_IMAGE_GAP and w.top <= middle <= w.bottom
                             for w in words):  # nothing just before it on the line
            found.append(Word("•", x0, first.top, x1, first.bottom, first.size, first.bold, first.italic))
    return found


def _inside(word: Word, bbox, pad: float = 1.0) -> bool:
    cx, cy = (word.x0 + word.x1) / 2, (word.top + word.bottom) / 2
    return bbox[0] - pad <= cx <= bbox[2] + pad and bbox[1] - pad <= cy <= bbox[3] + pad


def _fill_at(rects: list[dict], bbox) -> Optional[tuple[float, float, float]]:
    x0, top, x1, bottom = bbox
    for rect in rects:
        if not rect.get("fill"):
            continue
        if rect["x0"] <= x0 + 1 and rect["x1"] >= x1 - 1 and rect["top"] <= top + 1 and rect["bottom"] >= bottom - 1:
            colour = rect.get("non_stroking_color")
            if isinstance(colour, (list, tuple)) and len(colour) == 3:
                return tuple(float(c) for c in colour)  # type: ignore[return-value]
            if isinstance(colour, (list, tuple)) and len(colour) == 1:
                return (float(colour[0]),) * 3  # type: ignore[return-value]
    return None


# Text whose colour channels differ by less than this is black or grey, not a colour code.
INK_MIN_CHROMA = 0.15


def _rgb(colour) -> Optional[tuple[float, float, float]]:
    """An RGB triple from a pdfplumber colour (gray, RGB or CMYK), else None."""
    if not isinstance(colour, (list, tuple)) or not all(isinstance(c, (int, float)) for c in colour):
        return None
    if len(colour) == 1:
        return (float(colour[0]),) * 3
    if len(colour) == 3:
        return (float(colour[0]), float(colour[1]), float(colour[2]))
    if len(colour) == 4:
        c, m, y, k = (float(v) for v in colour)
        return ((1 - c) * (1 - k), (1 - m) * (1 - k), (1 - y) * (1 - k))
    return None


def _ink(char: dict) -> Optional[tuple[float, float, float]]:
    """The colour a character is printed in, when it is a colour (not black or grey)."""
    rgb = _rgb(char.get("non_stroking_color"))
    return rgb if rgb is not None and max(rgb) - min(rgb) >= INK_MIN_CHROMA else None


def _inks(rows: list, chars: list[dict]) -> tuple[tuple[Optional[tuple[float, float, float]], ...], ...]:
    """Per cell, the colour most of its coloured characters (of the table's `chars`) are
    printed in; () when no character of the table is coloured (the common case, one pass)."""
    coloured = [c for c in chars if _ink(c) is not None]
    if not coloured:
        return ()
    out = []
    for row in rows:
        cells: list[Optional[tuple[float, float, float]]] = []
        for cell in row.cells:
            inks = [_ink(c) for c in coloured if cell and _mid_in(c, cell)]
            cells.append(max(set(inks), key=inks.count) if inks else None)  # type: ignore[arg-type]
        out.append(tuple(cells))
    return tuple(out)


def _mid_in(char: dict, bbox) -> bool:
    # pdfplumber's Table.extract test: the character's centre, half-open on the right and bottom.
    v_mid = (char["top"] + char["bottom"]) / 2
    h_mid = (char["x0"] + char["x1"]) / 2
    return bbox[0] <= h_mid < bbox[2] and bbox[1] <= v_mid < bbox[3]


def _box(bbox) -> BBox:
    x0, top, x1, bottom = bbox
    return (float(x0), float(top), float(x1), float(bottom))


def _without_drawn_over_spaces(chars: list[dict]) -> list[dict]:
    """The cell's characters without the padding spaces a spreadsheet draws under its digits
    (a space at the same place as the '1' of '121.80' reads as '1 21.80')."""
    spaces = [c for c in chars if c["text"].isspace()]
    if not spaces:
        return chars
    # The inked characters by x0, so each space looks only at those starting within half a point
    # of it (a cell of a wide spreadsheet holds hundreds of characters: testing every pair cost
    # a tenth of the sample pack's reading time).
    inked = sorted((c for c in chars if not c["text"].isspace()), key=lambda c: c["x0"])
    starts = [c["x0"] for c in inked]
    covered = set()
    for s in spaces:
        x0, top = s["x0"], s["top"]
        for c in inked[bisect_right(starts, x0 - 0.5):bisect_left(starts, x0 + 0.5)]:
            if abs(top - c["top"]) < 1.0 and abs(x0 - c["x0"]) < 0.5:
                covered.add(id(s))
                break
    return [c for c in chars if id(c) not in covered] if covered else chars


def _note_words(page) -> list[Word]:
    """Words of the text notes stamped on the page (FreeText annotations: a clerk's 'Item 153b'
    / '28 Mar 18' in the corner), one line of the note per row of its box. They are page
    furniture: read for stamps, never as body text."""
    try:
        annots = page.annots
    except Exception:  # an engine or a damaged annotation array without them: no notes
        return []
    words: list[Word] = []
    for annot in annots:
        data = annot.get("data") or {}
        text = annot.get("contents")
        if str(data.get("Subtype", "")).strip("/'") != "FreeText" or not isinstance(text, str) or not text.strip():
            continue
        rows = [r.split() for r in text.replace("\r", "\n").split("\n") if r.strip()]
        x0, top, x1, bottom = (float(annot[k]) for k in ("x0", "top", "x1", "bottom"))
        height = (bottom - top) / len(rows)
        for i, row in enumerate(rows):
            width = (x1 - x0) / max(sum(len(w) + 1 for w in row), 1)
            cursor = x0
            for token in row:
                words.append(Word(token, cursor, top + i * height, cursor + width * len(token),
                                  top + (i + 1) * height, round(height * 0.8, 2)))
                cursor += width * (len(token) + 1)
    return words


def table_chars(table: Table) -> list[dict]:
    """The page's characters inside the table, by pdfplumber's test (the centre in the box)."""
    bbox = table.bbox
    return [c for c in table.page.chars if _mid_in(c, bbox)]


def table_rows(table: Table, rows: Optional[list] = None, x_tolerance: float = 3.0,
               chars: Optional[list[dict]] = None, x_tolerance_ratio: Optional[float] = None,
               mend: Optional[tuple[LayoutSettings, _Vocabulary]] = None) -> list[list[Optional[str]]]:
    """`table.extract()`, with each row's characters looked up instead of scanning the page for every row.

    pdfplumber tests every character of the page against every row (910k tests on the sample
    pack); here the page's characters are narrowed to the table once, then to each row by a
    bisect on their centres, and the same test picks the same characters in the same order.
    `chars`: table_chars(table), when the caller has them already. `mend`: the settings and the
    page's words, to join words a narrow cell broke (mend_broken_words).
    """
    if chars is None:
        chars = table_chars(table)
    order = sorted(range(len(chars)), key=lambda i: (chars[i]["top"] + chars[i]["bottom"]) / 2)
    mids = [(chars[i]["top"] + chars[i]["bottom"]) / 2 for i in order]
    out = []
    for row in table.rows if rows is None else rows:
        top, bottom = row.bbox[1], row.bbox[3]
        near = sorted(order[bisect_left(mids, top):bisect_left(mids, bottom)])
        row_chars = [chars[i] for i in near if _mid_in(chars[i], row.bbox)]
        cells: list[Optional[str]] = []
        for cell in row.cells:
            if cell is None:
                cells.append(None)
                continue
            in_cell = _without_drawn_over_spaces([c for c in row_chars if _mid_in(c, cell)])
            text = cell_text(in_cell, x_tolerance, x_tolerance_ratio)
            if mend is not None and "\n" in text:
                text = mend_broken_words(text, in_cell, cell, *mend)
            cells.append(text)
        out.append(cells)
    _split_spanning_cells(list(table.rows if rows is None else rows), out, chars,
                          lambda part: cell_text(_without_drawn_over_spaces(part), x_tolerance, x_tolerance_ratio))
    return out


def cell_text(chars: list[dict], x_tolerance: float = 3.0, x_tolerance_ratio: Optional[float] = None) -> str:
    """A cell's text, its lines joined by newlines: pdfplumber's reading, or, for a cell whose
    text is set turned (a scorecard's column heads running up the page), turned_text's."""
    if not chars:
        return ""
    turned = sum(1 for c in chars if not c.get("upright", True) and c["text"].strip())
    if turned * 2 > sum(1 for c in chars if c["text"].strip()):
        return turned_text(chars, x_tolerance, x_tolerance_ratio)
    return plumber_utils.extract_text(chars, x_tolerance=x_tolerance, x_tolerance_ratio=x_tolerance_ratio)


class _Vocabulary:
    """The words printed on a page, lower case, letters only: read when first asked for."""

    def __init__(self, words: list[Word]) -> None:
        self._words = words
        self._set: Optional[set[str]] = None

    def __contains__(self, word: str) -> bool:
        if self._set is None:
            self._set = {"".join(ch for ch in w.text.lower() if ch.isalpha()) for w in self._words}
        return word in self._set


def mend_broken_words(text: str, chars: list[dict], cell: tuple, settings: LayoutSettings,
                      vocabulary: _Vocabulary) -> str:
    """A cell's text with each word its narrow column broke at the letter that did not fit made
    whole again ('Percentag' / 'e of council tax' -> 'Percentage of council tax'; see
    settings.BROKEN_WORD_FIT). Lines are matched to the characters by their tops, in order; a
    cell whose lines cannot be matched so is left as it is."""
    lines = text.split("\n")
    inked = sorted((c for c in chars if not c["text"].isspace()), key=lambda c: c["top"])
    rows: list[list[dict]] = []
    for c in inked:
        if rows and c["top"] - rows[-1][0]["top"] <= 3.0:  # pdfplumber's y_tolerance for cell text
            rows[-1].append(c)
        else:
            rows.append([c])
    if len(rows) != len(lines):
        return text
    left = min(c["x0"] for c in inked)
    margin = cell[2] - (left - cell[0])  # the right margin, as wide as the left one
    k = 0
    while k < len(lines) - 1:
        head, tail = lines[k].strip(), lines[k + 1].strip()
        first = tail.split(" ", 1)[0].rstrip(".,;:")
        if (" " not in head and len(head) >= 3 and head[-1].isalpha() and first[:1].islower() and first.isalpha()
                and _fills(rows[k], rows[k + 1], margin, settings.broken_word_fit)
                and ((head + first).lower() in vocabulary or first in settings.broken_word_tails)):
            lines[k:k + 2] = [head + tail]
            rows[k:k + 2] = [rows[k] + rows[k + 1]]
            continue
        k += 1
    return "\n".join(lines)


def _fills(row: list[dict], below: list[dict], margin: float, fit: float) -> bool:
    """Whether `row` runs to the cell's right `margin`: the first letter of the line `below` (which
    starts level with it) would not have fitted after its last."""
    last = max(row, key=lambda c: c["x1"])
    start = min(below, key=lambda c: c["x0"])
    return abs(start["x0"] - min(c["x0"] for c in row)) <= 1.0 and last["x1"] + start["width"] > margin - fit


def turned_text(chars: list[dict], x_tolerance: float = 3.0, x_tolerance_ratio: Optional[float] = None) -> str:
    """Text set turned a quarter (a table head rotated to fit a narrow column), read as the reader
    turns the page to read it: each line along the text's direction, lines in reading order.

    Text running up the page (Word's and Excel's 'bottom to top') has its first line on the left;
    text running down, on the right. pdfplumber reads the characters of each word in order when
    told the direction, but orders the lines by their tops, which for turned lines is no order.
    """
    rising = sum(1 for c in chars if not c.get("upright", True) and c["matrix"][1] > 0)
    up = rising * 2 >= sum(1 for c in chars if not c.get("upright", True))
    words = WordExtractor(
        x_tolerance=x_tolerance, x_tolerance_ratio=x_tolerance_ratio,
        line_dir_rotated="ltr" if up else "rtl", char_dir_rotated="btt" if up else "ttb",
    ).extract_words(chars)
    lines: list[list[dict]] = []
    for word in sorted(words, key=lambda w: w["x0"] if up else -w["x1"]):
        mid = (word["x0"] + word["x1"]) / 2
        if lines and lines[-1][0]["x0"] <= mid <= lines[-1][0]["x1"]:
            lines[-1].append(word)
        else:
            lines.append([word])
    return "\n".join(" ".join(w["text"] for w in sorted(line, key=lambda w: -w["bottom"] if up else w["top"]))
                     for line in lines)


# A cell of one column that runs down beside the rows of the others (a When | Where | Contact box
# whose value column has no rules between its rows) holds each row's value on a line level with
# that row's label, to within this many points.
SPAN_ALIGN = 2.0


def _split_spanning_cells(rows: list, out: list[list[Optional[str]]], chars: list[dict], text) -> None:
    """Give each row its part of a cell that spans it: the lines of the tall cell from the top
    of that row's own text down to the next row's. Only where every row the cell spans has a
    line of the cell level with its own first line, so a label centred beside its rows (a
    group's name) stays one cell."""
    for r, row in enumerate(rows):
        for j, cell in enumerate(row.cells):
            spanned = []
            for other in rows[r + 1:] if cell is not None else []:
                if j >= len(other.cells) or other.cells[j] is not None or other.bbox[3] > cell[3] + 1:
                    break
                spanned.append(other)
            if not spanned:
                continue
            in_cell = [c for c in chars if _mid_in(c, cell)]
            tops = [min((c["top"] for c in chars if _mid_in(c, other.bbox) and not _mid_in(c, cell)), default=None)
                    for other in spanned]
            if any(t is None or not any(abs(c["top"] - t) < SPAN_ALIGN for c in in_cell) for t in tops):
                continue
            bounds = [cell[1], *(other.bbox[1] for other in spanned), cell[3] + 1]
            parts = [text([c for c in in_cell if bounds[k] <= (c["top"] + c["bottom"]) / 2 < bounds[k + 1]])
                     for k in range(len(bounds) - 1)]
            out[r][j] = parts[0]
            for k in range(1, len(parts)):
                out[r + k][j] = parts[k]


def _tables(page, number: int, settings: LayoutSettings, vocabulary: Optional[_Vocabulary] = None
            ) -> tuple[list[TableGrid], list[tuple]]:
    """The page's ruled tables, and the bboxes of their cells (words there belong to a table)."""
    if not (page.rects or page.lines or page.edges):
        return [], []
    grids, cells = [], []
    rects = sorted(page.rects, key=lambda r: (r["bottom"] - r["top"]) * (r["x1"] - r["x0"]))
    page_area = float(page.width) * float(page.height)
    for table in page.find_tables(settings.table_settings):
        groups = table.rows
        # Cells part words where body text does ('Cathy Fleet' set 1.8 pt apart is two words).
        inside = table_chars(table)  # once per table: read for the text, then for its colours
        rows = table_rows(table, groups, settings.x_tolerance, inside, settings.x_tolerance_ratio,
                          mend=(settings, vocabulary) if vocabulary is not None else None)
        if len(rows) < settings.min_table_rows or max(len(r) for r in rows) < 2:
            continue
        x0, top, x1, bottom = table.bbox
        if len(rows) <= 2 and (x1 - x0) * (bottom - top) > LAYOUT_PANEL_SHARE * page_area:
            continue  # coloured panels of a slide layout, not a table
        cleaned = tuple(tuple(None if c is None else clean_word_text(c, keep_newlines=True) for c in r) for r in rows)
        row_boxes = tuple(_box(r.bbox) for r in groups)
        fills = tuple(tuple(_fill_at(rects, cell) if cell else None for cell in r.cells) for r in groups)
        grids.append(TableGrid(number, _box(table.bbox), cleaned, row_boxes, fills, _inks(groups, inside)))
        cells.extend(table.cells)
    return grids, cells


def _without_chars_in(page, boxes):
    # Stamps are drawn over whatever is there, tables included: drop their characters so a
    # table cell never reads "Page 19".
    if not boxes:
        return page

    def keep(obj) -> bool:
        if obj.get("object_type") != "char":
            return True
        cx, cy = (obj["x0"] + obj["x1"]) / 2, (obj["top"] + obj["bottom"]) / 2
        return not any(b[0] - 1 <= cx <= b[2] + 1 and b[1] - 1 <= cy <= b[3] + 1 for b in boxes)

    return page.filter(keep)


def read_page(page, number: int, settings: LayoutSettings) -> PageLayout:
    """Build one PageLayout from a pdfplumber page."""
    # Words split where the style changes, but not where only the font's subset or family does:
    # Word embeds 'BCDFEE+Century Schoolbook' and 'BCDGEE+Century Schoolbook' and can switch
    # between them inside a word ('Counc' + 'il’' + 's'); substituted fonts mix Arial and Helvetica.
    page = _without_watermarks(page, settings)
    page, overprinted = _without_overprint(page, settings)
    styles: dict[str, str] = {}
    for char in page.chars:
        name = char.get("fontname") or ""
        char["font"] = styles.get(name) or styles.setdefault(name, _font_style(name))
        if char["font"].startswith("symbol") and _unmapped(char["text"]):
            # A glyph of a symbol face with no Unicode of its own (a font without its ToUnicode
            # map, as some producers embed Symbol and Wingdings): in council papers, a bullet.
            char["text"] = "•"
        if overprinted and id(char) in overprinted and "bold" not in char["font"]:
            char["font"] = "bold" if char["font"] == "regular" else "bold " + char["font"]
        # Sizes that differ in the last bits of a float (9.9599999 and 9.9600000) are one size.
        char["sz"] = round(char.get("size") or 0.0, 2)
    _mark_superscripts(page.chars, settings)
    raw_words = page.extract_words(
        extra_attrs=["font", "sz"],
        keep_blank_chars=False,
        x_tolerance=settings.x_tolerance,
        x_tolerance_ratio=settings.x_tolerance_ratio,
        y_tolerance=settings.y_tolerance,
    )
    words = _join_ordinals([w for w in (_word_from(r) for r in raw_words) if w is not None])
    words = _join_letterspaced(words, page.chars, settings)
    images = page.images
    words += _picture_bullets(images, words) if 0 < len(images) <= _MAX_BULLET_IMAGES else []
    printed, stamp_words = find_printed_page(words, float(page.height))
    stamp_words = stamp_words | find_markings(words, float(page.height))
    stamp_boxes = [(w.x0, w.top, w.x1, w.bottom) for w in stamp_words]
    tables, cells = _tables(_without_chars_in(page, stamp_boxes), number, settings, _Vocabulary(words))
    # Only words inside a cell belong to a table: a staggered grid's bbox can cover free text.
    in_tables = [w for w in words if any(_inside(w, t.bbox) for t in tables)]
    in_cells = {w for w in in_tables if any(_inside(w, c, pad=0.5) for c in cells)}
    free = [w for w in words if w not in stamp_words and w not in in_cells]
    body = in_columns(group_lines(free, number, settings.line_tolerance))
    stamps = group_lines(list(stamp_words) + _note_words(page), number, settings.line_tolerance)
    return PageLayout(
        number=number,
        width=float(page.width),
        height=float(page.height),
        lines=tuple(body),
        tables=tuple(tables),
        printed_page=printed,
        printed_total=find_printed_total(stamp_words, float(page.height)) if stamp_words else None,
        furniture=tuple(stamps),
        char_count=len(page.chars),
        image_count=len(page.images),
    )


def _without_overprint(page, settings: LayoutSettings) -> tuple[object, set[int]]:
    """`page` less the copies of characters printed again over themselves (see
    settings.OVERPRINT_SHARE), and the ids of the characters they were printed over."""
    chars = page.chars
    share = settings.overprint_share
    # A first look, in the order the PDF prints: a copy comes back to (or hardly past) where
    # the character before it started, on the same line.
    if not any(b["x0"] < a["x0"] + share * a["width"] and abs(b["top"] - a["top"]) < 1.0
               for a, b in zip(chars, chars[1:], strict=False)):
        return page, set()
    seen: dict[tuple[str, int, int], dict] = {}
    copies_of: dict[int, list[int]] = {}  # id of a character -> ids of its copies
    for c in chars:
        text = c["text"]
        if text.isspace():
            continue
        top, x = round(c["top"]), round(c["x0"])
        for dx in (0, -1, 1):
            first = seen.get((text, top, x + dx))
            if first is not None and abs(first["x0"] - c["x0"]) < share * (first["width"] or 1.0) \
                    and abs(first["top"] - c["top"]) < 1.0 and first["size"] == c["size"]:
                copies_of.setdefault(id(first), []).append(id(c))
                break
        else:
            seen[(text, top, x)] = c
    # Bold is printed two to four times; a character repeated more closely still (a run of digits
    # squeezed into a cell) is as many characters, kept as printed.
    over = {first for first, ids in copies_of.items() if len(ids) <= settings.overprint_max_copies}
    copies = {i for first in over for i in copies_of[first]}
    if not copies:
        return page, over
    return page.filter(lambda obj: id(obj) not in copies), over


def _without_watermarks(page, settings: LayoutSettings):
    """`page`, less the characters of any watermark on it (see _watermark).

    A first pass looks only for what every watermark has, text set turned or slanted or far
    larger than the page's usual size, so a plain page costs one look at each character."""
    chars = page.chars
    if not chars:
        return page
    sizes = [c.get("size") or 0.0 for c in chars]
    turned = any(m[1] for m in map(itemgetter("matrix"), chars))  # turned or slanted: b is not 0
    if not turned and max(sizes) <= settings.watermark_upright_size * min(sizes):  # the least is at most the usual
        return page
    usual = _usual_size(chars)
    if not any(_watermark(c, usual, settings) for c in chars):
        return page
    return page.filter(lambda obj: obj.get("object_type") != "char" or not _watermark(obj, usual, settings))


def _usual_size(chars: list[dict]) -> float:
    """The median size of the page's upright characters (0 when it has none)."""
    sizes = sorted(c.get("size") or 0.0 for c in chars if c.get("upright", True))
    return sizes[len(sizes) // 2] if sizes else 0.0


def _watermark(char: dict, usual: float, settings: LayoutSettings) -> bool:
    """Whether `char` is a watermark's, on a page whose `usual` type size is that (see
    layout/settings.py): slanted, or turned, or upright and pale, and far larger than usual."""
    a, b = char.get("matrix", (1.0, 0.0))[:2]
    sine = abs(b) / ((a * a + b * b) ** 0.5 or 1.0)
    if settings.slant_sine < sine < 1.0 - settings.slant_sine:  # neither level nor upright
        return True
    size = char.get("size") or 0.0
    if not char.get("upright", True):
        return size > settings.watermark_turned_size * usual
    if size <= settings.watermark_upright_size * usual:
        return False
    rgb = _rgb(char.get("non_stroking_color"))
    return rgb is not None and min(rgb) >= settings.watermark_light


def _unreadable(number: int, exc: Exception, width: float = 595.0, height: float = 842.0) -> PageLayout:
    return PageLayout(number=number, width=width, height=height, lines=(), error=f"{type(exc).__name__}: {exc}"[:200])


ENGINES = ("pdfplumber", "pdfium")


class _PlumberDocument:
    """A PDF open in pdfplumber: page count, metadata, and its pages as FastPages."""

    def __init__(self, path: Path, password: Optional[str]) -> None:
        self.pdf, self.page_count = _open(path, password)

    def meta(self, key: str) -> Optional[str]:
        return _meta(self.pdf, key)

    def page(self, number: int):
        return fast_page(self.pdf.pages[number - 1])

    def close(self) -> None:
        _close_quietly(self.pdf)


class _PdfiumCannotOpen(Exception):
    """PDFium refused a file pdfminer opened."""


class _PdfiumDocument(_PlumberDocument):
    """pdfminer for the page tree and metadata (no content is interpreted), PDFium for what is on each page."""

    def __init__(self, path: Path, password: Optional[str]) -> None:
        super().__init__(path, password)
        from .pdfium import PdfiumUnreadable, open_document

        self._widths: dict[int, dict[str, float]] = {}
        try:
            self._pdfium = open_document(str(path), password)
        except PdfiumUnreadable as exc:
            _close_quietly(self.pdf)
            if exc.password:
                raise EncryptedPDFError(f"{path}: the PDF is encrypted and needs a password (--password)") from None
            raise _PdfiumCannotOpen(f"{path}: PDFium cannot open it ({exc}); pages read with pdfplumber") from None

    def page(self, number: int):
        base = self.pdf.pages[number - 1]
        from .pdfium import load_page

        loaded = load_page(self._pdfium, number - 1)
        if loaded is None:  # PDFium cannot load this page; pdfminer may
            log.info("page %d: PDFium cannot load it; read with pdfplumber", number)
            return fast_page(base)
        return PdfiumPage(base, loaded, self._widths)

    def close(self) -> None:
        self._pdfium.close()
        super().close()


def _open_document(path: Path, password: Optional[str], engine: str):
    if engine != "pdfium":
        return _PlumberDocument(path, password)
    try:
        return _PdfiumDocument(path, password)
    except _PdfiumCannotOpen as exc:  # pdfminer can, so the pages are read as the default engine reads them
        log.info("%s", exc)
        return _PlumberDocument(path, password)


class PageReader:
    """One open PDF, read into PageLayouts page by page with one engine.

    Worker processes (layout.parallel) each open their own reader on the file the pack was
    opened from (the repaired copy, if it was repaired): a forked child must not share the
    parent's file offset.
    """

    def __init__(self, path: Path, settings: LayoutSettings, password: Optional[str] = None,
                 engine: str = "pdfplumber") -> None:
        if engine not in ENGINES:
            raise ValueError(f"unknown layout engine {engine!r}: want one of {', '.join(ENGINES)}")
        self.path, self.settings, self.password, self.engine = path, settings, password, engine
        self._doc = _open_document(path, password, engine)
        self.page_count: int = self._doc.page_count

    def meta(self, key: str) -> Optional[str]:
        return self._doc.meta(key)

    @property
    def plumber_pdf(self):
        if not isinstance(self._doc, _PlumberDocument):
            raise TypeError(f"the {self.engine} engine has no pdfplumber PDF")
        return self._doc.pdf

    def page(self, number: int) -> PageLayout:
        """Read 1-based page `number` (a page that cannot be read comes back with `error` set)."""
        try:
            page = self._doc.page(number)
        except Exception as exc:
            raise_if_out_of_memory(exc, self.path)
            return _unreadable(number, exc)
        try:
            return read_page(page, number, self.settings)
        except Exception as exc:  # a damaged page must not lose the rest of the pack
            raise_if_out_of_memory(exc, self.path)
            log.debug("page %d unreadable", number, exc_info=True)
            return _unreadable(number, exc, float(page.width), float(page.height))
        finally:
            # Drop pdfplumber's per-page caches so memory stays flat as packs grow.
            page.close()

    def close(self) -> None:
        self._doc.close()


class PackLayout:
    """An open PDF: metadata now, pages one at a time (each released after it is read).

    A file the engine cannot open (or finds no pages in) is repaired with qpdf into a private
    temp file and opened again; `repaired` then says why, for a warning in the output.
    """

    def __init__(self, path: Path, settings: Optional[LayoutSettings] = None, *,
                 password: Optional[str] = None, max_pages: Optional[int] = None,
                 force_repair: bool = False, engine: str = "pdfplumber") -> None:
        self.path = Path(path)
        self.settings = settings or LayoutSettings()
        self.engine = engine
        self.repaired: Optional[str] = None
        self._scratch: Optional[tempfile.TemporaryDirectory] = None
        self._reader: Optional[PageReader] = None
        check_is_pdf(self.path)
        self._reader = self._open_or_repair(password, force_repair)
        page_count = self._reader.page_count
        if max_pages and page_count > max_pages:
            self.close()
            raise PageLimitError(f"{self.path}: {page_count} pages, more than the {max_pages} allowed (--max-pages)")
        self.metadata = PackMetadata(
            path=str(path),
            sha256=sha256_of(self.path),
            page_count=page_count,
            producer=self._reader.meta("Producer"),
            creator=self._reader.meta("Creator"),
            title=self._reader.meta("Title"),
        )

    def _open_or_repair(self, password: Optional[str], force: bool) -> PageReader:
        first: PackLoadError = NotAPDFError(f"{self.path}: no page could be read")
        if not force:
            try:
                return PageReader(self.path, self.settings, password, self.engine)
            except (NotAPDFError, EncryptedPDFError) as exc:
                first = exc
        self._scratch = private_folder()
        try:
            copy = repaired_copy(self.path, self._scratch.name, password)
            opened = PageReader(copy, self.settings, None, self.engine)
        except (RepairFailed, NotAPDFError, EncryptedPDFError) as exc:
            self.close()
            if isinstance(exc, EncryptedPDFError) and not isinstance(first, EncryptedPDFError):
                raise exc from None
            raise first from None
        except BaseException:
            self.close()
            raise
        self.repaired = str(first).replace(f"{self.path}: ", "", 1)
        log.info("%s: repaired with qpdf (%s)", self.path, self.repaired)
        return opened

    @property
    def _pdf(self):
        """pdfplumber's open PDF (layout.image renders its pages); the pdfplumber engine only."""
        assert self._reader is not None, "the pack is closed"
        return self._reader.plumber_pdf

    @property
    def source(self) -> tuple[Path, LayoutSettings, Optional[str], str]:
        """PageReader arguments that open the same file as this pack (for worker processes)."""
        assert self._reader is not None, "the pack is closed"
        reader = self._reader
        return reader.path, reader.settings, reader.password, reader.engine

    def __enter__(self) -> "PackLayout":
        return self

    def __exit__(self, *exc) -> None:
        self.close()

    def close(self) -> None:
        if self._reader is not None:
            self._reader.close()
            self._reader = None
        if self._scratch is not None:
            self._scratch.cleanup()
            self._scratch = None

    def page(self, number: int) -> PageLayout:
        """Read 1-based page `number`; raises IndexError when out of range."""
        if not 1 <= number <= self.metadata.page_count:
            raise IndexError(f"page {number} is outside 1..{self.metadata.page_count}")
        assert self._reader is not None, "the pack is closed"
        return self._reader.page(number)

    def pages(self) -> Iterator[PageLayout]:
        """Yield every page in order, reading each once."""
        for number in range(1, self.metadata.page_count + 1):
            yield self.page(number)


def open_pack(path: str | os.PathLike, settings: Optional[LayoutSettings] = None, *,
              password: Optional[str] = None, max_pages: Optional[int] = None,
              force_repair: bool = False, engine: str = "pdfplumber") -> PackLayout:
    """Open a PDF for reading, repairing it first if the engine cannot (or `force_repair`).

    `engine` is "pdfplumber" (the default) or "pdfium" (experimental, layout.pdfium).
    Raises a PackLoadError subclass for bad input, PageLimitError past `max_pages`,
    ValueError for an unknown engine.
    """
    return PackLayout(Path(path), settings, password=password, max_pages=max_pages, force_repair=force_repair,
                      engine=engine)

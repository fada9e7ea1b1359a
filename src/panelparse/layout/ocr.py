"""OCR for scanned pages: a text layer from the page image, as the same Word objects the PDF gives.

Behind the layout boundary like everything that reads a PDF: PDFium (pypdfium2, which
pdfplumber already needs) renders the page; RapidOCR (`pip install 'panelparse[ocr]'`, ONNX
models shipped inside the wheel, nothing fetched at run time) finds text lines with their
boxes; each line becomes Words whose positions split the line's box by character count, so
lines, page stamps and evidence work as on a born-digital page.
"""

from __future__ import annotations

import logging
import re
import unicodedata
from dataclasses import replace
from pathlib import Path
from typing import Any, Callable, Optional, Sequence

from .furniture import find_printed_page
from .settings import LayoutSettings
from .types import PageLayout, Word

log = logging.getLogger(__name__)

# Render at 144 dpi: small print stays legible to the recogniser without slowing it much.
RENDER_SCALE = 2.0
# Lines read with less confidence than this are dropped (stray marks, stamps, handwriting).
MIN_CONFIDENCE = 0.5
INSTALL_HINT = "pip install 'panelparse[ocr]'"
# A recognised box is padded around its glyphs, more for a long line than for a short word, so
# a line's font size is taken as the smaller of two estimates: this share of the box's height,
# and its width per character over the average advance of a character (about half an em).
SIZE_OF_BOX_HEIGHT = 0.8
AVERAGE_ADVANCE_EM = 0.5
# Even so the estimates scatter by a fifth around the true size, so a size within this factor
# of the text's usual size (the median over the pages read, by characters) is taken to be it:
# only text set clearly larger (a cover's title) keeps a size of its own.
SAME_SIZE_FACTOR = 1.3
# A box at least this many times taller than wide holding several characters is text set
# vertically (a logo's lettering, a rotated margin stamp): it is no line of the page.
VERTICAL_BOX_RATIO = 1.5
# The recogniser often drops the space between words ('OtherCosts andIncome', 'Item58',
# '31March2017'): a space goes back where a lower-case letter meets a capital or a digit, and
# where a digit meets a capitalised word. Capital runs ('SN15 2JJ', 'S137') and ordinals
# ('18th') are left alone, and so are names spelt with an inner capital (McDonald, MacLeod).
# A number runs into the next word too ('1title', '2024at'): a space goes in before three or more
# lower-case letters after a digit, or two after a year (never '18th', '7.00pm', '5km'); and after a
# label's colon ('attendance:Sarah'), before a bracket opening a capital ('Lawton(Town Clerk)') and
# after an initial ('Cllr TDavies') and a sentence's stop ('Clerk.The').
GLUED_WORDS = re.compile(r"(?<=[a-z])(?=[A-Z])|(?<=[a-z]{2})(?=[0-9])|(?<=[0-9])(?=[A-Z][a-z])|(?<=[0-9])(?=[a-z]{3})"
                         r"|(?<=[0-9]{4})(?=[a-z]{2})|(?<=[a-z]:)(?=[A-Za-z])|(?<=[a-z])(?=\([A-Z])"
                         r"|(?<![A-Z][A-Z])(?<=[A-Z])(?=[A-Z][a-z]{2})|(?<=[a-z]{2}[.,;])(?=[A-Z][a-z])")
INNER_CAPITAL_NAMES = re.compile(r"\b(?:Mc|Mac)(?=[A-Z])")
# Words run together in one case ('thematteratlengthandnotedthe', 'Minutesof', 'THORNBURYTOWNCOUNCIL')
# are parted by word frequencies (the wordsegment package, installed with the 'ocr' extra: English
# unigrams and bigrams); a word it knows, or cannot better, stays whole ('Gloucestershire',
# 'Thornbury'). Only runs this long are tried, and runs in capitals only this long (acronyms stay).
SEGMENT_MIN_LETTERS = 5
SEGMENT_MIN_CAPITALS = 8
# A part of two or three letters is a word only when it is this common (in wordsegment's counts of
# English on the web: 'of' 13 billion, 'and', 'the', 'at', 'in'; 'wel' under a million).
SCRAP_LETTERS = 3
COMMON_WORD_COUNT = 1e7
_RUN = re.compile(r"(?<![A-Za-z])(?:[A-Z]?[a-z]+|[A-Z]+)(?![A-Za-z])")

Recogniser = Callable[[Any], Sequence[tuple[Sequence[Sequence[float]], str, float]]]


class OcrUnavailable(Exception):
    """No OCR engine is installed."""


def needs_ocr(page: PageLayout) -> bool:
    """True for a page with images but no text layer (a scanned page)."""
    return page.char_count == 0 and page.image_count > 0 and not page.error


def engine() -> tuple[Recogniser, str]:
    """The OCR engine and its name; raises OcrUnavailable with an install hint."""
    try:
        # an optional extra ('panelparse[ocr]') that ships no type information
        from rapidocr_onnxruntime import RapidOCR  # type: ignore[import-untyped, import-not-found, unused-ignore]
    except ImportError:
        raise OcrUnavailable(f"no OCR engine is installed ({INSTALL_HINT})") from None
    recognise = RapidOCR()

    def read(image: Any) -> Sequence[tuple[Sequence[Sequence[float]], str, float]]:
        result, _ = recognise(image)
        return result or []

    return read, "RapidOCR"


def words_from_lines(found: Sequence[tuple[Sequence[Sequence[float]], str, float]], scale: float) -> list[Word]:
    """Words for recognised lines (box corners in pixels at `scale`), in PDF points.

    A line's box is split among its words in proportion to their characters (a space counts
    as one), which puts each word within a character or two of where it is printed.
    """
    words: list[Word] = []
    for box, raw, confidence in found:
        text = unglue(raw)
        if confidence < MIN_CONFIDENCE or not text.strip():
            continue
        xs, ys = [p[0] / scale for p in box], [p[1] / scale for p in box]
        x0, x1, top, bottom = min(xs), max(xs), min(ys), max(ys)
        if len(text.strip()) > 1 and bottom - top > VERTICAL_BOX_RATIO * (x1 - x0):
            continue  # lettering set vertically
        size = round(min((bottom - top) * SIZE_OF_BOX_HEIGHT, (x1 - x0) / len(text) / AVERAGE_ADVANCE_EM), 1)
        per_char = (x1 - x0) / max(len(text), 1)
        offset = 0
        for token in text.split(" "):
            if token:
                left = x0 + offset * per_char
                words.append(Word(text=token, x0=left, top=top, x1=left + len(token) * per_char, bottom=bottom,
                                  size=size))
            offset += len(token) + 1
    return words


def unglue(text: str) -> str:
    """Recognised text made plain: full-width punctuation the recogniser emits ('）') as ASCII,
    and a space back between words it ran together."""
    text = unicodedata.normalize("NFKC", text)
    names = [m.end() for m in INNER_CAPITAL_NAMES.finditer(text)]
    text = GLUED_WORDS.sub(lambda m: "" if m.start() in names else " ", text)
    found = _segmenter()
    if found is None:
        return text
    segment, counts = found
    return _RUN.sub(lambda m: _parted(m.group(0), segment, counts), text)


def _scrap(part: str, counts: dict[str, float], last: bool) -> bool:
    """A part no word: one letter (but 'a' or 'I' inside a run), or two or three letters that are
    not among the commonest words ('of', 'the', 'and'; not 'wel')."""
    if len(part) == 1:
        return last or part not in ("a", "i")
    return len(part) <= SCRAP_LETTERS and counts.get(part, 0.0) < COMMON_WORD_COUNT


def _parted(run: str, segment: Callable[[str], list[str]], counts: dict[str, float]) -> str:
    if len(run) < (SEGMENT_MIN_CAPITALS if run.isupper() else SEGMENT_MIN_LETTERS):
        return run
    parts = segment(run.lower())
    if len(parts) < 2 or "".join(parts) != run.lower():
        return run
    # A misread or misspelt word splits into a word and a scrap ('Welbeing' -> 'wel being',
    # 'Environmenta' -> 'environment a'): a scrap at either end stays on its neighbour, one inside
    # leaves the run as read.
    if parts and _scrap(parts[0], counts, last=False):
        parts[:2] = [parts[0] + parts[1]]
    if len(parts) >= 2 and _scrap(parts[-1], counts, last=True):
        parts[-2:] = [parts[-2] + parts[-1]]
    if len(parts) < 2 or any(_scrap(p, counts, last=False) for p in parts[1:-1]):
        return run
    out, at = [], 0
    for part in parts:  # the run's own letters, so capitals stay where they were
        out.append(run[at : at + len(part)])
        at += len(part)
    return " ".join(out)


_SEGMENTER: list[Optional[tuple[Callable[[str], list[str]], dict[str, float]]]] = []


def _segmenter() -> Optional[tuple[Callable[[str], list[str]], dict[str, float]]]:
    """wordsegment's segment() and its word counts, loaded once (about two seconds); None when it
    is not installed."""
    if not _SEGMENTER:
        try:
            import wordsegment  # type: ignore[import-untyped, import-not-found, unused-ignore]
        except ImportError:
            _SEGMENTER.append(None)
        else:
            wordsegment.load()
            _SEGMENTER.append((wordsegment.segment, wordsegment.UNIGRAMS))
    return _SEGMENTER[0]


def even_sizes(pages: Sequence[list[Word]]) -> list[list[Word]]:
    """The words with sizes near the usual size set to it (see SAME_SIZE_FACTOR)."""
    sizes = sorted((w.size for words in pages for w in words for _ in w.text))
    if not sizes:
        return [list(words) for words in pages]
    usual = sizes[len(sizes) // 2]
    return [[replace(w, size=usual) if w.size <= usual * SAME_SIZE_FACTOR else w for w in words]
            for words in pages]


def page_from_words(number: int, width: float, height: float, words: list[Word],
                    settings: LayoutSettings) -> PageLayout:
    """A PageLayout built from OCR'd words: body lines and page stamps, no ruled tables."""
    from .pdf import group_lines

    printed, stamp_words = find_printed_page(words, height)
    stamps = set(stamp_words)
    body = group_lines([w for w in words if w not in stamps], number, settings.line_tolerance)
    return PageLayout(number=number, width=width, height=height, lines=tuple(body), tables=(),
                      printed_page=printed, furniture=tuple(group_lines(list(stamp_words), number,
                                                                        settings.line_tolerance)),
                      char_count=sum(len(w.text) for w in words), image_count=1)


def ocr_pages(path: str | Path, numbers: Sequence[int], password: Optional[str] = None,
              deadline: Any = None, settings: Optional[LayoutSettings] = None) -> tuple[list[PageLayout], str]:
    """OCR'd PageLayouts for the 1-based page `numbers` of the PDF at `path`, and the engine's name.

    Raises OcrUnavailable when no engine is installed; a page that cannot be rendered is left out.
    """
    import numpy
    import pypdfium2 as pdfium  # type: ignore[import-untyped]

    read, name = engine()
    settings = settings or LayoutSettings()
    document = pdfium.PdfDocument(str(path), password=password)
    found: list[tuple[int, float, float, list[Word]]] = []
    try:
        for number in numbers:
            try:
                page = document[number - 1]
                width, height = page.get_size()
                image = numpy.asarray(page.render(scale=RENDER_SCALE).to_pil().convert("RGB"))
            except Exception:  # an unrenderable page keeps what the PDF gave
                log.debug("page %d could not be rendered for OCR", number, exc_info=True)
                continue
            found.append((number, float(width), float(height), words_from_lines(read(image), RENDER_SCALE)))
            if deadline is not None:
                deadline.check()
    finally:
        document.close()
    evened = even_sizes([words for *_, words in found])
    pages = [page_from_words(number, width, height, words, settings)
             for (number, width, height, _), words in zip(found, evened, strict=True)]
    return pages, name

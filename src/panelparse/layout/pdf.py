"""The only module that imports pdfplumber: PDF in, panelparse layout objects out."""

from __future__ import annotations

import hashlib
import logging
import os
import tempfile
from pathlib import Path
from typing import Iterator, Optional

import pdfplumber
from pdfminer.pdfdocument import PDFEncryptionError, PDFPasswordIncorrect

from ..errors import EncryptedPDFError, FileMissingError, MemoryLimitError, NotAPDFError, PackLoadError, PageLimitError
from .furniture import find_printed_page, find_printed_total
from .repair import RepairFailed, private_folder, repaired_copy
from .settings import LayoutSettings
from .text import clean_word_text
from .types import Line, PackMetadata, PageLayout, TableGrid, Word

log = logging.getLogger(__name__)

# A one- or two-row "table" covering more of the page than this is a slide's layout panels.
LAYOUT_PANEL_SHARE = 0.6

# pdfminer logs noisily about damaged-but-readable files; those become warnings of ours.
logging.getLogger("pdfminer").setLevel(logging.ERROR)
logging.getLogger("pdfplumber").setLevel(logging.ERROR)


def sha256_of(path: Path) -> str:
    digest = hashlib.sha256()
    with open(path, "rb") as fh:
        for chunk in iter(lambda: fh.read(1 << 20), b""):
            digest.update(chunk)
    return digest.hexdigest()


def _check_is_pdf(path: Path) -> None:
    if not path.exists():
        raise FileMissingError(f"{path}: no such file")
    if not path.is_file() or not os.access(path, os.R_OK):
        raise FileMissingError(f"{path}: not a readable file")
    with open(path, "rb") as fh:
        head = fh.read(1024)
    if b"%PDF-" not in head:
        raise NotAPDFError(f"{path}: not a PDF (no %PDF- header)")


def _chain(exc: BaseException) -> Iterator[BaseException]:
    seen: Optional[BaseException] = exc
    for _ in range(20):
        if seen is None:
            return
        yield seen
        seen = (
            seen.__cause__
            or seen.__context__
            or (seen.args[0] if seen.args and isinstance(seen.args[0], BaseException) else None)
        )


def _is_encryption_error(exc: BaseException) -> bool:
    return any(isinstance(e, (PDFPasswordIncorrect, PDFEncryptionError)) for e in _chain(exc))


def _out_of_memory(exc: BaseException) -> bool:
    # zlib reports a failed allocation as zlib.error("... Unable to allocate output buffer"),
    # and pdfminer wraps it: either way the file is not damaged, the memory budget is spent.
    return any(isinstance(e, MemoryError) or "unable to allocate" in str(e).lower() for e in _chain(exc))


def _raise_if_out_of_memory(exc: BaseException, path: Path) -> None:
    if _out_of_memory(exc):
        raise MemoryLimitError(f"{path}: reading it needs more memory than allowed (a decompression bomb?)") from None


def _cause(exc: BaseException) -> BaseException:
    """The innermost exception pdfminer wrapped: a RecursionError, not '(PdfminerException)'."""
    *_, last = _chain(exc)
    return last


def _describe(exc: BaseException) -> str:
    cause = _cause(exc)
    text = " ".join(str(cause).split())[:160]
    return f"{type(cause).__name__}: {text}" if text else type(cause).__name__


def _open(path: Path, password: Optional[str] = None):
    """pdfplumber's PDF and its page count; raises a PackLoadError subclass naming the cause."""
    pdf = None
    try:
        pdf = pdfplumber.open(path, password=password or "")
        count = len(pdf.pages)
    except (MemoryError, RecursionError, Exception) as exc:  # pdfminer raises many types on damage
        if pdf is not None:
            _close_quietly(pdf)
        _raise_if_out_of_memory(exc, path)
        if _is_encryption_error(exc):
            raise EncryptedPDFError(f"{path}: the PDF is encrypted and needs a password (--password)") from None
        raise NotAPDFError(f"{path}: damaged or unreadable PDF ({_describe(exc)})") from None
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


def _word_from(raw: dict) -> Optional[Word]:
    text = clean_word_text(raw["text"])
    if not text:
        return None
    font = (raw.get("fontname") or "").lower()
    return Word(
        text=text,
        x0=float(raw["x0"]),
        top=float(raw["top"]),
        x1=float(raw["x1"]),
        bottom=float(raw["bottom"]),
        size=float(raw.get("size") or 0.0),
        bold=any(k in font for k in ("bold", "black", "heavy", "semibold", ",b")),
        italic=any(k in font for k in ("italic", "oblique", ",i")),
    )


def _inside(word: Word, bbox, pad: float = 1.0) -> bool:
    cx, cy = (word.x0 + word.x1) / 2, (word.top + word.bottom) / 2
    return bbox[0] - pad <= cx <= bbox[2] + pad and bbox[1] - pad <= cy <= bbox[3] + pad


def _same_line(ref: Word, word: Word, tolerance: float) -> bool:
    if abs(word.top - ref.top) <= tolerance:
        return True
    # Mixed sizes on one baseline share (nearly) the same bottom.
    if abs(word.bottom - ref.bottom) <= max(tolerance, 0.25 * min(ref.size, word.size)):
        return True
    # Overlap is measured against the taller word, so a 60pt slide title does not swallow
    # the two 24pt lines printed beside it.
    overlap = min(ref.bottom, word.bottom) - max(ref.top, word.top)
    return overlap / (max(ref.bottom - ref.top, word.bottom - word.top) or 1.0) > 0.6


def group_lines(words: list[Word], page: int, tolerance: float) -> list[Line]:
    """Group words into lines (shared baseline), each line sorted left to right."""
    lines: list[list[Word]] = []
    for word in sorted(words, key=lambda w: (w.top, w.x0)):
        home = next((line for line in reversed(lines[-3:]) if _same_line(line[-1], word, tolerance)), None)
        if home is not None:
            home.append(word)
        else:
            lines.append([word])
    lines.sort(key=lambda ws: min(w.top for w in ws))
    return [Line(tuple(sorted(ws, key=lambda w: w.x0)), page) for ws in lines]


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


def _tables(page, number: int, settings: LayoutSettings) -> tuple[list[TableGrid], list[tuple]]:
    """The page's ruled tables, and the bboxes of their cells (words there belong to a table)."""
    if not (page.rects or page.lines or page.edges):
        return [], []
    grids, cells = [], []
    rects = sorted(page.rects, key=lambda r: (r["bottom"] - r["top"]) * (r["x1"] - r["x0"]))
    page_area = float(page.width) * float(page.height)
    for table in page.find_tables(settings.table_settings):
        rows = table.extract()
        if len(rows) < settings.min_table_rows or max(len(r) for r in rows) < 2:
            continue
        x0, top, x1, bottom = table.bbox
        if len(rows) <= 2 and (x1 - x0) * (bottom - top) > LAYOUT_PANEL_SHARE * page_area:
            continue  # coloured panels of a slide layout, not a table
        cleaned = tuple(tuple(None if c is None else clean_word_text(c, keep_newlines=True) for c in r) for r in rows)
        row_boxes = tuple(tuple(float(v) for v in r.bbox) for r in table.rows)
        fills = tuple(tuple(_fill_at(rects, cell) if cell else None for cell in r.cells) for r in table.rows)
        grids.append(TableGrid(number, tuple(float(v) for v in table.bbox), cleaned, row_boxes, fills))
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
    raw_words = page.extract_words(
        extra_attrs=["fontname", "size"],
        keep_blank_chars=False,
        x_tolerance=settings.x_tolerance,
        y_tolerance=settings.y_tolerance,
    )
    words = [w for w in (_word_from(r) for r in raw_words) if w is not None]
    printed, stamp_words = find_printed_page(words, float(page.height))
    stamp_boxes = [(w.x0, w.top, w.x1, w.bottom) for w in stamp_words]
    tables, cells = _tables(_without_chars_in(page, stamp_boxes), number, settings)
    # Only words inside a cell belong to a table: a staggered grid's bbox can cover free text.
    in_tables = [w for w in words if any(_inside(w, t.bbox) for t in tables)]
    in_cells = {w for w in in_tables if any(_inside(w, c, pad=0.5) for c in cells)}
    free = [w for w in words if w not in stamp_words and w not in in_cells]
    body = group_lines(free, number, settings.line_tolerance)
    stamps = group_lines(list(stamp_words), number, settings.line_tolerance)
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


def _unreadable(number: int, exc: Exception, width: float = 595.0, height: float = 842.0) -> PageLayout:
    return PageLayout(number=number, width=width, height=height, lines=(), error=f"{type(exc).__name__}: {exc}"[:200])


class PackLayout:
    """An open PDF: metadata now, pages one at a time (each released after it is read).

    A file pdfminer cannot open (or finds no pages in) is repaired with qpdf into a private
    temp file and opened again; `repaired` then says why, for a warning in the output.
    """

    def __init__(self, path: Path, settings: Optional[LayoutSettings] = None, *,
                 password: Optional[str] = None, max_pages: Optional[int] = None,
                 force_repair: bool = False) -> None:
        self.path = Path(path)
        self.settings = settings or LayoutSettings()
        self.repaired: Optional[str] = None
        self._scratch: Optional[tempfile.TemporaryDirectory] = None
        _check_is_pdf(self.path)
        self._pdf, page_count = self._open_or_repair(password, force_repair)
        if max_pages and page_count > max_pages:
            self.close()
            raise PageLimitError(f"{self.path}: {page_count} pages, more than the {max_pages} allowed (--max-pages)")
        self.metadata = PackMetadata(
            path=str(path),
            sha256=sha256_of(self.path),
            page_count=page_count,
            producer=_meta(self._pdf, "Producer"),
            creator=_meta(self._pdf, "Creator"),
            title=_meta(self._pdf, "Title"),
        )

    def _open_or_repair(self, password: Optional[str], force: bool):
        first: PackLoadError = NotAPDFError(f"{self.path}: no page could be read")
        if not force:
            try:
                return _open(self.path, password)
            except (NotAPDFError, EncryptedPDFError) as exc:
                first = exc
        self._scratch = private_folder()
        try:
            copy = repaired_copy(self.path, self._scratch.name, password)
            opened = _open(copy)
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

    def __enter__(self) -> "PackLayout":
        return self

    def __exit__(self, *exc) -> None:
        self.close()

    def close(self) -> None:
        pdf = getattr(self, "_pdf", None)
        if pdf is not None:
            _close_quietly(pdf)
        if self._scratch is not None:
            self._scratch.cleanup()
            self._scratch = None

    def page(self, number: int) -> PageLayout:
        """Read 1-based page `number`; raises IndexError when out of range."""
        if not 1 <= number <= self.metadata.page_count:
            raise IndexError(f"page {number} is outside 1..{self.metadata.page_count}")
        try:
            page = self._pdf.pages[number - 1]
        except Exception as exc:
            _raise_if_out_of_memory(exc, self.path)
            return _unreadable(number, exc)
        try:
            return read_page(page, number, self.settings)
        except Exception as exc:  # a damaged page must not lose the rest of the pack
            _raise_if_out_of_memory(exc, self.path)
            log.debug("page %d unreadable", number, exc_info=True)
            return _unreadable(number, exc, float(page.width), float(page.height))
        finally:
            # Drop pdfplumber's per-page caches so memory stays flat as packs grow.
            page.close()

    def pages(self) -> Iterator[PageLayout]:
        """Yield every page in order, reading each once."""
        for number in range(1, self.metadata.page_count + 1):
            yield self.page(number)


def open_pack(path: str | os.PathLike, settings: Optional[LayoutSettings] = None, *,
              password: Optional[str] = None, max_pages: Optional[int] = None,
              force_repair: bool = False) -> PackLayout:
    """Open a PDF for reading, repairing it first if pdfminer cannot (or `force_repair`).

    Raises a PackLoadError subclass for bad input, PageLimitError past `max_pages`.
    """
    return PackLayout(Path(path), settings, password=password, max_pages=max_pages, force_repair=force_repair)

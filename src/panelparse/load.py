"""Open a pack and read its pages within the budgets: repair, password, page limit, OCR, deadline.

The pipeline's first stage. Everything that touches the PDF is in `panelparse.layout`; this
module decides what to do when the first reading is not good enough (a damaged file is read
again from a repaired copy; pages with no text layer are OCR'd when asked) and turns what
happened into warnings for the output.
"""

from __future__ import annotations

import gc
import os
from dataclasses import dataclass, field, replace
from typing import Callable, Optional, Sequence

from .errors import NotAPDFError, NoTextLayerError
from .layout import PackMetadata, PageLayout, open_pack
from .layout.parallel import read
from .layout.store import LazyPage, PageStore, full_pages
from .limits import Deadline
from .models import ExtractionWarning
from .options import ExtractOptions, OcrMode
from .span import DocumentSpan

# progress(stage, done, total), told by extract() as it goes: "reading pages" (before each page),
# "finding documents", "extracting documents" (before each document), "checking".
Progress = Callable[[str, int, int], None]


@dataclass
class LoadedPack:
    """Pages and metadata of one pack, with the warnings reading them produced.

    `pages` behave like PageLayouts; a long pack's are kept compressed (layout.store), and
    `layout.store.full_pages` turns some of them into PageLayouts to work on.
    """

    pages: Sequence[PageLayout]
    metadata: PackMetadata
    warnings: list[ExtractionWarning] = field(default_factory=list)
    ocr_pages: frozenset[int] = frozenset()


def load_pages(path: str | os.PathLike, options: ExtractOptions, deadline: Optional[Deadline] = None,
               progress: Optional[Progress] = None) -> LoadedPack:
    """Read every page of the pack at `path` (or options.pages), calling progress("reading pages", done, total).

    Raises a PackLoadError subclass for unreadable input (after a repair was tried),
    PageLimitError past options.max_pages, PackTimeoutError past the deadline and
    IndexError when options.pages goes past the last page.
    """
    loaded = _read(path, options, deadline, force_repair=False, progress=progress)
    if _all_broken(loaded.pages) and not _was_repaired(loaded):
        try:  # pdfminer opened the file but no page: a rebuilt copy often reads
            retry = _read(path, options, deadline, force_repair=True, progress=progress)
        except NotAPDFError:
            retry = None
        if retry is not None and not _all_broken(retry.pages):
            loaded = retry
    if options.ocr in (OcrMode.auto, OcrMode.force) or (options.ocr is OcrMode.scans and _scanned(loaded.pages)):
        _apply_ocr(path, options, loaded, deadline)
    loaded.warnings += _require_readable(loaded.pages, str(path), options.require_text, options.ocr)
    return loaded


# On a long pack, a full garbage collection after about this many pages of documents: the
# reference cycles extraction leaves behind otherwise wait for Python's rare full collections,
# and the memory they pin grows with the pack (416 distinct pages: 76 MB after extraction
# without, 70 MB with, for about 0.4 s more CPU out of 35).
COLLECT_EVERY_PAGES = 8
_since_collect = 0


def unpacked(span: DocumentSpan) -> DocumentSpan:
    """`span` with PageLayouts for pages a long pack keeps compressed: one document's, while it is extracted.

    On a long pack this also collects the garbage cycles earlier documents left (see
    COLLECT_EVERY_PAGES); a short pack's span is returned as it is.
    """
    global _since_collect
    if not any(isinstance(p, LazyPage) for p in span.pages):
        return span
    _since_collect += len(span.pages)
    if _since_collect >= COLLECT_EVERY_PAGES:
        gc.collect()
        _since_collect = 0
    return replace(span, pages=full_pages(span.pages))


def _read(path, options: ExtractOptions, deadline: Optional[Deadline], force_repair: bool,
          progress: Optional[Progress] = None) -> LoadedPack:
    with open_pack(path, options.layout_settings(), password=options.password, max_pages=options.max_pages,
                   force_repair=force_repair,
                   engine=options.engine.value) as pack:
        first, last = options.pages or (1, pack.metadata.page_count)
        if last > pack.metadata.page_count:
            raise IndexError(f"{path}: pages {first}-{last} go past the last page ({pack.metadata.page_count})")
        numbers = range(first, last + 1)
        pages = PageStore(len(numbers))
        if progress is not None:
            progress("reading pages", 0, len(numbers))
        for page in read(pack, numbers, options.workers):
            pages.add(page)
            if progress is not None and len(pages) < len(numbers):
                progress("reading pages", len(pages), len(numbers))
            if deadline is not None:
                deadline.check()
        warnings = []
        if pack.repaired:
            warnings.append(ExtractionWarning(code="pdf_repaired", message=(
                f"the PDF was repaired before reading ({pack.repaired}); check the result against the PDF")))
        return LoadedPack(pages, pack.metadata, warnings)


def _was_repaired(loaded: LoadedPack) -> bool:
    return any(w.code == "pdf_repaired" for w in loaded.warnings)


def _all_broken(pages: Sequence[PageLayout]) -> bool:
    return bool(pages) and all(p.error for p in pages)


def _scanned(pages: Sequence[PageLayout]) -> bool:
    """No readable page has a text layer: a scanned file, which the default OCR mode reads."""
    readable = [p for p in pages if not p.error]
    return bool(readable) and not any(p.char_count for p in readable)


def _require_readable(pages: Sequence[PageLayout], path: str, require_text: bool,
                      ocr: OcrMode = OcrMode.scans) -> list[ExtractionWarning]:
    broken = [p for p in pages if p.error]
    if pages and len(broken) == len(pages):
        raise NotAPDFError(f"{path}: damaged PDF, no page could be read ({broken[0].error})")
    if require_text and pages and not any(p.char_count for p in pages):
        how = ("leave out --ocr off" if ocr is OcrMode.off
               else "install panelparse's OCR: pip install 'panelparse[ocr]'")
        raise NoTextLayerError(f"{path}: no text layer on any of {len(pages)} pages (a scan?); OCR it first, or {how}")
    return [ExtractionWarning(code="page_unreadable", message=f"page {p.number}: {p.error}", page=p.number)
            for p in broken]


def _apply_ocr(path, options: ExtractOptions, loaded: LoadedPack, deadline: Optional[Deadline]) -> None:
    from .layout.ocr import OcrUnavailable, needs_ocr, ocr_pages

    wanted = [p.number for p in loaded.pages if options.ocr is OcrMode.force or needs_ocr(p)]
    if not wanted:
        return
    try:
        replaced, engine = ocr_pages(path, wanted, password=options.password, deadline=deadline)
    except OcrUnavailable as exc:
        loaded.warnings.append(ExtractionWarning(
            code="ocr_unavailable", message=f"{len(wanted)} page(s) have no text layer, but {exc}"))
        return
    by_number = {p.number: p for p in replaced}
    loaded.pages = [by_number.get(p.number, p) for p in loaded.pages]
    loaded.ocr_pages = frozenset(by_number)
    if by_number:
        listed = ", ".join(str(n) for n in sorted(by_number))
        loaded.warnings.append(ExtractionWarning(code="ocr", message=(
            f"text on page(s) {listed} was read by OCR ({engine}); values read from it may be wrong")))

"""extract(path) -> MeetingPack: open -> segment -> classify -> extract -> assemble."""

from __future__ import annotations

import logging
import os
from typing import Optional, cast

from ._version import __version__
from .assemble import (
    agenda_minutes_checks,
    agenda_range_checks,
    link_agenda_items,
    meeting_from,
    minutes_date_checks,
    share_page_headers,
)
from .coverage import add_reading_warnings
from .errors import ExtractorError, PanelparseError, StrictModeError, TuningError
from .extractors.base import ExtractContext
from .extractors.common.cues import weights_in_force
from .extractors.registry import Registered, get_registry
from .limits import Deadline, memory_limit, time_limit
from .load import Progress, load_pages, unpacked
from .models import Document, ExtractionWarning, Generator, MeetingPack, Source
from .models.documents import DocumentBase
from .options import ExtractOptions
from .safety import checks_or_warning, classify_or_other, fallback_document, segment_or_whole
from .segment import without_pack_footers

log = logging.getLogger(__name__)

PACK_CHECKS = (agenda_range_checks, minutes_date_checks, agenda_minutes_checks)


def _extract_one(reg: Registered, classified, index: int, registry, options: ExtractOptions,
                 ctx: ExtractContext) -> DocumentBase:
    try:
        document = reg.extractor.extract(classified.span, ctx, classified.confidence)
    except Exception as exc:  # one bad document must not lose the rest of the pack
        if options.strict:
            raise ExtractorError(f"{reg.kind} extractor failed on pages {classified.span.start}-"
                                 f"{classified.span.end}: {exc}") from exc
        log.debug("extractor %s failed", reg.kind, exc_info=True)
        ctx.warn("extractor_failed", f"{reg.kind} extractor failed ({type(exc).__name__}: {exc}); "
                 "pages kept as 'other'", classified.span.start)
        document = fallback_document(classified.span, classified.confidence, registry, ctx)
    document.warnings.extend(ctx.warnings)
    return document


def extract(path: str | os.PathLike, options: Optional[ExtractOptions] = None,
            progress: Optional[Progress] = None) -> MeetingPack:
    """Read a meeting-pack PDF into a validated MeetingPack.

    Raises a PackLoadError subclass for input that cannot be read (missing, not a PDF,
    encrypted, no text layer), a ResourceLimitError past a budget (PageLimitError,
    PackTimeoutError, MemoryLimitError) and StrictModeError in strict mode when warnings
    arise. Problems with single documents or values are returned as warnings instead.
    `progress`, if given, is told each stage as it goes (see `Progress`).
    """
    options = options or ExtractOptions()
    with memory_limit(options.max_memory), time_limit(options.timeout) as deadline, \
            weights_in_force(options.weights):
        return _extract(path, options, deadline, progress or _no_progress)


def check_weights(weights: dict[str, dict[str, float]], plugins: Optional[str] = None) -> None:
    """Raise TuningError naming an unknown kind or feature in ExtractOptions.weights."""
    registry, _ = get_registry(plugins)
    for kind, tuned in weights.items():
        card = getattr(registry[kind].extractor, "score_card", None) if kind in registry else None
        if card is None:
            raise TuningError(f"weights: no kind {kind!r} scored by a card (kinds: {', '.join(sorted(registry))})")
        try:
            card.with_weights(tuned)
        except ValueError as exc:
            raise TuningError(f"weights for {kind}: {exc}") from None


def _no_progress(stage: str, done: int, total: int) -> None:
    pass


def _extract(path: str | os.PathLike, options: ExtractOptions, deadline: Deadline, progress: Progress) -> MeetingPack:
    registry, problems = get_registry(options.plugins)
    if options.weights:
        check_weights(options.weights, options.plugins)
    loaded = load_pages(path, options, deadline, progress)
    pages, meta = loaded.pages, loaded.metadata
    warnings = [ExtractionWarning(code="plugin_error", message=p) for p in problems]
    warnings += loaded.warnings
    documents: list[DocumentBase] = []
    used: dict[str, str] = {}
    progress("finding documents", 0, 1)
    spans = segment_or_whole(pages, warnings)
    for index, span in enumerate(spans):
        progress("extracting documents", index, len(spans))
        span = without_pack_footers(unpacked(span))  # a long pack's pages are unpacked one document at a time
        ctx = ExtractContext(document_index=index)
        classified = classify_or_other(span, registry, ctx)
        reg = registry[classified.kind]
        used[reg.kind] = f"{reg.distribution} {reg.version}"
        documents.append(_extract_one(reg, classified, index, registry, options, ctx))
    add_reading_warnings(documents, pages, loaded.ocr_pages)
    progress("checking", 0, 1)
    share_page_headers(documents)
    link_agenda_items(documents)
    checks = checks_or_warning(documents, registry, PACK_CHECKS, warnings) if documents else []
    pack_model = MeetingPack(
        source=Source(path=meta.path, sha256=meta.sha256, page_count=meta.page_count,
                      producer=meta.producer, creator=meta.creator, title=meta.title,
                      generator=Generator(version=__version__, extractors=dict(sorted(used.items())))),
        # MeetingPack validates each document into the Document union (a plugin's by its 'extension' tag).
        meeting=meeting_from(documents), documents=cast(list[Document], documents), warnings=warnings,
        checks=checks,
    )
    if options.strict and (pack_model.warnings or any(d.warnings for d in documents)):
        count = len(pack_model.warnings) + sum(len(d.warnings) for d in documents)
        raise StrictModeError(f"{path}: {count} warning(s) in strict mode")
    return pack_model


def extract_bytes(data: bytes, name: str = "-", options: Optional[ExtractOptions] = None,
                  progress: Optional[Progress] = None) -> MeetingPack:
    """Read a pack held in memory (e.g. piped on stdin); `name` becomes source.path."""
    import tempfile

    with tempfile.TemporaryDirectory(prefix="panelparse-") as tmp:
        path = os.path.join(tmp, "stdin.pdf")
        with open(path, "wb") as fh:
            fh.write(data)
        try:
            pack = extract(path, options, progress)
        except PanelparseError as exc:  # name the input as the user gave it, not the temp file
            raise type(exc)(str(exc).replace(path, name)) from None
    pack.source.path = name
    return pack

"""A pack's pages kept compressed, so memory stays flat as packs grow.

A page's layout (its Words above all) takes about 70 kB of Python objects; kept for every
page of a 416-page pack that is 30 MB, alive until the last document is extracted.
`PageStore` writes a long pack's pages to a temporary file as `PageBlob`s (about 5 kB each:
the layout flattened to plain tuples, marshalled, zlib-compressed) and hands out `LazyPage`s, which carry the
page's few scalar facts and unpack the full layout from the blob, through a small cache,
only when asked for more. Segmentation reads every page through them; each document's
pages are unpacked again (`unpacked`) only while that document is extracted. A short pack
is simply kept unpacked: there is nothing to save.

The flat form is also how worker processes send pages to the parent (layout.parallel):
marshal is several times faster than pickle for these frozen dataclasses.
"""

from __future__ import annotations

import marshal
import os
import tempfile
import zlib
from collections import OrderedDict
from dataclasses import dataclass, fields
from typing import Any, Iterator, Optional, Sequence, Union, overload

from .types import Line, PageLayout, TableGrid, Word

# Packs up to this many pages stay unpacked in memory (what segmentation is fastest on).
SPILL_PAGES = 64
# Unpacked pages a spilled store keeps, most recently used first: segmentation looks at a
# page and its neighbours.
CACHE_PAGES = 8
# zlib level 1 is the fast end; flattened layouts still shrink about 2.5x.
BLOB_LEVEL = 1

# The fields a layout object is built from (not the values it derives and keeps: types._memo).
_WORD_FIELDS = tuple(f.name for f in fields(Word) if f.init)
_TABLE_FIELDS = tuple(f.name for f in fields(TableGrid) if f.init)
_PAGE_FIELDS = tuple(f.name for f in fields(PageLayout) if f.init)
_LINE_FIELDS = ("lines", "furniture")
# The facts a LazyPage answers without unpacking (scalars that segmentation asks of every page).
SUMMARY_FIELDS = ("number", "width", "height", "printed_page", "printed_total", "char_count", "image_count",
                  "error", "landscape", "is_blank")


def _flat_lines(lines: tuple[Line, ...]) -> tuple:
    return tuple((ln.page, tuple(tuple(getattr(w, f) for f in _WORD_FIELDS) for w in ln.words)) for ln in lines)


def _lines(flat: tuple) -> tuple[Line, ...]:
    return tuple(Line(tuple([Word(*w) for w in words]), page) for page, words in flat)


def flatten(page: PageLayout) -> tuple:
    """The page as nested tuples of str, float, int, bool and None (marshal's types)."""
    out: list[Any] = []
    for name in _PAGE_FIELDS:
        value = getattr(page, name)
        if name in _LINE_FIELDS:
            value = _flat_lines(value)
        elif name == "tables":
            value = tuple(tuple(getattr(t, f) for f in _TABLE_FIELDS) for t in value)
        out.append(value)
    return tuple(out)


def unflatten(flat: tuple) -> PageLayout:
    """The PageLayout `flatten` was given."""
    values = dict(zip(_PAGE_FIELDS, flat, strict=True))
    for name in _LINE_FIELDS:
        values[name] = _lines(values[name])
    values["tables"] = tuple(TableGrid(*t) for t in values["tables"])
    return PageLayout(**values)


@dataclass(frozen=True, slots=True)
class PageBlob:
    """One page, flattened and compressed, with its summary facts readable without unpacking."""

    summary: tuple
    data: bytes

    @classmethod
    def pack(cls, page: PageLayout) -> "PageBlob":
        summary = tuple(getattr(page, f) for f in SUMMARY_FIELDS)
        return cls(summary, zlib.compress(marshal.dumps(flatten(page)), BLOB_LEVEL))

    @property
    def number(self) -> int:
        return self.summary[0]

    def unpack(self) -> PageLayout:
        return unflatten(marshal.loads(zlib.decompress(self.data)))


class LazyPage:
    """A stored page that behaves like its PageLayout: summary facts at hand, the rest unpacked on use."""

    __slots__ = ("_store", "_index", *SUMMARY_FIELDS)

    def __init__(self, store: "PageStore", index: int, summary: tuple) -> None:
        self._store = store
        self._index = index
        for name, value in zip(SUMMARY_FIELDS, summary, strict=True):
            object.__setattr__(self, name, value)

    def __getattr__(self, name: str) -> Any:
        # Only called for what the slots do not hold: lines, tables, text, flow()...
        return getattr(self._store.unpacked(self._index), name)

    def __repr__(self) -> str:
        return f"<LazyPage {getattr(self, 'number', '?')}>"


class PageStore(Sequence[PageLayout]):
    """The pages of one pack in order; a long pack's kept compressed in a temporary file.

    The file is unlinked from the start (tempfile.TemporaryFile) and closed with the store.
    """

    def __init__(self, expected: int, spill_above: Optional[int] = None, cache_pages: int = CACHE_PAGES) -> None:
        self.spilled = expected > (SPILL_PAGES if spill_above is None else spill_above)
        self._pages: list[Any] = []  # PageLayouts, or LazyPages that behave like them
        self._where: list[tuple[int, int]] = []  # (offset, length) of each blob's data in the file
        self._summaries: list[tuple] = []
        self._file = tempfile.TemporaryFile(prefix="panelparse-pages-") if self.spilled else None
        self._cache: OrderedDict[int, PageLayout] = OrderedDict()
        self._cache_pages = cache_pages

    def add(self, item: Union[PageLayout, PageBlob]) -> None:
        """Append the next page (as read, or as a worker sent it)."""
        if self._file is None:
            self._pages.append(item.unpack() if isinstance(item, PageBlob) else item)
            return
        blob = item if isinstance(item, PageBlob) else PageBlob.pack(item)
        offset = self._file.seek(0, os.SEEK_END)
        self._file.write(blob.data)
        self._where.append((offset, len(blob.data)))
        self._summaries.append(blob.summary)
        self._pages.append(LazyPage(self, len(self._where) - 1, blob.summary))

    def blob(self, index: int) -> PageBlob:
        """The index-th stored page as it was stored (a spilled store only)."""
        assert self._file is not None, "only a spilled store keeps blobs"
        offset, length = self._where[index]
        self._file.seek(offset)
        return PageBlob(self._summaries[index], self._file.read(length))

    def close(self) -> None:
        """Remove the temporary file; pages not yet unpacked cannot be read after this."""
        if self._file is not None:
            self._file.close()

    def unpacked(self, index: int) -> PageLayout:
        """The full PageLayout of the index-th stored page (cached for the next few asks)."""
        if not self.spilled:
            return self._pages[index]
        cache = self._cache
        found = cache.get(index)
        if found is not None:
            cache.move_to_end(index)
            return found
        page = cache[index] = self.blob(index).unpack()
        if len(cache) > self._cache_pages:
            cache.popitem(last=False)
        return page

    @overload
    def __getitem__(self, index: int) -> PageLayout: ...

    @overload
    def __getitem__(self, index: slice) -> list[PageLayout]: ...

    def __getitem__(self, index):
        return self._pages[index]

    def __len__(self) -> int:
        return len(self._pages)

    def __iter__(self) -> Iterator[PageLayout]:
        return iter(self._pages)

    def replace(self, pages: Sequence[Any]) -> None:
        """Put `pages` (the same numbers, some replaced, e.g. by OCR) in place of the stored ones."""
        self._pages = list(pages)


def full_pages(pages: Sequence[Any]) -> tuple[PageLayout, ...]:
    """`pages` as PageLayouts: stored pages unpacked outside the store's cache (the caller keeps them)."""
    return tuple(p._store.blob(p._index).unpack() if isinstance(p, LazyPage) else p for p in pages)

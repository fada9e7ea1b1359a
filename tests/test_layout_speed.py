"""The fast reading paths give what the plain ones give: FastPage, worker processes, the page store."""

from __future__ import annotations

import os

import pdfplumber
import pytest
from conftest import BADPDFS, CORPUS, PACKS, SAMPLE_PACK

from panelparse.layout import open_pack, parallel
from panelparse.layout.pdf import PageReader, fast_page
from panelparse.layout.store import LazyPage, PageBlob, PageStore, full_pages
from panelparse.segment import segment

# Small files with odd fonts, colour spaces and encodings, beside real council papers.
OBJECT_FILES = [CORPUS / "kent-cabinet-2025-01-30-agenda-frontsheet.pdf",
                CORPUS / "sutton-coldfield-tc-community-grant-minutes-2018-03-13.pdf",
                PACKS / "kent-cabinet-2025-01-30-mini-pack.pdf",
                BADPDFS / "pdfjs__test__pdfs__90ms_rksj_h_sample.pdf",
                BADPDFS / "pdfminer__samples__contrib__issue-1059-cmap-decode.pdf",
                BADPDFS / "pdfminer__samples__test_pattern_colors.pdf",
                BADPDFS / "pypdfsamples__015-arabic__habibi.pdf"]


@pytest.mark.slow
@pytest.mark.parametrize("path", OBJECT_FILES, ids=lambda p: p.name)
def test_fast_page_objects_are_pdfplumbers(path):
    # Same kinds, same objects, same keys in the same order, same values.
    with pdfplumber.open(path) as pdf:
        for page in pdf.pages:
            plain, fast = page.objects, fast_page(page).objects
            assert list(plain) == list(fast)
            for kind in plain:
                assert [list(o.items()) for o in plain[kind]] == [list(o.items()) for o in fast[kind]], kind


def test_blob_round_trip_keeps_every_field(read_pages):
    for page in read_pages(SAMPLE_PACK):
        blob = PageBlob.pack(page)
        assert blob.number == page.number
        assert blob.unpack() == page


def test_lazy_pages_answer_like_pages(read_pages):
    pages = read_pages(SAMPLE_PACK)
    store = PageStore(len(pages), spill_above=0, cache_pages=2)
    for page in pages:
        store.add(PageBlob.pack(page) if page.number % 2 else page)
    assert store.spilled and len(store) == len(pages)
    for lazy, page in zip(store, pages, strict=True):
        assert isinstance(lazy, LazyPage)
        assert (lazy.number, lazy.is_blank, lazy.landscape, lazy.printed_page) == \
            (page.number, page.is_blank, page.landscape, page.printed_page)
        assert lazy.lines == page.lines and lazy.text == page.text and lazy.flow() == page.flow()
    assert full_pages(store[3:6]) == pages[3:6]
    spans, lazy_spans = segment(pages), segment(store)
    assert [(s.start, s.end, s.printed, s.agenda_item, s.cues) for s in spans] == \
        [(s.start, s.end, s.printed, s.agenda_item, s.cues) for s in lazy_spans]
    store.close()


def test_short_packs_stay_unpacked(read_pages):
    pages = read_pages(SAMPLE_PACK)
    store = PageStore(len(pages))
    for page in pages:
        store.add(PageBlob.pack(page))
    assert not store.spilled and list(store) == list(pages)


@pytest.mark.parametrize("requested, pages, expected", [
    (None, 4, 0), (None, 7, 0), (1, 500, 0), (2, 500, 2), (8, 12, 3), (3, 9, 2), (2, 8, 2)])
def test_plan_workers(monkeypatch, requested, pages, expected):
    monkeypatch.setattr(parallel, "available_cores", lambda: 2)
    monkeypatch.setattr(parallel.os, "getloadavg", lambda: (0.1, 0.1, 0.1))
    assert parallel.plan_workers(requested, pages) == expected


def test_one_worker_per_idle_core_by_default(monkeypatch):
    monkeypatch.setattr(parallel, "available_cores", lambda: 2)
    monkeypatch.setattr(parallel, "runnable_now", lambda: None)  # the load average alone
    monkeypatch.setattr(parallel.os, "getloadavg", lambda: (0.2, 0.5, 0.5))
    assert parallel.plan_workers(None, 52) == 2
    # other work keeps both cores busy: read in this process; an explicit --workers still holds
    monkeypatch.setattr(parallel.os, "getloadavg", lambda: (3.8, 3.0, 2.0))
    assert parallel.plan_workers(None, 52) == 0
    assert parallel.plan_workers(2, 52) == 2
    monkeypatch.setattr(parallel.os, "getloadavg", lambda: (1.2, 1.0, 1.0))  # one core free
    assert parallel.idle_cores() == 1


def test_idle_cores_trusts_the_instant_count_only_downwards(monkeypatch):
    monkeypatch.setattr(parallel, "available_cores", lambda: 2)
    # the average still counts extracts that ended seconds ago; nothing else runs now
    monkeypatch.setattr(parallel.os, "getloadavg", lambda: (0.9, 0.6, 0.4))
    monkeypatch.setattr(parallel, "runnable_now", lambda: 1)
    assert parallel.idle_cores() == 2
    # a burst of short processes at this instant does not outweigh a quiet minute
    monkeypatch.setattr(parallel.os, "getloadavg", lambda: (0.1, 0.1, 0.1))
    monkeypatch.setattr(parallel, "runnable_now", lambda: 4)
    assert parallel.idle_cores() == 2
    # both measures busy: one core's worth of work left, so one core
    monkeypatch.setattr(parallel.os, "getloadavg", lambda: (3.0, 3.0, 3.0))
    monkeypatch.setattr(parallel, "runnable_now", lambda: 3)
    assert parallel.idle_cores() == 1
    monkeypatch.setattr(parallel, "runnable_now", lambda: None)  # no /proc: the average alone
    assert parallel.idle_cores() == 1


def test_runnable_now_counts_this_process():
    count = parallel.runnable_now()
    assert count is None or count >= 1


@pytest.mark.skipif(not hasattr(os, "fork"), reason="worker processes are forked")
def test_workers_read_the_same_pages_in_order(read_pages, monkeypatch):
    monkeypatch.setattr(parallel, "RECYCLE_PAGES", 6)  # replace workers along the way too
    with open_pack(SAMPLE_PACK) as pack:
        pages = list(parallel.read_pages(pack, range(1, 53), workers=2))
    assert pages == list(read_pages(SAMPLE_PACK))


def _reads_one_chunk_then_dies(conn, source):
    reader = PageReader(*source)
    conn.send([PageBlob.pack(reader.page(n)) for n in conn.recv()])
    os._exit(1)


@pytest.mark.skipif(not hasattr(os, "fork"), reason="worker processes are forked")
@pytest.mark.parametrize("worker", [lambda conn, source: os._exit(1), _reads_one_chunk_then_dies],
                         ids=["dies-at-once", "dies-after-a-chunk"])
def test_pages_a_dead_worker_owed_are_read_here(read_pages, monkeypatch, worker):
    monkeypatch.setattr(parallel, "_worker", worker)
    with open_pack(SAMPLE_PACK) as pack:
        pages = list(parallel.read_pages(pack, range(1, 17), workers=2))
    assert pages == list(read_pages(SAMPLE_PACK))[:16]

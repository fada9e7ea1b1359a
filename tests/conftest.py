"""Shared fixtures: paths to the committed PDFs and cached extraction results."""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path

import pytest

FIXTURES = Path(__file__).parent / "fixtures"
PACKS = FIXTURES / "packs"
CORPUS = FIXTURES / "corpus"
BADPDFS = FIXTURES / "badpdfs"
SAMPLE_PACK = PACKS / "wiltshire-pcp-2023-03-09.pdf"


GOLDEN = FIXTURES / "golden"


def pytest_addoption(parser):
    parser.addoption("--update-goldens", action="store_true", default=False,
                     help="Rewrite tests/fixtures/golden/*.json from the current output.")


@pytest.fixture(scope="session")
def update_goldens(request) -> bool:
    return request.config.getoption("--update-goldens")


# Tests that ask for one of these fixtures read a real PDF end to end (seconds each): they run
# in the full suite, and `pytest -m "not slow"` (the fast tier) leaves them out. Tests that call
# the pipeline themselves carry @pytest.mark.slow explicitly.
WHOLE_PDF_FIXTURES = {"extract_pack", "sample_pack", "read_pages"}


def pytest_collection_modifyitems(config, items):
    for item in items:
        if WHOLE_PDF_FIXTURES & set(getattr(item, "fixturenames", ())):
            item.add_marker(pytest.mark.slow)


@pytest.fixture(autouse=True)
def _builtin_extractors_only(monkeypatch):
    # Tests must not depend on whatever third-party plugins the machine has installed.
    monkeypatch.setenv("PANELPARSE_PLUGINS", "builtin")


@lru_cache(maxsize=None)
def _extract(path: str):
    from panelparse.options import ExtractOptions
    from panelparse.pipeline import extract

    return extract(path, ExtractOptions(plugins="builtin"))


@lru_cache(maxsize=None)
def _pages(path: str):
    from panelparse.layout import open_pack

    with open_pack(path) as pack:
        return tuple(pack.pages())


@pytest.fixture(scope="session")
def extract_pack():
    """extract(path) cached per path for the session (packs are read-only)."""
    return lambda path: _extract(str(path))


@pytest.fixture(scope="session")
def read_pages():
    """Every PageLayout of a PDF, cached per path."""
    return lambda path: _pages(str(path))


@pytest.fixture(scope="session")
def sample_pack():
    """The MeetingPack of the bundled Wiltshire sample pack."""
    return _extract(str(SAMPLE_PACK))


@lru_cache(maxsize=None)
def _golden(name: str):
    from panelparse.models import MeetingPack

    return MeetingPack.model_validate_json((GOLDEN / f"{name}.json").read_text(encoding="utf-8"))


GOLDEN_NAMES = tuple(sorted(p.stem for p in GOLDEN.glob("*.json")))


@pytest.fixture(scope="session")
def golden_pack():
    """The committed golden MeetingPack of a fixture, by name (no PDF is read: render and CLI tests start here).

    The goldens are checked against the PDFs by test_golden.py, so what is rendered is what extract returns.
    """
    return _golden


@pytest.fixture
def goldens_for_pdfs(monkeypatch):
    """Make `panelparse.pipeline.extract` return (a copy of) the golden pack of a fixture PDF instead of reading it.

    CLI tests then exercise options, rendering and messages in milliseconds; the slow tier runs
    the real pipeline through the CLI. A PDF without a golden fails the test loudly. Returns
    the list of (path, options) the pipeline was called with.
    """
    from panelparse import pipeline

    calls: list[tuple[Path, object]] = []

    def fake_extract(path, options=None, progress=None):
        name = Path(path).stem
        assert name in GOLDEN_NAMES, f"{path}: no golden JSON to stand in for it"
        calls.append((Path(path), options))
        if progress is not None:
            total = _golden(name).source.page_count
            for done in range(total):
                progress("reading pages", done, total)
            progress("extracting documents", 0, len(_golden(name).documents))
        pack = _golden(name).model_copy(deep=True)
        pack.source.path = str(path)  # as the pipeline does: the path as given
        return pack

    monkeypatch.setattr(pipeline, "extract", fake_extract)
    return calls


def only_document(pack, kind: str):
    """The one document of `kind` in the pack (fails the test if there is not exactly one)."""
    docs = [d for d in pack.documents if d.kind == kind]
    assert len(docs) == 1, f"expected one {kind} document, found {len(docs)}"
    return docs[0]


def corpus(name: str) -> Path:
    return CORPUS / name

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


def only_document(pack, kind: str):
    """The one document of `kind` in the pack (fails the test if there is not exactly one)."""
    docs = [d for d in pack.documents if d.kind == kind]
    assert len(docs) == 1, f"expected one {kind} document, found {len(docs)}"
    return docs[0]


def corpus(name: str) -> Path:
    return CORPUS / name

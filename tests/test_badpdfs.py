"""Damaged, encrypted and odd PDFs from PDF libraries' test suites: never a traceback."""

from __future__ import annotations

import pytest

from conftest import BADPDFS
from panelparse.errors import PackLoadError
from panelparse.options import ExtractOptions
from panelparse.pipeline import extract

# Every test here runs the whole pipeline over a real PDF: the full suite's tier, not the fast one.
pytestmark = pytest.mark.slow

BAD = sorted(BADPDFS.glob("*.pdf"))


@pytest.mark.parametrize("path", BAD, ids=[p.name[:50] for p in BAD])
def test_bad_pdf_gives_pack_or_clear_error(path):
    try:
        pack = extract(path, ExtractOptions(plugins="builtin"))
    except PackLoadError as exc:
        message = str(exc)
        assert "\n" not in message and path.name in message
        return
    assert pack.source.page_count == sum(d.pages.end - d.pages.start + 1 for d in pack.documents)


def test_bad_pdf_set_covers_each_failure_kind():
    kinds = set()
    for path in BAD:
        try:
            extract(path, ExtractOptions(plugins="builtin"))
            kinds.add("ok")
        except PackLoadError as exc:
            kinds.add(type(exc).__name__)
    assert {"ok", "NotAPDFError", "EncryptedPDFError", "NoTextLayerError"} <= kinds

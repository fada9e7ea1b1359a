"""Damaged, encrypted and odd PDFs from PDF libraries' test suites: never a traceback, and every
file PDFium reads text from is read (issue 13: repair and retry)."""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path

import pytest
from conftest import BADPDFS

from panelparse.errors import EncryptedPDFError, NotAPDFError, PackLoadError
from panelparse.options import ExtractOptions
from panelparse.pipeline import extract

# Every test here runs the whole pipeline over a real PDF: the full suite's tier, not the fast one.
pytestmark = pytest.mark.slow

BAD = sorted(BADPDFS.glob("*.pdf"))


@lru_cache(maxsize=None)
def pdfium_chars(path: Path) -> int:
    """Non-space characters PDFium reads from the file (0 when it cannot open it)."""
    import pypdfium2 as pdfium

    try:
        document = pdfium.PdfDocument(str(path))
    except Exception:  # PDFium cannot read it either
        return 0
    try:
        return sum(sum(not c.isspace() for c in document[i].get_textpage().get_text_range())
                   for i in range(len(document)))
    except Exception:
        return 0
    finally:
        document.close()


@pytest.mark.parametrize("path", BAD, ids=[p.name[:50] for p in BAD])
def test_bad_pdf_gives_pack_or_clear_error(path):
    try:
        pack = extract(path, ExtractOptions(plugins="builtin"))
    except PackLoadError as exc:
        message = str(exc)
        assert "\n" not in message and path.name in message
        assert "(PdfminerException)" not in message  # the real cause is named
        if isinstance(exc, (NotAPDFError, EncryptedPDFError)) and not isinstance(exc, EncryptedPDFError):
            assert pdfium_chars(path) == 0, f"PDFium reads text from {path.name}, panelparse said: {message}"
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


@pytest.mark.parametrize("name, cause", [
    ("qpdf__qpdf__qtest__qpdf__issue-149.pdf", "RecursionError"),  # a /Prev loop
    ("qpdf__qpdf__qtest__qpdf__direct-pages.pdf", "AttributeError"),
    ("qpdf__qpdf__qtest__qpdf__bad11.pdf", "no pages"),
])
def test_a_file_pdfminer_cannot_open_is_repaired_and_read(name, cause):
    pack = extract(BADPDFS / name, ExtractOptions(plugins="builtin"))
    repaired = [w for w in pack.warnings if w.code == "pdf_repaired"]
    assert len(repaired) == 1 and cause in repaired[0].message
    assert pack.documents


@pytest.mark.parametrize("name", ["pdfminer__samples__encryption__aes-256.pdf",
                                  "pdfminer__samples__encryption__rc4-40.pdf"])
def test_password_opens_an_encrypted_pdf_and_a_wrong_one_says_so(name):
    path = BADPDFS / name  # pdfminer's samples, user password "foo"
    with pytest.raises(EncryptedPDFError, match="needs a password"):
        extract(path, ExtractOptions(plugins="builtin"))
    with pytest.raises(EncryptedPDFError, match="password"):
        extract(path, ExtractOptions(plugins="builtin", password="not-it"))
    assert extract(path, ExtractOptions(plugins="builtin", password="foo")).documents

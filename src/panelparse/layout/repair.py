"""Repair a PDF that pdfminer cannot open into a private temp file: qpdf first, then PDFium.

pdfminer gives up on files that PDFium and qpdf read: a broken xref table, a /Prev loop,
an xref stream inside an object stream, junk before %PDF, an encryption dictionary it does
not handle. qpdf (through pikepdf) rebuilds the cross-reference table from the objects
themselves; the copy it writes (decrypted, no object streams) is one pdfminer reads. Streams
are copied as they are: nothing is inflated here, so a decompression bomb costs no more memory
than it would anyway. When qpdf cannot find the page tree, PDFium (pypdfium2, which pdfplumber
already depends on) often can, and its saved copy is the second try.
"""

from __future__ import annotations

import logging
import os
import sys
import tempfile
from contextlib import contextmanager
from pathlib import Path
from typing import Iterator, Optional

from ..errors import EncryptedPDFError, MemoryLimitError

log = logging.getLogger(__name__)


class RepairFailed(Exception):
    """qpdf could not make a readable copy either; the message says why."""


def _pikepdf():
    try:
        import pikepdf
    except ImportError:  # pikepdf is a dependency; a broken install just means no repair
        return None
    return pikepdf


def repaired_copy(path: Path, folder: str, password: Optional[str] = None) -> Path:
    """A repaired, decrypted copy of `path` written inside `folder` (which the caller removes).

    Raises EncryptedPDFError when the file needs a password that was not given (or is wrong),
    MemoryLimitError when repair runs out of memory, and RepairFailed when neither qpdf nor
    PDFium can read it.
    """
    try:
        return _with_qpdf(path, folder, password)
    except RepairFailed as qpdf_failed:
        try:
            return _with_pdfium(path, folder, password)
        except RepairFailed as pdfium_failed:
            raise RepairFailed(f"{qpdf_failed}; {pdfium_failed}") from None


def _with_qpdf(path: Path, folder: str, password: Optional[str]) -> Path:
    pikepdf = _pikepdf()
    if pikepdf is None:
        raise RepairFailed("pikepdf is not installed")
    target = Path(folder) / "repaired.pdf"
    try:
        with _quiet_stderr(), pikepdf.open(path, password=password or "", attempt_recovery=True) as pdf:
            if len(pdf.pages) == 0:
                raise RepairFailed("qpdf finds no pages either")
            _direct_geometry(pdf, pikepdf)
            pdf.save(
                target,
                object_stream_mode=pikepdf.ObjectStreamMode.disable,
                stream_decode_level=pikepdf.StreamDecodeLevel.none,
                encryption=False,
                fix_metadata_version=False,
            )
    except pikepdf.PasswordError:
        raise EncryptedPDFError(_password_message(path, password)) from None
    except MemoryError:
        raise MemoryLimitError(f"{path}: repairing it needs more memory than allowed") from None
    except RepairFailed:
        raise
    except Exception as exc:  # qpdf reports every kind of damage as its own exception types
        log.debug("qpdf could not repair %s", path, exc_info=True)
        raise RepairFailed(f"qpdf: {type(exc).__name__}: {_first_line(exc)}") from None
    return target


# Boxes and matrices pdfminer does arithmetic on without resolving references first.
_GEOMETRY_KEYS = ("/BBox", "/MediaBox", "/CropBox", "/Matrix", "/Rect")


def _direct_geometry(pdf, pikepdf) -> None:
    """Make every number in a box or matrix a direct number ('[0 0 5 0 R 9]' -> '[0 0 5 7 9]')."""
    for obj in pdf.objects:
        if not isinstance(obj, (pikepdf.Dictionary, pikepdf.Stream)):
            continue
        for key in _GEOMETRY_KEYS:
            value = obj.get(key)
            if isinstance(value, pikepdf.Array) and b" R" in value.unparse():
                obj[key] = pikepdf.Array([_number(item) for item in value])


def _number(item) -> float:
    try:
        return float(item)
    except (TypeError, ValueError):  # a reference to something that is not a number
        return 0.0


def _with_pdfium(path: Path, folder: str, password: Optional[str]) -> Path:
    try:
        import pypdfium2 as pdfium  # type: ignore[import-untyped]
        import pypdfium2.raw as pdfium_c  # type: ignore[import-untyped]
    except ImportError:
        raise RepairFailed("PDFium: pypdfium2 is not installed") from None
    target = Path(folder) / "repaired-pdfium.pdf"
    try:
        document = pdfium.PdfDocument(str(path), password=password)
    except MemoryError:
        raise MemoryLimitError(f"{path}: repairing it needs more memory than allowed") from None
    except Exception as exc:  # PdfiumError: PDFium cannot read it either
        raise RepairFailed(f"PDFium: {_first_line(exc)}") from None
    try:
        if len(document) == 0:
            raise RepairFailed("PDFium finds no pages either")
        with open(target, "wb") as fh:
            document.save(fh, flags=pdfium_c.FPDF_REMOVE_SECURITY)
    finally:
        document.close()
    return target


@contextmanager
def _quiet_stderr() -> Iterator[None]:
    """qpdf prints some recovery notes straight to file descriptor 2; stderr is for our one line."""
    try:
        fd = sys.stderr.fileno()
    except (AttributeError, ValueError, OSError):  # no real stderr (embedded, tests): nothing to hide
        yield
        return
    saved = os.dup(fd)
    devnull = os.open(os.devnull, os.O_WRONLY)
    try:
        sys.stderr.flush()
        os.dup2(devnull, fd)
        yield
    finally:
        os.dup2(saved, fd)
        os.close(saved)
        os.close(devnull)


def private_folder() -> tempfile.TemporaryDirectory:
    """A temp folder only this user can read (the repaired copy holds the decrypted pack)."""
    folder = tempfile.TemporaryDirectory(prefix="panelparse-repair-")
    os.chmod(folder.name, 0o700)
    return folder


def _password_message(path: Path, password: Optional[str]) -> str:
    if password:
        return f"{path}: the password given does not open this encrypted PDF"
    return f"{path}: the PDF is encrypted and needs a password (--password)"


def _first_line(exc: BaseException) -> str:
    text = str(exc).strip()
    return (text.splitlines() or [""])[0][:160]

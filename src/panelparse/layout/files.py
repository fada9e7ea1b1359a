"""The file before any PDF library sees it, and what an exception from one says: pure Python."""

from __future__ import annotations

import hashlib
import os
from pathlib import Path
from typing import Iterator, Optional

from ..errors import FileMissingError, MemoryLimitError, NotAPDFError


def sha256_of(path: Path) -> str:
    digest = hashlib.sha256()
    with open(path, "rb") as fh:
        for chunk in iter(lambda: fh.read(1 << 20), b""):
            digest.update(chunk)
    return digest.hexdigest()


def check_is_pdf(path: Path) -> None:
    if not path.exists():
        raise FileMissingError(f"{path}: no such file")
    if not path.is_file() or not os.access(path, os.R_OK):
        raise FileMissingError(f"{path}: not a readable file")
    with open(path, "rb") as fh:
        head = fh.read(1024)
    if b"%PDF-" not in head:
        raise NotAPDFError(f"{path}: not a PDF (no %PDF- header)")


def exception_chain(exc: BaseException) -> Iterator[BaseException]:
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


def _out_of_memory(exc: BaseException) -> bool:
    # zlib reports a failed allocation as zlib.error("... Unable to allocate output buffer"),
    # and pdfminer wraps it: either way the file is not damaged, the memory budget is spent.
    return any(isinstance(e, MemoryError) or "unable to allocate" in str(e).lower() for e in exception_chain(exc))


def raise_if_out_of_memory(exc: BaseException, path: Path) -> None:
    if _out_of_memory(exc):
        raise MemoryLimitError(f"{path}: reading it needs more memory than allowed (a decompression bomb?)") from None


def _cause(exc: BaseException) -> BaseException:
    """The innermost exception pdfminer wrapped: a RecursionError, not '(PdfminerException)'."""
    *_, last = exception_chain(exc)
    return last


def describe_exception(exc: BaseException) -> str:
    cause = _cause(exc)
    text = " ".join(str(cause).split())[:160]
    return f"{type(cause).__name__}: {text}" if text else type(cause).__name__

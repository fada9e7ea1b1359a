"""Where a batch reads and writes: local paths, or any fsspec URL (s3://, gs://, abfs://, file://, ...).

Local paths use the standard library only. A URL needs fsspec (it comes with the `dask`
extra) and whatever backend its protocol needs (s3fs for s3://, gcsfs for gs://, ...); the
process that reads or writes it must have the credentials. Objects in an object store are
published whole when written, so a reader never sees half an output there either.
"""

from __future__ import annotations

import hashlib
import os
import re
from pathlib import Path
from typing import Any, Iterable, Optional

# (size, sha256, None), or (None, None, why the input could not be read)
Digest = tuple[Optional[int], Optional[str], Optional[str]]

_URL = re.compile(r"^[A-Za-z][A-Za-z0-9+.\-]*(::[^:]*)?://")


class StorageError(OSError):
    """A URL cannot be used: fsspec or the protocol's backend is missing, or the URL is malformed."""


def is_url(path: str | os.PathLike) -> bool:
    """Whether `path` is a URL for fsspec (`s3://bucket/key`, `file:///tmp/x`), not a local path."""
    return isinstance(path, str) and bool(_URL.match(path))


def filesystem(url: str) -> tuple[Any, str]:
    """The fsspec filesystem for `url` and the path within it."""
    try:
        import fsspec  # type: ignore[import-untyped]
    except ImportError:
        raise StorageError(f"{url}: URLs need fsspec: pip install 'panelparse[dask]'") from None
    try:
        return fsspec.core.url_to_fs(url)
    except (ImportError, ValueError) as exc:  # e.g. s3:// without s3fs installed
        raise StorageError(f"{url}: {exc}") from None


def canonical(url: str) -> str:
    """One spelling per object, so a manifest matches the same input given another way."""
    fs, path = filesystem(url)
    return str(fs.unstrip_protocol(path))


def read_bytes(path: str) -> bytes:
    if not is_url(path):
        return Path(path).read_bytes()
    fs, inner = filesystem(path)
    return bytes(fs.cat_file(inner))


def digest(path: str) -> tuple[int, str]:
    """(size, sha256 hex) of the bytes at `path`, read in blocks."""
    sha = hashlib.sha256()
    size = 0
    if is_url(path):
        fs, inner = filesystem(path)
        opened = fs.open(inner, "rb")
    else:
        opened = open(path, "rb")
    with opened as fh:
        for block in iter(lambda: fh.read(1 << 20), b""):
            sha.update(block)
            size += len(block)
    return size, sha.hexdigest()


def digest_or_error(path: str) -> Digest:
    try:
        size, sha = digest(path)
        return size, sha, None
    except OSError as exc:
        return None, None, f"cannot read: {exc.strerror or exc}"


def write_text(target: str, text: str) -> None:
    """Write `text` so that no reader sees half of it (a local rename, or one object put)."""
    from ..atomic import atomic_write_text

    if not is_url(target):
        atomic_write_text(Path(target), text)
        return
    fs, inner = filesystem(target)
    if _is_local(fs):
        atomic_write_text(Path(inner), text)
        return
    parent = inner.rsplit("/", 1)[0]
    if parent:
        fs.makedirs(parent, exist_ok=True)
    fs.pipe_file(inner, text.encode("utf-8"))


def exists(path: str) -> bool:
    if not is_url(path):
        return os.path.exists(path)
    try:
        fs, inner = filesystem(path)
        return bool(fs.exists(inner))
    except OSError:
        return False


def prepare_folder(url: str) -> None:
    """Create the output folder at `url` and prove it writable (raises OSError)."""
    fs, inner = filesystem(url)
    fs.makedirs(inner, exist_ok=True)
    probe = f"{inner.rstrip('/')}/.panelparse-probe-{os.getpid()}"
    fs.pipe_file(probe, b"")
    fs.rm_file(probe)


def join(folder: str, relative: str) -> str:
    """`folder/relative` for a local path or a URL."""
    if is_url(folder):
        return folder.rstrip("/") + "/" + relative
    return str(Path(folder) / relative)


def expand_url(url: str, is_pdf: Any) -> tuple[list[str], str, int]:
    """The PDFs a URL names: an object, a prefix searched recursively, or a glob.

    Returns (URLs, the URL their output paths are relative to, non-PDF objects passed over).
    """
    fs, inner = filesystem(url)
    skipped = 0
    if any(ch in inner for ch in "*?["):
        names = sorted(fs.glob(inner))
        root = _static_prefix(inner)
    elif fs.isdir(inner):
        names = sorted(fs.find(inner))
        root = inner.rstrip("/")
    elif fs.exists(inner):
        return [str(fs.unstrip_protocol(inner))], str(fs.unstrip_protocol(inner.rsplit("/", 1)[0])), 0
    else:
        return [], url, 0
    found = []
    for name in names:
        if is_pdf(name):
            found.append(str(fs.unstrip_protocol(name)))
        elif not fs.isdir(name):
            skipped += 1
    return found, str(fs.unstrip_protocol(root)), skipped


def url_key(url: str) -> str:
    """A POSIX path standing for a URL, so local and remote inputs share one naming scheme."""
    fs, inner = filesystem(url)
    protocol = fs.protocol if isinstance(fs.protocol, str) else fs.protocol[0]
    return "/" + protocol + "/" + inner.lstrip("/")


def _is_local(fs: Any) -> bool:
    protocols: Iterable[str] = (fs.protocol,) if isinstance(fs.protocol, str) else fs.protocol
    return "file" in protocols or "local" in protocols


def _static_prefix(pattern: str) -> str:
    parts = pattern.split("/")
    static = []
    for part in parts:
        if any(ch in part for ch in "*?["):
            break
        static.append(part)
    return "/".join(static)

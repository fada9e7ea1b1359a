"""Which files a batch reads, and where each one's output goes.

Inputs are files, folders (searched recursively, symlinked folders followed once) and glob
patterns, or the same as fsspec URLs (`s3://bucket/archive/`, `gs://b/2023/*.pdf`). Each PDF's
output mirrors its path relative to the inputs' common folder, so `a/pack.pdf` and
`b/pack.pdf` never share an output, and no output lands outside `--out`.
"""

from __future__ import annotations

import glob
import os
from dataclasses import dataclass, field
from pathlib import Path, PurePosixPath
from typing import Iterable, Union

from .storage import expand_url, is_url, url_key

# A local file, or the canonical fsspec URL of a remote object.
Location = Union[Path, str]

@dataclass
class Inputs:
    """PDFs found, in a stable order, and what was passed over."""

    files: list[Location] = field(default_factory=list)
    roots: list[Location] = field(default_factory=list)  # the folder each file was found under
    skipped_non_pdf: int = 0
    missing: list[str] = field(default_factory=list)  # arguments that name nothing
    unreadable: list[str] = field(default_factory=list)  # folders that could not be listed


def is_pdf_name(path: Path | str) -> bool:
    return str(path).lower().endswith(".pdf")


def _walk(folder: Path, seen_dirs: set[str], found: Inputs) -> Iterable[Path]:
    real = os.path.realpath(folder)
    if real in seen_dirs:  # a symlink loop, or a folder reached twice
        return
    seen_dirs.add(real)
    try:
        entries = sorted(os.scandir(folder), key=lambda e: e.name)
    except OSError:
        found.unreadable.append(str(folder))
        return
    for entry in entries:
        path = Path(entry.path)
        if entry.is_dir(follow_symlinks=True):
            yield from _walk(path, seen_dirs, found)
        elif entry.is_file(follow_symlinks=True):
            if is_pdf_name(path):
                yield path
            else:
                found.skipped_non_pdf += 1


def expand_inputs(args: Iterable[str | os.PathLike]) -> Inputs:
    """Files as given, folders searched recursively, glob patterns expanded; duplicates once."""
    found = Inputs()
    seen_files: set[str] = set()
    seen_dirs: set[str] = set()

    def add(path: Location, root: Location) -> None:
        real = path if isinstance(path, str) else os.path.realpath(path)
        if real not in seen_files:
            seen_files.add(real)
            found.files.append(path)
            found.roots.append(root)

    for arg in args:
        text = os.fspath(arg)
        if is_url(text):
            urls, url_root, skipped = expand_url(text, is_pdf_name)
            found.skipped_non_pdf += skipped
            if not urls and not skipped:
                found.missing.append(text)
            for url in urls:
                add(url, url_root)
            continue
        matches = [Path(m) for m in sorted(glob.glob(text, recursive=True))] if glob.has_magic(text) else [Path(text)]
        if not matches or not (matches[0].exists() or matches[0].is_symlink()):
            found.missing.append(text)
            continue
        base = _static_prefix(text) if glob.has_magic(text) else None
        for match in matches:
            for pdf, root in _expand_match(match, base, glob.has_magic(text), seen_dirs, found):
                add(pdf, root)
    return found


def _expand_match(match: Path, base: Path | None, from_glob: bool, seen_dirs: set[str],
                  found: Inputs) -> Iterable[tuple[Path, Path]]:
    if match.is_dir():
        for pdf in _walk(match, seen_dirs, found):
            yield pdf, base or match
    elif match.is_file() and (is_pdf_name(match) or not from_glob):
        yield match, base or match.parent  # a file named explicitly is read whatever its suffix
    elif match.exists():
        found.skipped_non_pdf += 1
    else:
        found.missing.append(str(match))


def _static_prefix(pattern: str) -> Path:
    """The folder part of a glob pattern before its first wildcard."""
    parts = Path(pattern).parts
    static = [p for p in parts[: next(i for i, p in enumerate(parts) if glob.has_magic(p))]]
    return Path(*static) if static else Path(".")


def output_names(files: list[Location], roots: list[Location] | None = None,
                 suffix: str = ".json") -> list[PurePosixPath]:
    """A distinct relative output path for each input (case-insensitively distinct, too).

    Paths are relative to the common folder of the roots the inputs were found under: one
    folder argument gives its own tree; several give each their folder's name first. A URL
    counts as the path /PROTOCOL/BUCKET/KEY, so URLs and local files never share a name either.
    """
    absolute = [Path(_key(f)) for f in files]
    bases = [_root_key(r) for r in roots] if roots else [str(p.parent) for p in absolute]
    root = Path(os.path.commonpath(bases)) if bases else Path(".")
    taken: set[str] = set()
    names = []
    for path in absolute:
        rel = PurePosixPath(*[_safe(part) for part in path.relative_to(root).parts])
        for candidate in _candidates(rel, suffix):
            if candidate.as_posix().casefold() not in taken:
                taken.add(candidate.as_posix().casefold())
                names.append(candidate)
                break
    return names


def _key(location: Location) -> str:
    return url_key(location) if isinstance(location, str) else os.path.abspath(location)


def _root_key(root: Location) -> str:
    return url_key(root) if isinstance(root, str) else os.path.abspath(root)


def _candidates(rel: PurePosixPath, suffix: str) -> Iterable[PurePosixPath]:
    yield rel.with_suffix(suffix) if rel.suffix else rel.with_name(rel.name + suffix)
    yield rel.with_name(rel.name + suffix)  # x.PDF beside x.pdf: keep the original suffix
    n = 2
    while True:
        yield rel.with_name(f"{rel.name}.{n}{suffix}")
        n += 1


def _safe(part: str) -> str:
    # Parts come from real paths below a common folder, so '..' cannot occur; names that would
    # be read as hidden temp files or are unprintable are kept recognisable but harmless.
    cleaned = "".join(ch if ch.isprintable() and ch not in "\\" else "_" for ch in part)
    return cleaned if cleaned not in ("", ".", "..") else "_"

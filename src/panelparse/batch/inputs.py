"""Which files a batch reads, and where each one's output goes.

Inputs are files, folders (searched recursively, symlinked folders followed once) and glob
patterns. Each PDF's output mirrors its path relative to the inputs' common folder, so
`a/pack.pdf` and `b/pack.pdf` never share an output, and no output lands outside `--out`.
"""

from __future__ import annotations

import glob
import os
from dataclasses import dataclass, field
from pathlib import Path, PurePosixPath
from typing import Iterable


@dataclass
class Inputs:
    """PDFs found, in a stable order, and what was passed over."""

    files: list[Path] = field(default_factory=list)
    roots: list[Path] = field(default_factory=list)  # the folder each file was found under
    skipped_non_pdf: int = 0
    missing: list[str] = field(default_factory=list)


def is_pdf_name(path: Path) -> bool:
    return path.suffix.lower() == ".pdf"


def _walk(folder: Path, seen_dirs: set[str], found: Inputs) -> Iterable[Path]:
    real = os.path.realpath(folder)
    if real in seen_dirs:  # a symlink loop, or a folder reached twice
        return
    seen_dirs.add(real)
    try:
        entries = sorted(os.scandir(folder), key=lambda e: e.name)
    except OSError:
        found.missing.append(str(folder))
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

    def add(path: Path, root: Path) -> None:
        real = os.path.realpath(path)
        if real not in seen_files:
            seen_files.add(real)
            found.files.append(path)
            found.roots.append(root)

    for arg in args:
        text = os.fspath(arg)
        path = Path(text)
        matches = [Path(m) for m in sorted(glob.glob(text, recursive=True))] if glob.has_magic(text) else [path]
        if not matches or not (matches[0].exists() or matches[0].is_symlink()):
            found.missing.append(text)
            continue
        base = _static_prefix(text) if glob.has_magic(text) else None
        for match in matches:
            if match.is_dir():
                for pdf in _walk(match, seen_dirs, found):
                    add(pdf, base or match)
            elif match.is_file() and (is_pdf_name(match) or not glob.has_magic(text)):
                add(match, base or match.parent)  # a file named explicitly is read whatever its suffix
            elif match.exists():
                found.skipped_non_pdf += 1
            else:
                found.missing.append(str(match))
    return found


def _static_prefix(pattern: str) -> Path:
    """The folder part of a glob pattern before its first wildcard."""
    parts = Path(pattern).parts
    static = [p for p in parts[: next(i for i, p in enumerate(parts) if glob.has_magic(p))]]
    return Path(*static) if static else Path(".")


def output_names(files: list[Path], roots: list[Path] | None = None, suffix: str = ".json") -> list[PurePosixPath]:
    """A distinct relative output path for each input (case-insensitively distinct, too).

    Paths are relative to the common folder of the roots the inputs were found under: one
    folder argument gives its own tree; several give each their folder's name first.
    """
    absolute = [Path(os.path.abspath(f)) for f in files]
    bases = [os.path.abspath(r) for r in roots] if roots else [str(p.parent) for p in absolute]
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

"""Where output goes: check it before the work starts, and name the path when writing fails.

An unwritable or full output folder, `-o` naming a folder, or a reader that closed stdout
is a problem with the environment, not with the pack and not a bug: it gets exit 73
(OutputError) and one line naming the path, or for a closed stdout a quiet exit.
"""

from __future__ import annotations

import errno
import os
import sys
from pathlib import Path
from typing import Optional

from .errors import OutputError

# Exit status of a command whose reader went away (128 + SIGPIPE), as shell tools give.
EXIT_BROKEN_PIPE = 141
_ENVIRONMENT_ERRNOS = {errno.ENOSPC, errno.EACCES, errno.EPERM, errno.EROFS, errno.EISDIR, errno.ENOTDIR,
                       errno.EDQUOT, errno.EEXIST, errno.ENAMETOOLONG, errno.EFBIG, errno.ENOENT}


def check_output_file(path: Path) -> None:
    """Raise OutputError unless a file can be written at `path` (its folder may not exist yet)."""
    if path.is_dir():
        raise OutputError(f"{path}: is a folder; give a file name (-o FILE)")
    _check_folder(_existing_ancestor(path.parent), path)


def check_output_folder(path: Path) -> None:
    """Raise OutputError unless files can be written inside folder `path` (made if missing)."""
    if path.exists() and not path.is_dir():
        raise OutputError(f"{path}: exists and is not a folder")
    _check_folder(_existing_ancestor(path), path)


def _existing_ancestor(path: Path) -> Path:
    path = path.absolute()
    while not path.exists() and path != path.parent:
        path = path.parent
    return path


def _check_folder(folder: Path, target: Path) -> None:
    if not folder.is_dir():
        raise OutputError(f"{target}: cannot be written ({folder} is not a folder)")
    if not os.access(folder, os.W_OK | os.X_OK):
        raise OutputError(f"{target}: cannot be written (no permission to write in {folder})")


def output_error(exc: OSError) -> Optional[OutputError]:
    """An OutputError naming the path for an OSError the environment caused, else None."""
    if exc.errno not in _ENVIRONMENT_ERRNOS:
        return None
    where = exc.filename or "output"
    return OutputError(f"{where}: cannot be written ({exc.strerror or exc})")


def quiet_broken_pipe() -> int:
    """After stdout's reader went away: stop Python complaining at exit; return the exit code."""
    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
    except (OSError, ValueError):  # stdout has no file descriptor (tests); nothing to silence
        pass
    return EXIT_BROKEN_PIPE

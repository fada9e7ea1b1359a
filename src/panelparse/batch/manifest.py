"""The manifest: one JSON line per finished input, appended as it finishes; the record of a run.

A rerun reads it to decide what is already done: an input whose sha256 and panelparse version
match an `ok` line (and whose output is still there) is skipped; known failures are skipped
too unless retried. A line cut short by a killed run is ignored.
"""

from __future__ import annotations

import json
import os
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import IO, Callable, Optional

from .worker import OK, SKIPPED


@dataclass
class Entry:
    """One line of manifest.jsonl."""

    input: str
    size: Optional[int]
    sha256: Optional[str]
    output: Optional[str]
    status: str
    exit_code: int
    message: Optional[str]
    pages: int
    documents: int
    warnings: int
    seconds: float
    version: str

    def to_json(self) -> str:
        return json.dumps(asdict(self), ensure_ascii=False, separators=(",", ":"))


class Manifest:
    """Append-only JSON Lines file; each append is flushed and synced before it returns."""

    def __init__(self, path: Optional[Path]) -> None:
        self.path = path
        self._fh: Optional[IO[str]] = None

    def previous(self) -> dict[str, Entry]:
        """The last decisive (not `skipped`) entry per input path, from earlier runs."""
        entries: dict[str, Entry] = {}
        if self.path is None or not self.path.exists():
            return entries
        with open(self.path, encoding="utf-8") as fh:
            for line in fh:
                try:
                    entry = Entry(**json.loads(line))
                except (ValueError, TypeError):  # a torn last line, or a foreign line
                    continue
                if entry.status != SKIPPED:
                    entries[entry.input] = entry
        return entries

    def open(self) -> None:
        if self.path is not None:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            self._fh = open(self.path, "a", encoding="utf-8")

    def append(self, entry: Entry) -> None:
        if self._fh is None:
            return
        self._fh.write(entry.to_json() + "\n")
        self._fh.flush()
        os.fsync(self._fh.fileno())

    def close(self) -> None:
        if self._fh is not None:
            self._fh.close()
            self._fh = None


def is_done(entry: Optional[Entry], sha256: str, version: str, retry_failed: bool,
            exists: Callable[[str], bool] = os.path.exists) -> bool:
    """Whether an earlier run's entry settles this input (same bytes, same panelparse)."""
    if entry is None or entry.sha256 != sha256 or entry.version != version:
        return False
    if entry.status == OK:
        return entry.output is None or exists(entry.output)
    return not retry_failed

"""Convert many packs unattended: isolated workers, a manifest, resumable, interruptible.

    from panelparse.batch import BatchSettings, run_batch
    summary = run_batch(["archive/"], "json/", BatchSettings(jobs=2, timeout=300))

Each input is extracted in a worker process under a time and memory limit; one bad, slow,
huge or crashing file costs only itself. Outputs mirror the inputs' relative paths under the
output folder (or go to one JSON Lines stream); `OUT/manifest.jsonl` records every input as it
finishes, and a rerun skips what an earlier run already did.
"""

from __future__ import annotations

import hashlib
import os
import signal
import sys
import threading
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import IO, Iterator, Optional, Protocol, Sequence

from ..errors import PanelparseError
from .inputs import Inputs, expand_inputs, output_names
from .manifest import Entry, Manifest, is_done
from .pool import LocalPool, StopRequest
from .worker import CRASHED, ERROR, MEMORY, OK, SKIPPED, STATUSES, TIMEOUT, Task, TaskResult

__all__ = [
    "BatchSettings", "BatchSummary", "BatchUsageError", "Entry", "run_batch", "expand_inputs", "parse_size",
    "OK", "SKIPPED", "ERROR", "TIMEOUT", "MEMORY", "CRASHED", "STATUSES",
]

DEFAULT_MAX_MEMORY = 2 * 1024**3
# After the first Ctrl-C/SIGTERM, running files get this long to finish before they are cancelled.
INTERRUPT_GRACE = 3.0
EXIT_SOME_FAILED = 10


class BatchUsageError(PanelparseError):
    """A batch option or the output location is unusable; found before any work starts."""

    exit_code = 2


class OutputLocationError(PanelparseError):
    """The output folder or file cannot be created or written."""

    exit_code = 73


@dataclass(frozen=True)
class BatchSettings:
    """How a batch runs. `jobs=0` means one worker per CPU; `max_memory` is bytes per worker."""

    jobs: int = 0
    timeout: Optional[float] = None
    max_memory: Optional[int] = DEFAULT_MAX_MEMORY
    format: str = "json"
    force: bool = False
    retry_failed: bool = False
    strict: bool = False
    plugins: Optional[str] = None
    manifest: Optional[Path] = None
    tasks_per_worker: int = 50

    def validate(self) -> None:
        """Raise BatchUsageError naming the first unusable value."""
        if self.jobs < 0:
            raise BatchUsageError(f"--jobs must be 0 (one per CPU) or more, not {self.jobs}")
        if self.timeout is not None and not self.timeout > 0:
            raise BatchUsageError(f"--timeout must be a positive number of seconds, not {self.timeout:g}")
        if self.max_memory is not None and self.max_memory < 64 * 1024**2:
            raise BatchUsageError(f"--max-memory must be at least 64M, not {self.max_memory} bytes")
        if self.format not in ("json", "jsonl"):
            raise BatchUsageError(f"--format must be json or jsonl, not {self.format!r}")
        if self.tasks_per_worker < 1:
            raise BatchUsageError("tasks_per_worker must be at least 1")

    def worker_count(self, inputs: int) -> int:
        return max(1, min(self.jobs or os.cpu_count() or 1, inputs))


@dataclass
class BatchSummary:
    """What a batch did: an entry per finished input (input order), and what was left undone."""

    entries: list[Entry] = field(default_factory=list)
    not_done: list[str] = field(default_factory=list)
    skipped_non_pdf: int = 0
    interrupted_by: Optional[int] = None
    manifest: Optional[str] = None

    def counts(self) -> dict[str, int]:
        counts = {status: 0 for status in STATUSES}
        for entry in self.entries:
            counts[entry.status] += 1
        return counts

    @property
    def failed(self) -> list[Entry]:
        return [e for e in self.entries if e.status not in (OK, SKIPPED)]

    @property
    def exit_code(self) -> int:
        if self.interrupted_by is not None:
            return 128 + self.interrupted_by
        return EXIT_SOME_FAILED if self.failed else 0


class BatchEvents(Protocol):
    """What a progress display is told."""

    def started(self, total: int, to_run: int, skipped: int) -> None: ...

    def finished(self, entry: Entry) -> None: ...

    def stopping(self, signum: int) -> None: ...


@dataclass
class _Planned:
    path: Path
    output: Optional[Path]
    size: Optional[int] = None
    sha256: Optional[str] = None
    previous: Optional[Entry] = None


def _version() -> str:
    from .._version import __version__

    return __version__


def sha256_of(path: Path) -> tuple[int, str]:
    digest = hashlib.sha256()
    size = 0
    with open(path, "rb") as fh:
        for block in iter(lambda: fh.read(1 << 20), b""):
            digest.update(block)
            size += len(block)
    return size, digest.hexdigest()


def _prepare_output(out: Optional[Path], fmt: str) -> None:
    """Create the output folder (or the JSON Lines file's folder) and prove it writable."""
    if out is None:
        return
    folder = out if fmt == "json" else out.parent
    if fmt == "json" and out.exists() and not out.is_dir():
        raise OutputLocationError(f"{out}: --out must be a folder for --format json")
    if fmt == "jsonl" and out.is_dir():
        raise OutputLocationError(f"{out}: --out must be a file for --format jsonl")
    try:
        folder.mkdir(parents=True, exist_ok=True)
        probe = folder / f".panelparse-probe-{os.getpid()}"
        probe.write_bytes(b"")
        probe.unlink()
    except OSError as exc:
        raise OutputLocationError(f"{folder}: cannot write there ({exc.strerror or exc})") from None


def _manifest_path(out: Optional[Path], settings: BatchSettings) -> Optional[Path]:
    if settings.manifest is not None:
        return settings.manifest
    if out is None:
        return None
    return out / "manifest.jsonl" if settings.format == "json" else out.with_name(out.stem + ".manifest.jsonl")


def _plan(found: Inputs, out: Optional[Path], settings: BatchSettings) -> list[_Planned]:
    if settings.format == "json":
        assert out is not None
        targets: Sequence[Optional[Path]] = [out / name for name in output_names(found.files, found.roots)]
    else:
        targets = [out] * len(found.files)
    return [_Planned(Path(os.path.abspath(path)), target) for path, target in zip(found.files, targets)]


def _entry(planned: _Planned, result: TaskResult, version: str) -> Entry:
    return Entry(
        input=str(planned.path), size=planned.size, sha256=planned.sha256,
        output=str(planned.output) if result.status == OK and planned.output else None,
        status=result.status, exit_code=result.exit_code, message=result.message, pages=result.pages,
        documents=result.documents, warnings=result.warnings, seconds=result.seconds, version=version,
    )


@contextmanager
def _interruptible(stop: StopRequest, summary: BatchSummary, events: Optional[BatchEvents]) -> Iterator[None]:
    """First SIGINT/SIGTERM: stop handing out work and let running files finish briefly.
    Second: stop at once (KeyboardInterrupt)."""
    if threading.current_thread() is not threading.main_thread():
        yield
        return

    def handle(signum, frame):  # noqa: ARG001
        if stop.requested:
            raise KeyboardInterrupt
        summary.interrupted_by = signum
        stop.request(INTERRUPT_GRACE)
        if events:
            events.stopping(signum)

    previous = {s: signal.signal(s, handle) for s in (signal.SIGINT, signal.SIGTERM)}
    try:
        yield
    finally:
        for signum, handler in previous.items():
            signal.signal(signum, handler)


class _JsonlSink:
    """JSON Lines output: one MeetingPack per line, each line written whole and flushed."""

    def __init__(self, out: Optional[Path], truncate: bool) -> None:
        self._fh: IO[str] = sys.stdout if out is None else open(out, "w" if truncate else "a", encoding="utf-8")
        self._own = out is not None

    def write(self, text: str) -> None:
        self._fh.write(text.rstrip("\n") + "\n")
        self._fh.flush()

    def close(self) -> None:
        if self._own:
            self._fh.close()


def run_batch(inputs: Sequence[str | os.PathLike], out: Optional[str | os.PathLike],
              settings: Optional[BatchSettings] = None, events: Optional[BatchEvents] = None) -> BatchSummary:
    """Convert every PDF named by `inputs` (files, folders, globs) into `out`.

    `out` is a folder for format json; a file, or None for stdout, for format jsonl.
    Raises BatchUsageError / OutputLocationError before any work when an option or the
    output location is unusable; every per-file failure is an entry in the summary instead.
    """
    settings = settings or BatchSettings()
    settings.validate()
    out_path = Path(out) if out is not None and os.fspath(out) != "-" else None
    if settings.format == "json" and out_path is None:
        raise BatchUsageError("--out FOLDER is required for --format json")
    found = expand_inputs(inputs)
    if not found.files:
        raise BatchUsageError("no PDF files found in the inputs given")
    _prepare_output(out_path, settings.format)
    manifest = Manifest(_manifest_path(out_path, settings))
    version = _version()
    summary = BatchSummary(skipped_non_pdf=found.skipped_non_pdf,
                           manifest=str(manifest.path) if manifest.path else None)
    plan = _plan(found, out_path, settings)
    previous = {} if settings.force else manifest.previous()
    manifest.open()
    sink = _JsonlSink(out_path, truncate=settings.force) if settings.format == "jsonl" else None
    try:
        _run(plan, previous, settings, version, manifest, sink, summary, events)
    finally:
        manifest.close()
        if sink:
            sink.close()
    return summary


def _run(plan: list[_Planned], previous: dict[str, Entry], settings: BatchSettings, version: str,
         manifest: Manifest, sink: Optional[_JsonlSink], summary: BatchSummary,
         events: Optional[BatchEvents]) -> None:
    finished: dict[int, Entry] = {}
    tasks: list[Task] = []
    for index, planned in enumerate(plan):
        try:
            planned.size, planned.sha256 = sha256_of(planned.path)
        except OSError as exc:
            result = TaskResult(index, ERROR, 3, f"cannot read: {exc.strerror or exc}")
            finished[index] = _entry(planned, result, version)
            continue
        earlier = previous.get(str(planned.path))
        if is_done(earlier, planned.sha256, version, settings.retry_failed):
            assert earlier is not None
            note = f"unchanged since an earlier run ({earlier.status})"
            finished[index] = Entry(**{**earlier.__dict__, "status": SKIPPED, "message": note, "seconds": 0.0})
            continue
        target = str(planned.output) if settings.format == "json" and planned.output else None
        tasks.append(Task(index, str(planned.path), target, settings.timeout, settings.strict, settings.plugins))
    for entry in finished.values():
        manifest.append(entry)
    if events:
        events.started(len(plan), len(tasks), sum(e.status == SKIPPED for e in finished.values()))
        for index in sorted(finished):
            events.finished(finished[index])

    def on_result(result: TaskResult) -> None:
        if sink is not None and result.status == OK and result.text is not None:
            sink.write(result.text)
        entry = _entry(plan[result.index], result, version)
        finished[result.index] = entry
        manifest.append(entry)
        if events:
            events.finished(entry)

    stop = StopRequest()
    pool = LocalPool(settings.worker_count(len(tasks)), settings.max_memory, settings.tasks_per_worker)
    undone: list[Task] = []
    try:
        with _interruptible(stop, summary, events):
            undone = pool.run(tasks, on_result, stop) if tasks else []
    except KeyboardInterrupt:  # a second Ctrl-C: everything still running is abandoned
        pool.close()
        if summary.interrupted_by is None:
            summary.interrupted_by = signal.SIGINT
        undone = [t for t in tasks if t.index not in finished]
    summary.entries = [finished[i] for i in sorted(finished)]
    summary.not_done = [t.path for t in undone]


_SIZE_UNITS = {"": 1, "K": 1024, "M": 1024**2, "G": 1024**3, "T": 1024**4}


def parse_size(text: str) -> Optional[int]:
    """'2G', '512M', '1.5g', '1048576' -> bytes; '0' or 'none' -> None (no cap)."""
    cleaned = text.strip().upper().removesuffix("B").removesuffix("I")
    if cleaned in ("0", "NONE", ""):
        return None
    unit = cleaned[-1] if cleaned[-1:] in _SIZE_UNITS else ""
    number = cleaned[: len(cleaned) - len(unit)]
    try:
        value = float(number)
    except ValueError:
        raise BatchUsageError(f"--max-memory: cannot read {text!r} as a size (e.g. 2G, 512M)") from None
    if not value > 0 or len(number) > 20:
        raise BatchUsageError(f"--max-memory: {text!r} is not a positive size")
    return int(value * _SIZE_UNITS[unit])

"""Convert many packs unattended: isolated workers, a manifest, resumable, interruptible.

    from panelparse.batch import BatchSettings, run_batch
    summary = run_batch(["archive/"], "json/", BatchSettings(jobs=2, timeout=300))

Each input is extracted in a worker process under a time and memory limit; one bad, slow,
huge or crashing file costs only itself. Outputs mirror the inputs' relative paths under the
output folder (or go to one JSON Lines stream); `OUT/manifest.jsonl` records every input as it
finishes, and a rerun skips what an earlier run already did.

Workers are local processes (`pool.py`), or tasks on a Dask cluster (`cluster.py`,
`executor="dask"`); inputs and outputs may be local paths or fsspec URLs (`storage.py`).
"""

from __future__ import annotations

import os
import signal
import sys
import threading
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import IO, Callable, Iterator, Optional, Protocol, Sequence

from . import storage
from .errors import BatchUsageError, ClusterError, OutputLocationError
from .inputs import Inputs, expand_inputs, output_names
from .manifest import Entry, Manifest, is_done
from .pool import LocalPool, StopRequest
from .storage import Digest
from .worker import CRASHED, ERROR, MEMORY, OK, SKIPPED, STATUSES, TIMEOUT, Task, TaskResult

__all__ = [
    "BatchSettings", "BatchSummary", "BatchUsageError", "OutputLocationError", "Entry", "run_batch", "expand_inputs",
    "parse_size", "EXECUTORS", "ClusterError",
    "OK", "SKIPPED", "ERROR", "TIMEOUT", "MEMORY", "CRASHED", "STATUSES",
]

DEFAULT_MAX_MEMORY = 2 * 1024**3
# After the first Ctrl-C/SIGTERM, running files get this long to finish before they are cancelled.
INTERRUPT_GRACE = 3.0
EXIT_SOME_FAILED = 10
EXECUTORS = ("local", "dask")


@dataclass(frozen=True)
class BatchSettings:
    """How a batch runs. `jobs=0` means one worker per CPU; `max_memory` is bytes per worker.

    `executor="dask"` runs the inputs on a Dask cluster: the one at `scheduler`
    (`tcp://host:8786`), or a LocalCluster of `jobs` workers when `scheduler` is None.
    """

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
    executor: str = "local"
    scheduler: Optional[str] = None
    ocr: str = "scans"

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
        from ..options import OcrMode

        if self.ocr not in {mode.value for mode in OcrMode}:
            raise BatchUsageError(f"--ocr must be one of {', '.join(m.value for m in OcrMode)}, not {self.ocr!r}")
        if self.executor not in EXECUTORS:
            raise BatchUsageError(f"--executor must be local or dask, not {self.executor!r}")
        if self.scheduler is not None and self.executor != "dask":
            raise BatchUsageError("--scheduler needs --executor dask")
        if self.manifest is not None and storage.is_url(str(self.manifest)):
            raise BatchUsageError("--manifest must be a local file (an object store cannot append)")
        if self.executor == "dask":
            from .cluster import require_distributed

            require_distributed()

    def worker_count(self, inputs: int) -> int:
        return max(1, min(self.jobs or os.cpu_count() or 1, inputs))


@dataclass
class BatchSummary:
    """What a batch did: an entry per finished input (input order), and what was left undone."""

    entries: list[Entry] = field(default_factory=list)
    not_done: list[str] = field(default_factory=list)
    skipped_non_pdf: int = 0
    unreadable: list[str] = field(default_factory=list)  # folders that could not be listed
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


class Executor(Protocol):
    """Where inputs run: `pool.LocalPool` (processes here) or `cluster.DaskExecutor`."""

    def start(self) -> None: ...

    def digests(self, paths: list[str], stop: StopRequest) -> list[Optional[Digest]]: ...

    def run(self, tasks: list[Task], on_result: Callable[[TaskResult], None],
            stop: Optional[StopRequest] = None) -> list[Task]: ...

    def close(self) -> None: ...


@dataclass
class _Planned:
    path: str  # an absolute local path, or a canonical URL
    output: Optional[str]
    size: Optional[int] = None
    sha256: Optional[str] = None


def _version() -> str:
    from .._version import __version__

    return __version__


def _prepare_output(out: Optional[str], fmt: str) -> None:
    """Create the output folder (or the JSON Lines file's folder) and prove it writable."""
    if out is None:
        return
    if storage.is_url(out):
        if fmt != "json":
            raise BatchUsageError("--format jsonl writes a local file or stdout, not a URL")
        try:
            storage.prepare_folder(out)
        except OSError as exc:
            raise OutputLocationError(f"{out}: cannot write there ({exc.strerror or exc})") from None
        return
    _prepare_local_output(Path(out), fmt)


def _prepare_local_output(out: Path, fmt: str) -> None:
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


def _manifest_path(out: Optional[str], settings: BatchSettings) -> Optional[Path]:
    if settings.manifest is not None:
        return settings.manifest
    if out is None:
        return None
    if storage.is_url(out):
        raise BatchUsageError("--out is a URL: give --manifest FILE, a local file (an object store cannot append)")
    path = Path(out)
    return path / "manifest.jsonl" if settings.format == "json" else path.with_name(path.stem + ".manifest.jsonl")


def _plan(found: Inputs, out: Optional[str], settings: BatchSettings) -> list[_Planned]:
    if settings.format == "json":
        assert out is not None
        targets: Sequence[Optional[str]] = [storage.join(out, name.as_posix())
                                            for name in output_names(found.files, found.roots)]
    else:
        targets = [out] * len(found.files)
    sources = [f if isinstance(f, str) else os.path.abspath(f) for f in found.files]
    return [_Planned(path, target) for path, target in zip(sources, targets, strict=True)]


def _entry(planned: _Planned, result: TaskResult, version: str) -> Entry:
    return Entry(
        input=planned.path, size=planned.size, sha256=planned.sha256,
        output=planned.output if result.status == OK and planned.output else None,
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

    def __init__(self, out: Optional[str], truncate: bool) -> None:
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
    """Convert every PDF named by `inputs` (files, folders, globs, fsspec URLs) into `out`.

    `out` is a folder (or a URL) for format json; a file, or None for stdout, for format jsonl.
    Raises BatchUsageError / OutputLocationError (or cluster.ClusterError) before any work when
    an option, the output location or the cluster is unusable; every per-file failure is an
    entry in the summary instead.
    """
    settings = settings or BatchSettings()
    settings.validate()
    out_text = _output_text(out)
    if settings.format == "json" and out_text is None:
        raise BatchUsageError("--out FOLDER is required for --format json")
    try:
        found = expand_inputs(inputs)
    except storage.StorageError as exc:
        raise BatchUsageError(str(exc)) from None
    if found.missing:
        raise BatchUsageError(f"no such file, folder or match: {found.missing[0]}")
    if not found.files:
        raise BatchUsageError("no PDF files found in the inputs given")
    manifest = Manifest(_manifest_path(out_text, settings))
    _prepare_output(out_text, settings.format)
    version = _version()
    summary = BatchSummary(skipped_non_pdf=found.skipped_non_pdf, unreadable=list(found.unreadable),
                           manifest=str(manifest.path) if manifest.path else None)
    plan = _plan(found, out_text, settings)
    previous = {} if settings.force else manifest.previous()
    executor = _executor(settings, len(plan))
    manifest.open()
    sink = _JsonlSink(out_text, truncate=settings.force) if settings.format == "jsonl" else None
    try:
        _run(plan, previous, settings, version, executor, manifest, sink, summary, events)
    finally:
        executor.close()
        manifest.close()
        if sink:
            sink.close()
    return summary


def _output_text(out: Optional[str | os.PathLike]) -> Optional[str]:
    if out is None or os.fspath(out) == "-":
        return None
    return os.fspath(out)


def _executor(settings: BatchSettings, inputs: int) -> Executor:
    if settings.executor == "dask":
        from .cluster import DaskExecutor

        return DaskExecutor(settings.scheduler, settings.jobs, settings.max_memory, settings.worker_count(inputs))
    return LocalPool(settings.worker_count(inputs), settings.max_memory, settings.tasks_per_worker)


class _Run:
    """One batch's bookkeeping: what is finished, in the manifest, on the sink, told to events."""

    def __init__(self, plan: list[_Planned], version: str, manifest: Manifest, sink: Optional[_JsonlSink],
                 events: Optional[BatchEvents]) -> None:
        self.plan, self.version, self.manifest, self.sink, self.events = plan, version, manifest, sink, events
        self.finished: dict[int, Entry] = {}

    def record(self, index: int, entry: Entry, tell: bool = True) -> None:
        self.finished[index] = entry
        self.manifest.append(entry)
        if tell and self.events:
            self.events.finished(entry)

    def on_result(self, result: TaskResult) -> None:
        if self.sink is not None and result.status == OK and result.text is not None:
            self.sink.write(result.text)
        self.record(result.index, _entry(self.plan[result.index], result, self.version))

    def tasks(self, digests: list[Optional[Digest]], previous: dict[str, Entry],
              settings: BatchSettings) -> list[Task]:
        """The inputs to run; those already done, or unreadable, are finished here."""
        tasks = []
        for index, (planned, digest) in enumerate(zip(self.plan, digests, strict=True)):
            if digest is None:  # stopped before it was read
                continue
            planned.size, planned.sha256, problem = digest
            if problem is not None or planned.sha256 is None:
                result = TaskResult(index, ERROR, 3, problem or "cannot read")
                self.record(index, _entry(planned, result, self.version), tell=False)
                continue
            earlier = previous.get(planned.path)
            if is_done(earlier, planned.sha256, self.version, settings.retry_failed, storage.exists):
                assert earlier is not None
                note = f"unchanged since an earlier run ({earlier.status})"
                entry = Entry(**{**earlier.__dict__, "status": SKIPPED, "message": note, "seconds": 0.0})
                self.record(index, entry, tell=False)
                continue
            target = planned.output if settings.format == "json" else None
            tasks.append(Task(index, planned.path, target, settings.timeout, settings.strict, settings.plugins,
                              settings.ocr))
        return tasks


def _run(plan: list[_Planned], previous: dict[str, Entry], settings: BatchSettings, version: str,
         executor: Executor, manifest: Manifest, sink: Optional[_JsonlSink], summary: BatchSummary,
         events: Optional[BatchEvents]) -> None:
    run = _Run(plan, version, manifest, sink, events)
    stop = StopRequest()
    try:
        with _interruptible(stop, summary, events):
            executor.start()
            digests = executor.digests([p.path for p in plan], stop)
            tasks = run.tasks(digests, previous, settings)
            if events:
                skipped = sum(e.status == SKIPPED for e in run.finished.values())
                events.started(len(plan), len(tasks), skipped)
                for index in sorted(run.finished):
                    events.finished(run.finished[index])
            if tasks and not stop.requested:
                executor.run(tasks, run.on_result, stop)  # what it leaves undone is what is not finished
    except KeyboardInterrupt:  # a second Ctrl-C: everything still running is abandoned
        executor.close()
        if summary.interrupted_by is None:
            summary.interrupted_by = signal.SIGINT
    # Inputs stopped before they finished (not read yet, not started, or cancelled).
    summary.entries = [run.finished[i] for i in sorted(run.finished)]
    summary.not_done = [p.path for i, p in enumerate(plan) if i not in run.finished]


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

"""What a batch worker process does with one input: extract it within its limits, write the result.

Runs inside a worker process (see `pool.py`); everything here must be picklable and must
never raise: every outcome, failures included, comes back as a `TaskResult`.
"""

from __future__ import annotations

import signal
import threading
import time
from contextlib import contextmanager
from dataclasses import dataclass, field
from typing import Iterator, Optional

from ..errors import MemoryLimitError, PackTimeoutError, PanelparseError

# Manifest statuses, in the order the summary lists them.
OK, SKIPPED, ERROR, TIMEOUT, MEMORY, CRASHED = "ok", "skipped", "error", "timeout", "memory", "crashed"
STATUSES = (OK, SKIPPED, ERROR, TIMEOUT, MEMORY, CRASHED)

# Per-file exit codes for outcomes that are not a PanelparseError raised by the pipeline.
EXIT_TIMEOUT = PackTimeoutError.exit_code
EXIT_MEMORY = MemoryLimitError.exit_code
EXIT_CRASHED = 14
EXIT_UNREADABLE = 3
EXIT_UNWRITABLE = 73
EXIT_INTERNAL = 70


@dataclass(frozen=True)
class Task:
    """One input to convert. `target` is the JSON file to write, or None to return the text."""

    index: int
    path: str
    target: Optional[str]
    timeout: Optional[float] = None
    strict: bool = False
    plugins: Optional[str] = None
    ocr: str = "scans"  # an OcrMode value: a scanned file is read by OCR, as extract does by default


@dataclass
class TaskResult:
    """What happened to one input: the manifest line, less what the parent knows (size, sha256)."""

    index: int
    status: str
    exit_code: int
    message: Optional[str] = None
    output: Optional[str] = None
    pages: int = 0
    documents: int = 0
    warnings: int = 0
    seconds: float = 0.0
    text: Optional[str] = field(default=None, repr=False)  # the JSON, when the parent writes it


class _Expired(BaseException):
    """Raised by the alarm; a BaseException so the pipeline's per-page and per-document
    'keep going' handlers (which catch Exception) do not swallow it."""


@contextmanager
def time_limit(seconds: Optional[float]) -> Iterator[None]:
    """Raise PackTimeoutError when the body runs longer than `seconds` (main thread, POSIX only)."""
    usable = seconds and hasattr(signal, "SIGALRM") and threading.current_thread() is threading.main_thread()
    if not usable or seconds is None:
        yield
        return

    def expire(signum, frame):  # noqa: ARG001 - signal handler signature
        raise _Expired()

    previous = signal.signal(signal.SIGALRM, expire)
    signal.setitimer(signal.ITIMER_REAL, seconds)
    try:
        yield
    except _Expired:
        raise PackTimeoutError(f"gave up after {seconds:g} s (--timeout)") from None
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous)


def extract_options(task: Task):
    """The options one batch input is read with.

    A batch runs its parallelism across files (--jobs, or the Dask cluster's threads). When
    ExtractOptions has page-level `workers` (issue 14), every batch input gets one, so
    `--jobs N` never turns into N x N processes on the same cores.
    """
    from ..options import ExtractOptions

    fields: dict = {"strict": task.strict, "plugins": task.plugins, "ocr": task.ocr}
    if "workers" in ExtractOptions.model_fields:
        fields["workers"] = 1
    return ExtractOptions(**fields)


def _extract(task: Task):
    from ..pipeline import extract, extract_bytes
    from .storage import is_url, read_bytes

    options = extract_options(task)
    if is_url(task.path):
        try:
            data = read_bytes(task.path)
        except OSError as exc:
            raise _Unreadable(exc.strerror or str(exc)) from None
        return extract_bytes(data, task.path, options)
    return extract(task.path, options)


class _Unreadable(Exception):
    """A URL input could not be fetched (local files report FileMissingError themselves)."""


def run_task(task: Task) -> TaskResult:
    """Extract one input and write (or return) its JSON; never raises."""
    from ..render.json import render_json
    from .storage import write_text

    started = time.perf_counter()

    def done(status: str, code: int, message: Optional[str] = None, **extra) -> TaskResult:
        return TaskResult(task.index, status, code, message, seconds=round(time.perf_counter() - started, 3), **extra)

    try:
        with time_limit(task.timeout):
            pack = _extract(task)
            text = render_json(pack, compact=task.target is None)
        counts = dict(pages=pack.source.page_count, documents=len(pack.documents),
                      warnings=len(pack.warnings) + sum(len(d.warnings) for d in pack.documents))
        if task.target is None:
            return done(OK, 0, text=text, **counts)
        write_text(task.target, text)
        return done(OK, 0, output=task.target, **counts)
    except PackTimeoutError as exc:
        return done(TIMEOUT, EXIT_TIMEOUT, str(exc))
    except (MemoryError, MemoryLimitError):
        return done(MEMORY, EXIT_MEMORY, "ran out of memory (--max-memory); a decompression bomb?")
    except PanelparseError as exc:
        return done(ERROR, exc.exit_code, _one_line(str(exc).replace(task.path + ": ", "")))
    except _Unreadable as exc:
        return done(ERROR, EXIT_UNREADABLE, _one_line(f"cannot read: {exc}"))
    except OSError as exc:
        return done(ERROR, EXIT_UNWRITABLE, _one_line(f"cannot write output: {exc}"))
    except Exception as exc:  # a defect on one file is reported, never fatal to the batch
        return done(ERROR, EXIT_INTERNAL, _one_line(f"internal error: {type(exc).__name__}: {exc}"))


def _one_line(text: str) -> str:
    return " ".join(text.split())


def limit_memory(max_bytes: Optional[int]) -> None:
    """Cap this process's address space so a decompression bomb raises MemoryError here."""
    if not max_bytes:
        return
    try:
        import resource

        soft, hard = resource.getrlimit(resource.RLIMIT_AS)
        cap = max_bytes if hard == resource.RLIM_INFINITY else min(max_bytes, hard)
        resource.setrlimit(resource.RLIMIT_AS, (cap, hard))
    except (ImportError, ValueError, OSError):  # not POSIX, or not allowed: run without the cap
        pass


def die_with_parent() -> None:
    """Ask Linux to end this worker when the process that started it ends (SIGKILL of a batch)."""
    try:
        import ctypes

        libc = ctypes.CDLL(None, use_errno=True)
        PR_SET_PDEATHSIG = 1
        libc.prctl(PR_SET_PDEATHSIG, signal.SIGKILL)
    except (OSError, AttributeError):  # not Linux: the worker notices when its pipe closes
        pass


def worker_main(conn, max_memory: Optional[int]) -> None:
    """A worker's life: take tasks from `conn` until told to stop or the parent is gone."""
    # Ctrl-C and SIGTERM (also sent to the whole process group by timeout(1), systemd and cluster
    # schedulers) are the parent's to handle: it lets running inputs finish or cancels them.
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    signal.signal(signal.SIGTERM, signal.SIG_IGN)
    die_with_parent()
    limit_memory(max_memory)
    while True:
        try:
            task = conn.recv()
        except (EOFError, OSError):  # the parent is gone
            return
        if task is None:
            return
        result = run_task(task)
        try:
            conn.send(result)
        except (BrokenPipeError, OSError):
            return


def death_message(exitcode: Optional[int]) -> str:
    """Why a worker process ended, from its exit code (negative: the signal that killed it)."""
    if exitcode is not None and exitcode < 0:
        try:
            name = signal.Signals(-exitcode).name
        except ValueError:
            name = f"signal {-exitcode}"
        hint = " (out of memory?)" if name == "SIGKILL" else ""
        return f"worker died of {name}{hint}"
    return f"worker exited with code {exitcode}"

"""Convert many packs unattended: each in its own process, one bad file never stops the rest."""

from __future__ import annotations

import os
import signal
import threading
import time
from concurrent.futures import ProcessPoolExecutor, as_completed
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Callable, Iterable, Optional

from .atomic import atomic_write_text
from .errors import PackTimeoutError, PanelparseError
from .options import ExtractOptions


@dataclass(frozen=True)
class BatchResult:
    """What happened to one input file."""

    path: str
    ok: bool
    output: Optional[str]
    error: Optional[str]
    exit_code: int
    seconds: float
    documents: int = 0
    warnings: int = 0


def output_path(pack: Path, out_dir: Path) -> Path:
    return out_dir / (pack.stem + ".json")


class _Expired(BaseException):
    """Raised by the alarm; a BaseException so the pipeline's per-page and per-document
    'keep going' handlers (which catch Exception) do not swallow it."""


@contextmanager
def _time_limit(seconds: Optional[float], pack: str):
    # SIGALRM interrupts a pathological file inside its own worker; where signals are not
    # available (not the main thread, Windows) the limit is simply not enforced.
    usable = seconds and hasattr(signal, "SIGALRM") and threading.current_thread() is threading.main_thread()
    if not usable:
        yield
        return

    def expire(signum, frame):
        raise _Expired()

    previous = signal.signal(signal.SIGALRM, expire)
    signal.setitimer(signal.ITIMER_REAL, seconds)
    try:
        yield
    except _Expired:
        raise PackTimeoutError(f"{pack}: gave up after {seconds:g} s (--timeout)") from None
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous)


def convert_one(pack: str, out_dir: str, options: ExtractOptions, overwrite: bool = True,
                timeout: Optional[float] = None) -> BatchResult:
    """Extract one pack and write its JSON atomically; errors become a failed result."""
    from .pipeline import extract
    from .render.json import render_json

    started = time.perf_counter()
    target = output_path(Path(pack), Path(out_dir))
    if not overwrite and target.exists():
        return BatchResult(pack, True, str(target), "skipped: output exists", 0, 0.0)
    try:
        with _time_limit(timeout, pack):
            result = extract(pack, options)
        atomic_write_text(target, render_json(result))
        warnings = len(result.warnings) + sum(len(d.warnings) for d in result.documents)
        return BatchResult(
            pack, True, str(target), None, 0, time.perf_counter() - started, len(result.documents), warnings
        )
    except PanelparseError as exc:
        return BatchResult(pack, False, None, str(exc), exc.exit_code, time.perf_counter() - started)
    except Exception as exc:  # a defect on one file is reported, never fatal to the batch
        return BatchResult(
            pack, False, None, f"internal error: {type(exc).__name__}: {exc}", 70, time.perf_counter() - started
        )


def convert_many(
    packs: Iterable[str],
    out_dir: str,
    *,
    jobs: int = 0,
    options: Optional[ExtractOptions] = None,
    overwrite: bool = True,
    timeout: Optional[float] = None,
    on_result: Optional[Callable[[BatchResult], None]] = None,
) -> list[BatchResult]:
    """Convert packs into out_dir/<stem>.json using `jobs` processes (0 = one per CPU).

    Results come back in input order; `on_result` is called as each one finishes. A file
    taking longer than `timeout` seconds is given up with exit code 11.
    """
    options = options or ExtractOptions()
    packs = list(packs)
    jobs = jobs or os.cpu_count() or 1
    results: dict[str, BatchResult] = {}
    if jobs == 1 or len(packs) <= 1:
        for pack in packs:
            results[pack] = convert_one(pack, out_dir, options, overwrite, timeout)
            if on_result:
                on_result(results[pack])
    else:
        # max_tasks_per_child bounds memory creep over thousands of packs.
        with ProcessPoolExecutor(max_workers=jobs, max_tasks_per_child=50) as pool:
            futures = {pool.submit(convert_one, p, out_dir, options, overwrite, timeout): p for p in packs}
            for future in as_completed(futures):
                result = future.result()
                results[futures[future]] = result
                if on_result:
                    on_result(result)
    return [results[p] for p in packs]

"""Resource budgets for one pack: pages, time and memory, each with its own error and exit code.

The defaults are far above what a normal pack needs (a 500-page pack reads in about a minute
in about 100 MB), so only hostile or broken files meet them: a decompression bomb stops at
the memory budget (exit 12), a page that draws a glyph a million times at the time budget
(exit 11), a 100,000-page file at the page budget (exit 13). None is ever reported as damage.
"""

from __future__ import annotations

import signal
import threading
import time
from contextlib import contextmanager
from typing import Iterator, Optional

from .errors import MemoryLimitError, PackTimeoutError

# What the CLI uses unless told otherwise (the library applies time and memory budgets only
# when asked: a process-wide alarm or address-space cap is the caller's to choose).
DEFAULT_MAX_PAGES = 5000
DEFAULT_TIMEOUT = 900.0
DEFAULT_MAX_MEMORY = 2 * 1024**3

_SIZE_UNITS = {"": 1, "K": 1024, "M": 1024**2, "G": 1024**3, "T": 1024**4}


class _Expired(BaseException):
    """Raised by the alarm; a BaseException so the pipeline's per-page and per-document
    'keep going' handlers (which catch Exception) do not swallow it."""


def parse_size(text: str) -> Optional[int]:
    """'2G', '512M', '1.5g', '1048576' -> bytes; '0' or 'none' -> None (no cap).

    Raises ValueError for anything else.
    """
    cleaned = text.strip().upper().removesuffix("B").removesuffix("I")
    if cleaned in ("0", "NONE", ""):
        return None
    unit = cleaned[-1] if cleaned[-1:] in _SIZE_UNITS else ""
    number = cleaned[: len(cleaned) - len(unit)]
    try:
        value = float(number)
    except ValueError:
        raise ValueError(f"cannot read {text!r} as a size (e.g. 2G, 512M, 0 for none)") from None
    if not value > 0 or len(number) > 20:
        raise ValueError(f"{text!r} is not a positive size")
    return int(value * _SIZE_UNITS[unit])


# After the deadline, the alarm fires again every this many seconds until the body has stopped.
ALARM_REPEAT = 0.2


class Deadline:
    """A point in time after which reading stops; checked between pages where no alarm can be set."""

    def __init__(self, seconds: Optional[float]) -> None:
        self.seconds = seconds
        self._end = time.monotonic() + seconds if seconds else None

    def check(self) -> None:
        """Raise PackTimeoutError when the deadline has passed."""
        if self._end is not None and time.monotonic() > self._end:
            raise PackTimeoutError(f"gave up after {self.seconds:g} s (--timeout)")


@contextmanager
def time_limit(seconds: Optional[float]) -> Iterator[Deadline]:
    """Raise PackTimeoutError when the body runs longer than `seconds`.

    In the main thread on POSIX an alarm interrupts even one slow page; elsewhere the body
    must call the yielded Deadline's check() between steps.
    """
    deadline = Deadline(seconds)
    usable = bool(seconds) and hasattr(signal, "SIGALRM") and threading.current_thread() is threading.main_thread()
    if not usable:
        yield deadline
        return
    assert seconds is not None

    def expire(signum, frame):  # noqa: ARG001 - signal handler signature
        raise _Expired()

    previous = signal.signal(signal.SIGALRM, expire)
    # The alarm repeats until the body ends: Python drops an exception raised where it cannot
    # propagate (a garbage-collector callback, a finaliser), and a deadline lost there would
    # never fire again (seen in CI: the alarm landed in hypothesis's gc callback).
    signal.setitimer(signal.ITIMER_REAL, seconds, ALARM_REPEAT)
    try:
        yield deadline
    except _Expired:
        signal.setitimer(signal.ITIMER_REAL, 0)
        raise PackTimeoutError(f"gave up after {seconds:g} s (--timeout)") from None
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous)


@contextmanager
def memory_limit(max_bytes: Optional[int]) -> Iterator[None]:
    """Cap this process's address space for the body, so a bomb raises MemoryLimitError.

    The cap is lifted again afterwards. Where it cannot be set (not POSIX, or a lower hard
    limit is already in force) the body runs under whatever limit there is.
    """
    restore = _set_address_space(max_bytes) if max_bytes else None
    try:
        yield
    except MemoryError:
        raise MemoryLimitError(f"needed more than {_size(max_bytes)} of memory (--max-memory); "
                               "a decompression bomb?") from None
    finally:
        if restore is not None:
            restore()


def _set_address_space(max_bytes: int):
    try:
        import resource
    except ImportError:
        return None
    try:
        soft, hard = resource.getrlimit(resource.RLIMIT_AS)
        cap = max_bytes if hard == resource.RLIM_INFINITY else min(max_bytes, hard)
        resource.setrlimit(resource.RLIMIT_AS, (cap, hard))
    except (ValueError, OSError):  # not allowed: run without the cap
        return None
    return lambda: resource.setrlimit(resource.RLIMIT_AS, (soft, hard))


def _size(max_bytes: Optional[int]) -> str:
    if not max_bytes:
        return "the memory available"
    for unit, factor in (("G", 1024**3), ("M", 1024**2), ("K", 1024)):
        if max_bytes >= factor:
            return f"{max_bytes / factor:g}{unit}"
    return f"{max_bytes} bytes"


@contextmanager
def default_budgets() -> Iterator[None]:
    """The CLI's default time and memory budgets, for commands that take no options for them."""
    with memory_limit(DEFAULT_MAX_MEMORY), time_limit(DEFAULT_TIMEOUT):
        yield

"""Inputs in child processes, for executors whose workers cannot fork children of their own.

A Dask worker is a daemonic process and runs tasks in threads: no SIGALRM there, no
multiprocessing children, and a memory limit would cap the whole worker. So each worker
thread keeps one child process,

    python -m panelparse.batch.isolated MAX_MEMORY

which caps its own address space, then reads one JSON Task per line on stdin, runs it with
`worker.run_task` (so --timeout is the same alarm as in a local worker) and answers one JSON
TaskResult per line on stdout. The child stays warm between inputs, as a local worker does
(no interpreter start per input), and is replaced after `TASKS_PER_CHILD` inputs, after a
`memory` result, and whenever it had to be killed. It exits by itself when its parent is
gone or after `IDLE_SECONDS` without work.

`run_isolated` is the parent side: it enforces the hard timeout, turns a death by signal
into `crashed`, and kills the child when `cancelled()` says the result is no longer wanted.
"""

from __future__ import annotations

import json
import os
import select
import signal
import subprocess
import sys
import tempfile
import threading
import time
from dataclasses import asdict
from typing import IO, Callable, Optional

from .worker import (
    CRASHED,
    EXIT_CRASHED,
    EXIT_TIMEOUT,
    MEMORY,
    TIMEOUT,
    Task,
    TaskResult,
    death_message,
    die_with_parent,
    limit_memory,
    run_task,
)

# Same rules as the local pool: a child that overruns --timeout by this much is killed, and
# a child is replaced after this many inputs to keep memory flat.
HARD_TIMEOUT_GRACE = 10.0
TASKS_PER_CHILD = 50
IDLE_SECONDS = 60.0
POLL_SECONDS = 0.25

_local = threading.local()


class _Child:
    """One warm child process and the pipes to it."""

    def __init__(self, max_memory: Optional[int]) -> None:
        self.max_memory = max_memory
        self.served = 0
        self.stderr: IO[bytes] = tempfile.TemporaryFile()
        self.proc = subprocess.Popen(
            [sys.executable, "-m", "panelparse.batch.isolated", str(max_memory or 0)],
            stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=self.stderr,
        )

    def alive(self) -> bool:
        return self.proc.poll() is None

    def run(self, task: Task, cancelled: Callable[[], bool]) -> tuple[TaskResult, bool]:
        """(result, whether the child is still usable)."""
        started = time.monotonic()
        assert self.proc.stdin is not None and self.proc.stdout is not None
        try:
            self.proc.stdin.write(json.dumps(asdict(task)).encode() + b"\n")
            self.proc.stdin.flush()
        except OSError:  # it died while idle
            return self._crashed(task, started), False
        while True:
            ready, _, _ = select.select([self.proc.stdout], [], [], POLL_SECONDS)
            if ready:
                line = self.proc.stdout.readline()
                if not line:
                    return self._crashed(task, started), False
                self.served += 1
                return TaskResult(**json.loads(line)), True
            elapsed = time.monotonic() - started
            if cancelled():
                self.close()
                return TaskResult(task.index, CRASHED, EXIT_CRASHED, "cancelled", seconds=round(elapsed, 3)), False
            if task.timeout and elapsed > task.timeout + HARD_TIMEOUT_GRACE:
                self.close()
                message = f"gave up after {task.timeout:g} s (--timeout); worker killed"
                return TaskResult(task.index, TIMEOUT, EXIT_TIMEOUT, message, seconds=round(elapsed, 3)), False

    def _crashed(self, task: Task, started: float) -> TaskResult:
        code = self.proc.wait()
        message = death_message(code)
        if code > 0:
            self.stderr.seek(0)
            last = self.stderr.read().decode("utf-8", "replace").strip().splitlines()[-1:]
            if last:
                message += f": {last[0][:200]}"
        self.close()
        return TaskResult(task.index, CRASHED, EXIT_CRASHED, message, seconds=round(time.monotonic() - started, 3))

    def close(self) -> None:
        if self.alive():
            self.proc.kill()
        try:
            self.proc.wait(timeout=5)
        except subprocess.TimeoutExpired:  # pragma: no cover - an unkillable child (D state)
            pass
        for stream in (self.proc.stdin, self.proc.stdout, self.stderr):
            if stream is not None:
                stream.close()


def run_isolated(task: Task, max_memory: Optional[int],
                 cancelled: Callable[[], bool] = lambda: False) -> TaskResult:
    """Run `task` in this thread's warm child process; never raises for the input's sake."""
    child: Optional[_Child] = getattr(_local, "child", None)
    if child is None or not child.alive() or child.max_memory != max_memory:
        if child is not None:
            child.close()
        child = _local.child = _Child(max_memory)
    result, usable = child.run(task, cancelled)
    # After a memory failure the heap may be fragmented past use: start afresh, as the pool does.
    if not usable or result.status == MEMORY or child.served >= TASKS_PER_CHILD:
        child.close()
        _local.child = None
    return result


def serve(max_memory: Optional[int]) -> None:
    """The child: tasks in on stdin, results out on stdout, one JSON object per line."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)  # the batch decides when to stop
    die_with_parent()
    limit_memory(max_memory)
    results = os.fdopen(os.dup(1), "w", encoding="utf-8")
    os.dup2(2, 1)  # whatever a library prints goes to stderr, never into a result
    sys.stdout = sys.stderr
    while True:
        ready, _, _ = select.select([sys.stdin], [], [], IDLE_SECONDS)
        if not ready:
            return  # idle: the batch is over or has moved on
        line = sys.stdin.readline()
        if not line:
            return  # the parent is gone
        result = run_task(Task(**json.loads(line)))
        results.write(json.dumps(asdict(result)) + "\n")
        results.flush()


if __name__ == "__main__":
    serve(int(sys.argv[1]) or None if len(sys.argv) > 1 else None)

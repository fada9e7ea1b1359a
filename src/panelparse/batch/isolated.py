"""One input in a process of its own, for executors whose workers cannot fork children of their own.

A Dask worker is a daemonic process and runs tasks in threads: no SIGALRM there, no
multiprocessing children, and a memory limit would cap the whole worker. So each input runs as

    python -m panelparse.batch.isolated  <  {"task": {...}, "max_memory": N}

which caps its own address space, runs `worker.run_task` (so --timeout is the same alarm as in
a local worker) and prints one JSON TaskResult on stdout. `run_isolated` is the parent side:
it enforces the hard timeout, turns a death by signal into `crashed`, and kills the child
when `cancelled()` says the result is no longer wanted.
"""

from __future__ import annotations

import json
import signal
import subprocess
import sys
import time
from dataclasses import asdict
from typing import Callable, Optional

from .worker import (
    CRASHED,
    EXIT_CRASHED,
    EXIT_TIMEOUT,
    TIMEOUT,
    Task,
    TaskResult,
    death_message,
    die_with_parent,
    limit_memory,
    run_task,
)

# Same rule as the local pool: a child that overruns --timeout by this much is killed.
HARD_TIMEOUT_GRACE = 10.0
POLL_SECONDS = 0.25


def run_isolated(task: Task, max_memory: Optional[int],
                 cancelled: Callable[[], bool] = lambda: False) -> TaskResult:
    """Run `task` in a fresh `python -m panelparse.batch.isolated`; never raises for the input's sake."""
    payload = json.dumps({"task": asdict(task), "max_memory": max_memory})
    started = time.monotonic()
    proc = subprocess.Popen([sys.executable, "-m", "panelparse.batch.isolated"], stdin=subprocess.PIPE,
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    sent: Optional[str] = payload
    while True:
        try:
            out, err = proc.communicate(sent, timeout=POLL_SECONDS)
            break
        except subprocess.TimeoutExpired:
            sent = None
        elapsed = time.monotonic() - started
        if cancelled():
            _kill(proc)
            return TaskResult(task.index, CRASHED, EXIT_CRASHED, "cancelled", seconds=round(elapsed, 3))
        if task.timeout and elapsed > task.timeout + HARD_TIMEOUT_GRACE:
            _kill(proc)
            message = f"gave up after {task.timeout:g} s (--timeout); worker killed"
            return TaskResult(task.index, TIMEOUT, EXIT_TIMEOUT, message, seconds=round(elapsed, 3))
    elapsed = round(time.monotonic() - started, 3)
    if proc.returncode == 0:
        try:
            return TaskResult(**json.loads(out))
        except (ValueError, TypeError):
            pass
    message = death_message(proc.returncode)
    last = (err or "").strip().splitlines()[-1:] if proc.returncode and proc.returncode > 0 else []
    if last:
        message += f": {last[0][:200]}"
    return TaskResult(task.index, CRASHED, EXIT_CRASHED, message, seconds=elapsed)


def _kill(proc: subprocess.Popen) -> None:
    proc.kill()
    try:
        proc.communicate(timeout=5)
    except subprocess.TimeoutExpired:  # pragma: no cover - an unkillable child (D state)
        pass


def main() -> None:
    signal.signal(signal.SIGINT, signal.SIG_IGN)  # the batch decides when to stop
    die_with_parent()
    request = json.loads(sys.stdin.read())
    limit_memory(request.get("max_memory"))
    task = Task(**request["task"])
    stdout = sys.stdout
    sys.stdout = sys.stderr  # whatever a library prints must not corrupt the result
    result = run_task(task)
    stdout.write(json.dumps(asdict(result)))
    stdout.flush()


if __name__ == "__main__":
    main()

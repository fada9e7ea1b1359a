"""A small process pool for batch runs that survives its workers.

Why not `concurrent.futures.ProcessPoolExecutor`: with `max_tasks_per_child` it can stop
starting replacement workers and hang forever (CPython gh-115634), and one worker killed by
the OOM killer breaks the whole pool (`BrokenProcessPool`). Here each worker has its own pipe
and the parent watches both the pipe and the process: a worker that dies costs only the input
it held (recorded as `crashed`), and is replaced; workers are retired after a number of tasks
to bound memory creep; the parent can stop handing out work at any moment.
"""

from __future__ import annotations

import multiprocessing
import signal
import sys
import time
from collections import deque
from dataclasses import dataclass, field
from multiprocessing.connection import Connection, wait
from typing import Callable, Iterable, Optional

from .storage import Digest, digest_or_error
from .worker import (
    CRASHED,
    EXIT_CRASHED,
    EXIT_TIMEOUT,
    MEMORY,
    TIMEOUT,
    Task,
    TaskResult,
    death_message,
    worker_main,
)

# A worker that overruns its --timeout by this much is killed by the parent: the alarm inside
# the worker could not fire (e.g. stuck in native code).
HARD_TIMEOUT_GRACE = 10.0
POLL_SECONDS = 0.2


def _context():
    # forkserver: workers fork from a clean, single-threaded server that has imported
    # panelparse once, so start-up is cheap and no lock held by a parent thread is inherited.
    if sys.platform.startswith("linux"):
        ctx = multiprocessing.get_context("forkserver")
        ctx.set_forkserver_preload(["panelparse.batch.worker", "panelparse.pipeline", "panelparse.render.json"])
        return ctx
    return multiprocessing.get_context("spawn")


def _start_forkserver() -> None:
    """Start the forkserver with SIGTERM blocked, so that it and the workers it forks outlive a
    SIGTERM sent to the whole process group (timeout(1), systemd, cluster schedulers): the
    parent decides when they stop, as it does for Ctrl-C (which CPython's forkserver ignores).
    Without this the forkserver dies, and its workers with it (PR_SET_PDEATHSIG)."""
    from multiprocessing import forkserver, resource_tracker

    # The forkserver starts the resource tracker first, which unblocks SIGTERM when it is up:
    # start it before blocking.
    resource_tracker.ensure_running()
    blocked = signal.pthread_sigmask(signal.SIG_BLOCK, {signal.SIGTERM})
    try:
        forkserver.ensure_running()
    finally:
        signal.pthread_sigmask(signal.SIG_SETMASK, blocked)


@dataclass
class StopRequest:
    """Set by the signal handlers: stop handing out work; after `deadline`, cancel running inputs."""

    requested: bool = False
    deadline: float = float("inf")

    def request(self, grace: float) -> None:
        if not self.requested:
            self.requested, self.deadline = True, time.monotonic() + grace


@dataclass
class _Worker:
    process: multiprocessing.process.BaseProcess
    conn: Connection
    task: Optional[Task] = None
    started: float = 0.0
    served: int = 0

    def alive(self) -> bool:
        return self.process.is_alive()


@dataclass
class LocalPool:
    """Run tasks in `jobs` worker processes; `run` returns the tasks left undone (if stopped)."""

    jobs: int
    max_memory: Optional[int] = None
    tasks_per_worker: int = 50
    workers: list[_Worker] = field(default_factory=list)

    def start(self) -> None:
        """Workers start on demand, in `run`."""

    def digests(self, paths: list[str], stop: StopRequest) -> list[Optional[Digest]]:
        """(size, sha256, error) per input, read here in the parent; None where stopped first."""
        return [None if stop.requested else digest_or_error(path) for path in paths]

    def run(self, tasks: Iterable[Task], on_result: Callable[[TaskResult], None],
            stop: Optional[StopRequest] = None) -> list[Task]:
        stop = stop or StopRequest()
        pending = deque(tasks)
        cancelled: list[Task] = []
        ctx = _context()
        if ctx.get_start_method() == "forkserver":
            _start_forkserver()
        try:
            while pending or self._busy():
                if not stop.requested:
                    self._dispatch(pending, ctx)
                self._collect(on_result, stop, cancelled)
                if stop.requested and time.monotonic() >= stop.deadline:
                    break
            return list(pending) + cancelled + [w.task for w in self._busy() if w.task is not None]
        finally:
            self.close()

    def _busy(self) -> list[_Worker]:
        return [w for w in self.workers if w.task is not None]

    def _dispatch(self, pending: deque, ctx) -> None:
        while pending and len(self._busy()) < self.jobs:
            worker = next((w for w in self.workers if w.task is None), None) or self._start(ctx)
            task = pending.popleft()
            try:
                worker.conn.send(task)
            except (BrokenPipeError, OSError):  # died while idle: replace it and retry
                self._retire(worker)
                pending.appendleft(task)
                continue
            worker.task, worker.started = task, time.monotonic()

    def _start(self, ctx) -> _Worker:
        parent_conn, child_conn = ctx.Pipe()
        process = ctx.Process(target=worker_main, args=(child_conn, self.max_memory), daemon=True)
        process.start()
        child_conn.close()
        worker = _Worker(process, parent_conn)
        self.workers.append(worker)
        return worker

    def _collect(self, on_result: Callable[[TaskResult], None], stop: StopRequest, cancelled: list[Task]) -> None:
        busy = self._busy()
        if not busy:
            return
        wait([w.conn for w in busy] + [w.process.sentinel for w in busy], timeout=POLL_SECONDS)
        for worker in busy:
            result, lost = self._result_of(worker, stop)
            if result is None:
                if lost and worker.task is not None:  # ended with the batch: its input is not done
                    cancelled.append(worker.task)
                    worker.task = None
                    self._retire(worker)
                continue
            worker.task = None
            worker.served += 1
            on_result(result)
            # After a memory failure the heap may be fragmented past use: start afresh.
            spent = worker.served >= self.tasks_per_worker or result.status == MEMORY
            if lost or spent or not worker.alive():
                self._retire(worker, kill=lost)

    def _result_of(self, worker: _Worker, stop: StopRequest) -> tuple[Optional[TaskResult], bool]:
        """The worker's result if it has one; else a crash or hard timeout; (result, worker lost).
        A worker that died after the stop request (most likely by the same signal, sent to the
        whole process group) gives no result: its input is left not done, for a rerun to redo,
        not recorded as `crashed` (a known failure a rerun would skip)."""
        task = worker.task
        assert task is not None
        elapsed = round(time.monotonic() - worker.started, 3)
        try:
            if worker.conn.poll():
                return worker.conn.recv(), False
        except (EOFError, OSError):
            pass
        if not worker.alive():
            worker.process.join()
            if stop.requested:
                return None, True
            message = death_message(worker.process.exitcode)
            return TaskResult(task.index, CRASHED, EXIT_CRASHED, message, seconds=elapsed), True
        if task.timeout and elapsed > task.timeout + HARD_TIMEOUT_GRACE:
            message = f"gave up after {task.timeout:g} s (--timeout); worker killed"
            return TaskResult(task.index, TIMEOUT, EXIT_TIMEOUT, message, seconds=elapsed), True
        return None, False

    def _retire(self, worker: _Worker, kill: bool = False) -> None:
        if worker in self.workers:
            self.workers.remove(worker)
        try:
            if kill:
                worker.process.kill()
            elif worker.alive():
                worker.conn.send(None)
        except (BrokenPipeError, OSError):
            pass
        worker.process.join(timeout=5)
        if worker.alive():
            worker.process.kill()
            worker.process.join()
        worker.conn.close()

    def close(self) -> None:
        """End every worker: idle ones are told to stop, busy ones are killed."""
        for worker in list(self.workers):
            self._retire(worker, kill=worker.task is not None)

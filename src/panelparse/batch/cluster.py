"""Run a batch on a Dask cluster (`--executor dask [--scheduler tcp://HOST:PORT]`).

The client (this process) keeps everything that makes a batch a batch: the plan, the
manifest, resume, progress and interrupts. The cluster only reads bytes and runs inputs:

- `remote_digest` (size and sha256 of one input) runs on the workers, so the client never
  downloads an archive to decide what is already done;
- `remote_run` runs one input in `python -m panelparse.batch.isolated` on a worker, with the
  same --timeout, --max-memory, crash and cancel rules as the local pool (a Dask worker runs
  tasks in threads of a daemonic process, so it cannot do that itself).

At most as many inputs are submitted as the cluster has threads (or `--jobs`), so stopping
is prompt: on the first Ctrl-C nothing new is submitted; after the grace period the running
tasks are cancelled, and the worker side kills the child process of a cancelled task.
dask.distributed is imported only here and only when asked for (the `dask` extra).
"""

from __future__ import annotations

import logging
import time
import uuid
from collections import deque
from typing import Any, Callable, Optional

from .errors import BatchUsageError, ClusterError
from .pool import StopRequest
from .storage import Digest, digest_or_error
from .worker import CRASHED, ERROR, EXIT_CRASHED, EXIT_INTERNAL, Task, TaskResult

POLL_SECONDS = 0.05
CONNECT_TIMEOUT = "10s"
# How long to wait for a scheduler that has no workers yet (an adaptive cluster scaling up).
WORKERS_TIMEOUT = 60.0
THREADS_REFRESH_SECONDS = 5.0
# Cancelling tasks and closing a cluster takes about a second: start it that much before the
# interrupt grace ends, so an interrupted batch still exits within 5 s of the first Ctrl-C.
TEARDOWN_SECONDS = 1.0

def require_distributed() -> Any:
    """The dask.distributed module, or a one-line error saying how to install it."""
    try:
        import distributed
    except ImportError:
        raise BatchUsageError("--executor dask needs dask.distributed: pip install 'panelparse[dask]'") from None
    return distributed


# --- on the workers ------------------------------------------------------------------------

def remote_digest(path: str) -> Digest:
    return digest_or_error(path)


def remote_run(task: Task, max_memory: Optional[int]) -> TaskResult:
    """One input, isolated in a child process; the child is killed if the task is cancelled."""
    from .isolated import run_isolated

    return run_isolated(task, max_memory, _cancel_check())


def _cancel_check() -> Callable[[], bool]:
    try:
        from distributed import get_worker

        worker = get_worker()
        key = worker.get_current_task()
    except Exception:  # not on a Dask worker (a test calling remote_run directly)
        return lambda: False

    def cancelled() -> bool:
        state = worker.state.tasks.get(key)
        return state is None or state.state in ("cancelled", "released", "forgotten")

    return cancelled


def remote_version() -> str:
    from .._version import __version__

    return __version__


def _ignore_sigint_plugin() -> Any:
    """A worker plugin: Ctrl-C in the terminal reaches a LocalCluster's worker processes too
    (same process group); the client decides when to stop, so they ignore it."""
    from distributed.diagnostics.plugin import WorkerPlugin

    class IgnoreSigint(WorkerPlugin):
        name = "panelparse-ignore-sigint"

        def setup(self, worker) -> None:  # noqa: ARG002
            import signal

            try:
                signal.signal(signal.SIGINT, signal.SIG_IGN)
            except ValueError:  # not the main thread of the worker process
                pass

    return IgnoreSigint()


# --- on the client -------------------------------------------------------------------------

class DaskExecutor:
    """Runs a batch's inputs on a Dask cluster: an existing one, or a LocalCluster it starts."""

    def __init__(self, scheduler: Optional[str], jobs: int, max_memory: Optional[int], local_workers: int) -> None:
        self.scheduler = scheduler
        self.jobs = jobs
        self.max_memory = max_memory
        self.local_workers = local_workers
        self.client: Any = None
        self.cluster: Any = None
        self._token = uuid.uuid4().hex[:8]
        self._threads = 1
        self._threads_at = 0.0

    def start(self) -> None:
        distributed = require_distributed()
        try:
            if self.scheduler:
                self.client = distributed.Client(self.scheduler, timeout=CONNECT_TIMEOUT, set_as_default=False)
            else:
                self.cluster = distributed.LocalCluster(
                    n_workers=self.local_workers, threads_per_worker=1, processes=True,
                    dashboard_address=":0", silence_logs=logging.ERROR,
                )
                self.client = distributed.Client(self.cluster, set_as_default=False)
                self.client.register_plugin(_ignore_sigint_plugin())
        except (OSError, TimeoutError) as exc:
            self.close()
            where = f"the Dask scheduler at {self.scheduler}" if self.scheduler else "a local Dask cluster"
            raise ClusterError(f"cannot reach {where}: {exc}") from None
        self._check_workers()

    def _check_workers(self) -> None:
        try:
            self.client.wait_for_workers(1, timeout=WORKERS_TIMEOUT)
        except (TimeoutError, OSError):
            self.close()
            raise ClusterError(f"the Dask scheduler at {self.scheduler} has no workers "
                               f"(waited {WORKERS_TIMEOUT:g} s)") from None
        from .._version import __version__

        try:
            versions = self.client.run(remote_version)
        except Exception as exc:  # e.g. a worker that cannot import panelparse
            self.close()
            raise ClusterError(f"the Dask workers cannot run panelparse ({type(exc).__name__}: {exc}); "
                               "install the same panelparse on every worker") from None
        wrong = sorted(f"{addr} has {v}" for addr, v in versions.items() if v != __version__)
        if wrong:
            self.close()
            raise ClusterError(f"the Dask workers must run panelparse {__version__}: {'; '.join(wrong)}")

    def _window(self) -> int:
        """How many inputs to keep submitted: one per cluster thread, or --jobs."""
        if self.jobs:
            return self.jobs
        now = time.monotonic()
        if now - self._threads_at > THREADS_REFRESH_SECONDS:
            try:
                self._threads = max(1, sum(self.client.nthreads().values()))
            except (OSError, TimeoutError):
                pass
            self._threads_at = now
        return self._threads

    def digests(self, paths: list[str], stop: StopRequest) -> list[Optional[Digest]]:
        """(size, sha256, error) per path, read on the workers; None where stopped first."""
        keys = [f"panelparse-digest-{self._token}-{i}" for i in range(len(paths))]
        futures = self.client.map(remote_digest, paths, key=keys, pure=False)
        while not all(f.done() for f in futures):
            if stop.requested:
                self.client.cancel([f for f in futures if not f.done()])
                break
            time.sleep(POLL_SECONDS)
        return [self._digest_of(f) for f in futures]

    @staticmethod
    def _digest_of(future: Any) -> Optional[Digest]:
        if future.status == "finished":
            return future.result()
        if future.status == "error":
            exc = future.exception()
            return None, None, f"cannot read: {type(exc).__name__}: {exc}"
        return None

    def run(self, tasks: list[Task], on_result: Callable[[TaskResult], None],
            stop: Optional[StopRequest] = None) -> list[Task]:
        """Submit tasks, a window at a time; returns the tasks left undone when stopped."""
        stop = stop or StopRequest()
        pending = deque(tasks)
        running: dict[Any, Task] = {}
        while pending or running:
            while not stop.requested and pending and len(running) < self._window():
                task = pending.popleft()
                future = self.client.submit(remote_run, task, self.max_memory, pure=False,
                                            key=f"panelparse-{self._token}-{task.index}")
                running[future] = task
            for future in [f for f in running if f.done()]:
                on_result(self._result_of(future, running.pop(future)))
            if stop.requested and time.monotonic() >= stop.deadline - TEARDOWN_SECONDS:
                self.client.cancel(list(running))
                break
            time.sleep(POLL_SECONDS)
        return list(pending) + list(running.values())

    @staticmethod
    def _result_of(future: Any, task: Task) -> TaskResult:
        if future.status == "finished":
            return future.result()
        if future.status == "error":
            exc = future.exception()
            if type(exc).__name__ == "KilledWorker":
                return TaskResult(task.index, CRASHED, EXIT_CRASHED,
                                  "the Dask worker running it died (KilledWorker)")
            return TaskResult(task.index, ERROR, EXIT_INTERNAL,
                              f"internal error on the Dask worker: {type(exc).__name__}: {exc}")
        return TaskResult(task.index, CRASHED, EXIT_CRASHED, f"the Dask cluster lost the task ({future.status})")

    def close(self) -> None:
        if self.client is not None:
            try:
                self.client.close(timeout=2)
            except Exception:  # closing is best effort: the batch's outcome is already recorded
                pass
            self.client = None
        if self.cluster is not None:
            try:
                self.cluster.close(timeout=5)
            except Exception:
                pass
            self.cluster = None

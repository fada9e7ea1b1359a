"""Pages read in worker processes: both cores on one pack, results in page order.

Pages are independent, so a pack's pages can be read by several processes at once. Each worker
is forked from this process (so it has every module imported already), opens its own copy of
the PDF (a forked child must not share the parent's file offset) and reads the chunks of pages
it is sent; the parent hands out chunks as workers finish them, and yields pages in order.
A worker sends its pages flattened and compressed (`store.PageBlob`), which the caller may
keep as they are (`store.PageStore`) and unpack only when it needs a page.

Nothing about a page depends on which process read it, so the output is the same for any
number of workers. If a worker dies (killed, or a PDF that crashes the reader), the pages it
owed are read here instead: the result is the same, only slower.
"""

from __future__ import annotations

import logging
import os
import signal
from typing import TYPE_CHECKING, Any, Iterator, Optional, Sequence, Union

from .pdf import PackLayout, PageReader
from .store import PageBlob
from .types import PageLayout

if TYPE_CHECKING:  # multiprocessing is imported when workers start: a short file never needs it
    from multiprocessing.connection import Connection

log = logging.getLogger(__name__)

# Below this many pages a pack is read in this process: forking and opening the PDF again
# (about 0.1 s per worker) would cost more than the second core saves.
MIN_PARALLEL_PAGES = 8
# Each worker gets at least this many pages, so a 10-page file does not start 8 workers.
MIN_PAGES_PER_WORKER = 4
# Pages per task: small enough to share uneven pages fairly and to yield the first pages early.
CHUNK_PAGES = 2
# Tasks queued per worker, so a worker never waits for the parent between chunks.
QUEUED_PER_WORKER = 2
# A worker that has read this many pages is replaced by a fresh one: pdfminer keeps every
# object it parsed (content streams, fonts), which on a long pack of distinct pages grows
# a worker by about 50 kB a page. Opening the PDF again costs about 0.2 ms a page of the file.
# At 64 a worker on 416 distinct pages peaked at 1.28x its peak on 52 (65 MB against 51); at 32,
# 1.16x (62 against 54), within issue 14's 1.25x (benchmarks/bench.py --only memory).
RECYCLE_PAGES = 32


def available_cores() -> int:
    """CPUs this process may run on (its affinity mask, not the machine's count)."""
    try:
        return len(os.sched_getaffinity(0))
    except (AttributeError, OSError):  # not Linux
        return os.cpu_count() or 1


def runnable_now() -> Optional[int]:
    """Processes runnable at this instant, this one included (Linux's /proc/loadavg), or None."""
    try:
        with open("/proc/loadavg", encoding="ascii") as f:
            return int(f.read().split()[3].split("/")[0])
    except (OSError, ValueError, IndexError):
        return None


def idle_cores() -> int:
    """Available cores not already busy (at least 1): the cores less the work on them.

    The work is the 1-minute load average, or, where lower, the processes runnable at this
    instant other than this one. The average lags by a minute: a user running extracts one
    after another leaves it near 1 on an idle machine, which would keep every run on one core
    (bench.py's sample section at load 0.7 read the pack in one process). The instant count
    alone is noisy, so it may only lower the estimate of work, never raise it. On a machine
    other work keeps busy, a second page worker only adds the cost of shipping pages between
    processes (bench.py's sample section under load 4 on 2 cores: 2 workers took 1.45x the
    wall time of 1)."""
    cores = available_cores()
    try:
        load = os.getloadavg()[0]
    except (AttributeError, OSError):  # not Unix
        return cores
    running = runnable_now()
    if running is not None:
        load = min(load, max(0, running - 1))
    return max(1, min(cores, int(cores - load + 0.5)))


def plan_workers(requested: Optional[int], pages: int) -> int:
    """How many worker processes to read `pages` pages with; 0 means read them in this process.

    `requested` None means one per idle core (see idle_cores). Small reads, machines without
    fork (Windows) and daemonic processes (a multiprocessing pool's workers may not have
    children) use no workers. An explicit `requested` is taken as asked.
    """
    if not hasattr(os, "fork") or pages < MIN_PARALLEL_PAGES or (requested is not None and requested < 2):
        return 0
    import multiprocessing

    if multiprocessing.current_process().daemon:
        return 0
    wanted = idle_cores() if requested is None else requested
    workers = min(wanted, pages // MIN_PAGES_PER_WORKER)
    return workers if workers >= 2 else 0


def read(pack: PackLayout, numbers: Sequence[int], workers: Optional[int] = None
         ) -> Iterator[Union[PageLayout, PageBlob]]:
    """Pages `numbers` of `pack` in order: PageLayouts read here, or PageBlobs from worker processes.

    `workers`: None for one per available core, 1 (or 0) to read in this process. A PageStore
    takes either kind.
    """
    count = plan_workers(workers, len(numbers))
    if count == 0:
        for number in numbers:
            yield pack.page(number)
        return
    yield from _Pool(pack, count).read(numbers)


def read_pages(pack: PackLayout, numbers: Sequence[int], workers: Optional[int] = None) -> Iterator[PageLayout]:
    """Pages `numbers` of `pack` as PageLayouts, in order, read by up to `workers` processes."""
    for item in read(pack, numbers, workers):
        yield item.unpack() if isinstance(item, PageBlob) else item


def _worker(conn: Connection, source: tuple) -> None:
    """A worker's life: open the PDF, then read each chunk it is sent until told to stop."""
    # Ctrl-C reaches the whole process group; the parent decides, and stops the workers.
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    reader: Optional[PageReader] = None
    try:
        reader = PageReader(*source)
        while True:
            task = conn.recv()
            if task is None:
                return
            conn.send([PageBlob.pack(reader.page(n)) for n in task])
    except (EOFError, BrokenPipeError, KeyboardInterrupt):
        return  # the parent has gone or given up
    except BaseException as exc:  # noqa: B036 - reported to the parent, which decides
        try:
            conn.send(exc)
        except Exception:  # an exception that will not pickle: say what it was
            conn.send(RuntimeError(f"{type(exc).__name__}: {exc}"))
    finally:
        if reader is not None:
            reader.close()


class _Pool:
    """Worker processes reading chunks of one pack; the parent hands out chunks and reorders."""

    def __init__(self, pack: PackLayout, workers: int) -> None:
        self.pack = pack
        self.workers = workers
        self.chunks: list[list[int]] = []
        self.procs: list[Any] = []
        self.conns: list[Connection] = []
        self.owed: dict[int, list[int]] = {}  # worker -> the chunks it has been sent, in order
        self.given: dict[int, int] = {}  # worker -> pages it has been sent since it started
        self.done: dict[int, list[PageBlob]] = {}  # chunk -> its pages, until they are yielded
        self.sent = 0
        self.retired: list[Any] = []

    def read(self, numbers: Sequence[int]) -> Iterator[PageBlob]:
        self.chunks = [list(numbers[i:i + CHUNK_PAGES]) for i in range(0, len(numbers), CHUNK_PAGES)]
        finished = False
        try:
            self._start()
            yield from self._collect()
            finished = True
        finally:
            self._stop(finished)

    def _start(self) -> None:
        for w in range(self.workers):
            self.procs.append(None)
            self.conns.append(None)  # type: ignore[arg-type]
            self._spawn(w)
        for _ in range(QUEUED_PER_WORKER):
            for w in range(self.workers):
                self._send_next(w)

    def _spawn(self, w: int) -> None:
        import multiprocessing

        context = multiprocessing.get_context("fork")
        mine, theirs = context.Pipe(duplex=True)
        proc = context.Process(target=_worker, args=(theirs, self.pack.source), daemon=True)
        proc.start()
        theirs.close()
        self.procs[w], self.conns[w] = proc, mine
        self.owed[w], self.given[w] = [], 0

    def _send_next(self, w: int) -> None:
        if self.sent >= len(self.chunks) or w not in self.owed:
            return
        if self.given[w] >= RECYCLE_PAGES:
            if self.owed[w]:
                return  # it finishes what it has first
            self._retire(w)
            self._spawn(w)
            for _ in range(QUEUED_PER_WORKER):
                self._send_next(w)
            return
        chunk = self.chunks[self.sent]
        try:
            self.conns[w].send(chunk)
        except OSError as exc:  # it has died; what it owed is read here
            self._lose(w, exc)
            return
        self.owed[w].append(self.sent)
        self.given[w] += len(chunk)
        self.sent += 1

    def _retire(self, w: int) -> None:
        try:
            self.conns[w].send(None)
        except OSError:
            pass
        self.conns[w].close()
        self.retired.append(self.procs[w])

    def _collect(self) -> Iterator[PageBlob]:
        from multiprocessing.connection import wait

        wanted = 0
        while wanted < len(self.chunks):
            if wanted in self.done:
                yield from self.done.pop(wanted)
                wanted += 1
                continue
            live = sorted(self.owed)
            if not live:  # every worker has failed: read what is left here
                self._lost_chunks(range(wanted, len(self.chunks)))
                continue
            ready = wait([self.conns[w] for w in live] + [self.procs[w].sentinel for w in live])
            for w in live:
                if self.conns[w] in ready:
                    self._receive(w)
                elif self.procs[w].sentinel in ready:
                    self._lose(w, None)

    def _receive(self, w: int) -> None:
        try:
            result = self.conns[w].recv()
        except (EOFError, OSError) as exc:
            result = exc
        if not isinstance(result, list):
            self._lose(w, result)
            return
        self.done[self.owed[w].pop(0)] = result
        self._send_next(w)

    def _lose(self, w: int, error: Optional[BaseException]) -> None:
        """A worker failed: stop using it and read what it owed in this process."""
        from ..errors import PanelparseError

        if isinstance(error, (PanelparseError, MemoryError)):
            raise error  # a budget spent in a worker is spent: the same error as reading here
        log.debug("page worker %d failed (%s); reading its pages here", w, error)
        self._lost_chunks(self.owed.pop(w, []))

    def _lost_chunks(self, indexes) -> None:
        for index in indexes:
            if index not in self.done:
                self.done[index] = [PageBlob.pack(self.pack.page(n)) for n in self.chunks[index]]
        self.sent = max(self.sent, max(indexes, default=-1) + 1)

    def _stop(self, finished: bool) -> None:
        procs = [p for p in self.procs if p is not None]
        for proc in procs:
            if not finished:  # a timeout, Ctrl-C or an error here: no reason to let them finish a chunk
                proc.terminate()
        for conn in self.conns:
            if conn is None or conn.closed:
                continue
            try:
                conn.send(None)
            except (OSError, ValueError):
                pass
            conn.close()
        for proc in procs + self.retired:
            proc.join(timeout=1.0)
            if proc.is_alive():
                proc.kill()
                proc.join()



"""Batch runs survive an archive: no hang, no lost output, interruptible, resumable.

The hostile inputs are built by each test (tests/pdfgen.py): a file that is slow by
construction (a glyph drawn hundreds of thousands of times) and a decompression bomb.
No test compares wall-clock time with a limit; a subprocess wait has a generous cap only
so that a regression shows as a failure instead of a hung suite.
"""

from __future__ import annotations

import importlib.util
import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from pdfgen import flate_bomb_pdf, glyph_storm_pdf, text_pdf
from typer.testing import CliRunner

from panelparse.batch import BatchSettings, BatchUsageError, expand_inputs, parse_size, run_batch
from panelparse.batch.inputs import output_names
from panelparse.cli import app

HANG_GUARD = 300  # seconds; only to turn a hang into a failure
needs_dask = pytest.mark.skipif(importlib.util.find_spec("distributed") is None,
                                reason="needs dask.distributed (pip install 'panelparse[dask]')")


def small_pdfs(folder: Path, count: int) -> list[Path]:
    folder.mkdir(parents=True, exist_ok=True)
    return [text_pdf(folder / f"pack-{i:03d}.pdf", ["AGENDA", f"Meeting number {i}", "1. Apologies"])
            for i in range(count)]


def manifest_lines(path: Path) -> list[dict]:
    return [json.loads(line) for line in path.read_text().splitlines() if line.strip()]


def batch_cli(*args, **kwargs) -> subprocess.Popen:
    return subprocess.Popen([sys.executable, "-m", "panelparse", "batch", *map(str, args)],
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, **kwargs)


@pytest.mark.slow
def test_150_small_pdfs_with_two_jobs_complete(tmp_path):
    """More inputs than 50 per worker: the pool retires and replaces workers without hanging."""
    small_pdfs(tmp_path / "in", 150)
    summary = run_batch([tmp_path / "in"], tmp_path / "out", BatchSettings(jobs=2, tasks_per_worker=20))
    assert summary.counts()["ok"] == 150 and summary.exit_code == 0
    outputs = sorted((tmp_path / "out").glob("*.json"))
    assert len(outputs) == 150
    assert json.loads(outputs[42].read_text())["source"]["page_count"] == 1
    lines = manifest_lines(tmp_path / "out" / "manifest.jsonl")
    assert len(lines) == 150 and {line["status"] for line in lines} == {"ok"}


@pytest.mark.slow
def test_colliding_names_get_distinct_outputs(tmp_path):
    (tmp_path / "a").mkdir()
    (tmp_path / "b").mkdir()
    text_pdf(tmp_path / "a" / "pack.pdf", ["AGENDA", "one"])
    text_pdf(tmp_path / "b" / "pack.pdf", ["AGENDA", "two"])
    text_pdf(tmp_path / "b" / "x.pdf", ["AGENDA", "three"])
    text_pdf(tmp_path / "b" / "x.PDF", ["AGENDA", "four"])
    summary = run_batch([tmp_path / "a", tmp_path / "b"], tmp_path / "out", BatchSettings(jobs=1))
    outputs = [e.output for e in summary.entries]
    assert len(set(o.casefold() for o in outputs)) == 4
    assert all(Path(o).resolve().is_relative_to((tmp_path / "out").resolve()) for o in outputs)
    names = {Path(o).relative_to(tmp_path / "out").as_posix() for o in outputs}
    assert {"a/pack.json", "b/pack.json", "b/x.json"} < names
    assert (names - {"a/pack.json", "b/pack.json", "b/x.json"}).pop().casefold() == "b/x.pdf.json"
    texts = {json.loads(Path(o).read_text())["documents"][0]["pages"]["start"] for o in outputs}
    assert texts == {1}


def test_output_names_never_leave_the_output_folder():
    names = output_names([Path("/x/../y/../../etc/passwd.pdf"), Path("/tmp/a b/\n.pdf")])
    assert all(".." not in n.parts and not n.is_absolute() for n in names)


def test_inputs_folders_globs_symlink_loops_and_non_pdfs(tmp_path):
    small_pdfs(tmp_path / "archive" / "2023", 2)
    (tmp_path / "archive" / "notes.txt").write_text("not a pdf")
    text_pdf(tmp_path / "archive" / "UPPER.PDF", ["AGENDA"])
    (tmp_path / "archive" / "2023" / "loop").symlink_to(tmp_path / "archive")
    found = expand_inputs([tmp_path / "archive", str(tmp_path / "archive" / "2023" / "*.pdf")])
    assert sorted(p.name for p in found.files) == ["UPPER.PDF", "pack-000.pdf", "pack-001.pdf"]
    assert found.skipped_non_pdf == 1


@pytest.mark.slow
def test_memory_bomb_is_recorded_as_memory_and_the_rest_survives(tmp_path):
    (tmp_path / "in").mkdir()
    flate_bomb_pdf(tmp_path / "in" / "bomb.pdf", megabytes=1024)
    text_pdf(tmp_path / "in" / "fine.pdf", ["AGENDA", "1. Apologies"])
    summary = run_batch([tmp_path / "in"], tmp_path / "out", BatchSettings(jobs=1, max_memory=parse_size("512M")))
    status = {Path(e.input).name: (e.status, e.exit_code) for e in summary.entries}
    assert status == {"bomb.pdf": ("memory", 12), "fine.pdf": ("ok", 0)}
    assert summary.exit_code == 10


@pytest.mark.slow
def test_timeout_gives_up_on_a_file_that_is_slow_by_construction(tmp_path):
    (tmp_path / "in").mkdir()
    glyph_storm_pdf(tmp_path / "in" / "slow.pdf", draws=2_000_000)
    text_pdf(tmp_path / "in" / "fine.pdf", ["AGENDA", "1. Apologies"])
    summary = run_batch([tmp_path / "in"], tmp_path / "out", BatchSettings(jobs=1, timeout=2))
    status = {Path(e.input).name: (e.status, e.exit_code) for e in summary.entries}
    assert status == {"slow.pdf": ("timeout", 11), "fine.pdf": ("ok", 0)}
    assert "gave up after 2 s" in next(e.message for e in summary.entries if e.status == "timeout")


@pytest.mark.slow
def test_rerun_skips_done_inputs_and_redoes_changed_ones(tmp_path):
    files = small_pdfs(tmp_path / "in", 3)
    bad = tmp_path / "in" / "broken.pdf"
    bad.write_bytes(b"%PDF-1.4\n garbage")
    first = run_batch([tmp_path / "in"], tmp_path / "out", BatchSettings(jobs=1))
    assert first.counts()["ok"] == 3 and first.counts()["error"] == 1
    text_pdf(files[1], ["AGENDA", "changed since the first run"])
    second = run_batch([tmp_path / "in"], tmp_path / "out", BatchSettings(jobs=1))
    by_name = {Path(e.input).name: e.status for e in second.entries}
    assert by_name == {"pack-000.pdf": "skipped", "pack-001.pdf": "ok", "pack-002.pdf": "skipped",
                       "broken.pdf": "skipped"}
    assert second.exit_code == 0
    third = run_batch([tmp_path / "in"], tmp_path / "out", BatchSettings(jobs=1, retry_failed=True))
    assert {Path(e.input).name: e.status for e in third.entries}["broken.pdf"] == "error"
    forced = run_batch([tmp_path / "in"], tmp_path / "out", BatchSettings(jobs=1, force=True))
    assert forced.counts()["ok"] == 3


@pytest.mark.slow
def test_jsonl_to_stdout_is_one_pack_per_line(tmp_path):
    small_pdfs(tmp_path / "in", 3)
    result = CliRunner().invoke(app, ["batch", str(tmp_path / "in"), "--format", "jsonl", "-q"])
    assert result.exit_code == 0, result.stderr
    packs = [json.loads(line) for line in result.stdout.splitlines()]
    assert len(packs) == 3 and all(p["schema_version"] == "1.0" for p in packs)


@pytest.mark.parametrize("args, message", [
    (["--jobs", "-3"], "--jobs must be 0"),
    (["--timeout", "-5"], "--timeout must be a positive"),
    (["--max-memory", "lots"], "cannot read 'lots' as a size"),
    (["--format", "xml"], "--format must be json or jsonl"),
])
def test_bad_options_are_one_line_before_any_work(tmp_path, args, message):
    small_pdfs(tmp_path / "in", 1)
    result = CliRunner().invoke(app, ["batch", str(tmp_path / "in"), "--out", str(tmp_path / "out"), *args])
    assert result.exit_code == 2
    assert message in result.stderr and len(result.stderr.strip().splitlines()) == 1
    assert not (tmp_path / "out").exists() or not any((tmp_path / "out").iterdir())


def test_unwritable_output_folder_is_found_before_extraction(tmp_path):
    small_pdfs(tmp_path / "in", 1)
    (tmp_path / "a-file").write_text("not a folder")  # unwritable for root too
    result = CliRunner().invoke(app, ["batch", str(tmp_path / "in"), "--out", str(tmp_path / "a-file" / "out")])
    assert result.exit_code == 73 and "cannot write there" in result.stderr
    assert len(result.stderr.strip().splitlines()) == 1


@pytest.mark.slow
def test_output_folder_that_is_a_file_is_refused(tmp_path):
    small_pdfs(tmp_path / "in", 1)
    (tmp_path / "out").write_text("a file")
    with pytest.raises(Exception, match="must be a folder"):
        run_batch([tmp_path / "in"], tmp_path / "out", BatchSettings(jobs=1))


@pytest.mark.slow
def test_outputs_follow_the_umask(tmp_path):
    small_pdfs(tmp_path / "in", 1)
    old = os.umask(0o022)
    try:
        run_batch([tmp_path / "in"], tmp_path / "out", BatchSettings(jobs=1))
    finally:
        os.umask(old)
    assert (tmp_path / "out" / "pack-000.json").stat().st_mode & 0o777 == 0o644


def test_no_pdfs_is_a_usage_error(tmp_path):
    with pytest.raises(BatchUsageError, match="no PDF files"):
        run_batch([tmp_path], tmp_path / "out", BatchSettings())


# --- processes: a killed worker, Ctrl-C, a killed parent -------------------------------------

def _children(pid: int) -> list[int]:
    kids = []
    for entry in os.listdir("/proc"):
        if entry.isdigit():
            try:
                stat = Path(f"/proc/{entry}/stat").read_text()
            except OSError:
                continue
            if int(stat.rsplit(")", 1)[1].split()[1]) == pid:
                kids.append(int(entry))
    return kids


def _descendants(pid: int) -> list[int]:
    found, todo = [], [pid]
    while todo:
        for kid in _children(todo.pop()):
            found.append(kid)
            todo.append(kid)
    return found


def _wait_for(predicate, what: str) -> None:
    deadline = time.monotonic() + HANG_GUARD
    while not predicate():
        if time.monotonic() > deadline:
            raise AssertionError(f"never happened: {what}")
        time.sleep(0.1)


def _ok_lines(manifest: Path) -> int:
    return sum(1 for line in manifest_lines(manifest) if line["status"] == "ok") if manifest.exists() else 0


def _slow_and_small(folder: Path, small: int, draws: int = 3_000_000, slow: str = "a-slow.pdf") -> None:
    """`small` quick PDFs and one that is slow by construction (3,000,000 draws: minutes of CPU)."""
    folder.mkdir(parents=True)
    glyph_storm_pdf(folder / slow, draws=draws)
    small_pdfs(folder, small)


def _reading(name: str, pids: list[int]) -> list[int]:
    """Those of `pids` that have a file whose path ends in `name` open (a worker reading that input)."""
    found = []
    for pid in pids:
        try:
            links = [os.readlink(f"/proc/{pid}/fd/{fd}") for fd in os.listdir(f"/proc/{pid}/fd")]
        except OSError:
            continue
        if any(link.endswith(name) for link in links):
            found.append(pid)
    return found


@pytest.mark.slow
@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="reads /proc")
def test_worker_killed_mid_run_is_recorded_as_crashed_and_the_others_finish(tmp_path):
    _slow_and_small(tmp_path / "in", 6)
    manifest = tmp_path / "out" / "manifest.jsonl"
    proc = batch_cli(tmp_path / "in", "--out", tmp_path / "out", "--jobs", "2")
    _wait_for(lambda: _ok_lines(manifest) == 6, "the small files are done")
    _wait_for(lambda: _reading("a-slow.pdf", _descendants(proc.pid)), "a worker reading the slow file")
    os.kill(_reading("a-slow.pdf", _descendants(proc.pid))[0], signal.SIGKILL)
    out, err = proc.communicate(timeout=HANG_GUARD)
    assert proc.returncode == 10, err
    statuses = {Path(line["input"]).name: line["status"] for line in manifest_lines(manifest)}
    assert statuses["a-slow.pdf"] == "crashed" and list(statuses.values()).count("ok") == 6
    assert "crashed" in err and "worker died of SIGKILL" in err, err


def _signal_the_group_while_two_slow_files_run(folder: Path, signum: int) -> tuple[int, str]:
    """Two quick inputs, then two slow by construction (minutes of CPU) running in two workers
    when `signum` goes to the whole process group (Ctrl-C in a terminal; SIGTERM from timeout(1),
    systemd or a cluster scheduler). Checks what any interrupt must leave; returns (exit, stderr)."""
    small_pdfs(folder / "in", 2)  # inputs are handed out in name order: the small ones first
    glyph_storm_pdf(folder / "in" / "y-slow.pdf", draws=3_000_000)
    glyph_storm_pdf(folder / "in" / "z-slow.pdf", draws=3_000_000)
    manifest = folder / "out" / "manifest.jsonl"
    proc = batch_cli(folder / "in", "--out", folder / "out", "--jobs", "2", start_new_session=True)
    try:
        _wait_for(lambda: _ok_lines(manifest) == 2 and len(_reading("-slow.pdf", _descendants(proc.pid))) == 2
                  or proc.poll() is not None, "both slow files running")
        workers = _descendants(proc.pid)
        os.killpg(proc.pid, signum)
        out, err = proc.communicate(timeout=HANG_GUARD)
    finally:
        if proc.poll() is None:  # a failed wait: leave nothing running
            os.killpg(proc.pid, signal.SIGKILL)
    # The slow files need minutes: the batch returned because it cancelled them, and they are
    # not done (no manifest line), not failures a rerun would skip.
    name = signal.Signals(signum).name
    assert f"{name}: stopping" in err and "batch summary" in err and "2 files not done" in err, err
    assert {Path(line["input"]).name: line["status"] for line in manifest_lines(manifest)} == {
        "pack-000.pdf": "ok", "pack-001.pdf": "ok"}, err
    _wait_for(lambda: all(_zombie_or_gone(w) for w in workers), "no orphaned workers")
    assert not list((folder / "out").rglob("*.tmp")), "no partial files"
    return proc.returncode, err


@pytest.mark.slow
@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="reads /proc")
def test_sigint_to_the_process_group_stops_promptly_with_a_summary(tmp_path):
    returncode, err = _signal_the_group_while_two_slow_files_run(tmp_path, signal.SIGINT)
    assert returncode == 130, err


@pytest.mark.slow
@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="reads /proc")
def test_sigterm_to_the_process_group_stops_like_sigint_and_a_rerun_redoes_the_running_files(tmp_path):
    # Issue 12: the workers (and the forkserver they fork from) died of the group's SIGTERM and
    # their inputs were recorded as `crashed`, which a plain rerun skips as known failures.
    returncode, err = _signal_the_group_while_two_slow_files_run(tmp_path, signal.SIGTERM)
    assert returncode == 143, err
    assert "crashed" not in err.lower(), err
    manifest = tmp_path / "out" / "manifest.jsonl"
    rerun = batch_cli(tmp_path / "in", "--out", tmp_path / "out", "--jobs", "2", "--timeout", "2")
    _, rerun_err = rerun.communicate(timeout=HANG_GUARD)
    # Redone (and given up on: minutes of CPU against --timeout 2), not skipped.
    assert {Path(line["input"]).name: line["status"] for line in manifest_lines(manifest)[2:]} == {
        "pack-000.pdf": "skipped", "pack-001.pdf": "skipped",
        "y-slow.pdf": "timeout", "z-slow.pdf": "timeout"}, rerun_err


def _zombie_or_gone(pid: int) -> bool:
    try:
        state = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0]
    except OSError:
        return True
    return state == "Z"


@pytest.mark.slow
@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="reads /proc")
@pytest.mark.parametrize("executor", ["local", pytest.param("dask", marks=needs_dask)])
def test_sigkill_of_the_parent_then_a_rerun_completes_everything_once(tmp_path, executor):
    # One worker; the slow file (about 2 s of CPU) sorts last, so the kill lands while it runs.
    _slow_and_small(tmp_path / "in", 5, draws=40_000, slow="z-slow.pdf")
    manifest = tmp_path / "out" / "manifest.jsonl"
    proc = batch_cli(tmp_path / "in", "--out", tmp_path / "out", "--jobs", "1", "--executor", executor)
    _wait_for(lambda: _ok_lines(manifest) == 5, "the small files are done")
    workers = _descendants(proc.pid)
    proc.kill()
    proc.communicate(timeout=HANG_GUARD)
    _wait_for(lambda: all(_zombie_or_gone(w) for w in workers), "workers exit when the parent is gone")
    done_before = {Path(line["input"]).name for line in manifest_lines(manifest) if line["status"] == "ok"}
    assert done_before == {f"pack-00{i}.pdf" for i in range(5)}
    rerun = batch_cli(tmp_path / "in", "--out", tmp_path / "out", "--jobs", "1", "--executor", executor)
    rerun.communicate(timeout=HANG_GUARD)
    assert rerun.returncode == 0
    rerun_lines = manifest_lines(manifest)[5:]
    assert {Path(line["input"]).name: line["status"] for line in rerun_lines} == {
        **{name: "skipped" for name in done_before}, "z-slow.pdf": "ok"}, "every input converted exactly once"
    outputs = sorted((tmp_path / "out").glob("*.json"))
    assert len(outputs) == 6 and all(json.loads(o.read_text())["schema_version"] == "1.0" for o in outputs)
    assert not list((tmp_path / "out").rglob("*.tmp")), "no partial files"


# --- where inputs run and what they are: the page-worker hook, URLs, progress ---------------

def test_batch_inputs_read_with_one_page_worker_when_extract_has_page_workers(monkeypatch):
    """--jobs N over packs must not become N x N processes once extract has page workers."""
    import panelparse.options
    from panelparse.batch.worker import Task, extract_options

    class WithPageWorkers(panelparse.options.ExtractOptions):
        workers: int = 4

    monkeypatch.setattr(panelparse.options, "ExtractOptions", WithPageWorkers)
    options = extract_options(Task(0, "x.pdf", None, strict=True, plugins="builtin"))
    assert options.workers == 1 and options.strict and options.plugins == "builtin"


def test_url_inputs_are_listed_and_named_like_local_ones():
    fsspec = pytest.importorskip("fsspec")
    fs = fsspec.filesystem("memory")
    for name in ("archive/2023/pack.pdf", "archive/2024/pack.PDF", "archive/notes.txt"):
        fs.pipe_file(f"/{name}", b"%PDF-1.4")
    try:
        found = expand_inputs(["memory://archive/"])
        assert found.files == ["memory:///archive/2023/pack.pdf", "memory:///archive/2024/pack.PDF"]
        assert found.skipped_non_pdf == 1
        names = [n.as_posix() for n in output_names(found.files, found.roots)]
        assert names == ["2023/pack.json", "2024/pack.json"]
    finally:
        fs.rm("/archive", recursive=True)


def test_lines_for_logs_show_pages_and_warnings_and_the_summary_counts_them():
    import io

    from rich.console import Console

    from panelparse.batch import BatchSummary, Entry
    from panelparse.batch.progress import BatchProgress

    def entry(name, status, pages=0, warnings=0, message=None, code=0):
        return Entry(input=name, size=1, sha256="x", output=None, status=status, exit_code=code, message=message,
                     pages=pages, documents=1, warnings=warnings, seconds=1.25, version="0")

    entries = [entry("a.pdf", "ok", 12, 2), entry("b.pdf", "ok", 3), entry("c.pdf", "error", message="damaged", code=4)]
    stream = io.StringIO()
    progress = BatchProgress(Console(file=stream, width=200, force_terminal=False))
    progress.started(3, 3, 0)
    for e in entries:
        progress.finished(e)
    progress.close(BatchSummary(entries=entries))
    lines = stream.getvalue().splitlines()
    assert lines[:3] == ["[1/3] a.pdf: ok (12 pages, 2 warnings, 1.2s)", "[2/3] b.pdf: ok (3 pages, 1.2s)",
                         "[3/3] c.pdf: ERROR (exit 4): damaged (1.2s)"]
    rows = [line.split() for line in lines if line.startswith("│")]
    assert ["│", "ok", "│", "2", "│", "15", "│", "2", "│"] in rows


# --- Dask: the same batch on a cluster --------------------------------------------------------

def _statuses(folder: Path, root: Path) -> dict[str, tuple]:
    return {Path(line["input"].removeprefix("file://")).relative_to(root).as_posix():
            (line["status"], line["exit_code"], line["pages"], line["documents"], line["warnings"])
            for line in manifest_lines(folder / "manifest.jsonl")}


def _outputs(folder: Path) -> dict[str, bytes]:
    return {p.relative_to(folder).as_posix(): p.read_bytes() for p in sorted(folder.rglob("*.json"))}


@pytest.mark.slow
@pytest.mark.slow
@needs_dask
def test_dask_local_cluster_gives_the_same_outputs_and_statuses_as_local_workers(tmp_path):
    src = tmp_path / "in"
    small_pdfs(src, 3)
    (src / "sub").mkdir()
    text_pdf(src / "sub" / "pack-000.pdf", ["AGENDA", "the same name one folder down"])
    text_pdf(src / "pack-000.PDF", ["AGENDA", "the same name in capitals"])
    (src / "broken.pdf").write_bytes(b"%PDF-1.4\n garbage")
    flate_bomb_pdf(src / "bomb.pdf", megabytes=1024)
    common = dict(jobs=2, max_memory=parse_size("512M"))
    local = run_batch([src], tmp_path / "local", BatchSettings(**common))
    dask = run_batch([src], tmp_path / "dask", BatchSettings(executor="dask", **common))
    assert local.exit_code == dask.exit_code == 10
    assert _statuses(tmp_path / "local", src) == _statuses(tmp_path / "dask", src)
    assert {s[0] for s in _statuses(tmp_path / "dask", src).values()} == {"ok", "error", "memory"}
    assert _outputs(tmp_path / "local") == _outputs(tmp_path / "dask") and len(_outputs(tmp_path / "dask")) == 5
    # One manifest, one set of rules: local workers resume what the cluster did.
    rerun = run_batch([src], tmp_path / "dask", BatchSettings(jobs=1))
    assert {e.status for e in rerun.entries} == {"skipped"}


@pytest.mark.slow
@pytest.mark.slow
@needs_dask
@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="reads /proc")
def test_dask_timeouts_and_killed_children_are_recorded_like_local_ones(tmp_path):
    import threading

    _slow_and_small(tmp_path / "in", 3)
    timed = run_batch([tmp_path / "in"], tmp_path / "timed", BatchSettings(executor="dask", jobs=2, timeout=1))
    assert {Path(e.input).name: e.status for e in timed.entries}["a-slow.pdf"] == "timeout"

    manifest = tmp_path / "killed" / "manifest.jsonl"

    def kill_the_slow_child() -> None:
        _wait_for(lambda: _ok_lines(manifest) == 3, "the small files are done")
        _wait_for(lambda: _reading("a-slow.pdf", _isolated(os.getpid())), "the slow file's child process")
        os.kill(_reading("a-slow.pdf", _isolated(os.getpid()))[0], signal.SIGKILL)

    killer = threading.Thread(target=kill_the_slow_child, daemon=True)
    killer.start()
    killed = run_batch([tmp_path / "in"], tmp_path / "killed", BatchSettings(executor="dask", jobs=2))
    killer.join(timeout=HANG_GUARD)
    slow = next(e for e in killed.entries if Path(e.input).name == "a-slow.pdf")
    assert (slow.status, slow.exit_code) == ("crashed", 14) and "worker died of SIGKILL" in slow.message
    assert killed.counts()["ok"] == 3 and killed.exit_code == 10


def _isolated(pid: int) -> list[int]:
    """The `python -m panelparse.batch.isolated` processes below `pid`."""
    found = []
    for kid in _descendants(pid):
        try:
            if b"panelparse.batch.isolated" in Path(f"/proc/{kid}/cmdline").read_bytes():
                found.append(kid)
        except OSError:
            continue
    return found


@pytest.mark.slow
@pytest.mark.slow
@needs_dask
def test_cli_sends_inputs_to_an_existing_scheduler_with_url_inputs_and_outputs(tmp_path):
    from distributed import LocalCluster

    small_pdfs(tmp_path / "in", 3)
    out_url, manifest = f"file://{tmp_path}/out", tmp_path / "runs.manifest.jsonl"
    with LocalCluster(n_workers=1, threads_per_worker=2, processes=True, dashboard_address=None) as cluster:
        args = ["batch", f"file://{tmp_path}/in/", "--out", out_url, "--manifest", str(manifest),
                "--executor", "dask", "--scheduler", cluster.scheduler_address]
        first = CliRunner().invoke(app, args)
        assert first.exit_code == 0, first.stderr
        again = CliRunner().invoke(app, args)
        assert again.exit_code == 0, again.stderr
    assert sorted(p.name for p in (tmp_path / "out").glob("*.json")) == [f"pack-00{i}.json" for i in range(3)]
    lines = manifest_lines(manifest)
    assert [line["status"] for line in lines] == ["ok"] * 3 + ["skipped"] * 3
    url = f"file://{tmp_path}/in/pack-000.pdf"
    assert [line["output"] for line in lines if line["input"] == url] == [f"{out_url}/pack-000.json"] * 2
    assert json.loads((tmp_path / "out" / "pack-000.json").read_text())["source"]["path"] == url


@pytest.mark.slow
@needs_dask
def test_an_unreachable_scheduler_is_one_line_before_any_work(tmp_path, monkeypatch):
    import panelparse.batch.cluster

    monkeypatch.setattr(panelparse.batch.cluster, "CONNECT_TIMEOUT", "1s")
    small_pdfs(tmp_path / "in", 1)
    result = CliRunner().invoke(app, ["batch", str(tmp_path / "in"), "--out", str(tmp_path / "out"),
                                      "--executor", "dask", "--scheduler", "tcp://127.0.0.1:9"])
    assert result.exit_code == 69 and "cannot reach the Dask scheduler at tcp://127.0.0.1:9" in result.stderr
    assert len(result.stderr.strip().splitlines()) == 1
    assert not list((tmp_path / "out").glob("*.json"))


@pytest.mark.slow
@pytest.mark.slow
@needs_dask
@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="reads /proc")
def test_sigint_stops_a_dask_batch_promptly_with_a_summary_and_no_orphans(tmp_path):
    small_pdfs(tmp_path / "in", 1)  # inputs run in name order: the small file first
    glyph_storm_pdf(tmp_path / "in" / "y-slow.pdf", draws=3_000_000)
    glyph_storm_pdf(tmp_path / "in" / "z-slow.pdf", draws=3_000_000)
    proc = batch_cli(tmp_path / "in", "--out", tmp_path / "out", "--jobs", "2", "--executor", "dask",
                     start_new_session=True)
    manifest = tmp_path / "out" / "manifest.jsonl"
    try:
        _wait_for(lambda: _ok_lines(manifest) == 1 and len(_reading("-slow.pdf", _isolated(proc.pid))) == 2
                  or proc.poll() is not None, "both slow files running")
        children = _isolated(proc.pid)
        os.killpg(proc.pid, signal.SIGINT)
        out, err = proc.communicate(timeout=HANG_GUARD)
    finally:
        if proc.poll() is None:  # a failed wait: leave nothing running
            os.killpg(proc.pid, signal.SIGKILL)
    assert proc.returncode == 130, err
    assert "batch summary" in err and "2 files not done" in err
    _wait_for(lambda: all(_zombie_or_gone(pid) for pid in children), "no orphaned child processes")
    statuses = {Path(line["input"]).name: line["status"] for line in manifest_lines(manifest)}
    assert statuses == {"pack-000.pdf": "ok"}


def test_ocr_mode_reaches_every_input(tmp_path):
    # --ocr off: the scan fails with extract's exit 6 and its line; the default would OCR it.
    from conftest import CORPUS

    scan = CORPUS / "sutton-coldfield-tc-statement-of-accounts-2016-17-scanned.pdf"
    result = CliRunner().invoke(app, ["batch", str(scan), "--out", str(tmp_path / "out"), "--ocr", "off", "-q",
                                      "--jobs", "1"])
    assert result.exit_code == 10
    (entry,) = [json.loads(line) for line in (tmp_path / "out" / "manifest.jsonl").read_text().splitlines()]
    assert (entry["status"], entry["exit_code"]) == ("error", 6) and "leave out --ocr off" in entry["message"]
    assert BatchSettings().ocr == "scans"
    with pytest.raises(BatchUsageError, match="--ocr must be one of"):
        BatchSettings(ocr="sometimes").validate()

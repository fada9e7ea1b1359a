"""Batch throughput: packs/min and pages/s for --jobs 1, --jobs 2 and Dask with two local workers.

Every configuration converts the same inputs (the real PDFs in tests/fixtures, optionally
repeated) with `panelparse batch` in a fresh process and a fresh output folder, as a user
runs it: start-up, worker start and cluster start included. Runs are interleaved and the
order rotates each round (1,2,D / 2,D,1 / D,1,2 ...) so that drift in the machine's load
falls on every configuration alike; the 1-minute load average is read before each run and
printed beside its figures. Speed-ups are paired: each round's run divided by the same
round's --jobs 1 run.

    python benchmarks/batch.py                    # 3 rounds over the fixtures
    python benchmarks/batch.py --rounds 5 --copies 2 --write   # and update benchmarks/RESULTS.md

Nothing is asserted: timings belong here, not in tests.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import statistics
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass
from datetime import date
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
RESULTS = ROOT / "benchmarks" / "RESULTS.md"
START, END = "<!-- batch-benchmark:start -->", "<!-- batch-benchmark:end -->"

CONFIGS = {
    "jobs1": ("--jobs 1", ["--jobs", "1"]),
    "jobs2": ("--jobs 2", ["--jobs", "2"]),
    "dask2": ("Dask, 2 local workers", ["--jobs", "2", "--executor", "dask"]),
}


@dataclass
class Run:
    config: str
    round: int
    seconds: float
    packs: int
    pages: int
    failed: int
    load_before: float

    @property
    def packs_per_min(self) -> float:
        return 60 * self.packs / self.seconds

    @property
    def pages_per_s(self) -> float:
        return self.pages / self.seconds


def inputs(copies: int, folder: Path) -> list[Path]:
    """The fixtures' real PDFs, `copies` times each (hard links, so each copy is its own input)."""
    fixtures = ROOT / "tests/fixtures"
    sources = sorted(fixtures.glob("corpus/*.pdf")) + sorted(fixtures.glob("packs/*.pdf"))
    files = []
    for copy in range(copies):
        target = folder / f"copy{copy}"
        target.mkdir(parents=True)
        for source in sources:
            link = target / source.name
            try:
                os.link(source, link)
            except OSError:
                link.write_bytes(source.read_bytes())
            files.append(link)
    return files


def run_once(config: str, round_: int, folder: Path, scratch: Path) -> Run:
    out = scratch / f"{config}-{round_}"
    load = os.getloadavg()[0]
    started = time.perf_counter()
    # --ocr off: the corpus's scan stays the one input failing by design (OCR would take longer than
    # every other input together, and measure RapidOCR rather than panelparse).
    done = subprocess.run([sys.executable, "-m", "panelparse", "batch", str(folder), "--out", str(out), "-q",
                           "--ocr", "off", *CONFIGS[config][1]], capture_output=True, text=True)
    seconds = time.perf_counter() - started
    if done.returncode not in (0, 10):
        raise SystemExit(f"{config}: exit {done.returncode}\n{done.stderr}")
    lines = [json.loads(line) for line in (out / "manifest.jsonl").read_text().splitlines() if line.strip()]
    return Run(config, round_, seconds, packs=len(lines), pages=sum(line["pages"] for line in lines),
               failed=sum(line["status"] != "ok" for line in lines), load_before=load)


def rotation(round_: int) -> list[str]:
    names = list(CONFIGS)
    shift = round_ % len(names)
    return names[shift:] + names[:shift]


def report(runs: list[Run], files: int, copies: int) -> str:
    rounds = max(r.round for r in runs) + 1
    first = runs[0]
    lines = [
        f"{files} inputs ({copies} x the real PDFs in tests/fixtures), {first.pages} pages per run, "
        f"{first.failed} failing by design (a scan with no text layer); {rounds} rounds, interleaved.",
        f"Machine: {os.cpu_count()} CPUs, Python {platform.python_version()}, {date.today().isoformat()}.",
        "",
        f"{'configuration':24} {'median s':>9} {'packs/min':>10} {'pages/s':>8} {'speed-up':>9} "
        f"{'range s':>13}  {'load avg (1 min) before each run'}",
    ]
    base = {r.round: r.seconds for r in runs if r.config == "jobs1"}
    for config, (label, _) in CONFIGS.items():
        mine = sorted((r for r in runs if r.config == config), key=lambda r: r.round)
        median = statistics.median(r.seconds for r in mine)
        speedup = statistics.median(base[r.round] / r.seconds for r in mine)
        loads = " ".join(f"{r.load_before:.2f}" for r in mine)
        lines.append(
            f"{label:24} {median:9.1f} {statistics.median(r.packs_per_min for r in mine):10.1f} "
            f"{statistics.median(r.pages_per_s for r in mine):8.1f} {speedup:8.2f}x "
            f"{min(r.seconds for r in mine):6.1f}-{max(r.seconds for r in mine):<6.1f}  {loads}"
        )
    return "\n".join(lines)


def write_results(table: str, command: str) -> None:
    section = "\n".join([
        START,
        "## Batch throughput",
        "",
        f"`{command}` (each configuration converts the same inputs with `panelparse batch` in a fresh",
        "process, start-up included; runs interleaved with the order rotated each round; speed-up is",
        "the median of each round's --jobs 1 time over that round's time). The machine is shared: read",
        "each figure with the load average beside it; on 2 cores a load above 2 means other work was",
        "taking CPU from the batch, and two workers cannot then give twice the throughput of one.",
        "",
        "```",
        table,
        "```",
        END,
    ])
    text = RESULTS.read_text() if RESULTS.exists() else "# Benchmark results\n"
    if START in text and END in text:
        before, rest = text.split(START, 1)
        after = rest.split(END, 1)[1]
        text = before + section + after
    else:
        text = text.rstrip("\n") + "\n\n" + section + "\n"
    RESULTS.write_text(text)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--copies", type=int, default=1, help="Repeat the fixtures this many times.")
    parser.add_argument("--write", action="store_true", help="Update the batch section of benchmarks/RESULTS.md.")
    args = parser.parse_args()
    try:
        import distributed  # noqa: F401
    except ImportError:
        raise SystemExit("needs dask.distributed: pip install -e '.[dask]'") from None
    with tempfile.TemporaryDirectory(prefix="panelparse-batch-bench-") as tmp:
        scratch = Path(tmp)
        files = inputs(args.copies, scratch / "in")
        runs = []
        for round_ in range(args.rounds):
            for config in rotation(round_):
                run = run_once(config, round_, scratch / "in", scratch)
                print(f"round {round_ + 1} {CONFIGS[config][0]:24} {run.seconds:6.1f} s  "
                      f"{run.packs_per_min:6.1f} packs/min {run.pages_per_s:6.1f} pages/s  "
                      f"load {run.load_before:.2f}", file=sys.stderr, flush=True)
                runs.append(run)
    table = report(runs, len(files), args.copies)
    print(table)
    if args.write:
        flags = f" --rounds {args.rounds}" + (f" --copies {args.copies}" if args.copies != 1 else "")
        write_results(table, f"python benchmarks/batch.py{flags}")


if __name__ == "__main__":
    main()

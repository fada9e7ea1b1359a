"""Speed and memory of panelparse against baselines measured in the same run, on a shared machine.

Every measurement is a fresh process, as a user runs it (start-up included). Configurations
are interleaved: each round runs every configuration once, in an order rotated from round to
round, so drift in the machine's load falls on all of them alike. Figures are medians over
the rounds of wall time, CPU time (user + system of the process and of everything it waited
for: page workers included) and peak RSS (the process itself, and its largest child), with
the 1-minute load average read before each run. On a 2-core machine a load above 2 means
other work was taking CPU from the run.

Measured processes run from compiled bytecode, as an installed package does: a
PYTHONDONTWRITEBYTECODE in the environment is dropped for them and their .pyc files go to
PYTHONPYCACHEPREFIX (a folder under the temp dir, outside the source trees). Without that,
a source tree that has never been compiled pays about 0.15 s a process to compile panelparse
while pdfplumber, installed with its .pyc files, pays nothing. One unmeasured warm-up run of
each kind of process fills that folder before the first round.

Sections (--only):
  sample   the sample pack: panelparse extract --json (default workers, --workers 1,
           --engine pdfium) beside the fair pdfplumber baseline (extract_words + find_tables
           + Table.extract per page, page.close()), and pdftotext / pypdfium2 plain text as
           ceilings (text only: no words with fonts, no tables)
  startup  panelparse --version; a 1-page extract against the baseline on the same page (and
           with the --before code, when given)
  corpus   every PDF with an answer key: today's code (--before) against this tree, paired
  memory   distinct-page packs (the sample pack's 52 pages, 8 times over with every object
           copied, so no page shares a stream or a font with another): peak RSS at 52 and
           416 pages
  batch    panelparse batch --jobs 1 against --jobs 2 on the corpus, paired
  engines  accuracy and CPU per answer-key file, pdfplumber against pdfium (in one process)

    python benchmarks/bench.py                          # all sections, 3 rounds
    python benchmarks/bench.py --only sample,startup --rounds 5
    python benchmarks/bench.py --before /tmp/before/src # the code to compare against, as a src/ folder
    python benchmarks/bench.py --write                  # also rewrite benchmarks/RESULTS.md

Needs `pip install -e '.[bench]'`; pdftotext (poppler-utils) is measured when installed.
Nothing is asserted: timings belong here, not in tests.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Callable, Optional

ROOT = Path(__file__).resolve().parent.parent
FIXTURES = ROOT / "tests" / "fixtures"
SAMPLE = FIXTURES / "packs" / "wiltshire-pcp-2023-03-09.pdf"
RESULTS = ROOT / "benchmarks" / "RESULTS.md"
BATCH_START, BATCH_END = "<!-- batch-benchmark:start -->", "<!-- batch-benchmark:end -->"
PYCACHE = Path(tempfile.gettempdir()) / "panelparse-bench-pycache"
SECTIONS = ("sample", "startup", "corpus", "memory", "batch", "engines")

# One measured process. argv[1] is where it writes its own peak RSS and its largest child's.
_RUNNER = r"""
import json, resource, runpy, sys
stats, kind, args = sys.argv[1], sys.argv[2], sys.argv[3:]
def done():
    mb = lambda who: resource.getrusage(who).ru_maxrss / 1024
    with open(stats, "w") as fh:
        json.dump({"self_mb": mb(resource.RUSAGE_SELF), "children_mb": mb(resource.RUSAGE_CHILDREN)}, fh)
try:
    if kind == "cli":
        sys.argv = ["panelparse", *args]
        runpy.run_module("panelparse", run_name="__main__", alter_sys=True)
    elif kind == "baseline":
        import pdfplumber
        with pdfplumber.open(args[0]) as pdf:
            for page in pdf.pages:
                page.extract_words()
                for table in page.find_tables():
                    table.extract()
                page.close()
    elif kind == "pypdfium2":
        import pypdfium2
        pdf = pypdfium2.PdfDocument(args[0])
        for page in pdf:
            page.get_textpage().get_text_range()
except SystemExit as exc:
    if exc.code not in (0, None):
        raise
finally:
    done()
"""


@dataclass
class Run:
    """One process: what it cost, and how busy the machine was just before."""

    wall: float
    cpu: float
    self_mb: float
    children_mb: float
    load: float
    code: int


@dataclass
class Config:
    """A command measured in every round."""

    name: str
    kind: str  # cli | baseline | pypdfium2 | exec
    args: list[str]
    env: dict[str, str] = field(default_factory=dict)
    runs: list[Run] = field(default_factory=list)

    def median(self, attr: str) -> float:
        return statistics.median(getattr(r, attr) for r in self.runs)

    def loads(self) -> str:
        return " ".join(f"{r.load:.1f}" for r in self.runs)


def measure(config: Config, scratch: Path) -> Run:
    """Run `config` once in a fresh process; its wall, CPU and peak RSS."""
    stats = scratch / "stats.json"
    stats.unlink(missing_ok=True)
    if config.kind == "exec":
        argv = config.args
    else:
        argv = [sys.executable, "-c", _RUNNER, str(stats), config.kind, *config.args]
    env = child_env(config.env)
    load = os.getloadavg()[0]
    start = time.perf_counter()
    proc = subprocess.Popen(argv, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, env=env)
    _, status, usage = os.wait4(proc.pid, 0)
    wall = time.perf_counter() - start
    proc.returncode = os.waitstatus_to_exitcode(status)
    own = json.loads(stats.read_text()) if stats.exists() else {"self_mb": usage.ru_maxrss / 1024, "children_mb": 0.0}
    return Run(wall, usage.ru_utime + usage.ru_stime, own["self_mb"], own["children_mb"], load, proc.returncode)


def child_env(extra: dict[str, str]) -> dict[str, str]:
    """The environment of a measured process: bytecode cached outside the trees (see the docstring)."""
    env = {**os.environ, **extra, "PYTHONPYCACHEPREFIX": str(PYCACHE)}
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    return env


def warm_up(scratch: Path, before: Optional[Path]) -> None:
    """One unmeasured run of each kind of process on one page, so every measured one finds its .pyc files."""
    page = one_page_pdf(scratch)
    configs = [Config("", "baseline", [str(page)]), Config("", "pypdfium2", [str(page)]),
               Config("", "exec", [str(Path(sys.executable).with_name("panelparse")), "--version"]),
               cli("", "batch", str(page), "--out", str(scratch / "warm-batch"), "--force", "-q")]
    for engine in ("pdfplumber", "pdfium"):
        configs.append(cli("", "extract", str(page), "--json", "-q", "--engine", engine))
    if before is not None:
        configs.append(cli("", "extract", str(page), "--json", "-q", before=before))
    for config in configs:
        measure(config, scratch)


def interleave(configs: list[Config], rounds: int, scratch: Path, label: str = "") -> None:
    """Each round runs every config once; the order rotates by one each round."""
    for r in range(rounds):
        order = configs[r % len(configs):] + configs[:r % len(configs)]
        for config in order:
            config.runs.append(measure(config, scratch))
        print(f"  {label}round {r + 1}/{rounds} done (load {os.getloadavg()[0]:.1f})", file=sys.stderr)


def cli(name: str, *args: str, before: Optional[Path] = None) -> Config:
    env = {"PYTHONPATH": str(before)} if before else {}
    return Config(name, "cli", list(args), env)


def table(configs: list[Config], base: Optional[Config] = None, memory: bool = False, cpu: bool = True) -> list[str]:
    """One row per config: medians, ratios to `base` paired by round, the loads. cpu=False: CPU not known."""
    head = f"{'configuration':34} {'wall s':>7} {'cpu s':>7}"
    head += f" {'self MB':>8} {'child MB':>8}" if memory else ""
    head += f" {'wall/base':>9} {'cpu/base':>8}" if base else ""
    lines = [head + "  load avg (1 min) before each run"]
    for c in configs:
        row = f"{c.name:34} {c.median('wall'):7.2f} " + (f"{c.median('cpu'):7.2f}" if cpu else f"{'-':>7}")
        row += f" {c.median('self_mb'):8.0f} {c.median('children_mb'):8.0f}" if memory else ""
        if base:
            row += f" {paired(c, base, 'wall'):9.2f} " + (f"{paired(c, base, 'cpu'):8.2f}" if cpu else f"{'-':>8}")
        lines.append(row + "  " + c.loads())
    return lines


def paired(c: Config, base: Config, attr: str) -> float:
    """Median over rounds of c's figure divided by the same round's baseline figure."""
    return statistics.median(getattr(a, attr) / getattr(b, attr) for a, b in zip(c.runs, base.runs, strict=True))


# --- sections -------------------------------------------------------------------------------

def sample_section(rounds: int, scratch: Path) -> list[str]:
    base = Config("fair pdfplumber baseline", "baseline", [str(SAMPLE)])
    configs = [base,
               cli("panelparse extract --json", "extract", str(SAMPLE), "--json", "-q"),
               cli("  --workers 1", "extract", str(SAMPLE), "--json", "-q", "--workers", "1"),
               cli("  --engine pdfium", "extract", str(SAMPLE), "--json", "-q", "--engine", "pdfium"),
               Config("pypdfium2 text (ceiling)", "pypdfium2", [str(SAMPLE)])]
    if shutil.which("pdftotext"):
        configs.append(Config("pdftotext (ceiling)", "exec", ["pdftotext", str(SAMPLE), "-"]))
    interleave(configs, rounds, scratch, "sample ")
    out = [f"Sample pack ({SAMPLE.name}, 52 pages), {rounds} rounds interleaved; ratios paired by round:", ""]
    out += table(configs, base)
    if not shutil.which("pdftotext"):
        out.append("(pdftotext not installed: apt-get install poppler-utils)")
    return out


def one_page_pdf(scratch: Path) -> Path:
    import pikepdf

    out = scratch / "one-page.pdf"
    with pikepdf.open(SAMPLE) as src:
        single = pikepdf.Pdf.new()
        single.pages.append(src.pages[0])
        single.save(out)
    return out


def startup_section(rounds: int, scratch: Path, before: Optional[Path] = None) -> list[str]:
    script = Path(sys.executable).with_name("panelparse")
    version = Config("panelparse --version", "exec", [str(script), "--version"])
    importing = Config("python -c 'import panelparse'", "exec", [sys.executable, "-c", "import panelparse"])
    interleave([version, importing], max(rounds, 5), scratch, "start-up ")
    page = one_page_pdf(scratch)
    base = Config("fair baseline, 1 page", "baseline", [str(page)])
    ours = cli("panelparse extract --json, 1 page", "extract", str(page), "--json", "-q")
    configs = [base, ours]
    if before is not None:  # the same command with the code being compared against (--before)
        configs.append(cli("  the same, --before code", "extract", str(page), "--json", "-q", before=before))
    interleave(configs, max(rounds, 5), scratch, "1-page ")
    return ["Start-up and a 1-page extract (page 1 of the sample pack), fresh processes:", ""] + \
        table([version, importing]) + [""] + table(configs, base)


def answer_key_pdfs() -> list[Path]:
    sys.path.insert(0, str(ROOT / "benchmarks"))
    import accuracy

    return [accuracy.pdf_for(k) for k in accuracy.find_keys()]


def corpus_section(rounds: int, scratch: Path, before: Optional[Path]) -> list[str]:
    if before is None:
        return ["Corpus: skipped (give --before SRC, the src/ folder of the code to compare against)."]
    pdfs = answer_key_pdfs()
    totals: dict[str, list[tuple[float, float, float]]] = {"before": [], "ours": []}
    for r in range(rounds):
        wall = {"before": 0.0, "ours": 0.0}
        cpu = {"before": 0.0, "ours": 0.0}
        loads = []
        for i, pdf in enumerate(pdfs):
            # --ocr off: the scan fails fast in both, as it did by default before the scans OCR mode.
            pair = [("before", cli("", "extract", str(pdf), "--json", "-q", before=before)),
                    ("ours", cli("", "extract", str(pdf), "--json", "-q", "--ocr", "off"))]
            for who, config in pair if (i + r) % 2 == 0 else pair[::-1]:
                run = measure(config, scratch)
                wall[who] += run.wall
                cpu[who] += run.cpu
                loads.append(run.load)
        for who in totals:
            totals[who].append((wall[who], cpu[who], statistics.mean(loads)))
        print(f"  corpus round {r + 1}/{rounds}: before {wall['before']:.1f}s ours {wall['ours']:.1f}s",
              file=sys.stderr)
    speed = statistics.median(b[0] / o[0] for b, o in zip(totals["before"], totals["ours"], strict=True))
    cpu_ratio = statistics.median(o[1] / b[1] for b, o in zip(totals["before"], totals["ours"], strict=True))
    lines = [f"Corpus: {len(pdfs)} PDFs (every file with an answer key), each extracted by today's code and by this",
             f"tree in turn (the pair's order alternating), {rounds} rounds; totals per round:", "",
             f"{'code':10} {'wall s (median)':>16} {'cpu s (median)':>15}  mean load per round"]
    for who, label in (("before", "before"), ("ours", "this tree")):
        runs = totals[who]
        wall_s, cpu_s = statistics.median(r[0] for r in runs), statistics.median(r[1] for r in runs)
        lines.append(f"{label:10} {wall_s:16.1f} {cpu_s:15.1f}  {' '.join(f'{r[2]:.1f}' for r in runs)}")
    lines += ["", f"wall-time speed-up (median of per-round ratios): {speed:.2f}x; CPU ours/before: {cpu_ratio:.2f}"]
    return lines


def distinct_pack(times: int, scratch: Path) -> Path:
    """The sample pack `times` over, each copy's objects copied afresh (no shared stream or font)."""
    import pikepdf

    out = scratch / f"distinct-x{times}.pdf"
    pack = pikepdf.Pdf.new()
    for _ in range(times):
        with pikepdf.open(SAMPLE) as copy:
            pack.pages.extend(copy.pages)
    pack.save(out)
    return out


def memory_section(rounds: int, scratch: Path) -> list[str]:
    small, large = distinct_pack(1, scratch), distinct_pack(8, scratch)
    kinds = [("panelparse extract --json", ["--json", "-q", "--max-memory", "0"]),
             ("  --workers 1", ["--json", "-q", "--max-memory", "0", "--workers", "1"])]
    configs = []
    for pages, pdf in ((52, small), (416, large)):
        for name, args in kinds:
            configs.append(cli(f"{name}, {pages} p", "extract", str(pdf), *args))
        configs.append(Config(f"fair baseline, {pages} p", "baseline", [str(pdf)]))
    interleave(configs, rounds, scratch, "memory ")
    lines = ["Peak RSS on distinct pages (--max-memory 0: no address-space cap), medians:", ""]
    lines += table(configs, memory=True)
    lines.append("")
    for i in range(3):
        a, b = configs[i], configs[i + 3]
        for attr, label in (("self_mb", "process"), ("children_mb", "largest child")):
            if a.median(attr) > 1:
                lines.append(f"{a.name.rsplit(',', 1)[0].strip():28} {label:13} 416/52 pages: "
                             f"{b.median(attr) / a.median(attr):.2f}x")
    return lines


def batch_section(rounds: int, scratch: Path) -> list[str]:
    pdfs = [str(p) for p in answer_key_pdfs()]
    # --force: every round converts every input (the manifest of the round before would skip them all)
    configs = [Config(f"batch --jobs {j}", "cli", ["batch", *pdfs, "--out", str(scratch / f"out{j}"), "--jobs", str(j),
                                                   "--force", "-q"]) for j in (1, 2)]
    interleave(configs, rounds, scratch, "batch ")
    # CPU is not shown: batch workers fork from a forkserver, whose children the measured process
    # never waits for, so their CPU time is not in its rusage.
    return [f"panelparse batch over the same {len(pdfs)} PDFs, --jobs 1 against --jobs 2, {rounds} rounds",
            "(wall time only: the workers' CPU is not counted in the measured process):", ""] + \
        table(configs, configs[0], cpu=False) + \
        ["", "(benchmarks/batch.py, below, measures batch throughput in more detail.)"]


def engines_section(rounds: int) -> list[str]:
    sys.path.insert(0, str(ROOT / "benchmarks"))
    import accuracy

    keys = accuracy.find_keys()
    lines = ["Engines: each answer-key file scored with pdfplumber and with pdfium (accuracy.py's scorer), CPU",
             f"seconds per file in one process (--workers 1; median of {min(rounds, 3)}, engines alternating):", "",
             f"{'file':58} {'pdfplumber':>10} {'pdfium':>7} {'diff':>6} {'cpu s':>6} {'pdfium s':>8} {'speed-up':>8}"]
    worst, cpu = [], {"pdfplumber": 0.0, "pdfium": 0.0}
    for key in keys:
        scores, seconds = {}, {}
        for r in range(min(rounds, 3)):
            for engine in (("pdfplumber", "pdfium") if r % 2 == 0 else ("pdfium", "pdfplumber")):
                started = time.process_time()
                output, _ = _engine_output(accuracy, key, engine)
                seconds.setdefault(engine, []).append(time.process_time() - started)
                passed, total, _, _ = accuracy.score_output(key, output)
                scores[engine] = 100 * passed / total if total else 100.0
        a, b = statistics.median(seconds["pdfplumber"]), statistics.median(seconds["pdfium"])
        cpu["pdfplumber"] += a
        cpu["pdfium"] += b
        diff = scores["pdfium"] - scores["pdfplumber"]
        worst.append(diff)
        name = key.name.removesuffix(".expect.json")
        lines.append(f"{name[:58]:58} {scores['pdfplumber']:10.1f} {scores['pdfium']:7.1f} {diff:+6.1f} {a:6.2f}"
                     f" {b:8.2f} {a / b:7.2f}x")
    lines += ["", f"{len(keys)} files; pdfium within 2 points on {sum(d >= -2 for d in worst)}, "
              f"worst {min(worst):+.1f}, best {max(worst):+.1f}; CPU over all files: "
              f"pdfplumber {cpu['pdfplumber']:.1f} s, pdfium {cpu['pdfium']:.1f} s "
              f"({cpu['pdfplumber'] / cpu['pdfium']:.2f}x)"]
    return lines


def _engine_output(accuracy, key: Path, engine: str):
    from panelparse.errors import PanelparseError
    from panelparse.options import ExtractOptions
    from panelparse.pipeline import extract
    from panelparse.render.json import render_json

    try:
        return json.loads(render_json(extract(accuracy.pdf_for(key), ExtractOptions(
            plugins="builtin", engine=engine, workers=1)))), None
    except PanelparseError as exc:
        return None, str(exc)


# --- report ---------------------------------------------------------------------------------

def header(rounds: int) -> list[str]:
    return [f"Machine: {os.cpu_count()} CPUs, Python {platform.python_version()}, {date.today().isoformat()}; "
            f"load average at the start {' '.join(f'{v:.1f}' for v in os.getloadavg())}; {rounds} rounds.", ""]


def write_results(text: str) -> None:
    old = RESULTS.read_text() if RESULTS.exists() else ""
    batch = old[old.index(BATCH_START):old.index(BATCH_END) + len(BATCH_END)] if BATCH_START in old else ""
    RESULTS.write_text(text.rstrip() + "\n\n" + batch + ("\n" if batch else ""))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--only", default=",".join(SECTIONS), help="comma list of: " + ", ".join(SECTIONS))
    parser.add_argument("--before", type=Path, help="src/ folder of the code to compare the corpus against")
    parser.add_argument("--write", action="store_true", help="write the figures into benchmarks/RESULTS.md")
    parser.add_argument("--notes", type=Path, help="Markdown to put under each section's figures (--write)")
    args = parser.parse_args()
    wanted = [s.strip() for s in args.only.split(",") if s.strip()]
    sections: dict[str, Callable[[Path], list[str]]] = {
        "sample": lambda d: sample_section(args.rounds, d),
        "startup": lambda d: startup_section(args.rounds, d, args.before),
        "corpus": lambda d: corpus_section(args.rounds, d, args.before),
        "memory": lambda d: memory_section(args.rounds, d),
        "batch": lambda d: batch_section(args.rounds, d),
        "engines": lambda d: engines_section(args.rounds),
    }
    out = header(args.rounds)
    with tempfile.TemporaryDirectory(prefix="panelparse-bench-") as tmp:
        print("warming up...", file=sys.stderr)
        warm_up(Path(tmp), args.before if {"corpus", "startup"} & set(wanted) else None)
        for name in wanted:
            print(f"{name}...", file=sys.stderr)
            lines = sections[name](Path(tmp))
            print("\n".join(lines) + "\n", flush=True)
            out += [f"## {name}", "", "```", *lines, "```", ""]
    if args.write:
        command = "python benchmarks/bench.py " + " ".join(sys.argv[1:])
        intro = ["# Benchmark results", "", f"`{command.strip()}` (see its docstring for what each section",
                 "measures and how).", ""]
        notes = args.notes.read_text() if args.notes else ""
        write_results("\n".join(intro + out) + ("\n" + notes if notes else ""))


if __name__ == "__main__":
    main()

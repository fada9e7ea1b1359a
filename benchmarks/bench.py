"""Speed and memory of panelparse, measured against a baseline taken in the same run.

Baseline: pdfplumber's own `page.extract_text()` over every page (what a person scripting
by hand would start with). Each measurement runs in a fresh subprocess so peak RSS
(ru_maxrss) belongs to that one job.

    python benchmarks/bench.py                 # sample pack + corpus, 3 repeats
    python benchmarks/bench.py --repeat 1 --scale 1,4,8   # memory flatness on bigger packs

Prints a table to stdout; nothing is asserted (timings belong here, not in tests).
"""

from __future__ import annotations

import argparse
import json
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SAMPLE = ROOT / "tests/fixtures/packs/wiltshire-pcp-2023-03-09.pdf"
CORPUS = sorted(p for p in (ROOT / "tests/fixtures/corpus").glob("*.pdf") if "scanned" not in p.name)

_JOB = r"""
import json, resource, sys, time
mode, path = sys.argv[1], sys.argv[2]
start = time.perf_counter()
if mode == "baseline":
    import pdfplumber
    with pdfplumber.open(path) as pdf:
        for page in pdf.pages:
            page.extract_text()
            page.close()
else:
    from panelparse.pipeline import extract
    from panelparse.options import ExtractOptions
    extract(path, ExtractOptions(plugins="builtin"))
elapsed = time.perf_counter() - start
print(json.dumps({"seconds": elapsed, "peak_rss_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024}))
"""


def run_job(mode: str, path: Path) -> dict:
    done = subprocess.run([sys.executable, "-c", _JOB, mode, str(path)], capture_output=True, text=True, check=True)
    return json.loads(done.stdout.strip().splitlines()[-1])


def measure(path: Path, repeat: int) -> dict:
    base = [run_job("baseline", path) for _ in range(repeat)]
    ours = [run_job("panelparse", path) for _ in range(repeat)]
    b = statistics.median(r["seconds"] for r in base)
    o = statistics.median(r["seconds"] for r in ours)
    return {"file": path.name, "baseline_s": b, "panelparse_s": o, "ratio": o / b,
            "baseline_rss_mb": max(r["peak_rss_mb"] for r in base),
            "panelparse_rss_mb": max(r["peak_rss_mb"] for r in ours)}


def scaled_pack(times: int, directory: Path) -> Path:
    """The sample pack concatenated `times` times (a long archive pack)."""
    from pypdf import PdfReader, PdfWriter

    writer = PdfWriter()
    reader = PdfReader(str(SAMPLE))
    for _ in range(times):
        for page in reader.pages:
            writer.add_page(page)
    out = directory / f"sample-x{times}.pdf"
    with open(out, "wb") as fh:
        writer.write(fh)
    return out


def batch_throughput(jobs: int, files: list[Path], out: Path) -> float:
    start = time.perf_counter()
    subprocess.run([sys.executable, "-m", "panelparse", "batch", *map(str, files), "--out", str(out),
                    "--jobs", str(jobs)], capture_output=True, check=False)
    return time.perf_counter() - start


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--scale", default="1,4", help="Sample-pack multiples for the memory check.")
    parser.add_argument("--no-batch", action="store_true")
    args = parser.parse_args()

    rows = [measure(p, args.repeat) for p in [SAMPLE, *CORPUS]]
    print(f"{'file':62} {'base s':>7} {'ours s':>7} {'ratio':>6} {'base MB':>8} {'ours MB':>8}")
    for r in rows:
        print(f"{r['file'][:62]:62} {r['baseline_s']:7.2f} {r['panelparse_s']:7.2f} {r['ratio']:6.2f}"
              f" {r['baseline_rss_mb']:8.0f} {r['panelparse_rss_mb']:8.0f}")
    total_b = sum(r["baseline_s"] for r in rows)
    total_o = sum(r["panelparse_s"] for r in rows)
    print(f"{'TOTAL':62} {total_b:7.2f} {total_o:7.2f} {total_o / total_b:6.2f}")

    with tempfile.TemporaryDirectory() as tmp:
        tmpdir = Path(tmp)
        print("\nmemory as the pack grows (sample pack repeated):")
        for times in (int(t) for t in args.scale.split(",")):
            r = measure(scaled_pack(times, tmpdir), 1)
            print(f"  x{times:<3} {52 * times:5} pages  ours {r['panelparse_s']:6.1f}s  peak {r['panelparse_rss_mb']:6.0f} MB"
                  f"  (baseline {r['baseline_s']:5.1f}s, {r['baseline_rss_mb']:4.0f} MB)")
        if not args.no_batch:
            files = [SAMPLE, *CORPUS] * 2
            one = batch_throughput(1, files, tmpdir / "b1")
            two = batch_throughput(2, files, tmpdir / "b2")
            print(f"\nbatch of {len(files)} files: --jobs 1 {one:.1f}s, --jobs 2 {two:.1f}s (speed-up {one / two:.2f}x)")


if __name__ == "__main__":
    main()

"""Run `panelparse extract` over a folder of damaged and odd PDFs and compare with PDFium.

    python benchmarks/badpdfs.py [FOLDER] [--jobs 2] [--json results.json]

For each file: the exit code, whether stderr holds a traceback, and whether PDFium
(pypdfium2) reads text from it. A file PDFium reads text from that panelparse rejects is
"lost"; the script exits 1 when any file gives a traceback, an exit 70 or is lost.
Default folder: ../shared/badpdfs beside the checkout, else tests/fixtures/badpdfs.
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
CLI = [sys.executable, "-m", "panelparse", "extract"]
# Exit codes that are a verdict on the file rather than a failure to read what PDFium reads.
NOT_LOST = {0, 5, 11, 12, 13}


def pdfium_chars(path: Path) -> int:
    """Non-space characters PDFium extracts from every page (0 when it cannot open the file)."""
    try:
        import pypdfium2 as pdfium
    except ImportError:
        return -1
    try:
        pdf = pdfium.PdfDocument(str(path))
    except Exception:  # PDFium rejects the file too
        return 0
    total = 0
    try:
        for index in range(len(pdf)):
            page = pdf[index]
            text = page.get_textpage().get_text_range()
            total += sum(1 for c in text if not c.isspace())
    except Exception:
        pass
    finally:
        pdf.close()
    return total


def run_one(path: Path, timeout: float) -> dict:
    """Extract one file with the CLI; what happened, and what PDFium reads."""
    try:
        proc = subprocess.run([*CLI, str(path), "--json"], capture_output=True, timeout=timeout, text=True)
        code, err, out = proc.returncode, proc.stderr, proc.stdout
    except subprocess.TimeoutExpired:
        code, err, out = -1, "timed out", ""
    chars = 0
    if code == 0:
        pack = json.loads(out)
        chars = len(json.dumps(pack["documents"]))
    pdfium = pdfium_chars(path)
    return {
        "file": path.name,
        "exit": code,
        "traceback": "Traceback" in err,
        "message": err.strip().splitlines()[-1][:160] if err.strip() else "",
        "pdfium_chars": pdfium,
        "lost": pdfium > 0 and code not in NOT_LOST,
        "json_chars": chars,
    }


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    default = ROOT.parent / "shared" / "badpdfs"
    parser.add_argument("folder", nargs="?", type=Path,
                        default=default if default.is_dir() else ROOT / "tests" / "fixtures" / "badpdfs")
    parser.add_argument("--jobs", type=int, default=2)
    parser.add_argument("--timeout", type=float, default=300.0)
    parser.add_argument("--json", type=Path, help="Write every result to this file.")
    args = parser.parse_args()
    files = sorted(args.folder.glob("*.pdf"))
    with ThreadPoolExecutor(args.jobs) as pool:
        results = list(pool.map(lambda p: run_one(p, args.timeout), files))
    codes: dict[int, int] = {}
    for result in results:
        codes[result["exit"]] = codes.get(result["exit"], 0) + 1
        if result["traceback"] or result["exit"] in (70, -1) or result["lost"]:
            print(f"{result['file']}: exit {result['exit']} pdfium {result['pdfium_chars']} {result['message']}")
    tracebacks = sum(r["traceback"] for r in results)
    lost = sum(r["lost"] for r in results)
    print(f"{len(files)} files; exit codes {dict(sorted(codes.items()))}; tracebacks {tracebacks}; "
          f"lost (PDFium reads text, panelparse does not) {lost}")
    if args.json:
        args.json.write_text(json.dumps(results, indent=1))
    return 1 if tracebacks or codes.get(70) or codes.get(-1) or lost else 0


if __name__ == "__main__":
    sys.exit(main())

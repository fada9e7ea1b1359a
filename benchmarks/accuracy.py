#!/usr/bin/env python3
"""Score panelparse against every answer key in tests/fixtures; rewrite benchmarks/ACCURACY.md.

    python benchmarks/accuracy.py                 # all keys, both cores, table + ACCURACY.md
    python benchmarks/accuracy.py souldern tintern  # only keys whose name contains a word
    python benchmarks/accuracy.py -v kent-cabinet-2025-01-09-minutes   # every failed check in full
    python benchmarks/accuracy.py --no-write      # print only
    python benchmarks/accuracy.py --ocr off       # no OCR even where panelparse[ocr] is installed

Keys (`NAME.expect.json` beside `NAME.pdf`) live in tests/fixtures/corpus (real council
papers), tests/fixtures/packs (built packs) and tests/fixtures/styles (generated house
styles); the format and scorer are those of benchmarks/score/check.py, which is the same
format the project is judged with. Floors (benchmarks/accuracy-floors.json) record the score
each file must not drop below; `tests/test_accuracy.py` enforces them. Raise a floor when a
file improves (`--raise-floors`); never lower one to make a change pass.

A scanned file (no text layer) is read by OCR, as `extract --ocr auto` reads it, when the OCR
extra is installed (`pip install -e '.[test,ocr]'`, which CI installs); without it the file
cannot be read at all, so it scores 0 marked "needs panelparse[ocr]" and is held to no floor.
"""

from __future__ import annotations

import argparse
import importlib.util
import json
import os
import sys
import time
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
FIXTURES = ROOT / "tests" / "fixtures"
KEY_FOLDERS = ("corpus", "packs", "styles")
FLOORS = Path(__file__).resolve().parent / "accuracy-floors.json"
REPORT = Path(__file__).resolve().parent / "ACCURACY.md"
sys.path.insert(0, str(Path(__file__).resolve().parent / "score"))

import check  # noqa: E402  (benchmarks/score/check.py: the judging scorer, unchanged)

# The OCR engine of the `ocr` extra (panelparse.layout.ocr): scanned files are scored only with it.
OCR_INSTALLED = importlib.util.find_spec("rapidocr_onnxruntime") is not None
NEEDS_OCR = "needs panelparse[ocr]"


@dataclass
class Score:
    """One file's score against its key."""

    name: str
    group: str
    passed: int
    total: int
    failed: list[str] = field(default_factory=list)
    details: list[str] = field(default_factory=list)
    error: str | None = None
    seconds: float = 0.0
    unscored: str | None = None  # why the file could not be scored here (a scan, no OCR engine)

    @property
    def share(self) -> float:
        return self.passed / self.total if self.total else 1.0


def find_keys(words: list[str] | None = None) -> list[Path]:
    keys = [k for folder in KEY_FOLDERS for k in sorted((FIXTURES / folder).glob("*.expect.json"))
            if pdf_for(k).exists()]
    if words:
        keys = [k for k in keys if any(w in k.name for w in words)]
    return keys


def pdf_for(key: Path) -> Path:
    """The PDF a key scores (a key being rewritten counts as having none)."""
    try:
        return key.with_name(json.loads(key.read_text())["pdf"])
    except (OSError, ValueError, KeyError):
        return key.with_name("missing.pdf")


def output_for(pdf: Path, engine: str | None = None, ocr: str = "off") -> tuple[dict | None, str | None]:
    """panelparse's JSON for one PDF, as `panelparse extract --json` prints it; or the error."""
    from panelparse.errors import PanelparseError
    from panelparse.options import ExtractOptions
    from panelparse.pipeline import extract
    from panelparse.render.json import render_json

    options = {"plugins": "builtin", "ocr": ocr}
    if engine:
        options["engine"] = engine
    try:
        return json.loads(render_json(extract(pdf, ExtractOptions(**options)))), None
    except PanelparseError as exc:  # the path relative to the repository, wherever it is checked out
        return None, f"exit {exc.exit_code}: {exc}".replace(f"{ROOT}/", "")


def score_output(key: Path, output: dict | None) -> tuple[int, int, list[str], list[str]]:
    """(passed, total, failed ids, failure lines) for an output (None scores 0)."""
    checks = json.loads(key.read_text())["checks"]
    failed, details = [], []
    for c in checks:
        got = check.resolve(output, c["path"]) if output is not None else check.MISSING
        ok, why = check.judge(c, got)
        if not ok:
            failed.append(c["id"])
            shown = "MISSING" if got is check.MISSING else json.dumps(got, ensure_ascii=False)[:200]
            want = {k: v for k, v in c.items() if k not in ("id", "path")}
            details.append(f"{c['id']}: {c['path']} -> {shown} want {json.dumps(want, ensure_ascii=False)[:200]}"
                           + (f" ({why})" if why else ""))
    return len(checks) - len(failed), len(checks), failed, details


def score_key(key: Path, engine: str | None = None, ocr: str = "off") -> Score:
    started = time.perf_counter()
    output, error = output_for(pdf_for(key), engine, ocr)
    passed, total, failed, details = score_output(key, output)
    name = key.name.removesuffix(".expect.json")
    unscored = NEEDS_OCR if needs_ocr(error, ocr) else None
    return Score(name, key.parent.name, passed, total, failed, details, error, time.perf_counter() - started,
                 unscored)


def needs_ocr(error: str | None, ocr: str = "auto") -> bool:
    """The file has no text layer and no OCR read it: OCR was off, or no engine is installed."""
    return bool(error) and error.startswith("exit 6:") and (ocr == "off" or not OCR_INSTALLED)


def score_all(keys: list[Path], jobs: int, engine: str | None = None, ocr: str = "off") -> list[Score]:
    if jobs <= 1 or len(keys) <= 1:
        return [score_key(k, engine, ocr) for k in keys]
    # Largest first, so the long packs do not finish last on one core.
    ordered = sorted(keys, key=lambda k: -pdf_for(k).stat().st_size)
    with ProcessPoolExecutor(max_workers=jobs) as pool:
        scores = list(pool.map(score_key, ordered, [engine] * len(ordered), [ocr] * len(ordered)))
    rank = {k.name.removesuffix(".expect.json"): i for i, k in enumerate(keys)}
    return sorted(scores, key=lambda s: rank[s.name])


def load_floors() -> dict[str, float]:
    return json.loads(FLOORS.read_text()) if FLOORS.exists() else {}


def _group_total(scores: list[Score]) -> tuple[int, int]:
    return sum(s.passed for s in scores), sum(s.total for s in scores)


def render_markdown(scores: list[Score], floors: dict[str, float], ocr: str = "off") -> str:
    command = "python benchmarks/accuracy.py" + (" --ocr off" if ocr == "off" else "")
    engine = ("installed: the scanned file was read by OCR" if OCR_INSTALLED and ocr != "off"
              else "not used: a scanned file scores 0, held to no floor")
    lines = ["# Accuracy", "",
             f"`{command}` scores panelparse's output for every PDF in `tests/fixtures`",
             "against its hand-written answer key (`NAME.expect.json`, scored by `benchmarks/score/check.py`).",
             "Floors are in `benchmarks/accuracy-floors.json`; `tests/test_accuracy.py` fails when a file",
             "scores below its floor. Pages with no text layer are read by OCR, as `extract --ocr auto`",
             f"reads them, when panelparse[ocr] is installed (CI installs it). OCR in this run: {engine}.", ""]
    for group in KEY_FOLDERS:
        part = [s for s in scores if s.group == group]
        if not part:
            continue
        passed, total = _group_total(part)
        worst = min(part, key=lambda s: s.share)
        lines += [f"## {group}: {passed}/{total} = {100 * passed / max(total, 1):.1f}% "
                  f"(lowest file {100 * worst.share:.1f}%)", "",
                  "| file | score | % | floor | failed checks |", "|---|---|---|---|---|"]
        for s in part:
            floor = floors.get(s.name)
            failed = (f"{s.unscored}: {s.error}" if s.unscored else s.error if s.error and not s.passed
                      else ", ".join(s.failed))
            lines.append(f"| {s.name} | {s.passed}/{s.total} | {100 * s.share:.1f} | "
                         f"{'' if floor is None else f'{100 * floor:.1f}'} | {failed} |")
        lines.append("")
    passed, total = _group_total(scores)
    lines += [f"All keys: {passed}/{total} = {100 * passed / max(total, 1):.1f}%", ""]
    return "\n".join(lines)


def print_table(scores: list[Score], floors: dict[str, float], verbose: bool) -> None:
    width = max((len(s.name) for s in scores), default=10)
    for s in scores:
        floor = floors.get(s.name)
        below = floor is not None and s.share + 1e-9 < floor and not s.unscored
        mark = "  BELOW FLOOR" if below else f"  ({s.unscored})" if s.unscored else ""
        print(f"{s.name:<{width}}  {s.passed:>4}/{s.total:<4} {100 * s.share:6.1f}%  {s.seconds:5.1f}s{mark}")
        if s.error:
            print(f"{'':<{width}}  error: {s.error}")
        if verbose:
            for line in s.details:
                print(f"{'':<{width}}  FAIL {line}")
        elif s.failed:
            print(f"{'':<{width}}  failed: {', '.join(s.failed)}")
    for group in KEY_FOLDERS:
        part = [s for s in scores if s.group == group]
        if part:
            passed, total = _group_total(part)
            print(f"{group}: {passed}/{total} = {100 * passed / max(total, 1):.1f}%")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("words", nargs="*", help="only keys whose file name contains one of these")
    parser.add_argument("-v", "--verbose", action="store_true", help="print every failed check in full")
    parser.add_argument("-j", "--jobs", type=int, default=os.cpu_count() or 1)
    parser.add_argument("--engine", help="layout engine to score (default: the default engine)")
    parser.add_argument("--ocr", choices=("off", "auto"), default="auto",
                        help="auto (the default): pages with no text layer are read by OCR when panelparse[ocr] "
                             "is installed (about 5 s a page); off: never")
    parser.add_argument("--no-write", action="store_true", help="do not rewrite ACCURACY.md")
    parser.add_argument("--raise-floors", action="store_true",
                        help="set each scored file's floor to its score where that is higher")
    args = parser.parse_args(argv)
    if args.raise_floors and (args.ocr == "off" or not OCR_INSTALLED):
        print(f"note: OCR is not used in this run, so a scanned file's floor is left as it is ({NEEDS_OCR})")
    keys = find_keys(args.words)
    scores = score_all(keys, args.jobs, args.engine, args.ocr)
    floors = load_floors()
    print_table(scores, floors, args.verbose)
    if args.raise_floors:
        for s in scores:
            if not s.unscored:
                floors[s.name] = max(floors.get(s.name, 0.0), round(s.share - 5e-5, 4))
        FLOORS.write_text(json.dumps(dict(sorted(floors.items())), indent=2) + "\n")
    if not args.no_write and not args.words and not args.engine:
        REPORT.write_text(render_markdown(scores, floors, args.ocr))
    below = [s.name for s in scores if s.name in floors and s.share + 1e-9 < floors[s.name] and not s.unscored]
    if below:
        print("below floor: " + ", ".join(below))
    return 1 if below else 0


if __name__ == "__main__":
    sys.exit(main())

"""Layering rules that keep the code honest: one pdfplumber boundary, one parsing home."""

from __future__ import annotations

import ast
import re
import subprocess
import sys
from pathlib import Path

import pytest

SRC = Path(__file__).parent.parent / "src" / "panelparse"


def imports_of(path: Path) -> set[str]:
    tree = ast.parse(path.read_text())
    names = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            names.update(a.name for a in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            names.add(node.module)
    return names


def test_only_layout_pdf_imports_pdfplumber():
    offenders = [p.relative_to(SRC).as_posix() for p in SRC.rglob("*.py")
                 if any(n.split(".")[0] in {"pdfplumber", "pdfminer"} for n in imports_of(p))]
    assert offenders == ["layout/pdf.py"]


def test_models_import_without_pdf_machinery():
    code = ("import sys, panelparse.models; "
            "bad = [m for m in sys.modules if m.split('.')[0] in ('pdfplumber', 'pdfminer')]; "
            "print(','.join(bad))")
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert done.stdout.strip() == ""


# Patterns that belong to panelparse.parsing; an extractor needing one calls a parser instead.
VALUE_PATTERNS = {
    "money": re.compile(r"£"),
    "percentage points": re.compile(r"%\s*points", re.I),
    "clock duration": re.compile(r"\\d\{2\}:\\d\{2\}"),
    "trend arrow": re.compile(r"[▲▼]"),
    "month names": re.compile(r"jan(uary)?\|feb", re.I),
    "meridiem": re.compile(r"\[ap\]\\\.?m|am\|pm", re.I),
}
EXTRACTOR_FILES = sorted((SRC / "extractors").glob("*.py"))


@pytest.mark.parametrize("path", EXTRACTOR_FILES, ids=[p.name for p in EXTRACTOR_FILES])
def test_extractors_do_not_reimplement_value_parsing(path):
    found = []
    for number, line in enumerate(path.read_text().splitlines(), 1):
        if "parsing-ok" in line:  # explicit, reviewed exception (e.g. matching a '£' column label)
            continue
        for name, pattern in VALUE_PATTERNS.items():
            if pattern.search(line):
                found.append(f"{path.name}:{number} looks like {name} parsing; use panelparse.parsing")
    assert not found, "\n".join(found)

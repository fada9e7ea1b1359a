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
    # pages.py holds the pdfplumber Page subclasses (FastPage, PdfiumPage), which use pdfminer's
    # and pdfplumber's internals; pdf.py their public API. Together they are the one boundary.
    assert sorted(offenders) == ["layout/pages.py", "layout/pdf.py"]


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
EXTRACTOR_FILES = sorted((SRC / "extractors").rglob("*.py"))


@pytest.mark.parametrize("path", EXTRACTOR_FILES, ids=[p.relative_to(SRC).as_posix() for p in EXTRACTOR_FILES])
def test_extractors_do_not_reimplement_value_parsing(path):
    found = []
    for number, line in enumerate(path.read_text().splitlines(), 1):
        if "parsing-ok" in line:  # explicit, reviewed exception (e.g. matching a '£' column label)
            continue
        for name, pattern in VALUE_PATTERNS.items():
            if pattern.search(line):
                found.append(f"{path.relative_to(SRC)}:{number} looks like {name} parsing; use panelparse.parsing")
    assert not found, "\n".join(found)


# --- layers (../shared/STYLE.md §3.3): imports point downward only ---------------------------

def module_name(path: Path) -> str:
    parts = list(path.relative_to(SRC.parent).with_suffix("").parts)
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


def resolved_imports(path: Path, top_level_only: bool = False) -> set[str]:
    """Every panelparse module `path` imports, relative imports resolved."""
    name = module_name(path)
    package = name if path.name == "__init__.py" else name.rsplit(".", 1)[0]
    tree = ast.parse(path.read_text())
    nodes = tree.body if top_level_only else list(ast.walk(tree))
    found = set()
    for node in nodes:
        if isinstance(node, ast.ImportFrom):
            if node.level:
                base = package.split(".")[: len(package.split(".")) - (node.level - 1)]
                target = ".".join(base + ([node.module] if node.module else []))
                found.add(target)
                found.update(f"{target}.{a.name}" for a in node.names)
            elif node.module and node.module.startswith("panelparse"):
                found.add(node.module)
        elif isinstance(node, ast.Import):
            found.update(a.name for a in node.names if a.name.startswith("panelparse"))
    return {f for f in found if f.startswith("panelparse")}


def area(module: str) -> str:
    parts = module.split(".")
    return parts[1] if len(parts) > 1 else "panelparse"


ALL_FILES = sorted(SRC.rglob("*.py"))
# What each area must never import (its dependants, or a layer it skips).
FORBIDDEN = {
    "models": {"parsing", "layout", "span", "segment", "classify", "extractors", "assemble", "pipeline", "inspect",
               "render", "batch", "cli", "schema", "options", "panelparse"},
    "parsing": {"layout", "span", "segment", "classify", "extractors", "assemble", "pipeline", "inspect", "render",
                "batch", "cli", "panelparse"},
    "layout": {"models", "parsing", "span", "segment", "classify", "extractors", "assemble", "pipeline", "inspect",
               "render", "batch", "cli", "panelparse"},
    "extractors": {"segment", "classify", "assemble", "pipeline", "inspect", "render", "batch", "cli", "schema",
                   "panelparse"},
    "render": {"extractors", "layout", "segment", "classify", "pipeline", "batch", "cli"},
}


@pytest.mark.parametrize("path", ALL_FILES, ids=[p.relative_to(SRC).as_posix() for p in ALL_FILES])
def test_imports_point_downward(path):
    mine = area(module_name(path))
    bad = sorted(m for m in resolved_imports(path) if area(m) in FORBIDDEN.get(mine, set()) and area(m) != mine)
    assert not bad, f"{mine} must not import {bad}"


KINDS = sorted(p.name for p in (SRC / "extractors").iterdir() if p.is_dir() and p.name not in ("common", "__pycache__"))


@pytest.mark.parametrize("path", sorted((SRC / "extractors").rglob("*.py")),
                         ids=lambda p: p.relative_to(SRC).as_posix())
def test_kinds_import_only_common_and_base(path):
    mine = module_name(path).split(".")
    own = mine[2] if len(mine) > 2 and mine[2] in KINDS else None
    for target in resolved_imports(path):
        parts = target.split(".")
        if parts[:2] != ["panelparse", "extractors"] or len(parts) < 3:
            continue
        other = parts[2]
        if other in KINDS and other != own and mine[-1] != "extractors":
            pytest.fail(f"{module_name(path)} imports the {other} kind ({target}); share code through common/")
        if mine[2:3] == ["common"] and other in KINDS:
            pytest.fail(f"{module_name(path)}: common/ must not import a kind ({target})")


def test_every_kind_is_a_package_exporting_its_extractor():
    import importlib

    for kind in KINDS:
        module = importlib.import_module(f"panelparse.extractors.{kind}")
        assert any(name.endswith("Extractor") for name in module.__all__), kind


def test_no_import_cycles():
    graph = {module_name(p): resolved_imports(p) for p in ALL_FILES}  # lazy imports count too
    modules = set(graph)
    graph = {m: {t for t in targets if t in modules and t != m} for m, targets in graph.items()}
    state: dict[str, int] = {}

    def visit(node: str, trail: list[str]) -> None:
        state[node] = 1
        for nxt in graph[node]:
            if state.get(nxt) == 1:
                cycle = trail[trail.index(nxt):] + [nxt] if nxt in trail else [node, nxt]
                pytest.fail("import cycle: " + " -> ".join(cycle))
            if nxt not in state:
                visit(nxt, trail + [nxt])
        state[node] = 2

    for module in sorted(graph):
        if module not in state:
            visit(module, [module])

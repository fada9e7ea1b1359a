"""Every code block in the docs and the README runs, doctest-style.

Python blocks of a page run in order, as one script, in a scratch folder that holds the
files the examples name (`pack.pdf`, an `archive/` of PDFs). Shell blocks run line by line
there with `panelparse` on the PATH, and every line must succeed. A block that cannot run
here (an install, the network, a cluster) is preceded by `<!-- not run: REASON -->`, so
skipping one is a visible, reviewed decision. Blocks in other languages (toml, json, text,
diagrams) are data, not examples.
"""

from __future__ import annotations

import os
import re
import shlex
import shutil
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path

import pytest
from conftest import CORPUS, PACKS

ROOT = Path(__file__).parent.parent
PAGES = sorted((ROOT / "docs").glob("*.md")) + [ROOT / "README.md"]
# The example pack: small enough that a dozen commands over it take seconds.
EXAMPLE_PACK = CORPUS / "kent-cabinet-2025-01-30-item5-budget-monitoring-cover-report.pdf"
ARCHIVE = [PACKS / "minutes-unnumbered-headings.pdf", CORPUS / "kent-cabinet-2025-01-30-agenda-frontsheet.pdf"]
FENCE = re.compile(r"^(?:<!-- not run: (?P<reason>[^>]*?) -->\n)?```(?P<lang>[\w-]*)\n(?P<code>.*?)^```", re.M | re.S)
SHELL = {"bash", "sh", "shell", "console"}


@dataclass(frozen=True)
class Block:
    page: str
    line: int
    lang: str
    code: str
    skip: str | None

    @property
    def id(self) -> str:
        return f"{self.page}:{self.line}"


def blocks(page: Path) -> list[Block]:
    text = page.read_text(encoding="utf-8")
    return [Block(page.name, text.count("\n", 0, m.start()) + 1, m["lang"], m["code"], m["reason"])
            for m in FENCE.finditer(text)]


ALL = [b for page in PAGES for b in blocks(page)]
PYTHON_PAGES = sorted({b.page for b in ALL if b.lang == "python" and b.skip is None})
SHELL_BLOCKS = [b for b in ALL if b.lang in SHELL and b.skip is None]


@pytest.fixture(scope="module")
def scratch(tmp_path_factory) -> Path:
    folder = tmp_path_factory.mktemp("docs")
    shutil.copy(EXAMPLE_PACK, folder / "pack.pdf")
    (folder / "archive").mkdir()
    for pdf in ARCHIVE:
        shutil.copy(pdf, folder / "archive" / pdf.name)
    return folder


def _env() -> dict[str, str]:
    bin_dir = str(Path(sys.executable).parent)
    return {**os.environ, "PATH": bin_dir + os.pathsep + os.environ.get("PATH", ""), "PANELPARSE_PLUGINS": "builtin",
            "COLUMNS": "100"}


def test_skipped_blocks_say_why_and_blocks_are_found():
    assert all(b.skip.strip() for b in ALL if b.skip is not None)
    assert len(SHELL_BLOCKS) >= 2 and len(PYTHON_PAGES) >= 3


@pytest.mark.slow
@pytest.mark.parametrize("page", PYTHON_PAGES)
def test_python_examples_run(scratch, page):
    code = "\n".join(b.code for b in ALL if b.page == page and b.lang == "python" and b.skip is None)
    done = subprocess.run([sys.executable, "-c", code], cwd=scratch, env=_env(), capture_output=True, text=True,
                          timeout=600)
    assert done.returncode == 0, f"{page}:\n{done.stderr[-3000:]}"


def _commands(code: str) -> list[str]:
    joined = code.replace("\\\n", " ")
    return [line for line in (raw.strip() for raw in joined.splitlines()) if line and not line.startswith("#")]


def _programs(command: str) -> set[str]:
    """The programs a shell line runs: the first word, and the first after each |, ||, && or ;."""
    lexer = shlex.shlex(command, posix=True, punctuation_chars=True)
    tokens, programs, expect = list(lexer), set(), True
    for token in tokens:
        if expect and token not in ("|", "||", "&&", ";"):
            programs.add(token)
        expect = token in ("|", "||", "&&", ";")
    return programs


@pytest.mark.slow
@pytest.mark.parametrize("block", SHELL_BLOCKS, ids=lambda b: b.id)
def test_shell_examples_run(scratch, block):
    for command in _commands(block.code):
        programs = _programs(command)
        missing = [p for p in programs if shutil.which(p, path=_env()["PATH"]) is None]
        if missing:
            pytest.skip(f"{block.id}: {', '.join(missing)} not installed")
        done = subprocess.run(["bash", "-o", "pipefail", "-c", command], cwd=scratch, env=_env(),
                              capture_output=True, text=True, timeout=600)
        assert done.returncode == 0, f"{block.id}: {command}\n{done.stderr[-2000:]}"

"""Docs keep up with the code: every command and every parser is documented."""

from __future__ import annotations

from pathlib import Path

import pytest
from typer.main import get_command

import panelparse.parsing as parsing
from panelparse.cli import app

DOCS = Path(__file__).parent.parent / "docs"
COMMANDS = sorted(get_command(app).commands)
PARSERS = sorted(n for n in parsing.__all__ if n.startswith(("parse_", "find_", "split_")))


@pytest.mark.parametrize("command", COMMANDS)
def test_every_command_has_help_and_is_in_cli_md(command):
    cmd = get_command(app).commands[command]
    assert cmd.help, f"{command} has no help text"
    assert f"## {command}" in (DOCS / "cli.md").read_text()


@pytest.mark.parametrize("name", PARSERS)
def test_every_parser_is_in_parsing_md(name):
    assert name in (DOCS / "parsing.md").read_text()


def test_readme_quick_start_matches_ci():
    readme = (Path(__file__).parent.parent / "README.md").read_text()
    ci = (Path(__file__).parent.parent / ".ci" / "run").read_text()
    test_command = next(line for line in ci.splitlines() if "pytest" in line)
    assert test_command.strip() in readme


def test_cli_reference_is_current():
    from panelparse.clidoc import cli_reference

    assert (DOCS / "reference.md").read_text() == cli_reference(), (
        "regenerate: python -m panelparse.clidoc > docs/reference.md")


def test_every_page_is_in_the_site_nav():
    mkdocs = (DOCS.parent / "mkdocs.yml").read_text()
    for page in DOCS.glob("*.md"):
        assert f": {page.name}" in mkdocs, f"{page.name} is not in mkdocs.yml's nav"


@pytest.mark.slow
def test_docs_site_builds_strictly(tmp_path):
    pytest.importorskip("mkdocs")
    pytest.importorskip("material")
    import os
    import subprocess
    import sys

    done = subprocess.run([sys.executable, "-m", "mkdocs", "build", "--strict", "--site-dir", str(tmp_path)],
                          cwd=DOCS.parent, capture_output=True, text=True,
                          env={**os.environ, "NO_MKDOCS_2_WARNING": "1"})
    assert done.returncode == 0, done.stderr[-3000:]

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
    test_command = next(l for l in ci.splitlines() if "pytest" in l)
    assert test_command.strip() in readme

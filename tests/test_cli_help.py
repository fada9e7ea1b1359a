"""Every --help is rendered and read: each option has help, and what help names exists.

Help strings drift: an option copied to another command keeps a promise ("'-' reads stdin",
"same as --format json", "exit 9") that the new command does not keep. These tests hold
each command's help to the code: options it mentions exist on that command, exit codes it
names are the documented ones, the choices it lists are the real choices.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from typer.main import get_command

from panelparse.cli import app
from panelparse.errors import ExtractorError, PluginError, StrictModeError
from panelparse.inspect import VALUE_KINDS
from panelparse.render import OutputFormat
from panelparse.render.output import SUFFIX_FORMATS
from panelparse.render.tidy import TIDY_TABLES

GROUP = get_command(app)
COMMANDS = sorted(GROUP.commands)
CLI_MD = (Path(__file__).parent.parent / "docs" / "cli.md").read_text()
DOCUMENTED_EXIT_CODES = {int(code) for code in re.findall(r"^\| (\d+) ", CLI_MD, re.M)}


def help_text(*path: str) -> str:
    """The help as a user sees it (80 columns)."""
    from typer.testing import CliRunner

    result = CliRunner().invoke(app, [*path, "--help"], prog_name="panelparse", env={"COLUMNS": "80"})
    assert result.exit_code == 0, result.stderr
    return result.stdout


def params(command: str):
    ctx = GROUP.commands[command].make_context(command, [], resilient_parsing=True)
    return [p for p in GROUP.commands[command].get_params(ctx) if not getattr(p, "hidden", False)]


def option_names(command: str) -> set[str]:
    return {name for p in params(command) for name in (*p.opts, *p.secondary_opts) if name.startswith("-")}


def own_help(command: str) -> str:
    """The command's docstring and its parameters' help, joined (not wrapped)."""
    cmd = GROUP.commands[command]
    return " ".join([cmd.help or "", *(getattr(p, "help", None) or "" for p in params(command))])


@pytest.mark.parametrize("command", COMMANDS)
def test_help_renders_without_type_placeholders(command):
    text = help_text(command)
    assert text.startswith(f"Usage: panelparse {command} ")
    for placeholder in ("<bool>", "<list[", "<path>", "{"):
        assert placeholder not in text.split("Options:")[0], f"{command}: {placeholder} in usage or arguments"
    assert "<bool>" not in text


@pytest.mark.parametrize("command", COMMANDS)
def test_every_parameter_has_help(command):
    assert GROUP.commands[command].help
    for p in params(command):
        if p.name != "help":
            assert (getattr(p, "help", None) or "").strip(), f"{command} {p.name} has no help"


@pytest.mark.parametrize("command", COMMANDS)
def test_options_named_in_help_exist_on_that_command(command):
    text = own_help(command)
    for match in re.finditer(r"(?:(\b[a-z]+) )?(--[a-z][a-z-]*)", text):
        before, option = match.groups()
        owner = before if before in GROUP.commands else command
        assert option in option_names(owner), f"{command} help names {option}, which {owner} does not have"


@pytest.mark.parametrize("command", COMMANDS)
def test_exit_codes_named_in_help_are_documented(command):
    for code in re.findall(r"\bexits? (\d+)|\((\d+) a plugin|\b(\d+) an extractor", own_help(command)):
        number = int(next(c for c in code if c))
        assert number in DOCUMENTED_EXIT_CODES, f"{command} help names exit {number}, not in docs/cli.md"


def test_strict_help_names_the_codes_the_errors_carry():
    text = own_help("extract")
    assert f"exit {StrictModeError.exit_code}" in text
    assert f"{PluginError.exit_code} a plugin failed" in text and f"{ExtractorError.exit_code} an extractor" in text


def test_stdin_is_promised_only_where_it_is_read():
    for command in COMMANDS:
        arguments = " ".join(getattr(p, "help", "") or "" for p in params(command) if p.param_type_name == "argument")
        assert ("'-' reads" in arguments) is (command == "extract"), command


def test_listed_choices_are_the_real_ones():
    extract = own_help("extract")
    for fmt in OutputFormat:
        assert fmt.value in extract
    for suffix in SUFFIX_FORMATS:
        assert suffix in extract
    for table in TIDY_TABLES:
        assert table in extract
    parse = own_help("parse")
    for kind in VALUE_KINDS:
        assert kind in parse


def test_root_help_lists_every_command_and_the_conventions():
    text = help_text()
    for command in COMMANDS:
        assert f"  {command} " in text
    for flag in ("-V, --version", "-h, --help", "--install-completion", "--show-completion"):
        assert flag in text

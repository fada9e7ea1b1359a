"""docs/reference.md: every command's --help, as a user sees it at 80 columns.

Regenerate with `python -m panelparse.clidoc > docs/reference.md`; tests/test_docs.py fails
when the page and the code disagree, so the reference cannot go stale.
"""

from __future__ import annotations

import sys

HEADER = """# CLI reference

Every command's `--help`, generated from the code (`python -m panelparse.clidoc > docs/reference.md`;
a test fails when this page and the code disagree). [Command line](cli.md) explains the
commands, the conventions and the exit codes.
"""
WIDTH = 80


def _help(ctx) -> str:
    return ctx.command.get_help(ctx).rstrip() + "\n"


def cli_reference() -> str:
    """The reference page as Markdown: the root help, then each command's, in the order `--help` lists them."""
    from typer.core import TyperGroup
    from typer.main import get_command

    from .cli import app

    group = get_command(app)
    assert isinstance(group, TyperGroup)
    root = group.make_context("panelparse", [], terminal_width=WIDTH, max_content_width=WIDTH,
                              resilient_parsing=True)
    parts = [HEADER, "## panelparse\n", "```text\n" + _help(root) + "```\n"]
    for name in group.list_commands(root):
        command = group.commands[name]
        ctx = command.make_context(name, [], parent=root, resilient_parsing=True)
        parts += [f"## panelparse {name}\n", "```text\n" + _help(ctx) + "```\n"]
    return "\n".join(parts)


if __name__ == "__main__":
    sys.stdout.write(cli_reference())

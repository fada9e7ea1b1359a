"""Command-line conventions under `cli.py`: one-line errors, the `--` hint, progress, warnings, --strict.

Click's own usage errors are three lines (usage, a help hint, the error); here they are one,
like every other panelparse error, and exit 2. A value that starts with "-" (a change such
as "-1.5% points") is read by Click as an option; the error then shows the same command with
`--` in front of the value.
"""

from __future__ import annotations

import logging
import re
import shlex
import sys
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING, Any, Iterator, Optional, Sequence

from typer.core import TyperCommand, TyperGroup

try:  # typer 0.2x carries its own copy of click, and raises that copy's exceptions
    from typer._click import core as click_core
    from typer._click import exceptions as click_exceptions
    from typer._click import formatting as click_formatting
    from typer._click import utils as click_utils
except ImportError:  # older typer: click itself
    from click import core as click_core  # type: ignore[no-redef]
    from click import exceptions as click_exceptions  # type: ignore[no-redef]
    from click import formatting as click_formatting  # type: ignore[no-redef]
    from click import utils as click_utils  # type: ignore[no-redef]

from .console import Messages
from .errors import ExtractorError, PanelparseError, PluginError, StrictModeError

if TYPE_CHECKING:
    from .models import MeetingPack
    from .options import ExtractOptions

# A token Click took for an option although it reads as a value: a number, money, a phrase.
_LOOKS_LIKE_VALUE = re.compile(r"^-(?:[\d.,(£$€%]|\S*\s)")


class OneLineUsageError(click_exceptions.UsageError):
    """A usage error shown as one line on stderr (exit 2)."""

    def show(self, file: Any = None) -> None:
        click_utils.echo(f"panelparse: error: {self.format_message()}", file=file, err=file is None)


def dash_hint(error: click_exceptions.UsageError, args: Sequence[str], command_path: str) -> Optional[str]:
    """For 'No such option: -1' caused by a value like '-1.5% points', the command again with `--`."""
    if not isinstance(error, click_exceptions.NoSuchOption):
        return None
    for index, token in enumerate(args):
        if token.startswith(error.option_name) and _LOOKS_LIKE_VALUE.match(token):
            fixed = [*args[:index], "--", *args[index:]]
            return f"a value that starts with '-' needs -- before it: {command_path} {shlex.join(fixed)}"
    return None


@contextmanager
def one_line_usage_errors(args: Sequence[str], ctx: Optional[click_core.Context]) -> Iterator[None]:
    """Re-raise Click usage errors as OneLineUsageError, with the `--` hint where it applies."""
    try:
        yield
    except OneLineUsageError:
        raise
    except click_exceptions.UsageError as error:
        path = ctx.command_path if ctx is not None else "panelparse"
        message = error.format_message()
        hint = dash_hint(error, args, path)
        where = error.ctx.command_path if error.ctx is not None else path
        message = f"{message} ({hint})" if hint else f"{message} (see '{where} -h')"
        raise OneLineUsageError(message, error.ctx) from None


class Group(TyperGroup):
    """The `panelparse` group: usage errors of the group and of every command are one line."""

    def make_context(self, info_name: Optional[str], args: list[str], parent: Optional[click_core.Context] = None,
                     **extra: Any) -> click_core.Context:
        with one_line_usage_errors(list(args), parent):
            return super().make_context(info_name, args, parent, **extra)

    def invoke(self, ctx: click_core.Context) -> Any:
        with one_line_usage_errors([*ctx._protected_args, *ctx.args], ctx):
            return super().invoke(ctx)


class Command(TyperCommand):
    """A command whose help names each argument by its metavar alone (typer adds '{...}', '<path>', '<list[str]>')."""

    def collect_usage_pieces(self, ctx: click_core.Context) -> list[str]:
        pieces = [re.sub(r"^\{(.*)\}((?:\.\.\.)?)$", r"\1\2", piece) for piece in super().collect_usage_pieces(ctx)]
        return [re.sub(r"(\.\.\.)+", "...", piece) for piece in pieces]

    def format_options(self, ctx: click_core.Context, formatter: click_formatting.HelpFormatter) -> None:
        params = [p for p in self.get_params(ctx) if not getattr(p, "hidden", False)]
        arguments = [(p.metavar or (p.name or "").upper(), getattr(p, "help", None) or "")
                     for p in params if p.param_type_name == "argument"]
        options = [record for p in params if p.param_type_name == "option" and (record := p.get_help_record(ctx))]
        if arguments:
            with formatter.section("Arguments"):
                formatter.write_dl(arguments)
        if options:
            with formatter.section("Options"):
                formatter.write_dl(options)


class UsageProblem(PanelparseError):
    """A usage error found after the options were parsed (clashing options, a page past the end): exit 2."""

    exit_code = 2


def page_range(text: Optional[str]) -> Optional[tuple[int, int]]:
    """'3-10' as (3, 10), '7' as (7, 7); raises click_exceptions.BadParameter for anything else."""
    if text is None:
        return None
    match = re.fullmatch(r"\s*(\d+)\s*(?:[-–]\s*(\d+)\s*)?", text)
    first, last = (int(match.group(1)), int(match.group(2) or match.group(1))) if match else (0, 0)
    if not match or not 1 <= first <= last:
        raise click_exceptions.BadParameter(f"{text!r}: want N or N-M with 1 <= N <= M, e.g. 3-10",
                                            param_hint="--pages")
    return first, last


def debug_logging(verbose: int) -> None:
    """-vv: panelparse's own debug log (extractor failures with tracebacks, repairs) on stderr."""
    if verbose < 2:
        return
    handler = logging.StreamHandler(sys.stderr)
    handler.setFormatter(logging.Formatter("panelparse: debug: %(name)s: %(message)s"))
    logger = logging.getLogger("panelparse")
    logger.addHandler(handler)
    logger.setLevel(logging.DEBUG)


def read_pack(pack: Path, options: ExtractOptions, messages: Messages) -> MeetingPack:
    """Run the pipeline on PACK ('-': stdin) with a progress bar on a terminal; -v reports the stages' times."""
    from .render.progress import PackProgress

    label = "stdin" if str(pack) == "-" else pack.name
    enabled = not messages.quiet and messages.console.is_terminal  # -q: no console, no rich
    with PackProgress(messages.console if enabled else None, enabled, label) as progress:
        from . import pipeline  # imported under the bar: the first second of a run is imports

        try:
            if str(pack) == "-":
                result = pipeline.extract_bytes(sys.stdin.buffer.read(), "-", options, progress)
            else:
                result = pipeline.extract(pack, options, progress)
        except IndexError as exc:  # --pages past the last page
            raise UsageProblem(str(exc)) from None
    messages.detail(f"{label}: {progress.summary()}")
    return result


def report_warnings(pack: MeetingPack, strict: bool, messages: Messages) -> None:
    """Each warning as one line on stderr; under --strict, fail with the documented exit code.

    Raises PluginError (exit 7) when a plugin failed to load, ExtractorError (8) when an
    extractor failed on a document, StrictModeError (9) for any other warning.
    """
    from .render.output import warning_lines

    lines = warning_lines(pack)
    for line in lines:
        messages.warning(line)
    if not strict or not lines:
        return
    codes = {w.code for w in pack.warnings} | {w.code for d in pack.documents for w in d.warnings}
    where = pack.source.path
    if "plugin_error" in codes:
        raise PluginError(f"{where}: a plugin failed to load (--strict)")
    if "extractor_failed" in codes:
        raise ExtractorError(f"{where}: an extractor failed on a document (--strict)")
    raise StrictModeError(f"{where}: {len(lines)} warning(s) in strict mode")

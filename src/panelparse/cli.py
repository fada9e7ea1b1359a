"""The command line: thin commands over the library. Data on stdout, messages on stderr."""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Annotated, Optional

import typer

from . import __version__
from .console import err_console, out_console
from .errors import PanelparseError
from .render import OutputFormat
from .render.tidy import TableName

app = typer.Typer(
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
    help="Turn UK local-government meeting packs (PDF) into validated, typed data.",
)

PackArg = Annotated[
    Path, typer.Argument(help="Meeting pack PDF ('-' reads stdin for extract).", show_default=False, metavar="PACK.pdf")
]
JsonOpt = Annotated[bool, typer.Option("--json", help="Print JSON on stdout (same as --format json).")]
FormatOpt = Annotated[
    Optional[OutputFormat],
    typer.Option("--format", "-f", help="Output format (default: table; json when -o ends in .json)."),
]
OutOpt = Annotated[
    Optional[Path], typer.Option("--out", "-o", help="Write to this file (CSV: a directory) instead of stdout.")
]
StrictOpt = Annotated[bool, typer.Option("--strict", help="Fail (exit 9) when anything could not be read fully.")]
NoPluginsOpt = Annotated[bool, typer.Option("--no-plugins", help="Use the built-in extractors only.")]
INTERNAL_ERROR = 70


def _fail(exc: Exception) -> None:
    if isinstance(exc, PanelparseError):
        err_console.print(f"panelparse: error: {exc}", markup=False, soft_wrap=True)
        raise typer.Exit(exc.exit_code)
    err_console.print(
        f"panelparse: internal error: {type(exc).__name__}: {exc} (please report this)", markup=False, soft_wrap=True
    )
    raise typer.Exit(INTERNAL_ERROR)


def _options(strict: bool, no_plugins: bool):
    from .options import ExtractOptions

    return ExtractOptions(strict=strict, plugins="builtin" if no_plugins else None)


def _read_stdin(strict: bool, no_plugins: bool):
    from .pipeline import extract_bytes

    return extract_bytes(sys.stdin.buffer.read(), "-", _options(strict, no_plugins))


def _infer_format(fmt: Optional[OutputFormat], as_json: bool, out: Optional[Path]) -> OutputFormat:
    if as_json:
        return OutputFormat.json
    if fmt is not None:
        return fmt
    suffixes = {".json": OutputFormat.json, ".md": OutputFormat.markdown, ".csv": OutputFormat.csv}
    return suffixes.get(out.suffix.lower(), OutputFormat.table) if out else OutputFormat.table


@app.command()
def extract(
    pack: PackArg,
    as_json: JsonOpt = False,
    fmt: FormatOpt = None,
    out: OutOpt = None,
    table: Annotated[Optional[TableName], typer.Option(help="CSV: print only this table.")] = None,
    strict: StrictOpt = False,
    no_plugins: NoPluginsOpt = False,
) -> None:
    """Extract one pack: rich tables in the terminal, or JSON / Markdown / CSV."""
    from .pipeline import extract as run
    from .render.output import write_output

    try:
        result = _read_stdin(strict, no_plugins) if str(pack) == "-" else run(pack, _options(strict, no_plugins))
        write_output(result, _infer_format(fmt, as_json, out), out, table.value if table else None, out_console())
    except Exception as exc:  # every failure is one line on stderr and an exit code
        _fail(exc)


@app.command()
def batch(
    packs: Annotated[list[Path], typer.Argument(help="PDF files or folders of PDFs.")],
    out: Annotated[Path, typer.Option("--out", "-o", help="Folder for <name>.json outputs.")],
    jobs: Annotated[int, typer.Option("--jobs", "-j", help="Parallel processes (0 = one per CPU).")] = 0,
    skip_existing: Annotated[bool, typer.Option(help="Leave packs whose JSON already exists.")] = False,
    timeout: Annotated[
        Optional[float], typer.Option(help="Give up on a file after this many seconds (exit code 11 in the summary).")
    ] = None,
    strict: StrictOpt = False,
    no_plugins: NoPluginsOpt = False,
) -> None:
    """Convert many packs to JSON files; one bad file never stops the others."""
    from .batch import convert_many
    from .render.output import expand_inputs, report_batch

    files = expand_inputs(packs)
    if not files:
        err_console.print("panelparse: error: no PDF files found in the inputs given", markup=False)
        raise typer.Exit(2)
    results = convert_many(
        [str(f) for f in files],
        str(out),
        jobs=jobs,
        options=_options(strict, no_plugins),
        overwrite=not skip_existing,
        timeout=timeout,
        on_result=report_batch(err_console, len(files)),
    )
    failed = [r for r in results if not r.ok]
    err_console.print(f"{len(results) - len(failed)} converted, {len(failed)} failed", markup=False)
    print(json.dumps([r.__dict__ for r in results], indent=2))
    raise typer.Exit(10 if failed else 0)


@app.command()
def schema(out: OutOpt = None) -> None:
    """Print the JSON Schema of the output."""
    from .atomic import atomic_write_text
    from .schema import schema_text

    if out:
        atomic_write_text(out, schema_text())
    else:
        sys.stdout.write(schema_text())


@app.command()
def extractors(as_json: JsonOpt = False) -> None:
    """List the installed extractors (built-in and plugins)."""
    from .render.output import describe_extractors

    try:
        describe_extractors(as_json, out_console())
    except Exception as exc:
        _fail(exc)


@app.command()
def classify(pack: PackArg, as_json: JsonOpt = False, no_plugins: NoPluginsOpt = False) -> None:
    """Show how the pack splits into documents and how each was classified."""
    from .render.output import describe_segments

    try:
        describe_segments(pack, "builtin" if no_plugins else None, as_json, out_console())
    except Exception as exc:
        _fail(exc)


@app.command()
def layout(
    pack: PackArg,
    page: Annotated[int, typer.Option("--page", "-p", help="1-based page.")] = 1,
    as_json: JsonOpt = False,
) -> None:
    """Show what the layout layer reads off one page (for writing extractors)."""
    from .render.output import describe_page

    try:
        describe_page(pack, page, as_json, out_console())
    except IndexError as exc:
        err_console.print(f"panelparse: error: {exc}", markup=False)
        raise typer.Exit(2) from None
    except Exception as exc:
        _fail(exc)


@app.command()
def parse(
    kind: Annotated[
        str,
        typer.Argument(help="date, period, time, money, value, change, direction, person, attendee, financial_year."),
    ],
    text: Annotated[str, typer.Argument(help="The text to parse.")],
) -> None:
    """Parse one value with the shared parsers and print it as JSON."""
    from .render.output import parse_value

    try:
        sys.stdout.write(parse_value(kind, text))
    except KeyError:
        err_console.print(f"panelparse: error: unknown value kind {kind!r}", markup=False)
        raise typer.Exit(2) from None
    except Exception as exc:
        _fail(exc)


def _version(value: bool) -> None:
    if value:
        print(f"panelparse {__version__}")
        raise typer.Exit()


@app.callback()
def _root(
    version: Annotated[
        bool, typer.Option("--version", callback=_version, is_eager=True, help="Print the version and exit.")
    ] = False,
) -> None:
    """Turn UK local-government meeting packs (PDF) into validated, typed data."""


def main() -> None:
    """Console-script entry point."""
    app()

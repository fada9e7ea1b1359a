"""The command line: thin commands over the library. Data on stdout, messages on stderr."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Annotated, Optional

import typer

from ._version import __version__
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
    from .render.output import OutputRequest, write_output

    try:
        result = _read_stdin(strict, no_plugins) if str(pack) == "-" else run(pack, _options(strict, no_plugins))
        request = OutputRequest(_infer_format(fmt, as_json, out), out, table.value if table else None)
        for note in write_output(result, request, out_console()):
            err_console.print(f"panelparse: {note}", markup=False, soft_wrap=True)
    except Exception as exc:  # every failure is one line on stderr and an exit code
        _fail(exc)


@app.command()
def batch(
    packs: Annotated[list[str], typer.Argument(
        help="PDF files, folders (searched recursively; symlinked folders followed once) or glob patterns; "
        "or fsspec URLs such as s3://bucket/archive/.",
        show_default=False, metavar="PDF_OR_DIR...")],
    out: Annotated[Optional[str], typer.Option(
        "--out", "-o", help="Folder (or fsspec URL) for the JSON outputs (they mirror the inputs' relative paths); "
        "with --format jsonl, the JSON Lines file ('-' or none: stdout).", show_default=False)] = None,
    fmt: Annotated[str, typer.Option("--format", "-f", help="json: one file per input; jsonl: one pack per line.",
                                     metavar="json|jsonl")] = "json",
    jobs: Annotated[int, typer.Option("--jobs", "-j", help="Worker processes (0 = one per CPU).")] = 0,
    timeout: Annotated[Optional[float], typer.Option(
        help="Give up on a file after this many seconds (status timeout).", show_default=False)] = None,
    max_memory: Annotated[str, typer.Option(
        help="Memory cap per worker, e.g. 2G or 512M (status memory); 0 for none.")] = "2G",
    force: Annotated[bool, typer.Option(
        "--force", help="Redo every input, even those an earlier run finished.")] = False,
    retry_failed: Annotated[bool, typer.Option(
        "--retry-failed", help="Redo inputs that failed in an earlier run (they are skipped otherwise).")] = False,
    manifest: Annotated[Optional[Path], typer.Option(
        help="Where to keep the manifest (default OUT/manifest.jsonl).", show_default=False)] = None,
    quiet: Annotated[bool, typer.Option("--quiet", "-q", help="Print only failures and the summary.")] = False,
    executor: Annotated[str, typer.Option(
        help="Where inputs run: local worker processes, or a Dask cluster (pip install 'panelparse\\[dask]').",
        metavar="local|dask")] = "local",
    scheduler: Annotated[Optional[str], typer.Option(
        help="With --executor dask: the scheduler to use, e.g. tcp://HOST:8786 (default: start a local cluster "
        "of --jobs workers).", show_default=False)] = None,
    skip_existing: Annotated[bool, typer.Option(hidden=True)] = False,
    strict: StrictOpt = False,
    no_plugins: NoPluginsOpt = False,
) -> None:
    """Convert many packs, unattended; resumable (see OUT/manifest.jsonl). Exit 10 if any file failed."""
    from .batch import BatchSettings, parse_size, run_batch
    from .batch.progress import BatchProgress

    try:
        settings = BatchSettings(jobs=jobs, timeout=timeout, max_memory=parse_size(max_memory), format=fmt,
                                 force=force, retry_failed=retry_failed, strict=strict,
                                 plugins="builtin" if no_plugins else None, manifest=manifest,
                                 executor=executor, scheduler=scheduler)
        progress = BatchProgress(err_console, quiet=quiet)
        summary = run_batch(packs, out, settings, progress)
    except Exception as exc:
        _fail(exc)
    progress.close(summary)
    raise typer.Exit(summary.exit_code)


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
    from . import inspect
    from .render import inspect as show

    try:
        rows, problems = inspect.extractors()
    except Exception as exc:
        _fail(exc)
    if as_json:
        sys.stdout.write(show.extractors_json(rows, problems))
    else:
        show.extractors_table(rows, out_console())
    for problem in problems:
        err_console.print(f"panelparse: warning: {problem}", markup=False, soft_wrap=True)


@app.command()
def classify(pack: PackArg, as_json: JsonOpt = False, no_plugins: NoPluginsOpt = False) -> None:
    """Show how the pack splits into documents and how each was classified."""
    from . import inspect
    from .render import inspect as show

    try:
        rows = inspect.segments(pack, "builtin" if no_plugins else None)
    except Exception as exc:
        _fail(exc)
    if as_json:
        sys.stdout.write(show.segments_json(rows))
    else:
        show.segments_table(rows, str(pack), out_console())


@app.command()
def layout(
    pack: PackArg,
    page: Annotated[int, typer.Option("--page", "-p", help="1-based page.")] = 1,
    as_json: JsonOpt = False,
) -> None:
    """Show what the layout layer reads off one page (for writing extractors)."""
    from . import inspect
    from .render import inspect as show

    try:
        info = inspect.page_layout(pack, page)
    except IndexError as exc:
        err_console.print(f"panelparse: error: {exc}", markup=False)
        raise typer.Exit(2) from None
    except Exception as exc:
        _fail(exc)
    if as_json:
        sys.stdout.write(show.page_json(info))
    else:
        show.page_text(info, sys.stdout)


@app.command()
def parse(
    kind: Annotated[
        str,
        typer.Argument(help="date, period, time, money, value, change, direction, duration, person, attendee, "
                       "financial_year."),
    ],
    text: Annotated[str, typer.Argument(help="The text to parse.")],
) -> None:
    """Parse one value with the shared parsers and print it as JSON."""
    from . import inspect
    from .render import inspect as show

    if kind not in inspect.VALUE_KINDS:
        err_console.print(f"panelparse: error: unknown value kind {kind!r}; one of: {', '.join(inspect.VALUE_KINDS)}",
                          markup=False, soft_wrap=True)
        raise typer.Exit(2)
    try:
        sys.stdout.write(show.parsed_json(inspect.parse_value(kind, text)))
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

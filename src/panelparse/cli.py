"""The command line: thin commands over the library. Data on stdout, messages on stderr."""

from __future__ import annotations

import json
import re
import sys
from enum import Enum
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, Optional

import typer

from ._version import __version__
from .console import Messages, err_console, out_console
from .conventions import Command, Group, UsageProblem, debug_logging, page_range, read_pack, report_warnings
from .errors import MemoryLimitError, PanelparseError
from .inspect import VALUE_KINDS
from .limits import DEFAULT_MAX_PAGES, DEFAULT_TIMEOUT, default_budgets
from .options import LayoutEngine, OcrMode
from .render import OutputFormat, View
from .render.tidy import TableName

if TYPE_CHECKING:
    from .models import MeetingPack
    from .options import ExtractOptions
    from .render.output import OutputRequest

app = typer.Typer(
    cls=Group,
    add_completion=True,  # --install-completion / --show-completion (bash, zsh, fish, PowerShell)
    rich_markup_mode=None,  # plain help and one-line errors; rich is for the data
    context_settings={"help_option_names": ["-h", "--help"]},
    pretty_exceptions_enable=False,
    help="Turn UK local-government meeting packs (PDF) into validated, typed data.",
)

# Options are declared once here and shared; each help line says what the option does on the
# command it is on (tests/test_cli_help.py checks every --help against the code).
PackArg = Annotated[Path, typer.Argument(help="Meeting pack PDF.", show_default=False, metavar="PACK.pdf")]
StdinPackArg = Annotated[Path, typer.Argument(
    help="Meeting pack PDF; '-' reads it from stdin.", show_default=False, metavar="PACK.pdf")]
JsonOpt = Annotated[bool, typer.Option("--json", help="Print JSON on stdout instead of a table.")]
ExtractJsonOpt = Annotated[bool, typer.Option("--json", help="Print the MeetingPack JSON (same as --format json).")]
FormatOpt = Annotated[Optional[OutputFormat], typer.Option(
    "--format", "-f", show_default=False, metavar="FORMAT",
    help="table, json, jsonl (one line), markdown or csv. Default: from the -o suffix (.json .jsonl .md .csv), "
    "else table.")]
OutOpt = Annotated[Optional[Path], typer.Option(
    "--out", "-o", show_default=False, metavar="FILE", help="Write to FILE instead of stdout.")]
ExtractOutOpt = Annotated[Optional[Path], typer.Option(
    "--out", "-o", show_default=False, metavar="PATH",
    help="Write to this file (atomically) instead of stdout; with --format csv, a .csv file gets one table "
    "and a folder gets every table.")]
TableOpt = Annotated[Optional[TableName], typer.Option(
    "--table", show_default=False, metavar="NAME",
    help="CSV: this table only (" + ", ".join(t.value for t in TableName) + ").")]
ViewOpt = Annotated[Optional[View], typer.Option(
    "--view", show_default=False, metavar="summary|full",
    help="Table format: summary, one screen (the default on stdout), or full, every document's tables "
    "(the default with -o).")]
CompactOpt = Annotated[bool, typer.Option("--compact", help="JSON on one line (jsonl is always one line).")]
ExcelOpt = Annotated[bool, typer.Option(
    "--excel", help="CSV: start with a UTF-8 BOM, so Excel shows £ and dashes (a plain csv reader would not want it).")]
AppendOpt = Annotated[bool, typer.Option(
    "--append", help="CSV folder: add this pack's rows to tables of other packs there (its earlier rows replaced).")]
ForceOpt = Annotated[bool, typer.Option("--force", help="CSV folder: replace tables of other packs there.")]
PagesOpt = Annotated[Optional[str], typer.Option(
    "--pages", show_default=False, metavar="N[-M]",
    help="Read only these physical pages, e.g. 3-10 (page numbers in the output stay the PDF's).")]
StrictOpt = Annotated[bool, typer.Option(
    "--strict", help="Fail when anything could not be read fully: exit 9 (7 a plugin failed, 8 an extractor failed).")]
NoPluginsOpt = Annotated[bool, typer.Option("--no-plugins", help="Use the built-in extractors only.")]
QuietOpt = Annotated[bool, typer.Option("--quiet", "-q", help="Print no warnings, notes or progress; errors only.")]
VerboseOpt = Annotated[int, typer.Option(
    "--verbose", "-v", count=True, show_default=False,
    help="-v: also how long each stage took; -vv: also panelparse's debug log.")]
PasswordOpt = Annotated[Optional[str], typer.Option(
    "--password", help="Password of an encrypted PDF (an empty user password needs none).", show_default=False)]
OcrOpt = Annotated[OcrMode, typer.Option(
    "--ocr", help="scans (the default): OCR a file with no text layer on any page; auto: every page with none; "
    "force: every page; off: never. Needs panelparse[ocr].")]
WorkersOpt = Annotated[int, typer.Option(
    "--workers", show_default=False, metavar="N",
    help="Read pages in N processes at once; 0 (the default): one per idle core, one for a file of a few pages.")]
EngineOpt = Annotated[LayoutEngine, typer.Option(
    "--engine", metavar="NAME", show_default=False,
    help="What reads the PDF: pdfplumber (the default), or pdfium (experimental: faster, slightly different "
    "geometry).")]
TuneOpt = Annotated[Optional[Path], typer.Option(
    "--tune", show_default=False, metavar="FILE",
    help="JSON of score-card weights and layout tolerances for a house style (docs/tuning.md).")]
MaxPagesOpt = Annotated[int, typer.Option(
    "--max-pages", help="Give up (exit 13) on a PDF with more pages than this; 0 for no limit.")]
TimeoutOpt = Annotated[float, typer.Option(
    "--timeout", help="Give up (exit 11) after this many seconds; 0 for no limit.")]
MaxMemoryOpt = Annotated[str, typer.Option(
    "--max-memory", help="Give up (exit 12) past this much memory, e.g. 2G or 512M; 0 for no limit.")]
INTERNAL_ERROR = 70


def _fail(exc: BaseException, out: Optional[Path] = None) -> None:
    from .environment import output_error, quiet_broken_pipe

    if isinstance(exc, BrokenPipeError):  # the reader closed stdout early (| head): not an error
        raise typer.Exit(quiet_broken_pipe())
    if isinstance(exc, MemoryError):
        exc = MemoryLimitError("ran out of memory (--max-memory); a decompression bomb?")
    if isinstance(exc, OSError) and output_error(exc) is not None:
        exc = output_error(OSError(exc.errno, exc.strerror, str(out or exc.filename or "stdout"))) or exc
    if isinstance(exc, PanelparseError):
        err_console().print(f"panelparse: error: {exc}", markup=False, soft_wrap=True)
        raise typer.Exit(exc.exit_code)
    err_console().print(
        f"panelparse: internal error: {type(exc).__name__}: {exc} (please report this)", markup=False, soft_wrap=True
    )
    raise typer.Exit(INTERNAL_ERROR)


def _options(strict: bool, no_plugins: bool, **budget):
    from .options import ExtractOptions

    return ExtractOptions(strict=strict, plugins="builtin" if no_plugins else None, **budget)


def _tuning(path: Optional[Path]) -> dict:
    """ExtractOptions' weights and layout from a --tune JSON file ({} without one)."""
    if path is None:
        return {}
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError) as exc:
        raise typer.BadParameter(f"cannot read {path}: {exc}", param_hint="--tune") from None
    unknown = set(data) - {"weights", "layout"} if isinstance(data, dict) else {"(not an object)"}
    if unknown:
        raise typer.BadParameter(f"{path}: unknown keys {sorted(unknown)} (want weights, layout)", param_hint="--tune")
    return {k: v for k, v in data.items()}


def _workers(workers: int) -> Optional[int]:
    """ExtractOptions.workers for --workers (0: one per core)."""
    if workers < 0:
        raise typer.BadParameter(f"{workers} is not a number of processes (0 for one per core)", param_hint="--workers")
    return workers or None


def _budget(password: Optional[str], max_pages: int, timeout: float, max_memory: str) -> dict:
    """ExtractOptions fields for the limits given on the command line (0 = none)."""
    from .limits import parse_size

    try:
        memory = parse_size(max_memory)
    except ValueError as exc:
        raise typer.BadParameter(str(exc), param_hint="--max-memory") from None
    return {"password": password, "max_pages": max_pages or None, "timeout": timeout or None, "max_memory": memory}


def _read(pack: Path, options: ExtractOptions, messages: Messages, strict: bool = False) -> MeetingPack:
    """The pack through the pipeline (progress on a terminal), its warnings on stderr, --strict applied."""
    result = read_pack(pack, options, messages)
    report_warnings(result, strict, messages)
    return result


def _check_target(pack: Path, request: OutputRequest) -> None:
    """An unwritable target, or a CSV folder holding another pack, is found before the work, not after it."""
    from .environment import check_output_file, check_output_folder
    from .render.csv import check_folder
    from .render.output import csv_folder

    if request.out is None:
        return
    folder = request.fmt is OutputFormat.csv and csv_folder(request.out)
    (check_output_folder if folder else check_output_file)(request.out)
    if folder and not (request.append or request.force):
        check_folder(request.out, [request.table] if request.table else None, str(pack))


@app.command(cls=Command)
def extract(
    pack: StdinPackArg,
    as_json: ExtractJsonOpt = False,
    fmt: FormatOpt = None,
    out: ExtractOutOpt = None,
    table: TableOpt = None,
    view: ViewOpt = None,
    compact: CompactOpt = False,
    excel: ExcelOpt = False,
    append: AppendOpt = False,
    force: ForceOpt = False,
    pages: PagesOpt = None,
    strict: StrictOpt = False,
    no_plugins: NoPluginsOpt = False,
    password: PasswordOpt = None,
    ocr: OcrOpt = OcrMode.scans,
    workers: WorkersOpt = 0,
    engine: EngineOpt = LayoutEngine.pdfplumber,
    max_pages: MaxPagesOpt = DEFAULT_MAX_PAGES,
    timeout: TimeoutOpt = DEFAULT_TIMEOUT,
    max_memory: MaxMemoryOpt = "2G",
    tune: TuneOpt = None,
    quiet: QuietOpt = False,
    verbose: VerboseOpt = 0,
) -> None:
    """Extract one pack: an overview in the terminal, or JSON, JSON Lines, Markdown or CSV."""
    from .render.output import OutputRequest, conflict, infer_format, write_output

    request = OutputRequest(infer_format(fmt, as_json, out), out, table.value if table else None, view, compact,
                            excel, append, force)
    clash = conflict(request, as_json, fmt)
    if clash:
        _fail(UsageProblem(clash))
    messages = _messages(quiet, verbose)
    options = _options(False, no_plugins, ocr=ocr, pages=page_range(pages),  # --strict is applied after the warnings
                       workers=_workers(workers), engine=engine, **_budget(password, max_pages, timeout, max_memory),
                       **_tuning(tune))
    try:
        _check_target(pack, request)
        result = _read(pack, options, messages, strict)
        for note in write_output(result, request):
            messages.note(note)
        sys.stdout.flush()
    except (Exception, MemoryError) as exc:  # every failure is one line on stderr and an exit code
        _fail(exc, out)


@app.command(cls=Command)
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
    strict: Annotated[bool, typer.Option(
        "--strict", help="Count a file with warnings as failed (its manifest line says exit 9; the batch exits 10).")
    ] = False,
    no_plugins: NoPluginsOpt = False,
    ocr: OcrOpt = OcrMode.scans,
) -> None:
    """Convert many packs, unattended; resumable (see OUT/manifest.jsonl). Exit 10 if any file failed."""
    from .batch import BatchSettings, parse_size, run_batch
    from .batch.progress import BatchProgress

    try:
        settings = BatchSettings(jobs=jobs, timeout=timeout, max_memory=parse_size(max_memory), format=fmt,
                                 force=force, retry_failed=retry_failed, strict=strict,
                                 plugins="builtin" if no_plugins else None, manifest=manifest,
                                 executor=executor, scheduler=scheduler, ocr=ocr.value)
        progress = BatchProgress(err_console(), quiet=quiet)
        summary = run_batch(packs, out, settings, progress)
    except Exception as exc:
        _fail(exc)
    progress.close(summary)
    raise typer.Exit(summary.exit_code)


@app.command(cls=Command)
def schema(out: OutOpt = None) -> None:
    """Print the JSON Schema (draft 2020-12) of extract's JSON output."""
    from .atomic import atomic_write_text
    from .environment import check_output_file
    from .schema import schema_text

    try:
        if out:
            check_output_file(out)
            atomic_write_text(out, schema_text())
        else:
            sys.stdout.write(schema_text())
            sys.stdout.flush()
    except Exception as exc:
        _fail(exc, out)


@app.command(cls=Command)
def extractors(as_json: JsonOpt = False, quiet: QuietOpt = False) -> None:
    """List the installed extractors (built-in and plugins) and any plugin that failed to load."""
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
        Messages(quiet).warning(problem)


@app.command(cls=Command)
def classify(pack: PackArg, as_json: JsonOpt = False, no_plugins: NoPluginsOpt = False, quiet: QuietOpt = False,
             verbose: VerboseOpt = 0) -> None:
    """Show how the pack splits into documents, the cues that split it, and each extractor's score."""
    from . import inspect
    from .render import inspect as show

    messages, plugins = _messages(quiet, verbose), "builtin" if no_plugins else None
    try:
        with messages.timed(f"read {pack}"), default_budgets():
            rows = inspect.segments(pack, plugins)
        problems = inspect.extractors(plugins)[1]
    except Exception as exc:
        _fail(exc)
    for problem in problems:
        messages.warning(problem)
    if as_json:
        sys.stdout.write(show.segments_json(rows))
    else:
        show.segments_table(rows, str(pack), out_console())


@app.command(cls=Command)
def layout(
    pack: PackArg,
    page: Annotated[int, typer.Option("--page", "-p", min=1, metavar="N",
                                      help="The page to show (1-based, physical).")] = 1,
    as_json: JsonOpt = False,
    verbose: VerboseOpt = 0,
) -> None:
    """Show what the layout layer reads off one page: lines, fonts, positions, tables (for writing extractors)."""
    from . import inspect
    from .render import inspect as show

    messages = _messages(False, verbose)
    try:
        with messages.timed(f"read page {page} of {pack}"), default_budgets():
            info = inspect.page_layout(pack, page)
    except IndexError as exc:
        _fail(UsageProblem(str(exc)))
    except Exception as exc:
        _fail(exc)
    if as_json:
        sys.stdout.write(show.page_json(info))
    else:
        show.page_text(info, sys.stdout)


ValueKind = Enum("ValueKind", {name: name for name in VALUE_KINDS}, type=str)  # type: ignore[misc]


@app.command(cls=Command)
def parse(
    kind: Annotated[ValueKind, typer.Argument(help="Which parser: " + ", ".join(VALUE_KINDS) + ".",
                                              metavar="KIND", show_default=False)],
    text: Annotated[str, typer.Argument(help="The text to parse; put -- before it if it starts with '-'.",
                                        metavar="TEXT", show_default=False)],
) -> None:
    """Parse one value with the shared parsers and print it as JSON (e.g. parse change -- '-1.5% points ▼')."""
    from . import inspect
    from .render import inspect as show

    try:
        sys.stdout.write(show.parsed_json(inspect.parse_value(kind.value, text)))
    except Exception as exc:
        _fail(exc)


@app.command(cls=Command)
def explain(
    pack: PackArg,
    path: Annotated[Optional[str], typer.Option(
        "--path", show_default=False, metavar="RECORD",
        help="The record to show, named as in the JSON: documents[2].items[3] (see --list). A document or "
        "other group shows all its records on its first page.")] = None,
    html: Annotated[Optional[Path], typer.Option(
        "--html", show_default=False, metavar="FILE",
        help="Write one self-contained HTML file: every page with records, every record's box overlaid.")] = None,
    list_records: Annotated[bool, typer.Option(
        "--list", help="Print every record: path, page and label, tab-separated.")] = False,
    out: Annotated[Optional[Path], typer.Option(
        "--out", "-o", show_default=False, metavar="FILE",
        help="The PNG for --path (default: PACK-RECORD.png here; '-' writes it to stdout).")] = None,
    extracted: Annotated[Optional[Path], typer.Option(
        "--extracted", show_default=False, metavar="FILE",
        help="Take the records from this 'extract --json' output of the same PDF instead of reading it again.")] = None,
    dpi: Annotated[int, typer.Option("--dpi", min=24, max=600, metavar="DPI",
                                     help="Resolution of the page images, 24 to 600.")] = 96,
    no_plugins: NoPluginsOpt = False,
    quiet: QuietOpt = False,
    verbose: VerboseOpt = 0,
) -> None:
    """Show where in the PDF records were read: a record's page region as PNG with its box, or all in HTML."""
    from . import explain as evidence

    _exactly_one(("--path", path is not None), ("--html", html is not None), ("--list", list_records))
    messages = _messages(quiet, verbose)
    try:
        data = (evidence.load_extracted(pack, extracted) if extracted
                else _read(pack, _options(False, no_plugins), messages))
        _explain(pack, data, path, html, list_records, out, dpi, messages)
    except Exception as exc:
        _fail(exc)


def _explain(pack: Path, data: MeetingPack, path: Optional[str], html: Optional[Path], list_records: bool,
             out: Optional[Path], dpi: int, messages: Messages) -> None:
    from . import explain as evidence
    from .atomic import atomic_write_text
    from .render.explain import record_lines

    if list_records:
        sys.stdout.write(record_lines(evidence.records(data)))
    elif html is not None:
        atomic_write_text(html, evidence.html_report(pack, data, dpi=dpi))
        messages.note(f"wrote {html}")
    else:
        assert path is not None  # _exactly_one: --path, --html or --list
        image, shown = evidence.evidence_image(pack, data, path, dpi=dpi)
        target = out or Path(f"{pack.stem}-{re.sub(r'[^A-Za-z0-9]+', '-', path).strip('-')}.png")
        _write_bytes(target, image.png)
        wrote = "" if str(target) == "-" else f"; wrote {target}"
        boxes = "1 box" if len(shown) == 1 else f"{len(shown)} boxes"
        messages.note(f"page {image.page}: {boxes} drawn{wrote}")


def _write_bytes(target: Path, data: bytes) -> None:
    if str(target) == "-":
        sys.stdout.buffer.write(data)
        sys.stdout.flush()
    else:
        from .atomic import atomic_write_bytes

        atomic_write_bytes(target, data)


def _exactly_one(*flags: tuple[str, bool]) -> None:
    given = [name for name, present in flags if present]
    if len(given) != 1:
        names = " or ".join(name for name, _ in flags)
        _fail(UsageProblem(f"give one of {names}" if not given else f"{' and '.join(given)} conflict: pick one"))


def _messages(quiet: bool, verbose: int) -> Messages:
    debug_logging(verbose)
    return Messages(quiet=quiet, verbose=verbose)


def _version(value: bool) -> None:
    if value:
        print(f"panelparse {__version__}")
        raise typer.Exit()


@app.callback(invoke_without_command=True)
def _root(
    ctx: typer.Context,
    version: Annotated[bool, typer.Option(
        "--version", "-V", callback=_version, is_eager=True, help="Print the version and exit.")] = False,
) -> None:
    """Turn UK local-government meeting packs (PDF) into validated, typed data.

    Data goes to stdout; progress, warnings and errors to stderr. 'panelparse COMMAND -h' for a command's options.
    """
    if ctx.invoked_subcommand is None:  # bare `panelparse`: help on stdout, and that is a success
        typer.echo(ctx.get_help())
        raise typer.Exit(0)


def main() -> None:
    """Console-script entry point."""
    app()

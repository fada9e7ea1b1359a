"""The command line: data on stdout, one line per message on stderr, documented exit codes.

Most tests run the CLI over the committed golden packs (`goldens_for_pdfs` stands in for the
pipeline), so they check options, rendering and messages in milliseconds; the few marked
`slow` run the real pipeline end to end.
"""

from __future__ import annotations

import csv
import io
import json

import pytest
from conftest import BADPDFS, CORPUS, GOLDEN, SAMPLE_PACK
from typer.testing import CliRunner

from panelparse.cli import app
from panelparse.models import ExtractionWarning
from panelparse.render.tidy import TIDY_TABLES

runner = CliRunner()
MINUTES = CORPUS / "kent-cabinet-2025-01-09-minutes.pdf"
EPA = CORPUS / "epa-ca-planning-commission-minutes-2020-01-27.pdf"
REPORT = CORPUS / "kent-cabinet-2025-01-30-item5-budget-monitoring-cover-report.pdf"
SCAN = CORPUS / "sutton-coldfield-tc-statement-of-accounts-2016-17-scanned.pdf"


def run(*args, **kwargs):
    return runner.invoke(app, [str(a) for a in args], prog_name="panelparse", **kwargs)


def one_error_line(result, code: int) -> str:
    assert result.exit_code == code, (result.exit_code, result.stdout, result.stderr)
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("panelparse: error: "), result.stderr
    return lines[0]


# -- conventions -----------------------------------------------------------------------------

def test_bare_panelparse_prints_help_and_succeeds():
    result = run()
    assert result.exit_code == 0 and result.stdout.startswith("Usage: panelparse [OPTIONS] COMMAND")
    assert "extract" in result.stdout and "explain" in result.stdout


@pytest.mark.parametrize("flag", ["-V", "--version"])
def test_version(flag):
    result = run(flag)
    assert result.exit_code == 0 and result.stdout.startswith("panelparse ")


@pytest.mark.parametrize("command", ["extract", "classify", "layout", "parse", "explain", "schema", "batch"])
def test_short_help(command):
    result = run(command, "-h")
    assert result.exit_code == 0 and result.stdout.startswith(f"Usage: panelparse {command} ")


def test_shell_completion_is_typers(monkeypatch):
    # typer reads --show-completion as a flag and asks shellingham for the parent shell, which a
    # run under nohup or a scheduler does not have: name the shell, as an interactive one would.
    import typer.completion

    monkeypatch.setattr(typer.completion, "_get_shell_name", lambda: "bash")
    script = run("--show-completion", "bash")
    assert script.exit_code == 0 and "complete" in script.stdout
    env = {"_PANELPARSE_COMPLETE": "complete_bash", "COMP_WORDS": "panelparse expl", "COMP_CWORD": "1"}
    done = runner.invoke(app, [], prog_name="panelparse", env=env)
    assert done.stdout.split() == ["explain"]


def test_value_starting_with_a_dash_gets_the_double_dash_hint():
    line = one_error_line(run("parse", "change", "-1.5% points ▼"), 2)
    assert "No such option: -1" in line and "panelparse parse change -- '-1.5% points ▼'" in line
    fixed = run("parse", "change", "--", "-1.5% points ▼")
    assert fixed.exit_code == 0 and json.loads(fixed.stdout)["direction"] == "down"


def test_unknown_parse_kind_lists_the_valid_ones():
    line = one_error_line(run("parse", "colour", "red"), 2)
    assert "'colour' is not one of" in line and "'duration'" in line and "'financial_year'" in line
    result = run("parse", "money", "c£0.270m")
    assert json.loads(result.stdout) == {"raw": "c£0.270m", "amount_gbp": 270000.0, "approximate": True}


def test_usage_errors_are_one_line():
    assert "Missing argument 'PACK.pdf'" in one_error_line(run("extract"), 2)
    assert "Did you mean 'extract'" in one_error_line(run("extrct"), 2)


@pytest.mark.parametrize("args, message", [
    (["--json", "--format", "markdown"], "--json and --format markdown conflict"),
    (["--json", "--table", "attendance"], "--table picks one CSV table and needs --format csv, not json"),
    (["--format", "json", "--view", "full"], "--view is for the table format, not json"),
    (["--format", "markdown", "--compact"], "--compact is for JSON, not markdown"),
    (["--excel"], "--excel is for CSV, not table"),
    (["--format", "csv", "--append", "--force", "-o", "tables"], "--append and --force conflict"),
    (["--format", "csv", "--append"], "--append and --force are for --format csv with --out FOLDER"),
    (["--format", "csv", "-o", "y.json"], "--format csv writes a .csv file or a folder of them, not y.json"),
    (["--pages", "10-3"], "'10-3': want N or N-M"),
])
def test_conflicting_options_are_refused_in_one_line_before_any_work(goldens_for_pdfs, tmp_path, monkeypatch, args,
                                                                      message):
    monkeypatch.chdir(tmp_path)
    line = one_error_line(run("extract", MINUTES, *args), 2)
    assert message in line
    assert goldens_for_pdfs == [] and list(tmp_path.iterdir()) == []


# -- extract over the golden packs -----------------------------------------------------------

def test_json_on_stdout_only_and_equal_to_the_golden(goldens_for_pdfs):
    result = run("extract", MINUTES, "--json")
    assert result.exit_code == 0 and result.stderr == ""
    golden = json.loads((GOLDEN / "kent-cabinet-2025-01-09-minutes.json").read_text())
    golden["source"]["path"] = str(MINUTES)
    assert json.loads(result.stdout) == golden


@pytest.mark.parametrize("args", [["--format", "jsonl"], ["--json", "--compact"], ["-o", "-", "--compact", "--json"]])
def test_compact_json_and_json_lines_are_one_line(goldens_for_pdfs, args):
    result = run("extract", MINUTES, *args) if "-o" not in args else run("extract", MINUTES, "--format", "jsonl")
    assert result.exit_code == 0 and result.stdout.count("\n") == 1
    assert json.loads(result.stdout)["source"]["page_count"] == 9


def test_format_follows_the_out_suffix(goldens_for_pdfs, tmp_path):
    for suffix, check in ((".json", lambda t: json.loads(t)["schema_version"] == "1.0"),
                          (".jsonl", lambda t: t.count("\n") == 1), (".md", lambda t: t.startswith("# Cabinet")),
                          (".csv", lambda t: t.startswith("source,document,meeting_date,status,")),
                          (".txt", lambda t: "Attendance (" in t)):  # a table file gets the full view
        out = tmp_path / f"pack{suffix}"
        result = run("extract", MINUTES, "-o", out)
        assert result.exit_code == 0 and result.stdout == "" and check(out.read_text()), suffix


def test_terminal_view_is_one_overview_then_full_on_request(goldens_for_pdfs):
    summary = run("extract", SAMPLE_PACK)
    assert summary.exit_code == 0
    assert "Every document's tables: --view full" in summary.stdout and "Abandonment Rate: 999" not in summary.stdout
    full = run("extract", SAMPLE_PACK, "--view", "full")
    for value in ("Brian Mathew", "HMICFRS PEEL PCC - Progress to Date", "Abandonment Rate: 999", "-0.6pp ▼",
                  "£4,561,000", "Corn Exchange in Devizes", "Matt Hitch"):
        assert value in full.stdout, value
    assert "warning" not in full.stdout


def test_piped_table_is_not_wrapped_at_80_columns(goldens_for_pdfs):
    full = run("extract", SAMPLE_PACK, "--view", "full")
    assert max(len(line) for line in full.stdout.splitlines()) > 120
    narrow = run("extract", SAMPLE_PACK, "--view", "full", env={"COLUMNS": "80"})
    assert max(len(line) for line in narrow.stdout.splitlines()) <= 80


def test_pages_reach_the_library(goldens_for_pdfs):
    assert run("extract", MINUTES, "--json", "--pages", "2-4").exit_code == 0
    assert run("extract", MINUTES, "--json", "--pages", "5").exit_code == 0
    assert [options.pages for _, options in goldens_for_pdfs] == [(2, 4), (5, 5)]


def test_verbose_says_how_long_each_stage_took(goldens_for_pdfs):
    result = run("extract", MINUTES, "--json", "-v")
    assert result.exit_code == 0
    assert result.stderr.startswith("panelparse: kent-cabinet-2025-01-09-minutes.pdf: reading pages ")
    assert "extracting documents" in result.stderr


# -- warnings and --strict -------------------------------------------------------------------

@pytest.fixture
def warned(goldens_for_pdfs, monkeypatch):
    """The golden minutes with warnings of the given codes."""
    from panelparse import pipeline

    real = pipeline.extract

    def with_warnings(*codes):
        def fake(path, options=None, progress=None):
            pack = real(path, options, progress)
            for code in codes:
                pack.documents[0].warnings.append(
                    ExtractionWarning(code=code, message=f"{code} here", page=2, document_index=0))
            return pack
        monkeypatch.setattr(pipeline, "extract", fake)
    return with_warnings


def test_warnings_go_to_stderr_one_line_each_and_quiet_silences_them(warned):
    warned("unparsed_money", "unparsed_date")
    for args in ([], ["--json"], ["--format", "csv"]):
        result = run("extract", MINUTES, *args)
        assert result.exit_code == 0 and ("unparsed" not in result.stdout) is (args != ["--json"])  # data only
        assert "panelparse: warning: document 0, page 2: unparsed_money: unparsed_money here" in result.stderr
        assert "panelparse: warning: document 0, page 2: unparsed_date: unparsed_date here" in result.stderr
        quiet = run("extract", MINUTES, "-q", *args)
        assert quiet.exit_code == 0 and quiet.stderr == "" and quiet.stdout == result.stdout


@pytest.fixture
def broken_plugin(monkeypatch):
    """A third-party extractor whose module is missing: a warning, not a failure, for every command."""
    from importlib.metadata import EntryPoint

    from panelparse.extractors import registry

    builtin = list(registry.entry_points(group=registry.GROUP))
    missing = EntryPoint(name="acme.missing", value="panelparse_no_such_plugin:Extractor", group=registry.GROUP)
    monkeypatch.setattr(registry, "entry_points", lambda group: [*builtin, missing])
    monkeypatch.delenv(registry.PLUGINS_ENV, raising=False)
    registry.get_registry.cache_clear()
    yield "panelparse_no_such_plugin"
    registry.get_registry.cache_clear()


def _warning_lines(stderr: str) -> list[str]:
    lines = stderr.strip().splitlines()
    assert lines and all(line.startswith("panelparse: warning: ") for line in lines), stderr
    return lines


@pytest.mark.parametrize("args", [[], ["--json"]])
def test_extractors_warns_of_a_broken_plugin_on_stderr_and_quiet_silences_it(broken_plugin, args):
    result = run("extractors", *args)
    assert result.exit_code == 0, result.stderr
    assert [line for line in _warning_lines(result.stderr) if broken_plugin in line], result.stderr
    assert "panelparse: warning" not in result.stdout  # data only
    if args:
        assert {e["kind"] for e in json.loads(result.stdout)["extractors"]} >= {"agenda", "minutes"}
    quiet = run("extractors", "-q", *args)
    assert quiet.exit_code == 0 and quiet.stderr == "" and quiet.stdout == result.stdout


@pytest.mark.parametrize("args", [[], ["--json"]])
def test_classify_warns_of_a_broken_plugin_on_stderr_and_quiet_silences_it(broken_plugin, args, tmp_path):
    from pdfgen import text_pdf

    pack = text_pdf(tmp_path / "agenda.pdf", ["AGENDA", "Meeting of the Panel", "1. Apologies"])
    result = run("classify", pack, *args)
    assert result.exit_code == 0, result.stderr
    assert [line for line in _warning_lines(result.stderr) if broken_plugin in line], result.stderr
    assert "panelparse: warning" not in result.stdout and broken_plugin not in result.stdout  # data only
    if args:
        assert json.loads(result.stdout)[0]["start"] == 1
    quiet = run("classify", pack, "-q", *args)
    assert quiet.exit_code == 0 and quiet.stderr == "" and quiet.stdout == result.stdout
    assert run("classify", pack, "--no-plugins", *args).stderr == "", "built-in extractors only: nothing to warn of"


@pytest.mark.parametrize("codes, exit_code, message", [
    (("unparsed_money",), 9, "1 warning(s) in strict mode"),
    (("unparsed_money", "plugin_error"), 7, "a plugin failed to load"),
    (("extractor_failed",), 8, "an extractor failed on a document"),
])
def test_strict_exit_codes_are_the_documented_ones(warned, codes, exit_code, message):
    warned(*codes)
    result = run("extract", MINUTES, "--json", "--strict")
    assert result.exit_code == exit_code and result.stdout == ""
    lines = result.stderr.strip().splitlines()
    assert len(lines) == len(codes) + 1 and all(line.startswith("panelparse: warning: ") for line in lines[:-1])
    assert lines[-1].startswith("panelparse: error: ") and message in lines[-1]
    assert run("extract", MINUTES, "--json", "--strict", "-q").stderr.count("\n") == 1


def test_strict_without_warnings_succeeds(goldens_for_pdfs):
    assert run("extract", MINUTES, "--json", "--strict").exit_code == 0


# -- CSV for scripts -------------------------------------------------------------------------

def test_csv_on_stdout_has_no_bom_unless_excel_and_names_the_other_tables(goldens_for_pdfs):
    result = run("extract", MINUTES, "--format", "csv")
    assert result.exit_code == 0
    rows = list(csv.DictReader(io.StringIO(result.stdout)))
    assert list(rows[0])[:3] == ["source", "document", "meeting_date"] and rows[0]["source"].endswith(".pdf")
    assert "printing the attendance table; also available: decisions" in result.stderr
    assert run("extract", MINUTES, "--format", "csv", "-q").stderr == ""
    excel = run("extract", MINUTES, "--format", "csv", "--excel")
    assert excel.stdout.startswith("\ufeffsource,")
    decisions = run("extract", MINUTES, "--format", "csv", "--table", "decisions")
    assert decisions.stdout.startswith("source,document,meeting_date,minute,")
    assert "'colours' is not one of" in one_error_line(run("extract", MINUTES, "--format", "csv", "--table",
                                                            "colours"), 2)


def test_csv_folder_gets_every_table_and_refuses_another_pack(goldens_for_pdfs, tmp_path):
    out = tmp_path / "tables"
    first = run("extract", MINUTES, "--format", "csv", "-o", out)
    assert first.exit_code == 0 and first.stdout == ""
    assert {p.name for p in out.iterdir()} == {f"{name}.csv" for name in TIDY_TABLES}
    assert run("extract", MINUTES, "--format", "csv", "-o", out).exit_code == 0  # the same pack again
    refused = one_error_line(run("extract", EPA, "--format", "csv", "-o", out), 73)
    assert "already holds tables of" in refused and "--append" in refused
    assert len(goldens_for_pdfs) == 2, "refused before reading the pack"
    assert run("extract", EPA, "--format", "csv", "-o", out, "--append").exit_code == 0
    with open(out / "attendance.csv", encoding="utf-8", newline="") as fh:
        assert len({row["source"] for row in csv.DictReader(fh)}) == 2
    assert run("extract", EPA, "--format", "csv", "-o", out, "--force").exit_code == 0
    with open(out / "attendance.csv", encoding="utf-8", newline="") as fh:
        assert {row["source"] for row in csv.DictReader(fh)} == {str(EPA)}


def test_csv_file_gets_one_table(goldens_for_pdfs, tmp_path):
    out = tmp_path / "scorecards.csv"
    assert run("extract", SAMPLE_PACK, "-o", out).exit_code == 0
    text = out.read_text(encoding="utf-8")
    assert text.startswith("source,document,priority,priority_title,") and "Abandonment Rate: 999" in text


# -- explain (records from the golden JSON; only the pages drawn are read) -------------------

def test_explain_lists_records_and_draws_one(tmp_path):
    golden = GOLDEN / "wiltshire-pcp-2023-03-09.json"
    listed = run("explain", SAMPLE_PACK, "--extracted", golden, "--list")
    assert listed.exit_code == 0
    assert "documents[4].funding_streams[0]\t40\tPCC Commissioning Budget\n" in listed.stdout
    png = tmp_path / "funding.png"
    drawn = run("explain", SAMPLE_PACK, "--extracted", golden, "--path", "documents[4].funding_streams[0]", "-o", png)
    assert drawn.exit_code == 0 and png.read_bytes().startswith(b"\x89PNG")
    assert f"page 40: 1 box drawn; wrote {png}" in drawn.stderr
    several = run("explain", SAMPLE_PACK, "--extracted", golden, "--path", "documents[4]", "-o", png)
    assert several.exit_code == 0 and "page 40: 13 boxes drawn" in several.stderr, several.stderr
    html = tmp_path / "report.html"
    report = run("explain", EPA, "--extracted", GOLDEN / f"{EPA.stem}.json", "--html", html, "--dpi", "30")
    assert report.exit_code == 0 and html.read_text().count("<rect ") > 10


@pytest.mark.parametrize("args, message", [
    ([], "give one of --path or --html or --list"),
    (["--list", "--path", "documents[0]"], "--path and --list conflict"),
    (["--path", "documents[9]"], "documents has no 9"),
])
def test_explain_usage_errors(args, message):
    golden = GOLDEN / "wiltshire-pcp-2023-03-09.json"
    assert message in one_error_line(run("explain", SAMPLE_PACK, "--extracted", golden, *args), 2)


# -- inspection commands ---------------------------------------------------------------------

def test_schema_command_prints_json_schema():
    schema = json.loads(run("schema").stdout)
    assert schema["title"] == "MeetingPack"
    assert {"schema_version", "source", "meeting", "documents", "warnings", "checks"} <= set(schema["properties"])


def test_extractors_lists_builtins_from_entry_points():
    kinds = {e["kind"] for e in json.loads(run("extractors", "--json").stdout)["extractors"]}
    assert kinds == {"agenda", "minutes", "highlight_report", "commissioning_plan", "report", "other"}


def test_layout_of_one_page_without_printed_none():
    result = run("layout", REPORT, "--page", "2")
    assert result.exit_code == 0 and result.stdout.startswith("page 2 ") and "None" not in result.stdout.splitlines()[0]
    assert "outside 1..4" in one_error_line(run("layout", REPORT, "--page", "9"), 2)


@pytest.mark.parametrize("make_input, code, message, extra", [
    (lambda tmp: tmp / "missing.pdf", 3, "no such file", ()),
    (lambda tmp: (tmp / "notes.pdf").write_text("hello") and tmp / "notes.pdf", 4, "not a PDF", ()),
    (lambda tmp: BADPDFS / "pdfminer__samples__encryption__rc4-40.pdf", 5, "encrypted", ()),
    # A scan is read by OCR by default where panelparse[ocr] is installed (tests/test_ocr.py); without OCR:
    (lambda tmp: SCAN, 6, "no text layer on any of 11 pages (a scan?); OCR it first, or leave out --ocr off",
     ("--ocr", "off")),
])
def test_bad_input_gives_one_line_and_distinct_exit_code(tmp_path, make_input, code, message, extra):
    result = run("extract", make_input(tmp_path), "--json", *extra)
    assert message in one_error_line(result, code) and result.stdout == ""


# -- the real pipeline, end to end (slow) ----------------------------------------------------

@pytest.fixture
def real_pipeline_once(monkeypatch, extract_pack):
    """The CLI over the real pipeline, each pack read once per test session (conftest's cache)."""
    from panelparse import pipeline

    real = pipeline.extract

    def cached(path, options=None, progress=None):
        with monkeypatch.context() as inner:  # the cache fills itself through the real pipeline
            inner.setattr(pipeline, "extract", real)
            return extract_pack(path).model_copy(deep=True)

    monkeypatch.setattr(pipeline, "extract", cached)


def test_sample_pack_end_to_end_full_view_and_json_equal_the_goldens(real_pipeline_once, tmp_path):
    out = tmp_path / "pack.json"
    result = run("extract", SAMPLE_PACK, "-o", out)
    assert result.exit_code == 0 and result.stdout == "" and result.stderr == ""
    data = json.loads(out.read_text())
    golden = json.loads((GOLDEN / "wiltshire-pcp-2023-03-09.json").read_text())
    for key in ("meeting", "documents", "warnings", "checks"):
        assert data[key] == golden[key], key


@pytest.mark.slow
def test_extract_reads_a_pdf_piped_on_stdin():
    result = runner.invoke(app, ["extract", "-", "--json"], input=REPORT.read_bytes())
    assert result.exit_code == 0
    data = json.loads(result.stdout)
    assert data["source"]["path"] == "-" and data["source"]["page_count"] == 4
    bad = runner.invoke(app, ["extract", "-", "--json"], input=b"hello")
    assert bad.exit_code == 4 and "panelparse: error: -: not a PDF" in bad.stderr


@pytest.mark.slow
def test_classify_shows_supplementary_pack_split():
    result = run("classify", CORPUS / "kent-cabinet-2025-01-30-item7-supplementary-pack.pdf", "--json")
    spans = json.loads(result.stdout)
    assert [(s["start"], s["end"]) for s in spans] == [(1, 2), (3, 12), (13, 22)]
    table = run("classify", CORPUS / "kent-cabinet-2025-01-30-item7-supplementary-pack.pdf")
    assert "3-12" in table.stdout and "(3, 12)" not in table.stdout


def test_csv_export_includes_tables_of_slide_decks(real_pipeline_once, tmp_path):
    deck = CORPUS / "kent-cabinet-2025-01-30-item8-ics-priorities-measures-slides.pdf"
    result = run("extract", deck, "--format", "csv", "--out", tmp_path)
    assert result.exit_code == 0 and result.stdout == ""
    with open(tmp_path / "report_tables.csv", encoding="utf-8") as fh:
        rows = list(csv.DictReader(fh))
    contents = [r for r in rows if r["table"] == "0"]
    assert [r["Contents"] for r in contents][:3] == ["Contents", "Overview of the Integrated Strategy",
                                                    "Shared Outcomes"]
    assert {r["kind"] for r in rows} == {"highlight_report"}
    assert any(r["Contents"] == "Public Health" and r["Pages"] == "7 – 13" for r in contents)


def test_python_dash_m_entry_point():
    import subprocess
    import sys

    done = subprocess.run([sys.executable, "-m", "panelparse", "--version"], capture_output=True, text=True)
    assert done.returncode == 0 and done.stdout.startswith("panelparse ")


def test_batch_with_no_pdfs_is_a_usage_error(tmp_path):
    result = run("batch", tmp_path, "--out", tmp_path / "out")
    assert result.exit_code == 2 and "no PDF files" in result.stderr


@pytest.mark.slow
def test_batch_one_bad_file_does_not_stop_the_others(tmp_path):
    bad = tmp_path / "broken.pdf"
    bad.write_bytes(b"%PDF-1.4\n garbage")
    out = tmp_path / "out"
    result = run("batch", REPORT, bad, CORPUS / "kent-cabinet-2025-01-30-agenda-frontsheet.pdf",
                 "--out", out, "--jobs", "2")
    assert result.exit_code == 10 and result.stdout == ""
    manifest = [json.loads(line) for line in (out / "manifest.jsonl").read_text().splitlines()]
    assert sorted((m["status"], m["exit_code"]) for m in manifest) == [("error", 4), ("ok", 0), ("ok", 0)]
    assert "broken.pdf: ERROR (exit 4)" in result.stderr
    assert sorted(p.name for p in out.rglob("*.json")) == [
        "kent-cabinet-2025-01-30-agenda-frontsheet.json",
        "kent-cabinet-2025-01-30-item5-budget-monitoring-cover-report.json",
    ]
    assert not list(out.rglob(".*.tmp")), "no temp files left behind"

"""The command line: data on stdout, one-line errors on stderr, documented exit codes."""

from __future__ import annotations

import json
import subprocess
import sys

import pytest
from conftest import BADPDFS, CORPUS, SAMPLE_PACK
from typer.testing import CliRunner

from panelparse.cli import app

runner = CliRunner()
REPORT = CORPUS / "kent-cabinet-2025-01-30-item5-budget-monitoring-cover-report.pdf"
SCAN = CORPUS / "sutton-coldfield-tc-statement-of-accounts-2016-17-scanned.pdf"


def run(*args):
    return runner.invoke(app, [str(a) for a in args])


def test_extract_json_is_valid_json_on_stdout_only():
    result = run("extract", REPORT, "--json")
    assert result.exit_code == 0, result.stderr
    data = json.loads(result.stdout)
    assert data["schema_version"] == "1.0"
    assert data["source"]["page_count"] == 4
    assert [d["kind"] for d in data["documents"]] == ["report"]
    assert result.stderr == ""


@pytest.mark.parametrize("make_input, code, message", [
    (lambda tmp: tmp / "missing.pdf", 3, "no such file"),
    (lambda tmp: (tmp / "notes.pdf").write_text("hello") and tmp / "notes.pdf", 4, "not a PDF"),
    (lambda tmp: BADPDFS / "pdfminer__samples__encryption__rc4-40.pdf", 5, "encrypted"),
    (lambda tmp: SCAN, 6, "no text layer"),
    (lambda tmp: BADPDFS / "qpdf__qpdf__qtest__qpdf__issue-449.pdf", 4, "damaged"),
])
def test_bad_input_gives_one_line_and_distinct_exit_code(tmp_path, make_input, code, message):
    result = run("extract", make_input(tmp_path), "--json")
    assert result.exit_code == code
    assert result.stdout == ""
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("panelparse: error:") and message in lines[0]
    assert "Traceback" not in result.stderr


def test_usage_error_exit_code_is_2():
    assert run("extract").exit_code == 2


def test_schema_command_prints_json_schema():
    result = run("schema")
    schema = json.loads(result.stdout)
    assert schema["title"] == "MeetingPack"
    assert {"schema_version", "source", "meeting", "documents", "warnings", "checks"} <= set(schema["properties"])


def test_extractors_lists_builtins_from_entry_points():
    result = run("extractors", "--json")
    kinds = {e["kind"] for e in json.loads(result.stdout)["extractors"]}
    assert kinds == {"agenda", "minutes", "highlight_report", "commissioning_plan", "report", "other"}


def test_classify_shows_supplementary_pack_split():
    result = run("classify", CORPUS / "kent-cabinet-2025-01-30-item7-supplementary-pack.pdf", "--json")
    spans = json.loads(result.stdout)
    assert [(s["start"], s["end"]) for s in spans] == [(1, 2), (3, 12), (13, 22)]


def test_parse_command():
    result = run("parse", "money", "c£0.270m")
    assert json.loads(result.stdout) == {"raw": "c£0.270m", "amount_gbp": 270000.0, "approximate": True}
    assert run("parse", "colour", "red").exit_code == 2


def test_markdown_and_table_formats_render(tmp_path):
    md = run("extract", REPORT, "--format", "markdown")
    assert md.exit_code == 0 and md.stdout.startswith("# ")
    out = tmp_path / "report.txt"
    table = run("extract", REPORT, "--format", "table", "-o", out)
    assert table.exit_code == 0 and "report" in out.read_text()


def test_output_file_format_inferred_from_suffix(tmp_path):
    out = tmp_path / "pack.json"
    result = run("extract", REPORT, "-o", out)
    assert result.exit_code == 0 and result.stdout == ""
    assert json.loads(out.read_text())["source"]["page_count"] == 4


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


def test_python_dash_m_entry_point():
    done = subprocess.run([sys.executable, "-m", "panelparse", "--version"], capture_output=True, text=True)
    assert done.returncode == 0 and done.stdout.startswith("panelparse ")


@pytest.mark.skipif(not SAMPLE_PACK.exists(), reason="sample pack not built")
def test_extract_sample_pack_table_output_names_every_kind(tmp_path):
    result = runner.invoke(app, ["extract", str(SAMPLE_PACK), "-o", str(tmp_path / "pack.txt")])
    assert result.exit_code == 0
    text = (tmp_path / "pack.txt").read_text()
    for kind in ("agenda", "minutes", "highlight_report", "commissioning_plan", "report"):
        assert kind in text
    # the readable tables carry the values, not just the structure
    for value in ("Brian Mathew", "HMICFRS PEEL PCC - Progress to Date", "Abandonment Rate: 999",
                  "-0.6pp ▼", "£4,561,000", "Corn Exchange in Devizes", "Matt Hitch"):
        assert value in text, value


def test_csv_export_includes_tables_of_slide_decks(tmp_path):
    deck = CORPUS / "kent-cabinet-2025-01-30-item8-ics-priorities-measures-slides.pdf"
    result = run("extract", deck, "--format", "csv", "--out", tmp_path)
    assert result.exit_code == 0 and result.stdout == ""
    import csv

    with open(tmp_path / "report_tables.csv", encoding="utf-8") as fh:
        rows = list(csv.DictReader(fh))
    contents = [r for r in rows if r["table"] == "0"]
    assert [r["Contents"] for r in contents][:3] == ["Contents", "Overview of the Integrated Strategy", "Shared Outcomes"]
    assert {r["kind"] for r in rows} == {"highlight_report"}
    assert any(r["Contents"] == "Public Health" and r["Pages"] == "7 – 13" for r in contents)


def test_batch_with_no_pdfs_is_a_usage_error(tmp_path):
    result = run("batch", tmp_path, "--out", tmp_path / "out")
    assert result.exit_code == 2 and "no PDF files" in result.stderr


def test_csv_on_stdout_defaults_to_first_filled_table_and_names_the_rest():
    minutes = CORPUS / "kent-cabinet-2025-01-09-minutes.pdf"
    result = run("extract", minutes, "--format", "csv")
    assert result.exit_code == 0
    assert result.stdout.splitlines()[0] == "source,document,meeting_date,status,honorific,name,role,organisation"
    assert "also available: decisions" in result.stderr
    decisions = run("extract", minutes, "--format", "csv", "--table", "decisions")
    assert decisions.stdout.startswith("source,document,meeting_date,minute,")
    assert run("extract", minutes, "--format", "csv", "--table", "colours").exit_code == 2


def test_csv_out_file_gets_one_table_and_out_folder_gets_all(tmp_path):
    result = run("extract", SAMPLE_PACK, "-o", tmp_path / "scorecards.csv")
    assert result.exit_code == 0 and (tmp_path / "scorecards.csv").is_file()
    text = (tmp_path / "scorecards.csv").read_text(encoding="utf-8-sig")
    assert text.startswith("source,document,priority,priority_title,") and "Abandonment Rate: 999" in text
    result = run("extract", SAMPLE_PACK, "--format", "csv", "--out", tmp_path / "tables")
    assert {p.name for p in (tmp_path / "tables").iterdir()} >= {"scorecards.csv", "funding.csv", "contracts.csv"}


def test_extract_reads_a_pdf_piped_on_stdin():
    result = runner.invoke(app, ["extract", "-", "--json"], input=REPORT.read_bytes())
    assert result.exit_code == 0
    data = json.loads(result.stdout)
    assert data["source"]["path"] == "-" and data["source"]["page_count"] == 4
    bad = runner.invoke(app, ["extract", "-", "--json"], input=b"hello")
    assert bad.exit_code == 4 and "panelparse: error: -: not a PDF" in bad.stderr

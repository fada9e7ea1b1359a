"""Renderers, from the committed golden JSON (no PDF is read): table and Markdown goldens, the overview, CSV.

The table and Markdown renderings of each golden pack are goldens themselves
(tests/fixtures/golden/NAME.table.txt at 100 columns without colour, NAME.md); they change
only through `pytest --update-goldens`, so a change of rendering shows up as a diff in review.
"""

from __future__ import annotations

import csv
import io
import re

import pytest
from conftest import GOLDEN, GOLDEN_NAMES

from panelparse.console import text_console
from panelparse.models import ExtractionWarning
from panelparse.render.csv import BOM, FolderConflictError, FolderMode, render_csv_table, write_csv_tables
from panelparse.render.markdown import render_markdown
from panelparse.render.output import warning_lines
from panelparse.render.table import View, render_table
from panelparse.render.tidy import TIDY_TABLES

SAMPLE = "wiltshire-pcp-2023-03-09"
GOLDEN_WIDTH = 100


def table_text(pack, view=View.full, width=GOLDEN_WIDTH) -> str:
    buffer = io.StringIO()
    render_table(pack, text_console(buffer, width), view)
    return buffer.getvalue()


def check_golden(path, actual: str, update: bool) -> None:
    if update:
        path.write_text(actual, encoding="utf-8")
        return
    assert path.exists(), f"no golden {path.name}: review the output, then run pytest --update-goldens"
    expected = path.read_text(encoding="utf-8")
    if actual != expected:
        import difflib

        diff = "".join(list(difflib.unified_diff(expected.splitlines(True), actual.splitlines(True),
                                                 "golden", "actual", n=1))[:60])
        pytest.fail(f"{path.name} differs (pytest --update-goldens after review):\n{diff}")


@pytest.mark.parametrize("name", GOLDEN_NAMES)
def test_table_rendering_matches_golden(golden_pack, update_goldens, name):
    check_golden(GOLDEN / f"{name}.table.txt", table_text(golden_pack(name)), update_goldens)


@pytest.mark.parametrize("name", GOLDEN_NAMES)
def test_markdown_rendering_matches_golden(golden_pack, update_goldens, name):
    check_golden(GOLDEN / f"{name}.md", render_markdown(golden_pack(name)), update_goldens)


def test_overview_fits_one_80_by_24_screen(golden_pack):
    text = table_text(golden_pack(SAMPLE), View.summary, width=80)
    lines = text.rstrip("\n").splitlines()
    assert len(lines) <= 23, text  # and a line left for the shell prompt
    assert max(len(line) for line in lines) <= 80
    assert "--view full" in lines[-1] and "--json" in lines[-1]
    for kind in ("agenda", "minutes", "report", "highlight_report", "commissioning_plan"):
        assert kind in text


def test_overview_cuts_long_titles_with_an_ellipsis(golden_pack):
    text = table_text(golden_pack("kent-cabinet-2025-01-30-item7-supplementary-pack"), View.summary, width=80)
    title = next(line for line in text.splitlines() if "Transfer the 18-25 section" in line)
    assert title.endswith("…") and len(title) <= 80


def test_header_names_the_meeting_or_the_file_never_the_pdf_metadata_title(golden_pack):
    pack = golden_pack("kent-cabinet-2025-01-30-item7-supplementary-pack")
    assert pack.source.title and pack.source.title.startswith("(Public Pack)")
    for text in (table_text(pack, View.summary), render_markdown(pack)):
        assert "(Public Pack)" not in text


def test_counts_are_plural_only_when_more_than_one(golden_pack):
    text = table_text(golden_pack("kent-cabinet-2025-01-09-minutes"))
    assert re.search(r"\b1 document\b", text) and "1 documents" not in text
    full = table_text(golden_pack(SAMPLE))
    assert "1 risks" not in full and "1 outcomes" not in full


def test_a_cut_cell_says_how_to_see_it_whole(golden_pack):
    pack = golden_pack("epa-ca-planning-commission-minutes-2020-01-27").model_copy(deep=True)
    note = "… marks a cut cell; --json (or --format csv) has the whole text"
    assert note not in table_text(pack)
    decision = next(d for item in pack.documents[0].items for d in item.decisions)
    decision.text = "word " * 100
    text = table_text(pack)
    assert text.count(note) == 1 and text.count("word") < 50


def test_warnings_are_one_line_each_naming_document_and_page(golden_pack):
    pack = golden_pack("kent-cabinet-2025-01-09-minutes").model_copy(deep=True)
    pack.warnings.append(ExtractionWarning(code="plugin_error", message="acme: import failed\n(no module)"))
    pack.documents[0].warnings.append(ExtractionWarning(code="unparsed_money", message="cannot read 'x'", page=3,
                                                        document_index=0))
    assert warning_lines(pack) == ["plugin_error: acme: import failed (no module)",
                                   "document 0, page 3: unparsed_money: cannot read 'x'"]


# -- CSV -----------------------------------------------------------------------------------

def read_csv(text: str) -> tuple[list[str], list[dict]]:
    reader = csv.DictReader(io.StringIO(text))
    return list(reader.fieldnames or []), list(reader)


@pytest.mark.parametrize("name", GOLDEN_NAMES)
def test_every_csv_row_names_its_source_and_has_every_declared_column(golden_pack, name):
    pack = golden_pack(name)
    for table, spec in TIDY_TABLES.items():
        columns, rows = read_csv(render_csv_table(pack, table))
        assert columns[0] == "source", "plain csv.DictReader must see 'source', not a BOM"
        assert columns[1:1 + len(spec.columns)] == list(spec.columns)
        if not spec.open:
            assert columns[1:] == list(spec.columns), table
        assert all(row["source"] == pack.source.path for row in rows)


def test_an_empty_table_keeps_its_full_header(golden_pack):
    pack = golden_pack("kent-cabinet-2025-01-09-minutes")  # minutes only: no scorecards
    text = render_csv_table(pack, "scorecards")
    assert text.count("\n") == 1
    assert text.rstrip("\n").split(",") == ["source", *TIDY_TABLES["scorecards"].columns]


def test_bom_only_when_asked(golden_pack, tmp_path):
    pack = golden_pack(SAMPLE)
    assert not render_csv_table(pack, "funding").startswith(BOM)
    assert render_csv_table(pack, "funding", excel=True).startswith(BOM)
    write_csv_tables(pack, tmp_path / "plain", ["funding"])
    write_csv_tables(pack, tmp_path / "excel", ["funding"], excel=True)
    assert not (tmp_path / "plain" / "funding.csv").read_bytes().startswith(BOM.encode())
    assert (tmp_path / "excel" / "funding.csv").read_bytes().startswith(BOM.encode())


def test_folder_holds_one_pack_unless_append_or_force(golden_pack, tmp_path):
    first, second = golden_pack("kent-cabinet-2025-01-09-minutes"), golden_pack(
        "epa-ca-planning-commission-minutes-2020-01-27")
    written = write_csv_tables(first, tmp_path)
    assert sorted(p.name for p in written) == sorted(f"{name}.csv" for name in TIDY_TABLES)
    write_csv_tables(first, tmp_path)  # the same pack again: replaced, no complaint
    with pytest.raises(FolderConflictError, match="--append .* --force"):
        write_csv_tables(second, tmp_path)
    write_csv_tables(second, tmp_path, mode=FolderMode.append)
    write_csv_tables(second, tmp_path, mode=FolderMode.append)  # appending twice does not duplicate
    with open(tmp_path / "attendance.csv", encoding="utf-8", newline="") as fh:
        sources = [row["source"] for row in csv.DictReader(fh)]
    assert set(sources) == {first.source.path, second.source.path}
    assert sources.count(second.source.path) == len(list(TIDY_TABLES["attendance"](second)))
    write_csv_tables(second, tmp_path, mode=FolderMode.force)
    with open(tmp_path / "attendance.csv", encoding="utf-8", newline="") as fh:
        assert {row["source"] for row in csv.DictReader(fh)} == {second.source.path}


def test_pandas_reads_and_concatenates_tables_of_two_packs(golden_pack, tmp_path):
    pd = pytest.importorskip("pandas")
    frames = {}
    for name in ("kent-cabinet-2025-01-09-minutes", "epa-ca-planning-commission-minutes-2020-01-27", SAMPLE):
        out = tmp_path / name
        write_csv_tables(golden_pack(name), out)
        frames[name] = {t: pd.read_csv(out / f"{t}.csv") for t in TIDY_TABLES}
    for table in ("attendance", "scorecards", "funding"):
        parts = [f[table] for f in frames.values()]
        both = pd.concat(parts, ignore_index=True)
        assert list(both.columns[:2]) == ["source", "document"]
        assert len(both) == sum(len(p) for p in parts)
    assert frames[SAMPLE]["scorecards"]["measure"].str.contains("Abandonment Rate: 999").any()


def test_an_action_plans_owner_rating_and_commentary_reach_the_tidy_table_and_the_terminal(golden_pack):
    # The sample pack's deliverables with what an action plan (Action | Owner | Due date | RAG |
    # Commentary) adds to the first one.
    pack = golden_pack(SAMPLE).model_copy(deep=True)
    report = next(d for d in pack.documents if d.kind == "highlight_report")
    first = next(p for p in report.priorities if p.deliverables).deliverables[0]
    first.owner, first.rag, first.commentary = "Head of Estates", "amber", "Contractor delayed by the weather."
    _, rows = read_csv(render_csv_table(pack, "deliverables"))
    assert (rows[0]["owner"], rows[0]["rag"], rows[0]["commentary"]) == (
        "Head of Estates", "amber", "Contractor delayed by the weather.")
    assert rows[1]["owner"] == "" and rows[1]["rag"] == ""
    text = table_text(pack, width=200)
    assert "Head of Estates" in text and re.search(r"\bowner\b.*\brag\b", text)  # the deliverables' header

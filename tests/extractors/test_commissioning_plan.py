"""Commissioning plan: golden values from the Wiltshire OPCC Commissioning Plans FY23-24
(sample pack pages 39-50), the checks of its printed totals, and its CSV export."""

from __future__ import annotations

import csv
import datetime as dt
import io

import pytest

from panelparse.extractors.base import ExtractContext
from panelparse.extractors.commissioning_plan import CommissioningPlanExtractor
from panelparse.extractors.commissioning_plan.portfolios import portfolio_name, read_leads
from panelparse.models.values import Money
from panelparse.render.csv import render_csv_table


@pytest.fixture(scope="module")
def plan(sample_pack):
    return next(d for d in sample_pack.documents if d.kind == "commissioning_plan")


def _gbp(money):
    return money.amount_gbp if money else None


def test_plan_header_and_year(plan):
    assert plan.pages.start == 39
    assert plan.financial_year == "2023-24"
    assert plan.report_title == "OPCC Commissioning Plans – FY23-24"
    assert plan.meeting == "Police and Crime Panel"
    assert plan.date.raw == "February 2023" and plan.date.precision == "month"
    assert plan.presented_by == "Philip Wilkinson, PCC"
    assert plan.author == "Rob Llewellyn, OPCC Director of Operations"
    assert plan.recommendations == ["PCP members are asked to note the report."]


def test_plan_is_read_as_a_report_too(plan):
    headings = [s.heading for s in plan.sections]
    assert headings[:3] == [
        "PURPOSE OF REPORT",
        "INTRODUCTION AND BACKGROUND INFORMATION",
        "GOVERNANCE",
    ]
    numbers = [
        p.number for s in plan.sections for p in s.paragraphs if p.parent is None and p.number
    ]
    assert numbers == [str(n) for n in range(1, 61)]
    portfolios = [p for s in plan.sections for p in s.paragraphs if p.parent == "2"]
    assert [(p.number, p.text) for p in portfolios] == [
        ("a", "Victims and vulnerability"),
        ("b", "Reducing reoffending and criminal justice"),
        ("c", "Prevention and youth"),
    ]
    assert len(plan.tables) == 3


def test_funding_streams_and_total(plan):
    assert [(ln.name, ln.amount.raw, _gbp(ln.amount)) for ln in plan.funding_streams] == [
        ("PCC Commissioning Budget", "£2.939m", 2_939_000.0),
        ("Ministry of Justice Victims Grant", "£1.367m", 1_367_000.0),
        ("Home Office – Serious Violence Duty Grant", "£0.255m", 255_000.0),
    ]
    assert plan.funding_total.raw == "£4.561m" and _gbp(plan.funding_total) == 4_561_000.0
    assert plan.funding_streams[0].evidence.page == 40


def test_budget_lines_and_totals(plan):
    assert [(ln.name, _gbp(ln.amount), ln.in_subtotal) for ln in plan.budget_allocations] == [
        ("Prevention and Youth", 567_000.0, True),
        ("Victims and Vulnerability", 667_000.0, True),
        ("Reducing Reoffending and CJS", 419_000.0, True),
        ("Pipeline", 149_000.0, True),
        (
            "Custody & SARC Contracts (transferred from Wiltshire Police in 2022)",
            1_137_000.0,
            False,
        ),
    ]
    assert _gbp(plan.budget_subtotal) == 1_802_000.0
    assert _gbp(plan.budget_total) == 2_939_000.0
    assert set(plan.total_evidence) == {"funding_total", "budget_subtotal", "budget_total"}


def test_contracts_with_planned_starts(plan):
    rows = [
        (c.service, _gbp(c.value), c.procurement, c.planned_start.raw, c.planned_start.start)
        for c in plan.contracts
    ]
    assert rows == [
        (
            "Victim and restorative services (Horizon)",
            500_000.0,
            "March to May 2023",
            "June 2023",
            dt.date(2023, 6, 1),
        ),
        (
            "Children victims of crime",
            120_000.0,
            "April to August 2023",
            "April 2024",
            dt.date(2024, 4, 1),
        ),
        (
            "Adult victims of crime",
            220_000.0,
            "July to November 2023",
            "April 2024",
            dt.date(2024, 4, 1),
        ),
        (
            "Domestic abuse advocacy Swindon & refuge/safe spaces",
            90_000.0,
            "April to December 2023",
            "April 2024",
            dt.date(2024, 4, 1),
        ),
    ]
    qualified = plan.contracts[3].value
    assert qualified.raw == "£0.090m of c£0.270m (co-commissioned with SBC)"
    window = plan.contracts[0].procurement_window
    assert (window.start.start, window.end.end) == (dt.date(2023, 3, 1), dt.date(2023, 5, 31))


def test_portfolios_leads_priorities_budgets(plan):
    assert [p.name for p in plan.portfolios] == [
        "Victims & Vulnerability",
        "Reducing Offending & Criminal Justice",
        "Prevention & Youth",
    ]
    leads = [[(ln.name, ln.role) for ln in p.leads] for p in plan.portfolios]
    assert leads == [
        [("Maria Milton", "Strategic Lead"), ("Nicky Ward", "Improvement Officer")],
        [("Caz Deverill-Hart", "Acting Strategic Lead"), ("Frankie Burke", "Improvement Officer")],
        [("Kelly Cullen", "Strategic Lead")],
    ]
    victims, offending, youth = plan.portfolios
    assert (
        victims.priorities[0] == "Ensuring a victim centred approach"
        and len(victims.priorities) == 3
    )
    assert offending.priorities == [
        "Improving the experience of priority groups in the criminal justice system",
        "Delivery of health and wellbeing services",
        "Delivery of rehabilitation services",
        "Engagement (disproportionality, offender voice & scrutiny oversight)",
    ]
    assert youth.priorities[-1] == "Youth participation and engagement"
    # "to the value of £0.419m" / "£0.567m"; Victims & Vulnerability only in the allocation table.
    assert [_gbp(p.budget) for p in plan.portfolios] == [667_000.0, 419_000.0, 567_000.0]


def test_total_checks_pass_in_the_pack(sample_pack):
    checks = {
        c.code: c
        for c in sample_pack.checks
        if c.code in ("funding_total", "budget_subtotal", "budget_total")
    }
    assert {code: c.status for code, c in checks.items()} == {
        "funding_total": "pass",
        "budget_subtotal": "pass",
        "budget_total": "pass",
    }
    assert "£4.561m" in checks["funding_total"].message
    assert checks["budget_total"].evidence.page == 41


def test_total_mismatch_is_a_failed_check_with_both_figures(plan):
    wrong = plan.model_copy(update={"funding_total": Money(raw="£4.600m", amount_gbp=4_600_000.0)})
    funding = next(
        c for c in CommissioningPlanExtractor().checks(wrong) if c.code == "funding_total"
    )
    assert funding.status == "fail"
    assert "£4.600m" in funding.message and "GBP 4,561,000.00" in funding.message


def _csv(pack, name):
    return list(csv.DictReader(io.StringIO(render_csv_table(pack, name))))


def test_funding_budget_and_contracts_csv_read_back(sample_pack):
    funding = _csv(sample_pack, "funding")
    assert [(r["name"], float(r["amount_gbp"]), r["is_total"]) for r in funding] == [
        ("PCC Commissioning Budget", 2_939_000.0, "False"),
        ("Ministry of Justice Victims Grant", 1_367_000.0, "False"),
        ("Home Office – Serious Violence Duty Grant", 255_000.0, "False"),
        ("funding_total", 4_561_000.0, "True"),
    ]
    budget = _csv(sample_pack, "budget")
    assert [r["name"] for r in budget][-2:] == ["budget_subtotal", "budget_total"]
    assert sum(float(r["amount_gbp"]) for r in budget if r["is_total"] == "False") == 2_939_000.0
    contracts = _csv(sample_pack, "contracts")
    assert [r["planned_start"] for r in contracts] == [
        "2023-06-01",
        "2024-04-01",
        "2024-04-01",
        "2024-04-01",
    ]
    assert contracts[3]["value_raw"] == "£0.090m of c£0.270m (co-commissioned with SBC)"


def test_report_tables_csv_read_back(sample_pack):
    rows = _csv(sample_pack, "report_tables")
    mandatory = next(
        r for r in rows if r["PEEL Specific Activity"].startswith("Mandatory closure template")
    )
    assert mandatory["Activity status"] == "●"
    assert mandatory["group"] == "Cause of concern 2: Question 6 - Protecting vulnerable people"
    supporting = [r for r in rows if r["subgroup"] == "Additional supporting activity"]
    assert len(supporting) == 6 + 3 + 4


@pytest.mark.parametrize(
    ("heading", "name"),
    [
        ("PORTFOLIO SUMMARY – VICTIMS & VULNERABILITY", "Victims & Vulnerability"),
        ("Portfolio: Prevention and Youth", "Prevention and Youth"),
        ("Community Safety Portfolio", "Community Safety"),
        ("FINANCIAL", None),
    ],
)
def test_portfolio_name(heading, name):
    assert portfolio_name(heading) == name


@pytest.mark.parametrize(
    ("text", "leads"),
    [
        (
            "This portfolio is led by Maria Milton, as Strategic Lead, and Nicky Ward as Improvement Officer. "
            "This portfolio also includes a part-time role.",
            [("Maria Milton", "Strategic Lead"), ("Nicky Ward", "Improvement Officer")],
        ),
        (
            "This portfolio is led by Kelly Cullen, as Strategic Lead, with the support of an Improvement Officer "
            "which is currently out for recruitment.",
            [("Kelly Cullen", "Strategic Lead")],
        ),
        (
            "The work is led by Dr Jane Smith (Head of Commissioning) and Tom Jones (Officer).",
            [("Jane Smith", "Head of Commissioning"), ("Tom Jones", "Officer")],
        ),
        ("These portfolios are led by three strategic commissioning leads.", []),
    ],
)
def test_read_leads(text, leads):
    found = read_leads(text, ExtractContext(document_index=0))
    assert [(ln.name, ln.role) for ln in found] == leads


def _builder(rows, page=1):
    from panelparse.extractors.common.tables import TableBuilder
    from panelparse.layout import TableGrid

    boxes = tuple((50.0, 100.0 + 20 * i, 500.0, 120.0 + 20 * i) for i in range(len(rows)))
    grid = TableGrid(page=page, bbox=(50.0, 100.0, 500.0, boxes[-1][3]), rows=tuple(map(tuple, rows)),
                     row_bboxes=boxes)
    builder = TableBuilder(page=page, n_cols=grid.n_cols)
    builder.add(grid)
    return builder


def test_budget_table_in_a_thousands_column():
    # Councils often print bare figures under a "£000" header.
    from panelparse.extractors.commissioning_plan.sheets import sheet_of
    from panelparse.extractors.commissioning_plan.tables import money_columns, money_table_kind, read_money_table

    table = sheet_of(_builder([["Service", "Budget 2024-25 £000"], ["Adult Social Care", "1,250"],
                               ["Highways", "(50)"], ["Total", "1,200"]]))
    col = money_columns(table)[0]
    assert (col, money_table_kind(table)) == (1, "budget")
    read = read_money_table(table, "budget", col, ExtractContext(document_index=0))
    assert [(ln.name, ln.amount.amount_gbp) for ln in read.lines] == [
        ("Adult Social Care", 1_250_000.0), ("Highways", -50_000.0)]
    assert read.total.amount_gbp == 1_200_000.0 and read.subtotal is None


# -- budget sheets (HOUSE-STYLES §5): titles, header rows, the budget column, nil, totals -----

def _sheet(rows):
    from panelparse.extractors.commissioning_plan.sheets import sheet_of

    return sheet_of(_builder(rows))


def _budget(rows, year=None):
    from panelparse.extractors.commissioning_plan.sheets import amount_column
    from panelparse.extractors.commissioning_plan.tables import money_columns, read_money_table

    sheet = _sheet(rows)
    col = amount_column(sheet, money_columns(sheet), year)
    return sheet, col, read_money_table(sheet, "budget", col, ExtractContext(document_index=0))


def test_parish_sheet_with_a_title_row_spanning_headings_and_an_unlabelled_total():
    # A spreadsheet printed to PDF: its title in the first row, 'Precept figures' over the
    # budget column and 'Spend' over the months, bare figures, and a total row with no label.
    sheet, col, read = _budget([
        ["Parish Spending v Budget 2021/22", "", "", "", ""],
        ["Precept figures", "", "Spend (inc VAT)", "", "Totals"],
        ["", "", "April", "May", ""],
        ["Insurance", "500", "454.55", "", "454.55"],
        ["Changing Rooms (elec", ") 2000", "", "", ""],  # the label ran over into the next cell
        ["Bank charges", "", "18.00", "18.00", "36.00"],
        ["", "2500", "472.55", "18.00", "######"],
    ])
    assert sheet.title == "Parish Spending v Budget 2021/22"
    assert sheet.header[:3] == ["Precept figures", "Precept figures", "Spend (inc VAT) April"]
    assert col == 1
    assert [(ln.name, ln.amount.amount_gbp) for ln in read.lines] == [
        ("Insurance", 500.0), ("Changing Rooms (elec)", 2000.0)]
    assert read.total.raw == "2500" and read.total.amount_gbp == 2500.0


def test_the_budget_column_of_the_sheets_year_and_nil_dashes():
    sheet, col, read = _budget([
        ["ITEM", "Budget", "Spent", "Budget", "Spent"],
        ["", "2017-18", "", "2018-19", ""],
        ["Training", "0", "55", "50", ""],
        ["Elections", "-", "183", "-", ""],
        ["TOTAL EXPENDITURE", "16,980", "16,080", "15,100", ""],
    ], year="2018-19")
    assert sheet.header[1:4] == ["Budget 2017-18", "Spent", "Budget 2018-19"] and col == 3
    assert [(ln.name, ln.amount.amount_gbp) for ln in read.lines] == [("Training", 50.0), ("Elections", 0.0)]
    assert read.total.amount_gbp == 15_100.0


def test_an_unlabelled_row_that_does_not_add_up_is_not_a_total():
    _, _, read = _budget([["Line", "Budget £"], ["A", "100"], ["B", "200"], ["", "250"]])
    assert read.total is None and [ln.name for ln in read.lines] == ["A", "B"]


def test_columns_of_another_unit_are_not_money():
    from panelparse.extractors.commissioning_plan.tables import money_columns

    assert money_columns(_sheet([["Service", "No. of clients", "Budget"], ["Refuge", "40", "1,250"]])) == [2]


def test_a_budget_paper_with_one_column_of_millions_is_a_money_document():
    from panelparse.extractors.common.features import features
    from panelparse.layout import Line, PageLayout, TableGrid, Word
    from panelparse.span import DocumentSpan

    rows = [("Funding stream", "FY24-25 £m"), ("Core grant", "3.017"), ("Victims grant", "1.379"),
            ("Serious violence grant", "0.252"), ("Reserves", "0.092"), ("Total funding", "4.740")]
    grid = TableGrid(page=1, bbox=(50, 100, 500, 220), rows=tuple(rows),
                     row_bboxes=tuple((50, 100 + 20 * i, 500, 120 + 20 * i) for i in range(len(rows))))
    title = Line((Word("Funding", 50, 60, 100, 76, 16, True), Word("2024-25", 105, 60, 160, 76, 16, True)), 1)
    page = PageLayout(number=1, width=595, height=842, lines=(title,), tables=(grid,))
    span = DocumentSpan((page,), (None,))
    assert features(span).money_columns == pytest.approx(5 / 6)
    assert CommissioningPlanExtractor().score(span) >= 0.5


def _sheet_line(y: float, *cells: tuple[float, str], size: float = 11.0):
    """A line of cells, each (right edge for figures / left edge for words, text)."""
    from panelparse.layout import Line, Word

    words = []
    for x, text in cells:
        width = len(text) * size * 0.5
        figure = text.strip("(),").replace(",", "").isdigit()  # right-aligned, as spreadsheets print them
        x0 = x - width if figure else x
        words.append(Word(text, x0, y, x0 + width, y + size, size))
    return Line(tuple(words), 1)


def test_a_budget_sheet_printed_with_tab_stops():
    # A parish budget exported from a spreadsheet: no rules, the header on two lines above the
    # figures, group labels on lines of their own, group totals and a grand total.
    from panelparse.extractors.commissioning_plan import CommissioningPlanExtractor
    from panelparse.layout import PageLayout
    from panelparse.span import DocumentSpan

    lines = [
        _sheet_line(60, (200, "PARISH COUNCIL - BUDGET 2018-19")),
        _sheet_line(73, (57, "ITEM"), (216, "Budget"), (322, "Spent"), (428, "Budget"), (534, "Spent")),
        _sheet_line(85, (216, "2017-18"), (428, "2018-19")),
        _sheet_line(110, (57, "REVENUE")),
        _sheet_line(123, (57, "Clerk's Salary"), (265, "3,500"), (371, "3,421"), (477, "3,500")),
        _sheet_line(136, (57, "Training"), (265, "0"), (371, "55"), (477, "50")),
        _sheet_line(149, (57, "REVENUE TOTAL"), (265, "3,500"), (371, "3,476"), (477, "3,550")),
        _sheet_line(174, (57, "CAPITAL")),
        _sheet_line(187, (57, "Village Hall"), (265, "1,000"), (371, "817"), (477, "1,000")),
        _sheet_line(200, (57, "Projects"), (265, "7,500"), (371, "5,900"), (477, "5,000")),
        _sheet_line(213, (57, "CAPITAL TOTAL"), (265, "8,500"), (371, "6,717"), (477, "6,000")),
        _sheet_line(238, (57, "TOTAL EXPENDITURE"), (265, "12,000"), (371, "10,193"), (477, "9,550")),
        _sheet_line(263, (57, "Benches - £750")),
    ]
    page = PageLayout(number=1, width=647, height=915, lines=tuple(lines))
    doc = CommissioningPlanExtractor().extract(DocumentSpan((page,), (1,)), ExtractContext(document_index=0), 1.0)
    assert doc.financial_year == "2018-19"
    assert [(ln.name, ln.amount.amount_gbp) for ln in doc.budget_allocations] == [
        ("Clerk's Salary", 3500.0), ("Training", 50.0), ("Village Hall", 1000.0), ("Projects", 5000.0)]
    assert doc.budget_subtotal.amount_gbp == 3550.0 and doc.budget_total.amount_gbp == 9550.0
    assert doc.tables[-1].header == ["ITEM", "Budget 2017-18", "Spent", "Budget 2018-19"]
    assert [c.status for c in CommissioningPlanExtractor().checks(doc)] == ["pass", "pass"]


def test_contracts_with_provider_term_window_and_start(extract_pack):
    from conftest import FIXTURES

    pack = extract_pack(FIXTURES / "styles" / "budget-funding-millions.pdf")
    plan = next(d for d in pack.documents if d.kind == "commissioning_plan")
    first, counselling, refuge, pilot = plan.contracts
    assert (first.provider, first.term, first.planned_start.precision) == ("Brightpath Trust", "3 years + 2", "day")
    assert (counselling.value.amount_gbp, counselling.value.approximate) == (270_000.0, True)
    assert counselling.procurement_window.end.raw == "May 2024"
    assert (refuge.value.raw, refuge.planned_start.start, refuge.planned_start.precision) == (
        "£1,085,000", dt.date(2024, 10, 1), "quarter")  # 'Q3 2024/25': a financial-year quarter
    assert (pilot.value.raw, pilot.value.amount_gbp, pilot.value.approximate) == ("up to £50k", 50_000.0, False)
    assert plan.financial_year == "2024-25" and plan.budget_subtotal.amount_gbp == 2_165_000.0


def test_a_paper_listing_contracts_to_procure_is_a_money_document():
    from panelparse.extractors.common.features import features
    from panelparse.layout import Line, PageLayout, TableGrid, Word
    from panelparse.span import DocumentSpan

    rows = [("Service", "Provider", "Value", "Procurement", "Contract start"),
            ("Victim support", "Brightpath Trust", "£0.50m", "Q2 2024/25", "1 April 2025"),
            ("Counselling", "Harbour CIC", "c£0.27m", "March to May 2024", "October 2024"),
            ("Refuge", "Safe Haven", "£1,085,000", "April - June 2024", "Q3 2024/25")]
    grid = TableGrid(page=1, bbox=(50, 100, 540, 180), rows=tuple(rows),
                     row_bboxes=tuple((50, 100 + 20 * i, 540, 120 + 20 * i) for i in range(len(rows))))
    title = Line((Word("Services", 50, 60, 110, 76, 16, True), Word("ahead", 115, 60, 160, 76, 16, True)), 1)
    span = DocumentSpan((PageLayout(number=1, width=595, height=842, lines=(title,), tables=(grid,)),), (None,))
    assert features(span).contract_table == 1.0
    assert CommissioningPlanExtractor().score(span) >= 0.5


@pytest.mark.parametrize("label, plain", [
    ("Elec[ons", "Elections"), ("Safety Inspec[ons", "Safety Inspections"), ("Chari[es", "Charities"),
    ("Sacred Sight & Sound Fes[val", "Sacred Sight & Sound Festival"),
    ("Costs [a]", "Costs [a]"), ("x[i] term", "x[i] term"),  # a bracket that closes is a bracket
])
def test_a_ti_ligature_the_text_layer_lost_is_spelt_out(label, plain):
    from panelparse.extractors.commissioning_plan.sheets import plain_label

    assert plain_label(label) == plain


def test_the_tintern_budget_sheet_names_its_lines_with_their_ligatures(extract_pack):
    # Tintern CC budget 2018-19 (Apple Numbers, Calibri): the text layer prints 'Elec[ons',
    # 'Safety Inspec[ons', 'Chari[es' where the page shows 'ti'; the Budget 2018-19 column.
    from conftest import corpus, only_document

    doc = only_document(extract_pack(str(corpus("tintern-cc-2018-19-budget.pdf"))), "commissioning_plan")
    amounts = {ln.name: ln.amount.amount_gbp for ln in doc.budget_allocations}
    assert amounts["Elections"] == 0 and amounts["Safety Inspections"] == 100 and amounts["Charities"] == 100
    assert amounts["Insurance (Hall/Came&Co)"] == 1400 and len(amounts) == 22
    assert doc.budget_total.amount_gbp == 15100


def test_a_sheet_read_off_a_scan_figures_close_together_an_unlabelled_total_and_notes():
    # OCR'd boxes overlap their neighbours a little, two figures can sit closer than a tab stop,
    # the total row prints no label and closes the sheet, and a note may follow the figures
    # (the shape of the Royal Sutton Coldfield budget comparison, p4, and its notes, p9).
    from panelparse.layout import Line, PageLayout, Word
    from panelparse.span import DocumentSpan

    def row(y, label, *figures, note=None):
        words = [Word(w, 55 + 40 * i, y, 55 + 40 * i + 35, y + 14, 10.4) for i, w in enumerate(label.split())]
        for right, text in figures:
            words.append(Word(text, right - 5 * len(text), y, right, y + 14, 10.4))
        if note:
            words.append(Word(note, 500, y, 560, y + 14, 10.4))
        return Line(tuple(words), 4)

    lines = [
        Line((Word("Net", 326, 125, 344, 137, 9.2),), 4),
        Line((Word("Expenditure", 307, 138, 364, 150, 9.6), Word("Budget", 389, 139, 423, 152, 9.6),
              Word("Variance", 443, 139, 486, 153, 9.6)), 4),
        Line((Word("DIRECTSERVICESTOTHEPUBLIC", 56, 165, 200, 178, 10.0),), 4),
        row(193, "Economic Development", (371, "(3,000)"), (438, "(145,000)"), (488, "142,000")),
        row(205, "Play and Recreation", (370, "(2,500)"), (438, "(150,000)"), (487, "147,500"), note="Delayed"),
        row(218, "Community Grants", (369, "(88,677)"), (437, "(103,850)"), (487, "15,173")),
        row(245, "", (370, "(94,177)"), (438, "(398,850)"), (487, "304,673")),
        row(262, "Annual Precept", (370, "1,823,850"), (437, "1,823,850")),
    ]
    page = PageLayout(number=4, width=596, height=842, lines=tuple(lines))
    doc = CommissioningPlanExtractor().extract(DocumentSpan((page,), (3,)), ExtractContext(document_index=0), 1.0)
    assert [(ln.name, ln.amount.amount_gbp) for ln in doc.budget_allocations] == [
        ("Economic Development", -145000.0), ("Play and Recreation", -150000.0), ("Community Grants", -103850.0)]
    assert doc.budget_total.raw == "(398,850)" and doc.budget_total.amount_gbp == -398850.0
    assert [c.status for c in CommissioningPlanExtractor().checks(doc)] == ["pass"]
    sheet = next(t for t in doc.tables if t.rows and t.rows[0][0] == "Economic Development")
    assert sheet.header[:4] == ["", "Net Expenditure", "Budget", "Variance"]
    assert sheet.rows[1][-1] == "Delayed" and len(sheet.rows) == 4


def test_a_note_breaking_a_service_down_adds_its_budget_lines_named_by_its_title():
    # A statement of accounts: the budget comparison by service, then notes whose tables break a
    # service down under 'Net Expenditure' and 'Budget' columns (the shape of the Royal Sutton
    # Coldfield accounts, pp4 and 9, read by OCR). A note's lines join budget_allocations after
    # the main table's, each naming its note; the main table's printed total is still checked
    # against the main table's lines only. A lone '0' read off the scan ends 11 points short of
    # the figures above it, and is still in their column; the note's last line, the sum of the
    # lines above it, is the note's total, not a line.
    from panelparse.layout import Line, PageLayout, Word
    from panelparse.span import DocumentSpan

    def row(y, label, *figures, page=4):
        words = [Word(w, 55 + 40 * i, y, 55 + 40 * i + 35, y + 14, 10.4) for i, w in enumerate(label.split())]
        for right, text in figures:
            words.append(Word(text, right - 5 * len(text), y, right, y + 14, 10.4))
        return Line(tuple(words), page)

    main = [
        Line((Word("Net", 326, 125, 344, 137, 9.2),), 4),
        Line((Word("Expenditure", 307, 138, 364, 150, 9.6), Word("Budget", 389, 139, 423, 152, 9.6)), 4),
        row(165, "Community Grants", (369, "(88,677)"), (437, "(103,850)")),
        row(178, "Central Support Costs", (370, "(229,850)"), (438, "(355,902)")),
        row(191, "Civic and Democratic Costs", (370, "(107,246)"), (437, "(202,200)")),
        row(215, "", (370, "(425,773)"), (438, "(661,952)")),
    ]
    note = [
        Line((Word("B", 64, 536, 72, 549, 8.8), Word("Members", 82, 536, 130, 549, 8.8),
              Word("Allowances", 134, 536, 190, 549, 8.8)), 9),
        Line((Word("2017", 255, 563, 278, 575, 8.8), Word("2017", 326, 563, 348, 575, 8.8)), 9),
        Line((Word("Net", 256, 591, 274, 603, 8.8), Word("Budget", 320, 591, 354, 603, 8.8)), 9),
        Line((Word("Expenditure", 239, 605, 293, 616, 8.8),), 9),
        row(630, "Members Allowances", (281, "12,967"), (352, "24,000"), page=9),
        row(644, "Members Expenses", (270, "0"), (350, "1,200"), page=9),
        row(658, "Bi-Election Contingency", (270, "0"), (352, "50,000"), page=9),
        row(672, "Election Costs", (280, "75,475"), (352, "75,000"), page=9),
        row(686, "Civic and Democratic Costs", (283, "88,442"), (354, "150,200"), page=9),
    ]
    pages = (PageLayout(number=4, width=596, height=842, lines=tuple(main)),
             PageLayout(number=9, width=596, height=842, lines=tuple(note)))
    doc = CommissioningPlanExtractor().extract(DocumentSpan(pages, (3, 8)), ExtractContext(document_index=0), 1.0)
    note_b = "B Members Allowances"
    assert [(ln.name, ln.amount.amount_gbp, ln.sheet) for ln in doc.budget_allocations] == [
        ("Community Grants", -103850.0, None), ("Central Support Costs", -355902.0, None),
        ("Civic and Democratic Costs", -202200.0, None),
        ("Members Allowances", 24000.0, note_b), ("Members Expenses", 1200.0, note_b),
        ("Bi-Election Contingency", 50000.0, note_b), ("Election Costs", 75000.0, note_b),
    ]
    assert doc.budget_total.amount_gbp == -661952.0
    assert [(c.code, c.status) for c in CommissioningPlanExtractor().checks(doc)] == [("budget_total", "pass")]
    note_table = next(t for t in doc.tables if t.page == 9)
    assert note_table.header == ["", "2017 Net Expenditure", "2017 Budget"]
    assert note_table.rows[1] == ["Members Expenses", "0", "1,200"]


def test_a_second_table_without_a_budget_column_adds_no_lines():
    # The income lines under a budget comparison ('Annual Precept') and a balance sheet print
    # amounts but no budget column: they stay tables, not budget lines.
    from panelparse.layout import Line, PageLayout, Word
    from panelparse.span import DocumentSpan

    def row(y, label, *figures):
        words = [Word(w, 55 + 40 * i, y, 55 + 40 * i + 35, y + 14, 10.4) for i, w in enumerate(label.split())]
        for right, text in figures:
            words.append(Word(text, right - 5 * len(text), y, right, y + 14, 10.4))
        return Line(tuple(words), 1)

    lines = [
        Line((Word("Budget", 389, 139, 423, 152, 9.6),), 1),
        row(165, "Community Grants", (437, "103,850")),
        row(178, "Central Support Costs", (438, "355,902")),
        row(191, "Civic Costs", (437, "202,200")),
        row(300, "Fixed Assets", (437, "18,394")),
        row(313, "Debtors", (437, "60,473")),
        row(326, "Cash at Bank", (437, "1,354,007")),
    ]
    page = PageLayout(number=1, width=596, height=842, lines=tuple(lines))
    doc = CommissioningPlanExtractor().extract(DocumentSpan((page,), (1,)), ExtractContext(document_index=0), 1.0)
    assert [ln.name for ln in doc.budget_allocations] == ["Community Grants", "Central Support Costs", "Civic Costs"]


# -- issue 13: an amount that cannot be read exactly, in the FIRST body row, is a body row -----
# (it was taken for a header row: the line vanished with no warning and funding_total passed).

UNREAD_AMOUNTS = ["£1,2,3m", "£1.2.3m", "£5mm", "£1 234 567", "£ 1,2,3m", "£1" + "0" * 26]


def _funding(rows):
    from panelparse.extractors.commissioning_plan.tables import money_columns, read_money_table

    sheet = _sheet(rows)
    ctx = ExtractContext(document_index=0)
    return sheet, ctx, read_money_table(sheet, "funding", money_columns(sheet)[0], ctx)


@pytest.mark.parametrize("bad", UNREAD_AMOUNTS)
def test_an_unreadable_amount_in_the_first_row_is_a_body_row_kept_raw_with_a_warning(plan, bad):
    from panelparse.extractors.commissioning_plan.checks import plan_checks

    sheet, ctx, read = _funding([["Funding stream", "Budget £"], ["Commissioning", bad], ["Grants", "£1,500"],
                                 ["Total", "£1,500"]])
    assert sheet.header == ["Funding stream", "Budget £"]  # not 'Budget £ <bad>'
    assert sheet.rows[0] == ["Commissioning", bad]
    assert [(ln.name, ln.amount.raw, ln.amount.amount_gbp) for ln in read.lines] == [
        ("Commissioning", bad, None), ("Grants", "£1,500", 1_500.0)]
    assert [w.code for w in ctx.warnings] == ["unparsed_money"] and bad in ctx.warnings[0].message
    # The printed total leaves the unread line out: the check must not pass on the rest.
    doc = plan.model_copy(update={"funding_streams": read.lines, "funding_total": read.total})
    funding = next(c for c in plan_checks(doc) if c.code == "funding_total")
    assert funding.status == "fail" and "could not be read" in funding.message


@pytest.mark.parametrize("bad", ["£1,2,3m", "1.2.3", "£5mm"])
@pytest.mark.parametrize("head, header", [
    ([["Funding stream", "Budget", "Budget"], ["", "2023/24 £000", "2024/25 £'000"]],  # year rows
     ["Funding stream", "Budget 2023/24 £000", "Budget 2024/25 £'000"]),
    ([["Funding stream", "Budget 2023/24", "Budget 2024/25"], ["", "£000", "£ 000s"]],  # unit rows
     ["Funding stream", "Budget 2023/24 £000", "Budget 2024/25 £ 000s"]),
    ([["Funding stream", "Budget", ""], ["", "2023/24", "2024/25"], ["", "£000", "£000"]],  # three rows
     ["Funding stream", "Budget 2023/24 £000", "Budget 2024/25 £000"]),
])
def test_multi_row_headers_still_join_above_an_unreadable_first_row(head, header, bad):
    sheet, ctx, read = _funding([*head, ["Commissioning", bad, "1,250"], ["Grants", "1,500", "1,600"],
                                 ["Total", "1,500", "2,850"]])
    assert sheet.header == header
    assert [r[0] for r in sheet.rows] == ["Commissioning", "Grants", "Total"]
    assert [(ln.name, ln.amount.raw, ln.amount.amount_gbp) for ln in read.lines] == [
        ("Commissioning", bad, None), ("Grants", "1,500", 1_500_000.0)]
    assert [w.code for w in ctx.warnings] == ["unparsed_money"]


def test_header_rows_of_dates_units_and_months_are_still_header_rows():
    sheet = _sheet([
        ["Service", "Balance at", "Balance at", "Spend"],
        ["", "31.03.2023 £000s", "31.03.24 £000's", "April £"],
        ["Refuge", "1,250", "1,300", "20"],
    ])
    assert sheet.header == ["Service", "Balance at 31.03.2023 £000s", "Balance at 31.03.24 £000's", "Spend April £"]
    assert sheet.rows == [["Refuge", "1,250", "1,300", "20"]]


@pytest.mark.parametrize("cell, unread", [
    ("£1,2,3m", True), ("£1.2.3m", True), ("£5mm", True), ("£1 234 567", True), ("1.2.3m", True),
    ("£1" + "0" * 26, True), ("£1,500", False), ("((£5m))", False), ("1 234 567", False),
    ("£000", False), ("£'000", False), ("£ 000s", False), ("£m", False), ("Budget £", False),
    ("2023/24", False), ("2018-19", False), ("31.03.2023", False), ("Q1", False), ("Month 6", False),
    ("Note 1.2", False), ("", False),
])
def test_is_unread_figure(cell, unread):
    from panelparse.extractors.commissioning_plan.sheets import is_unread_figure

    assert is_unread_figure(cell) is unread


def test_a_labelled_first_row_of_pound_zeros_is_still_a_line():
    sheet = _sheet([["Funding stream", "Budget £"], ["Reserves", "£000"], ["Grants", "£1,500"]])
    assert sheet.header == ["Funding stream", "Budget £"] and sheet.rows[0] == ["Reserves", "£000"]


@pytest.mark.parametrize("first", [True, False])
def test_an_unreadable_amount_in_a_sheet_printed_with_tab_stops_is_kept_raw(first):
    # Without rules the row was not a row of figures: the line (or the whole sheet) went silently.
    from panelparse.layout import PageLayout
    from panelparse.span import DocumentSpan

    body = [("Clerk's Salary", "£1,2,3m"), ("Training", "50"), ("Hall", "1,000")]
    body = body if first else [body[1], body[0], body[2]]
    lines = [_sheet_line(60, (200, "PARISH COUNCIL - BUDGET 2018-19")),
             _sheet_line(73, (57, "ITEM"), (216, "Budget")), _sheet_line(85, (216, "2018-19"))]
    lines += [_sheet_line(110 + 13 * i, (57, label), (265 - (0 if cell[0].isdigit() else len(cell) * 5.5), cell))
              for i, (label, cell) in enumerate(body)]
    lines.append(_sheet_line(150, (57, "TOTAL EXPENDITURE"), (265, "1,050")))
    ctx = ExtractContext(document_index=0)
    page = PageLayout(number=1, width=647, height=915, lines=tuple(lines))
    doc = CommissioningPlanExtractor().extract(DocumentSpan((page,), (1,)), ctx, 1.0)
    assert sorted((ln.name, ln.amount.raw, ln.amount.amount_gbp) for ln in doc.budget_allocations) == [
        ("Clerk's Salary", "£1,2,3m", None), ("Hall", "1,000", 1_000.0), ("Training", "50", 50.0)]
    assert [w.code for w in ctx.warnings] == ["unparsed_money"]
    assert [c.status for c in CommissioningPlanExtractor().checks(doc)] == ["fail"]

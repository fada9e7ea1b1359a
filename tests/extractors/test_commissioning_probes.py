"""Money tables found by probing house styles the fixtures do not print (parish and town council
budget sheets, budget monitoring reports). Invented councils, lines and figures throughout."""

from __future__ import annotations

import pytest
from test_commissioning_plan import _builder

from panelparse.extractors.base import ExtractContext
from panelparse.extractors.commissioning_plan.read import _money_and_contracts
from panelparse.extractors.commissioning_plan.sheets import sheet_of


def _sheet(rows, page=1):
    return sheet_of(_builder(rows, page))


def _money(*sheets, year="2024-25"):
    return _money_and_contracts([_sheet(rows) for rows in sheets], year, ExtractContext(document_index=0))


def _lines(lines):
    return [(ln.name, ln.amount.amount_gbp) for ln in lines]


HEADER = ["Budget heading", "Budget 2024/25 £", "Actual to 30 Sept £", "Forecast outturn £", "Variance £"]


def test_income_and_expenditure_in_one_budget_sheet():
    # A parish budget monitoring sheet: 'Income' lines and their total, then 'Expenditure' lines and
    # theirs, then the surplus. The income is the funding, the spending the budget.
    money = _money([HEADER, ["Income", "", "", "", ""], ["Precept", "48,500", "24,250", "48,500", "-"],
                    ["Allotment rents", "1,200", "1,150", "1,200", "-"],
                    ["Hall hire", "6,000", "2,640", "5,300", "(700)"],
                    ["Total income", "55,700", "28,040", "55,000", "(700)"],
                    ["Expenditure", "", "", "", ""], ["Clerk's salary", "18,400", "9,200", "18,400", "-"],
                    ["Grounds maintenance", "7,500", "4,980", "8,100", "600"],
                    ["Insurance", "1,450", "1,450", "1,450", "-"],
                    ["Total expenditure", "27,350", "15,630", "27,950", "600"],
                    ["Surplus / (deficit)", "28,350", "12,410", "27,050", "(1,300)"]])
    assert _lines(money["funding_streams"]) == [("Precept", 48_500.0), ("Allotment rents", 1_200.0),
                                                ("Hall hire", 6_000.0)]
    assert money["funding_total"].amount_gbp == 55_700.0
    assert _lines(money["budget_allocations"]) == [("Clerk's salary", 18_400.0), ("Grounds maintenance", 7_500.0),
                                                   ("Insurance", 1_450.0)]
    assert money["budget_total"].amount_gbp == 27_350.0


def test_payments_before_receipts():
    money = _money([["", "Budget 2024/25"], ["PAYMENTS", ""], ["Salaries", "12,000"], ["Office costs", "1,500"],
                    ["Total payments", "13,500"], ["RECEIPTS", ""], ["Precept", "14,000"], ["Bank interest", "150"],
                    ["Total receipts", "14,150"]])
    assert _lines(money["budget_allocations"]) == [("Salaries", 12_000.0), ("Office costs", 1_500.0)]
    assert money["budget_total"].amount_gbp == 13_500.0
    assert _lines(money["funding_streams"]) == [("Precept", 14_000.0), ("Bank interest", 150.0)]
    assert money["funding_total"].amount_gbp == 14_150.0


def test_a_budget_sheet_with_service_groups_is_not_split():
    # Group rows naming services ('Environment', 'Leisure') are no income and spending.
    money = _money([["Service", "Budget 2024/25 £"], ["Environment", ""], ["Street cleaning", "4,000"],
                    ["Leisure", ""], ["Play areas", "2,500"], ["Total", "6,500"]])
    assert _lines(money["budget_allocations"]) == [("Street cleaning", 4_000.0), ("Play areas", 2_500.0)]
    assert money["budget_total"].amount_gbp == 6_500.0 and money["funding_streams"] == []


def test_a_parish_sheet_with_account_codes_before_the_headings():
    # 'Code | Heading | Budget 2024/25 | Apr | May | ...' as parish accounting packages print: lines are
    # named by their heading, not their code; a '######' an over-narrow column printed stays out of it.
    money = _money([["Code", "Heading", "Budget 2024/25", "Apr", "May", "Spent to date", "Remaining"],
                    ["4000", "Clerk salary & NI", "14,200", "1,183", "1,183", "2,366", "11,834"],
                    ["4010", "Office & stationery", "600", "45", "-", "45", "555"],
                    ["4050", "Street lighting energy", "2,300", "######", "190", "190", "2,110"],
                    ["", "Total", "17,100", "1,228", "1,373", "2,601", "14,499"]])
    assert _lines(money["budget_allocations"]) == [("Clerk salary & NI", 14_200.0), ("Office & stationery", 600.0),
                                                   ("Street lighting energy", 2_300.0)]
    assert money["budget_total"].amount_gbp == 17_100.0


def test_codes_without_a_code_header_and_a_first_column_of_names_kept():
    money = _money([["", "", "Budget 2024/25 £"], ["E120", "Grounds maintenance", "7,500"],
                    ["E130", "Insurance", "1,450"], ["", "Total", "8,950"]])
    assert _lines(money["budget_allocations"]) == [("Grounds maintenance", 7_500.0), ("Insurance", 1_450.0)]
    # names in the first column (no codes): as before
    money = _money([["Heading", "Budget 2024/25", "Actual"], ["Insurance", "1,450", "1,450"],
                    ["Grants", "2,000", "500"], ["Total", "3,450", "1,950"]])
    assert _lines(money["budget_allocations"]) == [("Insurance", 1_450.0), ("Grants", 2_000.0)]


def test_funding_by_year_side_by_side_reads_the_plans_year():
    # 'Funding stream | 2023/24 | 2024/25' in a 2024/25 plan: no column says Budget; the year's is read.
    money = _money([["Funding stream", "2023/24", "2024/25"], ["Public Health Grant", "£1.25 million", "£1.31 million"],
                    ["Police and Crime Commissioner grant", "£415k", "£430k"],
                    ["Community safety fund", "up to £50k", "up to £50k"], ["Total", "£1.715m", "£1.79m"]])
    assert [(ln.name, ln.amount.raw, ln.amount.amount_gbp) for ln in money["funding_streams"]] == [
        ("Public Health Grant", "£1.31 million", 1_310_000.0),
        ("Police and Crime Commissioner grant", "£430k", 430_000.0),
        ("Community safety fund", "up to £50k", 50_000.0)]
    assert money["funding_total"].raw == "£1.79m"
    # a column that says Budget still wins over a bare year
    money = _money([["Budget line", "2024/25", "Budget 2023/24"], ["Staffing", "70,100", "69,428"]])
    assert money["budget_allocations"][0].amount.raw == "69,428"


_CODED = ["Code", "Heading", "Budget 2024/25", "Actual to date", "Variance"]


def test_income_and_expenditure_rows_across_a_coded_sheet():
    # A parish budget monitoring sheet with account codes, 'Income' and 'Expenditure' printed across the
    # table (merged rows): before, the group rows were lost and every line, income too, was the budget.
    money = _money([_CODED, ["Income", None, None, None, None],
                    ["100", "Precept", "£24,500", "£24,500", "£0"], ["110", "Allotment rents", "£850", "£790", "-£60"],
                    ["", "Total income", "£25,350", "£25,290", "-£60"],
                    ["Expenditure", None, None, None, None],
                    ["200", "Clerk's salary", "£9,800", "£4,900", "£4,900"],
                    ["230", "Grants to local groups", "£1,500", "-", "£1,500"],
                    ["", "Total expenditure", "£11,300", "£4,900", "£6,400"]])
    assert _lines(money["funding_streams"]) == [("Precept", 24_500.0), ("Allotment rents", 850.0)]
    assert money["funding_total"].amount_gbp == 25_350.0
    assert _lines(money["budget_allocations"]) == [("Clerk's salary", 9_800.0), ("Grants to local groups", 1_500.0)]
    assert money["budget_total"].amount_gbp == 11_300.0


@pytest.mark.parametrize("income, spending", [
    (["Income", "", "", "", ""], ["Expenditure", "", "", "", ""]),  # in the code column
    (["", "Income", "", "", ""], ["", "Expenditure", "", "", ""]),  # in the heading column
])
def test_income_and_expenditure_group_rows_beside_account_codes(income, spending):
    # Before: in the code column the group rows went with the codes; in the heading column 'Income' was
    # read as part of the header ('Heading Income'), and the whole sheet was funding.
    money = _money([_CODED, income, ["100", "Precept", "24,500", "24,500", "0"],
                    ["", "Total income", "24,500", "24,500", "0"], spending,
                    ["200", "Clerk's salary", "9,800", "4,900", "4,900"], ["210", "Insurance", "650", "612", "38"],
                    ["", "Total expenditure", "10,450", "5,512", "4,938"]])
    assert _lines(money["funding_streams"]) == [("Precept", 24_500.0)]
    assert _lines(money["budget_allocations"]) == [("Clerk's salary", 9_800.0), ("Insurance", 650.0)]
    assert (money["funding_total"].amount_gbp, money["budget_total"].amount_gbp) == (24_500.0, 10_450.0)


def test_a_parish_sheet_with_account_codes_and_monthly_columns_is_a_budget_sheet():
    # 'Code | Heading | Budget 2024/25 | Apr ... Sep' over bare figures, as parish accounting packages
    # print it: before, a row starting with its code was no row of figures and the sheet was a report.
    from synthetic import span_of

    from panelparse.classify import classify
    from panelparse.extractors.registry import get_registry
    from panelparse.layout import TableGrid

    cells = [("Code", "Heading", "Budget 2024/25", "Apr", "May", "Jun", "Jul", "Aug", "Sep"),
             ("4000", "Clerk salary & NI", "14,200", "1,183", "1,183", "1,183", "1,183", "1,183", "1,183"),
             ("4010", "Office & stationery", "600", "45", "-", "62", "18", "-", "30"),
             ("4020", "Insurance", "1,450", "-", "-", "1,412", "-", "-", "-"),
             ("4030", "Audit fees", "800", "-", "-", "-", "420", "-", "-"),
             ("4040", "Grounds maintenance", "7,500", "620", "620", "620", "620", "620", "620"),
             ("4050", "Street lighting energy", "2,300", "190", "190", "190", "190", "190", "190"),
             ("", "Total", "26,850", "2,038", "1,993", "3,467", "2,431", "1,993", "2,023")]
    grid = TableGrid(page=1, bbox=(40, 120, 560, 280), rows=tuple(cells),
                     row_bboxes=tuple((40, 120 + 20 * i, 560, 140 + 20 * i) for i in range(len(cells))))
    rows = [(40, "Marsh Gibbon Parish Council", True), (40, "Expenditure against budget 2024/25", False)]
    registry, _ = get_registry("builtin")
    assert classify(span_of(rows, tables=[grid]), registry).kind == "commissioning_plan"


def test_a_budget_sheet_in_excel_accounting_format():
    # '£ 1,200.00', '£ (150.00)', '£ -' in every cell: the budget lines and the total are read, and nil is 0.
    money = _money([["Heading", "Budget 2024/25", "Actual", "Variance"],
                    ["Insurance", "£ 1,450.00", "£ 1,412.00", "£ 38.00"],
                    ["Grants", "£ 1,500.00", "£ -", "£ 1,500.00"],
                    ["Bank charges", "£ -", "£ 150.00", "£ (150.00)"],
                    ["Total", "£ 2,950.00", "£ 1,562.00", "£ 1,388.00"]])
    assert _lines(money["budget_allocations"]) == [("Insurance", 1_450.0), ("Grants", 1_500.0), ("Bank charges", 0.0)]
    assert money["budget_total"].amount_gbp == 2_950.0


MONITORING = ["Budget £", "Forecast £", "Variance £", "Variance %"]


def test_income_and_expenditure_in_two_tables_under_the_same_budget_header():
    # A monitoring report prints 'Budget | Forecast | Variance' over both tables: the income table is
    # told by its total ('Total income'), the spending table by its label column ('Expenditure').
    income = [["Budget heading", *MONITORING], ["Precept", "42,500", "42,500", "0", "0.0%"],
              ["Allotment rents", "1,200", "1,050", "(150)", "(12.5%)"],
              ["Hall hire income", "3,800", "4,250", "450", "11.8%"],
              ["Total income", "47,500", "47,800", "300", "0.6%"]]
    spending = [["Expenditure", *MONITORING], ["Clerk's salary", "14,600", "14,820", "(220)", "(1.5%)"],
                ["Grounds maintenance", "9,400", "8,950", "450", "4.8%"],
                ["Insurance", "1,850", "1,912", "(62)", "(3.4%)"],
                ["Total expenditure", "25,850", "25,682", "168", "0.6%"]]
    money = _money(income, spending)
    assert _lines(money["funding_streams"]) == [("Precept", 42_500.0), ("Allotment rents", 1_200.0),
                                                ("Hall hire income", 3_800.0)]
    assert money["funding_total"].amount_gbp == 47_500.0
    assert _lines(money["budget_allocations"]) == [("Clerk's salary", 14_600.0), ("Grounds maintenance", 9_400.0),
                                                   ("Insurance", 1_850.0)]
    assert money["budget_total"].amount_gbp == 25_850.0


def test_a_bank_reconciliation_is_neither_funding_nor_budget():
    # A headerless box after the budget: 'Balance per bank statement | £18,204.51', unpresented cheques
    budget = [["Expenditure", "Budget 2024/25 £"], ["Clerk's salary", "14,600"], ["Insurance", "1,850"],
              ["Total expenditure", "16,450"]]
    bank = [["Balance per bank statement", "£18,204.51"], ["Less unpresented cheques", "(£412.00)"],
            ["Add uncleared receipts", "£150.00"], ["Reconciled balance", "£17,942.51"]]
    money = _money(budget, bank)
    assert money["funding_streams"] == [] and money["funding_total"] is None
    assert _lines(money["budget_allocations"]) == [("Clerk's salary", 14_600.0), ("Insurance", 1_850.0)]
    assert money["budget_total"].amount_gbp == 16_450.0


def test_a_net_expenditure_row_closes_the_budget_and_total_expenditure_is_its_subtotal():
    # 'Total expenditure', then income netted off, then 'Net expenditure': the net figure is the total
    money = _money([["", "Budget", "Actual to date", "Forecast", "Variance"],
                    ["Staff costs", "£212,400", "£104,220", "£210,000", "(£2,400)"],
                    ["Premises", "£48,000", "£26,102", "£51,500", "£3,500"],
                    ["Supplies & services", "£22,750", "£9,880", "£21,000", "(£1,750)"],
                    ["Total expenditure", "£283,150", "£140,202", "£282,500", "(£650)"],
                    ["Fees and charges", "(£35,000)", "(£17,400)", "(£36,200)", "(£1,200)"],
                    ["Net expenditure", "£248,150", "£122,802", "£246,300", "(£1,850)"]])
    lines = money["budget_allocations"]
    assert _lines(lines) == [("Staff costs", 212_400.0), ("Premises", 48_000.0), ("Supplies & services", 22_750.0),
                             ("Fees and charges", -35_000.0)]
    assert [ln.in_subtotal for ln in lines] == [True, True, True, False]
    assert money["budget_subtotal"].amount_gbp == 283_150.0
    assert money["budget_total"].amount_gbp == 248_150.0

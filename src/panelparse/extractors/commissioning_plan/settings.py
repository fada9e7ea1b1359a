"""The commissioning-plan (money document) kind's declared heuristics: how it is recognised."""

from __future__ import annotations

from ..common.cues import card

# Money documents: commissioning plans, budgets, precept and spending sheets, accounts —
# recognised by figures by line with printed totals and budget words, or by their title.
SCORE = card(
    ("commissioning_words", 0.5),
    ("budget_title", 0.25),
    ("narrative", -0.3),
    ("money_table", 0.4),
    ("money_columns", 0.45),
    ("contract_table", 0.5),
    ("budget_words", 0.15),
    ("report_header", 0.05),
    # An officer report's shape (numbered sections, recommendations) with a money table in it
    # ('Financial implications', a scheme-by-scheme table) is a report; a budget stays a budget
    # by its title and words.
    ("numbered_sections", -0.2),
    ("recommendations", -0.15),
    ("agenda_heading", -0.4),
    ("minutes_heading", -0.4),
    ("kpi_table", -0.2),
)

# Money sheets: the column a line's amount is read from is a budget column (of the sheet's year).
BUDGET_COLUMN = r"\b(?:budget|precept|estimates?|allocations?|approved|original|revised|planned)\b"
# A sheet's first row that is one text cell over at least this many columns is its title.
TITLE_ROW_MIN_COLUMNS = 3
# At most this many rows under a header still belong to it ('Budget' over '2018-19').
MAX_HEADER_ROWS = 3
# Rows that print a total or a sub-total.
# A label ending in 'total' ('Revenue total', 'CAPITAL TOTAL') is a group's sub-total.
# A net figure closing a budget ('Net expenditure', 'Net budget requirement', 'Net cost of services')
# is its total; an earlier 'Total expenditure' it nets income from is then a sub-total.
TOTAL_LABEL = (r"^\s*(?:grand\s+|overall\s+|net\s+)?(?P<sub>sub[\s-]?)?totals?\b|(?P<group>\btotals?)\s*$"
               r"|^\s*net\s+(?:expenditure|budget(?:\s+requirement)?|spend(?:ing)?|position|cost\s+of\s+services)\W*$")
# A last line equal to the sum of at least this many lines above it is the table's total.
MIN_LINES_SUMMED = 2
# Which kind of money table a header or title names.
FUNDING_WORDS = r"\b(?:funding|funds?|income|grants?|sources?|resources)\b"
BUDGET_WORDS = r"\b(?:budget|allocations?|expenditure|spend(?:ing)?|costs?|precept)\b"
# A budget sheet that prints its income and its spending in one table, each under a group row of
# its own ('Income' ... 'Total income', 'Expenditure' ... 'Total expenditure'): the income lines are
# the funding, the spending lines the budget.
INCOME_GROUP = r"^\W*(?:income|receipts|funding|resources)\W*$"
SPENDING_GROUP = r"^\W*(?:expenditure|spending|spend|payments|costs)\W*$"
# The side of the account a table's label column header ('Income', 'Expenditure') or its closing total
# row ('Total income', 'Total expenditure') names: a monitoring report prints 'Budget | Forecast |
# Variance' over both its income and its spending tables, so the header's 'Budget' does not say.
INCOME_SIDE = r"\b(?:income|receipts)\b"
SPENDING_SIDE = r"\b(?:expenditure|spending|payments)\b"
# A bank reconciliation ('Balance per bank statement', 'Less unpresented cheques'), named
# by its title, header or first line: a statement of cash held, neither funding nor a budget.
BANK_RECONCILIATION = (r"\bbank\s+reconciliation\b"
                       r"|\bbalances?\s+(?:(?:as\s+)?per|on|at)\s+(?:the\s+)?bank\s+statements?\b|\bbank\s+statement\s+balance\b|\bunpresented\b|\buncleared\b")
# A column of account codes before the line's label ('Code | Heading | Budget', as parish
# accounting packages print): headed so, or every filled cell a short code ('4010', 'E120');
# the labels are then the next column's.
CODE_HEADER = r"^\W*(?:(?:account|budget|cost\s*cent(?:re|er)|nominal|ledger)\s+)?(?:codes?|ref(?:erence)?|no\.?|#)\W*$"
CODE_CELL = r"^[A-Z]{0,3}[-/]?\d{2,6}[A-Z]?$"
# A column of another unit than money, whose bare figures are not pounds.
NOT_MONEY_COLUMN = r"%|\bper\s?cent|\bno\.|\bnumbers?\b|\bcount\b|\bfte\b|\bdays?\b|\bhours?\b|\bterm\b|\brate\b"
# A column is a money column when at least this share of its filled cells parse as money.
MONEY_SHARE = 0.6
# Contract table columns by header words (the service column defaults to the first).
CONTRACT_COLUMNS = {
    "service": r"\b(?:service|contract|provider|scheme|project|commission)",
    "procurement": r"\b(?:procure|review|tender|process|window|timescale)",
    "start": r"\b(?:start|commenc|go[\s-]?live|from)",
    "value": r"\b(?:value|cost|amount|price|budget)",
    "provider": r"\b(?:provider|supplier|contractor|delivered\s+by)\b",
    "term": r"\b(?:term|duration|length)\b",
}
# Sheets printed with tab stops: right edges of one column's figures agree within this many
# points; rows are at most this many font sizes apart; a run needs this many rows of figures;
# a group label ('REVENUE') is at most this many words.
COLUMN_EDGE_TOLERANCE = 6.0
SHEET_ROW_GAP = 2.5
# A row's top is at least this share of a font size below the top of the row above (the boxes
# of words read off a scan overlap their neighbours' a little).
OVERLAP_SHARE = 0.5
# A row of figures may end in this many text cells: a Notes column ('Delay in recruiting').
MAX_NOTE_CELLS = 1
MIN_SHEET_ROWS = 3
GROUP_LABEL_MAX_WORDS = 6
# A line right above a sheet's header is its title when it has at most this many words.
TITLE_MAX_WORDS = 12
# Labels as the text layer spells them when a font leaves a ligature glyph out of its Unicode
# map: the reader falls back to the glyph's code, and Calibri subsets exported from Office and
# Numbers put the 'ti' ligature where '[' is ('Elec[ons', 'Chari[es'). A bracket between two
# lower-case letters that nothing closes is that ligature, never a bracket.
BROKEN_LIGATURES = ((r"(?<=[a-z])\[(?=[a-z])(?![^\[\]\s]*\])", "ti"),)

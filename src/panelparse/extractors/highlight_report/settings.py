"""The highlight-report kind's declared heuristics: how it is recognised."""

from __future__ import annotations

from typing import Literal

from ..common.cues import card

# Performance reports: slides, scorecard tables (Target | Actual | RAG...), percentages and
# RAG ratings, priorities; never an agenda or minutes.
SCORE = card(
    ("landscape", 0.3),
    ("performance_words", 0.3),
    ("kpi_table", 0.3),
    ("kpi_values", 0.2),
    ("kpi_panels", 0.4),
    ("priorities", 0.1),
    ("agenda_heading", -0.4),
    ("minutes_heading", -0.4),
    ("money_table", -0.2),
)

# Measure-summary tables: status columns (or labels), the column of all measures, the total row.
# A rating is named by its colour, first or in brackets ('On target (Green)'), or by what council
# legends say each colour means ('On target' green, 'Near target' / 'Within tolerance' amber, 'Off
# target' red, 'Exceeded' blue, as BRAG ratings print it); 'other' counts measures under a status
# that is neither a rating nor a direction ('Data only', 'No target', 'Not due', 'N/A').
_TARGET = r"(?:target|track)"
# Ratings printed as what they mean, with no colour named: in a summary's labels and in a
# scorecard's rating column alike, so the two reconcile.
RATING_PHRASES: tuple[tuple[Literal["green", "amber", "red", "blue"], str], ...] = (
    ("green", rf"^\W*(?:on|meeting)\s+{_TARGET}\b|^\W*(?:target\s+)?(?:met|achieved)\W*$"),
    ("amber", rf"^\W*(?:near(?:ly)?|close\s+to|just\s+(?:off|below))\s+{_TARGET}\b|(?<!not\s)\bwithin\s+tolerance\b"
              r"|^\W*at\s+risk\b"),
    ("red", rf"^\W*(?:off|missed|not\s+on|not\s+meeting)\s+{_TARGET}\b|^\W*(?:target\s+)?not\s+(?:met|achieved)\W*$"),
    ("blue", r"^\W*(?:target\s+)?exceed"),
)
SUMMARY_STATUS: tuple[tuple[str, str], ...] = (
    ("improving", r"improv|better"),
    ("declining", r"declin|worse|deteriorat"),
    # 'Improved / Maintained / Declined', as direction-of-travel legends print it
    ("static", r"static|stable|no\s+change|unchanged|same|flat|maintained|steady"),
    *((colour, rf"^\W*{colour}\b|\(\s*{colour}\s*\)|{phrase}") for colour, phrase in RATING_PHRASES),
    ("other", r"^\W*(?:data\s+only|no\s+target|not\s+(?:yet\s+)?(?:due|available|rated|applicable|measured|reported)"
              r"|n/?a|awaiting(?:\s+data)?|no\s+data|baseline(?:\s+year)?|monitor(?:ing|ed)?\s+only|not\s+assessed"
              r"|unrated|no\s+(?:rag|rating|status)|not\s+comparable|no\s+comparator|no\s+(?:comparable\s+)?data"
              r"|new\s+(?:measure|indicator|kpi)s?)\W*(?:\(.*\))?\W*$"),
)
# The statuses that rate a measure against its target, and those that say which way it went.
SUMMARY_RATINGS = ("green", "amber", "red", "blue")
SUMMARY_DIRECTIONS = ("improving", "declining", "static")
SUMMARY_COUNT_COLUMN = (r"^(?:no\.?\s+of\s+|number\s+of\s+|total\s+)?(?:(?:key\s+)?performance\s+)?"
                        r"(?:measures|indicators|kpis|pis|total)\b")
# Of a summary's count columns for several periods, the one headed as the current period.
SUMMARY_CURRENT_COLUMN = r"\b(?:this|current|latest)\b"
SUMMARY_TOTAL_ROW = r"^\W*(?:grand\s+)?(?:total|all(?:\s+(?:measures|priorities|indicators))?|overall)\b"

# Scorecard columns by what their header says, tried in order: comparisons name a "previous"
# period and must be tested before the values. A quarter column is a value by its label ("This
# Quarter", "Last Quarter" = the one before): only a comparison with the previous quarter is a
# change.
_PREVIOUS = r"(?:previous|prior|preceding|prev\.?)"
_RECENT = r"(?:last|past|latest|rolling|recent|current|this)"
# 'vs previous quarter', 'Change on last year', 'Change from last quarter', 'Compared with last year',
# '+/- last year': a comparison with the period named after it.
_COMPARED = (r"(?:\b(?:vs\.?|versus|change(?:\s+(?:on|from|since|against|vs\.?))?|compared\s+(?:to|with)"
             r"|difference\s+(?:on|from)|variance\s+(?:on|from|to|against))|\+\s*/\s*-(?:\s+on)?)")
# A change column's header names the comparison ('vs Previous 3 Months', 'Change', 'Variance', '+/-',
# 'Difference'); a column headed only by an earlier period ('Previous 12 months', 'Same quarter last year',
# 'Previous year') whose every figure is printed as a plain value (no sign, arrow or points unit) holds
# that period's figure, one more value, not a change.
COMPARISON_LABEL = r"\bvs\b|\bversus\b|\bchange|\bcompar|\bdiff|\bvarian|\bmovement\b|\+\s*/\s*-|±"
# Headers that name a period relative to now ('Last year', 'Same period last year', 'This year'): a
# column of figures for that period, never a column of when.
RELATIVE_PERIOD_LABEL = r"\b(?:last|previous|prior|this|current|same|next)\s+(?:financial\s+)?(?:year|period)\b"
SCORECARD_COLUMNS: tuple[tuple[str, str], ...] = (
    ("vs_previous_12_months", rf"{_PREVIOUS}\s+(?:12|twelve)\s*months?|{_PREVIOUS}\s+rolling\s+year"),
    ("vs_previous_3_months",
     rf"{_PREVIOUS}\s+(?:3|three)\s*months?|{_COMPARED}\s+(?:the\s+)?(?:{_PREVIOUS}|last)\s+quarter"),
    ("vs_previous_year",
     rf"{_PREVIOUS}\s+year|same\s+(?:period|month|quarter)\s+last\s+year|year\s+on\s+year|\byoy\b"
     rf"|{_COMPARED}\s+(?:the\s+)?last\s+year"),
    ("last_12_months",
     rf"(?:{_RECENT}\s+)?(?:12|twelve)\s*months?|rolling\s+year|\byear\s+to\s+date\b|\bytd\b"),
    ("last_3_months", rf"(?:{_RECENT}\s+)?(?:3|three)\s*months?"),
    ("last_month", rf"{_RECENT}\s+month\b|\bmonth\s*$|\bmonthly\b"),
    # 'PI Code & Short Name' (performance systems' exports), 'Crime type' (police performance).
    ("name", r"\bmeasures?\b|\bindicators?\b|\bkpis?\b|\bpis?\b|\bmetrics?\b|\bshort\s+name\b"
             r"|\bcrime\s+(?:types?|categor(?:y|ies))\b"),
    # 'RAG', 'BRAG' (Blue for exceeded), 'Status', 'Rating', 'Traffic light'.
    ("rag", r"\bb?rag\b|\bstatus\b|\brating\b|\btraffic[\s-]*lights?\b"),
)
# A measure column's header that names only its reference ('PI Ref', 'KPI No.', 'Indicator code'):
# a later column naming the measure ('Performance Indicator', 'Description') holds the names.
REF_LABEL = r"\bref(?:erence)?\b|\bcode\b|\bno\.?\s*$|\bnumber\s*$|\bid\b|#"
REF_NAMES_TOO = r"\bname\b|\btitle\b|\bdescription\b|&|\band\b"
# A 'Direction of travel' / 'Trend' / 'DoT' column.
TREND_LABEL = r"\bdirection\b|\btrend\b|\bdot\b|\btravel\b"
# A column under any other header ('Change', 'Compared to last quarter') whose every filled cell is
# a short direction ('↑', 'Better', 'No change') is the direction of travel too.
TREND_CELL_MAX_WORDS = 3
# Headers that name a KPI table's measures only beside a Target, rating or direction column
# ('Description | Target | Actual | RAG'); alone they head any list.
WEAK_NAME_LABEL = r"^\W*(?:(?:short\s+)?description|title|name)\W*$"
KPI_CONTEXT_LABEL = r"\btarget\b"
# Columns of when, not how much: a Timescale of "2028" is a year, not a figure.
WHEN_LABEL = r"time\s*scale|\bdates?\b|\byears?\b|deadline|\bdue\b|by\s+when|\bperiod\b"
# ... but a year that qualifies a figure ('Year-end target', 'Full year forecast', 'Target this year')
# heads figures: a header naming one of these beside no other word of when.
YEAR_WORD = r"years?"
FIGURE_LABEL = r"\b(?:targets?|forecasts?|actuals?|outturn|baseline|budget|result|value|estimate|projection)\b"
# A header line of at most this many letters alone ends the word on the line before ('Targe' / 't').
WORD_TAIL_MAX_LETTERS = 2
# A column counts as figures when at least this share of its filled cells read as values.
FIGURE_SHARE = 0.6
# A figure the value parser keeps as printed still counts towards that share: an amount of money
# (read by the money parser), a number and its unit ('12 weeks', '4.5 hrs'), a figure with a note
# ('85% (target 90%)').
# A figure and a note in brackets after it ('85% (target 90%)', '1,204 (provisional)', '42 (Q2)'): the
# figure is the value; the note has a letter, so a share ('12 (60%)') is no note.
FIGURE_NOTE = r"^(?P<figure>[^()]+?)\s*\((?P<note>[^()]*[a-z][^()]*)\)\s*$"
FIGURE_TEXT = (r"^(?:c\.?\s*|~\s*)?[-+\u2212]?\s*\d[\d,]*(?:\.\d+)?\s*(?:%|[a-z]{1,12}\.?)?(?:\s+[a-z]{1,12})?"
               r"(?:\s*\([^()]{0,30}\))?\s*$")
# A unit printed in brackets in a measure's name or over a figure column ('Emergency response - urban
# average (mins)', 'Q2 (days)', 'Staff turnover (%)', 'Change (pts)', 'Change (% pts)'), or a change
# column headed by its unit alone ('pp', 'ppts'): the bare figures it covers are in that unit. Each
# unit is keyed by the word the value parser reads after a figure ('11.2 mins' is 672 seconds).
STATED_UNIT = (r"\(\s*(?:in\s+)?(?:(?:average|avg\.?|mean|median|working|calendar)\s+)?"
               r"(?P<unit>[a-z%]+\.?(?:\s*(?:cent|pts?|points?))?)\s*\)")
# Weeks, as waiting times print them ('18 weeks', '(wks)'): held in days.
WEEKS_WORD = r"weeks?|wks?\.?"
# Percentage points, the one unit a header may print alone over its figures ('pp', '% pts').
POINTS_SUFFIX = " pp"
STATED_UNITS: tuple[tuple[str, str], ...] = (
    (" mins", r"mins?\.?|minutes?"),
    (" hours", r"hours?|hrs?\.?"),
    (" secs", r"secs?\.?|seconds?"),
    (" days", r"days?"),
    (" weeks", WEEKS_WORD),
    (POINTS_SUFFIX, r"(?:%|percentage)\s*(?:pts?|points?)|p\.?p\.?|ppts?|pts?\.?|points?"),
    ("%", r"%|per\s*cent|percent(?:age)?"),
)
# A measure's name stating '%' does not say how its change is printed: '+0.4' beside 'Staff turnover
# (%)' may be points or a per cent change, and is left a count. A change column's own header is read.
NAME_UNIT_NOT_FOR_CHANGES = ("%",)
# Action plans print more beside each action ('Action | Owner | Due date | RAG | Commentary', 'What |
# Who | When | Status'): an action table has an action column and a progress or rating column.
DELIVERABLE_COLUMNS: tuple[tuple[str, str], ...] = (
    ("rag", r"\bb?rag\b|\btraffic[\s-]*lights?\b|\brating\b"),
    ("progress", r"\bprogress\b|\bcomplete\b|\bcompletion\b|\bpercent|\bstatus\b"),
    ("commentary", r"\bcomments?\b|\bcommentary\b|\bupdates?\b|\bnotes?\b|\bnarrative\b"),
    ("due", r"\bdue\b|\bdate\b|\bdeadline\b|\btimescales?\b|\bby when\b|\btarget\b|^\W*when\W*$"),
    ("owner", r"\bowners?\b|\blead(?:\s+(?:officer|member|director|service))?\s*$|\bresponsib|\baccountable\b"
              r"|^\W*who\W*$"),
    ("action", r"\bactions?\b|\bdeliverables?\b|\bmilestones?\b|\bactivit(?:y|ies)\b|\btasks?\b|\bprojects?\b"
               r"|\bcommitments?\b|^\W*what\W*$"),
)
# 'Acronym', 'Term', 'Abbreviation / Acronym', 'Acronyms and abbreviations', 'Term used', 'Key term'.
_GLOSSARY_WORD = r"(?:acronyms?|abbreviations?|(?:key\s+)?terms?|glossary|short\s*form)"
GLOSSARY_TERM = rf"^{_GLOSSARY_WORD}(?:\s*(?:/|&|and)\s*{_GLOSSARY_WORD})?(?:\s+used)?$"
# A code a deck defines in a two-column key table ('SO3', 'KPI7', 'ASC'): capitals, then digits.
GLOSSARY_CODE = r"[A-Z]{1,5}[0-9]{0,3}"
GLOSSARY_MIN_CODES = 3
# RAG ratings printed as words or letters ('Blue': exceeded, as BRAG ratings print it).
RAG_WORDS: dict[str, Literal["red", "amber", "green", "blue"]] = {
    "red": "red", "r": "red", "amber": "amber", "a": "amber", "green": "green", "g": "green",
    "blue": "blue", "b": "blue"}
# A rating cell that names its colour among other words ('Amber ↑', 'On track (Green)') is read
# when it is at most this long.
RATING_MAX_WORDS = 4
# Marks whose colour is the rating ('●' printed red).
RAG_MARKS = frozenset("●⬤◉○■◆")

# Indicators printed one block each ('Latest: 45.2% (Amber)   Target: 50%   Floor: 40%'):
# the labels of their pairs, longest first; those whose value is the measure's figure; how
# many pairs make a block an indicator's panel.
BLOCK_LABELS = (
    r"(?:annual|year[\s-]end|full[\s-]year)\s+target|(?:year[\s-]end\s+)?forecast|actual\s+to\s+date"
    r"|year\s+to\s+date|ytd|performance|value"
    r"|direction\s+of\s+travel|good\s+performance(?:\s+is)?|national\s+average|regional\s+average"
    r"|latest(?:\s+(?:value|result|figure|data|performance))?|current(?:\s+(?:value|performance))?"
    r"|actual|result|outturn|this\s+(?:month|quarter|year)|previous(?:\s+(?:value|result|quarter|month|year))?"
    r"|last\s+(?:month|quarter|year)|same\s+period\s+last\s+year|target|floor|ceiling|threshold|tolerance"
    r"|baseline|benchmark|comparator|polarity|rag(?:\s+(?:status|rating))?|rating|status|dot|trend|direction"
)
BLOCK_FIGURE_LABELS = (r"latest|current|actual|result|outturn|this\s+(?:month|quarter|year)|target|year\s+to\s+date|ytd"
                       r"|performance|value")
# The period a panel's label may name before or after it ('Q3 actual:', 'Outturn 2023/24:'), or
# alone ('Q3 2024/25: 45.2%', a figure for that period): a quarter, a financial or calendar year.
BLOCK_PERIOD = r"(?:q|qtr|quarter)\s*[1-4](?:\s+\d{4}(?:[/-]\d{2,4})?)?|\d{4}[/-]\d{2,4}|(?:19|20)\d{2}"
BLOCK_MIN_PAIRS = 2
# Which way is better: 'Higher is better', 'Good performance is: Low', a Polarity column.
# 'Good is', 'Desired direction' (a direction wanted, not one moved: tried before the trend), 'Aim'.
POLARITY_LABEL = (r"\bpolarity\b|good\s+performance|better\s+is|\bis\s+better\b|\bgood\s+is\b"
                  r"|\b(?:desired|preferred|intended|required)\s+(?:direction|trend)\b|^\W*aim\W*$")
# A cell that says which way is better rather than which way a figure went ('Higher', 'Lower is
# better', 'Smaller is better'), in a column whose header names neither.
POLARITY_CELL = r"^\W*(?:high(?:er)?|low(?:er)?|bigger|smaller)(?:\s+is\s+(?:better|good))?\W*$"
POLARITY_WORDS: tuple[tuple[str, str], ...] = (
    (r"\bhigh(?:er)?\b|\bup\b|\bincreas|\bmore\b|\bbigger\b|\bmaximi[sz]", "higher"),
    (r"\blow(?:er)?\b|\bdown\b|\bdecreas|\breduc|\bless\b|\bfewer\b|\bsmaller\b|\bminimi[sz]", "lower"),
)

# What a report's top-level groups are called when numbered ('Priority 2', 'Theme 1', 'Strategic
# Objective 3', 'Ambition 4'): each is a priority. ('Outcome 1' is left out: police reports number
# crime outcomes so, and 'Outcomes' heads a priority's text.)
# A Word report's section number before a priority heading ('2. Priority 1: Reducing crime', '3.1 Theme 2').
SECTION_NUMBER = r"^\s*(?:section\s+)?\d{1,2}(?:\.\d{1,2})*[.)]?\s+"
PRIORITY_WORD = (r"(?:(?:corporate|strategic|council|key)\s+)?"
                 r"(?:priority|objective|theme|ambition|aim|goal|pillar|mission)")

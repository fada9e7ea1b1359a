"""Rich renderables for each document kind (`--view full`); `render.table` puts them together."""

from __future__ import annotations

import re
from typing import Callable, Optional

from rich import box
from rich.console import Group, RenderableType
from rich.table import Table
from rich.text import Text

from ..models import Change, Money, Value
from ..models.documents import (
    AgendaDocument,
    AgendaItem,
    CommissioningPlanDocument,
    HighlightReportDocument,
    MinutesDocument,
    ReportDocument,
)


def plain(value: object) -> str:
    return "" if value is None else str(value)


def count(n: int, singular: str, plural: Optional[str] = None) -> str:
    """'1 document', '2 documents', '3 apologies' (with `plural` given)."""
    return f"{n} {singular if n == 1 else plural or singular + 's'}"


# Long prose cells (progress summaries, decisions) would drown the terminal; --json has them whole.
CELL_CHARS = 200
CUT_NOTE = "… marks a cut cell; --json (or --format csv) has the whole text"


class Clipper:
    """Cuts cells longer than `limit` with '…' and remembers that it did, for the table's caption."""

    def __init__(self, limit: int = CELL_CHARS, collapse: bool = True) -> None:
        self.limit = limit
        self.collapse = collapse  # join lines and runs of spaces (prose); off for cells of printed tables
        self.cut = 0

    def __call__(self, text: str) -> str:
        text = " ".join(text.split()) if self.collapse else text
        if len(text) <= self.limit:
            return text
        self.cut += 1
        return text[: self.limit - 1].rstrip() + "…"

    def caption(self, *others: str) -> Optional[str]:
        notes = [o for o in others if o] + ([CUT_NOTE] if self.cut else [])
        return "; ".join(notes) or None


def _money(m: Optional[Money]) -> str:
    if m is None:
        return ""
    return f"£{m.amount_gbp:,.0f}" + (" (c.)" if m.approximate else "") if m.amount_gbp is not None else m.raw


_ARROWS = {"up": "▲", "down": "▼", "flat": "—"}
_ZERO_HOURS = re.compile(r"(?<![\d:])(-?)00:(?=\d\d:\d\d)")


def _cell(v: Optional[Value | Change]) -> str:
    """A scorecard cell as printed, compacted for an 80-column terminal ('-1.5pp ▼')."""
    if v is None:
        return ""
    if v.value is None and v.unit is None:
        return "–"  # no data ('Zero or No Data Available', 'Rolling 12 Month Data Only', '—')
    text = " ".join(v.raw.replace("% points", "pp").replace("%pts", "pp").split())
    if v.unit == "seconds":
        text = _ZERO_HOURS.sub(r"\1", text)  # '00:06:59' -> '06:59'
    return text


def titled_table(title: str, *columns: str) -> Table:
    table = Table(title=title, title_justify="left", show_lines=False, expand=False)
    for column in columns:
        table.add_column(column, overflow="fold")
    return table


def _items_rows(table: Table, items: list[AgendaItem], depth: int = 0) -> None:
    for item in items:
        pages = f"{item.pack_pages.start}-{item.pack_pages.end}" if item.pack_pages else ""
        table.add_row(
            "  " * depth + item.number, item.title, pages, item.part, " ".join(map(str, item.document_indices))
        )
        _items_rows(table, item.children, depth + 1)


def agenda(doc: AgendaDocument) -> RenderableType:
    people = titled_table(
        f"{count(len(doc.members), 'member')} and {count(len(doc.substitutes), 'substitute')}", "", "honorific", "name",
        "affiliation",
    )
    for label, group in (("member", doc.members), ("substitute", doc.substitutes)):
        for p in group:
            people.add_row(label, plain(p.honorific), p.name, plain(p.affiliation))
    items = titled_table(count(len(doc.items), "item"), "no.", "title", "pack pages", "part", "documents")
    _items_rows(items, doc.items)
    future = titled_table("Future meetings", "date", "time", "venue")
    for f in doc.future_meetings:
        future.add_row(plain(f.date), plain(f.start_time), plain(f.venue))
    contact = doc.contact
    head = (
        f"{plain(doc.body)} — {plain(doc.date)} {plain(doc.start_time)} — {plain(doc.venue)}\n"
        f"Contact: {plain(contact.name)} {plain(contact.email)} {plain(contact.phone)}"
    )
    parts = [people if doc.members or doc.substitutes else None, items, future if doc.future_meetings else None]
    return Group(Text(head), *[p for p in parts if p is not None])


def minutes(doc: MinutesDocument) -> RenderableType:
    clip = Clipper()

    def decision(d) -> str:
        v = d.votes
        counts = v and (("for", v.for_), ("against", v.against), ("abstain", v.abstain))
        votes = v and ", ".join(f"{k} {n}" for k, n in counts if n is not None)
        lines = [
            f"{plain(d.outcome) or 'decision'}: {clip(d.text)}",
            ", ".join(
                p for p in (d.proposer and f"proposed {d.proposer}", d.seconder and f"seconded {d.seconder}") if p
            ),
            v and f"votes: {votes} {plain(v.printed)}".strip(),
        ]
        return "\n".join(line for line in lines if line)

    title = (f"Attendance ({len(doc.present)} present, {len(doc.also_present)} also present, "
             f"{count(len(doc.apologies), 'apology', 'apologies')})")
    people = titled_table(title, "status", "name", "role", "organisation")
    for status, group in (
        ("present", doc.present),
        ("also present", doc.also_present),
        ("apologies", doc.apologies),
        ("absent", doc.absent),
    ):
        for p in group:
            people.add_row(status, f"{plain(p.honorific)} {p.name}".strip(), plain(p.role), plain(p.organisation))
    items = titled_table(f"Minutes ({count(len(doc.items), 'item')})", "no.", "title", "decisions")
    for item in doc.items:
        items.add_row(item.number, item.title, "\n\n".join(decision(d) for d in item.decisions))
    items.caption = clip.caption()
    parts: list[RenderableType] = [people, items]
    if doc.declarations:
        short = Clipper(80)
        declared = titled_table("Declarations of interest", "name", "item", "interest", "text")
        for d in doc.declarations:
            declared.add_row(f"{plain(d.honorific)} {plain(d.name)}".strip(), plain(d.item), plain(d.interest),
                             short(d.text))
        declared.caption = short.caption()
        parts.append(declared)
    events = titled_table("Timed events", "time", "kind", "text")
    for e in doc.events:
        events.add_row(e.time, plain(e.kind), e.text)
    times = f"{plain(doc.start_time)}-{plain(doc.end_time)}"
    head = f"{plain(doc.body)} — {plain(doc.date)} {times} — {plain(doc.venue)}"
    if doc.author.name or doc.author.email:
        head += f"\nMinutes by: {plain(doc.author.name)} {plain(doc.author.email)}".rstrip()
    return Group(Text(head), *parts, *([events] if doc.events else []))


_SCORECARD_COLUMNS = ("measure", "last\nmonth", "last\n3m", "vs prev\n3m", "vs prev\nyear", "last\n12m",
                      "vs prev\n12m")


def _measure_summary(doc: HighlightReportDocument) -> Optional[Text]:
    s = doc.measure_summary
    if not s:
        return None
    per = ", ".join(f"P{g.priority} {plain(g.total)} ({plain(g.improving)}↑ {plain(g.declining)}↓)"
                    for g in s.by_priority)
    return Text(f"Measures: {plain(s.total)} — improving {plain(s.improving)}, declining {plain(s.declining)}, "
                f"static {plain(s.static)}" + (f"; {per}" if per else ""))


_STANDARD = ("last_month", "last_3_months", "vs_previous_3_months", "vs_previous_year", "last_12_months",
             "vs_previous_12_months")


def _scorecard(p) -> Table:
    # Columns only for what this priority's tables print: the standard periods, other KPI
    # figures by their own labels, a RAG or trend column where the report has one.
    standard = any(getattr(m, f) is not None for m in p.scorecards for f in _STANDARD)
    extra = list(dict.fromkeys(label for m in p.scorecards for label in m.values))
    coded, trend = any(m.rag for m in p.scorecards), any(m.trend for m in p.scorecards)
    columns = [*(_SCORECARD_COLUMNS[1:] if standard else ()), *extra, *(("rag",) if coded else ()),
               *(("trend",) if trend else ())]
    card = titled_table(f"Priority {p.number}: {p.title}", "measure", *columns)
    card.box = box.SIMPLE_HEAD
    card.collapse_padding = True
    card.columns[0].min_width = 18
    for m in p.scorecards:
        cells = [_cell(getattr(m, f)) for f in _STANDARD] if standard else []
        cells += [_cell(m.values.get(label)) for label in extra]
        cells += ([plain(m.rag)] if coded else []) + ([_ARROWS.get(m.trend or "", "")] if trend else [])
        card.add_row(m.name, *cells)
    return card


def _priority(p) -> list[RenderableType]:
    parts: list[RenderableType] = [Text(
        f"Priority {p.number}: {count(len(p.outcomes), 'outcome')}, {count(len(p.risks), 'risk')}, "
        f"{count(len(p.next_quarter_focus), 'focus point')}, {count(len(p.commentary), 'commentary block')}")]
    if p.scorecards:
        parts.append(_scorecard(p))
    if p.deliverables:
        # An action plan's Owner and RAG columns (Action | Owner | Due date | RAG | Commentary) show
        # where the report prints them; commentary stays in the JSON.
        owners = any(d.owner for d in p.deliverables)
        rags = any(d.rag for d in p.deliverables)
        columns = ["action", *(["owner"] if owners else []), "due", "progress", *(["rag"] if rags else [])]
        dl = titled_table(f"Priority {p.number} deliverables", *columns)
        for d in p.deliverables:
            cells = [d.action, *([plain(d.owner)] if owners else []), d.due.raw if d.due else "",
                     plain(d.progress_raw), *([plain(d.rag)] if rags else [])]
            dl.add_row(*cells)
        parts.append(dl)
    return parts


def highlight_report(doc: HighlightReportDocument) -> RenderableType:
    parts: list[RenderableType] = []
    if doc.period.start or doc.period.end:
        start, end = doc.period.start, doc.period.end
        parts.append(Text(f"Period: {start.raw if start else ''} – {end.raw if end else ''}"))
    summary_line = _measure_summary(doc)
    if summary_line:
        parts.append(summary_line)
    for p in doc.priorities:
        parts.extend(_priority(p))
    for t in doc.tables:
        other = titled_table(f"{plain(t.title)} (page {t.page})", *(t.header or [""]))
        for row in t.rows:
            other.add_row(*row[: len(t.header or [""])])
        parts.append(other)
    if doc.glossary:
        parts.append(Text(f"Glossary: {count(len(doc.glossary), 'entry', 'entries')}"))
    return Group(*parts)


def commissioning_plan(doc: CommissioningPlanDocument) -> RenderableType:
    money = titled_table(f"Funding and budget {plain(doc.financial_year)}", "", "line", "amount")
    for label, lines, totals in (
        ("funding", doc.funding_streams, (("Total", doc.funding_total),)),
        ("budget", doc.budget_allocations, (("Sub-total", doc.budget_subtotal), ("Total", doc.budget_total))),
    ):
        subtotal_shown = False
        for line in lines:
            if line.sheet is not None:
                continue  # a further table's lines come after the main table's totals
            if label == "budget" and line.in_subtotal is False and not subtotal_shown and doc.budget_subtotal:
                money.add_row(label, Text("Sub-total", style="bold"), _money(doc.budget_subtotal))
                subtotal_shown = True
            money.add_row(label, line.name, _money(line.amount))
        for name, total in totals:
            if total and not (name == "Sub-total" and subtotal_shown):
                money.add_row(label, Text(name, style="bold"), _money(total))
        for line in lines:
            if line.sheet is not None:
                money.add_row(f"{label}: {plain(line.sheet)}", line.name, _money(line.amount))
    contracts = titled_table("Contracts", "service", "value", "procurement", "planned start")
    for c in doc.contracts:
        contracts.add_row(
            c.service, c.value.raw if c.value else "", plain(c.procurement),
            c.planned_start.raw if c.planned_start else "",
        )
    portfolios = titled_table("Portfolios", "name", "leads", "budget", "priorities")
    for p in doc.portfolios:
        portfolios.add_row(
            p.name,
            ", ".join(f"{ln.name} ({plain(ln.role)})" for ln in p.leads),
            _money(p.budget),
            "\n".join(f"• {x}" for x in p.priorities),
        )
    return Group(money, contracts, portfolios)


def _report_table(table) -> Table:
    glyphs = ", ".join(f"{g} = {m}" for g, m in table.glyphs.items())
    undecoded = " ".join(table.undecoded_glyphs)
    columns = table.header or [""] * max((len(r) for r in table.rows), default=1)
    out = titled_table(f"p.{table.page} {plain(table.title)}", *columns)
    clip = Clipper(collapse=False)
    starts = {g.row_start: g for g in table.groups}
    for index, row in enumerate(table.rows):
        group = starts.get(index)
        if group:
            out.add_row(Text(("" if group.level == 1 else "  ") + clip(group.label), style="bold"))
        out.add_row(*(clip(cell) for cell in row))
    out.caption = clip.caption(glyphs, f"not explained: {undecoded}" if undecoded else "")
    return out


def report(doc: ReportDocument) -> RenderableType:
    header = titled_table("Header", "field", "value")
    for key, value in (doc.header or {}).items():
        header.add_row(key, value)
    outline = titled_table("Sections", "no.", "heading", "paragraphs")
    for section in doc.sections:
        label = section.heading or ""
        if section.date:
            label += f"  [{section.date.start} – {section.date.end}]"
        numbers = [p.number for p in section.paragraphs if p.number]
        span = f"{numbers[0]}–{numbers[-1]}" if len(numbers) > 1 else "".join(numbers)
        outline.add_row(plain(section.number), label, f"{len(section.paragraphs)} {span}".strip())
    recs = Text("\n".join(f"• {r}" for r in doc.recommendations)) if doc.recommendations else Text("")
    return Group(*([header] if doc.header else []), outline, *(_report_table(t) for t in doc.tables), recs)


RENDERERS: dict[str, Callable] = {
    "agenda": agenda,
    "minutes": minutes,
    "highlight_report": highlight_report,
    "commissioning_plan": commissioning_plan,
    "report": report,
}

"""Readable rich tables for the terminal: a summary, then one section per document kind."""

from __future__ import annotations

import re
from typing import Callable, Optional

from rich import box
from rich.console import Console, Group, RenderableType
from rich.panel import Panel
from rich.table import Table
from rich.text import Text

from ..models import Change, MeetingPack, Money, Value
from ..models.documents import (
    AgendaDocument,
    AgendaItem,
    CommissioningPlanDocument,
    HighlightReportDocument,
    MinutesDocument,
    ReportDocument,
)


def _s(value: object) -> str:
    return "" if value is None else str(value)


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


def _table(title: str, *columns: str) -> Table:
    table = Table(title=title, title_justify="left", show_lines=False, expand=False)
    for column in columns:
        table.add_column(column, overflow="fold")
    return table


def summary(pack: MeetingPack) -> RenderableType:
    m = pack.meeting
    head = Text.assemble(
        (m.body or pack.source.title or pack.source.path, "bold"),
        "\n",
        f"{_s(m.date)} {_s(m.start_time)}  {_s(m.venue)}".strip(),
    )
    table = _table(
        f"{pack.source.page_count} pages, {len(pack.documents)} documents",
        "#",
        "kind",
        "title",
        "pages",
        "printed",
        "item",
        "conf.",
    )
    for i, d in enumerate(pack.documents):
        printed = f"{d.printed_pages.start}-{d.printed_pages.end}" if d.printed_pages else ""
        table.add_row(
            str(i),
            d.kind,
            _s(d.title)[:60],
            f"{d.pages.start}-{d.pages.end}",
            printed,
            _s(d.agenda_item),
            f"{d.confidence:.2f}",
        )
    return Group(Panel(head), table)


def _items_rows(table: Table, items: list[AgendaItem], depth: int = 0) -> None:
    for item in items:
        pages = f"{item.pack_pages.start}-{item.pack_pages.end}" if item.pack_pages else ""
        table.add_row(
            "  " * depth + item.number, item.title, pages, item.part, " ".join(map(str, item.document_indices))
        )
        _items_rows(table, item.children, depth + 1)


def agenda(doc: AgendaDocument) -> RenderableType:
    people = _table(
        f"Members ({len(doc.members)}) and substitutes ({len(doc.substitutes)})", "", "honorific", "name", "affiliation"
    )
    for label, group in (("member", doc.members), ("substitute", doc.substitutes)):
        for p in group:
            people.add_row(label, _s(p.honorific), p.name, _s(p.affiliation))
    items = _table(f"Items ({len(doc.items)})", "no.", "title", "pack pages", "part", "documents")
    _items_rows(items, doc.items)
    future = _table("Future meetings", "date", "time", "venue")
    for f in doc.future_meetings:
        future.add_row(_s(f.date), _s(f.start_time), _s(f.venue))
    contact = doc.contact
    head = (
        f"{_s(doc.body)} — {_s(doc.date)} {_s(doc.start_time)} — {_s(doc.venue)}\n"
        f"Contact: {_s(contact.name)} {_s(contact.email)} {_s(contact.phone)}"
    )
    parts = [people if doc.members or doc.substitutes else None, items, future if doc.future_meetings else None]
    return Group(Text(head), *[p for p in parts if p is not None])


def minutes(doc: MinutesDocument) -> RenderableType:
    def clip(text: str, width: int = 150) -> str:
        text = " ".join(text.split())
        return text if len(text) <= width else text[: width - 1] + "…"

    def decision(d) -> str:
        v = d.votes
        counts = v and (("for", v.for_), ("against", v.against), ("abstain", v.abstain))
        votes = v and ", ".join(f"{k} {n}" for k, n in counts if n is not None)
        lines = [
            f"{_s(d.outcome) or 'decision'}: {clip(d.text)}",
            ", ".join(
                p for p in (d.proposer and f"proposed {d.proposer}", d.seconder and f"seconded {d.seconder}") if p
            ),
            v and f"votes: {votes} {_s(v.printed)}".strip(),
        ]
        return "\n".join(line for line in lines if line)

    title = (
        f"Attendance ({len(doc.present)} present, {len(doc.also_present)} also present, {len(doc.apologies)} apologies)"
    )
    people = _table(title, "status", "name", "role", "organisation")
    for status, group in (
        ("present", doc.present),
        ("also present", doc.also_present),
        ("apologies", doc.apologies),
        ("absent", doc.absent),
    ):
        for p in group:
            people.add_row(status, f"{_s(p.honorific)} {p.name}".strip(), _s(p.role), _s(p.organisation))
    items = _table(f"Minutes ({len(doc.items)})", "no.", "title", "decisions")
    for item in doc.items:
        items.add_row(item.number, item.title, "\n\n".join(decision(d) for d in item.decisions))
    parts: list[RenderableType] = [people, items]
    if doc.declarations:
        declared = _table("Declarations of interest", "name", "item", "interest", "text")
        for d in doc.declarations:
            declared.add_row(f"{_s(d.honorific)} {_s(d.name)}".strip(), _s(d.item), _s(d.interest), clip(d.text, 80))
        parts.append(declared)
    events = _table("Timed events", "time", "kind", "text")
    for e in doc.events:
        events.add_row(e.time, _s(e.kind), e.text)
    times = f"{_s(doc.start_time)}-{_s(doc.end_time)}"
    head = f"{_s(doc.body)} — {_s(doc.date)} {times} — {_s(doc.venue)}"
    if doc.author.name or doc.author.email:
        head += f"\nMinutes by: {_s(doc.author.name)} {_s(doc.author.email)}".rstrip()
    return Group(Text(head), *parts, events)


_SCORECARD_COLUMNS = ("measure", "last\nmonth", "last\n3m", "vs prev\n3m", "vs prev\nyear", "last\n12m",
                      "vs prev\n12m")


def _measure_summary(doc: HighlightReportDocument) -> Optional[Text]:
    s = doc.measure_summary
    if not s:
        return None
    per = ", ".join(f"P{g.priority} {_s(g.total)} ({_s(g.improving)}↑ {_s(g.declining)}↓)" for g in s.by_priority)
    return Text(f"Measures: {_s(s.total)} — improving {_s(s.improving)}, declining {_s(s.declining)}, "
                f"static {_s(s.static)}" + (f"; {per}" if per else ""))


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
    card = _table(f"Priority {p.number}: {p.title}", "measure", *columns)
    card.box = box.SIMPLE_HEAD
    card.collapse_padding = True
    card.columns[0].min_width = 18
    for m in p.scorecards:
        cells = [_cell(getattr(m, f)) for f in _STANDARD] if standard else []
        cells += [_cell(m.values.get(label)) for label in extra]
        cells += ([_s(m.rag)] if coded else []) + ([_ARROWS.get(m.trend or "", "")] if trend else [])
        card.add_row(m.name, *cells)
    return card


def _priority(p) -> list[RenderableType]:
    parts: list[RenderableType] = [Text(
        f"Priority {p.number}: {len(p.outcomes)} outcomes, {len(p.risks)} risks, "
        f"{len(p.next_quarter_focus)} focus points, {len(p.commentary)} commentary blocks")]
    if p.scorecards:
        parts.append(_scorecard(p))
    if p.deliverables:
        dl = _table(f"Priority {p.number} deliverables", "action", "due", "progress")
        for d in p.deliverables:
            dl.add_row(d.action, d.due.raw if d.due else "", _s(d.progress_raw))
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
        other = _table(f"{_s(t.title)} (page {t.page})", *(t.header or [""]))
        for row in t.rows:
            other.add_row(*row[: len(t.header or [""])])
        parts.append(other)
    if doc.glossary:
        parts.append(Text(f"Glossary: {len(doc.glossary)} entries"))
    return Group(*parts)


def commissioning_plan(doc: CommissioningPlanDocument) -> RenderableType:
    money = _table(f"Funding and budget {_s(doc.financial_year)}", "", "line", "amount")
    for label, lines, totals in (
        ("funding", doc.funding_streams, (("Total", doc.funding_total),)),
        ("budget", doc.budget_allocations, (("Sub-total", doc.budget_subtotal), ("Total", doc.budget_total))),
    ):
        subtotal_shown = False
        for line in lines:
            if label == "budget" and line.in_subtotal is False and not subtotal_shown and doc.budget_subtotal:
                money.add_row(label, Text("Sub-total", style="bold"), _money(doc.budget_subtotal))
                subtotal_shown = True
            money.add_row(label, line.name, _money(line.amount))
        for name, total in totals:
            if total and not (name == "Sub-total" and subtotal_shown):
                money.add_row(label, Text(name, style="bold"), _money(total))
    contracts = _table("Contracts", "service", "value", "procurement", "planned start")
    for c in doc.contracts:
        contracts.add_row(
            c.service, c.value.raw if c.value else "", _s(c.procurement), c.planned_start.raw if c.planned_start else ""
        )
    portfolios = _table("Portfolios", "name", "leads", "budget", "priorities")
    for p in doc.portfolios:
        portfolios.add_row(
            p.name,
            ", ".join(f"{ln.name} ({_s(ln.role)})" for ln in p.leads),
            _money(p.budget),
            "\n".join(f"• {x}" for x in p.priorities),
        )
    return Group(money, contracts, portfolios)


# Long prose cells (progress summaries) would drown the terminal; --json has them whole.
CELL_CHARS = 200


def _clip(text: str, limit: int = CELL_CHARS) -> str:
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"


def _report_table(table) -> Table:
    glyphs = ", ".join(f"{g} = {m}" for g, m in table.glyphs.items())
    undecoded = " ".join(table.undecoded_glyphs)
    caption = "; ".join(x for x in (glyphs, f"not explained: {undecoded}" if undecoded else "") if x)
    columns = table.header or [""] * max((len(r) for r in table.rows), default=1)
    out = _table(f"p.{table.page} {_s(table.title)}", *columns)
    out.caption = caption or None
    starts = {g.row_start: g for g in table.groups}
    for index, row in enumerate(table.rows):
        group = starts.get(index)
        if group:
            out.add_row(Text(("" if group.level == 1 else "  ") + _clip(group.label), style="bold"))
        out.add_row(*(_clip(cell) for cell in row))
    return out


def report(doc: ReportDocument) -> RenderableType:
    header = _table("Header", "field", "value")
    for key, value in (doc.header or {}).items():
        header.add_row(key, value)
    outline = _table("Sections", "no.", "heading", "paragraphs")
    for section in doc.sections:
        label = section.heading or ""
        if section.date:
            label += f"  [{section.date.start} – {section.date.end}]"
        numbers = [p.number for p in section.paragraphs if p.number]
        span = f"{numbers[0]}–{numbers[-1]}" if len(numbers) > 1 else "".join(numbers)
        outline.add_row(_s(section.number), label, f"{len(section.paragraphs)} {span}".strip())
    recs = Text("\n".join(f"• {r}" for r in doc.recommendations)) if doc.recommendations else Text("")
    return Group(header, outline, *(_report_table(t) for t in doc.tables), recs)


RENDERERS: dict[str, Callable] = {
    "agenda": agenda,
    "minutes": minutes,
    "highlight_report": highlight_report,
    "commissioning_plan": commissioning_plan,
    "report": report,
}


def checks(pack: MeetingPack) -> RenderableType:
    table = _table(
        f"Checks ({sum(c.status == 'pass' for c in pack.checks)}/{len(pack.checks)} pass)", "status", "code", "message"
    )
    for c in pack.checks:
        table.add_row(Text(c.status, style="green" if c.status == "pass" else "red"), c.code, c.message)
    return table


def render_table(pack: MeetingPack, console: Console) -> None:
    """Print the pack to a rich console."""
    console.print(summary(pack))
    for index, doc in enumerate(pack.documents):
        renderer = RENDERERS.get(doc.kind)
        if renderer is None:
            continue
        console.rule(f"[{index}] {doc.kind}: {_s(doc.title)[:70]}")
        console.print(renderer(doc))
    if pack.checks:
        console.print(checks(pack))
    total_warnings = len(pack.warnings) + sum(len(d.warnings) for d in pack.documents)
    if total_warnings:
        console.print(Text(f"{total_warnings} warning(s); see --json for details", style="yellow"))

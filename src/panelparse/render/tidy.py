"""Flatten the tabular parts of a pack into named tidy tables (one row per record).

Used by the CSV and Markdown renderers; a spreadsheet user gets one sheet per table.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import Enum
from typing import Callable, Iterator, Optional

from ..models import MeetingPack
from ..models.documents import (
    AgendaDocument,
    CommissioningPlanDocument,
    HighlightReportDocument,
    MinutesDocument,
    Table,
)

Row = dict[str, object]


def _page(evidence) -> Optional[int]:
    return evidence.page if evidence else None


def agenda_items(pack: MeetingPack) -> Iterator[Row]:
    for index, doc in enumerate(pack.documents):
        if isinstance(doc, AgendaDocument):
            for item, parent in (pair for top in doc.items for pair in top.walk()):
                yield {"document": index, "number": item.number, "parent": parent, "title": item.title,
                       "part": item.part,
                       "pack_pages_start": item.pack_pages.start if item.pack_pages else None,
                       "pack_pages_end": item.pack_pages.end if item.pack_pages else None,
                       "document_indices": " ".join(map(str, item.document_indices)),
                       "description": item.description}


def attendance(pack: MeetingPack) -> Iterator[Row]:
    for index, doc in enumerate(pack.documents):
        if isinstance(doc, MinutesDocument):
            for status, people in (("present", doc.present), ("also_present", doc.also_present),
                                   ("apologies", doc.apologies)):
                for person in people:
                    yield {"document": index, "meeting_date": doc.date, "status": status,
                           "honorific": person.honorific, "name": person.name, "role": person.role,
                           "organisation": person.organisation}


def decisions(pack: MeetingPack) -> Iterator[Row]:
    for index, doc in enumerate(pack.documents):
        if isinstance(doc, MinutesDocument):
            for item in doc.items:
                for decision in item.decisions:
                    votes = decision.votes
                    yield {"document": index, "meeting_date": doc.date, "minute": item.number,
                           "minute_title": item.title, "outcome": decision.outcome,
                           "proposer": decision.proposer, "seconder": decision.seconder,
                           "votes_for": votes.for_ if votes else None,
                           "votes_against": votes.against if votes else None,
                           "votes_abstain": votes.abstain if votes else None, "text": decision.text}


_SCORECARD_FIELDS = ("last_month", "last_3_months", "vs_previous_3_months", "vs_previous_year",
                    "last_12_months", "vs_previous_12_months")


def scorecards(pack: MeetingPack) -> Iterator[Row]:
    """One row per measure; per period: value, unit, (direction), the cell as printed, the period label."""
    for index, doc in enumerate(pack.documents):
        if not isinstance(doc, HighlightReportDocument):
            continue
        for priority in doc.priorities:
            for m in priority.scorecards:
                row: Row = {"document": index, "priority": priority.number, "priority_title": priority.title,
                            "table": m.table, "group": m.group, "measure": m.name}
                for f in _SCORECARD_FIELDS:
                    cell = getattr(m, f)
                    row[f] = cell.value if cell else None
                    row[f"{f}_unit"] = cell.unit if cell else None
                    if f.startswith("vs_"):
                        row[f"{f}_direction"] = cell.direction if cell else None
                    row[f"{f}_raw"] = cell.raw if cell else None
                    row[f"{f}_label"] = m.periods.get(f)
                row["rag"] = m.rag
                row["trend"] = m.trend
                for label, value in m.values.items():  # other KPI columns, by their printed label
                    row[label] = value.value
                    row[f"{label} (raw)"] = value.raw
                row["page"] = _page(m.evidence)
                yield row


def deliverables(pack: MeetingPack) -> Iterator[Row]:
    for index, doc in enumerate(pack.documents):
        if isinstance(doc, HighlightReportDocument):
            for priority in doc.priorities:
                for d in priority.deliverables:
                    yield {"document": index, "priority": priority.number, "priority_title": priority.title,
                           "action": d.action, "due_raw": d.due.raw if d.due else None,
                           "due_start": d.due.start if d.due else None, "due_end": d.due.end if d.due else None,
                           "progress_pct": d.progress_pct, "progress_raw": d.progress_raw,
                           "page": _page(d.evidence), "owner": d.owner, "rag": d.rag, "commentary": d.commentary}


def _money_lines(pack: MeetingPack, attr: str, total_attrs: tuple[str, ...]) -> Iterator[Row]:
    for index, doc in enumerate(pack.documents):
        if isinstance(doc, CommissioningPlanDocument):
            for line in getattr(doc, attr):
                yield {"document": index, "financial_year": doc.financial_year, "name": line.name,
                       "amount_gbp": line.amount.amount_gbp, "approximate": line.amount.approximate,
                       "raw": line.amount.raw, "is_total": False, "in_subtotal": line.in_subtotal,
                       "sheet": line.sheet, "page": _page(line.evidence)}
            for total in total_attrs:
                money = getattr(doc, total)
                if money is not None:
                    yield {"document": index, "financial_year": doc.financial_year, "name": total,
                           "amount_gbp": money.amount_gbp, "approximate": money.approximate,
                           "raw": money.raw, "is_total": True, "in_subtotal": None,
                           "sheet": None, "page": _page(doc.total_evidence.get(total))}


def funding(pack: MeetingPack) -> Iterator[Row]:
    return _money_lines(pack, "funding_streams", ("funding_total",))


def budget(pack: MeetingPack) -> Iterator[Row]:
    return _money_lines(pack, "budget_allocations", ("budget_subtotal", "budget_total"))


def contracts(pack: MeetingPack) -> Iterator[Row]:
    for index, doc in enumerate(pack.documents):
        if isinstance(doc, CommissioningPlanDocument):
            for c in doc.contracts:
                window = c.procurement_window
                yield {"document": index, "service": c.service,
                       "value_gbp": c.value.amount_gbp if c.value else None,
                       "value_approximate": c.value.approximate if c.value else None,
                       "value_raw": c.value.raw if c.value else None, "procurement": c.procurement,
                       "procurement_start": window.start.start if window and window.start else None,
                       "procurement_end": window.end.end if window and window.end else None,
                       "planned_start_raw": c.planned_start.raw if c.planned_start else None,
                       "planned_start": c.planned_start.start if c.planned_start else None,
                       "planned_start_precision": c.planned_start.precision if c.planned_start else None,
                       "page": _page(c.evidence)}


def _group_labels(table) -> dict[int, dict[str, str]]:
    """Row index -> {"group": outer label, "subgroup": inner label}."""
    labels: dict[int, dict[str, str]] = {}
    for group in table.groups:
        key = "group" if group.level == 1 else "subgroup"
        for r in range(group.row_start, group.row_end + 1):
            labels.setdefault(r, {})[key] = group.label
    return labels


def report_tables(pack: MeetingPack) -> Iterator[Row]:
    """Every table kept as printed (reports, commissioning plans, non-scorecard slides)."""
    for index, doc in enumerate(pack.documents):
        for t_index, table in enumerate(getattr(doc, "tables", None) or []):
            if isinstance(table, Table):
                yield from _table_rows(index, t_index, doc.kind, table)


def _table_rows(index: int, t_index: int, kind: str, table: Table) -> Iterator[Row]:
    labels = _group_labels(table)
    for r_index, row in enumerate(table.rows):
        out: Row = {"document": index, "kind": kind, "table": t_index, "page": table.page, "row": r_index,
                    "group": labels.get(r_index, {}).get("group"),
                    "subgroup": labels.get(r_index, {}).get("subgroup")}
        for c, value in enumerate(row):
            name = table.header[c] if c < len(table.header) and table.header[c] else f"col{c + 1}"
            out[name] = value
            if value.strip() in table.glyphs:
                out[f"{name} meaning"] = table.glyphs[value.strip()]
        yield out


@dataclass(frozen=True)
class TidyTable:
    """One tidy table: how to produce its rows, and the columns every row has, in order.

    `columns` is the whole header of an empty table, so CSVs of two packs always concatenate.
    An `open` table also has columns named by the PDF itself (other KPI labels, a printed
    table's header), added after the declared ones in the order they are first seen.
    """

    rows: Callable[[MeetingPack], Iterator[Row]]
    columns: tuple[str, ...]
    open: bool = False

    def __call__(self, pack: MeetingPack) -> Iterator[Row]:
        return self.rows(pack)


def _scorecard_columns() -> tuple[str, ...]:
    columns = ["document", "priority", "priority_title", "table", "group", "measure"]
    for f in _SCORECARD_FIELDS:
        columns += [f, f"{f}_unit", *([f"{f}_direction"] if f.startswith("vs_") else []), f"{f}_raw", f"{f}_label"]
    return (*columns, "rag", "trend", "page")


_MONEY_COLUMNS = ("document", "financial_year", "name", "amount_gbp", "approximate", "raw", "is_total", "in_subtotal",
                  "sheet", "page")

TIDY_TABLES: dict[str, TidyTable] = {
    "agenda_items": TidyTable(agenda_items, ("document", "number", "parent", "title", "part", "pack_pages_start",
                                             "pack_pages_end", "document_indices", "description")),
    "attendance": TidyTable(attendance, ("document", "meeting_date", "status", "honorific", "name", "role",
                                         "organisation")),
    "decisions": TidyTable(decisions, ("document", "meeting_date", "minute", "minute_title", "outcome", "proposer",
                                       "seconder", "votes_for", "votes_against", "votes_abstain", "text")),
    "scorecards": TidyTable(scorecards, _scorecard_columns(), open=True),
    "deliverables": TidyTable(deliverables, ("document", "priority", "priority_title", "action", "due_raw",
                                             "due_start", "due_end", "progress_pct", "progress_raw", "page",
                                             "owner", "rag", "commentary")),
    "funding": TidyTable(funding, _MONEY_COLUMNS),
    "budget": TidyTable(budget, _MONEY_COLUMNS),
    "contracts": TidyTable(contracts, ("document", "service", "value_gbp", "value_approximate", "value_raw",
                                       "procurement", "procurement_start", "procurement_end", "planned_start_raw",
                                       "planned_start", "planned_start_precision", "page")),
    "report_tables": TidyTable(report_tables, ("document", "kind", "table", "page", "row", "group", "subgroup"),
                               open=True),
}


def table_columns(name: str, rows: list[Row]) -> list[str]:
    """The header of table `name` for these rows: its declared columns, then any the PDF named."""
    columns = list(TIDY_TABLES[name].columns)
    seen = set(columns)
    for row in rows:
        for key in row:
            if key not in seen:
                seen.add(key)
                columns.append(key)
    return columns


# The --table choices, derived from the one registry of tidy tables above.
TableName = Enum("TableName", {name: name for name in TIDY_TABLES}, type=str)  # type: ignore[misc]

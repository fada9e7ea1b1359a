"""One model module per document kind, mirroring panelparse.extractors."""

from .agenda import AgendaDocument, AgendaItem, FutureMeeting
from .base import DocumentBase, ExtensionDocument
from .commissioning_plan import CommissioningPlanDocument, Contract, Lead, MoneyLine, Portfolio
from .highlight_report import (
    Commentary,
    Deliverable,
    GlossaryEntry,
    HighlightReportDocument,
    Measure,
    MeasureSummary,
    Priority,
    PriorityCounts,
)
from .minutes import Author, Decision, Declaration, MinuteItem, MinutesDocument, TimedEvent, Votes
from .other import OtherDocument, PageText
from .report import Enclosure, Letter, Paragraph, ReportDocument, Section, Table, TableGroup

__all__ = [
    "AgendaDocument",
    "AgendaItem",
    "Author",
    "Commentary",
    "CommissioningPlanDocument",
    "Contract",
    "Decision",
    "Declaration",
    "Deliverable",
    "DocumentBase",
    "Enclosure",
    "ExtensionDocument",
    "FutureMeeting",
    "GlossaryEntry",
    "HighlightReportDocument",
    "Lead",
    "Letter",
    "Measure",
    "MeasureSummary",
    "MinuteItem",
    "MinutesDocument",
    "MoneyLine",
    "OtherDocument",
    "PageText",
    "Paragraph",
    "Portfolio",
    "Priority",
    "PriorityCounts",
    "ReportDocument",
    "Section",
    "Table",
    "TableGroup",
    "TimedEvent",
    "Votes",
]

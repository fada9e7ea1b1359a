"""Quarterly highlight (performance) reports: scorecards, deliverables and commentary."""

from __future__ import annotations

from typing import Literal, Optional

from pydantic import Field

from ..base import ContractModel, Evidence
from ..values import Change, DateRef, Direction, Period, Value
from .base import DocumentBase
from .report import Table


class PriorityCounts(ContractModel):
    """Measure-summary counts for one priority."""

    priority: Optional[int] = Field(default=None, description="Priority number.")
    label: Optional[str] = Field(default=None, description="Label as printed, e.g. 'P1 43 measures'.")
    total: Optional[int] = Field(default=None, ge=0, description="Measures in the priority.")
    improving: Optional[int] = Field(default=None, ge=0, description="Improving measures.")
    declining: Optional[int] = Field(default=None, ge=0, description="Declining measures.")
    static: Optional[int] = Field(default=None, ge=0, description="Static measures.")
    green: Optional[int] = Field(
        default=None, ge=0, description="Measures rated green, where the summary counts by RAG."
    )
    amber: Optional[int] = Field(default=None, ge=0, description="Measures rated amber.")
    red: Optional[int] = Field(default=None, ge=0, description="Measures rated red.")
    blue: Optional[int] = Field(
        default=None, ge=0, description="Measures rated blue (exceeded target, where a BRAG summary prints it)."
    )
    other: Optional[int] = Field(
        default=None, ge=0, description="Measures counted under a status that is neither a rating nor a direction "
        "('Data only', 'No target', 'Not due', 'N/A'), all such columns together."
    )


class MeasureSummary(ContractModel):
    """How many measures improved, declined or stayed static (and how many are rated each RAG colour)."""

    total: Optional[int] = Field(default=None, ge=0, description="All measures.")
    improving: Optional[int] = Field(default=None, ge=0, description="Improving measures.")
    declining: Optional[int] = Field(default=None, ge=0, description="Declining measures.")
    static: Optional[int] = Field(default=None, ge=0, description="Static measures.")
    green: Optional[int] = Field(
        default=None, ge=0, description="Measures rated green, where the summary counts by RAG."
    )
    amber: Optional[int] = Field(default=None, ge=0, description="Measures rated amber.")
    red: Optional[int] = Field(default=None, ge=0, description="Measures rated red.")
    blue: Optional[int] = Field(
        default=None, ge=0, description="Measures rated blue (exceeded target, where a BRAG summary prints it)."
    )
    other: Optional[int] = Field(
        default=None, ge=0, description="Measures counted under a status that is neither a rating nor a direction "
        "('Data only', 'No target', 'Not due', 'N/A'), all such columns together."
    )
    by_priority: list[PriorityCounts] = Field(default_factory=list, description="Per priority.")
    evidence: Optional[Evidence] = Field(default=None, description="Where the summary is.")


class Deliverable(ContractModel):
    """One row of a deliverables-progress table."""

    action: str = Field(description="The action as printed.")
    due: Optional[DateRef] = Field(default=None, description="Date due.")
    progress_pct: Optional[float] = Field(default=None, ge=0, le=100, description="Progress, percent.")
    progress_raw: Optional[str] = Field(
        default=None, description="The progress cell as printed ('30%', 'Complete', 'On track')."
    )
    owner: Optional[str] = Field(
        default=None, description="Who leads the action, as an Owner / Lead officer / Responsible / Who column "
        "prints it ('Head of Planning')."
    )
    rag: Optional[Literal["red", "amber", "green", "blue"]] = Field(
        default=None, description="The action's rating, from a RAG column's word, letter or fill, or a status "
        "that names one ('Amber', 'G', 'On track', 'At risk')."
    )
    commentary: Optional[str] = Field(
        default=None, description="A Commentary / Comments / Update / Notes column's text, as printed."
    )
    evidence: Optional[Evidence] = Field(default=None, description="Where the row is.")


class Measure(ContractModel):
    """One scorecard row."""

    name: str = Field(description="Measure name, e.g. 'Abandonment Rate: 999'.")
    periods: dict[str, str] = Field(
        default_factory=dict,
        description="For each value field, the period its column header prints ('Last Month (Jan-2023)' "
        "-> last_month: 'Jan-2023'); the whole header as printed when it names no period.",
    )
    last_month: Optional[Value] = Field(default=None, description="Last month.")
    last_3_months: Optional[Value] = Field(default=None, description="Last 3 months.")
    vs_previous_3_months: Optional[Change] = Field(default=None, description="Change vs previous 3 months.")
    vs_previous_year: Optional[Change] = Field(default=None, description="Change vs same period last year.")
    last_12_months: Optional[Value] = Field(default=None, description="Last 12 months.")
    vs_previous_12_months: Optional[Change] = Field(default=None, description="Change vs previous 12 months.")
    rag: Optional[Literal["red", "amber", "green", "blue"]] = Field(
        default=None,
        description="Colour coding, from a RAG word or letter, the colour its mark is printed in, or the cell's "
        "fill ('blue': exceeded, where a BRAG rating prints it).",
    )
    values: dict[str, Value] = Field(
        default_factory=dict,
        description="Other figure columns by their label as printed (Target, Actual Q3, Baseline...).",
    )
    trend: Optional[Direction] = Field(
        default=None, description="A 'Direction of travel' / 'Trend' column: up, down or flat."
    )
    polarity: Optional[Literal["higher", "lower"]] = Field(
        default=None, description="Which way is better, where printed ('Polarity: Higher is better', 'Good "
        "performance is: Low')."
    )
    table: Optional[int] = Field(
        default=None,
        description="Index of the scorecard table within its priority; a table continued across slides "
        "(same header, or no header) keeps one index.",
    )
    group: Optional[str] = Field(
        default=None, description="Heading of the group row above the measure, where the table groups rows."
    )
    evidence: Optional[Evidence] = Field(default=None, description="Where the row is.")


class Commentary(ContractModel):
    """A commentary block: heading and bullets."""

    heading: Optional[str] = Field(default=None, description="Heading as printed.")
    bullets: list[str] = Field(default_factory=list, description="Bullet points (or paragraphs) in order.")
    evidence: Optional[Evidence] = Field(default=None, description="Where the block starts.")


class Priority(ContractModel):
    """One priority of the plan, with everything the report says about it."""

    number: int = Field(ge=0, description="Priority number.")
    title: str = Field(description="Priority title.")
    outcomes: list[str] = Field(default_factory=list, description="Outcomes achieved this quarter.")
    risks: list[str] = Field(default_factory=list, description="Risks and issues.")
    deliverables: list[Deliverable] = Field(default_factory=list, description="Deliverables progress.")
    next_quarter_focus: list[str] = Field(default_factory=list, description="Focus next quarter.")
    assessment: list[str] = Field(default_factory=list, description="Overall assessment.")
    scorecards: list[Measure] = Field(default_factory=list, description="Scorecard rows.")
    commentary: list[Commentary] = Field(default_factory=list, description="Commentary blocks.")


class GlossaryEntry(ContractModel):
    """An acronym or term and its meaning."""

    term: str = Field(description="Acronym or term.")
    definition: str = Field(description="What it stands for.")
    evidence: Optional[Evidence] = Field(default=None, description="Where the entry is.")


class HighlightReportDocument(DocumentBase):
    """kind = "highlight_report"."""

    kind: Literal["highlight_report"] = Field(default="highlight_report", description="Document kind.")
    period: Period = Field(default_factory=Period, description="Reporting period.")
    measure_summary: Optional[MeasureSummary] = Field(default=None, description="Measure summary.")
    priorities: list[Priority] = Field(default_factory=list, description="Priorities in order.")
    glossary: list[GlossaryEntry] = Field(default_factory=list, description="Acronyms.")
    commentary: list[Commentary] = Field(
        default_factory=list,
        description="Commentary not tied to one priority (e.g. 'Positives' / 'Persistent issues' on a summary slide).",
    )
    tables: list[Table] = Field(
        default_factory=list,
        description="Tables that are not scorecards, deliverables, measure summaries or glossaries (e.g. a KPI "
        "deck's commitment tables), kept as printed; a table continued across slides is one table.",
    )

"""Commissioning and budget plans: where the money goes."""

from __future__ import annotations

from typing import Literal, Optional

from pydantic import Field

from ..base import ContractModel, Evidence
from ..values import DateRef, Money, Period
from .base import DocumentBase
from .report import Section, Table


class MoneyLine(ContractModel):
    """A named amount (a funding stream or a budget line)."""

    name: str = Field(description="Line label as printed.")
    amount: Money = Field(description="Amount.")
    in_subtotal: Optional[bool] = Field(
        default=None, description="True when the line sits above the printed sub-total; null without one."
    )
    sheet: Optional[str] = Field(
        default=None,
        description="The further budget table the line was read from, when the document prints more than one "
        "(a note's breakdown, a capital table): its title as printed, else 'page N'. Null for the lines of "
        "the main budget table, the one budget_subtotal and budget_total are printed under.",
    )
    evidence: Optional[Evidence] = Field(default=None, description="Where the row is.")


class Contract(ContractModel):
    """A contract to be (re)procured."""

    service: str = Field(description="Commissioned service or contract.")
    value: Optional[Money] = Field(default=None, description="Potential contract value.")
    procurement: Optional[str] = Field(default=None, description="Review / procurement window as printed.")
    procurement_window: Optional[Period] = Field(
        default=None, description="The procurement window read as a period ('March to May 2023')."
    )
    planned_start: Optional[DateRef] = Field(default=None, description="Planned start.")
    provider: Optional[str] = Field(default=None, description="Provider or supplier, as printed.")
    term: Optional[str] = Field(default=None, description="Contract term as printed ('3 years + 2').")
    evidence: Optional[Evidence] = Field(default=None, description="Where the row is.")


class Lead(ContractModel):
    """A named lead of a portfolio."""

    name: str = Field(description="Name.")
    role: Optional[str] = Field(default=None, description="Role, e.g. 'Strategic Lead'.")


class Portfolio(ContractModel):
    """A commissioning portfolio."""

    name: str = Field(description="Portfolio name.")
    leads: list[Lead] = Field(default_factory=list, description="Leads and their roles.")
    priorities: list[str] = Field(default_factory=list, description="Priorities for the year.")
    budget: Optional[Money] = Field(default=None, description="Portfolio budget.")
    evidence: Optional[Evidence] = Field(default=None, description="Where the portfolio heading is.")


class CommissioningPlanDocument(DocumentBase):
    """kind = "commissioning_plan"."""

    kind: Literal["commissioning_plan"] = Field(default="commissioning_plan", description="Document kind.")
    financial_year: Optional[str] = Field(default=None, pattern=r"^\d{4}-\d{2}$", description="e.g. '2023-24'.")
    meeting: Optional[str] = Field(default=None, description="Header: meeting.")
    date: Optional[DateRef] = Field(default=None, description="Header: date.")
    report_title: Optional[str] = Field(default=None, description="Header: report title.")
    presented_by: Optional[str] = Field(default=None, description="Header: presented by.")
    author: Optional[str] = Field(default=None, description="Header: author.")
    funding_streams: list[MoneyLine] = Field(default_factory=list, description="Funding streams.")
    funding_total: Optional[Money] = Field(default=None, description="Printed total of funding.")
    budget_allocations: list[MoneyLine] = Field(
        default_factory=list,
        description="Budget lines: the main budget table's, then those of any further table with a budget "
        "column (each line's `sheet` names its table).",
    )
    budget_subtotal: Optional[Money] = Field(default=None, description="Printed sub-total of the budget.")
    budget_total: Optional[Money] = Field(default=None, description="Printed budget total.")
    contracts: list[Contract] = Field(default_factory=list, description="Contracts to be procured.")
    portfolios: list[Portfolio] = Field(default_factory=list, description="Portfolios.")
    recommendations: list[str] = Field(default_factory=list, description="Recommendations.")
    header: dict[str, str] = Field(
        default_factory=dict, description="Every header field as printed (Meeting, Date, Author...)."
    )
    total_evidence: dict[str, Evidence] = Field(
        default_factory=dict, description="Where each printed total (funding_total, budget_subtotal, budget_total) is."
    )
    sections: list[Section] = Field(default_factory=list, description="Sections in order, as in a report.")
    tables: list[Table] = Field(default_factory=list, description="Every table as printed.")

"""Value types returned by :mod:`panelparse.parsing`; each keeps the text it was read from."""

from __future__ import annotations

import datetime as dt
from typing import Literal, Optional

from pydantic import Field, model_validator

from .base import ContractModel, Evidence

Precision = Literal["day", "month", "quarter", "year"]
ValueUnit = Literal["percent", "count", "seconds", "days", "text", "percentage_points"]
ChangeUnit = Literal["percentage_points", "percent", "seconds", "count", "days"]
Direction = Literal["up", "down", "flat"]
TIME_PATTERN = r"^([01]\d|2[0-3]):[0-5]\d$"


class DateRef(ContractModel):
    """A date that may be only partly known ("Q4 2023", "May 23"), as a range of days."""

    raw: str = Field(description="The text as printed.")
    start: Optional[dt.date] = Field(default=None, description="First day the text can mean.")
    end: Optional[dt.date] = Field(default=None, description="Last day the text can mean.")
    precision: Optional[Precision] = Field(
        default=None, description="day, month, quarter or year; null when unparsed."
    )

    @model_validator(mode="after")
    def _ordered(self) -> "DateRef":
        if self.start and self.end and self.end < self.start:
            raise ValueError(f"date range {self.raw!r} ends before it starts")
        return self


class Money(ContractModel):
    """An amount of money in pounds sterling."""

    raw: str = Field(description="The text as printed, e.g. 'c£0.270m'.")
    amount_gbp: Optional[float] = Field(default=None, description="Amount in pounds; null if unparsed.")
    approximate: bool = Field(default=False, description="True when printed with c, ca., ~ or approx.")


class Value(ContractModel):
    """A measured value from a scorecard cell."""

    raw: str = Field(description="The cell text as printed.")
    value: Optional[float] = Field(default=None, description="The number; null for no data.")
    unit: Optional[ValueUnit] = Field(
        default=None, description="percent, count, seconds, days or text; percentage_points for a change printed "
        "as a figure ('+1.2 pts' in a Change column)."
    )


class Change(ContractModel):
    """A change against a previous period, with the printed direction."""

    raw: str = Field(description="The cell text as printed, e.g. '-1.5% points ▼'.")
    value: Optional[float] = Field(default=None, description="Signed size of the change.")
    unit: Optional[ChangeUnit] = Field(default=None, description="Unit of `value`.")
    direction: Optional[Direction] = Field(
        default=None, description="From the printed arrow or word: up, down, flat; null if none."
    )


class Person(ContractModel):
    """A named person, honorific split from the name."""

    name: str = Field(min_length=1, description="Name without honorific, e.g. 'Brian Mathew'.")
    honorific: Optional[str] = Field(default=None, description="e.g. 'Cllr Dr'.")
    affiliation: Optional[str] = Field(default=None, description="Council, ward or organisation printed with the name.")
    evidence: Optional[Evidence] = Field(default=None, description="Where the name was read.")


class Attendee(ContractModel):
    """A person recorded at (or absent from) a meeting."""

    name: str = Field(min_length=1, description="Name without honorific.")
    honorific: Optional[str] = Field(default=None, description="e.g. 'Cllr'.")
    role: Optional[str] = Field(default=None, description="e.g. 'Chairman', 'Police and Crime Commissioner'.")
    organisation: Optional[str] = Field(default=None, description="Organisation printed with the name.")
    evidence: Optional[Evidence] = Field(default=None, description="Where the name was read.")


class Contact(ContractModel):
    """A contact officer."""

    name: Optional[str] = Field(default=None, description="Officer's name.")
    email: Optional[str] = Field(default=None, description="Email address.")
    phone: Optional[str] = Field(default=None, description="Telephone number as printed.")


class Period(ContractModel):
    """A reporting period, e.g. 'Dec 2022 – Feb 2023'."""

    start: Optional[DateRef] = Field(default=None, description="Start of the period.")
    end: Optional[DateRef] = Field(default=None, description="End of the period.")

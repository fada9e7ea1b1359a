"""Tolerances of the layout layer, named once."""

from __future__ import annotations

from dataclasses import dataclass, field

X_TOLERANCE = 1.5
Y_TOLERANCE = 2.5
LINE_TOLERANCE = 2.5
MIN_TABLE_ROWS = 1


@dataclass(frozen=True)
class LayoutSettings:
    """How words, lines and tables are read off a page."""

    x_tolerance: float = X_TOLERANCE
    y_tolerance: float = Y_TOLERANCE
    line_tolerance: float = LINE_TOLERANCE
    min_table_rows: int = MIN_TABLE_ROWS
    table_settings: dict = field(default_factory=lambda: {
        "vertical_strategy": "lines", "horizontal_strategy": "lines",
        "snap_tolerance": 3, "join_tolerance": 3, "intersection_tolerance": 3,
    })

    def __post_init__(self) -> None:
        for name in ("x_tolerance", "y_tolerance", "line_tolerance"):
            if getattr(self, name) < 0:
                raise ValueError(f"{name} must be >= 0, got {getattr(self, name)}")

"""The report kind: ReportExtractor and the modules it alone uses."""

from .extractor import ReportExtractor

__all__ = ["ReportExtractor"]

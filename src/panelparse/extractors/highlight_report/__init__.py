"""The highlight_report kind: HighlightReportExtractor and the modules it alone uses."""

from .extractor import HighlightReportExtractor

__all__ = ["HighlightReportExtractor"]

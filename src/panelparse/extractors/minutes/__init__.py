"""The minutes kind: MinutesExtractor and the modules it alone uses."""

from .extractor import MinutesExtractor

__all__ = ["MinutesExtractor"]

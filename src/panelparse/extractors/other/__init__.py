"""The other kind: OtherExtractor and the modules it alone uses."""

from .extractor import OtherExtractor

__all__ = ["OtherExtractor"]

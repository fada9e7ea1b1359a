"""The agenda kind: AgendaExtractor and the modules it alone uses."""

from .extractor import AgendaExtractor

__all__ = ["AgendaExtractor"]

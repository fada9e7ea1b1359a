"""panelparse: UK local-government meeting packs (PDF) to validated, typed data."""

from ._version import __version__
from .errors import PanelparseError  # noqa: E402
from .models import MeetingPack  # noqa: E402


def extract(path, options=None, progress=None):
    """Read a meeting-pack PDF into a MeetingPack (see panelparse.pipeline.extract)."""
    from .pipeline import extract as _extract

    return _extract(path, options, progress)


__all__ = ["MeetingPack", "PanelparseError", "__version__", "extract"]

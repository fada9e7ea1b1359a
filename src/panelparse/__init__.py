"""panelparse: UK local-government meeting packs (PDF) to validated, typed data.

The package root stays light: `import panelparse` loads no model, no PDF library and no
extractor until one of them is used (`panelparse.MeetingPack`, `panelparse.extract(...)`).
"""

from typing import TYPE_CHECKING, Any

from ._version import __version__

if TYPE_CHECKING:
    from .errors import PanelparseError
    from .models import MeetingPack


def extract(path, options=None, progress=None):
    """Read a meeting-pack PDF into a MeetingPack (see panelparse.pipeline.extract)."""
    from .pipeline import extract as _extract

    return _extract(path, options, progress)


def __getattr__(name: str) -> Any:
    # PEP 562: the public names that need the models are imported on first use.
    if name == "MeetingPack":
        from .models import MeetingPack

        return MeetingPack
    if name == "PanelparseError":
        from .errors import PanelparseError

        return PanelparseError
    raise AttributeError(f"module 'panelparse' has no attribute {name!r}")


__all__ = ["MeetingPack", "PanelparseError", "__version__", "extract"]

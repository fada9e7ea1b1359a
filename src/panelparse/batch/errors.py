"""What can stop a batch before any work: a bad option or output location, an unusable cluster."""

from __future__ import annotations

from ..errors import PanelparseError


class BatchUsageError(PanelparseError):
    """A batch option or the output location is unusable; found before any work starts."""

    exit_code = 2


class OutputLocationError(PanelparseError):
    """The output folder or file cannot be created or written."""

    exit_code = 73


class ClusterError(PanelparseError):
    """The Dask cluster cannot be used: unreachable, no workers, or workers without panelparse."""

    exit_code = 69

"""One exception hierarchy: bad input is told apart from defects, and each maps to an exit code."""

from __future__ import annotations


class PanelparseError(Exception):
    """Base of every error panelparse raises on purpose."""

    exit_code = 1


class PackLoadError(PanelparseError):
    """The input cannot be read as a meeting pack at all."""

    exit_code = 1


class FileMissingError(PackLoadError):
    """The path does not exist or is not a readable file."""

    exit_code = 3


class NotAPDFError(PackLoadError):
    """The file is not a PDF, or is damaged beyond reading."""

    exit_code = 4


class EncryptedPDFError(PackLoadError):
    """The PDF is password-protected."""

    exit_code = 5


class NoTextLayerError(PackLoadError):
    """The PDF has no text layer (a scan); OCR it first."""

    exit_code = 6


class PluginError(PanelparseError):
    """An extractor plugin failed to load or register."""

    exit_code = 7


class ExtractorError(PanelparseError):
    """An extractor failed on a document (recorded as a warning unless strict)."""

    exit_code = 8


class StrictModeError(PanelparseError):
    """Strict mode was asked for and the extraction produced warnings."""

    exit_code = 9


class ResourceLimitError(PanelparseError):
    """A pack needed more than a limit allows (time, memory, pages); never reported as damage."""

    exit_code = 11


class PackTimeoutError(ResourceLimitError):
    """A pack took longer than the time allowed for one file (--timeout)."""

    exit_code = 11


class MemoryLimitError(ResourceLimitError):
    """Reading the pack needed more memory than allowed (--max-memory), e.g. a decompression bomb."""

    exit_code = 12


class PageLimitError(ResourceLimitError):
    """The pack has more pages than allowed (--max-pages)."""

    exit_code = 13


class OutputError(PanelparseError):
    """An output file, folder or stream cannot be written (unwritable, full, a folder given as a file)."""

    exit_code = 73


class TuningError(PanelparseError):
    """ExtractOptions.weights or .layout names a kind, feature or setting that does not exist."""

    exit_code = 2


class ParseError(PanelparseError, ValueError):
    """A string could not be parsed as the value type asked for."""

    def __init__(self, raw: str, expected: str, reason: str = "") -> None:
        self.raw = raw
        self.expected = expected
        detail = f": {reason}" if reason else ""
        shown = raw if len(raw) <= 80 else f"{raw[:60]}... ({len(raw):,} characters)"
        super().__init__(f"cannot read {shown!r} as {expected}{detail}")

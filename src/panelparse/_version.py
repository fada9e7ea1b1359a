"""The installed version, in a module of its own so nothing imports the package root for it."""

from importlib.metadata import PackageNotFoundError, version

try:
    __version__ = version("panelparse")
except PackageNotFoundError:  # running from a source tree that is not installed
    __version__ = "0.0.0+source"

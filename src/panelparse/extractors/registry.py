"""Extractor discovery: the entry-point group is the one source of truth for kinds."""

from __future__ import annotations

import os
from dataclasses import dataclass
from functools import lru_cache
from importlib.metadata import EntryPoint, entry_points
from typing import Callable, Iterable, Optional

from ..errors import PluginError
from ..models.documents import DocumentBase, ExtensionDocument
from .base import Extractor

GROUP = "panelparse.extractors"
BUILTIN_DISTRIBUTION = "panelparse"
# PANELPARSE_PLUGINS: unset = all; "builtin" = ours only; "dist-a,dist-b" = ours plus those.
PLUGINS_ENV = "PANELPARSE_PLUGINS"


@dataclass(frozen=True)
class Registered:
    """An extractor that passed registration, with where it came from."""

    kind: str
    extractor: Extractor
    distribution: str
    version: str
    builtin: bool


def _distribution(ep: EntryPoint) -> tuple[str, str]:
    dist = getattr(ep, "dist", None)
    return (dist.name, dist.version) if dist else ("unknown", "unknown")


def _allowed(dist_name: str, only: Optional[set[str]]) -> bool:
    return dist_name == BUILTIN_DISTRIBUTION or only is None or dist_name in only


def _validate(ep: EntryPoint, cls: object, dist: str) -> Extractor:
    if not (isinstance(cls, type) and issubclass(cls, Extractor)):
        raise PluginError(f"{dist}: entry point {ep.name!r} -> {ep.value} is not an Extractor subclass")
    kind = getattr(cls, "kind", None)
    if kind != ep.name:
        raise PluginError(f"{dist}: entry point name {ep.name!r} differs from {cls.__name__}.kind {kind!r}")
    model = getattr(cls, "model", None)
    if not (isinstance(model, type) and issubclass(model, DocumentBase)):
        raise PluginError(f"{dist}: {cls.__name__}.model is not a DocumentBase model")
    declared = model.model_fields["kind"].default
    if declared != kind and not (issubclass(model, ExtensionDocument) and "." in kind):
        raise PluginError(f"{dist}: {cls.__name__}.model declares kind {declared!r}, not {kind!r}")
    return cls()


@lru_cache(maxsize=2)
def _scan(lister: Callable[..., Iterable[EntryPoint]]) -> tuple[EntryPoint, ...]:
    # Scanning the installed distributions costs about 25 ms; once per process is enough.
    # Keyed on the lister so that a test patching `entry_points` gets a fresh scan.
    return tuple(sorted(lister(group=GROUP), key=lambda e: e.name))


def load(env: Optional[str] = None, strict: bool = False) -> tuple[dict[str, Registered], list[str]]:
    """Load and validate every extractor; returns (registry by kind, load problems).

    With strict=True the first problem raises PluginError instead of being reported.
    """
    setting = os.environ.get(PLUGINS_ENV) if env is None else env
    only = None if not setting else ({"__none__"} if setting == "builtin" else set(setting.split(",")))
    registry: dict[str, Registered] = {}
    problems: list[str] = []
    for ep in _scan(entry_points):
        dist, version = _distribution(ep)
        if not _allowed(dist, only):
            continue
        try:
            extractor = _validate(ep, ep.load(), dist)
            if ep.name in registry:
                raise PluginError(f"kind {ep.name!r} registered twice: by {registry[ep.name].distribution} and {dist}")
        except PluginError as exc:
            if strict:
                raise
            problems.append(str(exc))
            continue
        except Exception as exc:  # a plugin's import error must not take the tool down
            if strict:
                raise PluginError(f"{dist}: cannot load {ep.value}: {exc}") from exc
            problems.append(f"{dist}: cannot load {ep.value}: {exc}")
            continue
        registry[ep.name] = Registered(ep.name, extractor, dist, version, dist == BUILTIN_DISTRIBUTION)
    if "other" not in registry:
        raise PluginError("the built-in 'other' extractor is missing: is panelparse installed (pip install -e .)?")
    return registry, problems


@lru_cache(maxsize=4)
def get_registry(env: Optional[str] = None) -> tuple[dict[str, Registered], tuple[str, ...]]:
    """The loaded registry, cached per PANELPARSE_PLUGINS setting."""
    registry, problems = load(env if env is not None else os.environ.get(PLUGINS_ENV, ""))
    return registry, tuple(problems)

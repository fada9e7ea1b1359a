"""Third-party extractors through the entry-point group, validated loudly."""

from __future__ import annotations

from importlib.metadata import EntryPoint

import pytest

from panelparse.errors import PluginError
from panelparse.extractors import registry
from panelparse.extractors.base import Extractor, common_fields
from panelparse.models import MeetingPack, Source
from panelparse.models.documents import ExtensionDocument


class RiskRegister(ExtensionDocument):
    kind: str = "acme.risk_register"
    risks: list[str] = []


class RiskExtractor(Extractor):
    kind = "acme.risk_register"
    model = RiskRegister

    def score(self, span):
        return 0.99 if "risk register" in span.text.lower() else 0.0

    def extract(self, span, ctx, confidence):
        return RiskRegister(**common_fields(span, confidence, "Risk register"), risks=["flooding"])


class NotAnExtractor:
    kind = "acme.bad"


class _Dist:
    def __init__(self, name):
        self.name, self.version = name, "1.0"


def _ep(name, target, dist="panelparse-acme"):
    ep = EntryPoint(name=name, value=f"{__name__}:{target}", group=registry.GROUP)
    # EntryPoint is immutable; the distribution is attached the way importlib does it.
    return ep._for(_Dist(dist)) if hasattr(ep, "_for") else ep


@pytest.fixture
def fake_entry_points(monkeypatch):
    def install(*extra):
        builtin = [e for e in registry.entry_points(group=registry.GROUP)]
        monkeypatch.setattr(registry, "entry_points", lambda group: [*builtin, *extra])
    return install


def test_plugin_kind_is_registered_and_round_trips(fake_entry_points):
    fake_entry_points(_ep("acme.risk_register", "RiskExtractor"))
    loaded, problems = registry.load(env="")
    assert problems == []
    assert loaded["acme.risk_register"].distribution == "panelparse-acme"
    assert not loaded["acme.risk_register"].builtin
    assert loaded["agenda"].builtin


def test_plugin_document_fields_survive_json_round_trip():
    doc = RiskRegister(pages={"start": 1, "end": 2}, confidence=0.9, risks=["flooding"])
    pack = MeetingPack(source=Source(path="x.pdf", sha256="0" * 64, page_count=2), documents=[doc])
    again = MeetingPack.model_validate_json(pack.model_dump_json())
    assert again.documents[0].kind == "acme.risk_register"
    assert again.documents[0].model_dump()["risks"] == ["flooding"]


@pytest.mark.parametrize("ep, message", [
    (_ep("acme.bad", "NotAnExtractor"), "not an Extractor subclass"),
    (_ep("acme.other_name", "RiskExtractor"), "differs from"),
    (_ep("acme.missing", "DoesNotExist"), "cannot load"),
    (_ep("agenda", "RiskExtractor"), "differs from"),
])
def test_bad_plugins_are_reported_not_fatal(fake_entry_points, ep, message):
    fake_entry_points(ep)
    loaded, problems = registry.load(env="")
    assert "agenda" in loaded and len(problems) == 1 and message in problems[0]
    with pytest.raises(PluginError, match=message):
        registry.load(env="", strict=True)


def test_builtin_setting_skips_third_party(fake_entry_points):
    fake_entry_points(_ep("acme.risk_register", "RiskExtractor"))
    loaded, _ = registry.load(env="builtin")
    assert "acme.risk_register" not in loaded
    loaded, _ = registry.load(env="panelparse-acme")
    assert "acme.risk_register" in loaded


def test_unnamespaced_extension_kind_is_rejected():
    with pytest.raises(ValueError, match="pattern"):
        ExtensionDocument(kind="risks", pages={"start": 1, "end": 1}, confidence=0.5)

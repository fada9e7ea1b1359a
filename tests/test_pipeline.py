"""Pipeline policy: a failing extractor costs one document, strict mode turns warnings into errors."""

from __future__ import annotations

from importlib.metadata import EntryPoint

import pytest
from conftest import CORPUS
from typer.testing import CliRunner

from panelparse.cli import app
from panelparse.errors import ExtractorError, StrictModeError
from panelparse.extractors import registry
from panelparse.extractors.minutes import MinutesExtractor
from panelparse.options import ExtractOptions
from panelparse.pipeline import extract

# Every test here runs the whole pipeline over a real PDF: the full suite's tier, not the fast one.
pytestmark = pytest.mark.slow

MINUTES = CORPUS / "kent-corporate-parenting-panel-2024-12-10-minutes.pdf"


class ExplodingMinutes(MinutesExtractor):
    def extract(self, span, ctx, confidence):
        raise RuntimeError("boom")


class GrumpyMinutes(MinutesExtractor):
    def extract(self, span, ctx, confidence):
        ctx.warn("test_warning", "something could not be read", span.start)
        return super().extract(span, ctx, confidence)


@pytest.fixture
def minutes_extractor(monkeypatch):
    """Replace the built-in minutes extractor with a test double for one test."""
    real_entry_points = registry.entry_points

    def install(cls):
        def fake_entry_points(group):
            eps = [e for e in real_entry_points(group=group) if e.name != "minutes"]
            ep = EntryPoint(name="minutes", value=f"{__name__}:{cls.__name__}", group=group)
            return [*eps, ep._for(next(e for e in eps).dist)]
        monkeypatch.setattr(registry, "entry_points", fake_entry_points)
        registry.get_registry.cache_clear()
    yield install
    registry.get_registry.cache_clear()


def test_failing_extractor_degrades_document_to_other(minutes_extractor):
    minutes_extractor(ExplodingMinutes)
    pack = extract(MINUTES, ExtractOptions(plugins="builtin"))
    assert [d.kind for d in pack.documents] == ["other"]
    warning = pack.documents[0].warnings[0]
    assert warning.code == "extractor_failed" and "boom" in warning.message
    assert pack.documents[0].text[0].text.startswith("CORPORATE PARENTING PANEL")


def test_failing_extractor_is_fatal_in_strict_mode(minutes_extractor):
    minutes_extractor(ExplodingMinutes)
    with pytest.raises(ExtractorError, match="minutes extractor failed on pages 1-6"):
        extract(MINUTES, ExtractOptions(plugins="builtin", strict=True))


def test_strict_mode_fails_on_warnings_with_exit_code_9(minutes_extractor):
    minutes_extractor(GrumpyMinutes)
    assert extract(MINUTES, ExtractOptions(plugins="builtin")).documents[0].warnings[0].code == "test_warning"
    with pytest.raises(StrictModeError, match="1 warning"):
        extract(MINUTES, ExtractOptions(plugins="builtin", strict=True))
    result = CliRunner().invoke(app, ["extract", str(MINUTES), "--json", "--strict"])
    assert result.exit_code == 9 and result.stdout == ""
    assert "1 warning(s) in strict mode" in result.stderr

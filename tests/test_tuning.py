"""Declared heuristics can be tuned per extraction, without editing code (docs/tuning.md)."""

from __future__ import annotations

import json

import pytest
from conftest import CORPUS
from typer.testing import CliRunner

from panelparse.cli import app
from panelparse.errors import TuningError
from panelparse.extractors.agenda.settings import SCORE
from panelparse.options import ExtractOptions
from panelparse.pipeline import check_weights

AGENDA = CORPUS / "souldern-pc-2026-03-26-agenda.pdf"


def test_weights_replace_declared_ones_and_add_missing_cues():
    tuned = SCORE.with_weights({"summons": 0.0, "landscape": -0.5})
    weights = {c.feature: c.weight for c in tuned.cues}
    assert weights["summons"] == 0.0 and weights["landscape"] == -0.5
    assert weights["agenda_heading"] == {c.feature: c.weight for c in SCORE.cues}["agenda_heading"]


def test_unknown_kinds_features_and_layout_settings_are_refused():
    with pytest.raises(TuningError, match="unknown span features: bogus"):
        check_weights({"agenda": {"bogus": 1.0}}, "builtin")
    with pytest.raises(TuningError, match="no kind 'nosuch'"):
        check_weights({"nosuch": {"summons": 1.0}}, "builtin")
    with pytest.raises(ValueError, match="unexpected keyword"):
        ExtractOptions(layout={"bogus": 1})


@pytest.mark.slow
def test_weights_change_the_kind_chosen_for_that_extraction_only(extract_pack):
    from panelparse.pipeline import extract

    silenced = {"agenda": {f: 0.0 for f in ("summons", "agenda_heading", "infinitive_items", "business_items")}}
    tuned = extract(AGENDA, ExtractOptions(plugins="builtin", weights=silenced))
    assert [d.kind for d in tuned.documents] == ["report"]
    assert [d.kind for d in extract_pack(AGENDA).documents] == ["agenda"]  # the declared card again


@pytest.mark.slow
def test_tune_file_on_the_command_line(tmp_path):
    tune = tmp_path / "tune.json"
    tune.write_text(json.dumps({"layout": {"line_tolerance": 3.0}, "weights": {"report": {"letter": 0.2}}}))
    done = CliRunner().invoke(app, ["extract", str(AGENDA), "--json", "--tune", str(tune)])
    assert done.exit_code == 0, done.stderr
    assert json.loads(done.stdout)["documents"][0]["kind"] == "agenda"
    tune.write_text(json.dumps({"speed": 11}))
    refused = CliRunner().invoke(app, ["extract", str(AGENDA), "--json", "--tune", str(tune)])
    assert refused.exit_code == 2 and "unknown keys" in refused.stderr

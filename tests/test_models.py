"""Validators reject nonsense; absent values serialise as null or []."""

from __future__ import annotations

import json

import pytest
from pydantic import ValidationError

from panelparse.models import DateRef, MeetingPack, PageRange, Source
from panelparse.models.documents import AgendaDocument, Votes


def test_page_range_must_be_ordered():
    with pytest.raises(ValidationError, match="ends"):
        PageRange(start=5, end=3)


def test_times_must_be_hh_mm():
    with pytest.raises(ValidationError):
        AgendaDocument(pages={"start": 1, "end": 1}, confidence=1, start_time="10.00 am")


def test_confidence_is_a_probability():
    with pytest.raises(ValidationError):
        AgendaDocument(pages={"start": 1, "end": 1}, confidence=1.5)


def test_unknown_keys_are_rejected():
    with pytest.raises(ValidationError, match="extra"):
        DateRef(raw="May 23", when="soon")


def test_votes_count_follows_named_voters_and_serialises_as_for():
    votes = Votes(for_names=["Cllr A", "Cllr B"], against=1)
    data = json.loads(votes.model_dump_json())
    assert data["for"] == 2 and data["against"] == 1 and data["abstain"] is None


def test_absent_values_are_null_not_missing():
    pack = MeetingPack(source=Source(path="a.pdf", sha256="a" * 64, page_count=1))
    data = json.loads(pack.model_dump_json())
    assert data["meeting"] == {"body": None, "date": None, "start_time": None, "venue": None,
                               "contact": {"name": None, "email": None, "phone": None}}
    assert data["documents"] == [] and data["checks"] == []

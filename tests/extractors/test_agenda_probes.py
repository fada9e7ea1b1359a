"""Agenda frontsheets in house styles the fixtures do not print, built line by line with invented
names (parish and town councils' Word agendas, county summonses, police and crime panels): each
test is one shape many councils print, read with the values on its page."""

from __future__ import annotations

import datetime as dt

import pytest
from synthetic import run_extractor

from panelparse.extractors.agenda import AgendaExtractor
from panelparse.parsing import parse_attendee


def _extract(rows):
    return run_extractor(AgendaExtractor(), rows)


def test_the_letter_date_beside_the_addressee_set_tight_above_the_summons():
    # NALC's model notice: 'To All Members of the Council' with the letter's date set right on the same
    # line, straight above 'You are hereby summoned ... on Tuesday 11th March 2025 at 7.30pm'.
    doc = _extract([
        (180, "ASHCOMBE PARISH COUNCIL", True),
        "",
        (60, "To All Members of the Council                                   4th March 2025", False),
        (60, "You are hereby summoned to attend a meeting of Ashcombe Parish Council to be held in the", False),
        (60, "Village Hall, Church Lane on Tuesday 11th March 2025 at 7.30pm for the purpose of", False),
        (60, "transacting the following business.", False),
        "",
        (250, "AGENDA", True),
        (60, "1. Apologies for absence", True),
        (60, "2. Declarations of interest", True),
    ])
    assert (doc.body, doc.date, doc.start_time, doc.venue) == (
        "Ashcombe Parish Council", dt.date(2025, 3, 11), "19:30", "Village Hall, Church Lane")


def test_an_office_with_its_holder_in_brackets_is_its_own_entry_in_the_membership():
    # Police and crime panels list the commissioner's office beside the councillors: 'Office of the PCC
    # (Jane Doe)' is Jane Doe of that office, not more of the councillor above it.
    doc = _extract([
        (60, "Police and Crime Panel", True),
        (60, "Date: Thursday 13 June 2024", False),
        "",
        (60, "Membership:", True),
        (60, "Councillor Ann Lee (Chair)", False),
        (60, "Office of the PCC (Jane Doe)", False),
        (60, "Councillor Bob Khan", False),
        "",
        (60, "AGENDA", True),
        (60, "1. Apologies", True),
        (60, "2. Minutes", True),
    ])
    assert [(m.honorific, m.name, m.affiliation) for m in doc.members] == [
        ("Councillor", "Ann Lee", None), (None, "Jane Doe", "Office of the PCC"), ("Councillor", "Bob Khan", None)]


@pytest.mark.parametrize("raw, name, role, organisation", [
    ("Office of the PCC (Jane Doe)", "Jane Doe", None, "Office of the PCC"),
    ("Office of the Police and Crime Commissioner (Jane Doe, Chief Executive)", "Jane Doe", "Chief Executive",
     "Office of the Police and Crime Commissioner"),
    ("Police and Crime Commissioner (Jane Doe)", "Jane Doe", "Police and Crime Commissioner", None),
    ("Monitoring Officer (Tom Fox)", "Tom Fox", "Monitoring Officer", None),
    # a subject in brackets after a member's post names no holder
    ("Lead Member (Adult Social Care)", "Lead Member", None, "Adult Social Care"),
])
def test_a_post_with_its_untitled_holder_in_brackets(raw, name, role, organisation):
    person = parse_attendee(raw)
    assert (person.name, person.role, person.organisation) == (name, role, organisation)

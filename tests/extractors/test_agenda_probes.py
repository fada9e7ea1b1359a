"""Agenda frontsheets in house styles the fixtures do not print, built line by line with invented
names (parish and town councils' Word agendas, county summonses, police and crime panels): each
test is one shape many councils print, read with the values on its page."""

from __future__ import annotations

import datetime as dt

from synthetic import run_extractor

from panelparse.extractors.agenda import AgendaExtractor


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

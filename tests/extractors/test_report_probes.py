"""Officer reports in house styles the fixtures do not print, built line by line with invented
names (police and crime panels, health and wellbeing boards, parish clerks' reports): each test is
one shape many councils print, read with the values on its page."""

from __future__ import annotations

import datetime as dt

from synthetic import run_extractor

from panelparse.extractors.report import ReportExtractor


def _extract(rows):
    return run_extractor(ReportExtractor(), rows)


def test_a_panel_named_above_the_header_labels_is_the_meeting_the_paper_goes_to():
    # A police and crime panel's paper: the panel in bold at the top, then 'Date:' / 'Report title:' /
    # 'Report of:' labels; the panel is who meets, the labelled title is the paper's.
    doc = _extract([
        (60, "Northshire Police and Crime Panel", True),
        (60, "Date: 13 June 2024", False),
        (60, "Report title: Police and Crime Plan Update", False),
        (60, "Report of: Police and Crime Commissioner", False),
        "",
        (60, "1. Purpose of the report", True),
        (60, "1.1 This report updates the Panel on the Police and Crime Plan.", False),
        (60, "2. Recommendations", True),
        (60, "2.1 The Panel is asked to note the report.", False),
    ])
    assert (doc.meeting, doc.organisation, doc.report_title, doc.presented_by) == (
        "Northshire Police and Crime Panel", "Northshire Police and Crime Panel", "Police and Crime Plan Update",
        "Police and Crime Commissioner")
    assert doc.meeting_date is not None and doc.meeting_date.start == dt.date(2024, 6, 13)
    assert doc.recommendations == ["The Panel is asked to note the report."]


def test_a_board_letterhead_over_a_subject_label_is_the_meeting():
    doc = _extract([
        (60, "Northshire Health and Wellbeing Board", True),
        (60, "Date: 4 July 2024", False),
        (60, "Subject: Joint Local Health and Wellbeing Strategy refresh", False),
        "",
        (60, "1. Recommendations", True),
        (60, "1.1 The Board is asked to approve the refreshed strategy.", False),
    ])
    assert (doc.meeting, doc.report_title) == (
        "Northshire Health and Wellbeing Board", "Joint Local Health and Wellbeing Strategy refresh")


def test_a_council_letterhead_is_no_meeting():
    # The council that wrote the paper is not a meeting: with nothing naming one, meeting stays empty.
    doc = _extract([
        (60, "Little Hampden Parish Council", True),
        (60, "Date: 4 July 2024", False),
        (60, "Subject: Grass cutting contract", False),
        "",
        (60, "1. Background", True),
        (60, "1.1 The contract ends in March.", False),
    ])
    assert (doc.meeting, doc.organisation, doc.report_title) == (
        None, "Little Hampden Parish Council", "Grass cutting contract")

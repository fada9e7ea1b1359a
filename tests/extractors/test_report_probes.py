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


def test_a_dated_meeting_line_over_the_title_and_labels_under_a_four_line_block():
    # District council style: the item stamp, the council, 'COMMITTEE – DATE' and the paper's title in
    # bold, then tab-stopped 'Report of:' / 'Report author:' / 'Wards affected:' / 'Key decision:' labels.
    doc = _extract([
        (60, "AGENDA ITEM 8", True),
        (60, "NORTHVALE DISTRICT COUNCIL", True),
        (60, "OVERVIEW AND SCRUTINY COMMITTEE – 15 MAY 2025", True),
        (60, "CAR PARKING CHARGES 2025/26", True),
        "",
        (60, "Report of:      Head of Place and Economy", False),
        (60, "Report author:  Joanna Pike, Parking Manager", False),
        (60, "Wards affected: Northvale Central; Riverside", False),
        (60, "Key decision:   No", False),
        (60, "Forward Plan ref: N/A", False),
        "",
        (60, "1. Background", True),
        (60, "1.1 Charges were last reviewed in April 2023.", False),
        (60, "2. Recommendation", True),
        (60, "2.1 That the Committee comments on the proposed charges.", False),
    ])
    assert (doc.title, doc.report_title, doc.organisation, doc.meeting, doc.agenda_item) == (
        "CAR PARKING CHARGES 2025/26", "CAR PARKING CHARGES 2025/26", "NORTHVALE DISTRICT COUNCIL",
        "Overview and Scrutiny Committee", "8")
    assert doc.meeting_date is not None and doc.meeting_date.start == dt.date(2025, 5, 15)
    assert (doc.presented_by, doc.author) == ("Head of Place and Economy", "Joanna Pike, Parking Manager")
    assert (doc.header["Wards affected"], doc.header["Key decision"], doc.header["Forward Plan ref"]) == (
        "Northvale Central; Riverside", "No", "N/A")
    assert [s.heading for s in doc.sections] == ["Background", "Recommendation"]


def test_a_contact_label_among_the_last_paragraphs_names_the_author_and_how_to_reach_them():
    # 'Contact:' (no 'Officer') under the last section, the number and email on the line under it: the
    # endings' contact, not a paragraph of 'Next Steps'.
    doc = _extract([
        (60, "Northshire Police and Crime Panel", True),
        (60, "Date: 13 February 2025", False),
        (60, "Report title: Proposed Police and Crime Precept 2025/26", False),
        "",
        (60, "1. Next Steps", True),
        (60, "1.1 The Panel must report to the Commissioner by 8 February 2025.", False),
        "",
        (60, "Contact: Andrew Kerr, Chief Finance Officer, Office of the Commissioner", False),
        (60, "Tel: 01632 960555 Email: andrew.kerr@northshire-pcc.gov.uk", False),
    ])
    assert doc.author == "Andrew Kerr"
    assert doc.contact is not None and (doc.contact.name, doc.contact.email, doc.contact.phone) == (
        "Andrew Kerr", "andrew.kerr@northshire-pcc.gov.uk", "01632 960555")
    assert [p.text for p in doc.sections[0].paragraphs] == [
        "The Panel must report to the Commissioner by 8 February 2025."]


def test_a_contact_officer_line_giving_the_number_with_no_tel_label():
    # 'Contact Officer: Ben Tranter, Housing Options Manager, 01632 960444, ben.tranter@...': the section
    # gives contact details, so the UK number needs no 'Tel' label.
    doc = _extract([
        (60, "Report to: Cabinet", False),
        (60, "Title: Homelessness and Rough Sleeping Strategy 2025-2030", False),
        "",
        (60, "1. Background", True),
        (60, "1.1 The current strategy ends in March 2025.", False),
        "",
        (60, "Contact Officer: Ben Tranter, Housing Options Manager, 01632 960444, ben.tranter@eastvale.gov.uk", False),
    ])
    assert doc.contact is not None and (doc.contact.name, doc.contact.email, doc.contact.phone) == (
        "Ben Tranter", "ben.tranter@eastvale.gov.uk", "01632 960444")

"""Numbered headings in plain type (no bold, no tab, no space below), as clerks type minutes:
a numbered line that stops well short of the margin ends there on purpose."""

from __future__ import annotations

from synthetic import run_extractor

from panelparse.extractors.minutes import MinutesExtractor

LONG = "The Clerk reported that the grant for the play area had been received from the district council and"


def test_plain_numbered_headings_over_their_paragraphs_are_minutes():
    # Each '1. Apologies for absence' was read as the first line of a numbered paragraph, the
    # sentence under it its continuation, so the minutes had one unnumbered minute.
    doc = run_extractor(MinutesExtractor(), [
        (72, "MINUTES OF THE MEETING OF ASHBY PARISH COUNCIL held on 13 January 2025 at 7pm", False),
        (72, "Present: Cllr A Jones (Chair), Cllr B Smith, Cllr C Patel", False),
        (72, "1. Apologies for absence", False),
        (72, "Apologies were received from Cllr D Evans.", False),
        (72, "2. Village hall refurbishment", False),
        (72, "RESOLVED that the Council approves the quotation from Smith Builders.", False),
        (72, "3. Date of next meeting", False),
        (72, "The next meeting will be held on 10 February 2025.", False),
    ])
    assert [(m.number, m.title) for m in doc.items] == [
        ("1", "Apologies for absence"), ("2", "Village hall refurbishment"), ("3", "Date of next meeting")]


def test_a_numbered_paragraph_whose_line_is_full_stays_a_paragraph():
    # A numbered line that runs to the margin is carried on by the next: a paragraph, no heading.
    doc = run_extractor(MinutesExtractor(), [
        (72, "MINUTES OF THE MEETING OF ASHBY PARISH COUNCIL held on 13 January 2025 at 7pm", False),
        (72, "1. Apologies for absence", False),
        (72, "Apologies were received from Cllr D Evans.", False),
        (72, "2. Finance", False),
        (72, "3. " + LONG, False),
        (72, "would be spent on new equipment this spring.", False),
    ])
    assert [m.number for m in doc.items] == ["1", "2"]
    assert "would be spent on new equipment" in doc.items[1].text


def test_a_dated_line_to_sign_is_no_minutes_text():
    # Tintern's minutes end 'Signed ……… (Chairman)' / 'Dated ………': 'Dated' was read into the last minute.
    from conftest import CORPUS

    from panelparse.options import ExtractOptions
    from panelparse.pipeline import extract

    pack = extract(CORPUS / "tintern-cc-2019-02-25-minutes.pdf", ExtractOptions(plugins="builtin", workers=1))
    (minutes,) = [d for d in pack.documents if d.kind == "minutes"]
    assert minutes.items[-1].text.endswith("There being no further business the meeting closed at 20.40.")

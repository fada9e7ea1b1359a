"""normalise(): PDF typography in, plain text out."""

import pytest

from panelparse.parsing import DASHES, normalise, normalise_keep_offsets


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("Thursday\u00a09 March\u00a02023", "Thursday 9 March 2023"),
        ("£0.567\u2009m", "£0.567 m"),
        ("\u22121.5% points ▼", "-1.5% points ▼"),
        ("Vice\u2010Chairman", "Vice-Chairman"),
        ("Pearce\u2011Kearney", "Pearce-Kearney"),
        (
            "\u201cIf it matters to you, it matters to me.\u201d",
            '"If it matters to you, it matters to me."',
        ),
        ("Council\u2019s Constitution", "Council's Constitution"),
        ("\ufb01nancial o\ufb03cer \ufb02ow", "financial officer flow"),
        ("  Cllr   Steve  Bucknell  ", "Cllr Steve Bucknell"),
        ("Dec 2022 \u2013 Feb 2023", "Dec 2022 \u2013 Feb 2023"),  # en dash kept: it is a range
        ("-00:00:00 \u2014", "-00:00:00 \u2014"),  # em dash kept: it is a "flat" mark
        ("Measure\tLast Month\n3.5%", "Measure\tLast Month\n3.5%"),  # tabs and newlines kept
        ("soft\u00adhyphen\u200b", "softhyphen"),
        ("", ""),
    ],
)
def test_normalise(raw, expected):
    assert normalise(raw) == expected


def test_dashes_are_en_em_and_bar():
    assert set(DASHES) == {"\u2013", "\u2014", "\u2015"}
    assert "-" not in DASHES


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("9\u00a0March\u00a02023", "9 March 2023"),
        ("\u2212£0.2m", "-£0.2m"),
        ("Council\u2019s  \ufb01ne", "Council's  \ufb01ne"),  # no collapsing, no ligatures
    ],
)
def test_normalise_keep_offsets_keeps_length(raw, expected):
    assert normalise_keep_offsets(raw) == expected
    assert len(normalise_keep_offsets(raw)) == len(raw)


@pytest.mark.parametrize(("raw", "expected"), [
    ("Cabinet Office, 70 Whitehall, room 4.10 , London SW1A 2AS",
     "Cabinet Office, 70 Whitehall, room 4.10, London SW1A 2AS"),
    ("County Hall ; Maidstone", "County Hall; Maidstone"),
    ("figures 1 ,2", "figures 1 ,2"),  # a comma that opens a word is left alone
    (" , Trowbridge , ", "Trowbridge"),
])
def test_clean_text_drops_a_space_before_a_comma(raw, expected):
    from panelparse.parsing import clean_text

    assert clean_text(raw) == expected

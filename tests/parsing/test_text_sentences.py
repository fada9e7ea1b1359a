"""Sentences keep the quote or bracket that closes them (a motion quoted in minutes)."""

import pytest

from panelparse.parsing import split_sentences


@pytest.mark.parametrize(("text", "sentences"), [
    ('The following motion was moved: "This Council declares a climate emergency." Cllr Cole moved an amendment.',
     ['The following motion was moved: "This Council declares a climate emergency."', "Cllr Cole moved an amendment."]),
    ("The following motion was moved: \u201cThis Council declares a climate emergency.\u201d Cllr Cole moved an "
     "amendment.", ["The following motion was moved: \u201cThis Council declares a climate emergency.\u201d",
                    "Cllr Cole moved an amendment."]),
    ("The report was noted (see minute 45.) The Clerk said Mr. Smith agreed.",
     ["The report was noted (see minute 45.)", "The Clerk said Mr. Smith agreed."]),
])
def test_a_sentence_keeps_its_closing_quote_or_bracket(text, sentences):
    assert split_sentences(text) == sentences

"""E-mail and phone look-ups, with strings from real frontsheets and minutes."""

import pytest

from panelparse.parsing import find_email, find_phone, split_sentences, title_case


@pytest.mark.parametrize("text, email", [
    ("Please direct any enquiries on this Agenda to Matt Hitch matthew.hitch@wiltshire.gov.uk of Democratic",
     "matthew.hitch@wiltshire.gov.uk"),
    ("e-mail: Georgina.little@kent.gov.uk.", "Georgina.little@kent.gov.uk"),
    ("Press enquiries to Communications, direct line 01225 713114", None),
])
def test_find_email(text, email):
    assert find_email(text) == email


@pytest.mark.parametrize("text, phone", [
    ("Press enquiries to Communications, direct line 01225 713114 or email", "01225 713114"),
    ("Telephone: Tel: 03000 414043", "03000 414043"),
    ("Direct Dial/Ext: 03000414043", "03000414043"),
    ("the Panel voted 59 green & 10 amber in 2023 with 1,197 officers", None),
])
def test_find_phone(text, phone):
    assert find_phone(text) == phone


def test_split_sentences_keeps_titles_and_initials_inside():
    text = ("Cllr Cave arrived at 10:30am. At 10:13am the Panel voted to adjourn. "
            "Mr R. Smith and Cllr. Jones agreed.")
    assert split_sentences(text) == [
        "Cllr Cave arrived at 10:30am.", "At 10:13am the Panel voted to adjourn.",
        "Mr R. Smith and Cllr. Jones agreed."]


@pytest.mark.parametrize("raw, expected", [
    ("POLICE AND CRIME PANEL", "Police and Crime Panel"),
    ("COMMITTEE ROOM A - COUNCIL OFFICES, MONKTON PARK, CHIPPENHAM SN15 1ER",
     "Committee Room A - Council Offices, Monkton Park, Chippenham SN15 1ER"),
    ("Wiltshire Police and Crime Panel", "Wiltshire Police and Crime Panel"),
])
def test_title_case(raw, expected):
    assert title_case(raw) == expected


@pytest.mark.parametrize("text, expected", [
    ("please inform the Clerk, Joan Connelly, Milburn Parish Council 017683 52469", "017683 52469"),
    ("call 01225 713000.", "01225 713000"),
    ("+44 1225 713000", "+44 1225 713000"),
    ("Tel: 01622 694002 or 01225 713000", "01622 694002"),  # a labelled number first
    ("a grant of £01234 567890", None),  # money, not a phone
    ("reference 2018 12345", None),
    ("between 0 and 123456", None),
])
def test_find_phone_bare_uk_numbers(text, expected):
    assert find_phone(text, bare=True) == expected


def test_find_phone_needs_a_label_unless_asked():
    assert find_phone("Milburn Parish Council 017683 52469") is None


@pytest.mark.parametrize("text, email", [
    ("E-mail: xanthe.thistlewood@westershire.gov.u\nk", "xanthe.thistlewood@westershire.gov.uk"),
    ("jo.bloggs@council.gov.uk\nTel: 01234 567890", "jo.bloggs@council.gov.uk"),
    ("write to a@b.org.uk and more", "a@b.org.uk"),
])
def test_an_address_broken_in_its_last_label_at_a_line_end_is_joined(text, email):
    # A narrow cell wraps the address inside '.uk': no domain ends in a one-letter label.
    assert find_email(text) == email

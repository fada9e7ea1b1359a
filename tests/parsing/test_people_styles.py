"""People as police panels, fire authorities, town and parish councils print them: police ranks with
collar numbers, a mayor's style, a post written twice, a post after a full name without a comma."""

import pytest

from panelparse.parsing import parse_attendee, split_names


@pytest.mark.parametrize(("raw", "honorific", "name", "organisation"), [
    # a police officer's collar number between rank and name, or in brackets after it
    ("PC 1234 Amy Hart", "PC", "Amy Hart", None),
    ("PC1234 Amy Hart", "PC", "Amy Hart", None),
    ("PS 456 Tom Bell", "PS", "Tom Bell", None),
    ("PCSO 7321 Lee", "PCSO", "Lee", None),
    ("PC Amy Hart (1234)", "PC", "Amy Hart", None),
    ("Sgt 2231 Bell (Thames Valley Police)", "Sgt", "Bell", "Thames Valley Police"),
    # ranks shortened as forces print them
    ("Chief Supt A Wood", "Chief Supt", "A Wood", None),
    ("Ch Insp Joe Bloggs", "Ch Insp", "Joe Bloggs", None),
    ("Police Sergeant Tom Bell", "Police Sergeant", "Tom Bell", None),
])
def test_police_ranks_and_collar_numbers(raw, honorific, name, organisation):
    person = parse_attendee(raw)
    assert (person.honorific, person.name, person.organisation) == (honorific, name, organisation)


@pytest.mark.parametrize(("text", "people"), [
    # a mayor's style before the post: the post is the role, the member the name
    ("His Worship the Mayor Cllr J Brown", [("Cllr", "J Brown", "Mayor")]),
    ("The Worshipful the Mayor (Councillor T Green)", [("Councillor", "T Green", "Mayor")]),
    ("Her Worship the Mayor, Councillor Ann Lee", [("Councillor", "Ann Lee", "Mayor")]),
    ("The Right Worshipful the Lord Mayor (Cllr T Wood)", [("Cllr", "T Wood", "Lord Mayor")]),
    ("His Worship the Mayor of Northtown, Cllr J Brown", [("Cllr", "J Brown", "Mayor of Northtown")]),
    # a post written twice is one role, the fuller wording kept
    ("Mayor Jane Cole, Mayor of Northtown", [(None, "Jane Cole", "Mayor of Northtown")]),
    # a full name, then an officer's post with no comma between
    ("County Cllr A Hagues, Denise Gascoyne Parish Clerk",
     [("County Cllr", "A Hagues", None), (None, "Denise Gascoyne", "Parish Clerk")]),
    ("Tracy Knights Clerk and RFO", [(None, "Tracy Knights", "Clerk and RFO")]),
    # a fire service's post after the officer's name belongs to that officer
    ("Mr Dan Hope, Chief Fire Officer", [("Mr", "Dan Hope", "Chief Fire Officer")]),
    ("Dan Hope, Deputy Chief Fire Officer, Ann Lee, Area Manager",
     [(None, "Dan Hope", "Deputy Chief Fire Officer"), (None, "Ann Lee", "Area Manager")]),
    ("Sam Cole, Station Commander", [(None, "Sam Cole", "Station Commander")]),
])
def test_posts_as_town_councils_and_fire_authorities_print_them(text, people):
    found = [parse_attendee(entry) for entry in split_names(text)]
    assert [(p.honorific, p.name, p.role) for p in found] == people


@pytest.mark.parametrize("raw", ["Sarah Head", "Ann Marie Head", "John Smith"])
def test_a_surname_like_a_post_word_stays_the_name(raw):
    person = parse_attendee(raw)
    assert (person.name, person.role) == (raw, None)

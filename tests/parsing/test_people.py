# ruff: noqa: E501  (one table row per line reads best)
"""People, attendees and name lists (rows from Wiltshire PCP and Kent agenda packs)."""

import pytest

from panelparse.errors import ParseError
from panelparse.parsing import HONORIFICS, parse_attendee, parse_person, split_names


@pytest.mark.parametrize(
    ("raw", "name", "honorific", "affiliation"),
    [
        ("Cllr Dr Brian Mathew", "Brian Mathew", "Cllr Dr", None),
        ("Cllr Steve Bucknell", "Steve Bucknell", "Cllr", None),
        (
            "Cllr Jenny Jeffries, Swindon Borough Council",
            "Jenny Jeffries",
            "Cllr",
            "Swindon Borough Council",
        ),
        (
            "Cllr James Sheppard, Albourne and Ramsbury",
            "James Sheppard",
            "Cllr",
            "Albourne and Ramsbury",
        ),
        ("Cllr Elizabeth Threlfall, Brinkworth", "Elizabeth Threlfall", "Cllr", "Brinkworth"),
        ("Denisa Ahmeti", "Denisa Ahmeti", None, None),
        ("Vinay Manro, Swindon Borough Council", "Vinay Manro", None, "Swindon Borough Council"),
        ("Philip Wilkinson, OBE", "Philip Wilkinson", None, None),  # post-nominals dropped
        ("Philip Wilkinson OBE JP", "Philip Wilkinson", None, None),
        ("Cllr Sam Pearce-Kearney", "Sam Pearce-Kearney", "Cllr", None),
        ("Mr. R Love", "R Love", "Mr", None),
        ("Mrs. S Prendergast", "S Prendergast", "Mrs", None),
        ("Councillor Mrs Smith", "Smith", "Councillor Mrs", None),
        ("COUNCILLOR Jones", "Jones", "Councillor", None),
        ("cllr. Amin", "Amin", "Cllr", None),
        (
            "Chief Constable Kier Pritchard (Wiltshire Police)",
            "Kier Pritchard",
            "Chief Constable",
            "Wiltshire Police",
        ),
        ("The Rt Hon Sir John Smith MP", "John Smith", "The Rt Hon Sir", None),
        ("DI Sarah Jones", "Sarah Jones", "DI", None),
        ("Di Smith", "Di Smith", None, None),  # "DI" is only an honorific in capitals
        ("Cllr Steve Bucknell (Chairman)", "Steve Bucknell", "Cllr", None),  # role dropped
        (
            "- Cllr Kevin Parry (Swindon Borough Council)",
            "Kevin Parry",
            "Cllr",
            "Swindon Borough Council",
        ),
        ("Mr Patrick O'Brien", "Patrick O'Brien", "Mr", None),
        ("Cllr Steve\u00a0Bucknell", "Steve Bucknell", "Cllr", None),
    ],
)
def test_parse_person(raw, name, honorific, affiliation):
    person = parse_person(raw)
    assert (person.name, person.honorific, person.affiliation) == (name, honorific, affiliation)


@pytest.mark.parametrize("raw", ["Dr", "Cllr", "Cllr 10", "", "(Chairman)", "£15", "Item 6a"])
def test_parse_person_failures(raw):
    with pytest.raises(ParseError, match="as person"):
        parse_person(raw)


@pytest.mark.parametrize(
    ("raw", "name", "honorific", "role", "organisation"),
    [
        ("Cllr Steve Bucknell (Chairman)", "Steve Bucknell", "Cllr", "Chairman", None),
        ("Cllr Jenny Jeffries (Vice-Chairman)", "Jenny Jeffries", "Cllr", "Vice-Chairman", None),
        (
            "Philip Wilkinson, OBE – Police and Crime Commissioner",
            "Philip Wilkinson", None, "Police and Crime Commissioner", None,
        ),
        (
            "Naji Darwish – Chief Executive and Monitoring Officer, OPCC",
            "Naji Darwish", None, "Chief Executive and Monitoring Officer", "OPCC",
        ),
        ("Clive Baker – Chief Financial Officer, OPCC", "Clive Baker", None, "Chief Financial Officer", "OPCC"),
        (
            "Cameron Osborn – Apprentice Democratic Services Officer",
            "Cameron Osborn", None, "Apprentice Democratic Services Officer", None,
        ),
        ("Matt Hitch – Democratic Services Officer", "Matt Hitch", None, "Democratic Services Officer", None),
        (
            "Cllr Kevin Parry (Swindon Borough Council)",
            "Kevin Parry", "Cllr", None, "Swindon Borough Council",
        ),
        (
            "Louise Williams (Co-Opted Independent Member)",
            "Louise Williams", None, "Co-Opted Independent Member", None,
        ),
        (
            "Chief Constable Kier Pritchard (Wiltshire Police)",
            "Kier Pritchard", "Chief Constable", None, "Wiltshire Police",
        ),
        ("Mr R Love (Chair)", "R Love", "Mr", "Chair", None),
        ("Mrs S Prendergast", "S Prendergast", "Mrs", None, None),
        ("Mr Roger Gough (Leader of the Council)", "Roger Gough", "Mr", "Leader of the Council", None),
        (
            "Mr Peter Oakford (Deputy Leader and Cabinet Member for Finance, Corporate and Traded Services)",
            "Peter Oakford", "Mr", "Deputy Leader and Cabinet Member for Finance, Corporate and Traded Services", None,
        ),
        (
            "Mr Peter Oakford – Cabinet Member for Finance, Corporate and Traded Services",
            "Peter Oakford", "Mr", "Cabinet Member for Finance, Corporate and Traded Services", None,
        ),
        ("Naji Darwish, OPCC CEO", "Naji Darwish", None, "OPCC CEO", None),
        ("Philip Wilkinson, PCC", "Philip Wilkinson", None, "PCC", None),
        ("Rob Llewellyn, OPCC Director of Operations", "Rob Llewellyn", None, "OPCC Director of Operations", None),
        ("Cllr Jenny Jeffries, Swindon Borough Council", "Jenny Jeffries", "Cllr", None, "Swindon Borough Council"),
        ("Cllr X Y (Independent)", "X Y", "Cllr", None, "Independent"),  # a party, not a role
        (
            "Ms A Khan (Office of the Police and Crime Commissioner)",
            "A Khan", "Ms", None, "Office of the Police and Crime Commissioner",
        ),
        ("Cllr Ann Lee (Substitute) (Swindon Borough Council)", "Ann Lee", "Cllr", "Substitute", "Swindon Borough Council"),
        ("Cllr Ann Lee (Chairman) in the Chair.", "Ann Lee", "Cllr", "Chairman", None),
        ("Councillor Smith in the Chair", "Smith", "Councillor", "Chair", None),
        # Kent minutes: job titles without a 'chief/officer/director' word are still roles
        ("Mr B Watts (General Counsel)", "B Watts", "Mr", "General Counsel", None),
        ("Roxanne Hills (Designated Nurse for Looked after Children)", "Roxanne Hills", None,
         "Designated Nurse for Looked after Children", None),
        # a post before a name printed with no title (US cities, some town councils)
        ("Vice Mayor Tom Jones", "Tom Jones", None, "Vice Mayor", None),
        ("Mayor Ann Allen (Chair)", "Ann Allen", None, "Mayor, Chair", None),
        # a parish's Responsible Financial Officer and minute taker are posts, not organisations
        ("Mrs B Gray (RFO)", "B Gray", "Mrs", "RFO", None),
        ("B Gray - RFO", "B Gray", None, "RFO", None),
        ("J Bloggs (Minute Taker)", "J Bloggs", None, "Minute Taker", None),
    ],
)  # fmt: skip
def test_parse_attendee(raw, name, honorific, role, organisation):
    attendee = parse_attendee(raw)
    assert (attendee.name, attendee.honorific, attendee.role, attendee.organisation) == (
        name,
        honorific,
        role,
        organisation,
    )


@pytest.mark.parametrize("raw", ["OBE", "Cllr (Chairman)", "123", "Mr – Chairman"])
def test_parse_attendee_failures(raw):
    with pytest.raises(ParseError, match="as person"):
        parse_attendee(raw)


PRESENT = (
    "Cllr Steve Bucknell (Chairman), Cllr Jenny Jeffries (Vice-Chairman),\n"
    "Cllr James Sheppard, Cllr Elizabeth Threlfall, Cllr Carol Shelley, Cllr Ross Henning,\n"
    "Cllr Abdul Amin, Cllr Daniel Cave, Cllr Dr Brian Mathew and Cllr Tony Pickernell"
)
ALSO_PRESENT = (
    "Philip Wilkinson, OBE – Police and Crime Commissioner\n"
    "Naji Darwish – Chief Executive and Monitoring Officer, OPCC\n"
    "Clive Baker – Chief Financial Officer, OPCC\n"
    "Cameron Osborn – Apprentice Democratic Services Officer\n"
    "Matt Hitch – Democratic Services Officer"
)
MEMBERSHIP = (
    "Cllr Steve Bucknell\nCllr Jenny Jeffries, Swindon Borough Council\n"
    "Cllr James Sheppard, Albourne and Ramsbury\nCllr Elizabeth Threlfall, Brinkworth\n"
    "Denisa Ahmeti\nLouise Williams"
)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            PRESENT,
            [
                "Cllr Steve Bucknell (Chairman)",
                "Cllr Jenny Jeffries (Vice-Chairman)",
                "Cllr James Sheppard",
                "Cllr Elizabeth Threlfall",
                "Cllr Carol Shelley",
                "Cllr Ross Henning",
                "Cllr Abdul Amin",
                "Cllr Daniel Cave",
                "Cllr Dr Brian Mathew",
                "Cllr Tony Pickernell",
            ],
        ),
        (ALSO_PRESENT, ALSO_PRESENT.split("\n")),
        (
            MEMBERSHIP,
            [
                "Cllr Steve Bucknell",
                "Cllr Jenny Jeffries, Swindon Borough Council",
                "Cllr James Sheppard, Albourne and Ramsbury",
                "Cllr Elizabeth Threlfall, Brinkworth",
                "Denisa Ahmeti",
                "Louise Williams",
            ],
        ),
        (
            "Mr Roger Gough (Leader of the Council), Mr Peter Oakford (Cabinet Member for Finance, "
            "Corporate and Traded Services) & Mrs S Prendergast",
            [
                "Mr Roger Gough (Leader of the Council)",
                "Mr Peter Oakford (Cabinet Member for Finance, Corporate and Traded Services)",
                "Mrs S Prendergast",
            ],
        ),
        ("Louise Williams and Denisa Ahmeti", ["Louise Williams", "Denisa Ahmeti"]),
        ("Cllr Sheppard and Cllr Amin", ["Cllr Sheppard", "Cllr Amin"]),
        # Sutton Coldfield TC: one plural title for the whole list
        (
            "Cllrs Hodivala (Chairman), Hewett, Mosson, Passey and Wood.",
            ["Cllr Hodivala (Chairman)", "Cllr Hewett", "Cllr Mosson", "Cllr Passey", "Cllr Wood."],
        ),
        ("Cllrs Ives, Ward and Ellis", ["Cllr Ives", "Cllr Ward", "Cllr Ellis"]),
        ("Councillors Smith (Chair and Lead) & Jones", ["Councillor Smith (Chair and Lead)", "Councillor Jones"]),
        ("Cllr A Smith, Cllr B Jones, and Cllr C Brown", ["Cllr A Smith", "Cllr B Jones", "Cllr C Brown"]),
        ("Cllr A Smith; Cllr B Jones", ["Cllr A Smith", "Cllr B Jones"]),
        (
            "Police and Crime Commissioner Philip Wilkinson",
            ["Police and Crime Commissioner Philip Wilkinson"],
        ),
        ("Cllr Ann Lee (Swindon and Wiltshire Board), Cllr Bo Ray", ["Cllr Ann Lee (Swindon and Wiltshire Board)", "Cllr Bo Ray"]),
        # one person per line, what follows the name after a comma belongs to that line
        (
            "Cass Chideock, Cabinet Office\nKatie Davis, Cabinet Office\nSteve Hilton\n"
            "Nick Herbert, Minister of State, Home Office",
            ["Cass Chideock, Cabinet Office", "Katie Davis, Cabinet Office", "Steve Hilton",
             "Nick Herbert, Minister of State, Home Office"],
        ),
        # ... but two names to a line still split, and '(Chair)' then a newline is one break
        ("John Smith, Jane Doe\nBob Brown\nAl Green", ["John Smith", "Jane Doe", "Bob Brown", "Al Green"]),
        ("Francis Maude (Chair)\nSir Tim Berners-Lee\nAndrew Stott", ["Francis Maude (Chair)", "Sir Tim Berners-Lee", "Andrew Stott"]),
        # an officer's post after their name is theirs; after a councillor it is an entry of its own
        ("Jane Smith, Parish Clerk", ["Jane Smith, Parish Clerk"]),
        ("Cllr A Lee, Mrs J Ward, Democratic Services Officer", ["Cllr A Lee", "Mrs J Ward, Democratic Services Officer"]),
        ("Cllr A Lee, Cllr B Khan, Town Clerk", ["Cllr A Lee", "Cllr B Khan", "Town Clerk"]),
        ("", []),
    ],
)  # fmt: skip
def test_split_names(text, expected):
    assert split_names(text) == expected


def test_every_split_name_parses():
    for raw in split_names(PRESENT) + split_names(ALSO_PRESENT) + split_names(MEMBERSHIP):
        assert parse_attendee(raw).name


def test_honorifics_include_the_usual_titles_but_not_roles():
    for title in ("Cllr", "Councillor", "Dr", "Mr", "Mrs", "Ms", "Miss", "Mx", "Sir", "Dame", "Lord",
                  "Lady", "Prof", "Professor", "Rev", "Revd", "The Hon", "Chief Constable",
                  "Chief Superintendent", "Superintendent", "Inspector", "Sergeant", "PC", "DCC",
                  "ACC", "Alderman"):  # fmt: skip
        assert title in HONORIFICS
    assert "Mayor" not in HONORIFICS and "Commissioner" not in HONORIFICS


@pytest.mark.parametrize("raw, organisation", [
    ("Sir Tim Berners-Lee (Skype)", None),  # how someone attends is neither role nor body
    ("Rohan Silva, No.10 (tbc)", "No.10"),
    ("Cllr Ann Lee (remote)", None),
    ("Jo May (HMCTS)", "HMCTS"),
])
def test_attendance_mode_in_brackets_is_not_an_organisation(raw, organisation):
    attendee = parse_attendee(raw)
    assert (attendee.organisation, attendee.role) == (organisation, None)


@pytest.mark.parametrize("raw, name", [
    ("Cllr L Pryor (family commitment)", "L Pryor"),  # why an apology was sent: neither role nor body
    ("Cllr H Allsopp (annual leave)", "H Allsopp"),
    ("Mr J Cole (unwell)", "J Cole"),
    ("Cllr. N Vant due to business commitments", "N Vant"),
])
def test_reason_for_absence_is_not_an_organisation(raw, name):
    attendee = parse_attendee(raw)
    assert (attendee.name, attendee.organisation, attendee.role) == (name, None, None)


@pytest.mark.parametrize("raw, name, role", [
    # initials and a surname, then the post with no comma between
    ("Mr W Gorse Clerk and Executive Officer to the Council", "W Gorse", "Clerk and Executive Officer to the Council"),
    ("Mr G Lowe Deputy Parish Clerk", "G Lowe", "Deputy Parish Clerk"),
    ("Cllr A H Quill", "A H Quill", None),
    ("Cllr J Van Dyke", "J Van Dyke", None),
])
def test_post_after_initials_and_surname_without_a_comma(raw, name, role):
    attendee = parse_attendee(raw)
    assert (attendee.name, attendee.role) == (name, role)


@pytest.mark.parametrize("raw, honorific, name", [
    ("Unitary Cllr J Dean", "Unitary Cllr", "J Dean"),  # a member of another tier attending
    ("Cty Cllr P Ruffles", "Cty Cllr", "P Ruffles"),
    ("Community Councillor Ann Lee", "Community Councillor", "Ann Lee"),
])
def test_tier_councillor_titles(raw, honorific, name):
    attendee = parse_attendee(raw)
    assert (attendee.honorific, attendee.name) == (honorific, name)


def test_clerk_in_brackets_and_a_tier_councillor_are_two_people():
    assert split_names("Mrs S Rowe (Clerk) and Unitary Cllr J Dean") == ["Mrs S Rowe (Clerk)", "Unitary Cllr J Dean"]


@pytest.mark.parametrize("text, names", [
    # members listed with no comma between them
    ("Cllr A Buck (Mayor) Cllr A Brook Cllr C Evans Cllr Mrs S Murr",
     ["Cllr A Buck (Mayor)", "Cllr A Brook", "Cllr C Evans", "Cllr Mrs S Murr"]),
    ("County Cllr A Tudor", ["County Cllr A Tudor"]),
    ("Jo Bloggs (substitute for Cllr Ann Lee) Cllr Bob Hale", ["Jo Bloggs (substitute for Cllr Ann Lee)", "Cllr Bob Hale"]),
    # a plural title with a colon, and with the tier before it
    ("Cllrs: J Edge (Chair), H Field, W Blake", ["Cllr J Edge (Chair)", "Cllr H Field", "Cllr W Blake"]),
    ("District Cllrs Burden and Crane", ["District Cllr Burden", "District Cllr Crane"]),
])
def test_member_lists_without_commas_and_plural_titles(text, names):
    assert split_names(text) == names


@pytest.mark.parametrize("raw", [
    "Cllr Manya Barrett (Cllr James Owen attended via Zoom, but had no voting rights)",
    "Cllr Manya Barrett (left at 8.15pm)",
    "Cllr Manya Barrett (from 7.45pm)",  # when she attended, not who she is
    "Cllr Manya Barrett (arrived 7.10pm)",
])
def test_a_note_in_brackets_is_neither_role_nor_organisation(raw):
    attendee = parse_attendee(raw)
    assert (attendee.name, attendee.role, attendee.organisation) == ("Manya Barrett", None, None)


def test_councillors_in_brackets_is_a_role():
    attendee = parse_attendee("M Armstrong (Councillors)")
    assert (attendee.name, attendee.role, attendee.organisation) == ("M Armstrong", "Councillors", None)


def test_and_inside_a_role_in_capitals_does_not_split():
    assert split_names("Elspeth Ravensworth POLICE AND CRIME COMMISSIONER") == [
        "Elspeth Ravensworth POLICE AND CRIME COMMISSIONER"]
    assert split_names("Cllr A SMITH AND Cllr B JONES") == ["Cllr A SMITH", "Cllr B JONES"]


def test_in_the_chair_in_brackets_is_the_chair():
    attendee = parse_attendee("Councillor Jane Smith (in the Chair)")
    assert (attendee.name, attendee.role) == ("Jane Smith", "Chair")


@pytest.mark.parametrize("text, names", [
    ("Chairman: Cllr R Dent, Vice-Chairman: Cllr R Birch, Cllrs J Smith and K Jones",
     ["Cllr R Dent (Chairman)", "Cllr R Birch (Vice-Chairman)", "Cllr J Smith", "Cllr K Jones"]),
    ("Mayor: Councillor P Lane; Deputy Mayor: Councillor S Hart", ["Councillor P Lane (Mayor)",
                                                                  "Councillor S Hart (Deputy Mayor)"]),
    ("Cllr R Dent, Clerk - Mrs A Fell", ["Cllr R Dent", "Mrs A Fell (Clerk)"]),
    ("Chairman: the Mayor", ["Chairman: the Mayor"]),  # no holder named: left as printed
    # one line, no commas between the posts' holders
    ("Chairman: Cllr R Dent Vice-Chairman: Cllr R Birch Cllrs J Smith, K Jones",
     ["Cllr R Dent (Chairman)", "Cllr R Birch (Vice-Chairman)", "Cllr J Smith", "Cllr K Jones"]),
    ("CHAIRMAN: COUNCILLOR R. DENT VICE CHAIRMAN: COUNCILLOR R. BIRCH COUNCILLORS J. SMITH, K. JONES",
     ["COUNCILLOR R. DENT (Chairman)", "COUNCILLOR R. BIRCH (Vice Chairman)", "Councillor J. SMITH",
      "Councillor K. JONES"]),
    ("Assistant Clerk: Ms T Ray", ["Ms T Ray (Assistant Clerk)"]),
    # a post's holder after a plural title's list does not take the plural title
    ("Cllrs R Dent (Chair), R Birch; Clerk: Mrs A Fell", ["Cllr R Dent (Chair)", "Cllr R Birch", "Mrs A Fell (Clerk)"]),
])
def test_a_post_printed_before_its_holder_in_a_list(text, names):
    assert split_names(text) == names


@pytest.mark.parametrize("raw, name, honorific, role", [
    ("The Lord Mayor (Cllr T Wood)", "T Wood", "Cllr", "Lord Mayor"),
    ("Chairman (Councillor A Green)", "A Green", "Councillor", "Chairman"),
    ("Deputy Mayor (Cllr B Brown)", "B Brown", "Cllr", "Deputy Mayor"),
    ("PCC John Campion", "John Campion", None, "PCC"),
    ("Police and Crime Commissioner Donna Jones", "Donna Jones", None, "Police and Crime Commissioner"),
    ("Cllr K Lee*", "K Lee", "Cllr", None),
    ("Mayor J Anderson", "J Anderson", None, "Mayor"),
    ("Cllr A Lee (Chair) presiding", "A Lee", "Cllr", "Chair"),
])
def test_posts_before_their_holders_and_footnote_marks(raw, name, honorific, role):
    person = parse_attendee(raw)
    assert (person.name, person.honorific, person.role) == (name, honorific, role)


def test_a_person_in_brackets_after_a_name_is_not_a_post_holder():
    person = parse_attendee("Mr A Smith (Cllr B Jones)")
    assert (person.name, person.honorific) == ("A Smith", "Mr")


def test_an_unnamed_post_after_and_is_an_entry_of_its_own():
    # 'and the Police and Crime Commissioner': not 'Dan Eze and the Police' and 'Crime Commissioner'.
    assert split_names("Councillor Dan Eze (Eastvale District Council) and the Police and Crime Commissioner") == [
        "Councillor Dan Eze (Eastvale District Council)", "the Police and Crime Commissioner"]


@pytest.mark.parametrize("raw", ["Cllr Eze – work commitments", "Cllr Eze - holiday", "Cllr Eze – indisposed"])
def test_a_reason_for_absence_after_a_dash_is_no_role(raw):
    person = parse_attendee(raw)
    assert (person.name, person.role) == ("Eze", None)


@pytest.mark.parametrize("raw, role", [
    ("Jane Smith, Clerk and RFO", "Clerk and RFO"),
    ("Jane Smith, Town Clerk and RFO", "Town Clerk and RFO"),
    ("Mr W Gorse Clerk & RFO", "Clerk & RFO"),
])
def test_a_post_in_words_ending_in_capitals_is_one_role(raw, role):
    # the capitals close a post written in words ('Clerk and RFO'), not a role printed after the name
    assert parse_attendee(raw).role == role


@pytest.mark.parametrize("text, names", [
    # a courtesy title after the plural member title: the councillor is 'Cllr Mrs Penn'
    ("Councillors A Wilson (Chairman), Cllrs Mrs Penn, B Lowe",
     ["Councillor A Wilson (Chairman)", "Cllr Mrs Penn", "Cllr B Lowe"]),
    ("Cllrs Evans and Mrs Ford", ["Cllr Evans", "Cllr Mrs Ford"]),
    ("Cllrs Ash, Mrs Birch, Cole and Dr Dale", ["Cllr Ash", "Cllr Mrs Birch", "Cllr Cole", "Cllr Dr Dale"]),
    # the chairman's bracket printed after a comma is still his
    ("Councillors A Wilson, (Chairman), R Brook", ["Councillor A Wilson (Chairman)", "Councillor R Brook"]),
    # an officer named with a courtesy title after the members is no member
    ("Cllrs Ash, Birch, Mrs J Fell (Clerk)", ["Cllr Ash", "Cllr Birch", "Mrs J Fell (Clerk)"]),
    ("Cllrs Ash, Birch, Mrs J Fell, Clerk", ["Cllr Ash", "Cllr Birch", "Mrs J Fell, Clerk"]),
    ("Cllrs Ash, Birch, Town Clerk", ["Cllr Ash", "Cllr Birch", "Town Clerk"]),
])
def test_courtesy_titles_and_roles_inside_a_plural_title_list(text, names):
    assert split_names(text) == names


@pytest.mark.parametrize("text, people", [
    # an officer's post and then their organisation after the name: one person
    ("Tom Fox, Chief Executive, Office of the Police and Crime Commissioner",
     [("Tom Fox", "Chief Executive", "Office of the Police and Crime Commissioner")]),
    ("A Lee, Director of Finance, Eastvale Council; S Hill, Head of Legal Services",
     [("A Lee", "Director of Finance", "Eastvale Council"), ("S Hill", "Head of Legal Services", None)]),
    # one per line, an 'and' inside the name of an office lists nobody
    ("Jane Doe, Police and Crime Commissioner\nTom Fox, Chief Executive, Office of the Police and Crime Commissioner\n"
     "Sarah Hill, Chief Constable, Northshire Police",
     [("Jane Doe", "Police and Crime Commissioner", None),
      ("Tom Fox", "Chief Executive", "Office of the Police and Crime Commissioner"),
      ("Sarah Hill", "Chief Constable", "Northshire Police")]),
])
def test_an_officers_post_then_organisation_after_the_name(text, people):
    found = [parse_attendee(n) for n in split_names(text)]
    assert [(a.name, a.role, a.organisation) for a in found] == people


@pytest.mark.parametrize("text, people", [
    # each member's council in brackets after a plural title: the title is still each member's
    ("Councillors K. Evans (Ceredigion County Council), L. George (Powys County Council) and W. Powell",
     [("Councillor", "K. Evans", None, "Ceredigion County Council"),
      ("Councillor", "L. George", None, "Powys County Council"), ("Councillor", "W. Powell", None, None)]),
    # a post printed before its holder, 'the' first: a person of their own, not the role of the one before
    ("Cllr R Wenham, the Police and Crime Commissioner David Keane",
     [("Cllr", "R Wenham", None, None), (None, "David Keane", "Police and Crime Commissioner", None)]),
    # a fire service's officers named after their posts
    ("Chief Fire Officer P Marsh, Assistant Chief Fire Officer S Pink, Area Manager John Cole",
     [(None, "P Marsh", "Chief Fire Officer", None), (None, "S Pink", "Assistant Chief Fire Officer", None),
      (None, "John Cole", "Area Manager", None)]),
])
def test_joint_bodies_members_and_officers(text, people):
    found = [parse_attendee(n) for n in split_names(text)]
    assert [(a.honorific, a.name, a.role, a.organisation) for a in found] == people


@pytest.mark.parametrize("text, people", [
    # the chair's post, then the one member who holds it
    ("The Mayor, Councillor J Brown (in the Chair); Councillors Ash and Birch",
     [("J Brown", "Mayor"), ("Ash", None), ("Birch", None)]),
    ("the Deputy Mayor, Cllr K Lee, Cllr A Ash", [("K Lee", "Deputy Mayor"), ("A Ash", None)]),
    # a reason shared by several apologies is no organisation
    ("Cllrs Evans and Ford (both work commitments)", [("Evans", None), ("Ford", None)]),
])
def test_a_chairs_post_before_its_holder_and_a_shared_reason(text, people):
    found = [parse_attendee(n) for n in split_names(text)]
    assert [(a.name, a.role) for a in found] == people
    assert all(a.organisation is None for a in found)


def test_a_plural_list_after_the_chairs_post_holds_no_post():
    assert split_names("The Chairman, Cllrs Ash and Birch") == ["The Chairman", "Cllr Ash", "Cllr Birch"]

"""Times of day, time ranges and times in running text (rows from Wiltshire PCP minutes)."""

import pytest

from panelparse.errors import ParseError
from panelparse.parsing import find_times, parse_time, parse_time_range
from panelparse.parsing.dates import parse_time as parse_time_via_dates


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("10.00 am", "10:00"),
        ("10:00am", "10:00"),
        ("2:30pm", "14:30"),
        ("10:30am", "10:30"),
        ("12 noon", "12:00"),
        ("noon", "12:00"),
        ("midday", "12:00"),
        ("midnight", "00:00"),
        ("5pm", "17:00"),
        ("10.50 am", "10:50"),
        ("14:30", "14:30"),
        ("10:13am", "10:13"),
        ("7:00 PM", "19:00"),
        ("9.15 a.m.", "09:15"),
        ("12am", "00:00"),
        ("12.30pm", "12:30"),
        ("1400hrs", "14:00"),
        ("10.00", "10:00"),  # minutes printed: read as a 24-hour time
        ("<u>10.00 am</u>".replace("<u>", "").replace("</u>", ""), "10:00"),
    ],
)
def test_parse_time(raw, expected):
    assert parse_time(raw) == expected


def test_parse_time_is_reexported_by_dates():
    assert parse_time_via_dates is parse_time


@pytest.mark.parametrize(
    ("raw", "match"),
    [
        ("5", "no am/pm"),
        ("2023", "as time"),
        ("10:75", "minutes above 59"),
        ("25:00", "no am/pm"),
        ("0am", "hour out of range"),
        ("banana", "as time"),
    ],
)
def test_parse_time_failures(raw, match):
    with pytest.raises(ParseError, match=match):
        parse_time(raw)


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("10.00 - 10.50 am", ("10:00", "10:50")),
        ("10.00 am - 12.15 pm", ("10:00", "12:15")),
        ("2.00pm to 4.30pm", ("14:00", "16:30")),
        ("7:00 PM – 9:12 PM", ("19:00", "21:12")),
        ("11.00 - 1.00 pm", ("11:00", "13:00")),  # start takes the opposite meridiem
        ("10 - 11am", ("10:00", "11:00")),
        ("2pm - 4", ("14:00", "16:00")),
        ("14:00 until 15:30", ("14:00", "15:30")),
        ("(Duration of meeting: 10.00 - 10.50 am)", ("10:00", "10:50")),
    ],
)
def test_parse_time_range(raw, expected):
    assert parse_time_range(raw) == expected


@pytest.mark.parametrize(
    ("raw", "match"),
    [("4pm - 2pm", "ends before it starts"), ("10.00", "time range"), ("9 – 16", "no am/pm")],
)
def test_parse_time_range_failures(raw, match):
    with pytest.raises(ParseError, match=match):
        parse_time_range(raw)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Cllr Cave arrived at 10:30am.", [("10:30", "10:30am")]),
        (
            "At 10:13am the Panel voted to adjourn the meeting for a maximum of 15 minutes to "
            "allow the PCC time to arrive. The meeting resumed upon his return at 10:20am.",
            [("10:13", "10:13am"), ("10:20", "10:20am")],
        ),
        (
            "the next meeting of the Police and Crime Panel would be at 10:00am on Thursday "
            "9 March 2023",
            [("10:00", "10:00am")],
        ),
        ("(Duration of meeting: 10.00 - 10.50 am)", [("10:00", "10.00"), ("10:50", "10.50 am")]),
        ("- Tuesday 13 June 2023, 2:30pm – Corn Exchange in Devizes", [("14:30", "2:30pm")]),
        ("no later than 5pm on 1 March 2023", [("17:00", "5pm")]),
        ("Time:\t10.00 am", [("10:00", "10.00 am")]),
        ("The meeting resumed at 10.20.", [("10:20", "10.20")]),  # bare, after "at"
        ("from 14:00 until 15:30", [("14:00", "14:00"), ("15:30", "15:30")]),
        ("lunch at 12 noon", [("12:00", "12 noon")]),
        # terse minutes: a meeting's event verb with no 'at'
        ("Meeting closed 20:15", [("20:15", "20:15")]),
        ("The meeting adjourned 11.05 and reconvened 11.20", [("11:05", "11.05"), ("11:20", "11.20")]),
        # never times
        ("reduced from 1.2% to 0.3% over the last 6 month", []),
        ("FAT outcome rates improving (14.8%) by 1.5 and 3.5%", []),
        ("Community Engagement Strategy for 2022-25; precept 2023-24", []),
        ("a precept of £69.428m and £0.567m", []),
        ("Average Time to Answer 00:12:26 and 01:42:53", []),
        ("Immediate: averaged at 12:37 for the quarter.", []),  # a duration, not a clock time
        ("reduced waiting times by 6.25 and travel time", []),
        ("the Panel welcomed 10.00 as a figure", []),  # bare without a cue word
        ("Response times started 10.30 on average", []),  # only a meeting's own event verbs cue
        ("training took 19.00 hrs", []),  # 'hrs' may be a duration ('1.30 hrs')
        ("the external panel voted 59 green & 10 amber", []),
        ("Chief Inspectors increased from 9 – 16.", []),
        # a meeting's title line: date, then times
        ("11 June 2013, 14:00-17:00", [("14:00", "14:00"), ("17:00", "17:00")]),
        ("Time: 15:00-16:30", [("15:00", "15:00"), ("16:30", "16:30")]),
        ("Target 2023 12.50", []),  # a year then a number is no time
        # two 24-hour clock times with colons are a range with no cue word before them
        ("Friday 14 February 2014 10:00-11:30 (Room 1.1)", [("10:00", "10:00"), ("11:30", "11:30")]),
        ("scores moved 9:00-9:30 in the table", []),  # one-digit hours need a cue
        ("ratio 10.00-11.30 over the year", []),  # full stops are not colons
    ],
)
def test_find_times(text, expected):
    found = find_times(text)
    assert [(value, text[a:b]) for value, (a, b) in found] == expected


@pytest.mark.parametrize("text, times", [
    ("Meeting commenced: 19:02", ["19:02"]),
    ("Start: 19:00  Finish: 21.15", ["19:00", "21:15"]),
    ("Start time: 10.00 End time: 12.00", ["10:00", "12:00"]),
    ("Meeting started: 19:02  Meeting finished: 20:40", ["19:02", "20:40"]),
    ("The meeting ended at 1930hrs", ["19:30"]),
    ("Meeting closed at 2115 hrs.", ["21:15"]),
    ("Close of meeting: 21:12", ["21:12"]),
])
def test_more_cues_for_a_meetings_24_hour_times(text, times):
    assert [t for t, _ in find_times(text)] == times


@pytest.mark.parametrize("text", ["1030 hours of volunteering", "average 12:37 calls", "The figure was 1.30 hrs"])
def test_durations_and_counts_stay_uncued(text):
    assert find_times(text) == []


@pytest.mark.parametrize(("raw", "expected"), [
    # Welsh papers: 'yb' (y bore) is am; 'yh' (yr hwyr) and 'yp' (y prynhawn) are pm
    ("7.00yh", "19:00"),
    ("10.00yb", "10:00"),
    ("7yh", "19:00"),
    ("7.00 Y.H.", "19:00"),
    ("2.00 y.p.", "14:00"),
    ("12.30yp", "12:30"),
])
def test_welsh_times(raw, expected):
    assert parse_time(raw) == expected


def test_welsh_times_in_running_text_and_ranges():
    text = "Cofnodion cyfarfod a gynhaliwyd nos Lun, 4 Medi 2023 am 7.00yh. Daeth y cyfarfod i ben am 8.45 yh."
    assert [t for t, _ in find_times(text)] == ["19:00", "20:45"]
    assert [t for t, _ in find_times("Cyngor Sir - Dydd Mercher, 13eg Mehefin, 2024 10.00 yb")] == ["10:00"]
    assert parse_time_range("6.00 - 7.30yh") == ("18:00", "19:30")

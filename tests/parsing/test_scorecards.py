# ruff: noqa: E501  (the rows are kept exactly as printed)
"""Every scorecard row of the Wiltshire PCP highlight report (seed pack, March 2023).

Each row is tab-separated exactly as extracted: measure, sparkline (empty), last month, last 3
months, vs previous 3 months, vs previous year, last 12 months, vs previous 12 months. Columns
3, 4 and 7 go through parse_value; 5, 6 and 8 through parse_change. The code after each row
spells the expected units (and directions), reviewed by hand against the printed cells:

values:  % percent, n count, s seconds, - no data (value None, unit None)
changes: unit (p percentage_points, % percent, s seconds, - none) + direction (^ up, v down,
         = flat, . none)
"""

import pytest

from panelparse.parsing import parse_change, parse_value

VALUE_UNITS = {"%": "percent", "n": "count", "s": "seconds", "-": None}
CHANGE_UNITS = {"p": "percentage_points", "%": "percent", "s": "seconds", "-": None}
DIRECTIONS = {"^": "up", "v": "down", "=": "flat", ".": None}

ROWS = [
    (
        "Abandonment Rate: 101\t\t3.5%\t3.3%\t-1.5% points ▼\t1.6% points ▲\t3.4%\t0.7% points ▲",
        "%%% pv p^ p^",
    ),
    (
        "Abandonment Rate: 999\t\t0.3%\t0.2%\t-0.6% points ▼\t-3.4% points ▼\t1.9%\t-2.3% points ▼",
        "%%% pv pv pv",
    ),
    (
        "Abandonment Rate: CRIB\t\t13.4%\t12.3%\t-1.6% points ▼\t4.5% points ▲\t11.4%\t2.4% points ▲",
        "%%% pv p^ p^",
    ),
    (
        "Average Time to Answer: 999\t\t00:00:05\t00:00:04\t-00:00:06 ▼\t-00:00:03 ▼\t00:00:08\t-00:00:00 —",
        "sss sv sv s=",
    ),
    (
        "Average Time to Answer: CCH\t\t00:00:27\t00:00:25\t-00:00:05 ▼\t00:00:17 ▲\t00:00:22\t00:00:07 ▲",
        "sss sv s^ s^",
    ),
    (
        "Average Time to Answer: CRIB\t\t00:06:59\t00:06:08\t00:01:13 ▲\t00:04:09 ▲\t00:03:45\t00:01:40 ▲",
        "sss s^ s^ s^",
    ),
    ("Thrive: Complete and Visible\t\t94.7%\t93.4%\t-1.2% points —\t—\t—\t—", "%%- p= -. -."),
    (
        "Thrive: Crime Prevention Assessment\t\t61.4%\t67.5%\t-3.0% points —\t—\t—\t—",
        "%%- p= -. -.",
    ),
    ("Thrive: Engagement Assessment\t\t85.0%\t84.5%\t-4.2% points —\t—\t—\t—", "%%- p= -. -."),
    ("Thrive: Harm Assessment\t\t93.7%\t90.8%\t1.3% points —\t—\t—\t—", "%%- p= -. -."),
    ("Thrive: Investigation Assessment\t\t74.3%\t73.7%\t5.6% points ▲\t—\t—\t—", "%%- p^ -. -."),
    ("Thrive: Overall Call Rating\t\t59.9%\t62.2%\t-2.0% points —\t—\t—\t—", "%%- p= -. -."),
    ("Thrive: Risk Assessment\t\t75.6%\t74.5%\t-3.7% points —\t—\t—\t—", "%%- p= -. -."),
    ("Thrive: Threat Assessment\t\t94.4%\t91.7%\t-0.1% points —\t—\t—\t—", "%%- p= -. -."),
    ("Thrive: Vulnerability Assessment\t\t46.0%\t50.1%\t-5.9% points ▼\t—\t—\t—", "%%- pv -. -."),
    (
        "Average Response Time: Immediate\t\t00:12:26\t00:12:37\t00:00:29 —\t00:00:40 ▲\t00:12:02\t00:00:04 —",
        "sss s= s^ s=",
    ),
    (
        "Average Response Time: Priority\t\t01:42:53\t01:38:34\t00:07:23 ▲\t00:29:21 ▲\t01:26:00\t00:19:40 ▲",
        "sss s^ s^ s^",
    ),
    (
        "Community Intelligence - County\t\t92\t290\t-16.4% ▼\t-39.3% ▼\t1,491\t0.1% —",
        "nnn %v %v %=",
    ),
    (
        "Community Intelligence - Swindon\t\t28\t115\t-56.6% ▼\t-57.2% ▼\t1,110\t3.8% —",
        "nnn %v %v %=",
    ),
    ("Outstanding Suspects\t\t1,497\t1,540\t-2.4% —\t\t\t", "nn- %= -. -."),
    ("Outstanding Suspects: 4+ Days\t\t1,430\t1,466\t-1.8% —\t\t\t", "nn- %= -. -."),
    ("Outstanding Suspects: Over 12 Months\t\t52\t49\t9.0% ▲\t\t\t", "nn- %^ -. -."),
    (
        "Police Physical Attendance Rate - County\t\t57.1%\t57.2%\t-2.0% points —\t-2.3% points —\t59.1%\t-0.1% points —",
        "%%% p= p= p=",
    ),
    (
        "Police Physical Attendance Rate - Swindon\t\t58.2%\t59.1%\t-2.7% points —\t-2.7% points —\t61.0%\t-0.8% points —",
        "%%% p= p= p=",
    ),
    (
        "Response Rate: Immediate\t\t81.0%\t80.3%\t-1.9% points —\t-2.2% points —\t82.3%\t-0.3% points —",
        "%%% p= p= p=",
    ),
    (
        "Response Rate: Priority\t\t57.4%\t57.6%\t-1.5% points —\t-9.0% points ▼\t61.3%\t-6.7% points ▼",
        "%%% p= pv pv",
    ),
    ("Crime Volume\t\t3,513\t10,440\t-7.5%\t1.1%\t43,780\t7.9%", "nnn %. %. %."),
    ("Crime Volume: Burglary\t\t171\t493\t3.4%\t1.9%\t1,959\t18.3%", "nnn %. %. %."),
    (
        "Crime Volume: Violence With Injury\t\t385\t1,306\t-18.7%\t-14.3%\t6,269\t3.9%",
        "nnn %. %. %.",
    ),
    (
        "FAT Outcome Rate\t\t14.8%\t14.4%\t0.7% points\t2.8% points\t12.8%\t0.7% points",
        "%%% p. p. p.",
    ),
    (
        "FAT Outcome Rate: Burglary\t\t2.9%\t7.1%\t1.2% points\t1.9% points\t6.5%\t0.1% points",
        "%%% p. p. p.",
    ),
    (
        "FAT Outcome Rate: Violence With Injury\t\t20.5%\t18.7%\t5.9% points\t5.6% points\t13.7%\t1.1% points",
        "%%% p. p. p.",
    ),
    (
        "Released Under Investigation (Median): Timeliness\t\t225\t215\t16.9%\t41.5%\t188\t14.8%",
        "nnn %. %. %.",
    ),
    (
        "Released Under Investigation: Volume\t\t2,057\t2,132\t-1.0%\t12.8%\t2,075\t5.4%",
        "nnn %. %. %.",
    ),
    ("Time to Charge (Median)\t\t23\t26\t2.5%\t23.9%\t26\t50.4%", "nnn %. %. %."),
    ("Time to Charge (Median): Burglary\t\t101\t43\t-53.0%\t15.8%\t60\t97.1%", "nnn %. %. %."),
    (
        "Time to Charge (Median): Sexual Offences\t\t36\t135\t2.8%\t-29.6%\t213\t50.6%",
        "nnn %. %. %.",
    ),
    (
        "Time to Charge (Median): Violence Against The Person\t\t20\t34\t24.4%\t-12.7%\t36\t67.4%",
        "nnn %. %. %.",
    ),
    (
        "Time to Summonsed / Postal Requisition (Median)\t\t162\t161\t15.0%\t15.1%\t156\t8.9%",
        "nnn %. %. %.",
    ),
    (
        "Time to Summonsed / Postal Requisition (Median): Burglary\t\tZero or No Data Available\t215\t-47.5%\t-45.0%\t318\t-0.9%",
        "-nn %. %. %.",
    ),
    (
        "Time to Summonsed / Postal Requisition (Median): Sexual Offences\t\t239\t379\t65.1%\t53.5%\t390\t54.4%",
        "nnn %. %. %.",
    ),
    (
        "Time to Summonsed / Postal Requisition (Median): Violence Against The Person\t\t183\t189\t11.8%\t18.5%\t169\t3.3%",
        "nnn %. %. %.",
    ),
    (
        "Overall Victim Satisfaction\t\tZero or No Data Available\tRolling 12 Month Data Only\t\t\t73.6%\t-4.1% points ▼",
        "--% -. -. pv",
    ),
    (
        "Overall Victim Satisfaction: Burglary Crimes\t\tZero or No Data Available\tRolling 12 Month Data Only\t\t\t78.2%\t0.7% points —",
        "--% -. -. p=",
    ),
    (
        "Overall Victim Satisfaction: Hate Crimes\t\tZero or No Data Available\tRolling 12 Month Data Only\t\t\t85.5%\t10.5% points ▲",
        "--% -. -. p^",
    ),
    (
        "Overall Victim Satisfaction: Vehicle Crimes\t\tZero or No Data Available\tRolling 12 Month Data Only\t\t\t66.9%\t-9.7% points ▼",
        "--% -. -. pv",
    ),
    (
        "Overall Victim Satisfaction: Violence Crimes\t\tZero or No Data Available\tRolling 12 Month Data Only\t\t\t73.5%\t-5.7% points ▼",
        "--% -. -. pv",
    ),
    (
        "Victim Satisfaction: Ease of Contact\t\tZero or No Data Available\tRolling 12 Month Data Only\t\t\t93.8%\t-0.5% points —",
        "--% -. -. p=",
    ),
    ("Volume of Complaints\t\t118\t354\t-14.3% ▼\t12.0% ▲\t1,376\t18.8% ▲", "nnn %v %^ %^"),
    ("Crime Volume: DA\t\t606\t1,813\t-4.3%\t-1.3%\t7,386\t-0.2%", "nnn %. %. %."),
    ("Crime Volume: RASSO\t\t122\t358\t-4.3%\t-6.0%\t1,532\t8.0%", "nnn %. %. %."),
    ("Crime Volume: S&H\t\t393\t1,037\t4.0%\t-1.4%\t4,197\t1.9%", "nnn %. %. %."),
    (
        "FAT Outcome Rate: DA\t\t12.5%\t12.5%\t1.8% points\t3.2% points\t10.8%\t0.5% points",
        "%%% p. p. p.",
    ),
    (
        "FAT Outcome Rate: RASSO\t\t8.2%\t12.3%\t6.4% points\t6.8% points\t8.6%\t3.0% points",
        "%%% p. p. p.",
    ),
    (
        "FAT Outcome Rate: S&H\t\t7.1%\t7.4%\t-1.5% points\t0.0% points\t7.1%\t-0.6% points",
        "%%% p. p. p.",
    ),
    ("FAT Outcome Volume: DA\t\t76\t226\t11.3%\t32.2%\t795\t4.7%", "nnn %. %. %."),
    ("FAT Outcome Volume: RASSO\t\t10\t44\t100.0%\t109.5%\t131\t65.8%", "nnn %. %. %."),
    ("FAT Outcome Volume: S&H\t\t28\t77\t-13.5%\t-1.3%\t300\t-5.4%", "nnn %. %. %."),
    ("Time to Charge (Median): RASSO\t\t256\t189\t0.8%\t-12.7%\t215\t44.7%", "nnn %. %. %."),
    (
        "Time to Summoned / Postal Requisition (Median): RASSO\t\t407\t416\t34.3%\t96.9%\t407\t46.5%",
        "nnn %. %. %.",
    ),
    ("Outstanding Suspects: DA\t\t428\t446\t1.1%\t\t\t", "nn- %. -. -."),
    ("Outstanding Suspects: RASSO\t\t160\t165\t-4.5%\t\t\t", "nn- %. -. -."),
    ("Outstanding Suspects: S&H\t\t235\t227\t-3.5%\t\t\t", "nn- %. -. -."),
    (
        "Arrest Volume: Drink Driving Offences\t\t60\t155\t-13.9% ▼\t-15.3% ▼\t670\t-4.0% —",
        "nnn %v %v %=",
    ),
    (
        "Arrest Volume: Drug Driving Offences\t\t59\t142\t49.5% ▲\t82.1% ▲\t450\t16.3% ▲",
        "nnn %^ %^ %^",
    ),
    ("Crime Volume: Cyber\t\t127\t471\t-5.0% ▼\t-11.1% ▼\t2,110\t7.4% ▲", "nnn %v %v %^"),
    ("Crime Volume: Hate Crime\t\t73\t206\t15.1% ▲\t-1.0% —\t839\t-4.1% —", "nnn %^ %= %="),
    ("Volume of ASB - County\t\t456\t1,519\t-33.7% ▼\t-21.6% ▼\t8,490\t-9.7% ▼", "nnn %v %v %v"),
    ("Volume of ASB - Swindon\t\t292\t961\t-31.9% ▼\t-1.0% —\t4,913\t-10.3% ▼", "nnn %v %= %v"),
    (
        "FAT Outcome Rate: Cyber\t\t9.0%\t8.6%\t-1.7% points ▼\t0.1% points —\t8.5%\t-0.1% points —",
        "%%% pv p= p=",
    ),
    (
        "FAT Outcome Rate: Hate Crime\t\t16.4%\t11.7%\t-7.3% points ▼\t-1.8% points ▼\t14.9%\t1.3% points ▲",
        "%%% pv pv p^",
    ),
    ("FAT Outcome Volume: Hate\t\t12\t24\t-29.4% ▼\t-14.3% ▼\t125\t5.0% ▲", "nnn %v %v %^"),
    (
        "Victim Satisfaction: Actions Taken\t\tZero or No Data Available\tRolling 12 Month Data Only\t\t\t71.3%\t-3.9% points ▼",
        "--% -. -. pv",
    ),
    (
        "Victim Satisfaction: Being Kept Informed\t\tZero or No Data Available\tRolling 12 Month Data Only\t\t\t67.6%\t-0.1% points —",
        "--% -. -. p=",
    ),
    (
        "Victim Satisfaction: Investigation\t\tZero or No Data Available\tRolling 12 Month Data Only\t\t\t66.4%\t-2.7% points —",
        "--% -. -. p=",
    ),
    (
        "Victim Satisfaction: Time to Investigate\t\tZero or No Data Available\tRolling 12 Month Data Only\t\t\t86.4%\t-4.8% points ▼",
        "--% -. -. pv",
    ),
    (
        "Victim Satisfaction: Treatment by Police\t\tZero or No Data Available\tRolling 12 Month Data Only\t\t\t89.1%\t-1.0% points —",
        "--% -. -. p=",
    ),
]


@pytest.mark.parametrize(("row", "codes"), ROWS, ids=[row.split("\t")[0] for row, _ in ROWS])
def test_scorecard_row_parses_with_expected_units(row, codes):
    cells = row.split("\t")
    assert len(cells) == 8
    value_codes, *change_codes = codes.split()
    values = [parse_value(cells[i]) for i in (2, 3, 6)]
    changes = [parse_change(cells[i]) for i in (4, 5, 7)]
    assert [v.unit for v in values] == [VALUE_UNITS[code] for code in value_codes]
    assert [(c.unit, c.direction) for c in changes] == [
        (CHANGE_UNITS[code[0]], DIRECTIONS[code[1]]) for code in change_codes
    ]
    # a value is present exactly when a unit is
    assert all((x.value is None) == (x.unit is None) for x in values + changes)

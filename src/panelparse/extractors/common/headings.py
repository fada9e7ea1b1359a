"""Which numbered lines are a document's item or minute headings.

Councils number their items in many schemes ('1.', 'Item 5', 'Min 43/24', '18.05.1', '2643.',
'A1'); numbered lists and paragraphs sit beside them. The scheme, the column and the style of
the headings are inferred from the document itself before any heading is chosen: the scheme
most styled lines use, the column they stand in, then the longest run of rising numbers,
preferring styled lines (bold, or set off by a tab).
"""

from __future__ import annotations

import re
from collections import Counter
from typing import Callable, Optional, Sequence

from ...layout import Line
from .numbering import (
    Numbered,
    heading_column,
    in_column,
    number_scheme,
    numbered,
    sequence_key,
    top_level,
    varying_part,
)

# A line the next one carries on starts within this share of the font size below it.
RUN_ON_GAP = 0.6
# ... and the line is full: the next line's first word would not have fitted after it, before
# the page's right margin (the furthest any line on the page reaches), to within this many
# sizes. A short line that stops well before the margin ('1. Apologies for absence') ends there
# on purpose: a heading in plain type, not the first line of a numbered paragraph.
FULL_LINE_SLACK = 1.0


def styled(head: Numbered) -> bool:
    """Set apart as a heading: a bold title, or a tab between number and title."""
    return head.title_words[0].bold or head.apart


def heading_shaped(head: Numbered, following: Optional[Line], margin: Optional[float] = None) -> bool:
    """A bold title, a title with text run in after it, or a line the next line does not carry
    on; not the first line of a numbered paragraph. `margin`: the page's right margin, where
    known (a line that stops well short of it is not carried on; see FULL_LINE_SLACK)."""
    if head.title_words[0].bold or head.rest_words or following is None:
        return True
    line = head.line
    runs_on = (
        following.page == line.page
        and following.top - line.bottom < RUN_ON_GAP * line.size
        and min(abs(following.x0 - head.title_x0), abs(following.x0 - line.x0)) < 4
        and not numbered(following)
    )
    if runs_on and margin is not None and following.words:
        first = following.words[0]
        runs_on = line.bbox[2] + 0.25 * line.size + (first.x1 - first.x0) > margin - FULL_LINE_SLACK * line.size
    return not runs_on


def _margins(lines: Sequence[Line]) -> dict[int, float]:
    """Page -> the furthest right any of its lines reaches."""
    out: dict[int, float] = {}
    for line in lines:
        out[line.page] = max(out.get(line.page, 0.0), line.bbox[2])
    return out


def select_heads(lines: Sequence[Line], accept: Callable[[Numbered], bool],
                 titles_wrap: bool = False,
                 run_in: Optional[Callable[[Numbered], Numbered]] = None) -> dict[int, Numbered]:
    """Line index -> heading, for the numbered lines that head items. `accept` rules out what
    a kind knows is no heading (a sentence, a recorded decision, a date). With `titles_wrap`
    (agendas, whose long titles run onto a second line) a line carried on by the next is
    still a candidate; else it is taken for a numbered paragraph. `run_in` re-cuts a line into
    title and run-in text where a kind knows more ways of printing a run-in title."""
    margins = _margins(lines)
    cands = {
        i: n
        for i, ln in enumerate(lines)
        if (n := numbered(ln)) and (n := run_in(n) if run_in else n) and top_level(n.number) and accept(n)
        and (titles_wrap or heading_shaped(n, lines[i + 1] if i + 1 < len(lines) else None, margins.get(ln.page)))
    }
    if not cands:
        return {}
    schemes = Counter(number_scheme(n.number) for n in cands.values())
    styled_by = Counter(number_scheme(n.number) for n in cands.values() if styled(n))
    scheme = max(schemes, key=lambda k: (styled_by[k], schemes[k], k == "plain"))
    cands = {i: n for i, n in cands.items() if number_scheme(n.number) == scheme}
    shown = {i for i, n in cands.items() if styled(n)}
    column = heading_column([n for i, n in cands.items() if i in shown] if len(shown) >= 2 else cands.values())
    in_col = {i: n for i, n in cands.items() if in_column(n.x0, column)}
    position = varying_part(n.number for n in in_col.values())
    return _with_misprints(longest_rising_run(in_col, shown, position), in_col, shown, position)


def longest_rising_run(heads: dict[int, Numbered], shown: set[int], position: Optional[int]) -> dict[int, Numbered]:
    """The heads whose numbers rise, as many styled ones as possible, then as many as possible."""
    order = sorted(heads)
    keys = [sequence_key(heads[i].number, position) for i in order]
    best: list[tuple[int, int, int]] = []  # per head: (styled, length, previous index)
    for j, key in enumerate(keys):
        own = int(order[j] in shown)
        options = [(best[k][0] + own, best[k][1] + 1, k) for k in range(j) if keys[k] < key]
        best.append(max(options, default=(own, 1, -1)))
    if not best:
        return {}
    j = max(range(len(best)), key=lambda k: best[k][:2])
    run = []
    while j >= 0:
        run.append(order[j])
        j = best[j][2]
    return {i: heads[i] for i in sorted(run)}


def _with_misprints(run: dict[int, Numbered], heads: dict[int, Numbered], shown: set[int],
                    position: Optional[int]) -> dict[int, Numbered]:
    """Styled headings the run skipped because their number is misprinted ('6' between 55 and
    57): kept as printed where the expected number ends with the printed one."""
    kept = sorted(run)
    out = dict(run)
    for before, after in zip(kept, kept[1:], strict=False):
        # A number printed twice ('12 Asset of Community Value', '12 Planning'): the one heading
        # between two of the run that repeats a neighbour's number, set in the same column and style.
        between = [i for i in heads if before < i < after]
        if (len(between) == 1 and heads[between[0]].number in (run[before].number, run[after].number)
                and (between[0] in shown) == (before in shown) == (after in shown)):
            out[between[0]] = heads[between[0]]
            continue
        expected = sequence_key(run[before].number, position)[-1] + 1
        gap = [i for i in heads if before < i < after and i in shown]
        if len(gap) == 1 and sequence_key(run[after].number, position)[-1] == expected + 1:
            number = re.sub(r"\D", "", heads[gap[0]].number.split(".")[-1])
            if number and str(expected).endswith(number):
                out[gap[0]] = heads[gap[0]]
    return dict(sorted(out.items()))

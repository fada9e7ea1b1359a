"""Build small synthetic pages for extractor tests: other councils' wordings, line by line."""

from __future__ import annotations

from panelparse.extractors.base import ExtractContext
from panelparse.layout import Line, PageLayout, Word
from panelparse.span import DocumentSpan

CHAR = 5.5


def line(top: float, x: float, text: str, bold: bool = False, tab: float = 0.0) -> Line:
    """One 11pt line at (x, top); `tab` is extra space after the first word (a tab stop)."""
    words, cursor = [], x
    for index, token in enumerate(text.split()):
        cursor += tab if index == 1 else 0.0
        words.append(Word(token, cursor, top, cursor + CHAR * len(token), top + 11, 11.0, bold))
        cursor += CHAR * (len(token) + 1)
    return Line(tuple(words), 1)


def span_of(rows, tables=()) -> DocumentSpan:
    """A one-page span from (x, text, bold[, tab]) rows; "" leaves a gap."""
    lines, top = [], 60.0
    for row in rows:
        if row == "":
            top += 14
            continue
        x, text, bold, *tab = row
        lines.append(line(top, x, text, bold, tab[0] if tab else 0.0))
        top += 13.0
    page = PageLayout(number=1, width=595, height=842, lines=tuple(lines), tables=tuple(tables))
    return DocumentSpan(pages=(page,), printed=(None,))


def run_extractor(extractor, rows, tables=()):
    """The extractor's document for the synthetic page."""
    return extractor.extract(span_of(rows, tables), ExtractContext(document_index=0), 1.0)

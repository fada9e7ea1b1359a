"""Cheap features of a span the classifiers share (heading words, header blocks, layout)."""

from __future__ import annotations

import re

from ...span import DocumentSpan
from .header import read_header


def head_text(span: DocumentSpan, n: int = 25) -> str:
    """The first n lines of the first content page, one string."""
    return "\n".join(ln.text for ln in span.head_lines(n))


def has_any(text: str, *patterns: str) -> bool:
    return any(re.search(p, text, re.I | re.M) for p in patterns)


def count(text: str, pattern: str) -> int:
    return len(re.findall(pattern, text, re.I | re.M))


def header_fields(span: DocumentSpan) -> dict[str, str]:
    """Report header fields from the first content page: a label | value table or From/To lines."""
    return read_header(span).fields


def has_report_header(span: DocumentSpan) -> bool:
    fields = {k.lower() for k in header_fields(span)}
    return len(fields & {"meeting", "date", "report title", "report presented by", "author",
                         "from", "to", "subject", "classification"}) >= 2

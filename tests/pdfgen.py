"""Write tiny PDFs byte by byte for tests: text pages, and hostile files built on purpose.

No office suite or PDF library is needed, so tests can make exactly the file they describe.
"""

from __future__ import annotations

import zlib
from pathlib import Path
from typing import Iterable


def _escape(text: str) -> str:
    return text.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)")


def text_stream(lines: Iterable[str], size: float = 11, top: float = 800, left: float = 56) -> bytes:
    """A content stream printing each line in Helvetica, 14 points apart."""
    ops = [f"BT /F1 {size:g} Tf {left:g} {top:g} Td 14 TL"]
    for line in lines:
        ops.append(f"({_escape(line)}) Tj T*")
    ops.append("ET")
    return "\n".join(ops).encode("latin-1")


def write_pdf(path: Path, pages: list[bytes], compress: bool = False) -> Path:
    """A PDF whose pages have the given content streams (A4, Helvetica as /F1)."""
    objects: list[bytes] = [b"", b""]  # 1: catalog, 2: pages; filled in below
    font = len(objects) + 1
    objects.append(b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>")
    kids = []
    for content in pages:
        data = zlib.compress(content) if compress else content
        filt = b" /Filter /FlateDecode" if compress else b""
        objects.append(b"<< /Length %d%s >>\nstream\n" % (len(data), filt) + data + b"\nendstream")
        stream_ref = len(objects)
        objects.append(b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents %d 0 R "
                       b"/Resources << /Font << /F1 %d 0 R >> >> >>" % (stream_ref, font))
        kids.append(len(objects))
    objects[0] = b"<< /Type /Catalog /Pages 2 0 R >>"
    objects[1] = b"<< /Type /Pages /Kids [%s] /Count %d >>" % (
        b" ".join(b"%d 0 R" % k for k in kids), len(kids))
    return _assemble(path, objects)


def _assemble(path: Path, objects: list[bytes]) -> Path:
    out = bytearray(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
    offsets = []
    for number, body in enumerate(objects, start=1):
        offsets.append(len(out))
        out += b"%d 0 obj\n" % number + body + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    out += b"".join(b"%010d 00000 n \n" % o for o in offsets)
    out += b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objects) + 1, xref)
    path.write_bytes(bytes(out))
    return path


def text_pdf(path: Path, *pages: list[str]) -> Path:
    """A PDF with one page per list of lines."""
    return write_pdf(path, [text_stream(lines) for lines in pages])


def flate_bomb_pdf(path: Path, megabytes: int = 1024) -> Path:
    """One page whose content stream inflates to `megabytes` MB of spaces (a decompression bomb)."""
    compressor = zlib.compressobj(9)
    chunk = b" " * (1 << 20)
    data = bytearray(compressor.compress(b"BT /F1 11 Tf 56 800 Td (Bomb) Tj ET\n"))
    for _ in range(megabytes):
        data += compressor.compress(chunk)
    data += compressor.flush()
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [4 0 R] /Count 1 >>",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 5 0 R "
        b"/Resources << /Font << /F1 3 0 R >> >> >>",
        b"<< /Length %d /Filter /FlateDecode >>\nstream\n" % len(data) + bytes(data) + b"\nendstream",
    ]
    return _assemble(path, objects)


def glyph_storm_pdf(path: Path, draws: int = 400_000) -> Path:
    """One small page that draws a glyph `draws` times: slow to read by construction."""
    body = b"BT /F1 1 Tf 56 800 Td " + b"(a) Tj " * draws + b"ET"
    return write_pdf(path, [body], compress=True)


def ruled_table_stream(rows: list[list[str]], widths: tuple[float, ...] = (200.0, 300.0), top: float = 760,
                       left: float = 56, height: float = 20, size: float = 9) -> bytes:
    """A ruled table (every cell boxed) with one line of Helvetica per cell.

    A cell too long for its box is printed in 1 pt type with negative character spacing, so
    even 24,000 digits stay inside the cell, as a hostile file would print them.
    """
    ops, y = [], top
    for row in rows:
        x = left
        for width, cell in zip(widths, row, strict=True):
            ops.append(f"{x:g} {y - height:g} {width:g} {height:g} re S")
            cell_size, spacing = size, 0.0
            if len(cell) * 0.556 * size > width - 6:
                cell_size = 1.0
                spacing = (width - 6) / len(cell) - 0.556
            ops.append(f"BT /F1 {cell_size:g} Tf {spacing:.6f} Tc {x + 3:g} {y - height + 6:g} Td "
                       f"({_escape(cell)}) Tj ET")
            x += width
        y -= height
    return "\n".join(ops).encode("latin-1")


def stamped_stream(lines: Iterable[str], stamp: str) -> bytes:
    """text_stream(lines) with a ModernGov-style 'Page N' stamp centred at the foot of the page."""
    return text_stream(lines) + f"\nBT /F1 10 Tf 280 30 Td ({_escape(stamp)}) Tj ET".encode("latin-1")

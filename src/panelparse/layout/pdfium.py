"""PDFium (pypdfium2) as a layout engine: a page's characters and vector paths as pdfminer would give them.

The default engine has pdfminer interpret every content stream in Python, which is most of
the time panelparse spends. PDFium does the same in C++. This module asks it for what the
layout layer uses (each character with its box, font name and size; each painted path;
the number of images) and returns them as the object dicts pdfplumber builds from pdfminer,
in pdfplumber's coordinates, so that words, ruled tables and stamps are then found by the
very same code (layout.pdf). Only this module imports pypdfium2 for reading; nothing here
imports pdfplumber.

Where the two libraries measure differently, pdfminer's rule is followed: a character's box
is its advance wide and its font size tall, from the font's descent below the baseline
(PDFium's own boxes are glyph-tight); a path is split into lines, rectangles and curves as
pdfminer's `paint_path` does. What still differs: PDFium drops runs of spaces pdfminer
keeps, takes a standard-14 font's descent from its own metrics, and converts every colour
to RGB. docs/performance.md has the measured effect on accuracy.
"""

from __future__ import annotations

import ctypes
import re
from typing import Any, Callable, Iterator, Optional, Sequence

import pypdfium2 as pdfium  # type: ignore[import-untyped]
import pypdfium2.raw as pdfium_c  # type: ignore[import-untyped]

Point = tuple[float, float]
Matrix = tuple[float, float, float, float, float, float]
Segment = tuple  # (op, *points) in pdfminer's form: ("m", p), ("l", p), ("c", p1, p2, p3), ("h",)

IDENTITY: Matrix = (1.0, 0.0, 0.0, 1.0, 0.0, 0.0)
# PDFium reports the hyphen it found at the end of a line as U+0002.
_PDFIUM_HYPHEN = 0x02
_SEGMENT_OPS = {pdfium_c.FPDF_SEGMENT_LINETO: "l", pdfium_c.FPDF_SEGMENT_BEZIERTO: "c",
                pdfium_c.FPDF_SEGMENT_MOVETO: "m"}


class PdfiumUnreadable(Exception):
    """PDFium could not open the file; `password` says whether a password is what it lacks."""

    def __init__(self, message: str, password: bool = False) -> None:
        super().__init__(message)
        self.password = password


def open_document(path: str, password: Optional[str] = None) -> Any:
    """The file opened in PDFium; raises PdfiumUnreadable."""
    try:
        return pdfium.PdfDocument(path, password=password or None)
    except pdfium.PdfiumError as exc:
        code = getattr(exc, "err_code", None)
        raise PdfiumUnreadable(str(exc), password=code == pdfium_c.FPDF_ERR_PASSWORD) from None


def mult(m: Matrix, n: Matrix) -> Matrix:
    """m then n (pdfminer's mult_matrix)."""
    a1, b1, c1, d1, e1, f1 = m
    a0, b0, c0, d0, e0, f0 = n
    return (a0 * a1 + c0 * b1, b0 * a1 + d0 * b1, a0 * c1 + c0 * d1, b0 * c1 + d0 * d1,
            a0 * e1 + c0 * f1 + e0, b0 * e1 + d0 * f1 + f0)


def apply(m: Matrix, x: float, y: float) -> Point:
    a, b, c, d, e, f = m
    return a * x + c * y + e, b * x + d * y + f


def device_matrix(mediabox: Sequence[float], rotate: int) -> Matrix:
    """PDF user space to pdfminer's device space for a page (PDFPageInterpreter.process_page)."""
    x0, y0, x1, y1 = (float(v) for v in mediabox)
    rotate = rotate % 360
    if rotate == 90:
        return (0.0, -1.0, 1.0, 0.0, -y0, x1)
    if rotate == 180:
        return (-1.0, 0.0, 0.0, -1.0, x1, y1)
    if rotate == 270:
        return (0.0, 1.0, -1.0, 0.0, y1, -x0)
    return (1.0, 0.0, 0.0, 1.0, -x0, -y0)


class Placement:
    """Where device-space boxes go in pdfplumber's coordinates (pdfplumber.Page.process_object)."""

    def __init__(self, page_number: int, device: Matrix, height: float, mediabox_x0: float, mediabox_top: float,
                 doctop: float) -> None:
        self.page_number, self.device, self.height = page_number, device, height
        self.mb_x0, self.mb_top, self.doctop = mediabox_x0, mediabox_top, doctop

    def box(self, attr: dict, x0: float, y0: float, x1: float, y1: float) -> dict:
        """Put a device-space box into `attr` as pdfminer's LTComponent and pdfplumber would."""
        attr.update(x0=x0, y0=y0, x1=x1, y1=y1, width=x1 - x0, height=y1 - y0)
        return attr

    def finish(self, attr: dict) -> dict:
        attr["top"] = top = (self.height - attr["y1"]) + self.mb_top
        attr["bottom"] = (self.height - attr["y0"]) + self.mb_top
        attr["doctop"] = self.doctop + top
        if self.mb_x0 != 0:
            attr["x0"] = attr["x0"] + self.mb_x0
            attr["x1"] = attr["x1"] + self.mb_x0
        return attr

    def point(self, pt: Point) -> Point:
        """pdfplumber's point2coord."""
        return (self.mb_x0 + pt[0], self.mb_top + self.height - pt[1])


# --- characters -----------------------------------------------------------------------------

class _Fonts:
    """Font name and descent per PDFium font handle (many characters share one font)."""

    def __init__(self) -> None:
        self._seen: dict[int, tuple[str, float]] = {}
        self._buffer = ctypes.create_string_buffer(256)

    def of(self, textpage: Any, index: int) -> tuple[str, float]:
        obj = pdfium_c.FPDFText_GetTextObject(textpage, index)
        font = pdfium_c.FPDFTextObj_GetFont(obj) if obj else None
        key = ctypes.cast(font, ctypes.c_void_p).value or 0 if font else 0
        found = self._seen.get(key)
        if found is None:
            found = self._seen[key] = self._read(textpage, index, font)
        return found

    def _read(self, textpage: Any, index: int, font: Any) -> tuple[str, float]:
        flags = ctypes.c_int()
        length = pdfium_c.FPDFText_GetFontInfo(textpage, index, self._buffer, len(self._buffer), flags)
        name = self._buffer.value.decode("utf-8", "replace") if length else ""
        descent = ctypes.c_float(0.0)
        if font and not pdfium_c.FPDFFont_GetDescent(font, ctypes.c_float(1000.0), descent):
            descent.value = 0.0
        return name, descent.value / 1000.0


def chars(textpage: Any, place: Placement) -> list[dict]:
    """The page's characters as pdfplumber char dicts (PDFium's generated spaces and line breaks left out)."""
    count = pdfium_c.FPDFText_CountChars(textpage)
    fonts = _Fonts()
    out = []
    ox, oy = ctypes.c_double(), ctypes.c_double()
    loose = pdfium_c.FS_RECTF()
    matrix = pdfium_c.FS_MATRIX()
    for i in range(count):
        if pdfium_c.FPDFText_IsGenerated(textpage, i):
            continue
        code = pdfium_c.FPDFText_GetUnicode(textpage, i)
        text = "-" if code == _PDFIUM_HYPHEN else chr(code)
        size = pdfium_c.FPDFText_GetFontSize(textpage, i)
        pdfium_c.FPDFText_GetCharOrigin(textpage, i, ox, oy)
        pdfium_c.FPDFText_GetLooseCharBox(textpage, i, loose)
        pdfium_c.FPDFText_GetMatrix(textpage, i, matrix)
        fontname, descent = fonts.of(textpage, i)
        out.append(_char(text, fontname, size, descent, (matrix.a, matrix.b, matrix.c, matrix.d),
                         (ox.value, oy.value), (loose.left, loose.bottom, loose.right, loose.top), place))
    return out


def _char(text: str, fontname: str, fontsize: float, descent: float, abcd: tuple[float, float, float, float],
          origin: Point, loose: tuple[float, float, float, float], place: Placement) -> dict:
    a, b, c, d = abcd
    left, bottom, right, top = loose
    # The advance along the baseline: the loose box's extent in the direction the text runs.
    scale_x = (a * a + b * b) ** 0.5 or 1.0
    adv = (right - left) / scale_x if abs(a) >= abs(b) else (top - bottom) / scale_x
    # pdfminer's LTChar box: (0, descent) .. (adv, descent + size) in text space, through the matrix.
    text_matrix = mult((a, b, c, d, origin[0], origin[1]), place.device)
    corners = [apply(text_matrix, x, y) for x in (0.0, adv) for y in (descent * fontsize, (descent + 1.0) * fontsize)]
    xs, ys = [p[0] for p in corners], [p[1] for p in corners]
    char_matrix = (text_matrix[0] * fontsize, text_matrix[1] * fontsize, text_matrix[2] * fontsize,
                   text_matrix[3] * fontsize, text_matrix[4], text_matrix[5])
    attr: dict = {"matrix": char_matrix, "fontname": fontname, "adv": adv * fontsize * scale_x,
                  "upright": a * d > 0 and b * c <= 0}
    place.box(attr, min(xs), min(ys), max(xs), max(ys))
    attr["size"] = attr["height"] if abs(a) >= abs(b) else attr["width"]
    attr.update(mcid=None, tag=None, object_type="char", page_number=place.page_number, text=text,
                stroking_color=None, non_stroking_color=None)
    return place.finish(attr)


# --- paths ----------------------------------------------------------------------------------

def _matrix(obj: Any) -> Matrix:
    m = pdfium_c.FS_MATRIX()
    if not pdfium_c.FPDFPageObj_GetMatrix(obj, m):
        return IDENTITY
    return (m.a, m.b, m.c, m.d, m.e, m.f)


def walk(objects: Iterator[Any], outer: Matrix) -> Iterator[tuple[int, Any, Matrix]]:
    """(type, object, matrix to device space) for every page object, inside forms too."""
    for obj in objects:
        kind = pdfium_c.FPDFPageObj_GetType(obj)
        if kind == pdfium_c.FPDF_PAGEOBJ_FORM:
            inner = mult(_matrix(obj), outer)
            count = pdfium_c.FPDFFormObj_CountObjects(obj)
            yield from walk((pdfium_c.FPDFFormObj_GetObject(obj, i) for i in range(count)), inner)
        else:
            yield kind, obj, outer


def segments(obj: Any, to_device: Matrix) -> list[Segment]:
    """The path as pdfminer's operator list, points in device space."""
    m = mult(_matrix(obj), to_device)
    out: list[Segment] = []
    pending: list[Point] = []
    x, y = ctypes.c_float(), ctypes.c_float()
    for i in range(pdfium_c.FPDFPath_CountSegments(obj)):
        seg = pdfium_c.FPDFPath_GetPathSegment(obj, i)
        pdfium_c.FPDFPathSegment_GetPoint(seg, x, y)
        op = _SEGMENT_OPS.get(pdfium_c.FPDFPathSegment_GetType(seg))
        point = apply(m, x.value, y.value)
        if op == "c":  # PDFium gives a Bézier as three segments: two control points, then the end
            pending.append(point)
            if len(pending) < 3:
                continue
            out.append(("c", *pending))
            pending = []
        elif op is not None:
            out.append((op, point))
        if pdfium_c.FPDFPathSegment_GetClose(seg):
            out.append(("h",))
    return out


def _colour(getter: Callable, obj: Any) -> tuple[float, float, float]:
    r, g, b, a = (ctypes.c_uint() for _ in range(4))
    if not getter(obj, r, g, b, a):
        return (0.0, 0.0, 0.0)
    return (r.value / 255, g.value / 255, b.value / 255)


def paths(page: Any, place: Placement) -> dict[str, list[dict]]:
    """Painted paths as pdfplumber's line, rect and curve dicts; and the images, counted."""
    found: dict[str, list[dict]] = {"line": [], "rect": [], "curve": [], "image": []}
    top_level = (pdfium_c.FPDFPage_GetObject(page, i) for i in range(pdfium_c.FPDFPage_CountObjects(page)))
    for kind, obj, to_device in walk(top_level, place.device):
        if kind == pdfium_c.FPDF_PAGEOBJ_IMAGE:
            found["image"].append({"object_type": "image", "page_number": place.page_number})
        elif kind == pdfium_c.FPDF_PAGEOBJ_PATH:
            fill_mode, stroke = ctypes.c_int(), ctypes.c_int()
            pdfium_c.FPDFPath_GetDrawMode(obj, fill_mode, stroke)
            if not (fill_mode.value or stroke.value):
                continue
            width = ctypes.c_float()
            pdfium_c.FPDFPageObj_GetStrokeWidth(obj, width)
            style = {"linewidth": width.value, "stroke": bool(stroke.value), "fill": bool(fill_mode.value),
                     "evenodd": fill_mode.value == pdfium_c.FPDF_FILLMODE_ALTERNATE,
                     "stroking_color": _colour(pdfium_c.FPDFPageObj_GetStrokeColor, obj),
                     "non_stroking_color": _colour(pdfium_c.FPDFPageObj_GetFillColor, obj)}
            for shape, pts, path in classify(segments(obj, to_device)):
                found[shape].append(_path_dict(shape, pts, path, style, place))
    return found


def classify(path: list[Segment]) -> Iterator[tuple[str, list[Point], list[Segment]]]:
    """pdfminer's PDFLayoutAnalyzer.paint_path: each subpath as a line, a rect or a curve."""
    shape = "".join(seg[0] for seg in path)
    if shape[:1] != "m":
        return
    if shape.count("m") > 1:
        for match in re.finditer(r"m[^m]+", shape):
            yield from classify(path[match.start(0):match.end(0)])
        return
    pts = [seg[-1] if seg[0] != "h" else path[0][-1] for seg in path]
    if len(shape) > 3 and shape[-2:] == "lh" and pts[-2] == pts[0]:
        shape = shape[:-2] + "h"
        pts.pop()
    if shape in {"mlh", "ml"}:
        yield "line", pts[:2], path
    elif shape in {"mlllh", "mllll"}:
        (x0, y0), (x1, y1), (x2, y2), (x3, y3), _ = pts
        closed = pts[0] == pts[4]
        square = (x0 == x1 and y1 == y2 and x2 == x3 and y3 == y0) or (y0 == y1 and x1 == x2 and y2 == y3 and x3 == x0)
        if closed and square:
            (ax, ay), (bx, by) = pts[0], pts[2]
            yield "rect", [(min(ax, bx), min(ay, by)), (max(ax, bx), min(ay, by)),
                           (max(ax, bx), max(ay, by)), (min(ax, bx), max(ay, by))], path
        else:
            yield "curve", pts, path
    else:
        yield "curve", pts, path


def _path_dict(shape: str, pts: list[Point], path: list[Segment], style: dict, place: Placement) -> dict:
    xs, ys = [p[0] for p in pts], [p[1] for p in pts]
    attr = place.box({}, min(xs), min(ys), max(xs), max(ys))
    attr = {"linewidth": style["linewidth"], "pts": [place.point(p) for p in pts], **attr,
            "stroke": style["stroke"], "fill": style["fill"], "evenodd": style["evenodd"],
            "stroking_color": style["stroking_color"], "non_stroking_color": style["non_stroking_color"],
            "object_type": shape, "page_number": place.page_number,
            "path": [(seg[0], *(place.point(p) for p in seg[1:])) for seg in path], "dash": None}
    return place.finish(attr)


def page_objects(page: Any, place: Placement) -> dict[str, list[dict]]:
    """Everything layout.pdf reads off a page, keyed like pdfplumber's Page.objects."""
    textpage = pdfium_c.FPDFText_LoadPage(page)
    try:
        objects = {"char": chars(textpage, place)}
    finally:
        pdfium_c.FPDFText_ClosePage(textpage)
    for kind, found in paths(page, place).items():
        if found:
            objects[kind] = found
    if not objects["char"]:
        del objects["char"]
    return objects

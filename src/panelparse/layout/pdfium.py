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
# A font's name, descent (a fraction of the font size) and advance per character (per unit of font size).
FontFacts = tuple[str, float, dict[str, float]]

IDENTITY: Matrix = (1.0, 0.0, 0.0, 1.0, 0.0, 0.0)
# PDFium reports the hyphen it found at the end of a line as U+0002.
_PDFIUM_HYPHEN = 0x02
# PDFium computes in single precision: 218.098 comes back as 218.09799385. Rounded to this many
# decimals, positions that are equal in the PDF are equal again, as they are in pdfminer's
# doubles; ties decide the order of words with the same top, and a rectangle is only a
# rectangle if its corners line up exactly.
_DECIMALS = 3
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


def load_page(document: Any, index: int) -> Optional[Any]:
    """Page `index` (0-based) of an open document, or None when PDFium cannot load it."""
    try:
        return document[index]
    except pdfium.PdfiumError:
        return None


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

def _fast(name: str, restype: Any, *argtypes: Any) -> Any:
    """pypdfium2's binding of `name` called through a plain prototype: handles as integers, so that
    the per-character calls (hundreds of thousands a pack) skip the generated wrappers' conversions."""
    address = ctypes.cast(getattr(pdfium_c, name), ctypes.c_void_p).value
    assert address, f"pypdfium2 has no {name}"
    return ctypes.CFUNCTYPE(restype, *argtypes)(address)


_VP, _INT = ctypes.c_void_p, ctypes.c_int
_DOUBLE_P = ctypes.POINTER(ctypes.c_double)
_is_generated = _fast("FPDFText_IsGenerated", _INT, _VP, _INT)
_unicode = _fast("FPDFText_GetUnicode", ctypes.c_uint, _VP, _INT)
_text_object = _fast("FPDFText_GetTextObject", _VP, _VP, _INT)
_font_size = _fast("FPDFText_GetFontSize", ctypes.c_double, _VP, _INT)
_origin = _fast("FPDFText_GetCharOrigin", _INT, _VP, _INT, _DOUBLE_P, _DOUBLE_P)
_loose_box = _fast("FPDFText_GetLooseCharBox", _INT, _VP, _INT, ctypes.POINTER(pdfium_c.FS_RECTF))
_char_matrix = _fast("FPDFText_GetMatrix", _INT, _VP, _INT, ctypes.POINTER(pdfium_c.FS_MATRIX))
_font_of = _fast("FPDFTextObj_GetFont", _VP, _VP)
_font_name = _fast("FPDFText_GetFontInfo", ctypes.c_ulong, _VP, _INT, ctypes.c_char_p, ctypes.c_ulong,
                   ctypes.POINTER(ctypes.c_int))
_descent = _fast("FPDFFont_GetDescent", _INT, _VP, ctypes.c_float, ctypes.POINTER(ctypes.c_float))
_base_font_name = _fast("FPDFFont_GetBaseFontName", ctypes.c_size_t, _VP, ctypes.c_char_p, ctypes.c_size_t)
_UINT_P = ctypes.POINTER(ctypes.c_uint)
_fill_colour = _fast("FPDFPageObj_GetFillColor", _INT, _VP, _UINT_P, _UINT_P, _UINT_P, _UINT_P)


class _Run:
    """What the characters of one PDFium text object share: font facts, size, matrix."""

    __slots__ = ("fontname", "descent", "widths", "size", "abcd", "upright", "plain", "colour")

    def __init__(self, textpage: int, index: int, obj: int, fonts: dict[int, FontFacts],
                 known: dict[str, FontFacts]) -> None:
        font = _font_of(obj) or 0
        if font not in fonts:
            fonts[font] = _font_facts(textpage, index, font, known)
        self.fontname, self.descent, self.widths = fonts[font]
        self.size = round(_font_size(textpage, index), _DECIMALS)
        m = pdfium_c.FS_MATRIX()
        _char_matrix(textpage, index, ctypes.byref(m))
        self.abcd = (round(m.a, 6), round(m.b, 6), round(m.c, 6), round(m.d, 6))
        self.upright = m.a * m.d > 0 and m.b * m.c <= 0
        self.plain = m.b == 0 and m.c == 0 and m.a > 0 and m.d > 0  # unrotated, unmirrored
        r, g, b, a = (ctypes.c_uint() for _ in range(4))
        ok = obj and _fill_colour(obj, ctypes.byref(r), ctypes.byref(g), ctypes.byref(b), ctypes.byref(a))
        # PDFium gives every colour as RGB (layout.pdf reads a colour code from it: TableGrid.inks)
        self.colour = (r.value / 255, g.value / 255, b.value / 255) if ok else None

    def advance(self, text: str, measured: float) -> float:
        """The character's advance in text space (font size included): the PDF's width where known."""
        width = self.widths.get(text) if len(text) == 1 else None
        # No width, or none: the table may be another font's of the same name (a PDF can hold a
        # simple and a CID font both called 'ABCDEE+Calibri'), so PDFium's measure is kept.
        return measured if not width else width * self.size


def _font_facts(textpage: int, index: int, font: int, known: dict[str, FontFacts]) -> FontFacts:
    buffer = ctypes.create_string_buffer(256)
    if font and _base_font_name(font, buffer, len(buffer)):
        name = buffer.value.decode("utf-8", "replace")
        for key in (name, name.split("+", 1)[-1]):
            if key in known:
                return known[key]
    flags = ctypes.c_int()
    length = _font_name(textpage, index, buffer, len(buffer), ctypes.byref(flags))
    name = buffer.value.decode("utf-8", "replace") if length else ""
    descent = ctypes.c_float(0.0)
    if not font or not _descent(font, ctypes.c_float(1000.0), ctypes.byref(descent)):
        descent.value = 0.0
    return name, descent.value / 1000.0, {}


def chars(textpage: Any, place: Placement, known: Optional[dict[str, FontFacts]] = None) -> list[dict]:
    """The page's characters as pdfplumber char dicts.

    `known` maps a font's BaseFont (without subset prefix) to the name, descent and advances
    to use for it (pdfminer's, from layout.pages); other fonts get PDFium's own.
    """
    known = known or {}
    tp = ctypes.cast(textpage, ctypes.c_void_p).value or 0
    fonts: dict[int, FontFacts] = {}
    run: Optional[_Run] = None
    run_obj = None
    ox, oy = ctypes.c_double(), ctypes.c_double()
    ox_p, oy_p = ctypes.byref(ox), ctypes.byref(oy)
    loose = pdfium_c.FS_RECTF()
    loose_p = ctypes.byref(loose)
    out: list[dict] = []
    last: Optional[tuple] = None  # (run, origin) of the character before
    previous = (0.0, 0.0, 0.0, 0.0)  # the loose box of the last character the PDF draws
    for i in range(pdfium_c.FPDFText_CountChars(textpage)):
        code = _unicode(tp, i)
        if _is_generated(tp, i):
            # PDFium drops a space glyph the PDF draws between words and puts in a space of its own
            # (a "generated" one): keep that, at the gap, with its neighbour's font; leave out the
            # line breaks it generates.
            if code != 0x20 or run is None:
                continue
            _loose_box(tp, i, loose_p)
            if run.plain:
                ox.value = loose.left
            else:
                # Text running any other way than rightwards (drawn turned, on a page turned back
                # with /Rotate): PDFium places its space as if the line ran rightwards. The space
                # starts where the character before it ends, on that character's baseline.
                _space_after(run.abcd, ox, oy, previous)
        else:
            obj = _text_object(tp, i)
            if run is None or obj != run_obj:
                run, run_obj = _Run(tp, i, obj, fonts, known), obj
            _origin(tp, i, ox_p, oy_p)
            _loose_box(tp, i, loose_p)
            previous = (loose.left, loose.bottom, loose.right, loose.top)
        text = "-" if code == _PDFIUM_HYPHEN else chr(code)
        origin = (round(ox.value, _DECIMALS), round(oy.value, _DECIMALS))
        if last == (run, origin) and out:
            # One glyph, several characters (a ligature: 'fi'): one char, as pdfminer has it.
            out[-1] = _char_dict(out[-1]["text"] + text, run, origin, loose, place)
            continue
        last = (run, origin)
        out.append(_char_dict(text, run, origin, loose, place))
    return out


def _space_after(abcd: tuple[float, float, float, float], ox: Any, oy: Any,
                 previous: tuple[float, float, float, float]) -> None:
    """Move origin (ox, oy) to the end of the `previous` loose box along the text's direction."""
    a, b = abcd[:2]
    left, bottom, right, top = previous
    if abs(a) >= abs(b):
        ox.value = right if a > 0 else left
    else:
        oy.value = top if b > 0 else bottom


def _char_dict(text: str, run: _Run, origin: Point, loose: Any, place: Placement) -> dict:
    if run.plain and place.device[:4] == (1.0, 0.0, 0.0, 1.0):
        width = round(loose.right, _DECIMALS) - round(loose.left, _DECIMALS)
        return _plain_char(text, run, origin[0], origin[1], width, place)
    box = (round(loose.left, _DECIMALS), round(loose.bottom, _DECIMALS), round(loose.right, _DECIMALS),
           round(loose.top, _DECIMALS))
    return _char(text, run, origin, box, place)


def _plain_char(text: str, run: _Run, x: float, y: float, width: float, place: Placement) -> dict:
    """_char for the common case, upright text on an unrotated page: the same numbers, fewer steps."""
    a, _, _, d = run.abcd
    width = run.advance(text, width / a) * a
    dx, dy = place.device[4], place.device[5]
    x0 = x + dx
    y0 = y + dy + run.descent * run.size * d
    height = run.size * d
    attr = {"matrix": (a * run.size, 0.0, 0.0, height, x0, y + dy), "fontname": run.fontname, "adv": width,
            "upright": run.upright, "x0": x0, "y0": y0, "x1": x0 + width, "y1": y0 + height, "width": width,
            "height": height, "size": height, "mcid": None, "tag": None, "object_type": "char",
            "page_number": place.page_number, "text": text, "stroking_color": None, "non_stroking_color": run.colour}
    return place.finish(attr)


def _char(text: str, run: _Run, origin: Point, loose: tuple[float, float, float, float], place: Placement) -> dict:
    a, b, c, d = run.abcd
    fontsize, descent = run.size, run.descent
    left, bottom, right, top = loose
    # The advance along the baseline: the loose box's extent in the direction the text runs.
    scale_x = (a * a + b * b) ** 0.5 or 1.0
    adv = run.advance(text, (right - left) / scale_x if abs(a) >= abs(b) else (top - bottom) / scale_x)
    # pdfminer's LTChar box: (0, descent) .. (adv, descent + size) in text space, through the matrix.
    text_matrix = mult((a, b, c, d, origin[0], origin[1]), place.device)
    corners = [apply(text_matrix, x, y) for x in (0.0, adv) for y in (descent * fontsize, (descent + 1.0) * fontsize)]
    xs, ys = [p[0] for p in corners], [p[1] for p in corners]
    ta, tb, tc, td = text_matrix[:4]
    char_matrix = (ta * fontsize, tb * fontsize, tc * fontsize, td * fontsize, text_matrix[4], text_matrix[5])
    # Upright as the reader sees it: in device space, after the page's /Rotate (as pdfminer judges it).
    # Text a producer drew turned on a page it then turned back with /Rotate is upright.
    attr: dict = {"matrix": char_matrix, "fontname": run.fontname, "adv": adv * fontsize * scale_x,
                  "upright": ta * td > 0 and tb * tc <= 0}
    place.box(attr, min(xs), min(ys), max(xs), max(ys))
    attr["size"] = attr["height"] if abs(ta) >= abs(tb) else attr["width"]
    attr.update(mcid=None, tag=None, object_type="char", page_number=place.page_number, text=text,
                stroking_color=None, non_stroking_color=run.colour)
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
        px, py = apply(m, round(x.value, _DECIMALS), round(y.value, _DECIMALS))
        point = (round(px, _DECIMALS), round(py, _DECIMALS))
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
            found["image"].append(_image_dict(obj, to_device, place))
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


def _image_dict(obj: Any, to_device: Matrix, place: Placement) -> dict:
    """An image as pdfminer places it: the unit square through the image's matrix (LTImage)."""
    m = mult(_matrix(obj), to_device)
    corners = [apply(m, x, y) for x in (0.0, 1.0) for y in (0.0, 1.0)]
    xs = [round(p[0], _DECIMALS) for p in corners]
    ys = [round(p[1], _DECIMALS) for p in corners]
    attr = place.box({}, min(xs), min(ys), max(xs), max(ys))
    attr.update(object_type="image", page_number=place.page_number)
    return place.finish(attr)


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


def page_objects(page: Any, place: Placement, fonts: Optional[dict[str, FontFacts]] = None
                 ) -> dict[str, list[dict]]:
    """Everything layout.pdf reads off a page, keyed like pdfplumber's Page.objects (see `chars` for `fonts`)."""
    textpage = pdfium_c.FPDFText_LoadPage(page)
    try:
        objects = {"char": chars(textpage, place, fonts)}
    finally:
        pdfium_c.FPDFText_ClosePage(textpage)
    for kind, found in paths(page, place).items():
        if found:
            objects[kind] = found
    if not objects["char"]:
        del objects["char"]
    return objects

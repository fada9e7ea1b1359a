"""pdfplumber Page subclasses: cheaper character dicts (FastPage) and pages read by PDFium (PdfiumPage).

With layout.pdf, the only module that imports pdfplumber and pdfminer: these two classes use
their internals (how a page's objects become dicts, pdfminer's fonts), pdf.py the public API.
"""

from __future__ import annotations

import logging
from typing import Any, Iterator

from pdfminer.layout import LTChar
from pdfminer.pdffont import PDFUnicodeNotDefined
from pdfminer.pdfinterp import LITERAL_FORM
from pdfminer.pdftypes import PDFObjRef, PDFStream, dict_value, resolve1
from pdfplumber.page import ALL_ATTRS, Page, fix_fontname_bytes, normalize_unicode
from pdfplumber.utils import resolve_all, resolve_and_decode

from .settings import BOLD_MARKS, ITALIC_MARKS, SYMBOL_MARKS

log = logging.getLogger(__name__)

# Values pdfplumber's resolve_all returns unchanged: no PDF object references inside.
_PLAIN = frozenset({float, int, str, bool, type(None)})


def _plain(value) -> bool:
    kind = type(value)
    return kind in _PLAIN or (kind is tuple and all(type(v) in _PLAIN for v in value))


class FastPage(Page):
    """pdfplumber's Page, with characters turned into dicts without its generic conversion.

    pdfplumber's `process_object` runs `resolve_all` on every attribute of every object (1.9M
    calls on the 52-page sample pack, about a third of the reading time). A character's
    attributes are numbers and strings, so `_char` builds the same dict (same keys, same
    order, same values) directly; any value that is not plain data, and every other kind of
    object, still goes through pdfplumber. tests/test_layout_fastpath.py compares the two.
    """

    _decoded: dict[str, str] = {}
    _styled: dict[str, str] = {}  # font name -> the name with its declared style (styled_fontnames)

    def parse_objects(self):
        # Per-page constants of the character conversion, worked out once instead of per char.
        mb_x0, mb_top = self.mediabox[:2]
        self._char_constants = (self.page_number, self.pdf.unicode_norm, self.height, mb_top, mb_x0,
                                self.initial_doctop)
        self._styled = styled_fontnames(self)
        return super().parse_objects()

    def process_object(self, obj):
        if type(obj) is LTChar:
            return self._char(obj)
        return super().process_object(obj)

    def _colour_space(self, name) -> str:
        if type(name) is not str:
            return resolve_and_decode(name)
        decoded = self._decoded.get(name)
        if decoded is None:
            decoded = self._decoded[name] = resolve_and_decode(name)
        return decoded

    def _char(self, obj: LTChar) -> dict:
        number, norm, height, mb_top, mb_x0, doctop = self._char_constants
        attr = {k: v for k, v in obj.__dict__.items() if k in ALL_ATTRS}
        for k, v in attr.items():
            if type(v) not in _PLAIN and not _plain(v):
                attr[k] = resolve_all(v)
        attr["object_type"] = "char"
        attr["page_number"] = number
        if hasattr(obj, "ncs"):
            attr["ncs"] = self._colour_space(obj.ncs.name)
        if hasattr(obj, "scs"):
            attr["scs"] = resolve_and_decode(obj.scs.name)
        text = obj._text
        attr["text"] = text if norm is None else normalize_unicode(norm, text)
        gs = obj.graphicstate
        attr["stroking_color"] = gs.scolor if isinstance(gs.scolor, tuple) else (gs.scolor,)
        attr["non_stroking_color"] = gs.ncolor if isinstance(gs.ncolor, tuple) else (gs.ncolor,)
        if isinstance(attr["fontname"], bytes):
            attr["fontname"] = fix_fontname_bytes(attr["fontname"])
        if self._styled:
            attr["fontname"] = self._styled.get(attr["fontname"], attr["fontname"])
        if "y0" in attr:
            # pdfplumber: top = (height - y1) + mediabox top, in that order (float addition is not associative).
            attr["top"] = top = (height - attr["y1"]) + mb_top
            attr["bottom"] = (height - attr["y0"]) + mb_top
            attr["doctop"] = doctop + top
        if "x0" in attr and mb_x0 != 0:
            attr["x0"] = attr["x0"] + mb_x0
            attr["x1"] = attr["x1"] + mb_x0
        return attr


def fast_page(page: Page) -> FastPage:
    """The same page of the same PDF as a FastPage (pdfplumber's Page objects are cheap until read)."""
    return FastPage(page.pdf, page.page_obj, page_number=page.page_number, initial_doctop=page.initial_doctop)


class PdfiumPage(Page):
    """A page whose objects PDFium read (layout.pdfium); pdfplumber's words and tables work on it unchanged."""

    def __init__(self, base: Page, pdfium_page, widths: dict[int, dict[str, float]]) -> None:
        super().__init__(base.pdf, base.page_obj, page_number=base.page_number, initial_doctop=base.initial_doctop)
        self._pdfium_page = pdfium_page
        self._widths = widths  # the document's: pdfminer font id -> widths by character

    @property
    def objects(self):
        if not hasattr(self, "_objects"):
            from .pdfium import Placement, device_matrix, page_objects

            mb_x0, mb_top = self.mediabox[:2]
            place = Placement(self.page_number, device_matrix(self.page_obj.mediabox, self.rotation),
                              float(self.height), mb_x0, mb_top, self.initial_doctop)
            self._objects = page_objects(self._pdfium_page.raw, place, pdfminer_fonts(self, self._widths))
        return self._objects

    def close(self) -> None:
        super().close()
        self._pdfium_page.close()


FontFacts = tuple[str, float, dict[str, float]]


def pdfminer_fonts(page: Page, widths: dict[int, dict[str, float]], depth: int = 3) -> dict[str, FontFacts]:
    """BaseFont (less any subset prefix) -> pdfminer's (font name, descent, advance by character) for a page's fonts.

    PDFium names fonts without their subset prefix, takes a descent of 0 in the descriptor as
    missing and measures some glyphs by the font program rather than the PDF's /Widths; with
    pdfminer's own reading of the same font dicts the PDFium engine's character boxes and font
    names come out as the default engine's (a style read from the font itself included, as
    `styled_fontnames` gives it). `widths` caches the advances per font.
    """
    found: dict[str, FontFacts] = {}
    for raw_name, font in _page_fonts(page, depth):
        name = _with_style(raw_name, font, _style_cache(page))
        if id(font) not in widths:
            widths[id(font)] = _advances(font)
        facts = (name, font.get_descent(), widths[id(font)])
        found.setdefault(raw_name, facts)
        base = raw_name.split("+", 1)[-1]
        if base != raw_name:  # PDFium may name it without the prefix: ambiguous if two subsets share it
            found[base] = facts if found.get(base, facts)[0] == name else (found[base][0], facts[1], {})
    return found


def styled_fontnames(page: Page, depth: int = 3) -> dict[str, str]:
    """Font name -> the name with the style the font itself declares (',Bold', ',Italic',
    ',BoldItalic' after it, as PDFs name styled TrueType faces), for the page's fonts whose
    names say no style although the font is bold or italic.

    Most producers name a bold face 'Calibri-Bold'; some name every face alike ('CairoFont-1-0'
    from cairo, 'F3' from others), and only the font descriptor (FontWeight, the ForceBold and
    Italic flags, ItalicAngle) or the embedded TrueType program ('head' macStyle, 'OS/2' weight
    class and fsSelection) says which is bold. Fonts whose names say nothing and whose programs
    say regular are left out.
    """
    cache = _style_cache(page)
    out: dict[str, str] = {}
    for name, font in _page_fonts(page, depth):
        styled = _with_style(name, font, cache)
        if styled != name:
            out[name] = styled
    return out


def _page_fonts(page: Page, depth: int) -> Iterator[tuple[str, Any]]:
    """(pdfminer's font name, pdfminer's font) for each font of the page and of its forms."""
    seen: set[int] = set()  # forms share resource dicts; each is read once

    def visit(resources, depth: int) -> Iterator[tuple[str, Any]]:
        resources = dict_value(resources)
        if id(resources) in seen:
            return
        seen.add(id(resources))
        for spec in dict_value(resources.get("Font", {})).values():
            try:
                font = page.pdf.rsrcmgr.get_font(spec.objid if isinstance(spec, PDFObjRef) else None, dict_value(spec))
            except Exception:  # a font pdfminer cannot read: PDFium's own facts are used for it
                continue
            yield (font.fontname if isinstance(font.fontname, str) else fix_fontname_bytes(font.fontname)), font
        for xobj in dict_value(resources.get("XObject", {})).values() if depth else ():
            form = resolve1(xobj)
            if isinstance(form, PDFStream) and form.get("Subtype") is LITERAL_FORM and "Resources" in form:
                yield from visit(form["Resources"], depth - 1)

    try:
        yield from visit(page.page_obj.resources, depth)
    except Exception:  # damaged resources: names as the characters give them
        log.debug("page %d: font resources unreadable", page.page_number, exc_info=True)


def _style_cache(page: Page) -> dict[int, str]:
    """The document's fonts' styles, worked out once per font (pdfminer shares font objects)."""
    cache = getattr(page.pdf, "_panelparse_font_styles", None)
    if cache is None:
        cache = {}
        setattr(page.pdf, "_panelparse_font_styles", cache)  # noqa: B010 - a cache on pdfplumber's object
    return cache


_STYLE_MARKS = BOLD_MARKS + ITALIC_MARKS + SYMBOL_MARKS  # a name that says any of these is left as it is


def _with_style(name: str, font: Any, cache: dict[int, str]) -> str:
    """`name`, with ',Bold' / ',Italic' / ',BoldItalic' after it when the name says no style
    but the font declares one."""
    if any(mark in name.lower() for mark in _STYLE_MARKS):
        return name
    if id(font) not in cache:
        try:
            cache[id(font)] = _declared_style(getattr(font, "descriptor", None) or {})
        except Exception:  # a damaged descriptor or font program: no style read from it
            log.debug("font %s: style unreadable", name, exc_info=True)
            cache[id(font)] = ""
    style = cache[id(font)]
    return f"{name},{style}" if style else name


_FORCE_BOLD, _ITALIC_FLAG = 1 << 18, 1 << 6
# A weight class from this up is bold (600 = semibold, 700 = bold).
_BOLD_WEIGHT = 600


def _declared_style(descriptor: Any) -> str:
    """'Bold', 'Italic', 'BoldItalic' or '' from a font descriptor and its embedded TrueType program."""
    descriptor = dict_value(descriptor)
    flags = int(resolve1(descriptor.get("Flags", 0)) or 0)
    weight = resolve1(descriptor.get("FontWeight"))
    angle = resolve1(descriptor.get("ItalicAngle", 0)) or 0
    bold = bool(flags & _FORCE_BOLD) or (isinstance(weight, (int, float)) and weight >= _BOLD_WEIGHT)
    italic = bool(flags & _ITALIC_FLAG) or (isinstance(angle, (int, float)) and angle != 0)
    program = resolve1(descriptor.get("FontFile2"))
    if isinstance(program, PDFStream):
        sfnt_bold, sfnt_italic = truetype_style(program.get_data())
        bold, italic = bold or sfnt_bold, italic or sfnt_italic
    return ("Bold" if bold else "") + ("Italic" if italic else "")


def truetype_style(data: bytes) -> tuple[bool, bool]:
    """(bold, italic) as a TrueType program declares them: the 'head' table's macStyle bits,
    the 'OS/2' table's weight class and fsSelection bits (either table may be missing from a
    subset). (False, False) for data that is no TrueType program."""
    if len(data) < 12:
        return False, False
    count = int.from_bytes(data[4:6], "big")
    tables = {}
    for index in range(min(count, 64)):
        record = data[12 + 16 * index: 28 + 16 * index]
        if len(record) < 16:
            break
        tables[record[:4]] = int.from_bytes(record[8:12], "big")
    bold = italic = False
    head = tables.get(b"head")
    if head is not None and len(data) >= head + 46:
        mac_style = int.from_bytes(data[head + 44: head + 46], "big")
        bold, italic = bool(mac_style & 1), bool(mac_style & 2)
    os2 = tables.get(b"OS/2")
    if os2 is not None and len(data) >= os2 + 64:
        weight = int.from_bytes(data[os2 + 4: os2 + 6], "big")
        selection = int.from_bytes(data[os2 + 62: os2 + 64], "big")
        bold = bold or weight >= _BOLD_WEIGHT or bool(selection & 0x20)
        italic = italic or bool(selection & 0x01)
    return bold, italic


def _advances(font: Any) -> dict[str, float]:
    """Each character the font can show -> pdfminer's advance for it (text space, per unit of font size).

    pdfminer measures a character by its code; PDFium only tells the character, so the codes
    are mapped back through the font's own code -> Unicode table (the first code wins).
    """
    codes: Any = ()
    if getattr(font, "unicode_map", None) is not None and hasattr(font.unicode_map, "cid2unichr"):
        codes = font.unicode_map.cid2unichr.keys()
    elif not getattr(font, "is_multibyte", lambda: False)():
        codes = range(256)
    out: dict[str, float] = {}
    for code in codes:
        try:
            text = font.to_unichr(code)
        except (PDFUnicodeNotDefined, KeyError, IndexError, ValueError, TypeError):
            continue
        if len(text) == 1 and text not in out:
            out[text] = font.char_width(code)
    return out

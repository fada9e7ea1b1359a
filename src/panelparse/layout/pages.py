"""pdfplumber Page subclasses: cheaper character dicts (FastPage) and pages read by PDFium (PdfiumPage).

With layout.pdf, the only module that imports pdfplumber and pdfminer: these two classes use
their internals (how a page's objects become dicts, pdfminer's fonts), pdf.py the public API.
"""

from __future__ import annotations

import logging
from typing import Any

from pdfminer.layout import LTChar
from pdfminer.pdffont import PDFUnicodeNotDefined
from pdfminer.pdfinterp import LITERAL_FORM
from pdfminer.pdftypes import PDFObjRef, PDFStream, dict_value, resolve1
from pdfplumber.page import ALL_ATTRS, Page, fix_fontname_bytes, normalize_unicode
from pdfplumber.utils import resolve_all, resolve_and_decode

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

    def parse_objects(self):
        # Per-page constants of the character conversion, worked out once instead of per char.
        mb_x0, mb_top = self.mediabox[:2]
        self._char_constants = (self.page_number, self.pdf.unicode_norm, self.height, mb_top, mb_x0,
                                self.initial_doctop)
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
    names come out as the default engine's. `widths` caches the advances per font.
    """
    found: dict[str, FontFacts] = {}
    seen: set[int] = set()  # forms share resource dicts; each is read once

    def visit(resources, depth: int) -> None:
        resources = dict_value(resources)
        if id(resources) in seen:
            return
        seen.add(id(resources))
        for spec in dict_value(resources.get("Font", {})).values():
            try:
                font = page.pdf.rsrcmgr.get_font(spec.objid if isinstance(spec, PDFObjRef) else None, dict_value(spec))
            except Exception:  # a font pdfminer cannot read: PDFium's own facts are used for it
                continue
            name = font.fontname if isinstance(font.fontname, str) else fix_fontname_bytes(font.fontname)
            if id(font) not in widths:
                widths[id(font)] = _advances(font)
            facts = (name, font.get_descent(), widths[id(font)])
            found.setdefault(name, facts)
            base = name.split("+", 1)[-1]
            if base != name:  # PDFium may name it without the prefix: ambiguous if two subsets share it
                found[base] = facts if found.get(base, facts)[0] == name else (found[base][0], facts[1], {})
        for xobj in dict_value(resources.get("XObject", {})).values() if depth else ():
            form = resolve1(xobj)
            if isinstance(form, PDFStream) and form.get("Subtype") is LITERAL_FORM and "Resources" in form:
                visit(form["Resources"], depth - 1)

    try:
        visit(page.page_obj.resources, depth)
    except Exception:  # damaged resources: fall back to PDFium's facts
        log.debug("page %d: fonts unreadable for the pdfium engine", page.page_number, exc_info=True)
    return found


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

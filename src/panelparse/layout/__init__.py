"""The one layer over pdfplumber: pages, lines with fonts and positions, tables, page stamps."""

from .furniture import find_printed_page, is_blank_text
from .pdf import PackLayout, open_pack
from .settings import LayoutSettings
from .types import Block, Line, PackMetadata, PageLayout, TableGrid, Word

__all__ = ["Block", "LayoutSettings", "Line", "PackLayout", "PackMetadata", "PageLayout",
           "TableGrid", "Word", "find_printed_page", "is_blank_text", "open_pack"]

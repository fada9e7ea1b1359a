"""The output contract as pydantic models; importable without the PDF machinery."""

from .base import BBox, Check, ContractModel, Evidence, ExtractionWarning, PageRange
from .documents import *  # noqa: F401,F403 - the documents package defines __all__
from .documents import __all__ as _documents_all
from .pack import BUILTIN_DOCUMENT_MODELS, SCHEMA_VERSION, Document, Generator, Meeting, MeetingPack, Source
from .values import Attendee, Change, Contact, DateRef, Money, Period, Person, Value

__all__ = [
    "BBox", "Check", "ContractModel", "Evidence", "ExtractionWarning", "PageRange",
    "BUILTIN_DOCUMENT_MODELS", "SCHEMA_VERSION", "Document", "Generator", "Meeting", "MeetingPack",
    "Source", "Attendee", "Change", "Contact", "DateRef", "Money", "Period", "Person", "Value",
    *_documents_all,
]

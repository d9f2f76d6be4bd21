"""The knowledge base as the checks use it: entries, and indexes by title and by number."""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from dataclasses import dataclass
from functools import cached_property

from discl_lint.citations.normal import edit_distance, key, simplified
from discl_lint.model.findings import Severity

# Facts with these marks are certain enough for a warning; S facts give info; the rest nothing.
CERTAIN = frozenset({"V", "V-fwd"})
USABLE = frozenset({"V", "V-fwd", "S"})
OK, INFO, WRONG = "ok", "info", "wrong"


def severity_of(mark: str) -> Severity | None:
    """The severity a fact with ``mark`` supports (None: do not report on it)."""
    if mark in CERTAIN:
        return Severity.WARNING
    return Severity.INFO if mark in USABLE else None


@dataclass(frozen=True)
class Fact:
    """A dated fact, how sure it is, and where it was seen."""

    value: dt.date
    mark: str
    src: str | None = None


@dataclass(frozen=True)
class Number:
    """A 文号 or 令号 of the knowledge base, with its comparison key."""

    text: str
    key: tuple[str, str, int | None, int | None]
    mark: str
    src: str | None = None


@dataclass(frozen=True)
class Version:
    """One text of a document: its number and dates."""

    number: Number | None
    issued: Fact | None = None
    effective: Fact | None = None
    superseded: Fact | None = None


@dataclass(frozen=True)
class Fuzzy:
    """How far a title may be from the entry's and still be taken for it."""

    max_edits: int
    required: tuple[str, ...]


@dataclass(frozen=True)
class Entry:
    """A document (or one edition of a series) as cited in reports."""

    id: str
    kind: str
    title: str  # as cited, without the outer 《》, inner titles in 〈〉
    issuer: str
    versions: tuple[Version, ...]
    core: bool = False
    fuzzy: Fuzzy | None = None
    superseded_severity: Severity | None = None
    superseded_by: str = ""
    source: str | None = None
    title_mark: str = "V"
    year: int | None = None  # the year an edition of a series names

    @property
    def numbers(self) -> tuple[Number, ...]:
        """Every number the document was issued under."""
        return tuple(v.number for v in self.versions if v.number is not None)


@dataclass(frozen=True)
class Form:
    """A way of writing an entry's title: accepted, recognisable (info) or wrong."""

    entry: Entry
    status: str
    shown: str  # the form as written in the knowledge base
    suggestion: str  # what to write instead ("": the nearest accepted form)
    names_issuer: bool = True  # False for forms without the issuer (关于公布…的通知)
    severity: Severity | None = None
    seen: str | None = None


@dataclass(frozen=True)
class Series:
    """A document issued every year; the template names the title of later editions."""

    id: str
    issuer: str
    editions: Mapping[int, Entry]
    template: str = ""
    template_from: int = 2019

    def expected_title(self, year: int) -> str | None:
        """The title of the ``year`` edition, if the knowledge base can say it."""
        edition = self.editions.get(year)
        if edition is not None and edition.title_mark in USABLE:
            return edition.title
        if self.template and year >= self.template_from:
            return self.template.replace("{Y}", str(year))
        return None


@dataclass(frozen=True)
class InvalidCode:
    """An issuing-office code no office uses, and the code meant."""

    code: str
    intended: str
    seen: str | None = None


@dataclass(frozen=True)
class KnowledgeBase:
    """Entries and the indexes the checks look things up in."""

    entries: Mapping[str, Entry]
    forms: Mapping[str, Form]  # by normalised title
    numbers: Mapping[tuple[str, str, int | None, int | None], tuple[Entry, Number]]
    issuers: tuple[str, ...]  # longest first
    series: tuple[Series, ...]
    invalid_codes: tuple[InvalidCode, ...]
    fuzzy: tuple[tuple[str, Form], ...]  # normalised accepted titles open to fuzzy matching

    @cached_property
    def issuer_ends(self) -> frozenset[str]:
        """The last characters of the issuers: a quick test before comparing whole names."""
        return frozenset(i[-1] for i in self.issuers)

    def suggestion(self, form: Form) -> str:
        """What to write instead of ``form``: its own suggestion, else the nearest accepted form."""
        if form.suggestion:
            return form.suggestion
        plain, entry = key(form.shown), form.entry
        accepted = [f.shown for f in self.forms.values() if f.entry is entry and f.status == OK]
        return min(accepted, key=lambda s: edit_distance(plain, key(s), 99), default=entry.title)

    def issuer_before(self, run: str) -> str:
        """The known issuer that ends ``run`` (the Han text before a 《, as written), or ""."""
        if not run or simplified(run[-1]) not in self.issuer_ends:
            return ""
        run = simplified(run)
        return next((i for i in self.issuers if run[-len(i) :] == i), "")

    def invalid_code(self, code: str) -> InvalidCode | None:
        """The denylisted code that ends ``code``, if any."""
        return next((c for c in self.invalid_codes if code.endswith(c.code)), None)

"""Building the knowledge base from its validated data (the built-in file, then users' files)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator, Mapping, Sequence
from typing import Any

from discl_lint.citations.kb import (
    INFO,
    OK,
    USABLE,
    WRONG,
    Entry,
    Fact,
    Form,
    Fuzzy,
    InvalidCode,
    KnowledgeBase,
    Number,
    Series,
    Version,
)
from discl_lint.citations.normal import key
from discl_lint.citations.tokens import parse_number
from discl_lint.model.errors import DiscLintError
from discl_lint.model.findings import Severity


class KnowledgeError(DiscLintError):
    """A knowledge-base entry that cannot be used (an unreadable number, a missing edition)."""


def build(files: Sequence[Mapping[str, Any]]) -> KnowledgeBase:
    """One knowledge base; a later file's entry replaces an earlier one with the same id."""
    documents: dict[str, Mapping[str, Any]] = {}
    series_data: dict[str, Mapping[str, Any]] = {}
    invalid: list[InvalidCode] = []
    for data in files:
        documents.update((d["id"], d) for d in data.get("documents", ()))
        series_data.update((s["id"], s) for s in data.get("series", ()))
        invalid.extend(
            InvalidCode(c["code"], c["intended"], c.get("seen"))
            for c in data.get("invalid_codes", ())
        )
    entries: dict[str, Entry] = {}
    forms: dict[str, Form] = {}
    for raw in documents.values():
        entry = _entry(raw)
        entries[entry.id] = entry
        forms.update((key(f.shown), f) for f in _document_forms(entry, raw))
    series = tuple(_series(raw, entries, forms) for raw in series_data.values())
    return KnowledgeBase(
        entries,
        forms,
        _numbers(entries.values()),
        _issuers(entries.values(), series),
        series,
        tuple(invalid),
        tuple((key(e.title), forms[key(e.title)]) for e in entries.values() if e.fuzzy),
    )


def cited(title: str) -> str:
    """The form a title takes inside a report: outer 《》 dropped, inner 《》 as 〈〉."""
    inner = title.removeprefix("《").removesuffix("》") if title.startswith("《") else title
    return inner.replace("《", "〈").replace("》", "〉")


def _number(text: str, mark: str, src: str | None, owner: str) -> Number:
    token = parse_number(text)
    if token is None or token.problems:
        raise KnowledgeError(
            f"citations: {owner}: number {text!r} is not a well-formed 文号 or 令号"
        )
    return Number(text, token.key, mark, src)


def _fact(raw: Any) -> Fact | None:
    if not raw:
        return None
    return Fact(dt.date.fromisoformat(raw["value"]), raw["mark"], raw.get("src"))


def _versions(raw: Mapping[str, Any]) -> tuple[Version, ...]:
    if "versions" in raw:
        return tuple(_listed_version(v, raw["id"]) for v in raw["versions"])
    dates = raw.get("dates") or {}
    number = raw.get("number")
    issued = [f for f in (_fact(dates.get("signed")), _fact(dates.get("published"))) if f]
    return (
        Version(
            _number(number["raw"], number["mark"], number.get("src"), raw["id"])
            if number
            else None,
            min(issued, key=lambda f: f.value) if issued else None,
            _fact(dates.get("effective")),
            _fact(dates.get("superseded")),
        ),
    )


def _listed_version(raw: Mapping[str, Any], owner: str) -> Version:
    mark, src = raw["mark"], raw.get("src")

    def fact(name: str) -> Fact | None:
        value = raw.get(name)
        return Fact(dt.date.fromisoformat(value), mark, src) if value else None

    number = _number(raw["number"], mark, src, owner)
    return Version(number, fact("signed"), fact("effective"), fact("superseded"))


def _entry(raw: Mapping[str, Any]) -> Entry:
    fuzzy = raw.get("fuzzy") or {}
    sources = raw.get("sources") or []
    capped = raw.get("superseded_severity")
    return Entry(
        id=raw["id"],
        kind=raw["kind"],
        title=cited(raw.get("cited_title") or raw["title"]),
        issuer=raw.get("issuer") or "",
        versions=_versions(raw),
        core=bool(raw.get("core", False)),
        fuzzy=Fuzzy(fuzzy.get("max_edits", 2), tuple(fuzzy.get("required_tokens", ())))
        if fuzzy.get("enabled")
        else None,
        superseded_severity=Severity.parse(capped) if capped else None,
        superseded_by=raw.get("superseded_by") or "",
        source=next((s.get("url") for s in sources if s.get("url")), None)
        or f"知识库条目 {raw['id']}",
    )


def _names_issuer(entry: Entry, text: str) -> bool:
    issuer = key(entry.issuer).replace("、", "")
    return bool(issuer) and key(text).startswith(issuer)


def _accepted(entry: Entry, shown: str) -> Iterator[Form]:
    yield Form(entry, OK, shown, shown, _names_issuer(entry, shown))
    issuer = entry.issuer
    if issuer and shown.startswith(issuer) and shown[len(issuer) :].startswith("关于"):
        rest = shown[len(issuer) :]
        yield Form(entry, OK, rest, rest, names_issuer=False)


def _document_forms(entry: Entry, raw: Mapping[str, Any]) -> Iterator[Form]:
    aliases = raw.get("aliases") or {}
    accepted = list(_accepted(entry, entry.title))
    for alias in aliases.get("ok", ()):
        accepted.extend(_accepted(entry, alias))
    yield from accepted
    for alias in aliases.get("info", ()):
        yield Form(entry, INFO, alias, "", _names_issuer(entry, alias))
    for wrong in raw.get("wrong_forms", ()):
        yield _wrong(entry, wrong, wrong.get("correct", ""))


def _wrong(entry: Entry, raw: Mapping[str, Any], suggestion: str) -> Form:
    severity = Severity.parse(raw["severity"])
    return Form(
        entry,
        WRONG,
        raw["text"],
        suggestion,
        _names_issuer(entry, raw["text"]),
        severity,
        raw.get("seen"),
    )


def _series(raw: Mapping[str, Any], entries: dict[str, Entry], forms: dict[str, Form]) -> Series:
    editions: dict[int, Entry] = {}
    for edition in raw["editions"]:
        entry = _edition(raw, edition)
        editions[entry.year or 0] = entries[entry.id] = entry
        if entry.title_mark in USABLE:
            forms.update((key(f.shown), f) for f in _accepted(entry, entry.title))
    for wrong in raw.get("wrong_forms", ()):
        meant = editions.get(wrong.get("correct_edition", 0))
        if meant is None:
            raise KnowledgeError(
                f"citations: {raw['id']}: wrong form {wrong['text']!r} names no edition"
            )
        forms[key(wrong["text"])] = _wrong(meant, wrong, meant.title)
    template = raw.get("title_template_from_2019", "")
    return Series(raw["id"], raw["issuer"], editions, template)


def _edition(series: Mapping[str, Any], raw: Mapping[str, Any]) -> Entry:
    owner = f"{series['id']}-{raw['year']}"
    number = raw.get("number")
    mark = raw.get("number_mark", raw["mark"])
    version = Version(_number(number, mark, raw.get("src"), owner) if number else None)
    return Entry(
        id=owner,
        kind="normative_notice",
        title=cited(raw["title"]),
        issuer=series["issuer"],
        versions=(version,),
        source=raw.get("src"),
        title_mark=raw["mark"],
        year=raw["year"],
    )


def _numbers(entries: Any) -> dict[tuple[str, str, int | None, int | None], tuple[Entry, Number]]:
    return {n.key: (e, n) for e in entries for n in e.numbers if n.mark in USABLE}


def _issuers(entries: Any, series: tuple[Series, ...]) -> tuple[str, ...]:
    names = {e.issuer for e in entries} | {s.issuer for s in series}
    parts = {p for name in names for p in name.split("、")}
    return tuple(sorted((n for n in names | parts if n), key=len, reverse=True))

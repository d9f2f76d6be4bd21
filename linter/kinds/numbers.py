"""Arithmetic in prose: totals against their parts, and percentages.

``sum`` options:
  skip_sections: regular expression; breakdowns in sections whose title matches are skipped.
  only_sections: regular expression; only breakdowns in sections whose title matches.
  parts: regular expression that every part's label (the text before it) must match.
  near_ratio: a non-exhaustive list whose parts add up to less than the total is
    reported (as a warning) only when it has 3 parts or more and they reach this
    share of the total (default 0.8) — short lists of examples are not breakdowns.
``percent`` options:
  checks: any of ``range`` (a share outside 0–100%; growth rates excluded),
    ``match`` (a part's share against part/total, one unit of the last printed
    digit of tolerance), ``shares-sum`` (shares of an exhaustive breakdown add up to 100).
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from decimal import Decimal
from typing import Any

from discl_lint.breakdowns import Breakdown, find_breakdowns
from discl_lint.document import Document
from discl_lint.errors import OptionError
from discl_lint.kinds import options as opt
from discl_lint.model import Hit, Severity
from discl_lint.quantities import Quantity, read_quantities


def shown(value: Decimal | float, unit: str = "") -> str:
    """A number as a report would print it: 8.60 → 8.6, 12.0 → 12."""
    text = format(Decimal(str(value)).normalize(), "f")
    return text + unit


@dataclass(frozen=True)
class SumOptions:
    """Validated options of ``sum``."""

    skip_sections: re.Pattern[str] | None
    only_sections: re.Pattern[str] | None
    parts: re.Pattern[str] | None
    near_ratio: float


def _optional_regex(raw: Mapping[str, Any], name: str) -> re.Pattern[str] | None:
    return opt.regex(raw[name], f"options.{name}") if name in raw else None


def in_scope(doc: Document, offset: int, options: SumOptions) -> bool:
    """Whether the section holding ``offset`` is one the rule looks at."""
    title = doc.section_title(offset)
    if options.skip_sections and options.skip_sections.search(title):
        return False
    return not options.only_sections or bool(options.only_sections.search(title))


class Sum:
    """Report totals that do not equal the sum of their listed parts."""

    name = "sum"
    placeholders = ("expected", "found")

    def parse_options(self, raw: Mapping[str, Any]) -> SumOptions:
        """Validate the options."""
        opt.reject_unknown(raw, {"skip_sections", "only_sections", "parts", "near_ratio"})
        ratio = raw.get("near_ratio", 0.8)
        if not isinstance(ratio, int | float) or not 0 < ratio <= 1:
            raise OptionError("options.near_ratio", f"expected a number in (0, 1], got {ratio!r}")
        return SumOptions(
            _optional_regex(raw, "skip_sections"),
            _optional_regex(raw, "only_sections"),
            _optional_regex(raw, "parts"),
            float(ratio),
        )

    def check(self, doc: Document, options: SumOptions) -> Iterator[Hit]:
        """One hit per breakdown whose parts do not add up."""
        for breakdown in doc.analysis("breakdowns", lambda d: list(find_breakdowns(d.text))):
            if not in_scope(doc, breakdown.start, options) or not _labelled(
                doc, breakdown, options
            ):
                continue
            severity = _verdict(breakdown, options)
            if severity is not None:
                total = breakdown.total
                yield Hit(
                    total.start,
                    total.end,
                    {
                        "expected": shown(total.value, total.unit),
                        "found": "+".join(shown(p.quantity.value) for p in breakdown.parts)
                        + "="
                        + shown(breakdown.parts_sum, total.unit),
                    },
                    severity,
                )


def _labelled(doc: Document, breakdown: Breakdown, options: SumOptions) -> bool:
    if options.parts is None:
        return True
    starts = [breakdown.total.end, *(p.quantity.end for p in breakdown.parts[:-1])]
    labels = (doc.text[a : p.quantity.start] for a, p in zip(starts, breakdown.parts, strict=True))
    return all(options.parts.search(label) for label in labels)


def _verdict(breakdown: Breakdown, options: SumOptions) -> Severity | None:
    total, parts = float(breakdown.total.value), breakdown.parts_sum
    if parts > total:
        return Severity.ERROR
    if parts == total:
        return None
    if breakdown.exhaustive:
        return Severity.ERROR
    if len(breakdown.parts) >= 3 and parts >= options.near_ratio * total:
        return Severity.WARNING
    return None


_SHARE_WORDS = re.compile(r"(?:占|比例|比重|率|覆盖|达到?|为)[^，。；0-9]{0,4}$")
_GROWTH_WORDS = re.compile(r"增长|提高|提升|下降|降低|增加|减少|同比|环比|增幅|降幅|上升|翻")


@dataclass(frozen=True)
class PercentOptions:
    """Validated options of ``percent``."""

    checks: frozenset[str]


class Percent:
    """Report impossible or inconsistent percentages."""

    name = "percent"
    placeholders = ("expected", "found")

    def parse_options(self, raw: Mapping[str, Any]) -> PercentOptions:
        """Validate the options."""
        opt.reject_unknown(raw, {"checks"})
        checks = raw.get("checks")
        allowed = {"range", "match", "shares-sum"}
        if not isinstance(checks, list) or not checks or set(checks) - allowed:
            raise OptionError(
                "options.checks", f"expected a list drawn from {', '.join(sorted(allowed))}"
            )
        return PercentOptions(frozenset(checks))

    def check(self, doc: Document, options: PercentOptions) -> Iterator[Hit]:
        """Yield hits of the chosen checks, in text order."""
        if "range" in options.checks:
            yield from _out_of_range(doc.text)
        for breakdown in doc.analysis("breakdowns", lambda d: list(find_breakdowns(d.text))):
            if "match" in options.checks:
                yield from _mismatches(breakdown)
            if "shares-sum" in options.checks:
                yield from _shares_sum(breakdown)


def _out_of_range(text: str) -> Iterator[Hit]:
    for quantity in read_quantities(text):
        if not quantity.is_share or quantity.value <= 100:
            continue
        before = text[max(0, quantity.start - 12) : quantity.start]
        if _SHARE_WORDS.search(before) and not _GROWTH_WORDS.search(before):
            yield Hit(
                quantity.start,
                quantity.end,
                {"expected": "0%～100%", "found": shown(quantity.value, "%")},
            )


def _unit(share: Quantity) -> Decimal:
    return Decimal(1).scaleb(-share.decimals())


def _mismatches(breakdown: Breakdown) -> Iterator[Hit]:
    total = breakdown.total.value
    for part in breakdown.parts:
        share = part.share
        if share is None or total == 0:
            continue
        exact = part.quantity.value * 100 / total
        if abs(share.value - exact) > _unit(share):
            yield Hit(
                share.start,
                share.end,
                {
                    "expected": f"{shown(part.quantity.value)}/{shown(total)}≈{exact:.2f}%",
                    "found": shown(share.value, "%"),
                },
            )


def _shares_sum(breakdown: Breakdown) -> Iterator[Hit]:
    shares = [p.share for p in breakdown.parts]
    if (
        len(shares) < 2
        or any(s is None for s in shares)
        or breakdown.parts_sum != float(breakdown.total.value)
    ):
        return
    known = [s for s in shares if s is not None]
    tolerance = sum(_unit(s) for s in known)
    added = sum(s.value for s in known)
    if abs(added - 100) > tolerance:
        yield Hit(known[0].start, known[-1].end, {"expected": "100%", "found": shown(added, "%")})

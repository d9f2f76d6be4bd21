"""``percent``: impossible or inconsistent percentages.

Options:
  checks: any of ``range`` (a share outside 0–100%; growth rates excluded),
    ``match`` (a part's share against part/total, one unit of the last printed
    digit of tolerance), ``shares-sum`` (shares of an exhaustive breakdown add up to 100).
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping, Sequence
from dataclasses import dataclass
from decimal import Decimal
from typing import Any

from discl_lint.document.numbers import breakdowns, quantities
from discl_lint.document.structure import Document
from discl_lint.kinds import options as opt
from discl_lint.kinds.numbers import shown
from discl_lint.model.errors import OptionError
from discl_lint.model.findings import Hit
from discl_lint.page.table_sums import table_breakdowns
from discl_lint.text.breakdowns import Breakdown
from discl_lint.text.quantities import Quantity
from discl_lint.text.regex_store import regex

_SHARE_WORDS = regex(r"(?:占|比例|比重|率|覆盖|达到?|为)[^，。；0-9]{0,4}$")
_GROWTH_WORDS = regex(r"增长|提高|提升|下降|降低|增加|减少|同比|环比|增幅|降幅|上升|翻")


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
            yield from _out_of_range(doc.text, quantities(doc))
        # A government table's shares are the gov-format rules' (their own sums).
        tables = table_breakdowns(doc) if doc.profile != "gov" else ()
        for breakdown in (*breakdowns(doc), *tables):
            if "match" in options.checks:
                yield from _mismatches(breakdown)
            if "shares-sum" in options.checks:
                yield from _shares_sum(breakdown)


def _out_of_range(text: str, found: Sequence[Quantity]) -> Iterator[Hit]:
    for quantity in found:
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
    tolerance = sum((_unit(s) for s in known), Decimal(0))
    added = sum((s.value for s in known), Decimal(0))
    if abs(added - 100) > tolerance:
        yield Hit(known[0].start, known[-1].end, {"expected": "100%", "found": shown(added, "%")})

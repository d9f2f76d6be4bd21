"""``percent``: impossible or inconsistent percentages.

Options:
  checks: any of ``range`` (a share outside 0–100%; growth rates excluded),
    ``match`` (a part's share against part/total, one unit of the last printed
    digit of tolerance), ``shares-sum`` (shares of an exhaustive breakdown add up to 100).
"""

from __future__ import annotations

import bisect
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
from discl_lint.text.breakdown_parts import Breakdown
from discl_lint.text.quantities import Quantity
from discl_lint.text.regex_store import regex

_SHARE_WORDS = regex(r"(?:占|比例|比重|率|覆盖|达到?|为)[^，。；0-9]{0,4}$")
# A list of shares of every kind: …和其他类信息分别占35.2%、18.6%、21.4%和27.1%.
_EACH_SHARE = regex(r"分别占(?:比为?|比例为?|为)?")
_LIST_GAP = regex(r"[\s、，,和及与]*")
_NAME_SEPARATORS = regex(r"[、，,]|和|及|与")
_REST = regex(r"其他|其余|其它")
# …or named one by one under 其中, the rest last (其中招生类占38.5%，…，其他占11.5%).
_UNDER = regex(r"(?:其中|从类别(?:上)?看|按类别(?:分|统计|划分)?|从内容(?:上)?看)[，,：:]?")
_NAMED_SHARE = regex(r"[，,；;、]?\s*[^，,；;、。！？\d%％]{1,24}?占(?:比为?|比例为?|为)?\s*")
# The count a share may carry in brackets after it (占比24.6%（186条）).
_COUNT_NOTE = regex(r"\A\s*[（(]\d+(?:\.\d+)?[^（）()]{0,4}[）)]")
# Farther from 100% than this, shares named one by one may overlap (a survey's 多选).
_NEAR_WHOLE = (Decimal(80), Decimal(120))
_MOST_LISTED = 30
# …and a ratio to a plan or to last year, which may pass 100 (计划完成率101.2%, 为上学年的115%).
_GROWTH_WORDS = regex(
    r"增长|提高|提升|下降|降低|增加|减少|同比|环比|增幅|降幅|上升|翻|完成率|完成了?|"
    r"(?:为|是|达|相当于)(?:上|去|前)一?(?:学年|年)度?(?:同期)?的?"
)


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
        if "shares-sum" in options.checks and "分别占" in doc.text:
            yield from _share_lists(doc.text, quantities(doc))
        if "shares-sum" in options.checks and ("其中" in doc.text or "类别" in doc.text):
            yield from _named_share_lists(doc.text, quantities(doc))


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
    if any(part.quantity.value > total for part in breakdown.parts):
        return  # a "total" below one of its parts is misread, or DL301's: no denominator
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
                    "found": share.digits + share.unit,  # as printed: 50.0%, not 50%
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


def _share_lists(text: str, found: Sequence[Quantity]) -> Iterator[Hit]:
    """Shares alone of every kind (甲类、乙类和其他类分别占35.2%、…): they add up to 100."""
    shares = [q for q in found if q.is_share]
    for cue in _EACH_SHARE.finditer(text):
        listed = _listed_after(text, shares, cue.end())
        clause = text[
            max(text.rfind(ch, 0, cue.start()) for ch in "。；;，,：:\n") + 1 : cue.start()
        ]
        names = [n for n in _NAME_SEPARATORS.split(clause) if n.strip()]
        if len(listed) < 3 or len(names) != len(listed) or not _REST.search(names[-1]):
            continue
        yield from _off_whole(listed)


def _named_share_lists(text: str, found: Sequence[Quantity]) -> Iterator[Hit]:
    """Shares alone, each after its name, under 其中, the rest named last: all of them."""
    shares = [q for q in found if q.is_share]
    for cue in _UNDER.finditer(text):
        listed = _named_after(text, shares, cue.end())
        if len(listed) < 3 or not _REST.search(text, listed[-2].end, listed[-1].start):
            continue
        added = sum((s.value for s in listed), Decimal(0))
        if _NEAR_WHOLE[0] <= added <= _NEAR_WHOLE[1]:
            yield from _off_whole(listed)


def _named_after(text: str, shares: Sequence[Quantity], at: int) -> list[Quantity]:
    """The shares right after ``at``, each parted from the last only by its name and 占."""
    listed: list[Quantity] = []
    first = bisect.bisect_left(shares, at, key=lambda share: share.start)
    for share in shares[first : first + _MOST_LISTED]:
        begin = listed[-1].end if listed else at
        noted = _COUNT_NOTE.match(text[begin : share.start])
        if not _NAMED_SHARE.fullmatch(text, begin + (noted.end() if noted else 0), share.start):
            break
        listed.append(share)
    return listed


def _off_whole(listed: Sequence[Quantity]) -> Iterator[Hit]:
    tolerance = sum((_unit(s) for s in listed), Decimal(0))
    added = sum((s.value for s in listed), Decimal(0))
    if abs(added - 100) > tolerance:
        yield Hit(listed[0].start, listed[-1].end, {"expected": "100%", "found": shown(added, "%")})


def _listed_after(text: str, shares: Sequence[Quantity], at: int) -> list[Quantity]:
    """The shares right after ``at``, parted only by list marks (、 和 及)."""
    listed: list[Quantity] = []
    first = bisect.bisect_left(shares, at, key=lambda share: share.start)
    for share in shares[first : first + _MOST_LISTED]:
        if not _LIST_GAP.fullmatch(text[listed[-1].end if listed else at : share.start]):
            break
        listed.append(share)
    return listed

"""The parts of a breakdown, with the shares printed beside them.

What a list's numbers are: parts (``招生信息60条``), the shares that ride with them
(``，占40%``, or ``分别占40%和60%`` after all of them), one number for several parts
(``予以公开、部分公开各4件``), or none of these: a change (``增加29条``), a base of
comparison (``较上学年的50条``), a rate of change (``增长29.6%``), a range's top.
"""

from __future__ import annotations

from dataclasses import dataclass

from discl_lint.text.quantities import Quantity
from discl_lint.text.regex_store import regex

# A change is no total: 较上学年增加41条，其中… lists the year's items, not the 41.
_CHANGE_BEFORE = regex(r"(?:增加|减少|增长|下降|提高|降低)了?$")
# A base of comparison (较上学年的50条) and a rate of change (增长29.6%) are no parts.
_COMPARED = regex(
    r"(?:较|(?<![占对])比|相比|同比)(?:上|去|前)?(?:一)?(?:学年度?|年度?)?(?:同期)?的?$"
)
# The top of a range (16800—23800元, 3至5个) is no count: neither a total nor a part.
_RANGE_BEFORE = regex(r"\d\s*(?:[—–\-~～]{1,2}|至|到)\s*\Z")
_RATE_BEFORE = regex(r"(?:增长|下降|增加|减少|提高|降低|上升|增幅|降幅)(?:了|率|为|达)?\Z")
_RESPECTIVE = regex(r"分别占(?:比为?|比例为?|为)?\s*\Z")
_EACH = regex(r"各\s*(?:为|是|有)?\s*$")
_NAME_JOINER = regex(r"、|和|及|与")
# A share belongs to the part just before it when at most this many characters part them.
_SHARE_GAP = 6
# …or further, when the words between name the whole (215条，占全部主动公开信息的23.0%).
_SHARE_OF_ALL = regex(r"[，,]?\s*占(?:全部|所有|总|[^，。；;,\d]{1,8}?总)[^，。；;,\d]{0,14}")
# A note in brackets between a part and its share (1件（涉及个人隐私），占5.5%) parts nothing.
_NOTE = regex(r"[（(][^（）()]{0,30}[）)]")


@dataclass(frozen=True)
class Part:
    """One part of a breakdown and the share printed with it, if any."""

    quantity: Quantity
    share: Quantity | None
    times: int = 1  # 予以公开、部分公开各4件: one number for two parts

    @property
    def value(self) -> float:
        """What the part adds to the sum."""
        return float(self.quantity.value) * self.times

    def shown(self, number: str) -> str:
        """The part as a message writes it (``number``: its value shown): 4 or 4×2."""
        return f"{number}×{self.times}" if self.times > 1 else number


@dataclass(frozen=True)
class Breakdown:
    """A stated total and its listed parts."""

    total: Quantity
    parts: tuple[Part, ...]
    exhaustive: bool
    start: int
    end: int

    @property
    def parts_sum(self) -> float:
        """Sum of the parts."""
        return sum(p.value for p in self.parts)


def with_shares(quantities: list[Quantity], text: str) -> list[Part] | None:
    parts: list[Part] = []
    respective: list[Quantity] = []
    for quantity in quantities:
        if ranged(text, quantity):
            return None  # a list of ranges (1200—2600元) is not one of counts
        if not quantity.is_share and (changed(text, quantity) or compared(text, quantity)):
            continue  # 比上学年增加29条, 较上学年的50条: a change or a base, not a part
        gap = _NOTE.sub("", text[parts[-1].quantity.end : quantity.start]) if parts else ""
        near = len(gap) <= _SHARE_GAP or bool(_SHARE_OF_ALL.fullmatch(gap))
        if quantity.is_share and _RATE_BEFORE.search(
            text, max(0, quantity.start - 4), quantity.start
        ):
            continue  # 增长29.6%: a rate of change, no share
        if quantity.is_share and (
            respective or _RESPECTIVE.search(text, max(0, quantity.start - 12), quantity.start)
        ):
            respective.append(quantity)  # 75条、25条，分别占75%和25%: shares in order
        elif quantity.is_share and parts and parts[-1].share is None and near:
            parts[-1] = Part(parts[-1].quantity, quantity)
        elif quantity.is_share:
            continue
        else:
            respective = []
            parts.append(Part(quantity, None, _each(text, quantity)))
    return _respectively(parts, respective)


def _respectively(parts: list[Part], shares: list[Quantity]) -> list[Part]:
    """The last parts with the shares listed after them (分别占…), one each in order."""
    if not shares or len(shares) > len(parts) or any(p.share for p in parts[-len(shares) :]):
        return parts
    head = parts[: len(parts) - len(shares)]
    return head + [
        Part(p.quantity, q, p.times) for p, q in zip(parts[-len(shares) :], shares, strict=True)
    ]


def _each(text: str, quantity: Quantity) -> int:
    """How many parts one number stands for: 予以公开、部分公开各4件 is two of 4."""
    if not _EACH.search(text, max(0, quantity.start - 2), quantity.start):
        return 1
    before = text[max(0, quantity.start - 40) : quantity.start]
    clause = before[max(before.rfind(ch) for ch in "，,：:；;。（(") + 1 :]
    return 1 + len(_NAME_JOINER.findall(clause))


def compared(text: str, quantity: Quantity) -> bool:
    return bool(_COMPARED.search(text[max(0, quantity.start - 10) : quantity.start]))


def ranged(text: str, quantity: Quantity) -> bool:
    return bool(_RANGE_BEFORE.search(text, max(0, quantity.start - 4), quantity.start))


def judgeable(total: Quantity, parts: list[Part] | None) -> bool:
    if not parts or total.approximate or total.is_share:
        return False
    return all(p.quantity.unit == total.unit and not p.quantity.approximate for p in parts)


def changed(text: str, quantity: Quantity) -> bool:
    return bool(_CHANGE_BEFORE.search(text[max(0, quantity.start - 4) : quantity.start]))

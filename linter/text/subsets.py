"""Breakdowns whose parts overlap: people counted by several attributes at once.

``教职工512人，其中专任教师430人，高级职称201人，硕士以上96人``: the parts are
subsets along different dimensions (post, title, degree), so they need not add
up to the total. A 其中 list of people with a part named by an attribute —
a title, a degree, sex, party membership, ethnicity, age — is such a list.
"""

from __future__ import annotations

from discl_lint.text.breakdown_parts import Breakdown
from discl_lint.text.regex_store import regex

PEOPLE = {"人", "名", "人次"}
_ATTRIBUTE = regex(
    r"职称|正高|副高|教授|讲师|学历|学位|博士|硕士|学士|以上|以下|女|男|党员|民族|双师|外籍|海外|兼职|岁"
)


def labels(text: str, breakdown: Breakdown) -> list[str]:
    """The text before each part: its label (after the total, or after the previous part)."""
    starts = [breakdown.total.end, *(p.quantity.end for p in breakdown.parts[:-1])]
    return [text[a : p.quantity.start] for a, p in zip(starts, breakdown.parts, strict=True)]


def overlapping(text: str, breakdown: Breakdown) -> bool:
    """Whether the parts may count the same people twice (a list by attributes)."""
    if breakdown.exhaustive or breakdown.total.unit not in PEOPLE:
        return False
    return any(_ATTRIBUTE.search(label) for label in labels(text, breakdown))

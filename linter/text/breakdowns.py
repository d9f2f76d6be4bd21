"""Totals and their parts: "共X条，其中A a条、B b条", "…合计X件", "分别为…".

A breakdown is only built when it can be judged: the total and every part are
exact and of one unit (shares in % ride along with the part before them).
Anything else — mixed units (条 and 号 and 份), approximate numbers — yields
nothing: a rule that cannot judge stays silent.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterator, Sequence

from discl_lint.text.breakdown_parts import (
    Breakdown,
    Part,
    changed,
    compared,
    judgeable,
    ranged,
    with_shares,
)
from discl_lint.text.listed import listed_totals
from discl_lint.text.quantities import Quantity, read_quantities
from discl_lint.text.regex_store import regex

_SENTENCE = regex(r"[^。！？\n]+[。！？]?")
# …and a list of results under a colon (办理结果为：予以公开5件，…): all of them.
# A PDF line break inside the word (其 / 中予以公开…) is a space in the prose text.
_DETAIL = regex(
    r"其 {0,4}中|分别 {0,4}(?:为|是|涉及|包括)|结果(?:如下|分别)?为?[：:]"
    r"|(?:答复|办理|处理)(?:情况|结果)?如下[：:]"
)
_EXHAUSTIVE = regex(r"分别 {0,4}[为是]|结果|答复|办理|处理")
# A list under a colon may break down the sentence before (…15件。经审查，答复如下：…).
_UNDER_COLON = regex(r"[：:]\Z")
# What opens the clause of a whole: 共发布, 总计, 累计收到, 全年.
_WHOLE_BEFORE = regex(r"共|总|合计|累计|全年|全学年")
# …the applications received, named so (收到信息公开申请14件, not 受理来电咨询12件).
_RECEIVED_BEFORE = regex(r"(?:共|总|合计|累计|收到|受理|接到)[^，。；;]{0,12}申请")
_SUM_AFTER = regex(
    r"(?:合计|共计|总计|(?<![公总])共)(?:发布|公开|收到|受理|办理)?了?[^，。；、\d]{0,4}?[为达]?$"
)
_SUM_REACH = 12
# Words between the parts and their total that name parts not listed.
_OTHERS = regex(r"其他|其它|其余|连同|另有|以及|等")
# A 其中 list ends where its total is stated again (…其他信息337条，合计563条).
_SUM_WORD = regex(r"合计|共计|总计")
# …and where one of its parts is broken down in turn (…行政文件27件；行政文件中，规章11件…).
_PART_BROKEN_DOWN = regex(
    r"[；;，,][^，。；,;：:]{1,12}(?<!其)中(?:[，,：:]|[^，。；,;：:\d]{0,8}\d)"
)
# …and where what is carried over to next year follows (…不予处理1件；结转下年度继续办理2件).
_CARRIED_OVER = regex(r"[；;，,]\s*(?:另有[^，。；;]{0,6})?结转下")


def _detail_breakdown(
    text: str,
    before: tuple[list[Quantity], list[Quantity]],
    sentence: re.Match[str],
    found: list[Quantity],
) -> Iterator[Breakdown]:
    body, offset = sentence.group(0), sentence.start()
    details = list(_DETAIL.finditer(body))
    for index, detail in enumerate(details):
        total = _total_of(text, details, index, sentence, found, before)
        if total is None:
            continue
        stops = [_next_list(details, index, found, sentence)]
        for stop in (_SUM_WORD, _PART_BROKEN_DOWN, _CARRIED_OVER):
            again = stop.search(body, detail.end())
            stops += [offset + again.start()] if again else []
        tail_end = min(stops, default=sentence.end())
        begin = offset + detail.end()
        tail = [
            q
            for q in found
            if q.start >= begin
            and q.end <= tail_end
            and (q.is_share or not _in_note(text, begin, q))  # 60条（上学年为52条）: a note
        ]
        parts = with_shares(tail, text)
        if judgeable(total, parts) and parts:
            exhaustive = bool(_EXHAUSTIVE.match(detail.group(0)))
            yield Breakdown(total, tuple(parts), exhaustive, total.start, parts[-1].quantity.end)


def _next_list(
    details: list[re.Match[str]], index: int, found: list[Quantity], sentence: re.Match[str]
) -> int:
    """Where the list opened by the ``index``-th detail word ends: at the next detail
    word with a number before it (其中予以公开、部分公开分别为5、2件 is one list)."""
    offset = sentence.start()
    begin = offset + details[index].end()
    for later in details[index + 1 :]:
        stop = offset + later.start()
        if any(begin <= q.start < stop for q in found):
            # …研究生1584人；教职工1126人，其中…: the clause after ； holds the next whole.
            semi = max(sentence.string.rfind(mark, begin, stop) for mark in "；;")
            return semi if semi > begin and any(semi < q.start < stop for q in found) else stop
    return sentence.end()


def _total_of(
    text: str,
    details: list[re.Match[str]],
    index: int,
    sentence: re.Match[str],
    found: list[Quantity],
    before: tuple[list[Quantity], list[Quantity]],
) -> Quantity | None:
    """The total the ``index``-th detail word breaks down, if one is stated; ``before``:
    the quantities of the sentence before, and of the paragraph's sentences so far."""
    previous, earlier = before
    split = sentence.start() + details[index].start()
    head = [q for q in found if q.end <= split and _may_total(text, sentence.start(), q)]
    if index:  # a later list's total is a new whole (…，共发布通稿42篇，其中…), not a part
        after = sentence.start() + details[index - 1].end()
        head = [q for q in head if q.start > after]
        whole = head and _WHOLE_BEFORE.search(_clause_before(text, head[-1]))
        return head[-1] if whole else None
    if head and _carried_alone(text, sentence.start(), head[-1]):
        return None  # 新收11件，上学年结转1件，其中…: the list is of both, neither alone
    opening = sentence.group(0)[: details[0].start()]
    if not head and _UNDER_COLON.search(details[0].group(0)):
        # Results under a colon break down the whole received before them (共收到14件),
        # not the sentence's last count (延期答复1件).
        head = [q for q in earlier if _RECEIVED_BEFORE.search(_clause_before(text, q, 24))]
    elif not head and not opening.strip("，,：: "):
        head = previous
        if head and _carried_alone(text, max(0, head[-1].start - 40), head[-1]):
            return None  # 新收12件，上学年结转1件。其中…: of both, neither alone
    return head[-1] if head else None


def _carried_alone(text: str, begin: int, quantity: Quantity) -> bool:
    """A count of its own clause carried over (上学年结转1件), not a whole that holds one
    (共办理新收和上学年结转的申请12件, 共受理申请（含结转）12件)."""
    stop = max(text.rfind(ch, begin, quantity.start) for ch in "，,；;：:")
    clause = text[max(begin, stop + 1) : quantity.start]
    return "结转" in clause and not _WHOLE_BEFORE.search(clause) and "含" not in clause


def _may_total(text: str, begin: int, quantity: Quantity) -> bool:
    """Whether ``quantity`` may be the whole a later 其中 breaks down: not a share, a
    change, a base of comparison (较上一学年的1001条) or a bracketed note."""
    return not (
        quantity.is_share
        or ranged(text, quantity)
        or changed(text, quantity)
        or compared(text, quantity)
        or _in_note(text, begin, quantity)
    )


def _in_note(text: str, begin: int, quantity: Quantity) -> bool:
    """Whether ``quantity`` stands in a bracketed note (12件（含上学年结转2件）)."""
    opened = max(text.rfind("（", begin, quantity.start), text.rfind("(", begin, quantity.start))
    closed = max(text.rfind("）", begin, quantity.start), text.rfind(")", begin, quantity.start))
    return opened > closed


def _clause_before(text: str, quantity: Quantity, reach: int = 16) -> str:
    """The words of the clause just before ``quantity`` (back to a comma, at most ``reach``)."""
    before = text[max(0, quantity.start - reach) : quantity.start]
    return before[max(before.rfind(ch) for ch in "，,；;、：:。！？") + 1 :]


def _sum_breakdown(
    text: str, sentence: re.Match[str], quantities: list[Quantity]
) -> Iterator[Breakdown]:
    for index, total in enumerate(quantities):
        word = _SUM_AFTER.search(text, max(0, total.start - _SUM_REACH), total.start)
        if index < 2 or word is None:
            continue
        parts = with_shares(_summed(text, sentence, quantities[:index], total), text)
        # A bare 共 (…，共发布信息420条) sums a list only of three or more.
        least = 3 if word.group().startswith("共") and not word.group().startswith("共计") else 2
        if parts and len(parts) >= least and judgeable(total, parts):
            yield Breakdown(total, tuple(parts), True, parts[0].quantity.start, total.end)


def _summed(
    text: str, sentence: re.Match[str], before: list[Quantity], total: Quantity
) -> list[Quantity]:
    """The quantities a total stated after them adds up: back to a colon or 其中, and
    not those of the total's own clause (三个渠道共计发布420条); none when the words
    before the total name others besides (…，连同其他各类信息共计420条)."""
    begin = max(
        text.rfind(mark, sentence.start(), total.start) + len(mark) for mark in ("：", ":", "其中")
    )
    own = max(text.rfind(mark, begin, total.start) for mark in "，,；;")
    summed = [q for q in before if q.start >= begin and (own < 0 or q.end <= own)]
    if summed and _OTHERS.search(text, summed[-1].end, total.start):
        return []
    return summed


def listed_breakdowns(text: str, quantities: Sequence[Quantity]) -> Iterator[Breakdown]:
    """The totals of ``类别：N条`` lines (``text``: as its lines are, not re-joined)."""
    for total, rows in listed_totals(text, quantities):
        parts = [Part(q, None) for q in rows]
        if judgeable(total, parts):
            yield Breakdown(total, tuple(parts), True, rows[0].start, total.end)


def find_breakdowns(text: str, quantities: Sequence[Quantity] | None = None) -> Iterator[Breakdown]:
    """Every judgeable breakdown in ``text``, in order (``quantities``: those already read)."""
    if quantities is None:
        quantities = list(read_quantities(text))
    starts = [q.start for q in quantities]
    previous: list[Quantity] = []
    earlier: list[Quantity] = []  # the wholes of the paragraph's sentences so far
    for sentence in _SENTENCE.finditer(text):
        if sentence.start() == 0 or text[sentence.start() - 1] == "\n":
            earlier = []
        first = bisect.bisect_left(starts, sentence.start())
        last = bisect.bisect_left(starts, sentence.end())
        found = [q for q in quantities[first:last] if q.end <= sentence.end()]
        if found:
            yield from _detail_breakdown(text, (previous, earlier), sentence, found)
            yield from _sum_breakdown(text, sentence, found)
        previous = [q for q in found if _may_total(text, sentence.start(), q)]
        earlier += previous

"""Year mentions that name the past, not the report's year.

History (``2012—2013学年以来``, ``自2015年起``), comparisons with an earlier
year (``与2021-2022学年相比``, ``较上一学年（2021-2022学年）``, ``在2021-2022学年报告
基础上``, ``14件（2021—2022学年为9件）``) and last year's
published report or data (``2021-2022学年…年度报告已于…公布``, ``在专栏公布了
2023—2024学年信息公开工作年度报告``) rightly name
another year than the report's; so do plans for a later year (``下一步，学校将…在
2021-2022学年完成…``) and what is published a year ahead (``2022—2023学年校历``).
"""

from __future__ import annotations

from discl_lint.text.regex_store import regex

_AFTER = regex(r"度?\s*(?:以来|起|开始|至今|以前|之前|相比|相较|比较|同比|公开的|发布的)")
_BEFORE = regex(
    r"(?:自|从|与|较|比|同|相对于|对比|上一?学年|上一?年度|去年|往年|历年|早在|曾)\s*[（(]?\s*$"
)
_CLAUSE = regex(r"[^，。；！？\n]*")
# Last year's count in a bracket after this year's (受理申请14件（2024—2025学年为9件）).
_BRACKET_OPEN = regex(r"[（(]\s*$")
_BRACKETED_COUNT = regex(
    r"度?\s*(?:同期)?\s*(?:为|是|[：:])?\s*\d+(?:\.\d+)?\s*[^\d（）()，。；]{0,3}[）)]"
)
_PUBLISHED = regex(r"(?:已于|已经|已在|曾)[^，。；]{0,20}(?:公布|公开|公示|发布|报送)")
_REPORT = regex(r"度?\s*[^，。；]{0,12}(?:年度报告|报告)")
# …or last year's results published this year (公开了2022—2023学年国家奖学金评审结果).
_OUTCOME = regex(r"度?\s*[^，。；]{0,20}(?:评审结果|评选结果|结果|名单|决算)")
# A year set against this one in its sentence (…学年召开28次，本学年召开31次).
_THIS_YEAR_COUNTED = regex(r"(?:本学年|本年度|今年)[^，。；\d]{0,8}\d")
_COUNT = regex(r"\d+(?:\.\d+)?\s*(?:次|条|件|项|个|人|名|场|篇|期|家|元|万|亿|%|％)")
# Last year's report as the ground of this one (在2022—2023学年报告基础上编制).
# …or what it raised (针对2023—2024学年年度报告中提出的问题).
_REPORT_BASE = regex(
    r"度?\s*[^，。；]{0,14}报告(?:的)?(?:基础上|为基础|相比|对照|中(?:提出|指出|反映|所列))"
)
# What is published a year ahead: next year's calendar, admissions, fees (2024—2025学年校历).
_AHEAD = regex(
    r"度?\s*(?:第[一二]学期)?[^，。；、]{0,6}?"
    r"(?:校历|招生|新生|学费|收费|住宿费|录取|迎新|开学|课程表|教学安排|培养方案|预算|资助政策)"
)
_PUBLISHING = regex(r"(?:公布|发布|公开|公示|编制|报送|印发)了?\s*《?\s*$")
# 将 alone also means 把 (学校坚持将公开作为常态): only 将在, 将于 plan ahead.
_PLAN = regex(
    r"将(?:在|于|到)|计划|拟(?:在|于|到)?|下一步|下一阶段|预计|力争|争取|今后"
    r"|(?:学校|我校|本校)将|下一?学年|新学年|来年|明年"  # only asked of a later year
)
# Last year's awards and reviews, judged and published in this one (2022—2023学年国家奖学金
# 获奖学生名单, 2022—2023学年优秀学生评选表彰工作, 2022—2023学年度考核).
_LAST_YEARS_RESULTS = regex(
    r"度?\s*[^，。；]{0,16}?(?:奖学金|助学金|奖助|评优|评先|表彰|先进|优秀|测评|考核|获奖|总结|决算)"
)
_SENTENCE_START = regex(r"[^。！？\n]*$")
_SENTENCE_REST = regex(r"[^。！？\n]*")


def names_the_past(text: str, start: int, end: int) -> bool:
    """Whether the year written at ``text[start:end]`` is history or last year's."""
    after = text[end : end + 12]
    before = text[max(0, start - 8) : start]
    if _AFTER.match(after) or _BEFORE.search(before):
        return True
    if _BRACKET_OPEN.search(before) and _BRACKETED_COUNT.match(text, end):
        return True
    clause = _CLAUSE.match(text, end)
    rest = clause.group(0) if clause else ""
    if _REPORT_BASE.match(rest):
        return True
    published = _PUBLISHED.search(rest) or _PUBLISHING.search(before)
    if published and (_REPORT.match(rest) or _OUTCOME.match(rest)):
        return True
    sentence = _SENTENCE_REST.match(text, end, end + 80)
    rest = sentence.group(0) if sentence else ""
    against = _THIS_YEAR_COUNTED.search(rest)
    # Last year's own clause carries its count (…学年召开28次，本学年召开31次).
    return bool(against and _COUNT.search(rest, 0, against.start()))


def names_last_years_results(text: str, end: int) -> bool:
    """Whether the year that ends at ``end`` is that of last year's awards or reviews,
    which are judged and published in the year after (asked only of the year before)."""
    return bool(_LAST_YEARS_RESULTS.match(text, end))


def names_next_years_own(text: str, end: int) -> bool:
    """Whether the year that ends at ``end`` is that of something published a year ahead
    (2024—2025学年校历, 2024—2025学年招生计划, 学费标准)."""
    return bool(_AHEAD.match(text, end))


def names_a_plan(text: str, start: int) -> bool:
    """Whether the sentence of the year written at ``start`` plans ahead (学校将…在
    2025-2026学年完成, or 2025-2026学年，学校计划…)."""
    opening = _SENTENCE_START.search(text, max(0, start - 80), start)
    rest = _SENTENCE_REST.match(text, start, start + 80)
    sentence = (opening.group(0) if opening else "") + (rest.group(0) if rest else "")
    return bool(_PLAN.search(sentence))

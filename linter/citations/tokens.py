"""文号 and 令号 tokens: where they are, what they say, and how they should be written.

A 发文字号 is 机关代字〔年份〕序号号 (GB/T 9704—2012 7.2.5: the year in full inside 〔〕,
no 第, no leading zero). A 令号 is …令第N号: its 第 belongs to the form. Tokens are read
with the usual deviations ([2014], （2014）, 23 号, 第23号, 023号, 教育部令29号) so that the
form can be reported and repaired; crawl damage (〔201044号) is read as unparseable.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass

from discl_lint.citations.normal import simplified
from discl_lint.citations.scan import han_before, positions, spaced
from discl_lint.model.findings import Edit
from discl_lint.text.regex_store import regex
from discl_lint.text.spans import Claimed, Spans

GONGWEN, ORDER, GARBLED = "gongwen", "order", "garbled"
P_BRACKET = "年份未用六角括号〔〕"
P_UNBALANCED = "括号不成对"
P_SHORT_YEAR = "年份未标全称"
P_DI = "发文字号多了“第”"
P_ZERO = "顺序号编了虚位（前导零）"
P_SPACE = "文号中有空格"
P_HAO = "缺少“号”字"
P_NO_CODE = "缺少发文机关代字"
P_ORDER_DI = "令号缺少“第”"
P_ORDER_SHAPE = "令号语序不规范"
P_GARBLED = "文号无法识别（年份或括号可能在转换时丢失）"

_SP = r"[^\S\r\n]*"  # spaces inside a line (cheaper to compile than a list of them)
_OPEN, _CLOSE = "〔\\[［（(【﹝", "〕\\]］）)】﹞"
_OPENING = "〔[［（(【﹝"
_PAIRS = dict(zip("〔[［（(【﹝", "〕]］）)】﹞", strict=True))
# Each pattern starts at the bracket, 令 or 第; the code before it is found by looking back.
_BRACKETED = regex(
    rf"(?P<lb>[{_OPEN}]){_SP}(?P<year>\d{{2,4}})(?!\d){_SP}(?P<rb>[{_CLOSE}])(?P<extra>[{_CLOSE}]?)"
    rf"{_SP}(?P<di>第?){_SP}(?P<seq>\d{{1,5}})(?!\d)(?P<s5>{_SP})(?P<hao>[号號]?)"
)
_ORDER = regex(rf"令{_SP}(?P<di>第?){_SP}(?P<seq>\d{{1,4}})(?!\d){_SP}[号號]")
_ORDER_REVERSED = regex(rf"第{_SP}(?P<seq>\d{{1,4}})(?!\d){_SP}[号號]{_SP}令")
_GARBLED = regex(r"(?:[〔\[［【﹝]\d{5,9}|\d{4}[〕\]］】﹞]\d{1,5})$")
# Words that precede a code in running text (根据教办函…), and the issuer written before
# its own code (教育部教办函〔2014〕23号): not part of the code.
_LEAD = regex(
    r"^.*(?:根据|按照|依据|依照|参照|遵照|对照|执行|落实|印发|转发|贯彻|以及|文件|要求|精神|规定|[和及与并]"
    r"|教育部办公厅|教育部|国务院办公厅|国务院)"
)
_REPUBLIC = "中华人民共和国"
_ORGANS = ("国务院", "教育部")
_MISSING_HAO_AFTER = frozenset("）)，,、；;。\n")


@dataclass(frozen=True)
class NumberToken:
    """One 文号 or 令号 as written, read, and as it should be written."""

    start: int
    end: int
    form: str
    code: str
    year: int | None
    seq: int | None
    problems: tuple[str, ...] = ()
    expected: str = ""
    edit: Edit | None = None

    @property
    def key(self) -> tuple[str, str, int | None, int | None]:
        """What two tokens must share to be the same number (form ignored)."""
        return (self.form, self.code, self.year, self.seq)


def read_numbers(text: str, urls: Spans) -> tuple[NumberToken, ...]:
    """Every 文号 and 令号 outside URLs, in text order, overlaps resolved by position."""
    kept: list[NumberToken] = []
    taken = Claimed()
    for reader in (_orders, _reversed_orders, _gongwen, _garbled):
        for token in reader(text):
            if urls.covers(token.start) or taken.overlaps(token.start, token.end):
                continue
            taken.take(token.start, token.end)
            kept.append(token)
    return tuple(sorted(kept, key=_start))


def _start(token: NumberToken) -> int:
    return token.start


def parse_number(text: str) -> NumberToken | None:
    """The single token that makes up ``text`` (a number in the knowledge base)."""
    tokens = read_numbers(text, Spans(()))
    return tokens[0] if len(tokens) == 1 and tokens[0].end - tokens[0].start == len(text) else None


def _code(run: str, start: int) -> tuple[str, int]:
    """The code inside a Han run, and where it starts (leading words dropped)."""
    plain = simplified(run)  # Han characters only: same length, offsets hold
    lead = _LEAD.match(plain)
    cut = lead.end() if lead and lead.end() < len(plain) else 0
    return plain[cut:], start + cut


def _organ(run: str, start: int) -> tuple[str, int] | None:
    """The issuing organ of a 令号 and where the token starts (with 中华人民共和国)."""
    plain = simplified(run)
    organ = next((o for o in _ORGANS if plain.endswith(o)), None)
    if organ is None:
        if not plain.endswith("部"):
            return None
        organ, start = _code(run, start)
        return organ.removeprefix(_REPUBLIC) or organ, start
    cut = len(plain) - len(organ)
    if plain[:cut].endswith(_REPUBLIC):
        cut -= len(_REPUBLIC)
    return organ, start + cut


def _orders(text: str) -> Iterator[NumberToken]:
    for m in _ORDER.finditer(text):
        run_start, run_end = han_before(text, m.start())
        found = _organ(text[run_start:run_end], run_start)
        if found is None:
            continue
        problems = []
        if spaced(text, run_end, m.end()):
            problems.append(P_SPACE)
        if not m.group("di"):
            problems.append(P_ORDER_DI)
        yield _order_token(text, m, found, run_end, tuple(problems))


def _reversed_orders(text: str) -> Iterator[NumberToken]:
    for m in _ORDER_REVERSED.finditer(text):
        run_start, run_end = han_before(text, m.start())
        found = _organ(text[run_start:run_end], run_start)
        if found is not None:
            yield _order_token(text, m, found, run_end, (P_ORDER_SHAPE,))


def _order_token(
    text: str, m: re.Match[str], found: tuple[str, int], organ_end: int, problems: tuple[str, ...]
) -> NumberToken:
    organ, start = found
    seq = int(m.group("seq"))
    hao = "號" if "號" in m.group() else "号"
    expected = f"{text[start:organ_end]}令第{seq}{hao}"
    edit = Edit(organ_end, m.end(), f"令第{seq}{hao}") if problems else None
    return NumberToken(start, m.end(), ORDER, organ, None, seq, problems, expected, edit)


def _gongwen(text: str) -> Iterator[NumberToken]:
    after = 0
    for at in positions(text, _OPENING):
        m = _BRACKETED.match(text, at) if at >= after else None
        if m is None:
            continue
        after = m.end()
        token = _gongwen_token(text, m)
        if token is not None:
            yield token


def _gongwen_token(text: str, m: re.Match[str]) -> NumberToken | None:
    lb, digits = m.group("lb"), m.group("year")
    run_start, run_end = han_before(text, m.start())
    year = _year(digits)
    if year is None or (run_start == run_end and lb not in "〔﹝"):
        return None
    end = m.end() if m.group("hao") else m.end("seq")
    if not m.group("hao") and not _missing_hao_plausible(text, end, lb):
        return None
    code, start = ("", m.start())
    if run_end > run_start:
        code, start = _code(text[run_start:run_end], run_start)
    problems = _form_problems(text, m, (run_start, run_end), end)
    seq = int(m.group("seq"))
    tail = f"〔{year}〕{seq}{m.group('hao') or '号'}"
    repairable = [p for p in problems if p != P_NO_CODE]
    edit = Edit(run_end, end, tail) if repairable else None
    expected = text[start:run_end] + tail
    return NumberToken(start, end, GONGWEN, code, year, seq, problems, expected, edit)


def _year(digits: str) -> int | None:
    if len(digits) == 2:
        value = int(digits)
        return 2000 + value if value < 50 else 1900 + value
    if len(digits) == 4 and 1949 <= int(digits) <= 2099:
        return int(digits)
    return None


def _missing_hao_plausible(text: str, end: int, lb: str) -> bool:
    # Without 号 only a 六角括号 or square bracket makes the token a 文号; a 号 a PDF
    # wrapped to the next line (…〔2014〕23 / 号）) is not missing.
    if (
        end < len(text)
        and text[end] == "\n"
        and text[end + 1 : end + 8].lstrip(" \u3000").startswith("号")
    ):
        return False
    return lb in "〔﹝[［" and (end == len(text) or text[end] in _MISSING_HAO_AFTER)


def _form_problems(text: str, m: re.Match[str], code: tuple[int, int], end: int) -> tuple[str, ...]:
    lb, rb, digits = m.group("lb"), m.group("rb"), m.group("year")
    problems = []
    if m.group("extra") or _PAIRS[lb] != rb:
        problems.append(P_UNBALANCED)
    elif lb not in "〔﹝":  # ﹝﹞ are 〔〕's small forms (NFKC makes them one), as MOE prints them
        problems.append(P_BRACKET)
    if len(digits) == 2:
        problems.append(P_SHORT_YEAR)
    if m.group("di"):
        problems.append(P_DI)
    if m.group("seq").startswith("0") and len(m.group("seq")) > 1:
        problems.append(P_ZERO)
    if spaced(text, code[1], end):
        problems.append(P_SPACE)
    if not m.group("hao"):
        problems.append(P_HAO)
    if code[0] == code[1]:
        problems.append(P_NO_CODE)
    return tuple(problems)


def _garbled(text: str) -> Iterator[NumberToken]:
    # Anchored on 号 (rare) and read backwards: scanning every digit would be slower.
    for hao in positions(text, "号號"):
        m = _GARBLED.search(text, max(0, hao - 16), hao)
        if m is None:
            continue
        run_start, run_end = han_before(text, m.start())
        if run_end != m.start() or run_start == run_end:
            continue  # the code must touch the damaged digits
        code, start = _code(text[run_start:run_end], run_start)
        yield NumberToken(start, hao + 1, GARBLED, code, None, None, (P_GARBLED,))

"""Reading quantities in report prose: 706条, 一百零六件, 1.2万人次, 8.6%, 100余条.

A quantity needs a unit: bare numbers are years, dates, ordinals or codes.
Approximate quantities (余, 多, 约, 近, 左右, 以上, 超过 …) are marked and never
take part in an exact check.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation

from discl_lint.text.dates import normalise
from discl_lint.text.numerals import han_to_int
from discl_lint.text.regex_store import regex

UNITS = (
    "人次",
    "万元",
    "个百分点",
    "大类",
    "元",
    "条",
    "件",
    "项",
    "次",
    "份",
    "个",
    "号",
    "篇",
    "期",
    "场",
    "名",
    "人",
    "家",
    "所",
    "门",
    "类",
    "起",
    "封",
    "%",
    "％",
)
_APPROX_BEFORE = regex(r"(?:约|近|将近|大约|超过|逾|不少于|不下|接近|近乎)$")
_APPROX_AFTER = regex(r"(?:左右|以上|上下|多|余)")
_NUMBER = (
    # A number starts where its run of digits starts: a search that fails inside a
    # run of 20,000 digits then costs one pass, not one per digit. The look-behind
    # follows the first digit so that the engine can still skip to digits.
    # Thousands parted by commas (3,256.8万元) first: else the part after the last comma.
    r"(?P<num>\d(?<![\d,]\d)\d{0,2}(?:,\d{3})+(?![\d,])(?:\.\d+)?"
    r"|\d(?<!\d\d)\d*(?:\.\d+)?"
    r"|[零〇两一二三四五六七八九十百千万](?<![零〇两一二三四五六七八九十百千万]{2})[零〇两一二三四五六七八九十百千万]*)"
    r"(?P<mag>[万亿](?!元))?(?P<approx>余|多|来)?"
    rf"(?P<unit>{'|'.join(UNITS)})"
)
QUANTITY = regex(_NUMBER)
# Bare numbers listed before the one that carries the unit: 210、130、 or 210、130和.
_LISTED = regex(r"(?<![\d.])(?:\d+(?:\.\d+)?、)*\d+(?:\.\d+)?(?:、|和|及|与)\Z")
_BARE = regex(r"\d+(?:\.\d+)?")
_LISTED_REACH = 80
# An ASCII comma before a Chinese character: the line's commas are punctuation.
_COMMA_PUNCTUATED = regex(r",(?=[^\x00-\x7f])")
_VALUES_CUE = regex(r"(?:分别|依次)(?:为|是)?\Z")
# Numbers that are codes or ordinals, not counts: 第29号, 〔2014〕23号, 2022年.
_NOT_COUNT_BEFORE = regex(r"(?:第|〕|\]|］|】|[A-Za-z]|\d[.．])$")


@dataclass(frozen=True)
class Quantity:
    """A number with its unit and where it stands."""

    value: Decimal
    unit: str
    approximate: bool
    start: int
    end: int
    digits: str

    @property
    def is_share(self) -> bool:
        """A percentage."""
        return self.unit in {"%", "％"}

    def decimals(self) -> int:
        """Digits printed after the decimal point (for rounding tolerance)."""
        return len(self.digits.partition(".")[2])


def _value(number: str, magnitude: str | None) -> Decimal | None:
    if number[0].isdigit():
        try:
            value = Decimal(number.replace(",", ""))
        except InvalidOperation:
            return None
    else:
        whole = han_to_int(number)
        if whole is None:
            return None
        value = Decimal(whole)
    scale = {"万": 10000, "亿": 100000000}.get(magnitude or "", 1)
    return value * scale


def read_quantities(text: str, offset: int = 0) -> Iterator[Quantity]:
    """Every quantity with a unit in ``text``; offsets are shifted by ``offset``.

    Numbers listed before one unit (分别为210、130和80条) each take that unit."""
    plain = normalise(text)
    for match in QUANTITY.finditer(plain):
        before = plain[max(0, match.start() - 4) : match.start()]
        if _NOT_COUNT_BEFORE.search(before):
            continue
        number, start = match.group("num"), match.start()
        if "," in number and _comma_listed(plain, start):
            # A list of values where commas part the sentence (分别为12,345条.): two numbers.
            number = number.rpartition(",")[2]
            start = match.start("num") + len(match.group("num")) - len(number)
        value = _value(number, match.group("mag"))
        if value is None:
            continue
        after = plain[match.end() : match.end() + 2]
        unit = "%" if match.group("unit") == "％" else match.group("unit")
        # 12.6万次 is rounded to a thousand: its parts may add up to 12.7万.
        rounded = match.group("mag") in ("万", "亿") and "." in number and unit != "元"
        approximate = bool(
            match.group("approx")
            or rounded
            or _APPROX_BEFORE.search(before)
            or _APPROX_AFTER.match(after)
        )
        if match.group("mag") == "万" and unit == "元":
            unit = "万元"
        run = _run_before(plain, match)
        if run is not None and _NOT_COUNT_BEFORE.search(
            plain[max(0, run.start() - 4) : run.start()]
        ):
            continue  # 第1、2条: ordinals, the last one too
        if run is not None:
            yield from _listed(plain, run, unit, approximate, offset)
        yield Quantity(value, unit, approximate, offset + start, offset + match.end(), number)


def _comma_listed(text: str, at: int) -> bool:
    """Whether the commas of the number at ``at`` part values: after 分别为, in a line
    whose commas are all ASCII punctuation (converted); else they part thousands."""
    if not _VALUES_CUE.search(text, max(0, at - 4), at):
        return False
    end = text.find("\n", at)
    line = text[text.rfind("\n", 0, at) + 1 : len(text) if end < 0 else end]
    return "，" not in line and bool(_COMMA_PUNCTUATED.search(line))


def _run_before(plain: str, match: re.Match[str]) -> re.Match[str] | None:
    """The bare numbers listed just before a quantity's number (210、130和 of 80条)."""
    start = match.start()
    if match.group("mag") or not start or plain[start - 1] not in "、和及与":
        return None
    return _LISTED.search(plain, max(0, start - _LISTED_REACH), start)


def _listed(
    plain: str, run: re.Match[str], unit: str, approximate: bool, offset: int
) -> Iterator[Quantity]:
    """The bare numbers listed just before a quantity's number, which share its unit."""
    for number in _BARE.finditer(plain, run.start(), run.end()):
        yield Quantity(
            Decimal(number.group()),
            unit,
            approximate,
            offset + number.start(),
            offset + number.end(),
            number.group(),
        )

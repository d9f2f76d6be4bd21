"""Reading dates and date ranges in the many ways reports write them."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterator
from dataclasses import dataclass

from discl_lint.text.numerals import number_value
from discl_lint.text.regex_store import regex

_FULLWIDTH = str.maketrans("０１２３４５６７８９", "0123456789")
_FULLWIDTH_DIGIT = regex("[０-９]")
_HAN_YEAR = regex(r"[〇○零一二三四五六七八九]{4}(?=\s*年)")
_HAN_DIGIT = str.maketrans("〇○零一二三四五六七八九", "00012345678" + "9")
_NUM = r"\d{1,2}|[一二三四五六七八九十]{1,3}"


def _date(tag: str, year_required: bool) -> str:
    year = rf"(?P<y{tag}>\d{{4}})\s*年\s*"
    # An end date may name its year as the next one (至次年8月31日).
    year = year if year_required else rf"(?:{year}|(?P<n{tag}>次年|翌年|第二年)\s*)?"
    cn = rf"{year}(?P<m{tag}>{_NUM})\s*月(?:份)?\s*(?:(?P<d{tag}>{_NUM})\s*[日号])?"
    iso = (
        rf"(?P<Y{tag}>\d{{4}})\s*[-./／]\s*(?P<M{tag}>\d{{1,2}})\s*[-./／]\s*"
        rf"(?P<D{tag}>\d{{1,2}})(?!\d)"
    )
    return f"(?:{cn}|{iso})"


_JOIN = r"\s*(?:起\s*)?(?:至|到|—{1,2}|–|-|－|～|~|〜|─)\s*(?:至\s*)?"
RANGE = regex(rf"(?:自\s*)?{_date('1', True)}{_JOIN}{_date('2', False)}(?:\s*止)?")
# The two ends stated apart: 起始日期为2023年9月1日，截止日期为2024年8月31日.
_APART = r"(?:起始|开始|起)(?:日期|时间)?为?\s*"
_APART_END = r"\s*[，,]?\s*(?:截止|截至|结束|终止|止)(?:日期|时间)?为?\s*"
SPLIT_RANGE = regex(rf"{_APART}{_date('1', True)}{_APART_END}{_date('2', False)}")
ACADEMIC_YEAR = regex(r"(\d{4})(?<!\d{5})\s*年?\s*(?:至|到|—{1,2}|–|-|－|～|~|〜)\s*(\d{4})\s*学年")


def chinese_date(day: dt.date) -> str:
    """2022年8月31日."""
    return f"{day.year}年{day.month}月{day.day}日"


def normalise(text: str) -> str:
    """Same-length copy with ASCII digits (full-width and 二〇二二年 years)."""
    if _FULLWIDTH_DIGIT.search(text):  # translate() is slow on Chinese text: only when needed
        text = text.translate(_FULLWIDTH)
    return _HAN_YEAR.sub(lambda m: m.group(0).translate(_HAN_DIGIT), text)


@dataclass(frozen=True)
class DateRange:
    """A parsed range and where it stands in the text."""

    start: dt.date
    end: dt.date
    span: tuple[int, int]


def _part(match: re.Match[str], tag: str, key: str) -> str | None:
    return match.group(f"{key}{tag}") or match.group(f"{key.upper()}{tag}")


def _make(year: int, month_text: str, day_text: str | None, last: bool) -> dt.date:
    month = number_value(month_text) or 0
    if day_text is None:
        if not last:
            return dt.date(year, month, 1)
        following = dt.date(year + month // 12, month % 12 + 1, 1)
        return following - dt.timedelta(days=1)
    return dt.date(year, month, number_value(day_text) or 0)


def read_range(match: re.Match[str]) -> DateRange | None:
    """Turn a ``RANGE`` match into dates; ``None`` when a date does not exist."""
    try:
        year1 = int(_part(match, "1", "y") or 0)
        start = _make(year1, _part(match, "1", "m") or "", _part(match, "1", "d"), False)
        year2 = int(_part(match, "2", "y") or year1) + (1 if match.group("n2") else 0)
        end = _make(year2, _part(match, "2", "m") or "", _part(match, "2", "d"), True)
    except ValueError:
        return None
    if not _part(match, "2", "y") and end < start:
        end = end.replace(year=end.year + 1)
    return DateRange(start, end, match.span())


def iter_ranges(text: str) -> Iterator[DateRange | re.Match[str]]:
    """Yield each range in ``text``; a match whose dates do not exist is yielded raw."""
    plain = normalise(text)
    matches = [*RANGE.finditer(plain)]
    if "止" in plain or "至" in plain:
        matches += SPLIT_RANGE.finditer(plain)
        matches.sort(key=lambda m: m.start())
    for match in matches:
        parsed = read_range(match)
        yield parsed if parsed is not None else match


def academic_year(match: re.Match[str]) -> DateRange:
    """The period of an academic year written as 2020—2021学年."""
    first, second = int(match.group(1)), int(match.group(2))
    return DateRange(dt.date(first, 9, 1), dt.date(second, 8, 31), match.span())


_SINGLE = regex(_date("", True))
# Digits glued together by a lossy conversion: 202191日, 2022831日.
_GLUED = regex(r"\d(?<!\d\d)\d{4,7}\s*日")


@dataclass(frozen=True)
class DateMention:
    """A date in the text; ``date`` is None when it is written but cannot be read."""

    date: dt.date | None
    span: tuple[int, int]


def read_dates(text: str) -> list[DateMention]:
    """Every full or month-precision date, and every unreadable one, in text order."""
    plain = normalise(text)
    found = [DateMention(None, m.span()) for m in _GLUED.finditer(plain)]
    for match in _SINGLE.finditer(plain):
        try:
            day = _make(
                int(_part(match, "", "y") or 0),
                _part(match, "", "m") or "",
                _part(match, "", "d"),
                False,
            )
        except ValueError:
            day = None
        found.append(DateMention(day, match.span()))
    return sorted(found, key=lambda mention: mention.span)

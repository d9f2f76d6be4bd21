"""Finding the statistics period (统计期限) a report states, if any."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass

from discl_lint.document.prose import prose_text
from discl_lint.document.structure import Document
from discl_lint.text.dates import ACADEMIC_YEAR, DateRange, academic_year, iter_ranges, normalise
from discl_lint.text.regex_store import regex

_SENTENCE = regex(r"[^。！？；;\r\n]+")
# Words that make a date range the report's statistics period.
PERIOD_WORDS = regex(r"统计|期限|时间|时期|范围|数据|期间|实际情况|学年|年度|报告期")
# Stronger words: a sentence with these promises a period even if unreadable.
STRONG_WORDS = regex(
    r"统计(?:期限|时间|时期|期间|时段|周期|年度|日期|区间|范围|数据)|数据的?(?:统计)?时间|期限为"
    r"|报告期(?:为|是|自)"
)
# A sentence that names the period by pointing back at the dates of the one before.
_BACK_REFERENCE = regex(r"(?:与|同|即|为|按)?(?:上述|前述|以上|上文)(?:时间|期间|日期|时段)")
_GARBLED = regex(r"\d{3,}[^。；]{0,16}?(?:至|到|—|～|~|-)\s*\d")
# …or read by OCR with look-alike letters for digits (2O23年9月l日至…).
_OCR_DATED = regex(r"\d[\dOolI]{3}\s*年\s*[\dOolI]{1,2}\s*月[^。；]{0,12}?(?:至|到|—|～|~|-)")
# Ranges shorter than this are events (a meeting, an application window), not periods.
MIN_PERIOD_DAYS = 120
# …and, without a word that names the statistics period, shorter than this a side
# statistic (统计了2024年1月至6月的访问数据): a period stated wrongly says what it is.
MIN_UNNAMED_DAYS = 300


@dataclass(frozen=True)
class PeriodStatement:
    """The sentence that states the period and, when readable, its dates."""

    sentence: tuple[int, int]
    dates: DateRange | None


def _sentences(text: str) -> Iterator[tuple[int, str]]:
    for match in _SENTENCE.finditer(text):
        yield match.start(), match.group(0)


def _readable(offset: int, sentence: str) -> DateRange | None:
    least = MIN_PERIOD_DAYS if STRONG_WORDS.search(sentence) else MIN_UNNAMED_DAYS
    for found in iter_ranges(sentence):
        if isinstance(found, DateRange) and _period_like((found.end - found.start).days, least):
            start, end = found.span
            return DateRange(found.start, found.end, (offset + start, offset + end))
    if STRONG_WORDS.search(sentence):
        match = ACADEMIC_YEAR.search(normalise(sentence))
        if match:
            year = academic_year(match)
            return DateRange(year.start, year.end, (offset + match.start(), offset + match.end()))
    return None


def _period_like(days: int, least: int) -> bool:
    # A reversed range is a period written wrongly (reported by DL104), not an event.
    return days >= least or days <= 0


def document_period(doc: Document) -> PeriodStatement | None:
    """The period statement of a document, found once and shared by the rules."""
    return doc.analysis("period", lambda d: find_period(prose_text(d)))


def find_period(text: str) -> PeriodStatement | None:
    """The first readable statement that names a year-long period (统计期限为…), else
    the first that names a shorter one, else the first readable range with a looser
    word (…学年, 数据), else the first unreadable one. A range met first may be last
    year's (公布了2022年9月1日至2023年8月31日的年度报告)."""
    unreadable = loose = short = None
    previous = (0, "")
    for offset, sentence in _sentences(text):
        before, previous = previous, (offset, sentence)
        if not PERIOD_WORDS.search(sentence):
            continue
        dates = _readable(offset, sentence)
        if dates is None and _BACK_REFERENCE.search(sentence) and STRONG_WORDS.search(sentence):
            offset, sentence = before  # 统计期限与上述时间一致: the dates are the sentence's before
            dates = _readable(offset, sentence)
        if dates is not None:
            found = PeriodStatement((offset, offset + len(sentence)), dates)
            if STRONG_WORDS.search(sentence) and _yearlong(dates):
                return found
            # A short range may be an event's (整改期间统计数据每月通报): a year's may follow.
            short = short or (found if STRONG_WORDS.search(sentence) else None)
            loose = loose or found
        elif unreadable is None and STRONG_WORDS.search(sentence) and _looks_dated(sentence):
            unreadable = PeriodStatement((offset, offset + len(sentence)), None)
    return short or loose or unreadable


def _yearlong(dates: DateRange) -> bool:
    return not 0 < (dates.end - dates.start).days < MIN_UNNAMED_DAYS


def _ocr_dated(text: str) -> bool:
    """A date whose digits OCR read partly as letters (2O23年9月l日至…), letters there."""
    found = _OCR_DATED.search(text)
    return found is not None and any(ch in "OolI" for ch in found.group(0))


def _looks_dated(sentence: str) -> bool:
    text = normalise(sentence)
    return bool(
        _GARBLED.search(text)
        or _ocr_dated(text)
        or any(not isinstance(r, DateRange) for r in iter_ranges(text))
    )

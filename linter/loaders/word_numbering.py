"""Word's automatic list numbering rendered as text: a report's "一、" is often a list
level of numbering.xml, not typed characters.

Counters are kept per abstract list, as Word does: two list instances (``w:num``) of
one abstract list continue each other unless an instance overrides a level's start.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
LEVELS = 9
_HAN = "〇一二三四五六七八九"
_CIRCLED = "①②③④⑤⑥⑦⑧⑨⑩⑪⑫⑬⑭⑮⑯⑰⑱⑲⑳"
_TRADITIONAL = "甲乙丙丁戊己庚辛壬癸"
_LEGAL = "零壹贰叁肆伍陆柒捌玖"
_ROMAN = (
    (1000, "m"), (900, "cm"), (500, "d"), (400, "cd"), (100, "c"), (90, "xc"),
    (50, "l"), (40, "xl"), (10, "x"), (9, "ix"), (5, "v"), (4, "iv"), (1, "i"),
)  # fmt: skip
# After these the tab Word puts behind a number is not rendered ("一、概述", "1.概述").
_CLOSING = "、.．)）]】:："


def han_counting(value: int, digits: str = _HAN, ten: str = "十") -> str:
    """1 → 一, 10 → 十, 21 → 二十一; from 100 on, digit by digit."""
    if 0 < value < 10:
        return digits[value]
    if 10 <= value < 100:
        tens, ones = divmod(value, 10)
        return ("" if tens == 1 else digits[tens]) + ten + (digits[ones] if ones else "")
    return "".join(digits[int(d)] for d in str(value))


def _roman(value: int) -> str:
    out = ""
    for number, letters in _ROMAN:
        count, value = divmod(value, number)
        out += letters * count
    return out


def _letters(value: int) -> str:
    # Word repeats the letter: 27 → aa.
    return chr(ord("a") + (value - 1) % 26) * ((value - 1) // 26 + 1)


def _table(chars: str) -> Callable[[int], str]:
    return lambda v: chars[v - 1] if 0 < v <= len(chars) else str(v)


FORMATS: dict[str, Callable[[int], str]] = {
    "decimal": str,
    "decimalZero": lambda v: f"{v:02d}",
    "decimalFullWidth": lambda v: "".join(chr(0xFF10 + int(d)) for d in str(v)),
    "decimalEnclosedCircle": _table(_CIRCLED),
    "decimalEnclosedCircleChinese": _table(_CIRCLED),
    "decimalEnclosedParen": lambda v: f"({v})",
    "decimalEnclosedFullstop": lambda v: f"{v}.",
    "lowerRoman": _roman,
    "upperRoman": lambda v: _roman(v).upper(),
    "lowerLetter": _letters,
    "upperLetter": lambda v: _letters(v).upper(),
    "chineseCounting": han_counting,
    "chineseCountingThousand": han_counting,
    "japaneseCounting": han_counting,
    "ideographDigital": lambda v: "".join(_HAN[int(d)] for d in str(v)),
    "ideographTraditional": _table(_TRADITIONAL),
    "chineseLegalSimplified": lambda v: han_counting(v, _LEGAL, "拾"),
}
FORMATS["decimalFullWidth2"] = FORMATS["decimalFullWidth"]


@dataclass(frozen=True)
class Level:
    """One level of an abstract list."""

    start: int = 1
    format: str = "decimal"
    text: str = ""
    suffix: str = "tab"
    restart: int | None = None  # w:lvlRestart: restarted after that level (1-based); 0: never


def _val(element: Any, tag: str, default: str) -> str:
    child = element.find(f"{W}{tag}") if element is not None else None
    return child.get(f"{W}val", default) if child is not None else default


def _level(element: Any) -> Level:
    return Level(
        int(_val(element, "start", "1") or 1),
        _val(element, "numFmt", "decimal"),
        _val(element, "lvlText", ""),
        _val(element, "suff", "tab"),
        _int(_val(element, "lvlRestart", "")),
    )


def _int(text: str) -> int | None:
    return int(text) if text.isdigit() else None


class Numbering:
    """The lists of numbering.xml and their running counters."""

    def __init__(self, root: Any) -> None:
        self._levels: dict[str, dict[int, Level]] = {}
        self._abstract_of: dict[str, str] = {}
        self._overrides: dict[str, dict[int, int]] = {}
        self._counters: dict[str, list[int | None]] = {}
        self._started: set[str] = set()
        if root is not None:
            self._read(root)

    def _read(self, root: Any) -> None:
        for abstract in root.iter(f"{W}abstractNum"):
            levels = {
                int(lvl.get(f"{W}ilvl", "0")): _level(lvl) for lvl in abstract.iter(f"{W}lvl")
            }
            self._levels[abstract.get(f"{W}abstractNumId", "")] = levels
        for num in root.iter(f"{W}num"):
            num_id = num.get(f"{W}numId", "")
            self._abstract_of[num_id] = _val(num, "abstractNumId", "")
            self._overrides[num_id] = {
                int(o.get(f"{W}ilvl", "0")): int(_val(o, "startOverride", "1") or 1)
                for o in num.iter(f"{W}lvlOverride")
                if o.find(f"{W}startOverride") is not None
            }

    def label(self, num_id: str, ilvl: int) -> str:
        """The rendered number of the next paragraph of list ``num_id`` at level ``ilvl``."""
        abstract = self._abstract_of.get(num_id)
        levels = self._levels.get(abstract or "")
        if abstract is None or not levels or ilvl not in levels or not 0 <= ilvl < LEVELS:
            return ""
        counters = self._counters.setdefault(abstract, [None] * LEVELS)
        if num_id not in self._started:
            self._started.add(num_id)
            for level, start in self._overrides.get(num_id, {}).items():
                if 0 <= level < LEVELS:
                    counters[level] = start - 1
        current = counters[ilvl]
        counters[ilvl] = levels[ilvl].start if current is None else current + 1
        for deeper in range(ilvl + 1, LEVELS):
            restart = levels[deeper].restart if deeper in levels else None
            if restart is None or ilvl < restart:  # by default a deeper level restarts
                counters[deeper] = None
        return _render(levels, counters, ilvl)


def _render(levels: dict[int, Level], counters: list[int | None], ilvl: int) -> str:
    level = levels[ilvl]
    if level.format in ("bullet", "none"):
        return ""
    text = level.text
    for n in range(LEVELS):
        placeholder = f"%{n + 1}"
        if placeholder in text:
            other = levels.get(n, Level())
            value = counters[n] if counters[n] is not None else other.start
            text = text.replace(placeholder, FORMATS.get(other.format, str)(value or 0))
    if not text or level.suffix == "nothing" or text[-1] in _CLOSING:
        return text
    return text + " "

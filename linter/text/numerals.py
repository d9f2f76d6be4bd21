"""Chinese numerals and the numbering tokens that open headings and list items."""

from __future__ import annotations

from dataclasses import dataclass

from discl_lint.text.regex_store import regex

_DIGITS = {
    "〇": 0,
    "○": 0,
    "零": 0,
    "一": 1,
    "二": 2,
    "两": 2,
    "三": 3,
    "四": 4,
    "五": 5,
    "六": 6,
    "七": 7,
    "八": 8,
    "九": 9,
}
_UNITS = {"十": 10, "百": 100, "千": 1000}
HAN_NUMERAL = "〇○零一二两三四五六七八九十百千"
_HAN = "一二三四五六七八九十"

# Leading text that is not part of the line's own content.
# What may stand before a line's numbering: indentation, a Markdown heading's #s, Word
# bookmarks, bold markers (**一、概述**, as Word exports headings to Markdown).
LEAD = regex(
    r"[\s\u00a0\u3000]*(?:#{1,6}[ \t]+)?(?:\[bookmark:[^\]\n]*\][\s\u00a0\u3000]*)*"
    r"(?:\*\*|__)?"
)

_TOKENS = (
    ("part", regex(rf"第([{_HAN}]{{1,3}})(?:部分|章)")),
    # A comma stands for 、 where punctuation was converted (一,概述) or mistyped (一，概述).
    # …and 丶 for 、 where OCR misread it (一丶概述).
    ("han", regex(rf"([{_HAN}]{{1,3}})[ \u3000]?([、.．,，丶])")),
    ("paren-han", regex(rf"([（(])[ \u3000]?([{_HAN}]{{1,3}})[ \u3000]?([）)])")),
    ("paren-arabic", regex(r"([（(])[ \u3000]?(\d{1,2})[ \u3000]?([）)])")),
    ("arabic", regex(r"(\d{1,2})[ \u3000]?([.．、])(?![\d.．])")),
    ("circled", regex(r"([①-⑳])")),
)
_CIRCLED_ONE = ord("①")
# After a heading's comma: no numeral or month (三，四月份) and no sentence's end.
_HAN_AFTER_COMMA = frozenset(_HAN + "月")
_COMMA_HEADING_MAX = 30
# 三、四月份 / 二、三年级 / 一、二等奖: two numerals of a series, not a numbered line.
_SERIES = regex(r"[一二三四五六七八九十]{1,2}(?:月|年级|等奖|季度)")
_SENTENCE_ENDS = ("。", ".", "！", "？", "；", ";")
# Every token opens with one of these, or with a decimal digit (what ``\d`` matches).
_OPENERS = frozenset("第（(" + _HAN + "".join(chr(_CIRCLED_ONE + n) for n in range(20)))
FAMILY_RANK = {"part": 0, "han": 1, "paren-han": 2, "arabic": 3, "paren-arabic": 4, "circled": 5}


def han_to_int(text: str) -> int | None:
    """Value of a Chinese numeral such as 十四, 一百零六, 两万三千, 二〇二二 (digit by digit)."""
    if "万" in text:
        high, _, low = text.partition("万")
        high_value = han_to_int(high) if high else 1
        low_value = han_to_int(low) if low else 0
        if high_value is None or low_value is None:
            return None
        return high_value * 10000 + low_value
    if not text or any(ch not in _DIGITS and ch not in _UNITS for ch in text):
        return None
    if not any(ch in _UNITS for ch in text):
        return int("".join(str(_DIGITS[ch]) for ch in text))
    total, digit = 0, None
    for ch in text:
        if ch in _DIGITS:
            digit = _DIGITS[ch]
        else:
            total += (1 if digit is None else digit) * _UNITS[ch]
            digit = None
    return total + (digit or 0)


def number_value(text: str) -> int | None:
    """Value of an Arabic (also full-width) or Chinese numeral."""
    text = text.strip()
    if text.isdigit():
        return int(text)
    return han_to_int(text)


@dataclass(frozen=True)
class Numbering:
    """A numbering token at the start of a line: 一、 （二） 3. （4） 第五部分."""

    family: str
    value: int
    style: str
    text: str
    start: int
    end: int

    @property
    def rank(self) -> int:
        """Nesting rank by convention of 公文: 一、 > （一） > 1. > （1）."""
        return FAMILY_RANK[self.family]


def _style(family: str, groups: tuple[str, ...]) -> str:
    if family.startswith("paren"):
        return "full" if groups[0] == "（" and groups[2] == "）" else "half"
    if family == "part":
        return "part"
    return "、" if groups[-1] in "、,，丶" else "."


def read_numbering(line: str) -> Numbering | None:
    """Recognise the numbering token that opens ``line``, if any."""
    lead = LEAD.match(line)
    pos = lead.end() if lead else 0
    if pos >= len(line) or not (line[pos] in _OPENERS or line[pos].isdecimal()):
        return None  # most lines are prose: one look at the first character rules them out
    for family, pattern in _TOKENS:
        match = pattern.match(line, pos)
        if match is None:
            continue
        digits = match.group(2 if family.startswith("paren") else 1)
        value = ord(digits) - _CIRCLED_ONE + 1 if family == "circled" else number_value(digits)
        if value is None or value == 0:
            continue
        if family == "han" and match.group(2) in ",，丶" and not _comma_heading(line, match.end()):
            continue
        if family == "han" and _SERIES.match(line, match.end()):
            continue
        style = _style(family, match.groups())
        return Numbering(family, value, style, match.group(0), match.start(), match.end())
    return None


def _comma_heading(line: str, after: int) -> bool:
    """一,概述 (or OCR's 一丶概述) is a heading; 三，四月份，学校组织了自查。 is a sentence."""
    rest = line[after:].strip()
    if not rest or rest[0] in _HAN_AFTER_COMMA or rest[0].isdecimal():
        return False
    # 五，因…举报，复议，诉讼的情况 (、 converted) and 二,主动公开情况. are headings; a long
    # line ending as a sentence is not.
    return len(rest) <= _COMMA_HEADING_MAX or not rest.endswith(_SENTENCE_ENDS)


def display(family: str, value: int, style: str = "full") -> str:
    """Render a numbering token, for messages: display('han', 6) == '六、'."""
    han = _int_to_han(value)
    return {
        "part": f"第{han}部分",
        "han": f"{han}、",
        "paren-han": f"（{han}）" if style == "full" else f"({han})",
        "arabic": f"{value}{style if style in '.、' else '.'}",
        "paren-arabic": f"（{value}）" if style == "full" else f"({value})",
        "circled": chr(_CIRCLED_ONE + value - 1) if 0 < value <= 20 else str(value),
    }[family]


def _int_to_han(value: int) -> str:
    if value < 10:
        return _HAN[value - 1] if value else "〇"
    tens, ones = divmod(value, 10)
    head = "" if tens == 1 else _HAN[tens - 1]
    return head + "十" + (_HAN[ones - 1] if ones else "")

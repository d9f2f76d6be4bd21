"""Normalisation for matching citations: a copy to compare, never a change to the text.

Titles and codes are compared after NFKC (full-width digits, ﹝﹞ → 〔〕), traditional →
simplified for the characters the knowledge base and its codes use (mirrors render reports
in traditional characters), and with spaces, quotes, title marks and parentheses dropped.
"""

from __future__ import annotations

import unicodedata

from discl_lint.text.regex_store import regex

# Traditional → simplified, one character each, for the characters of the knowledge base's
# titles, issuers and codes, and of the words around citations (根據, 關於, 號 …).
_TRADITIONAL = (
    "與書於產們會黨關準則辦務華單廳發髮號後員國處學實將佈應開當徵總執報機條標檢點現監稱簡"
    "類細經給編見訂試質這進項順驗據規範區門屬網貫徹職責級統計錄體權議評審為轉劃雙個時間長"
    "問題聯電話傳組織領導協調構業費資數圖館檔歷專欄設對並萬從來廣東財魯錦醫築龍遼晉滬"
)
_SIMPLIFIED = (
    "与书于产们会党关准则办务华单厅发发号后员国处学实将布应开当征总执报机条标检点现监称简"
    "类细经给编见订试质这进项顺验据规范区门属网贯彻职责级统计录体权议评审为转划双个时间长"
    "问题联电话传组织领导协调构业费资数图馆档历专栏设对并万从来广东财鲁锦医筑龙辽晋沪"
)
T2S = str.maketrans(_TRADITIONAL, _SIMPLIFIED)
_DROPPED = regex(r"[\s\u3000\u00a0〈〉<>《》“”\"'‘’「」『』()（）]")
_TRADITIONAL_SET = frozenset(_TRADITIONAL)


def simplified(text: str) -> str:
    """NFKC, then traditional → simplified; same meaning, comparable characters."""
    if not unicodedata.is_normalized("NFKC", text):
        text = unicodedata.normalize("NFKC", text)
    if _TRADITIONAL_SET.isdisjoint(text):
        return text
    return text.translate(T2S)


def key(text: str) -> str:
    """The form two titles are compared in: simplified, marks and spaces dropped."""
    return _DROPPED.sub("", simplified(text))


def edit_distance(a: str, b: str, limit: int) -> int:
    """Levenshtein distance, or ``limit + 1`` as soon as it must exceed ``limit``."""
    if abs(len(a) - len(b)) > limit:
        return limit + 1
    previous = list(range(len(b) + 1))
    for i, char in enumerate(a, start=1):
        current = [i]
        for j, other in enumerate(b, start=1):
            cost = 0 if char == other else 1
            current.append(min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost))
        if min(current) > limit:
            return limit + 1
        previous = current
    return previous[-1]

"""Text as labels are matched: NFKC, traditional → simplified, no spaces."""

from __future__ import annotations

import unicodedata

from discl_lint.text.regex_store import regex

# Traditional forms of the characters the template's labels, headers and the
# narrative patterns use; other characters need no mapping for matching.
_PAIRS = (
    "規规範范許许處处罰罚強强製制業业費费額额萬万單单發发廢废現现數数決决結结轉转"
    "繼继續续辦办開开區区計计這这國国穩稳護护權权類类內内務务過过執执詢询項项無无"
    "機机關关沒没補补後后請请確确訪访舉举報报訴诉訟讼復复複复認认獲获繳缴納纳總总"
    "構构會会組组織织議议維维糾纠審审經经對对購购減减況况問问題题進进體体動动條条"
    "頁页號号實实際际統统據据應应個个門门網网縣县廳厅員员為为連连與与給给兩两負负"
    "責责處处適适證证書书學学館馆採采產产設设鄉乡鎮镇級级達达較较長长營营環环監监"
    "測测衛卫藥药醫医療疗資资聯联電电話话郵邮傳传載载欄栏專专讀读聽听聞闻歸归檔档"
    "從从視视質质顯显類类違违"
)
_T2S = str.maketrans(dict(zip(_PAIRS[0::2], _PAIRS[1::2], strict=True)))
_SPACE = regex(r"\s+")


def simplified(text: str) -> str:
    """NFKC (full-width digits and brackets to ASCII) and simplified characters."""
    return unicodedata.normalize("NFKC", text).translate(_T2S)


def squeezed(text: str) -> str:
    """``simplified`` with every space removed (社会 公益 组织 → 社会公益组织)."""
    return _SPACE.sub("", simplified(text))

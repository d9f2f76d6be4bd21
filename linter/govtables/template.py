"""The template's tables: rows, columns and the labels that name them.

Labels are regular expressions searched in ``squeezed`` text (NFKC, simplified,
no spaces; so ``(`` for ``（``). Two editions: the 2021 template
(国办公开办函〔2021〕30号) and the 2019 trial format (国办公开办函〔2019〕60号).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from discl_lint.text.regex_store import regex

EDITION_2019 = "2019"
EDITION_2021 = "2021"


@dataclass(frozen=True)
class RowSpec:
    """One row of a table: a stable key, its printed name, the label that finds it."""

    key: str
    name: str
    label: re.Pattern[str]
    group: str = ""  # the 表三 result group ((三)…(六)) a numbered sub-row belongs to


def _row(key: str, name: str, label: str, group: str = "") -> RowSpec:
    return RowSpec(key, name, regex(label), group)


TABLE3_COLUMNS = ("自然人", "商业企业", "科研机构", "社会公益组织", "法律服务机构", "其他", "总计")
TABLE4_BLOCKS = ("行政复议", "行政诉讼（未经复议直接起诉）", "行政诉讼（复议后起诉）")
TABLE4_COLUMNS = ("结果维持", "结果纠正", "其他结果", "尚未审结", "总计")

_HEAD = (
    _row("new", "一、本年新收政府信息公开申请数量", r"本年新收"),
    _row("carried", "二、上年结转政府信息公开申请数量", r"上年结转"),
    _row("open", "（一）予以公开", r"予以公开"),
    _row("partial", "（二）部分公开", r"部分公开"),
    _row("secret", "（三）1.属于国家秘密", r"国家秘密", "refused"),
    _row("forbidden", "（三）2.其他法律行政法规禁止公开", r"禁止公开", "refused"),
    _row("stability", "（三）3.危及“三安全一稳定”", r"三安全一稳定|危及", "refused"),
    _row("third", "（三）4.保护第三方合法权益", r"第三方", "refused"),
    _row("internal", "（三）5.属于三类内部事务信息", r"内部事务", "refused"),
    _row("process", "（三）6.属于四类过程性信息", r"过程性", "refused"),
    _row("case", "（三）7.属于行政执法案卷", r"执法案卷", "refused"),
    _row("inquiry", "（三）8.属于行政查询事项", r"查询事项", "refused"),
    _row("unheld", "（四）1.本机关不掌握相关政府信息", r"不掌握", "unavailable"),
    _row("create", "（四）2.没有现成信息需要另行制作", r"另行制作|现成信息", "unavailable"),
    _row("unclear", "（四）3.补正后申请内容仍不明确", r"仍不明确", "unavailable"),
    _row("petition", "（五）1.信访举报投诉类申请", r"信访|举报投诉", "unhandled"),
    _row("repeat", "（五）2.重复申请", r"重复申请", "unhandled"),
    _row("publication", "（五）3.要求提供公开出版物", r"出版物", "unhandled"),
    _row("frequent", "（五）4.无正当理由大量反复申请", r"大量反复", "unhandled"),
    _row(
        "confirm", "（五）5.要求行政机关确认或重新出具已获取信息", r"重新出具|确认或", "unhandled"
    ),
)
_OTHER_2021 = (
    _row("overdue", "（六）1.申请人无正当理由逾期不补正", r"逾期不补正", "other"),
    _row("unpaid", "（六）2.申请人逾期未按收费通知要求缴纳费用", r"收费通知|缴纳费用", "other"),
    _row("misc", "（六）3.其他", r"(?:^|[^\d])3\.?其[他它]$|^其[他它]$", "other"),
)
_OTHER_2019 = (_row("other", "（六）其他处理", r"其[他它]处理"),)
_TAIL = (
    _row("total", "（七）总计", r"\(七\)总计|^总计$"),
    _row("next", "四、结转下年度继续办理", r"结转下年度|下年度继续"),
)

TABLE3_ROWS = {
    EDITION_2021: (*_HEAD, *_OTHER_2021, *_TAIL),
    EDITION_2019: (*_HEAD, *_OTHER_2019, *_TAIL),
}
GROUP_OF = {spec.key: spec.group for rows in TABLE3_ROWS.values() for spec in rows}
# Printed subtotals of the result groups, placed before their numbered sub-rows.
SUBTOTALS = (
    _row("refused", "（三）不予公开", r"\(三\)不予公开|^不予公开$"),
    _row("unavailable", "（四）无法提供", r"\(四\)无法提供|^无法提供$"),
    _row("unhandled", "（五）不予处理", r"\(五\)不予处理|^不予处理$"),
    _row("other", "（六）其他处理", r"\(六\)其他处理|^其[他它]处理$"),
)
RESULT_KEYS = ("open", "partial", "refused", "unavailable", "unhandled", "other")
# Labels that only the 2021 table has.
MARKERS_2021 = regex(r"逾期不补正|收费通知|缴纳费用")


@dataclass(frozen=True)
class Table2Row:
    """One row of 表二 and the columns of the item it belongs to."""

    key: str
    name: str
    label: re.Pattern[str]
    columns: tuple[str, ...]
    decimal: bool = False  # money (万元) may have decimals
    signed: int = -1  # index of a column that may be negative (本年增/减)


_ART1_2021 = ("本年制发件数", "本年废止件数", "现行有效件数")
_ART1_2019 = ("本年新制作数量", "本年新公开数量", "对外公开总数量")
_ITEMS_2019 = ("上一年项目数量", "本年增/减", "处理决定数量")
TABLE2_ROWS = {
    EDITION_2021: (
        Table2Row("rules", "规章", regex(r"规章$"), _ART1_2021),
        Table2Row("normative", "行政规范性文件", regex(r"规范性文件$"), _ART1_2021),
        Table2Row("licence", "行政许可", regex(r"行政许可$"), ("本年处理决定数量",)),
        Table2Row("penalty", "行政处罚", regex(r"行政处罚$"), ("本年处理决定数量",)),
        Table2Row("coercion", "行政强制", regex(r"行政强制$"), ("本年处理决定数量",)),
        Table2Row("fees", "行政事业性收费", regex(r"行政事业性收费$"), ("本年收费金额",), True),
    ),
    EDITION_2019: (
        Table2Row("rules", "规章", regex(r"规章$"), _ART1_2019),
        Table2Row("normative", "规范性文件", regex(r"规范性文件$"), _ART1_2019),
        Table2Row("licence", "行政许可", regex(r"行政许可$"), _ITEMS_2019, signed=1),
        Table2Row(
            "services", "其他对外管理服务事项", regex(r"对外管理服务"), _ITEMS_2019, signed=1
        ),
        Table2Row("penalty", "行政处罚", regex(r"行政处罚$"), _ITEMS_2019, signed=1),
        Table2Row("coercion", "行政强制", regex(r"行政强制$"), _ITEMS_2019, signed=1),
        Table2Row("fees", "行政事业性收费", regex(r"行政事业性收费$"), _ITEMS_2019[:2], signed=1),
        Table2Row(
            "purchase",
            "政府集中采购",
            regex(r"政府集中采购"),
            ("采购项目数量", "采购总金额"),
            True,
        ),
    ),
}
TABLE2_EDITION = {
    EDITION_2021: regex(r"本年制发|本年废止|现行有效件数"),
    EDITION_2019: regex(
        r"本年新制作|本年新公开|对外公开总数|上一年项目|本年增/?减|政府集中采购|对外管理服务"
    ),
}

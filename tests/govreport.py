"""Government-format reports written for the tests: invented numbers, laid out as
converters print tables (aligned columns, pdfplumber rows, glued web text, pipe
rows, one cell per line), with a map from each cell to the line that prints it.
"""

from __future__ import annotations

import copy
from dataclasses import dataclass, field

T3_COLUMNS = ("自然人", "商业企业", "科研机构", "社会公益组织", "法律服务机构", "其他", "总计")

# (key, group heading printed before the row or "", label)
T3_ROWS = (
    ("new", "", "一、本年新收政府信息公开申请数量"),
    ("carried", "", "二、上年结转政府信息公开申请数量"),
    ("open", "三、本年度办理结果", "（一）予以公开"),
    ("partial", "", "（二）部分公开（区分处理的，只计这一情形，不计其他情形）"),
    ("secret", "（三）不予公开", "1.属于国家秘密"),
    ("forbidden", "", "2.其他法律行政法规禁止公开"),
    ("stability", "", "3.危及“三安全一稳定”"),
    ("third", "", "4.保护第三方合法权益"),
    ("internal", "", "5.属于三类内部事务信息"),
    ("process", "", "6.属于四类过程性信息"),
    ("case", "", "7.属于行政执法案卷"),
    ("inquiry", "", "8.属于行政查询事项"),
    ("unheld", "（四）无法提供", "1.本机关不掌握相关政府信息"),
    ("create", "", "2.没有现成信息需要另行制作"),
    ("unclear", "", "3.补正后申请内容仍不明确"),
    ("petition", "（五）不予处理", "1.信访举报投诉类申请"),
    ("repeat", "", "2.重复申请"),
    ("publication", "", "3.要求提供公开出版物"),
    ("frequent", "", "4.无正当理由大量反复申请"),
    ("confirm", "", "5.要求行政机关确认或重新出具已获取信息"),
    (
        "overdue",
        "（六）其他处理",
        "1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请",
    ),
    ("unpaid", "", "2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请"),
    ("misc", "", "3.其他"),
    ("total", "", "（七）总计"),
    ("next", "", "四、结转下年度继续办理"),
)
RESULTS = [k for k, _, _ in T3_ROWS if k not in {"new", "carried", "total", "next"}]

T4_COLUMNS = tuple(
    f"{b}{c}"
    for b in ("复议", "直接起诉", "复议后起诉")
    for c in ("结果维持", "结果纠正", "其他结果", "尚未审结", "总计")
)
T2_ROWS = (
    ("rules", "第二十条第（一）项", "规章", ("本年制发件数", "本年废止件数", "现行有效件数")),
    ("normative", "", "行政规范性文件", ("本年制发件数", "本年废止件数", "现行有效件数")),
    ("licence", "第二十条第（五）项", "行政许可", ("本年处理决定数量",)),
    ("penalty", "第二十条第（六）项", "行政处罚", ("本年处理决定数量",)),
    ("coercion", "", "行政强制", ("本年处理决定数量",)),
    ("fees", "第二十条第（八）项", "行政事业性收费", ("本年收费金额（单位：万元）",)),
)


def _with_total(parts: list[int]) -> list[str]:
    return [str(v) for v in parts] + [str(sum(parts))]


def consistent_tables() -> dict[str, dict[str, list[str]]]:
    """Tables whose every identity holds (cells as printed text)."""
    people = {
        "new": [8, 3, 0, 1, 0, 1],
        "carried": [2, 0, 0, 0, 0, 1],
        "open": [5, 1, 0, 1, 0, 0],
        "partial": [2, 0, 0, 0, 0, 1],
        "stability": [1, 0, 0, 0, 0, 0],
        "process": [1, 0, 0, 0, 0, 0],
        "unheld": [1, 1, 0, 0, 0, 0],
    }
    rows = {k: people.get(k, [0] * 6) for k in RESULTS}
    total = [sum(rows[k][c] for k in RESULTS) for c in range(6)]
    inflow = [people["new"][c] + people["carried"][c] for c in range(6)]
    table3 = {k: _with_total(people[k]) for k in ("new", "carried")}
    table3.update({k: _with_total(v) for k, v in rows.items()})
    table3["total"] = _with_total(total)
    table3["next"] = _with_total([inflow[c] - total[c] for c in range(6)])
    table4 = {
        "cases": [*_with_total([1, 0, 0, 1]), *_with_total([0, 1, 0, 0]), "0", "0", "0", "0", "0"]
    }
    table2 = {
        "rules": ["1", "0", "5"],
        "normative": ["12", "3", "40"],
        "licence": ["356"],
        "penalty": ["1520"],
        "coercion": ["8"],
        "fees": ["12.5"],
    }
    return {"表二": table2, "表三": table3, "表四": table4}


@dataclass
class Page:
    """Lines being written, and the line each cell went to."""

    lines: list[str] = field(default_factory=list)
    where: dict[tuple[str, str, str], int] = field(default_factory=dict)

    def add(self, text: str, *cells: tuple[str, str, str]) -> None:
        self.lines.append(text)
        for cell in cells:
            self.where[cell] = len(self.lines)


def _t3_cells(key: str) -> tuple[tuple[str, str, str], ...]:
    return tuple(("表三", key, c) for c in T3_COLUMNS)


# --- shape 1: pdftotext -layout ---------------------------------------------


def _aligned(values: list[str]) -> str:
    return "".join(f"{v:>7}" for v in values)


def table3_aligned(page: Page, t3: dict[str, list[str]]) -> None:
    page.add("                              申请人情况")
    page.add("                                        法人或其他组织")
    page.add("                                      商业   科研   社会公益   法律服务")
    page.add("                              自然人  企业   机构   组织       机构     其他    总计")
    page.add("（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）")
    vertical = iter("三、本年度办理结果")
    for key, group, label in T3_ROWS:
        side = next(vertical, " ") if key not in {"new", "carried", "total", "next"} else ""
        if key in {"new", "carried", "next"}:
            page.add(f"{label:<28}{_aligned(t3[key])}", *_t3_cells(key))
        elif key == "partial":
            page.add(f"{side}    （二）部分公开（区分处理的，只计")
            page.add(f"{next(vertical, ' ')}{' ' * 31}{_aligned(t3[key])}", *_t3_cells(key))
            page.add(f"{next(vertical, ' ')}         这一情形，不计其他情形）")
        elif key == "overdue":
            page.add("                                   -4-")
            page.add("某市教育局2022年政府信息公开工作年度报告")
            page.add(f"{side}    （六）其他处理  1.申请人无正当理由逾期不补正、")
            page.add(f"{' ' * 32}{_aligned(t3[key])}", *_t3_cells(key))
            page.add("                    行政机关不再处理其政府信息公开申请")
        else:
            shown = group if group and not group.startswith("三、") else ""
            head = f"{shown}  " if shown else "    " + " " * len("（三）不予公开")
            page.add(f"{side}    {head}{label:<14}{_aligned(t3[key])}", *_t3_cells(key))


# --- shape 2: pdfplumber, the number line before its label --------------------


def table3_rows(page: Page, t3: dict[str, list[str]], rows=T3_ROWS, upto: int = 99) -> None:
    page.add("申请人情况 自然人 法人或其他组织 总计")
    page.add("商业企业 科研机构 社会公益组织 法律服务机构 其他")
    for key, group, label in rows[:upto]:
        numbers = " ".join(t3[key])
        if group and group[1:3] in SUBTOTAL_KEYS and SUBTOTAL_KEYS[group[1:3]] in t3:
            subtotal = SUBTOTAL_KEYS[group[1:3]]
            page.add(f"{group} {' '.join(t3[subtotal])}", *_t3_cells(subtotal))
        elif group:
            page.add(group)
        if key == "partial":
            page.add("（二）部分公开（区分处理的，只计这一情 形，不")
            page.add(numbers, *_t3_cells(key))
            page.add("计其他情形）")
        elif key in {"confirm", "overdue", "unpaid"}:
            page.add(numbers, *_t3_cells(key))
            page.add(label[:14])
            page.add(label[14:])
        else:
            page.add(f"{label} {numbers}", *_t3_cells(key))


SUBTOTAL_KEYS = {"三）": "refused", "四）": "unavailable", "五）": "unhandled", "六）": "other"}
T3_ROWS_2019 = (
    *[r for r in T3_ROWS if r[0] not in {"overdue", "unpaid", "misc", "total", "next"}],
    ("other", "", "（六）其他处理"),
    *[r for r in T3_ROWS if r[0] in {"total", "next"}],
)


def with_subtotals(t3: dict[str, list[str]]) -> dict[str, list[str]]:
    """表三 with the printed subtotals of （三）to（六）."""
    groups = {
        "refused": [
            "secret",
            "forbidden",
            "stability",
            "third",
            "internal",
            "process",
            "case",
            "inquiry",
        ],
        "unavailable": ["unheld", "create", "unclear"],
        "unhandled": ["petition", "repeat", "publication", "frequent", "confirm"],
        "other": ["overdue", "unpaid", "misc"],
    }
    out = dict(t3)
    for key, members in groups.items():
        out[key] = [str(sum(int(t3[m][c]) for m in members)) for c in range(7)]
    return out


def edition_2019(tables: dict[str, dict[str, list[str]]]) -> dict[str, dict[str, list[str]]]:
    """The same figures in the 2019 trial format: one （六）其他处理 row; 表二's old columns."""
    changed = copy.deepcopy(tables)
    t3 = changed["表三"]
    t3["other"] = [str(sum(int(t3[k][c]) for k in ("overdue", "unpaid", "misc"))) for c in range(7)]
    for key in ("overdue", "unpaid", "misc"):
        del t3[key]
    changed["表二"] = {
        "rules": ["0", "0", "0"],
        "normative": ["6", "6", "52"],
        "licence": ["35", "-2", "410"],
        "services": ["4", "0", "12"],
        "penalty": ["21", "1", "130"],
        "coercion": ["3", "0", "5"],
        "fees": ["2", "0"],
        "purchase": ["14", "356.8"],
    }
    return changed


T2_ROWS_2019 = (
    ("rules", "第二十条第（一）项", "规章", ("本年新制作数量", "本年新公开数量", "对外公开总数量")),
    ("normative", "", "规范性文件", ("本年新制作数量", "本年新公开数量", "对外公开总数量")),
    ("licence", "第二十条第（五）项", "行政许可", ("上一年项目数量", "本年增/减", "处理决定数量")),
    ("services", "", "其他对外管理服务事项", ("上一年项目数量", "本年增/减", "处理决定数量")),
    ("penalty", "第二十条第（六）项", "行政处罚", ("上一年项目数量", "本年增/减", "处理决定数量")),
    ("coercion", "", "行政强制", ("上一年项目数量", "本年增/减", "处理决定数量")),
    ("fees", "第二十条第（八）项", "行政事业性收费", ("上一年项目数量", "本年增/减")),
    ("purchase", "第二十条第（九）项", "政府集中采购", ("采购项目数量", "采购总金额")),
)


def table3_columns(page: Page, t3: dict[str, list[str]]) -> None:
    """Shape 3: each page lists its row labels, then each column top to bottom."""
    pages = (T3_ROWS[:14], T3_ROWS[14:])
    for number, rows in enumerate(pages, start=4):
        page.add("申请人情况")
        for _, group, label in rows:
            if group:
                page.add(group)
            page.add(label)
        for column_index, column in enumerate(T3_COLUMNS):
            page.add(column)
            for key, _, _ in rows:
                page.add(t3[key][column_index], ("表三", key, column))
        page.add(f"- {number} -")


# --- shape 4: web text, cells glued -------------------------------------------


def table3_glued(page: Page, t3: dict[str, list[str]]) -> None:
    page.add("申请人情况自然人法人或其他组织总计")
    page.add("商业企业科研机构社会公益组织法律服务机构其他")
    for key, group, label in T3_ROWS:
        glue = " ".join(t3[key]) if key in {"carried", "total"} else "".join(t3[key])
        page.add(f"{group}{label}{glue}", *_t3_cells(key))


# --- shape 6: pipe rows -------------------------------------------------------


def table3_pipes(page: Page, t3: dict[str, list[str]]) -> None:
    page.add("| 申请人情况 | | | 自然人 | 法人或其他组织 | | | | | 总计 |")
    page.add("| | | | | 商业 企业 | 科研 机构 | 社会 公益 组织 | 法律 服务 机构 | 其他 | |")
    page.add("|---|---|---|---|---|---|---|---|---|---|")
    for key, group, label in T3_ROWS:
        cells = " | ".join(t3[key])
        if key in {"new", "carried", "next"}:
            page.add(f"| {label} | | | {cells} |", *_t3_cells(key))
        else:
            page.add(f"| 三、本年度办理结果 | {group} | {label} | {cells} |", *_t3_cells(key))


# --- shape 7: one cell per line, traditional characters -----------------------

_TRADITIONAL = str.maketrans(
    "规处罚许强发废现数决结转继续办开区计这国护权类务过执询项无机关补后请确访举报诉复认获缴纳总构会组织议维纠审经对",
    "規處罰許強發廢現數決結轉繼續辦開區計這國護權類務過執詢項無機關補後請確訪舉報訴復認獲繳納總構會組織議維糾審經對",
)


def traditional(text: str) -> str:
    return text.translate(_TRADITIONAL)


def table3_cells(page: Page, t3: dict[str, list[str]], separator: str = "") -> None:
    for header in (
        "申请人情况",
        "自然人",
        "法人或其他组织",
        "商业企业",
        "科研机构",
        "社会公益组织",
        "法律服务机构",
        "其他",
        "总计",
    ):
        page.add(traditional(header))
        page.add(separator)
    for key, group, label in T3_ROWS:
        if group:
            page.add(traditional(group))
            page.add(separator)
        page.add(traditional(label))
        for column, value in zip(T3_COLUMNS, t3[key], strict=True):
            page.add(separator)
            page.add(value, ("表三", key, column))
        page.add(separator)


# --- 表二 and 表四 in each shape ----------------------------------------------

T4_HEADERS = ("行政复议", "行政诉讼", "未经复议直接起诉", "复议后起诉")
T4_WORDS = ("结果维持", "结果纠正", "其他结果", "尚未审结", "总计")


def _t4_cells() -> tuple[tuple[str, str, str], ...]:
    return tuple(("表四", "cases", c) for c in T4_COLUMNS)


def _t2_cells(key: str, columns: tuple[str, ...]) -> tuple[tuple[str, str, str], ...]:
    return tuple(("表二", key, c) for c in columns)


def table2_lines(page: Page, t2: dict[str, list[str]], shape: str) -> None:
    for key, caption, label, columns in T2_ROWS if "purchase" not in t2 else T2_ROWS_2019:
        values = t2[key]
        if caption:
            _t2_header(page, caption, columns, shape)
        cells = _t2_cells(key, columns)
        if shape == "aligned":
            page.add(f"{label:<16}{''.join(f'{v:>12}' for v in values)}", *cells)
        elif shape == "rows":
            page.add(" ".join([label, *values]), *cells)
        elif shape == "glued":
            glue = " ".join(values) if key == "normative" else "".join(values)
            page.add(f"{label}{glue}", *cells)
        elif shape == "pipes":
            page.add(f"| {label} | {' | '.join(values)} |", *cells)
        else:
            page.add(traditional(label))
            for column, value in zip(columns, values, strict=True):
                page.add("")
                page.add(value, ("表二", key, column))
            page.add("")


def _t2_header(page: Page, caption: str, columns: tuple[str, ...], shape: str) -> None:
    if shape == "pipes":
        page.add(f"| {caption} | {' | '.join('' for _ in columns)} |")
        page.add(f"| 信息内容 | {' | '.join(columns)} |")
        page.add(f"|---|{'---|' * len(columns)}")
    elif shape == "cells":
        for text in (caption, "信息内容", *columns):
            page.add(traditional(text[:3]))
            if len(text) > 3:
                page.add(traditional(text[3:]))
            page.add("")
    else:
        page.add(caption)
        page.add(" ".join(["信息内容", *columns]))


def table4_lines(page: Page, t4: dict[str, list[str]], shape: str) -> None:
    values = t4["cases"]
    if shape == "aligned":
        page.add("                行政复议                               行政诉讼")
        page.add("                                         未经复议直接起诉            复议后起诉")
        page.add("  " + "    ".join(["结果  结果  其他  尚未  总计"] * 3))
        page.add("  " + "    ".join(["维持  纠正  结果  审结"] * 3))
        page.add("".join(f"{v:>6}" for v in values), *_t4_cells())
    elif shape == "rows":
        page.add("行政复议 行政诉讼")
        page.add(
            " ".join(["结果维持 结果纠正 其他结果 尚未审结 总计", "未经复议直接起诉", "复议后起诉"])
        )
        page.add(" ".join(T4_WORDS * 2))
        page.add(" ".join(values), *_t4_cells())
    elif shape == "glued":
        page.add("行政复议行政诉讼")
        page.add("结果维持结果纠正其他结果尚未审结总计未经复议直接起诉复议后起诉")
        page.add("".join(values), *_t4_cells())
    elif shape == "pipes":
        page.add("| 行政复议 | | | | | 行政诉讼 | | | | | | | | | |")
        page.add("| " + " | ".join(T4_WORDS * 3) + " |")
        page.add("|" + "---|" * 15)
        page.add("| " + " | ".join(values) + " |", *_t4_cells())
    else:
        for text in (*T4_HEADERS, *T4_WORDS):
            page.add(traditional(text))
            page.add("|")
        for column, value in zip(T4_COLUMNS, values, strict=True):
            page.add(value, ("表四", "cases", column))
            page.add("|")


TABLE3 = {
    "aligned": table3_aligned,
    "rows": table3_rows,
    "glued": table3_glued,
    "pipes": table3_pipes,
    "cells": table3_cells,
    "columns": table3_columns,
    "cut": lambda page, t3: table3_rows(page, t3, upto=12),
    "rows-2019": lambda page, t3: table3_rows(page, t3, rows=T3_ROWS_2019),
}
T2_SHAPE = {"columns": "rows", "cut": "rows", "rows-2019": "rows"}
NARRATIVE = {
    "current": "现行有效行政规范性文件{current}件",
    "received": "本年度共收到政府信息公开申请{received}件",
    "opened": "其中予以公开{opened}件",
    "next": "结转下年度继续办理{next}件",
    "review": "行政复议{review}件",
    "lawsuit": "行政诉讼{lawsuit}件",
}


def narrative_numbers(tables: dict[str, dict[str, list[str]]]) -> dict[str, str]:
    """The numbers the text states, as the tables give them."""
    t3, cases = tables["表三"], tables["表四"]["cases"]
    return {
        "current": tables["表二"]["normative"][2] if "purchase" not in tables["表二"] else "",
        "received": t3["new"][6],
        "opened": t3["open"][6],
        "next": t3["next"][6],
        "review": cases[4],
        "lawsuit": str(int(cases[9]) + int(cases[14])),
    }


@dataclass(frozen=True)
class Report:
    text: str
    where: dict[tuple[str, str, str], int]  # (table, row, column) → line number
    said: dict[str, int]  # narrative key → line number


def report(
    shape: str,
    tables: dict[str, dict[str, list[str]]] | None = None,
    title: bool = True,
    said: dict[str, str] | None = None,
    year: int = 2022,
) -> Report:
    """A whole government-format report with its three tables in ``shape``."""
    tables = tables or consistent_tables()
    numbers = {**narrative_numbers(tables), **(said or {})}
    text = {k: v.format(**numbers) for k, v in NARRATIVE.items()}
    page = Page()
    lines_said: dict[str, int] = {}

    def prose(line: str, *keys: str) -> None:
        page.add(line)
        lines_said.update({k: len(page.lines) for k in keys})

    if title:
        page.add("某市教育局")
        page.add(f"{year}年政府信息公开工作年度报告")
        page.add("")
    page.add(
        "本报告依据《中华人民共和国政府信息公开条例》编制，全文包括总体情况、主动公开政府信息情况、"
        "收到和处理政府信息公开申请情况、政府信息公开行政复议、行政诉讼情况、存在的主要问题及改进情况、"
        f"其他需要报告的事项。本报告所列数据的统计期限自{year}年1月1日起至{year}年12月31日止。"
    )
    page.add("一、总体情况")
    page.add(
        "2022年，我局坚持以公开为常态、不公开为例外，围绕中心工作做好政务公开，公开质量稳步提升。"
    )
    page.add("二、主动公开政府信息情况")
    if numbers["current"]:
        prose(f"本年度{text['current']}，均已在门户网站集中公开。", "current")
    table2_lines(page, tables["表二"], T2_SHAPE.get(shape, shape))
    page.add("三、收到和处理政府信息公开申请情况")
    prose(f"{text['received']}，{text['opened']}，{text['next']}。", "received", "opened", "next")
    TABLE3[shape](page, tables["表三"])
    page.add("四、政府信息公开行政复议、行政诉讼情况")
    prose(f"本年度发生政府信息公开{text['review']}，{text['lawsuit']}。", "review", "lawsuit")
    table4_lines(page, tables["表四"], T2_SHAPE.get(shape, shape))
    page.add("五、存在的主要问题及改进情况")
    page.add(
        "一是公开内容的解读还不够深入；二是依申请公开答复的规范性有待提高。下一步将加强培训，完善工作机制。"
    )
    page.add("六、其他需要报告的事项")
    page.add("本年度未收取信息处理费。")
    page.add("某市教育局")
    page.add(f"{year + 1}年1月20日")
    return Report("\n".join(page.lines) + "\n", page.where, lines_said)


def mutated(tables: dict[str, dict[str, list[str]]], table: str, row: str, changes: dict[int, str]):
    """A copy of ``tables`` with some cells replaced."""
    changed = copy.deepcopy(tables)
    for column, value in changes.items():
        changed[table][row][column] = value
    return changed

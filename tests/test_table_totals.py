"""Totals rows of flattened tables: cells, and which columns are added up."""

from __future__ import annotations

from discl_lint.text.table_totals import count, is_rule_row, row_cells, table_totals


def _rows(text: str) -> list[list[tuple[str, int, int, bool]]]:
    rows, at = [], 0
    for line in text.split("\n"):
        if line and not is_rule_row(line):
            rows.append(row_cells(line, at))
        at += len(line) + 1
    return rows


def _sums(text: str) -> list[tuple[str, list[str]]]:
    return [(total[0], [c[0] for c in column]) for total, column in table_totals(_rows(text))]


def test_cells_keep_their_offsets_and_empty_cells():
    line = "| | 合计 | 1288 |"
    cells = row_cells(line, 100)
    assert [c[0] for c in cells] == ["", "合计", "1288"]
    assert all(line[s - 100 : e - 100] == text for text, s, e, _ in cells)
    assert [c[3] for c in row_cells("| 　本科招生 | 148 |", 0)] == [True, False]
    assert [c[3] for c in row_cells("  本科招生\t148", 0)] == [True, False]
    assert [c[0] for c in row_cells("类别\t\t占比", 0)] == ["类别", "", "占比"]
    assert [c[0] for c in row_cells("收到申请      3      均已答复", 0)] == [
        "收到申请",
        "3",
        "均已答复",
    ]
    assert is_rule_row("| --- | ---: |")
    assert not is_rule_row("| 1 | 2 |")


def test_each_additive_column_of_a_total_row_is_added_up():
    text = (
        "| 序号 | 类别 | 条数 | 占比 | 同比增长 | 件数 |\n| --- | --- | --- | --- | --- | --- |\n"
        "| 1 | 基本信息 | 58 | 31% | 5 | 2 |\n| 2 | 招生信息 | 127 | 69% | 7 | 3 |\n"
        "| 3 | 合计 | 186 | 100% | 12 | 5 |\n"
    )
    assert _sums(text) == [("186", ["58", "127"]), ("5", ["2", "3"])]


def test_rows_count_from_the_previous_total_and_a_cut_table_is_not_judged():
    text = (
        "类别\t条数\t件数\n招生信息\t3\t1\n财务信息\t4\t1\n合计\t7\t2\n"
        "年度\t2022\t2023\n依申请\t4\t6\n评议\t8\t9\n合计\t12\t15\n"
    )
    assert _sums(text) == [
        ("7", ["3", "4"]),
        ("2", ["1", "1"]),
        ("12", ["4", "8"]),
        ("15", ["6", "9"]),
    ]
    lone_year = "信息公开网\t2041\n官网\t983\n微信\t1560\n合计\t4584\n"
    assert _sums(lone_year) == []
    cut = "人事信息\t76\n学生信息\t88\n其他信息\t154\n合计\t563\n"
    assert _sums(cut) == []


def test_year_columns_averages_and_distinct_counts():
    years = "| 类别 | 2023 | 2024 |\n| 基本信息 | 41 | 47 |\n| 招生信息 | 118 | 126 |\n| 合计 | 159 | 173 |\n"
    assert _sums(years) == [("159", ["41", "118"]), ("173", ["47", "126"])]
    averages = "学院   份数\n医学院   120\n药学院   80\n平均   100\n合计   200\n"
    assert _sums(averages) == [("200", ["120", "80"])]
    distinct = (
        "| 类别 | 条数 | 牵头部门数 |\n| 基本 | 3 | 2 |\n| 招生 | 4 | 2 |\n| 合计 | 7 | 3 |\n"
    )
    assert _sums(distinct) == [("7", ["3", "4"])]
    persons = "| 专题 | 参训人员（人） |\n| 一 | 64 |\n| 二 | 58 |\n| 合计 | 102 |\n"
    assert _sums(persons) == []
    # Rows of persons short of their total: no one is counted twice, someone is missing.
    rated = "| 评价 | 人数 |\n| 满意 | 128 |\n| 基本满意 | 33 |\n| 不满意 | 5 |\n| 合计 | 176 |\n"
    assert _sums(rated) == [("176", ["128", "33", "5"])]
    margin = "  类别      条数\n  基本信息      46\n  招生信息      98\n  合计      144\n"
    assert _sums(margin) == [("144", ["46", "98"])]
    blank_last = "类别      本学年      上学年\n基本      58      52\n招生      127      120\n合计      185\n"
    assert _sums(blank_last) == []
    received = "项目\t件数\n收到申请\t9\n予以公开\t5\n部分公开\t1\n不予公开\t3\n合计\t9\n"
    assert _sums(received) == [("9", ["5", "1", "3"])]  # 收到申请 heads the outcomes
    deduplicated = (
        "| 场次 | 人数 |\n| 一 | 64 |\n| 二 | 58 |\n| 合计（去重） | 102 |\n| 合计 | 102 |\n"
    )
    assert _sums(deduplicated) == []


def test_tables_with_sub_items_or_gaps_are_not_judged():
    nested = "| 类别 | 条数 |\n| 招生信息 | 127 |\n| 其中：章程 | 12 |\n| 财务信息 | 58 |\n| 合计 | 185 |\n"
    gap = "| 类别 | 条数 |\n| 招生信息 | 127 |\n| 财务信息 | — |\n| 合计 | 127 |\n"
    single = "| 类别 | 条数 |\n| 招生信息 | 127 |\n| 合计 | 127 |\n"
    indented = (
        "| 类别 | 条数 |\n| 招生信息 | 205 |\n| 　本科 | 148 |\n| 　专升本 | 57 |\n| 合计 | 205 |\n"
    )
    assert _sums(nested) == _sums(gap) == _sums(single) == _sums(indented) == []


def test_counts_with_separators_or_shares_and_bracketed_headers():
    assert [count(t) for t in ("1,288", "142（11.0%）", "58", "11.0%", "1,28", "—")] == [
        1288,
        142,
        58,
        None,
        None,
        None,
    ]
    text = "| 类别 | 条数（占比） |\n| 基本 | 142（11.0%） |\n| 招生 | 1,146（89.0%） |\n| 合计 | 1,288（100%） |\n"
    assert _sums(text) == [("1,288（100%）", ["142（11.0%）", "1,146（89.0%）"])]


def test_a_label_spelled_out_across_aligned_columns_is_one_cell():
    cells = row_cells("合    计              566", 10)
    assert [c[0] for c in cells] == ["合计", "566"]
    assert cells[0][1:3] == (10, 16)  # from 合 to 计
    header = row_cells("类    别          条    数      占    比", 0)
    assert [c[0] for c in header] == ["类别", "条数", "占比"]
    text = "类    别        条数\n学校基本信息     58\n招生考试信息    120\n合    计        179\n"
    assert _sums(text) == [("179", ["58", "120"])]
    # Characters as far apart as the columns are columns of their own.
    assert [c[0] for c in row_cells("申请人类别      男      女      小计", 0)] == [
        "申请人类别",
        "男",
        "女",
        "小计",
    ]
    # Pipes and tabs already tell the cells apart: a one-character cell there stays one.
    assert [c[0] for c in row_cells("| 男 | 女 | 12 |", 0)] == ["男", "女", "12"]
    assert [c[0] for c in row_cells("是\t否\t3", 0)] == ["是", "否", "3"]

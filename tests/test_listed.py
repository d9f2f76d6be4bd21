"""Totals of 类别：N条 lines: which runs are judged, and which rows are their parts."""

from __future__ import annotations

from discl_lint.text.listed import heading_rows, listed_totals
from discl_lint.text.quantities import read_quantities


def _totals(text: str) -> list[tuple[str, list[str]]]:
    found = listed_totals(text, list(read_quantities(text)))
    return [(total.digits, [q.digits for q in rows]) for total, rows in found]


def test_rows_up_to_the_total_and_from_the_previous_one():
    text = "表1\n网站：210条\n官网：95条\n合计：305条\n招生网：140条\n微信：88条\n合计：229条\n"
    assert _totals(text) == [("305", ["210", "95"]), ("229", ["140", "88"])]


def test_a_list_at_the_start_of_the_text_or_ending_it():
    assert _totals("网站：210条\n官网：95条\n合计：306条") == [("306", ["210", "95"])]


def test_sub_items_and_subtotals_leave_the_list_unjudged():
    sub = "说明\n招生：127条\n其中本科：100条\n财务：58条\n人事：10条\n合计：195条\n"
    subtotal = "说明\n招生：127条\n小计：127条\n财务：58条\n合计：185条\n"
    indented = "说明\n招生：205条\n　本科：148条\n　专升本：57条\n合计：205条\n"
    assert _totals(sub) == _totals(subtotal) == _totals(indented) == []


def test_rows_that_go_on_above_a_page_break_are_not_judged():
    text = "说明\n基本：46条\n招生：98条\n\n        \n\n学生：71条\n其他：105条\n合计：320条\n"
    assert _totals(text) == []


def test_a_first_row_that_heads_the_others_is_not_a_part():
    assert heading_rows([10, 5, 1, 3], 9, "收到申请") == 1  # above the outcomes
    assert heading_rows([563, 58, 127, 300], 563, "主动公开信息") == 1  # the total first
    assert heading_rows([500, 100, 200], 800, "信息总数") == 0  # a large first category
    assert heading_rows([5, 1, 1, 2], 8, "收到申请") == 0  # a wrong total: every row is a part
    assert heading_rows([60, 20, 25, 15], 60, "全年发布信息") == 1  # the others add up to it


def test_a_first_row_that_is_one_of_the_outcomes_stays_a_part():
    assert heading_rows([3, 1, 1, 2], 4, "予以公开") == 0  # the first row left out of 合计
    assert heading_rows([2, 1, 0, 0], 2, "基本信息") == 0  # a first value equal to the total
    text = "说明\n予以公开：3件\n部分公开：1件\n不予公开：1件\n告知信息不存在：2件\n合计：4件\n"
    assert _totals(text) == [("4", ["3", "1", "1", "2"])]


def test_rows_may_give_their_share_beside_the_count():
    text = "说明\n基本：58条（10.3%）\n招生：120条(占比21.2%)\n人事：387条（68.5%）。\n合计：566条（100%）\n"
    assert _totals(text) == [("566", ["58", "120", "387"])]


def test_a_row_saying_more_than_its_count_leaves_the_list_unjudged():
    text = "说明\n基本：58条，较上年增加3条\n招生：120条\n人事：387条\n合计：566条\n"
    assert _totals(text) == []  # not 120 + 387 against 566: the rows go on above


def test_a_sub_line_without_its_label_leaves_the_list_unjudged():
    text = "说明\n微信公众号：326条\n　　其中：招生类118条\n　　　　　新闻类208条\n视频号：94条\n合计：420条\n"
    assert _totals(text) == []  # not 94 against 420: the rows go on above the sub-lines


def test_the_line_above_skips_blank_lines_without_copying_the_text():
    from discl_lint.text.lines import line_above

    text = "续表1\n\n  \n合计：3条"
    start, stop = line_above(text, text.index("合计"))
    assert text[start:stop] == "续表1"
    assert line_above("甲\n乙", 2) == (0, 1)  # the line break is passed over
    assert line_above("  \n\n合计", 4) == (0, 0)  # nothing above

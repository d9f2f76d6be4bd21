"""The pieces of the government-table reader: cells of a line, glued digits, labels."""

from __future__ import annotations

import time

import pytest

from discl_lint.document.structure import Document
from discl_lint.govtables.cells import read_line, skipped
from discl_lint.govtables.normalise import squeezed
from discl_lint.govtables.splits import Layout, splits

ROW = Layout(7, (7,))
REVIEW = Layout(15, (5, 5, 5))


def _line(text: str):
    return Document.split_lines(text)[0]


def _values(found):
    return [[p.value for p in pieces] for pieces in found]


@pytest.mark.parametrize(
    ("runs", "layout", "expected"),
    [
        (("5001006",), ROW, [[5, 0, 0, 1, 0, 0, 6]]),
        (("120000113",), ROW, [[12, 0, 0, 0, 0, 1, 13]]),
        (("000",), Layout(3), [[0, 0, 0]]),
        (("100120100100000",), REVIEW, [[1, 0, 0, 1, 2, 0, 1, 0, 0, 1, 0, 0, 0, 0, 0]]),
        (("12", "3", "40"), Layout(3), [[12, 3, 40]]),
    ],
)
def test_a_split_is_taken_when_it_is_the_only_one(runs, layout, expected):
    assert _values(splits(runs, layout)) == expected


@pytest.mark.parametrize(
    ("runs", "layout"),
    [
        (("12340",), Layout(3)),  # 行政规范性文件12340: 1|2|340, 1|23|40, 12|3|40 …
        (("121010014",), ROW),  # 12|1|0|1|0|0|14 and 1|2|10|1|0|0|14
        (("1520-12408",), Layout(3, signed=1)),  # 2019 本年增/减: -1|2408 or -12|408
    ],
)
def test_a_run_that_splits_several_ways_is_ambiguous(runs, layout):
    assert len(splits(runs, layout)) == 2


def test_a_run_no_split_adds_up_has_none():
    assert splits(("15101008",), ROW) == []
    assert splits(("1001",), ROW) == []  # fewer digits than columns


def test_long_runs_give_up_quickly_and_never_guess():
    start = time.perf_counter()
    for run in ("1" * 14, "9" * 25, "1234567891234567891"):
        assert len(splits((run,), ROW)) != 1
    assert time.perf_counter() - start < 1.0


@pytest.mark.parametrize(
    ("text", "label", "cells"),
    [
        (
            "（一）予以公开      12     0    0    0    0    1    13",
            "(一)予以公开",
            "12 0 0 0 0 1 13",
        ),
        ("一、本年新收政府信息公开申请数量5001006", "一、本年新收政府信息公开申请数量", "5001006"),
        ("行政处罚1520-12408", "行政处罚", "1520-12408"),
        ("行政事业性收费12.5", "行政事业性收费", "12.5"),
        ("| 规章 | 0 | &nbsp; | 0 |", "规章", "0 &nbsp; 0"),
        ("| 社会 公益 组织 | 法律 服务 机构 |", "社会公益组织法律服务机构", ""),
        ("（七）总计 20 1 0 0 0 0 /", "(七)总计", "20 1 0 0 0 0 /"),
        ("3 1 0 0 0 0 4", "", "3 1 0 0 0 0 4"),
        ("1.属于国家秘密 0 0", "1.属于国家秘密", "0 0"),
        ("2022年政府信息公开工作年度报告", "2022年政府信息公开工作年度报告", ""),
    ],
)
def test_a_line_splits_into_label_and_cells(text, label, cells):
    read = read_line(_line(text))
    assert read.label == label
    assert " ".join(c.text for c in read.cells) == cells


def test_blank_cells_are_not_zero():
    cells = read_line(_line("| 总计 | 3 | / | &nbsp; |  |")).cells
    assert [c.blank for c in cells] == [False, True, True, True]
    assert cells[0].value == 3


@pytest.mark.parametrize("text", ["  -4-  ", "— 12 —", "第 3 页", "|---|:---:|", "|", "   "])
def test_footers_rule_rows_and_blank_lines_are_skipped(text):
    assert skipped(_line(text))


def test_labels_match_after_nfkc_and_traditional_characters():
    assert squeezed("（七）總計") == "(七)总计"
    assert squeezed("規章　處罰 行政復議 １２") == "规章处罚行政复议12"

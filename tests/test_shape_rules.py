"""Rules that read the page: one finding per defect, fixes that repair every place."""

from __future__ import annotations

import pytest

from discl_lint.engine.fixing import fix_text
from discl_lint.plugins.manager import build_registry, make_plugin_manager
from discl_lint.ruleset.rule_files import RuleSet
from discl_lint.runner.lint import Linter

from conftest import FIXTURES, ROOT

CORPUS = ROOT / "tests" / "corpus"


def _fixer(select: str):
    registry = build_registry(make_plugin_manager(entry_points=False))
    linter = Linter(RuleSet(registry.rule_dirs, (select,)), registry)
    return lambda text: linter.lint_text("r.txt", text)


def test_the_dl408_fix_converts_every_mark_of_a_converted_document():
    text = (CORPUS / "05_converted_punctuation.txt").read_text(encoding="utf-8")
    lint = _fixer("DL408")
    fixed = fix_text(text, lint).text
    assert lint(fixed) == []
    assert "《高等学校信息公开办法》（教育部令第29号）和" in fixed
    assert "咨询时间：周一至周五9:00-11:30,14:30-17:00。" in fixed  # not in Chinese text
    assert "申请2件（均为校外人员提出，" in fixed  # an unclosed bracket is converted too


def test_dl408_in_a_full_width_document_is_per_paragraph(lint):
    text = "学校完善工作流程,明确职责,落实审核。\n学校公开招生计划;公开收费标准。\n学校接受监督。\n"
    found = lint(text, only="DL408")
    assert [(f.line, f.message.split("：")[1][:5]) for f in found] == [
        (1, "本段共2处"),
        (2, "本段共1处"),
    ]


def test_dl406_spacing_everywhere_is_one_habit_and_its_fix_removes_every_space(lint):
    text = (FIXTURES / "seeds" / "003_73ed7b442d6b7da3.txt").read_text(encoding="utf-8")
    found = lint(text, only="DL406")
    assert len(found) == 1
    assert "全文有39处" in found[0].message  # not the two around “and”, which DL405 reports
    fixed = fix_text(text, _fixer("DL406")).text
    assert "2022 年" not in fixed
    assert "2022年信息公开工作报告" in fixed


@pytest.mark.parametrize(
    ("text", "fixed"),
    [
        ("学校进一步进一步扩大了覆盖面。\n", "学校进一步扩大了覆盖面。\n"),
        ("学校梳理了总体情况情况情况。\n", "学校梳理了总体情况。\n"),
        ("信息公开信息公开专栏持续更新。\n", "信息公开专栏持续更新。\n"),
        (
            "学校明确职责分工，进一步\n进一步压实了公开责任。\n",
            "学校明确职责分工，进一步\n压实了公开责任。\n",
        ),
    ],
)
def test_dl410_reports_a_repeated_word_and_removes_the_copy(lint, text, fixed):
    assert [f.rule for f in lint(text, only="DL410")] == ["DL410"]
    assert fix_text(text, _fixer("DL410")).text == fixed


@pytest.mark.parametrize(
    "text",
    [
        "学校一步一步推进、一项一项落实，层层压实责任，做到人人知晓、天天更新、年年考核。\n",
        "谢谢谢谢大家。\n",
        "二〇二二二〇二二\n",
        "（一）主要经验\n主要经验有以下三点。\n",
        "2022年度\n2022年度报告已公布。\n",
    ],
)
def test_dl410_leaves_reduplication_alone(lint, text):
    assert lint(text, only="DL410") == []


def test_dl411_names_where_the_paragraph_stood_first(lint):
    paragraph = "　　学校把信息公开工作纳入年度重点工作，由党政办公室统筹协调。\n"
    text = "一、概述\n" + paragraph + "二、主动公开情况\n　　无。\n三、评议\n　　无。\n" + paragraph
    found = lint(text, only="DL411")
    assert [(f.line, f.column) for f in found] == [(7, 3)]
    assert "第2行" in found[0].message


def test_dl404_joins_a_paragraph_across_a_pdf_page_number():
    text = (CORPUS / "07_pdf_lines_30.txt").read_text(encoding="utf-8")
    fixed = fix_text(text, _fixer("DL404")).text
    assert "使信息公开的方式更加多样、更加便捷" in fixed
    assert "- 2 -" not in fixed


def test_dl407_knows_ascii_brackets_only_in_a_converted_document(lint):
    converted = "学校编制本报告,统计期限为一学年。学校修订办法(试行,完善机制;加强监督:按时更新。\n"
    found = lint(converted, only="DL407")
    assert len(found) == 1
    assert "段内“(”没有" in found[0].message
    native = "学校编制本报告，统计期限为一学年。学校修订办法(试行，完善机制。\n"
    assert lint(native, only="DL407") == []


def test_dl407_is_silent_on_a_pair_cut_off_with_the_text(lint):
    assert lint("学校将继续按照《教育部关于进一步推进高校信息公开", only="DL407") == []
    assert len(lint("学校将继续按照《教育部关于进一步推进高校信息公开。\n", only="DL407")) == 1


def test_dl301_leaves_overlapping_staff_subsets_alone(lint):
    overlapping = "学校现有教职工512人，其中专任教师430人，高级职称201人，硕士以上96人。\n"
    assert lint(overlapping, only="DL301") == []
    disjoint = "学校公开招聘工作人员45人，其中专任教师30人，辅导员12人，管理人员8人。\n"
    assert [f.rule for f in lint(disjoint, only="DL301")] == ["DL301"]


def test_dl104_reports_a_period_of_309_days(lint):
    found = lint("本报告统计期限为2022年11月1日至2023年9月5日。\n", only="DL104")
    assert len(found) == 1
    assert "309天" in found[0].message


def test_page_chrome_is_skipped_but_artifacts_in_it_are_reported(lint):
    text = (
        "当前位置：首页 > 信息公开 > 正文[bookmark: _GoBack]\n"
        "发布时间：2023-10-27 09:12  作者：管理员  浏览次数：2046\n"
        "　　学校坚持依法公开，完善工作机制。\n"
    )
    assert sorted({f.rule for f in lint(text, only="DL4")}) == ["DL401"]

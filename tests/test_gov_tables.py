"""Government-format reports: tables rebuilt from each text shape and their sums checked.

The reports are written by ``govreport`` with invented numbers; each planted error
must be found once, at the line that prints the total, with the right numbers.
"""

from __future__ import annotations

import pytest

import govreport as g

SHAPES = ("aligned", "rows", "glued", "pipes", "cells")
T = g.consistent_tables()
ARITHMETIC = {"DL603", "DL604", "DL605", "DL606"}


def _gov(findings):
    return [f for f in findings if f.rule.startswith("DL6") or f.rule == "DL505"]


@pytest.mark.parametrize("shape", SHAPES)
def test_consistent_tables_give_no_table_finding(lint, shape):
    findings = lint(g.report(shape).text)
    assert _gov(findings) == []


@pytest.mark.parametrize("shape", SHAPES)
def test_table_lines_are_not_prose(lint, shape):
    """No heading, numbering, spacing or bracket finding comes from the tables' layout."""
    findings = lint(g.report(shape).text)
    assert [(f.line, f.rule) for f in findings] == []


def _planted():
    return {
        "total-cell": (
            g.mutated(T, "表三", "carried", {6: "4"}),
            None,
            "DL603",
            ("表三", "carried", "总计"),
            ("＝3", "总计为4"),
        ),
        "result-row": (
            g.mutated(T, "表三", "partial", {0: "3", 6: "4"}),
            None,
            "DL604",
            ("表三", "total", "自然人"),
            ("“自然人”栏", "＝11", "（七）总计为10"),
        ),
        "carry-over": (
            g.mutated(T, "表三", "next", {0: "1", 6: "3"}),
            None,
            "DL605",
            ("表三", "next", "自然人"),
            ("一、本年新收8＋二、上年结转2＝10", "（七）总计10＋四、结转下年度继续办理1＝11"),
        ),
        "review-total": (
            g.mutated(T, "表四", "cases", {4: "3"}),
            None,
            "DL606",
            ("表四", "cases", "复议总计"),
            ("“行政复议”", "尚未审结1＝2", "总计为3"),
        ),
        "narrative": (T, {"opened": "8"}, "DL607", None, ("为8", "表三中为7")),
    }


PLANTED = _planted()


@pytest.mark.parametrize("error", list(PLANTED))
@pytest.mark.parametrize("shape", SHAPES)
def test_planted_error_found_once_at_its_total(lint, shape, error):
    tables, said, rule, cell, words = PLANTED[error]
    report = g.report(shape, tables, said=said)
    found = _gov(lint(report.text))
    assert [f.rule for f in found] == [rule]
    line = report.where[cell] if cell else report.said["opened"]
    assert found[0].line == line
    for word in words:
        assert word in found[0].message


def test_narrative_number_names_both_numbers(lint):
    report = g.report("rows", said={"received": "20"})
    [finding] = _gov(lint(report.text))
    assert finding.rule == "DL607"
    assert "为20" in finding.message
    assert "13或16" in finding.message  # 本年新收, or with 上年结转


def test_column_stream_is_unreadable_and_not_summed(lint):
    found = _gov(lint(g.report("columns").text))
    assert [f.rule for f in found] == ["DL602"]
    assert "表三" in found[0].message
    assert "按列" in found[0].message


def test_table_cut_off_halfway_is_unreadable_and_not_summed(lint):
    wrong = g.mutated(T, "表三", "open", {6: "9"})  # inside the part that survives
    found = _gov(lint(g.report("cut", wrong).text))
    assert [f.rule for f in found] == ["DL602"]
    assert "读到12行" in found[0].message


def test_ambiguous_glued_row_is_reported_and_not_summed(lint):
    tables = g.mutated(T, "表三", "open", {0: "12", 6: "14"})  # 121010014 splits two ways
    tables = g.mutated(tables, "表三", "total", {0: "17", 6: "21"})
    tables = g.mutated(tables, "表三", "carried", {0: "9", 6: "10"})
    found = _gov(lint(g.report("glued", tables).text))
    assert [f.rule for f in found] == ["DL609"]
    assert "（一）予以公开" in found[0].message
    assert "121010014" in found[0].message


def test_unsplittable_glued_row_is_reported_not_guessed(lint):
    tables = g.mutated(T, "表三", "open", {0: "15", 6: "8"})  # 15101008: no split adds up
    found = _gov(lint(g.report("glued", tables).text))
    assert [f.rule for f in found] == ["DL609"]
    assert "拆不出" in found[0].message


@pytest.mark.parametrize(
    ("shape", "blank"), [("aligned", "/"), ("rows", "/"), ("pipes", ""), ("cells", "&nbsp;")]
)
def test_blank_total_is_a_missing_value_not_a_sum_error(lint, shape, blank):
    report = g.report(shape, g.mutated(T, "表三", "total", {6: blank}))
    found = _gov(lint(report.text))
    assert [f.rule for f in found] == ["DL608"]
    assert found[0].line == report.where[("表三", "total", "总计")]
    assert "“总计”" in found[0].message


@pytest.mark.parametrize("shape", ["aligned", "cells", "glued"])
def test_report_without_title_is_gov_with_six_part_checks(lint, registry, shape):
    from discl_lint.runner.lint import load

    text = g.report(shape, title=False).text
    assert load("r.txt", text, registry, "auto").profile == "gov"
    findings = lint(text)
    assert not [f for f in findings if f.rule == "DL501"]
    assert not [f for f in findings if f.rule.startswith("DL2")]
    without_part_four = text.replace("四、政府信息公开行政复议、行政诉讼情况\n", "")
    missing = [f for f in lint(without_part_four) if f.rule == "DL201"]
    assert len(missing) == 1
    assert "政府信息公开行政复议、行政诉讼情况" in missing[0].message


def test_university_report_naming_applications_once_stays_hei(registry):
    from discl_lint.runner.lint import load

    text = (
        "某大学2022-2023学年信息公开工作年度报告\n一、概述\n"
        "学校未收到政府信息公开申请，也未发生因信息公开引起的行政复议。\n"
    )
    assert load("r.txt", text, registry, "auto").profile == "hei"


@pytest.mark.parametrize(
    "head",
    [
        # The government format cited in the preamble: a sentence, under the title.
        "根据《条例》要求，参照《中华人民共和国政府信息公开工作年度报告格式》的统计口径编制。\n",
        # A cited title on a line of its own.
        "参照《中华人民共和国政府信息公开工作年度报告格式》\n",
    ],
)
def test_a_cited_government_format_leaves_a_university_report_hei(registry, head):
    from discl_lint.runner.lint import load

    text = (
        f"某大学2021—2022学年信息公开工作年度报告\n\n{head}一、概述\n学校认真做好信息公开工作。\n"
    )
    assert load("r.txt", text, registry, "auto").profile == "hei"


def test_a_title_under_page_chrome_with_commas_makes_it_gov(registry):
    from discl_lint.runner.lint import load

    text = (
        "首页 | 信息公开 | 年度报告 | 联系我们\n发布时间：2024-01-15，来源：党政办公室，浏览次数：120\n"
        "某学院2023年政府信息公开工作年度报告\n一、总体情况\n学校认真做好政务公开工作。\n"
    )
    assert load("r.txt", text, registry, "auto").profile == "gov"


def test_a_title_over_two_lines_makes_it_gov(registry):
    from discl_lint.runner.lint import load

    text = "某大学\n2023年政府信息公开工作年度报告\n一、总体情况\n学校认真做好信息公开工作。\n"
    assert load("r.txt", text, registry, "auto").profile == "gov"


def test_a_title_set_in_book_marks_under_a_metadata_line_makes_it_gov(registry):
    from discl_lint.runner.lint import load

    text = (
        "索引号：11330200MB0012345K/2024-00031，发布机构：某市教育局\n\n"
        "《某市教育局2023年政府信息公开工作年度报告》\n一、总体情况\n我局认真做好政务公开工作。\n"
    )
    assert load("r.txt", text, registry, "auto").profile == "gov"


def test_a_preamble_that_cites_the_gov_format_keeps_it_hei(registry):
    from discl_lint.runner.lint import load

    text = (
        "某大学2023—2024学年信息公开工作年度报告\n"
        "参照《某市教育局2023年政府信息公开工作年度报告》\n一、概述\n学校认真做好信息公开工作。\n"
    )
    assert load("r.txt", text, registry, "auto").profile == "hei"


def test_configured_profile_overrides_detection(registry):
    from discl_lint.runner.lint import load

    assert load("r.txt", g.report("rows").text, registry, "hei").profile == "hei"


def test_subtotals_are_read_and_checked(lint):
    t3 = g.with_subtotals(T["表三"])
    assert _gov(lint(g.report("rows", {**T, "表三": t3}).text)) == []
    wrong = {**T, "表三": {**t3, "refused": ["3", "0", "0", "0", "0", "0", "3"]}}
    report = g.report("rows", wrong)
    found = _gov(lint(report.text))
    assert [f.rule for f in found] == ["DL604"]
    assert found[0].line == report.where[("表三", "refused", "自然人")]
    assert "各分项" in found[0].message


def test_2019_trial_format_is_read(lint):
    old = g.edition_2019(T)
    assert _gov(lint(g.report("rows-2019", old, year=2020).text)) == []
    wrong = g.mutated(old, "表三", "other", {0: "1", 6: "1"})  # the single （六） row
    found = _gov(lint(g.report("rows-2019", wrong, year=2020).text))
    assert [f.rule for f in found] == ["DL604"]
    assert "（六）1" in found[0].message


def test_2019_format_in_a_2022_report_is_superseded_info(lint):
    found = _gov(lint(g.report("rows-2019", g.edition_2019(T), year=2022).text))
    assert [(f.rule, str(f.severity)) for f in found] == [("DL505", "info")]
    assert "国办公开办函〔2019〕60号" in found[0].message


def test_missing_tables_are_named(lint):
    text = g.report("rows").text
    start, end = text.index("第二十条第（一）项"), text.index("三、收到和处理")
    found = _gov(lint(text[:start] + text[end:]))
    assert [f.rule for f in found] == ["DL601"]
    assert "表二" in found[0].message


def test_show_config_prints_the_chosen_profile_and_why(tmp_path, capsys):
    from discl_lint.cli.main import main

    report = tmp_path / "r.txt"
    report.write_text(g.report("rows", title=False).text, encoding="utf-8")
    assert main(["--isolated", "--show-config", str(report)]) == 0
    out = capsys.readouterr().out
    assert "profile = auto  # default\nprofile chosen = gov  # 标题未写明格式，但正文有" in out


def _markdown(text: str) -> str:
    for part in ("一、总体", "二、主动", "三、收到", "四、政府", "五、存在", "六、其他"):
        text = text.replace(f"\n{part}", f"\n## {part}")
    return text


@pytest.mark.parametrize("shape", SHAPES)
def test_markdown_report_tables_are_read_and_not_prose(lint, shape):
    assert lint(_markdown(g.report(shape).text), "r.md") == []
    tables, _, rule, cell, _ = PLANTED["total-cell"]
    report = g.report(shape, tables)
    found = _gov(lint(_markdown(report.text), "r.md"))
    assert [(f.rule, f.line) for f in found] == [(rule, report.where[cell])]


def test_glued_table2_row_that_splits_several_ways_is_ambiguous(lint):
    text = g.report("glued").text.replace("行政规范性文件12 3 40", "行政规范性文件12340")
    found = _gov(lint(text))
    assert [f.rule for f in found] == ["DL609"]
    assert "表二“行政规范性文件”" in found[0].message
    assert "12340" in found[0].message


def test_a_heading_after_a_table_stays_a_heading(lint):
    text = g.report("rows").text.replace("三、收到和处理政府信息公开申请情况", "三、依申请公开情况")
    assert [f.rule for f in lint(text) if f.rule.startswith("DL2")] == []

"""The citation rules (DL502–DL506) on report sentences: each wrong form seen in real reports
gives its rule and severity; correct citations, short forms and unknown titles give nothing."""

from __future__ import annotations

import pytest

from discl_lint.cli.main import main

PERIOD = "本报告统计期限为{}年9月1日至{}年8月31日。"


def period(first: int) -> str:
    return PERIOD.format(first, first + 1)


def found(lint, text: str) -> list[tuple[str, str]]:
    return sorted((f.rule, str(f.severity)) for f in lint(text, only="DL50") if f.rule != "DL501")


WRONG = [
    pytest.param(
        period(2024) + "学校依据《高等学院信息公开办法》（教育部令第29号）开展工作。",
        [("DL504", "warning")],
        id="college-for-school-in-the-order",
    ),
    pytest.param(
        "按照《教育部关于公布〈高等学院信息公开事项清单〉的通知》逐项落实。",
        [("DL504", "warning")],
        id="college-for-school-in-the-list-notice",
    ),
    pytest.param(
        "对照《高等学校信息公开清单》（以下简称“《清单》”）公开各类信息。",
        [("DL504", "warning")],
        id="list-without-shixiang",
    ),
    pytest.param(
        "根据《教育部关于公布(高等学校信息公开事项清单)的通知》（教办函〔2019〕23号）要求。",
        [("DL502", "warning"), ("DL504", "info")],
        id="list-notice-wrong-year-and-marks",
    ),
    pytest.param(
        period(2019) + "依据《中华人民共和国政府信息公开条例》（国务院令第492号）编制。",
        [("DL505", "warning")],
        id="old-regulation-after-revision",
    ),
    pytest.param(
        period(2021)
        + "按照《教育部办公厅关于全面推进高校信息公开做好高校信息公开年度报告工作的通知》"
        "（教办厅函〔2018〕80号）要求。",
        [("DL504", "warning")],
        id="2018-notice-with-a-second-gaoxiao",
    ),
    pytest.param(
        "参照《关于2022年安徽省高校信息公开评议工作的提示函》（〔2022〕19号）组织评议。",
        [("DL503", "info")],
        id="number-without-code",
    ),
    pytest.param(
        "转发《关于深入落实高校信息公开清单做好高校信息公开年度报告工作的通知》"
        "（教办公厅函〔2016〕74号）。",
        [("DL502", "warning")],
        id="denylisted-code",
    ),
    pytest.param(
        "落实《教育部办公厅全面推进政务工作工作的实施意见》（教办厅〔2017〕3号）。",
        [("DL504", "warning")],
        id="opinion-title-garbled",
    ),
    pytest.param(
        "贯彻《中共中央办公厅 国务院办公厅关于全面推进政务公开工作意见》（中办发〔2016〕8号）。",
        [("DL504", "warning")],
        id="opinion-without-de",
    ),
    pytest.param(
        "贯彻《中共中央办公厅国务院办公厅关于全面推进政务公开工作的意见》精神。",
        [("DL504", "info")],
        id="issuers-inside-the-marks",
    ),
    pytest.param(
        "根据《教育部办公厅关于做好2023年信息公开年度报告工作的通知》要求。",
        [("DL506", "warning")],
        id="yearly-notice-without-gaoxiao",
    ),
    pytest.param(
        "根据教育部办公厅《关于做好2021学年度高校信息公开工作年度报告工作的通知》要求。",
        [("DL506", "warning")],
        id="yearly-notice-old-template",
    ),
    pytest.param(
        "按照《省教育厅办公室转发教育部办公厅关于做好2024年高校信息公开年度报告工作的通知》"
        "（鄂教办函〔2024〕)7号）要求。",
        [("DL503", "info")],
        id="unbalanced-bracket",
    ),
    pytest.param(
        "依据《教育部关于公布<高等学校信息公开事项清单>的通知》公开。",
        [("DL504", "info")],
        id="ascii-inner-marks",
    ),
    pytest.param(
        "依据《教育部关于公布〈高等学校信息公开事项清单〉的通知》（教办函〔2014〕23 号）公开。",
        [("DL503", "info")],
        id="space-before-hao",
    ),
    pytest.param(
        "依据教办函[2014]23号和教办厅函[2013]48号开展工作。",
        [("DL503", "info"), ("DL503", "info")],
        id="half-width-brackets",
    ),
    pytest.param(
        period(2024) + "根据《湖南省教育厅关于做好2024年高校信息公开年度报告工作的提示》要求。",
        [("DL506", "info")],
        id="notice-of-another-year",
    ),
    pytest.param("依据教办厅函〔201044号文件。", [("DL503", "info")], id="garbled-number"),
    pytest.param(
        "深入实施《高校信息公开事项清单》。", [("DL504", "info")], id="informal-list-name"
    ),
]


@pytest.mark.parametrize(("text", "expected"), WRONG)
def test_wrong_forms(lint, text, expected):
    assert found(lint, text) == expected


CORRECT = [
    pytest.param(
        period(2022) + "按照《河南省教育厅办公室关于做好2023年高校信息公开年度报告工作的通知》"
        "（教办函〔2023〕803号）要求。",
        id="henan-uses-jiaobanhan",
    ),
    pytest.param(
        period(2022) + "根据《高等学校信息公开办法》（教育部令第29号）、《教育部关于公布〈高等学校"
        "信息公开事项清单〉的通知》（教办函〔2014〕23号）和《中华人民共和国政府信息公开条例》"
        "（国务院令第711号）编制本报告。",
        id="core-documents-in-a-2023-report",
    ),
    pytest.param(
        "学校贯彻《政府信息公开条例》（以下简称《条例》）和《高等学校信息公开办法》（以下简称"
        "《办法》），按照《清单》《办法》《条例》要求公开。",
        id="short-forms",
    ),
    pytest.param(
        "根据教育部《关于公布〈高等学校信息公开事项清单〉的通知》（教办函〔2014〕23号）要求。",
        id="issuer-outside-the-marks",
    ),
    pytest.param(
        period(2012)
        + "按照《教育部办公厅关于做好2012-2013学年度高校信息公开工作年度报告工作的通知》"
        "（教办厅函〔2013〕48号）要求。",
        id="2013-notice-template",
    ),
    pytest.param(
        "依据《湖南省高校“双一流”建设专项资金管理办法》（湘财教〔2019〕2号）有关规定。",
        id="provincial-rule-unknown-to-the-knowledge-base",
    ),
    pytest.param(
        period(2021) + "按照《教育部办公厅关于全面推进高校信息公开做好信息公开年度报告工作的通知》"
        "（教办厅函〔2018〕80号）要求。",
        id="older-notice-in-a-later-report",
    ),
    pytest.param(
        "根据《某某大学信息公开实施办法》（校发〔2017〕89号）和《某某省教育厅关于做好2022年高校"
        "信息公开年度报告工作的通知》要求。",
        id="school-and-province-documents",
    ),
    pytest.param(
        period(2021) + "根据《中华人民共和国政府信息公开条例》（国务院令第492号公布，国务院令"
        "第711号修订）编制。",
        id="both-order-numbers",
    ),
    pytest.param(
        "根据《高等学校信息公开办法》（中华人民共和国教育部令第29号，以下简称《办法》）以及"
        "《省教育厅关于做好2022年高校信息公开年度报告工作的通知》要求。",
        id="order-with-republic-and-alias",
    ),
    pytest.param(
        "学校《信息公开事项清单》共列出45项公开事项；《某某理工大学信息公开事项清单》另行公布。",
        id="a-school-s-own-list",
    ),
    pytest.param(
        "根据《关于全面推进政务公开工作的实施意见》（校发〔2017〕3号）。", id="issuerless-title"
    ),
    pytest.param("网址：http://xxgk.example.edu.cn/a/教办函[2014]23号.htm", id="inside-a-url"),
    pytest.param(
        "根据《中华人民共和国政府信息公开条例》（国务院令第492号）编制本报告。",
        id="superseded-version-but-no-period",
    ),
]


@pytest.mark.parametrize("text", CORRECT)
def test_correct_citations_give_nothing(lint, text):
    assert found(lint, text) == []


REGULATION = "根据《中华人民共和国政府信息公开条例》（国务院令第492号）编制本报告。"


@pytest.mark.parametrize(
    ("first", "expected"),
    [(2021, [("DL505", "warning")]), (2018, [("DL505", "info")]), (2017, [])],
    ids=["after-the-revision", "straddling-the-revision", "before-the-revision"],
)
def test_old_regulation_by_report_period(lint, first, expected):
    assert found(lint, period(first) + REGULATION) == expected


def test_year_from_the_title_then_the_closing_date(lint):
    titled = f"某某大学2021-2022学年信息公开工作年度报告\n{REGULATION}\n"
    signed = f"{REGULATION}\n某某大学\n2022年10月28日\n"
    assert found(lint, titled) == [("DL505", "warning")]
    assert found(lint, signed) == [("DL505", "warning")]


def test_revised_regulation_cited_before_it_was_issued(lint):
    text = period(2017) + "根据《中华人民共和国政府信息公开条例》（国务院令第711号）编制本报告。"
    assert found(lint, text) == [("DL505", "warning")]


TRADITIONAL = [
    (
        "根據《高等學校信息公開辦法》（教育部令第29號）、《教育部關於公佈〈高等學校信息公開事項清單〉"
        "的通知》（教辦函〔2014〕23號）要求。",
        "根据《高等学校信息公开办法》（教育部令第29号）、《教育部关于公布〈高等学校信息公开事项清单〉"
        "的通知》（教办函〔2014〕23号）要求。",
    ),
    (
        "根據《高等學院信息公開辦法》（教育部令第29號）要求。",
        "根据《高等学院信息公开办法》（教育部令第29号）要求。",
    ),
    (
        "根據《教育部關於公佈〈高等學校信息公開事項清單〉的通知》（教辦函〔2019〕23號）要求。",
        "根据《教育部关于公布〈高等学校信息公开事项清单〉的通知》（教办函〔2019〕23号）要求。",
    ),
    ("依據教辦函[2014]23號開展。", "依据教办函[2014]23号开展。"),
    (
        period(2021) + "根據《中華人民共和國政府信息公開條例》（國務院令第492號）編制。",
        period(2021) + "根据《中华人民共和国政府信息公开条例》（国务院令第492号）编制。",
    ),
    (
        "根據《教育部辦公廳關於做好2023年信息公開年度報告工作的通知》要求。",
        "根据《教育部办公厅关于做好2023年信息公开年度报告工作的通知》要求。",
    ),
    (
        "轉發《關於深入落實高校信息公開清單做好高校信息公開年度報告工作的通知》（教辦公廳函〔2016〕74號）。",
        "转发《关于深入落实高校信息公开清单做好高校信息公开年度报告工作的通知》（教办公厅函〔2016〕74号）。",
    ),
]


@pytest.mark.parametrize(("traditional", "simplified"), TRADITIONAL)
def test_traditional_copies_give_the_simplified_findings(lint, traditional, simplified):
    positions = [(f.rule, f.line, f.column, f.severity) for f in lint(traditional, only="DL50")]
    assert positions == [
        (f.rule, f.line, f.column, f.severity) for f in lint(simplified, only="DL50")
    ]


def test_traditional_copy_of_a_correct_citation_gives_nothing(lint):
    assert found(lint, TRADITIONAL[0][0]) == []


REPORT = """某某学院2022-2023学年信息公开工作年度报告
根据《高等学校信息公开办法》（教育部令第29号）和《教育部关于公布〈高等学校信息公开事项清单〉的通知》（{number}）要求，编制本报告。本报告统计期限为2022年9月1日至2023年8月31日。
一、概述
学校主动公开信息1200条。
"""


def test_half_width_brackets_give_one_format_finding_and_nothing_else(lint):
    wrong = lint(REPORT.format(number="教办函[2014]23号"))
    right = lint(REPORT.format(number="教办函〔2014〕23号"))
    added = [f for f in wrong if f not in right]
    assert [(f.rule, str(f.severity)) for f in added] == [("DL503", "info")]
    assert len(wrong) == len(right) + 1


def test_fix_writes_the_standard_number(tmp_path, capsys):
    report = tmp_path / "report.txt"
    report.write_text(REPORT.format(number="教办函[2014]23号"), encoding="utf-8")
    main(["--no-cache", "--isolated", "--fix", "--select", "DL503", str(report)])
    capsys.readouterr()
    assert report.read_text(encoding="utf-8") == REPORT.format(number="教办函〔2014〕23号")


def test_messages_say_what_was_found_what_the_knowledge_base_holds_and_its_source(lint):
    [finding] = lint(
        "根据《教育部关于公布〈高等学校信息公开事项清单〉的通知》（教办函〔2019〕23号）。",
        only="DL502",
    )
    assert "教办函〔2019〕23号" in finding.message
    assert "教办函〔2014〕23号" in finding.message
    assert "http" in finding.message


def test_the_template_edition_belongs_to_the_superseded_check_only():
    from discl_lint.kinds.citations import Citation
    from discl_lint.model.errors import OptionError

    kind = Citation()
    assert kind.parse_options({"report": "superseded", "template_edition_from": 2021}).edition
    assert kind.parse_options({"report": "superseded"}).edition is None
    with pytest.raises(OptionError, match="template_edition_from"):
        kind.parse_options({"report": "title", "template_edition_from": 2021})

"""The citation knowledge base: its data and schema, users' entries through the configuration,
the reader's tokens and titles, and --explain."""

from __future__ import annotations

import json

import jsonschema
import pytest
import yaml

from discl_lint.citations.build import build
from discl_lint.citations.kb import WRONG
from discl_lint.citations.loading import BUILTIN, KnowledgeSource, read_checked
from discl_lint.citations.normal import key
from discl_lint.citations.reader import read
from discl_lint.citations.tokens import GARBLED, ORDER, P_SPACE, parse_number
from discl_lint.cli.main import main
from discl_lint.ruleset.schema import SCHEMAS, first_error, load

from conftest import ROOT


def test_schema_is_valid_and_describes_the_shipped_file():
    schema = json.loads((SCHEMAS / "citations.schema.json").read_text(encoding="utf-8"))
    jsonschema.Draft7Validator.check_schema(schema)
    data = read_checked(BUILTIN)
    jsonschema.validate(data, schema)
    assert first_error(data, load("citations.schema.json")) is None


def test_every_number_is_well_formed_and_every_form_belongs_to_one_entry():
    data = yaml.safe_load(BUILTIN.read_text(encoding="utf-8"))
    kb = build([read_checked(BUILTIN)])
    shown = [f.shown for f in kb.forms.values()]
    raw_forms = [d["title"] for d in data["documents"]]
    assert len(kb.forms) >= len(raw_forms)
    assert len({key(s) for s in shown}) == len(shown)
    for entry in kb.entries.values():
        for number in entry.numbers:
            token = parse_number(number.text)
            assert token is not None, number.text
            assert not token.problems, number.text


def test_a_wrong_form_never_equals_an_accepted_one():
    kb = build([read_checked(BUILTIN)])
    wrong = {k for k, f in kb.forms.items() if f.status == WRONG}
    assert all(key(kb.suggestion(f)) not in wrong for f in kb.forms.values())


def test_an_invalid_user_file_names_the_file_and_key(tmp_path):
    bad = tmp_path / "ours.yaml"
    bad.write_text(
        "schema: discl-citations/1\ndocuments:\n  - {id: x, title: 某办法}\n", encoding="utf-8"
    )
    with pytest.raises(Exception, match=r"ours\.yaml: documents\[0\]\.kind: missing required key"):
        KnowledgeSource((str(bad),)).check()


SCHOOL = """\
schema: discl-citations/1
documents:
  - id: our-disclosure-rules
    kind: local_document
    title: 某某大学信息公开实施办法
    issuer: 某某大学
    number: {raw: 某大校发〔2015〕12号, form: gongwen, mark: V, src: "https://xxgk.example.edu.cn/zd/1.htm"}
"""
CITING = "根据《某某大学信息公开实施办法》（某大校发〔2016〕12号）开展工作。\n"


def _run(capsys, *argv: str) -> tuple[int, str, str]:
    status = main(["--no-cache", "--select", "DL502", *argv])
    out, err = capsys.readouterr()
    return status, out, err


def test_a_user_entry_is_checked_like_a_built_in_one(tmp_path, capsys, monkeypatch):
    (tmp_path / "ours.yaml").write_text(SCHOOL, encoding="utf-8")
    (tmp_path / ".discl-lint.yaml").write_text("citations: [ours.yaml]\n", encoding="utf-8")
    (tmp_path / "r.txt").write_text(CITING, encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    status, out, _ = _run(capsys, "r.txt")
    assert status == 1
    assert "warning DL502" in out
    assert "某大校发〔2015〕12号" in out
    assert "xxgk.example.edu.cn" in out
    (tmp_path / ".discl-lint.yaml").write_text("select: [DL502]\n", encoding="utf-8")
    assert _run(capsys, "r.txt")[:2] == (0, "")


def test_a_broken_user_file_stops_the_run(tmp_path, capsys, monkeypatch):
    (tmp_path / "ours.yaml").write_text("schema: discl-citations/9\n", encoding="utf-8")
    (tmp_path / ".discl-lint.yaml").write_text("citations: [ours.yaml]\n", encoding="utf-8")
    (tmp_path / "r.txt").write_text(CITING, encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    status, _, err = _run(capsys, "r.txt")
    assert status == 2
    assert "ours.yaml: schema: expected one of discl-citations/1" in err


def test_the_result_cache_sees_a_changed_user_file(tmp_path, capsys, monkeypatch):
    (tmp_path / "ours.yaml").write_text(SCHOOL, encoding="utf-8")
    (tmp_path / ".discl-lint.yaml").write_text("citations: [ours.yaml]\n", encoding="utf-8")
    (tmp_path / "r.txt").write_text(CITING, encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    argv = ["--cache-dir", str(tmp_path / "cache"), "--select", "DL502", "r.txt"]
    assert main(argv) == 1
    (tmp_path / "ours.yaml").write_text(SCHOOL.replace("2015", "2016") + "\n", encoding="utf-8")
    capsys.readouterr()
    assert main(argv) == 0


def test_explain_prints_the_knowledge_base_entries(capsys):
    assert main(["--explain", "DL505"]) == 0
    out = capsys.readouterr().out
    assert "知识库 knowledge base" in out
    assert "国务院令第492号 2019-05-15" in out


@pytest.mark.parametrize(
    ("text", "written", "problems"),
    [
        ("（教办函〔2014〕23 号）", "教办函〔2014〕23 号", (P_SPACE,)),
        ("根据教育部令第29号", "教育部令第29号", ()),
        ("（中华人民共和国教育部令第29号，", "中华人民共和国教育部令第29号", ()),
        ("国家教育部第29号令", "教育部第29号令", ("令号语序不规范",)),
        (
            "教办函〔2014〕第023号",
            "教办函〔2014〕第023号",
            ("发文字号多了“第”", "顺序号编了虚位（前导零）"),
        ),
    ],
)
def test_number_tokens(text, written, problems):
    [token] = read(text).numbers
    assert text[token.start : token.end] == written
    assert token.problems == problems


@pytest.mark.parametrize(
    "text", ["（2022）京0108民初12345号", "学校（2022）3项", "共计（2021）12条", "2022年（2021）"]
)
def test_text_that_is_not_a_number(text):
    assert read(text).numbers == ()


def test_a_garbled_number_is_unparseable_not_wrong():
    [token] = read("依据教办厅函〔201044号文件").numbers
    assert token.form == GARBLED
    assert token.edit is None


def test_titles_are_nesting_aware_and_paired_with_the_number_after_them():
    text = "按照《转发〈关于转发《某办法》的通知〉的通知》（某教发〔2020〕3号）、《清单》和《办法》（以下简称《办法》）"
    cited = read(text).citations
    assert [c.title.text for c in cited] == [
        "转发〈关于转发《某办法》的通知〉的通知",
        "清单",
        "办法",
        "办法",
    ]
    assert [len(c.numbers) for c in cited] == [1, 0, 0, 0]
    assert text[cited[0].numbers[0].start : cited[0].numbers[0].end] == "某教发〔2020〕3号"


def test_both_order_numbers_pair_with_the_regulation():
    [citation] = read(
        "《中华人民共和国政府信息公开条例》（国务院令第492号公布，国务院令第711号修订）"
    ).citations
    assert [(n.form, n.seq) for n in citation.numbers] == [(ORDER, 492), (ORDER, 711)]


def test_a_title_inside_a_url_is_not_read():
    assert read("见 https://example.edu.cn/《高等学院信息公开办法》.htm").citations == ()


def test_the_readme_example_is_a_valid_knowledge_base_file(tmp_path):
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    example = readme.split("# our-citations.yaml\n", 1)[1].split("```", 1)[0]
    (tmp_path / "ours.yaml").write_text(example, encoding="utf-8")
    kb = build([read_checked(BUILTIN), read_checked(tmp_path / "ours.yaml")])
    assert "our-disclosure-rules" in kb.entries


def test_a_report_citing_nothing_loads_neither_reader_nor_knowledge_base(registry, rules):
    import dataclasses

    from discl_lint.engine.check import lint_document
    from discl_lint.runner.lint import load

    text = "某某学院2022年信息公开工作年度报告\n一、概述\n学校主动公开信息1200条（其中动态信息300条）。\n"
    doc = dataclasses.replace(load("r.txt", text, registry, "auto"), knowledge=KnowledgeSource())
    assert [f for f in lint_document(doc, rules, registry.kinds) if f.rule >= "DL502"] == []
    assert "citations" not in doc.memo
    assert "citations.kb" not in doc.memo


@pytest.mark.parametrize(
    "text",
    [
        "教办厅函〔201044号",
        "教办厅函2010〕44号",
        "见教办函〔2014〕23）",
        "国家教育部第29号令",
        "教育部令 第29号",
        "（〔2022〕19号）",
        "依据教辦函[2014]23號開展",
        "《办法》",
    ],
)
def test_the_quick_look_never_misses_what_the_reader_finds(registry, text):
    from discl_lint.citations.checks import may_cite
    from discl_lint.runner.lint import load

    assert not read(text).empty
    assert may_cite(load("r.txt", text, registry, "auto"))

"""--fix and --diff: only the findings' spans change, atomically, encoding kept."""

from __future__ import annotations

import difflib
import io
import shutil
import subprocess
import sys

import pytest

from discl_lint.cli.main import main

from conftest import FIXTURES, ROOT

SEEDS = sorted((FIXTURES / "seeds").glob("*.txt"))
ARTIFACT = "[bookmark: _GoBack]"


@pytest.fixture
def seeds(tmp_path):
    for seed in SEEDS:
        shutil.copy(seed, tmp_path / seed.name)
    return tmp_path


def _deleted_pieces(before: str, after: str) -> list[str]:
    matcher = difflib.SequenceMatcher(None, before, after, autojunk=False)
    pieces = []
    for tag, a1, a2, _, _ in matcher.get_opcodes():
        assert tag in {"equal", "delete"}, f"{tag}: the fix did more than delete"
        if tag == "delete":
            pieces.append(before[a1:a2])
    return pieces


def test_fix_removes_artifacts_and_joins_broken_paragraphs_and_nothing_else(
    seeds, monkeypatch, capsys
):
    monkeypatch.chdir(seeds)
    before = {p.name: p.read_text(encoding="utf-8") for p in seeds.glob("*.txt")}
    assert main(["--fix", "--select", "DL401,DL404", "."]) == 0
    assert capsys.readouterr().err.startswith("discl-lint: fixed 10 findings (DL401 ×3, DL404 ×7)")
    deleted = []
    for name, text in before.items():
        deleted += _deleted_pieces(text, (seeds / name).read_text(encoding="utf-8"))
    assert sorted(p for p in deleted if p.strip()) == [ARTIFACT] * 3
    assert len([p for p in deleted if not p.strip()]) == 7
    assert main(["--select", "DL401,DL404", "."]) == 0


def test_fix_twice_equals_fix_once(seeds, monkeypatch):
    monkeypatch.chdir(seeds)
    main(["--fix", "."])
    once = {p.name: p.read_bytes() for p in seeds.glob("*.txt")}
    main(["--fix", "."])
    assert {p.name: p.read_bytes() for p in seeds.glob("*.txt")} == once


def test_fix_keeps_encoding_bom_line_endings_and_mode(tmp_path, capsys):
    text = "一、概述\r\n[bookmark: _GoBack]学校高度重视信息公开工作。\r\n"
    cases = {
        "gbk.txt": ("gb18030", b""),
        "bom.txt": ("utf-8", b"\xef\xbb\xbf"),
        "utf16.txt": ("utf-16-le", b"\xff\xfe"),
    }
    for name, (codec, bom) in cases.items():
        (tmp_path / name).write_bytes(bom + text.encode(codec))
        (tmp_path / name).chmod(0o640)
    main(["--fix", "--select", "DL401", str(tmp_path)])
    capsys.readouterr()
    for name, (codec, bom) in cases.items():
        data = (tmp_path / name).read_bytes()
        assert data == bom + text.replace(ARTIFACT, "").encode(codec), name
        assert (tmp_path / name).stat().st_mode & 0o777 == 0o640
    assert sorted(p.name for p in tmp_path.iterdir()) == sorted(cases)


def test_half_width_numbering_is_normalised(tmp_path, capsys):
    report = tmp_path / "r.txt"
    report.write_text("二、主动公开情况\n(一)数量\n（二）内容\n（三）形式\n", encoding="utf-8")
    main(["--fix", "--select", "DL202", str(report)])
    assert (
        report.read_text(encoding="utf-8")
        == "二、主动公开情况\n（一）数量\n（二）内容\n（三）形式\n"
    )
    assert "fixed 1 finding (DL202 ×1)" in capsys.readouterr().err


def test_diff_changes_nothing_and_applies_with_git_and_patch(seeds, monkeypatch, capsys):
    monkeypatch.chdir(seeds)
    before = {p.name: p.read_bytes() for p in seeds.glob("*.txt")}
    assert main(["--diff", "."]) == 1
    diff = capsys.readouterr().out
    assert diff.startswith("--- a/000_e5d28ad39468d6ea.txt\n+++ b/000_e5d28ad39468d6ea.txt\n")
    assert {p.name: p.read_bytes() for p in seeds.glob("*.txt")} == before
    (seeds / "fixes.diff").write_text(diff, encoding="utf-8")
    subprocess.run(["git", "init", "-q"], cwd=seeds, check=True)
    for command in (
        ["git", "apply", "--check", "fixes.diff"],
        ["patch", "-p1", "--dry-run", "-i", "fixes.diff"],
    ):
        if shutil.which(command[0]):
            done = subprocess.run(command, cwd=seeds, capture_output=True, text=True, check=False)
            assert done.returncode == 0, done.stdout + done.stderr
    subprocess.run(["git", "apply", "fixes.diff"], cwd=seeds, check=True)
    (seeds / "fixes.diff").unlink()
    assert main(["--diff", "."]) == 0
    assert capsys.readouterr().out == ""


def test_diff_marks_a_missing_final_newline(tmp_path, monkeypatch, capsys):
    monkeypatch.chdir(tmp_path)
    (tmp_path / "r.txt").write_text("学校[bookmark: _GoBack]公开", encoding="utf-8")
    assert main(["--diff", "--select", "DL401", "r.txt"]) == 1
    assert capsys.readouterr().out == (
        "--- a/r.txt\n+++ b/r.txt\n@@ -1 +1 @@\n-学校[bookmark: _GoBack]公开\n"
        "\\ No newline at end of file\n+学校公开\n\\ No newline at end of file\n"
    )


def test_fix_from_stdin_prints_the_fixed_text(monkeypatch, capsys):
    data = "学校[bookmark: _GoBack]公开。\n".encode()
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(data), encoding="utf-8"))
    main(["--fix", "--select", "DL401", "-"])
    assert capsys.readouterr().out == "学校公开。\n"


UNSAFE_RULE = """\
id: XF001
name: no-exclamation
severity: warning
kind: forbidden-pattern
fix: unsafe
options: {patterns: ['！'], replace: '。'}
message: "感叹号“{found}”"
description: 公文少用感叹号。
basis: 内部规范。
examples:
  valid: ["好。"]
  invalid: [{text: "好！", findings: ["1:2 感叹号“！”"], fixed: "好。"}]
"""


def test_unsafe_fixes_need_their_own_flag(tmp_path, capsys):
    rules = tmp_path / "rules"
    rules.mkdir()
    (rules / "XF001.yaml").write_text(UNSAFE_RULE, encoding="utf-8")
    report = tmp_path / "r.txt"
    report.write_text("很好！\n", encoding="utf-8")
    main(["--rules", str(rules), "--select", "XF", "--fix", str(report)])
    assert report.read_text(encoding="utf-8") == "很好！\n"
    main(["--rules", str(rules), "--select", "XF", "--fix", "--unsafe-fixes", str(report)])
    assert report.read_text(encoding="utf-8") == "很好。\n"
    capsys.readouterr()


def test_examples_clean_report_needs_no_fix(capsys):
    assert main(["--diff", str(ROOT / "examples" / "clean-report.txt")]) == 0
    assert capsys.readouterr().out == ""


def test_fix_never_glues_a_flagged_english_word_to_the_chinese(tmp_path, capsys):
    report = tmp_path / "r.txt"
    text = "深入学习贯彻党的二十大精神 and 全国教育大会精神，于 2024 年召开。\n"
    report.write_text(text, encoding="utf-8")
    main(["--no-cache", "--fix", str(report)])
    out = capsys.readouterr().out
    fixed = report.read_text(encoding="utf-8")
    assert "精神 and 全国" in fixed
    assert "于2024年召开" in fixed
    assert f"{report}:1:15: warning DL405 " in out


def test_unsafe_fixes_alone_changes_nothing_and_hides_nothing(tmp_path, capsys):
    report = tmp_path / "r.txt"
    report.write_text("学校[bookmark: _GoBack]公开。\n", encoding="utf-8")
    status = main(["--no-cache", "--select", "DL401", "--unsafe-fixes", str(report)])
    captured = capsys.readouterr()
    assert status == 1
    assert f"{report}:1:3: error DL401 " in captured.out
    assert report.read_text(encoding="utf-8") == "学校[bookmark: _GoBack]公开。\n"


def test_a_join_across_a_bare_page_number_drops_the_number(tmp_path, capsys):
    report = tmp_path / "r.txt"
    shutil.copyfile(ROOT / "tests" / "corpus" / "222_pdf_bare_page_numbers.txt", report)
    main(["--fix", "--select", "DL404", str(report)])
    fixed = report.read_text(encoding="utf-8")
    assert "其中予以公开6件，部分公开2件" in fixed  # the page's number 3 is not pasted in
    assert "\n3\n" not in fixed
    assert "fixed" in capsys.readouterr().err

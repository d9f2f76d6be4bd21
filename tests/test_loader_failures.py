"""A file a loader cannot read is one line naming it and exit 2; the other files are
still linted; no traceback. A missing extra is named; --fix refuses these formats;
importing and running the core imports no loader library."""

from __future__ import annotations

import os
import subprocess
import sys

from discl_lint.cli.main import main

import build_docx
import build_pdf
from conftest import FIXTURES, ROOT

SEED = FIXTURES / "seeds" / "000_e5d28ad39468d6ea.txt"
CLEAN = ROOT / "examples" / "clean-report.txt"
LIBRARIES = ("docx", "lxml", "pdfminer", "selectolax", "reportlab")


def _bad_files(folder):
    (folder / "corrupt.docx").write_bytes(b"PK\x03\x04 not really a zip archive")
    (folder / "old-word.docx").write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\0" * 512)
    build_pdf.write_report(folder / "locked.pdf", ["报告", "正文。"], password="secret")
    build_pdf.write_scan(folder / "scan.pdf")
    (folder / "truncated.pdf").write_bytes(b"%PDF-1.4\n1 0 obj\n<<")
    (folder / "empty.html").write_bytes(b"")
    (folder / "chrome-only.html").write_bytes(
        '<html><body><ul class="nav"><li><a href="/">首页</a></li></ul>'
        '<div class="footer">版权所有</div></body></html>'.encode()
    )
    return {
        "corrupt.docx": "not a readable .docx file",
        "old-word.docx": "not a readable .docx file",
        "locked.pdf": "encrypted with a password",
        "scan.pdf": "no text layer",
        "truncated.pdf": "not a readable PDF",
        "empty.html": "no article text found",
        "chrome-only.html": "no article text found",
    }


def test_each_unreadable_file_is_one_line_and_the_rest_is_linted(tmp_path, capsys):
    expected = _bad_files(tmp_path)
    good = tmp_path / "good.txt"
    good.write_text(SEED.read_text(encoding="utf-8"), encoding="utf-8")
    status = main(["--no-cache", "--isolated", str(tmp_path)])
    captured = capsys.readouterr()
    assert status == 2
    assert "good.txt:4:1: error DL101" in captured.out
    errors = [line for line in captured.err.splitlines() if line.startswith("discl-lint: error:")]
    assert len(errors) == len(expected)
    for name, reason in expected.items():
        [line] = [e for e in errors if f"{tmp_path / name}:" in e]
        assert reason in line, line
    assert "Traceback" not in captured.err


def test_a_missing_extra_names_it_and_the_rest_is_linted(tmp_path, capsys, monkeypatch):
    report = build_docx.write_report(tmp_path / "report.docx", ["标题", "正文。"])
    good = tmp_path / "good.txt"
    good.write_text(SEED.read_text(encoding="utf-8"), encoding="utf-8")
    monkeypatch.setitem(sys.modules, "docx", None)  # import docx now raises ImportError
    status = main(["--no-cache", "--isolated", str(report), str(good)])
    captured = capsys.readouterr()
    assert status == 2
    assert "good.txt:4:1: error DL101" in captured.out
    assert (
        f"discl-lint: error: {report}: reading this format needs the docx extra: "
        "pip install 'discl-lint[docx]'"
    ) in captured.err.splitlines()


def test_fix_is_refused_for_extracted_formats(tmp_path, capsys):
    lines = SEED.read_text(encoding="utf-8").split("\n")
    report = build_docx.write_report(tmp_path / "report.docx", lines)
    before = report.read_bytes()
    status = main(["--no-cache", "--isolated", "--fix", str(report)])
    captured = capsys.readouterr()
    assert status == 2
    assert report.read_bytes() == before
    assert "--fix and --diff rewrite text reports only" in captured.err
    assert "DL401" in captured.out  # the findings are still listed


def test_show_text_prints_what_is_linted(tmp_path, capsys):
    report = build_docx.write_report(tmp_path / "report.docx", ["标题", "一、概述", "正文。"])
    assert main(["--show-text", str(report)]) == 0
    assert capsys.readouterr().out == "标题\n一、概述\n正文。\n"


def _python(code: str) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "DISCL_LINT_CACHE_DIR": os.environ["DISCL_LINT_CACHE_DIR"]}
    return subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=False, env=env
    )


def test_linting_text_reports_imports_no_loader_library():
    code = (
        "import sys\n"
        "from discl_lint.cli.main import main\n"
        f"main(['--no-cache', '-q', '--format', 'full', {str(SEED)!r}])\n"
        f"print(sorted({{m.split('.')[0] for m in sys.modules}} & set({LIBRARIES!r})))\n"
    )
    result = _python(code)
    assert result.stdout.splitlines()[-1] == "[]", result.stderr

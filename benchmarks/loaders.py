#!/usr/bin/env python3
"""How the candidate libraries for the .docx, .pdf and web-page loaders do on Chinese
reports: import cost, extraction time and what they get right.

The documents are made from a seed report with the tests' generators (python-docx,
reportlab, the CMS page template), 30 pages' worth. Candidates that are not installed
are skipped; install them all to compare:

    pip install -e '.[dev]' docx2python pypdf pdfplumber lxml trafilatura lxml_html_clean
    python benchmarks/loaders.py [--runs 5]
"""

from __future__ import annotations

import argparse
import importlib.util
import io
import re
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from difflib import SequenceMatcher
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "tests"))
SEED = ROOT / "tests" / "fixtures" / "seeds" / "000_e5d28ad39468d6ea.txt"
TABLE = ["类别\t数量（条）\t占比", "主动公开\t100\t52%"]


def import_ms(module: str, runs: int) -> float:
    """Best cumulative import time of ``module`` in a fresh interpreter (-X importtime)."""
    times = []
    for _ in range(runs):
        err = subprocess.run(
            [sys.executable, "-X", "importtime", "-c", f"import {module}"],
            capture_output=True, text=True, check=True,
        ).stderr  # fmt: skip
        times.append(int(err.strip().splitlines()[-1].split("|")[1]) / 1000)
    return min(times)


def timed(work: Callable[[], str], runs: int) -> tuple[float, str]:
    """Best seconds of ``work`` and its last result."""
    times, result = [], ""
    for _ in range(runs):
        start = time.perf_counter()
        result = work()
        times.append(time.perf_counter() - start)
    return min(times), result


def similarity(expected: str, found: str) -> float:
    """How much of the expected text (whitespace ignored) comes out, in order."""
    a, b = re.sub(r"\s+", "", expected), re.sub(r"\s+", "", found)
    return SequenceMatcher(None, a, b, autojunk=False).ratio()


def installed(module: str) -> bool:
    return importlib.util.find_spec(module.split(".")[0]) is not None


def row(name: str, module: str, runs: int, work: Callable[[], str], checks: dict) -> None:
    if not installed(module):
        print(f"| {name} | not installed | | | |")
        return
    try:
        seconds, text = timed(work, runs)
    except Exception as exc:  # a candidate failing on a document is a result
        print(f"| {name} | {import_ms(module, runs):.0f} ms | fails: {type(exc).__name__} | | |")
        return
    passed = [label for label, check in checks.items() if check(text)]
    print(
        f"| {name} | {import_ms(module, runs):.0f} ms | {seconds * 1000:.0f} ms | "
        f"{len(passed)}/{len(checks)} ({', '.join(passed) or '—'}) | "
        f"{similarity(EXPECTED, text):.3f} |"
    )


LINES = SEED.read_text(encoding="utf-8").split("\n")
LINES = LINES[:20] + TABLE + LINES[20:]
BODY = LINES * 6  # about 25,000 characters: 30 pages
EXPECTED = "\n".join(BODY)


def docx_candidates(folder: Path, runs: int) -> None:
    import build_docx

    document = build_docx.report_docx(BODY)
    build_docx.plant_leftovers(document)
    build_docx.add_footnote(document, document.paragraphs[3], "依据《高等学校信息公开办法》。")
    path = folder / "report.docx"
    document.save(str(path))
    data = path.read_bytes()
    checks = {
        "numbering": lambda t: len(re.findall(r"^\s*一、概述$", t, re.M)) == 6,  # 1 list, 5 typed
        "table rows": lambda t: TABLE[0] in t,
        "footnote": lambda t: "依据《高等学校信息公开办法》" in t,
        "hidden text left out": lambda t: "内部备注" not in t,
        "deletion left out": lambda t: "此句已删除" not in t,
    }
    print("\n.docx | import | 30 pages | right | text similarity |\n|---|---|---|---|---|")

    def python_docx() -> str:
        from docx import Document

        return "\n".join(p.text for p in Document(io.BytesIO(data)).paragraphs)

    def docx2python_text() -> str:
        from docx2python import docx2python

        with docx2python(io.BytesIO(data)) as result:
            return result.text

    def loader() -> str:
        from discl_lint.loaders.word import load_word

        return load_word("report.docx", data).text

    row("python-docx, paragraphs' text", "docx", runs, python_docx, checks)
    row("docx2python", "docx2python", runs, docx2python_text, checks)
    row("discl-lint loader on python-docx", "docx", runs, loader, checks)


def pdf_candidates(folder: Path, runs: int) -> None:
    import build_pdf

    path = build_pdf.write_report(folder / "report.pdf", BODY)
    data = path.read_bytes()
    checks = {
        "page numbers apart": lambda t: not re.search(r"- 1 -\s*\S*张家界", t[:200]),
        "title first": lambda t: t.lstrip().startswith("张家界"),
    }
    print("\n.pdf | import | 30 pages | right | text similarity |\n|---|---|---|---|---|")

    def pdfminer() -> str:
        from pdfminer.high_level import extract_text

        return extract_text(io.BytesIO(data))

    def pypdf() -> str:
        from pypdf import PdfReader

        return "\n".join(page.extract_text() for page in PdfReader(io.BytesIO(data)).pages)

    def pdfplumber() -> str:
        import pdfplumber as plumber

        with plumber.open(io.BytesIO(data)) as pdf:
            return "\n".join(page.extract_text() or "" for page in pdf.pages)

    row("pdfminer.six", "pdfminer.high_level", runs, pdfminer, checks)
    row("pypdf", "pypdf", runs, pypdf, checks)
    row("pdfplumber", "pdfplumber", runs, pdfplumber, checks)


def html_candidates(runs: int) -> None:
    import build_html

    data = build_html.page(BODY, "gb2312")
    checks = {
        "no chrome": lambda t: (
            not any(w in t for w in ("首页", "浏览次数", "打印", "下一篇", "版权所有"))
        ),
        "title": lambda t: t.lstrip().startswith("张家界"),
        "table rows": lambda t: TABLE[0] in t,
    }
    print("\nweb page | import | 30 pages | right | text similarity |\n|---|---|---|---|---|")

    def trafilatura() -> str:
        import trafilatura as t

        return t.extract(data.decode("gb18030"), include_tables=True) or ""

    def selectolax_text() -> str:
        from selectolax.lexbor import LexborHTMLParser

        return LexborHTMLParser(data.decode("gb18030")).body.text(separator="\n")

    def lxml_text() -> str:
        import lxml.html

        return lxml.html.document_fromstring(data.decode("gb18030")).text_content()

    def stdlib() -> str:
        from html.parser import HTMLParser

        parts: list[str] = []
        parser = HTMLParser()
        parser.handle_data = parts.append  # type: ignore[method-assign]
        parser.feed(data.decode("gb18030"))
        return "".join(parts)

    def loader() -> str:
        from discl_lint.loaders.web import load_web_page

        return load_web_page("report.html", data).text

    row("trafilatura", "trafilatura", runs, trafilatura, checks)
    row("selectolax (lexbor), whole text", "selectolax.lexbor", runs, selectolax_text, checks)
    row("lxml.html, whole text", "lxml.html", runs, lxml_text, checks)
    row("html.parser (stdlib), whole text", "html.parser", runs, stdlib, checks)
    row("discl-lint loader on selectolax", "selectolax.lexbor", runs, loader, checks)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as folder:
        docx_candidates(Path(folder), args.runs)
        pdf_candidates(Path(folder), args.runs)
        html_candidates(args.runs)


if __name__ == "__main__":
    main()

#!/usr/bin/env python3
"""A long fuzz campaign: random report-like texts, Unicode and bytes through the linter.

Every input must lint without an internal error, with every finding inside the
text, and fixing must not raise. Prints the count of inputs and of failures;
exit status 1 when any input failed (the first failures are written to
fuzz-failures/ for replay).

    python benchmarks/fuzz.py [--inputs 100000] [--seed 1]
"""

from __future__ import annotations

import argparse
import random
import sys
import time
from pathlib import Path

from discl_lint.engine.fixing import fix_text
from discl_lint.model.errors import SourceError
from discl_lint.plugins.manager import build_registry, make_plugin_manager
from discl_lint.ruleset.rule_files import RuleSet
from discl_lint.runner.lint import Linter
from discl_lint.runner.sources import decode

_FRAGMENT_TEXT = (
    "一、概述|（二）|(三)|3.|4、|（1）|第五部分|十四五|二〇二二年|2021-2021学年|统计期限为|"
    "2021年9月1日至2022年8月31日|202191日至2022831日|自|起至|止|共|其中|合计|分别为|258件|"
    "134件|一百零六条|100余条|占8.6%|105%|[bookmark: _GoBack]|错误！未定义书签。|XX大学|20XX|"
    "《|》|（|）|“|”|〔2014〕|教办函[2014]23 号|学校|信息公开|未接到投诉|收到投诉47条|依申请|"
    "清单9大类37条|and|。|，|：|https://x.edu.cn/XX|a@b.cn|2023年11月20日|其他需要报告的事项|"
    "## |# |- |1. "
)
FRAGMENTS = (
    *_FRAGMENT_TEXT.split("|"),
    *(" ", "\u3000", "\u00a0", "\u200b", "\ufffd", "\n", "\r\n", "\r", "\n\n", "\t"),
)


def random_input(rng: random.Random) -> tuple[str, str]:
    """A (path, text) pair: mostly report-like, sometimes raw Unicode or bytes."""
    choice = rng.random()
    path = "r.md" if rng.random() < 0.2 else "r.txt"
    if choice < 0.7:
        return path, "".join(rng.choice(FRAGMENTS) for _ in range(rng.randint(0, 80)))
    if choice < 0.85:
        return path, "".join(chr(rng.randint(0, 0x2FFFF)) for _ in range(rng.randint(0, 60)))
    try:
        return path, decode(rng.randbytes(rng.randint(0, 300)), path).text
    except SourceError:
        return path, ""


def problem(linter: Linter, path: str, text: str) -> str | None:
    """What went wrong with this input, or None."""
    try:
        checked = linter.check_text(path, text)
        fix_text(text, lambda t: linter.lint_text(path, t))
    except Exception as exc:  # the campaign records every failure
        return f"{type(exc).__name__}: {exc}"
    if checked.errors:
        return checked.errors[0]
    lines = text.replace("\r\n", "\n").replace("\r", "\n").split("\n")
    for f in checked.findings:
        if not (1 <= f.line <= len(lines) and 1 <= f.column <= len(lines[f.line - 1]) + 1):
            return f"position outside the text: {f}"
    return None


def main() -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--inputs", type=int, default=100_000)
    parser.add_argument("--seed", type=int, default=1)
    args = parser.parse_args()
    registry = build_registry(make_plugin_manager(entry_points=False))
    linter = Linter(RuleSet(registry.rule_dirs), registry, rule_timeout=10.0)
    rng = random.Random(args.seed)
    failures, started = 0, time.perf_counter()
    for index in range(args.inputs):
        path, text = random_input(rng)
        found = problem(linter, path, text)
        if found:
            failures += 1
            if failures <= 20:
                folder = Path("fuzz-failures")
                folder.mkdir(exist_ok=True)
                (folder / f"{index}{Path(path).suffix}").write_text(
                    text, encoding="utf-8", errors="surrogatepass"
                )
                print(f"input {index}: {found}", file=sys.stderr)
    elapsed = time.perf_counter() - started
    print(f"fuzz: {args.inputs} inputs, {failures} failures, seed {args.seed}, {elapsed:.0f} s")
    return 1 if failures else 0


if __name__ == "__main__":
    raise SystemExit(main())

#!/usr/bin/env python3
"""Whole-process benchmark of discl-lint (standard library only).

Builds a corpus of 1,000 reports from the real seed reports in tests/fixtures,
then times complete runs of the command (medians over --runs runs) next to the
floors measured on the same machine in the same run. Peak memory is the
maximum resident size of the discl-lint process itself (workers are forked and
share its pages).

    python benchmarks/bench.py [--runs 7] [--linter PATH]
"""

from __future__ import annotations

import argparse
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SEEDS = sorted((ROOT / "tests" / "fixtures" / "seeds").glob("*.txt"))


TIME = shutil.which("time") or "/usr/bin/time"


def timed(argv: list[str], env: dict[str, str]) -> tuple[float, int]:
    """Wall seconds and peak resident KiB of one run.

    The peak is read by GNU time (a small process), because a child forked from
    this script would inherit this script's memory in its count.
    """
    measure = [TIME, "-f", "%M"] if Path(TIME).exists() else []
    start = time.perf_counter()
    done = subprocess.run(
        [*measure, *argv],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
        env=env,
        text=True,
        check=False,
    )
    elapsed = time.perf_counter() - start
    if done.returncode not in (0, 1):
        raise SystemExit(f"failed ({done.returncode}): {' '.join(argv)}\n{done.stderr[-500:]}")
    lines = done.stderr.strip().splitlines()
    peak = int(lines[-1]) if measure and lines and lines[-1].isdigit() else 0
    return elapsed, peak


def median(argv: list[str], env: dict[str, str], runs: int) -> tuple[float, int]:
    """Median wall time and largest peak memory over ``runs`` runs (after one warm-up)."""
    timed(argv, env)
    samples = [timed(argv, env) for _ in range(runs)]
    return statistics.median(s for s, _ in samples), max(m for _, m in samples)


def build_corpus(folder: Path, count: int = 1000) -> None:
    for index in range(count):
        shutil.copy(SEEDS[index % len(SEEDS)], folder / f"report{index:04d}.txt")


def build_large(seed: Path, line: Path, huge: Path) -> None:
    """A 1 MB single-line report and a 50 MB report, written piece by piece."""
    text = seed.read_text(encoding="utf-8")
    size = len(text.encode())
    line.write_text(text.replace("\n", "") * (1_000_000 // size + 1), encoding="utf-8")
    with huge.open("w", encoding="utf-8") as stream:
        for _ in range(50_000_000 // size + 1):
            stream.write(text)


def build_docx(work: Path) -> str:
    """About 25,000 characters (30 pages) of a seed report as a Word file."""
    sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "tests"))
    import build_docx as generator  # the tests' .docx writer

    lines = SEEDS[0].read_text(encoding="utf-8").split("\n") * 6
    return str(generator.write_report(work / "long.docx", lines))


def main() -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--runs", type=int, default=7)
    parser.add_argument("--linter", default=str(Path(sys.executable).parent / "discl-lint"))
    parser.add_argument(
        "--large",
        action="store_true",
        help="also a 1 MB single-line report and a 50 MB report (3 runs each)",
    )
    parser.add_argument(
        "--docx",
        action="store_true",
        help="also a 30-page .docx report (needs the docx extra and python-docx)",
    )
    args = parser.parse_args()
    work = Path(tempfile.mkdtemp(prefix="discl-lint-bench-"))
    env = {**os.environ, "DISCL_LINT_CACHE_DIR": str(work / "cache")}
    corpus = work / "corpus"
    corpus.mkdir()
    build_corpus(corpus)
    one = SEEDS[3]
    big = work / "big.txt"
    big.write_text(one.read_text(encoding="utf-8") * 10, encoding="utf-8")
    lint, py = [args.linter], [sys.executable]
    rows = [
        ("floor: python -c pass", [*py, "-c", "pass"]),
        ("floor: python -c 'import yaml, pluggy'", [*py, "-c", "import yaml, pluggy"]),
        ("one report, cold (--no-cache)", [*lint, "--no-cache", str(one)]),
        ("one report, cached result", [*lint, str(one)]),
        ("10x report (--no-cache)", [*lint, "--no-cache", str(big)]),
        ("1,000 reports, -j 1 (--no-cache)", [*lint, "--no-cache", "-j", "1", str(corpus)]),
        ("1,000 reports, -j auto (--no-cache)", [*lint, "--no-cache", str(corpus)]),
        ("1,000 reports, -j auto, cached results", [*lint, str(corpus)]),
    ]
    if args.large:
        line, huge = work / "line.txt", work / "huge.txt"
        build_large(one, line, huge)
        rows += [
            ("1 MB single-line report (--no-cache)", [*lint, "--no-cache", str(line)]),
            ("50 MB report (--no-cache)", [*lint, "--no-cache", str(huge)]),
        ]
    if args.docx:
        rows.append(("30-page .docx report (--no-cache)", [*lint, "--no-cache", build_docx(work)]))
    results = {}
    print(
        f"{'what':44} {'median s':>9} {'peak MiB':>9}   ({args.runs} runs, {os.cpu_count()} cores)"
    )
    for label, argv in rows:
        runs = 3 if "MB" in label else args.runs if "1,000" not in label or args.runs <= 5 else 5
        seconds, peak = median(argv, env, runs)
        results[label] = seconds
        print(f"{label:44} {seconds:9.3f} {peak / 1024:9.1f}")
    floor = results["floor: python -c 'import yaml, pluggy'"]
    cold, cached = results["one report, cold (--no-cache)"], results["one report, cached result"]
    speedup = (
        results["1,000 reports, -j 1 (--no-cache)"] / results["1,000 reports, -j auto (--no-cache)"]
    )
    print()
    ratio = results["10x report (--no-cache)"] / cold
    print(f"one report cold / floor      {cold / floor:5.2f}x   (target <= 1.3x)")
    print(f"one report cached / floor    {cached / floor:5.2f}x   (target <= 1.3x)")
    print(f"10x input / 1x input time    {ratio:5.2f}x   (target <= 11x)")
    print(f"-j auto speed-up over -j 1   {speedup:5.2f}x   (target >= 1.7x)")
    if args.large:
        per_mb = results["50 MB report (--no-cache)"] / 50
        print(
            f"50 MB report                 {per_mb:5.2f} s per MB   (16 KB report: "
            f"{(cold - results['floor: python -c pass']) * 64:5.2f} s per MB incl. start-up)"
        )
    shutil.rmtree(work)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

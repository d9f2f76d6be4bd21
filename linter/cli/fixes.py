"""What the command line says about fixes: the diff, the count, and (``--show-fixes``) the list."""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from typing import TYPE_CHECKING, TextIO

if TYPE_CHECKING:
    from discl_lint.runner.lint import FileOutcome


def _changed(outcome: FileOutcome) -> bool:
    fixed, source = outcome.fixed, outcome.source
    return fixed is not None and source is not None and fixed.text != source.text


def diff(outcomes: Sequence[FileOutcome], out: TextIO, err: TextIO) -> int:
    """``--diff``: the fixes as a unified diff; 1 when there is one."""
    from discl_lint.engine.fixing import unified_diff

    changed = [o for o in outcomes if _changed(o)]
    for outcome in changed:
        source, result = outcome.source, outcome.fixed
        if source is not None and result is not None:
            out.write(unified_diff(source.path, source.text, result.text))
    total = counted(fixed_counts(changed))
    print(f"discl-lint: would fix {total} in {len(changed)} of {len(outcomes)} files", file=err)
    return 1 if changed else 0


def fix(outcomes: Sequence[FileOutcome], out: TextIO, err: TextIO, quiet: bool = False) -> None:
    """``--fix``: the runner wrote the files; print standard input's fixed text and the count."""
    for outcome in outcomes:
        source, result = outcome.source, outcome.fixed
        if source is not None and source.stdin:
            out.write(source.text if result is None else result.text)
    if not quiet:
        print(f"discl-lint: fixed {counted(fixed_counts(outcomes))}", file=err)


def fixed_counts(outcomes: Sequence[FileOutcome]) -> Counter[str]:
    """Fixes per rule over the files (a file not written counts none)."""
    total: Counter[str] = Counter()
    for outcome in outcomes:
        if outcome.fixed is not None and _changed(outcome):
            total += outcome.fixed.fixed
    return total


def list_fixes(outcomes: Sequence[FileOutcome], err: TextIO, would: bool = False) -> None:
    """``--show-fixes``: each fixed file, and how many findings of each rule were fixed."""
    changed = [(o.path, o.fixed.fixed) for o in outcomes if _changed(o) and o.fixed is not None]
    if not changed:
        return
    total: Counter[str] = sum((counts for _, counts in changed), Counter())
    lines = [f"{'Would fix' if would else 'Fixed'} {counted(total)}:"]
    for path, counts in changed:
        lines.append(f"- {path}:")
        lines.extend(f"    {n} × {rule}" for rule, n in sorted(counts.items()))
    print("\n".join(lines), file=err)


def counted(fixed: Counter[str]) -> str:
    """``3 findings (DL401 ×1, DL404 ×2)``."""
    total = sum(fixed.values())
    if not total:
        return "0 findings"
    rules = ", ".join(f"{rule} ×{n}" for rule, n in sorted(fixed.items()))
    return f"{total} {'finding' if total == 1 else 'findings'} ({rules})"

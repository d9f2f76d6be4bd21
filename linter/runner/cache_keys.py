"""What the result cache's keys are made of: content hashes, never modification times.

A key changes whenever discl-lint's own code, a plugin's code, a rule file or
an option does, even after an edit that keeps a file's size and mtime.
"""

from __future__ import annotations

import hashlib
import sys
from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import Any

from discl_lint.model.version import __version__

_PACKAGE = Path(__file__).resolve().parent.parent


def source_digest(files: Iterable[Path]) -> str:
    """A hash of the files' names and bytes, in sorted order."""
    digest = hashlib.sha256()
    for path in sorted(files):
        digest.update(f"{path.name}\0".encode("utf-8", "surrogateescape"))
        digest.update(path.read_bytes())
    return digest.hexdigest()


def code_key() -> str:
    """The version and a content hash of discl-lint's code and schemas.

    An installed wheel's RECORD lists a hash of every file it installed: reading
    it is cheaper than hashing the files. An editable install has no such list.
    """
    for record in _PACKAGE.parent.glob("discl_lint-*.dist-info/RECORD"):
        text = record.read_text(encoding="utf-8", errors="replace")
        if "discl_lint/runner/cache_keys.py," in text:
            return f"{__version__}|{hashlib.sha256(text.encode()).hexdigest()}"
    files = [*_PACKAGE.rglob("*.py"), *(_PACKAGE / "schemas").glob("*.json")]
    return f"{__version__}|{source_digest(files)}"


def plugin_key(points: Sequence[Any]) -> str:
    """The installed plugins: each entry point and the code of the package it names."""
    parts = []
    for point in points:
        package = point.value.partition(":")[0].strip().split(".")[0]
        module = sys.modules.get(package)
        folders = getattr(module, "__path__", None)
        single = getattr(module, "__file__", None)
        if folders:
            files = [f for folder in folders for f in Path(folder).rglob("*.py")]
        else:
            files = [Path(single)] if single else []
        code = source_digest(files) if files else "not imported"
        parts.append(f"{point.distribution}:{point.name}={point.value}:{code}")
    return ";".join(parts)

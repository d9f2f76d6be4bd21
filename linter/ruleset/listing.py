"""Listing the rule files of rule directories, and a key that changes when one does."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from typing import Any


def sorted_rule_files(directories: Iterable[Any]) -> list[Any]:
    """Every ``*.yaml`` file of the directories, in a stable order."""
    found = []
    for directory in directories:
        found.extend(
            sorted(
                (f for f in directory.iterdir() if f.name.endswith(".yaml")), key=lambda f: f.name
            )
        )
    return found


def stat_key(files: Sequence[Any]) -> str:
    """Names, sizes and modification times: changes whenever a rule file does."""
    parts = []
    for file in files:
        try:
            info = file.stat()
            parts.append(f"{file}:{info.st_size}:{info.st_mtime_ns}")
        except (AttributeError, OSError):
            parts.append(f"{file}:{file.read_bytes().hex() if hasattr(file, 'read_bytes') else ''}")
    return "\n".join(parts)

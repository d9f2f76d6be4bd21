"""Installed plugins (entry-point group ``discl_lint``) found without importlib.metadata.

``importlib.metadata`` imports the e-mail package and reads every distribution's
metadata, which costs more than the rest of start-up; plugins need only
``entry_points.txt``. As with importlib.metadata, the first distribution of a
name on ``sys.path`` wins.
"""

from __future__ import annotations

import importlib
import sys
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any


@dataclass(frozen=True)
class EntryPoint:
    """``name = module:attribute`` from a distribution's entry_points.txt."""

    name: str
    value: str
    distribution: str

    def load(self) -> Any:
        """Import the module and return the attribute (or the module)."""
        module, _, attribute = self.value.partition(":")
        loaded: Any = importlib.import_module(module.strip())
        for part in filter(None, attribute.strip().split(".")):
            loaded = getattr(loaded, part)
        return loaded


def _parse(text: str, group: str, distribution: str) -> list[EntryPoint]:
    found, section = [], ""
    for raw in text.splitlines():
        line = raw.strip()
        if line.startswith("[") and line.endswith("]"):
            section = line[1:-1].strip()
        elif section == group and "=" in line and not line.startswith(("#", ";")):
            name, _, value = line.partition("=")
            found.append(EntryPoint(name.strip(), value.strip(), distribution))
    return found


def _distributions(paths: Sequence[str]) -> list[tuple[str, Path]]:
    seen: set[str] = set()
    found = []
    for base in paths:
        try:
            entries = sorted(Path(base or ".").iterdir())
        except OSError:
            continue
        for entry in entries:
            if not entry.name.endswith((".dist-info", ".egg-info")):
                continue
            distribution = entry.name.split("-")[0].lower().replace("_", "-")
            if distribution not in seen:
                seen.add(distribution)
                found.append((distribution, entry / "entry_points.txt"))
    return found


def entry_points(group: str, paths: Sequence[str] | None = None) -> list[EntryPoint]:
    """Every entry point of ``group``, sorted by name."""
    found: list[EntryPoint] = []
    for distribution, path in _distributions(sys.path if paths is None else paths):
        try:
            text = path.read_text(encoding="utf-8")
        except OSError:
            continue
        if f"[{group}]" in text:
            found.extend(_parse(text, group, distribution))
    return sorted(found, key=lambda e: e.name)

"""Which files and folders a folder search passes over: ``exclude`` and ``extend-exclude``.

A pattern without ``/`` matches a file or folder name at any depth (``README.*``,
``drafts``); a pattern with ``/`` matches the path relative to the folder of the
configuration that sets it (``reports/archive``, ``notes/*.md``), and a folder
matched excludes everything below it. ``exclude`` replaces the defaults,
``extend-exclude`` adds to them; the command line's replace or add to the file's.
"""

from __future__ import annotations

import fnmatch
import os
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from discl_lint.config.files import Config
from discl_lint.config.requested import RunSettings

# The files every repository has that are not reports. (Hidden folders and those of tools
# and dependencies are never searched: see runner.discovery.)
DEFAULT_EXCLUDE = (
    "README*",
    "CHANGELOG*",
    "CHANGES*",
    "CONTRIBUTING*",
    "CODE_OF_CONDUCT*",
    "LICENSE*",
    "COPYING*",
    "requirements*.txt",
    "constraints*.txt",
)


def patterns_of(config: Config, requested: RunSettings) -> tuple[str, ...]:
    """The exclude patterns for reports under ``config``."""
    if requested.exclude is not None:
        base: Sequence[str] = requested.exclude
    else:
        base = config.get("exclude", DEFAULT_EXCLUDE)
    extended = (*config.get("extend-exclude", ()), *requested.extend_exclude)
    return tuple(p.rstrip("/") for p in (*base, *extended) if p.rstrip("/"))


def matches(patterns: Sequence[str], relative: str) -> bool:
    """Whether a path (relative, with ``/``) or one of the folders it is in is excluded."""
    parts = [part for part in relative.split("/") if part not in ("", ".", "..")]
    for pattern in patterns:
        if "/" not in pattern:
            if any(fnmatch.fnmatchcase(part, pattern) for part in parts):
                return True
            continue
        pattern = pattern.removeprefix("./")
        prefixes = ("/".join(parts[:end]) for end in range(1, len(parts) + 1))
        if any(fnmatch.fnmatchcase(prefix, pattern) for prefix in prefixes):
            return True
    return False


@dataclass(frozen=True)
class Excluder:
    """Decides for each path, by the configuration that governs it."""

    config_for: Callable[[str], Config]
    requested: RunSettings
    # Each configuration file's base folder and patterns, worked out once (a folder
    # holds thousands of reports); ``None`` is the run without a configuration file.
    _prepared: dict[Path | None, tuple[str, tuple[str, ...]]] = field(
        default_factory=dict, compare=False, repr=False
    )

    def __call__(self, path: str) -> bool:
        """Whether ``path`` (a file, or a folder searched) is excluded."""
        base, patterns = self._prepare(self.config_for(path))
        absolute = os.path.abspath(path)  # noqa: PTH100 (once per report: strings, not Paths)
        try:
            relative = os.path.relpath(absolute, base)
        except ValueError:  # another drive: only the names can match
            relative = absolute
        return matches(patterns, Path(relative).as_posix())

    def _prepare(self, config: Config) -> tuple[str, tuple[str, ...]]:
        if config.path not in self._prepared:
            base = os.path.abspath(config.base)  # noqa: PTH100
            self._prepared[config.path] = (base, patterns_of(config, self.requested))
        return self._prepared[config.path]

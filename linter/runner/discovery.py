"""Finding the reports of a run: files as given, and report files below folders.

Folders are searched in a stable order, passing over what the configuration
excludes; a file named on the command line is linted even when excluded, unless
``force_exclude`` (what a pre-commit hook wants: it names every staged file). A
folder that cannot be read is an error, not a silent gap. Hidden folders and
those of tools and dependencies are never searched.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path

from discl_lint.model.errors import FileError
from discl_lint.runner.sources import SUFFIXES

# Folders never searched, whatever the configuration excludes: hidden ones (.git, .venv …)
# and those of tools and dependencies.
SKIPPED_DIRS = frozenset({"node_modules", "venv", "__pycache__"})


def _skipped(folder: str) -> bool:
    return folder.startswith(".") or folder in SKIPPED_DIRS


@dataclass(frozen=True)
class Found:
    """The reports to lint, each once, and the folders that could not be searched."""

    paths: tuple[str, ...]
    errors: tuple[str, ...] = ()


def find_reports(
    given: Sequence[str],
    excluded: Callable[[str], bool] = lambda _path: False,
    force_exclude: bool = False,
) -> Found:
    """The report files of ``given`` (``-`` is standard input), in order, without repeats."""
    seen: set[str] = set()
    paths: list[str] = []
    errors: list[str] = []
    for path in _expand(given, excluded, force_exclude, errors):
        key = path if path == "-" else os.path.normpath(Path(path).absolute())
        if key not in seen:
            seen.add(key)
            paths.append(path)
    return Found(tuple(paths), tuple(errors))


def _expand(
    given: Sequence[str], excluded: Callable[[str], bool], force: bool, errors: list[str]
) -> Iterator[str]:
    for path in given:
        if path == "-":
            yield path
        elif not Path(path).is_dir():
            if not (force and excluded(path)):
                yield path
        elif not (force and excluded(path)):
            yield from _search(path, excluded, errors)


def _search(folder: str, excluded: Callable[[str], bool], errors: list[str]) -> Iterator[str]:
    def unreadable(exc: OSError) -> None:
        errors.append(
            FileError(str(exc.filename), f"cannot read the folder: {exc.strerror or exc}")
        )

    found: list[str] = []
    for root, dirs, files in os.walk(folder, onerror=unreadable):
        dirs[:] = sorted(d for d in dirs if not _skipped(d) and not excluded(str(Path(root, d))))
        found.extend(
            Path(root, name).as_posix()
            for name in files
            if name.lower().endswith(SUFFIXES) and not excluded(str(Path(root, name)))
        )
    yield from sorted(found)

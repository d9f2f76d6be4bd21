"""Project configuration: the nearest .discl-lint.yaml or pyproject.toml [tool.discl-lint].

Settings come from the file found nearest above each report (no hidden global
file), ``extends`` chains to another file first, and every value remembers the
file it came from, for ``--show-config``.
"""

from __future__ import annotations

import os
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from discl_lint.model.errors import DiscLintError

NAMES = (".discl-lint.yaml", ".discl-lint.yml")
PYPROJECT = "pyproject.toml"
KEYS = (
    "select",
    "ignore",
    "severity",
    "profile",
    "rules",
    "per-file-ignores",
    "citations",
    "exclude",
    "extend-exclude",
)


class ConfigError(DiscLintError):
    """An invalid configuration file: names the file and the key."""


@dataclass(frozen=True)
class Config:
    """Effective settings; ``origins`` says which file set each key."""

    path: Path | None = None
    values: Mapping[str, Any] = field(default_factory=dict)
    origins: Mapping[str, str] = field(default_factory=dict)

    def get(self, key: str, default: Any = None) -> Any:
        """A setting, or ``default`` when no file sets it."""
        return self.values.get(key, default)

    @property
    def base(self) -> Path:
        """The folder relative paths in this configuration start from."""
        return self.path.parent if self.path else Path.cwd()


def _pyproject_settings(path: Path, text: str) -> dict[str, Any] | None:
    """The ``tool.discl-lint`` table however TOML spells it (None: the file has none)."""
    import tomllib

    try:
        data = tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        if "discl-lint" not in text:
            return None  # another tool's broken file: not ours to judge
        raise ConfigError(f"{path}: {exc}") from None
    tool = data.get("tool")
    settings = tool.get("discl-lint") if isinstance(tool, dict) else None
    if settings is None:
        return None
    if not isinstance(settings, dict):
        raise ConfigError(f"{path}: tool.discl-lint: expected a table of settings")
    return settings


def _read(path: Path) -> dict[str, Any]:
    try:
        text = path.read_text(encoding="utf-8")
    except OSError as exc:
        raise ConfigError(f"{path}: cannot read: {exc.strerror or exc}") from None
    if path.name == PYPROJECT:
        return _pyproject_settings(path, text) or {}
    import yaml

    try:
        data = yaml.load(text, Loader=getattr(yaml, "CSafeLoader", yaml.SafeLoader))
    except yaml.YAMLError as exc:
        raise ConfigError(f"{path}: {' '.join(str(exc).split())}") from None
    if data is None:
        return {}
    if not isinstance(data, dict):
        raise ConfigError(f"{path}: expected a mapping of settings")
    return data


def _validate(path: Path, data: Mapping[str, Any]) -> None:
    from discl_lint.ruleset.schema import first_error, load

    problem = first_error(dict(data), load("config.schema.json"))
    if problem:
        raise ConfigError(f"{path}: {problem}")


def load_config(path: Path, seen: tuple[Path, ...] = ()) -> Config:
    """Read ``path`` (and what it extends), validated against the shipped schema."""
    path = path.resolve()
    if path in seen:
        raise ConfigError(f"{path}: extends: circular ({' -> '.join(map(str, seen))})")
    data = _read(path)
    _validate(path, data)
    values: dict[str, Any] = {}
    origins: dict[str, str] = {}
    if "extends" in data:
        parent = load_config(path.parent / data["extends"], (*seen, path))
        values.update(parent.values)
        origins.update(parent.origins)
    for key in KEYS:
        if key in data:
            values[key] = _resolve(key, data[key], path.parent, path)
            origins[key] = str(path)
    return Config(path, values, origins)


def _resolve(key: str, value: Any, folder: Path, path: Path) -> Any:
    if key not in ("rules", "citations"):
        return value
    found = [(folder / item).resolve() for item in value]
    if key == "rules":
        for item, directory in zip(value, found, strict=True):
            if not directory.is_dir():
                raise ConfigError(f"{path}: rules: {item}: no such folder")
    return [str(resolved) for resolved in found]


def _has_settings(path: Path) -> bool:
    if path.name != PYPROJECT:
        return True
    text = path.read_text(encoding="utf-8", errors="replace")
    return "discl-lint" in text and _pyproject_settings(path, text) is not None


class ConfigFinder:
    """Finds the configuration nearest above reports, remembering each folder's answer."""

    def __init__(self) -> None:
        self._folders: dict[Path, Path | None] = {}
        self._loaded: dict[Path, Config] = {}
        self._named: dict[str, Path | None] = {}  # by folder as the report's path names it

    def _nearest_in(self, folder: Path) -> Path | None:
        if folder not in self._folders:
            found = next(
                (
                    folder / n
                    for n in (*NAMES, PYPROJECT)
                    if (folder / n).is_file() and _has_settings(folder / n)
                ),
                None,
            )
            parent = folder.parent
            if found is None and parent != folder:
                found = self._nearest_in(parent)
            self._folders[folder] = found
        return self._folders[folder]

    def nearest(self, report: str) -> Path | None:
        """The configuration file nearest above a report (for ``-``: above the working folder)."""
        if report == "-":
            return self._nearest_in(Path.cwd().resolve())
        # String operations, not Path objects: this runs once per report of the run.
        named = os.path.join(os.getcwd(), os.path.dirname(report))  # noqa: PTH109, PTH118, PTH120
        if named not in self._named:
            self._named[named] = self._nearest_in(Path(named).resolve())
        return self._named[named]

    def config_for(self, report: str) -> Config:
        """The loaded configuration of a report (empty when there is none)."""
        path = self.nearest(report)
        if path is None:
            return Config()
        if path not in self._loaded:
            self._loaded[path] = load_config(path)
        return self._loaded[path]

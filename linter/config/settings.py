"""The settings of one group of reports: the command line over their configuration."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from discl_lint.config.files import Config
from discl_lint.config.requested import RunSettings


@dataclass(frozen=True)
class Settings:
    """What a run applies to the reports under one configuration."""

    select: tuple[str, ...]
    ignore: tuple[str, ...]
    profile: str
    rule_dirs: tuple[str, ...]
    severity: Mapping[str, str] = field(default_factory=dict)
    per_file_ignores: Mapping[str, tuple[str, ...]] = field(default_factory=dict)
    base: Path = field(default_factory=Path.cwd)
    origins: Mapping[str, str] = field(default_factory=dict)
    citations: tuple[str, ...] = ()

    def key(self) -> str:
        """What the result cache must tell apart."""
        return repr((self.select, self.ignore, self.profile, self.rule_dirs, self.citations))


def combine(requested: RunSettings, config: Config) -> Settings:
    """--select replaces the configuration's; --ignore and --rules add to it."""
    origins = dict(config.origins)
    select = tuple(requested.select) or tuple(config.get("select", ()))
    if requested.select:
        origins["select"] = "command line"
    profile = requested.profile if requested.profile != "auto" else config.get("profile", "auto")
    if requested.profile != "auto":
        origins["profile"] = "command line"
    rule_dirs = (*config.get("rules", ()), *(str(Path(d).resolve()) for d in requested.rules))
    ignores = {k: tuple(v) for k, v in config.get("per-file-ignores", {}).items()}
    return Settings(
        select,
        (*config.get("ignore", ()), *requested.ignore),
        profile,
        rule_dirs,
        dict(config.get("severity", {})),
        ignores,
        config.base,
        origins,
        tuple(config.get("citations", ())),
    )


def show(
    settings: Settings, config: Config, report: str, detected: tuple[str, str] | None = None
) -> str:
    """The effective settings for ``report`` and where each came from.

    ``detected``: the profile ``auto`` chose for the report, and why.
    """
    values: dict[str, Any] = {
        "config": str(config.path) if config.path else "(none)",
        "select": list(settings.select) or "(all rules)",
        "ignore": list(settings.ignore),
        "severity": dict(settings.severity),
        "profile": settings.profile,
        "rules": list(settings.rule_dirs),
        "per-file-ignores": {k: list(v) for k, v in settings.per_file_ignores.items()},
        "citations": list(settings.citations),
    }
    lines = [f"# effective settings for {report}"]
    for key, value in values.items():
        origin = "" if key == "config" else f"  # {settings.origins.get(key, 'default')}"
        lines.append(f"{key} = {value}{origin}")
        if key == "profile" and detected is not None:
            lines.append(f"profile chosen = {detected[0]}  # {detected[1]}")
    return "\n".join(lines) + "\n"

"""Rule codes named in a configuration file must name rules: a typo silences nothing.

Codes are IDs or prefixes (``DL4``), as on the command line; an error names the
file and the key that hold the code.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence

from discl_lint.config.files import Config, ConfigError


def _named(config: Config) -> Iterator[tuple[str, str]]:
    """Every (code, key) of the configuration."""
    for key in ("select", "ignore"):
        for code in config.get(key, ()):
            yield str(code), key
    for code in config.get("severity", {}):
        yield str(code), f"severity: {code}"
    for glob, codes in config.get("per-file-ignores", {}).items():
        for code in codes:
            yield str(code), f"per-file-ignores: {glob}"


def check_config_codes(config: Config, known: Sequence[str]) -> None:
    """Refuse a code in ``select``, ``ignore``, ``severity`` or ``per-file-ignores`` that
    matches no rule ID."""
    for code, key in _named(config):
        if not any(rule.startswith(code.upper()) for rule in known):
            origin = config.origins.get(key.split(":")[0], str(config.path))
            raise ConfigError(f"{origin}: {key}: no rule matches {code!r} (see --list-rules)")

"""What a run is asked to do, in the terms of the layers below the command line."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class RunSettings:
    """The command line's choices that reach configuration, rule loading and the runner.

    The CLI builds it from its arguments and the Python API from its keywords; no
    layer below them sees argparse.
    """

    select: tuple[str, ...] = ()
    ignore: tuple[str, ...] = ()
    profile: str = "auto"
    rules: tuple[str, ...] = ()
    config: str | None = None
    isolated: bool = False
    no_cache: bool = False
    cache_dir: str | None = None
    rule_timeout: float | None = None
    lang: str = "zh"
    # The folders the run searches: a glob for files below one of them can be judged unused.
    folders: tuple[str, ...] = ()
    exclude: tuple[str, ...] | None = None  # replaces the configuration's (and the defaults)
    extend_exclude: tuple[str, ...] = ()
    force_exclude: bool = False  # exclude files named on the command line too
    stdin_filename: str = "-"  # where the report on standard input belongs (its configuration)

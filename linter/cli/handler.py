"""The one place a run ends: every failure becomes a one-line message and an exit status.

Exit status 2 for errors (an invalid rule or configuration, an unreadable report,
a file that cannot be written, an internal error), 130 for Ctrl-C; a traceback
only with ``--debug``. CI reads exit status 1 as "findings", so a crash must
never end with it.
"""

from __future__ import annotations

import contextlib
import os
from collections.abc import Callable
from typing import TextIO

from discl_lint.model.errors import DiscLintError

INTERRUPTED = 130  # 128 + SIGINT, as shells report it


def guarded(run: Callable[[], int], debug: bool, err: TextIO) -> int:
    """``run()``, with whatever it raises turned into a message and an exit status."""
    try:
        return run()
    except DiscLintError as exc:
        _say(err, f"discl-lint: error: {exc}")
    except KeyboardInterrupt:
        _say(err, "discl-lint: interrupted")
        return INTERRUPTED
    except OSError as exc:  # standard output closed or full, a folder that vanished …
        _quiet_stdout()
        if debug:
            _traceback(err)
        where = f"{exc.filename}: " if exc.filename else ""
        _say(err, f"discl-lint: error: {where}{exc.strerror or exc}")
    except Exception as exc:  # a bug: say so in one line, show the traceback on request
        if debug:
            _traceback(err)
        hint = "" if debug else " (run with --debug for the traceback)"
        _say(err, f"discl-lint: internal error: {type(exc).__name__}: {exc}{hint}")
    return 2


def _traceback(err: TextIO) -> None:
    import traceback

    traceback.print_exc(file=err)


def _say(err: TextIO, message: str) -> None:
    with contextlib.suppress(OSError):
        print(message, file=err, flush=True)


def _quiet_stdout() -> None:
    # Output that cannot be flushed now would fail again at exit, with a traceback.
    with contextlib.suppress(OSError):
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, 1)
        os.close(devnull)

"""Errors that end a run with exit status 2 and a message, never a traceback."""

from __future__ import annotations


class DiscLintError(Exception):
    """Base of every error the CLI reports as a message."""


class RuleError(DiscLintError):
    """An invalid rule file: names the file, the rule and the key."""

    def __init__(self, source: str, rule: str, key: str, problem: str) -> None:
        self.source, self.rule, self.key, self.problem = source, rule, key, problem
        super().__init__(f"{source}: {rule or '?'}: {key}: {problem}")


class OptionError(ValueError):
    """Raised by a check kind when one of its options is invalid."""

    def __init__(self, key: str, problem: str) -> None:
        self.key, self.problem = key, problem
        super().__init__(f"{key}: {problem}")


class PluginError(DiscLintError):
    """A plugin that cannot be loaded or that clashes with another."""


class CheckFailed(DiscLintError):
    """A check kind raised while checking a file."""

    def __init__(self, rule: str, path: str, exc: BaseException) -> None:
        self.rule, self.path = rule, path
        super().__init__(f"{path}: {rule}: internal error: {type(exc).__name__}: {exc}")


class SourceError(DiscLintError):
    """A report that cannot be read or decoded."""


class FileError(str):
    """A problem with one file that the run went past: ``"PATH: MESSAGE"``, as printed.

    The path and the message are kept apart too, so that machine-readable output can
    show the problem as a finding of the file (``DL000 file-error``).
    """

    path: str
    message: str

    def __new__(cls, path: str, message: str) -> FileError:
        """The error ``message`` about ``path``."""
        error = super().__new__(cls, f"{path}: {message}")
        error.path, error.message = path, message
        return error

    def __reduce__(self) -> tuple[type[FileError], tuple[str, str]]:
        return (FileError, (self.path, self.message))


def file_error(path: str, text: str) -> FileError:
    """A ``FileError`` from a message that may already start with ``path: ``."""
    return FileError(path, text.removeprefix(f"{path}: "))

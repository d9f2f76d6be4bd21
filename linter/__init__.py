"""discl-lint: a compliance linter for 高等学校信息公开工作年度报告."""

from discl_lint.plugins.hookspecs import hookimpl

__version__ = "0.1.0"

__all__ = ["__version__", "hookimpl"]

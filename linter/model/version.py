"""The version of discl-lint, importable by any layer without importing the package's API."""

__version__ = "0.1.0"

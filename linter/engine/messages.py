"""Message templates now live with the findings they fill: see ``discl_lint.model.messages``."""

from discl_lint.model.messages import placeholders, render

__all__ = ["placeholders", "render"]

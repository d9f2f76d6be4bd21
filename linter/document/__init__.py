"""The ``Document`` built once per report, and the analyses computed on it."""

"""Built-in output formats, one class per ``--format`` (see plugins.builtin)."""

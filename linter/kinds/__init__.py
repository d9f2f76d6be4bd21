"""Built-in check kinds, one module per ``kind:`` of the rule YAML (see plugins.builtin)."""

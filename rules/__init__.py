"""The built-in rule pack: one YAML file per rule, shipped inside the package."""

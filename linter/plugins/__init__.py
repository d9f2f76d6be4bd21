"""Extension points (hook specifications) and the plugin manager."""

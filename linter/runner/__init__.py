"""A run over many files: reading, workers, the result cache, configuration groups."""

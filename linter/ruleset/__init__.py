"""Rule files: finding, loading, validating and selecting them."""

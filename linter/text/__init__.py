"""Pure functions over ``str``: numerals, dates, quantities, spans, breakdowns."""

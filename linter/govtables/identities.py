"""The names of the government tables' identities (light: rule options are checked against them)."""

ROW_TOTAL = "row-total"
RESULT_TOTAL = "result-total"
CARRY_OVER = "carry-over"
REVIEW_TOTAL = "review-total"
IDENTITIES = (ROW_TOTAL, RESULT_TOTAL, CARRY_OVER, REVIEW_TOTAL)

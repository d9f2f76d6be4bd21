"""Running a rule set on a document: findings, suppressions, baselines, fixes."""

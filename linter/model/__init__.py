"""The data every layer shares: severities, rules, hits, findings and typed errors."""

"""The country-month panel: every G&W state-month with outcomes and lagged features."""

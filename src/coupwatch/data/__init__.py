"""Public data sources: what they are, how to read, validate and store them."""

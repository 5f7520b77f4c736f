"""The ``coupwatch`` command line."""

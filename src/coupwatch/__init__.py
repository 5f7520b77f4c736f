"""coupwatch: early warning of coups d'état and irregular leader exits from public data."""

__version__ = "0.1.0"

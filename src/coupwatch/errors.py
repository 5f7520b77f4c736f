"""Exception types shared across coupwatch.

The CLI maps :class:`InputError` to exit code 2 and every other exception to exit code 1.
"""


class CoupwatchError(Exception):
    """Base class for errors raised deliberately by coupwatch."""


class InputError(CoupwatchError):
    """Bad input from the user: a file, field, option or value that is not what was expected.

    The message must name the file, line or field and say what was expected.
    """


class StoreLockedError(CoupwatchError):
    """Another process holds the write lock on the store."""


class SourceUnavailableError(CoupwatchError):
    """A remote source could not be downloaded (offline, refused, bad payload)."""

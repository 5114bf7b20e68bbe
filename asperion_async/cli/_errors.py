"""The two ways a command fails on purpose: bad usage (exit 2) and a reported failure (exit 1)."""

from __future__ import annotations


class UsageError(Exception):
    """Bad command-line input; reported like argparse's own errors (exit code 2)."""


class CommandError(Exception):
    """A failure to report as one line (exit code 1); the message never holds a secret."""

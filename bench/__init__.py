"""Benchmarks of asperion_async against the emulator: ``python -m bench`` (``nox -s bench``)."""

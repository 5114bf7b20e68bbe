"""`--verbose`: the package's log lines on stderr while a command runs (-v INFO, -vv DEBUG)."""

from __future__ import annotations

import logging
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from typing import TextIO

LOGGER = "asperion_async"
_LEVELS = {1: logging.INFO, 2: logging.DEBUG}
_FORMAT = "%(asctime)s.%(msecs)03d %(levelname)s %(name)s: %(message)s"


class _StderrHandler(logging.StreamHandler):  # type: ignore[type-arg]
    """Writes to whatever ``sys.stderr`` is at the time of the record.

    The live progress display swaps ``sys.stderr`` for a proxy that prints above the table;
    a handler holding the original stream would scribble over it.
    """

    @property
    def stream(self) -> TextIO:
        return sys.stderr

    @stream.setter
    def stream(self, _: TextIO) -> None:
        """``StreamHandler.__init__`` assigns a stream; the property ignores it."""


@contextmanager
def verbose_logging(verbosity: int) -> Iterator[None]:
    """Log the package's records at INFO (1) or DEBUG (2+) to stderr inside the block.

    0 leaves logging as the application configured it. The logger's level and handlers are
    restored afterwards, so repeated calls (tests) do not pile up handlers.
    """
    if verbosity <= 0:
        yield
        return
    logger = logging.getLogger(LOGGER)
    handler = _StderrHandler()
    handler.setFormatter(logging.Formatter(_FORMAT, datefmt="%H:%M:%S"))
    previous = logger.level
    logger.setLevel(_LEVELS.get(verbosity, logging.DEBUG))
    logger.addHandler(handler)
    try:
        yield
    finally:
        logger.removeHandler(handler)
        logger.setLevel(previous)

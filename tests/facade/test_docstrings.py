"""help(AsperionClient) describes every constructor parameter (the API reference reads it too)."""

from __future__ import annotations

import inspect
import pydoc
import re

import asperion_async as asp


def test_every_constructor_parameter_is_described_in_the_docstring() -> None:
    parameters = list(inspect.signature(asp.AsperionClient).parameters)
    doc = inspect.getdoc(asp.AsperionClient) or ""
    args = doc.split("\nArgs:\n", 1)[1]
    described = re.findall(r"^    (\w+): \S", args, re.MULTILINE)
    assert described == parameters  # all of them, in signature order
    shown = pydoc.render_doc(asp.AsperionClient, renderer=pydoc.plaintext)
    for name in parameters:
        assert f"{name}: " in shown

"""The examples in the library's docstrings run and print what they show."""

from __future__ import annotations

import doctest
import importlib
import pkgutil

import pytest

import afghan_timeline


def _modules_with_examples() -> list[str]:
    names = []
    for info in pkgutil.walk_packages(afghan_timeline.__path__, "afghan_timeline."):
        if info.name.endswith("__main__"):
            continue
        module = importlib.import_module(info.name)
        if any(test.examples for test in doctest.DocTestFinder().find(module)):
            names.append(info.name)
    return names


MODULES = _modules_with_examples()


def test_the_core_modules_carry_examples():
    for name in ("afghan_timeline.tense", "afghan_timeline.resolve", "afghan_timeline.grammar"):
        assert name in MODULES


@pytest.mark.parametrize("name", MODULES)
def test_docstring_examples_hold(name):
    result = doctest.testmod(importlib.import_module(name), optionflags=doctest.ELLIPSIS)
    assert result.attempted > 0
    assert result.failed == 0, f"{result.failed} docstring example(s) in {name} fail"

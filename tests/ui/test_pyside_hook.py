"""The quicker check of "does this module use PySide6?" answers as PySide6's own does."""

from __future__ import annotations

import importlib
import json
import math
import sys
from types import ModuleType

import PySide6
import pytest

import workshop.core.cards
import workshop.ui.control.window
from workshop.ui import pyside_hook
from workshop.ui.pyside_hook import FEATURE, install, uses_pyside


def pyside_original():
    """PySide6's own check, whether or not the app's is installed over it."""
    check = sys.modules[FEATURE]._mod_uses_pyside
    return getattr(check, "original", check)


def never(module: ModuleType) -> bool:
    raise AssertionError(f"{module.__name__} was not answered from its file")


@pytest.mark.parametrize(
    "module",
    [
        workshop.ui.control.window,  # a module of ours that uses Qt
        workshop.core.cards,  # one that does not
        pyside_hook,  # names PySide6 only in its words: PySide6's answer is yes, too
        PySide6,  # a package's __init__.py
        json,  # the standard library's, a package
        math,  # a compiled extension: no source
        sys,  # built in: no file at all
    ],
    ids=lambda m: m.__name__,
)
def test_the_answer_is_pyside6s_own_and_comes_from_the_file(module):
    assert uses_pyside(module, never) is pyside_original()(module)


def test_a_module_without_a_source_file_asks_pyside6(tmp_path, monkeypatch):
    (tmp_path / "only_bytecode.py").write_text("import PySide6\n")
    monkeypatch.syspath_prepend(str(tmp_path))
    module = importlib.import_module("only_bytecode")
    module.__file__ = str(tmp_path / "only_bytecode.pyc")  # as a module shipped compiled
    asked: list[ModuleType] = []

    def original(m: ModuleType) -> bool:
        asked.append(m)
        return True

    assert uses_pyside(module, original) is True
    assert asked == [module]


def test_it_is_installed_once_and_used_by_pyside6():
    check = sys.modules[FEATURE]._mod_uses_pyside
    assert check.original is not check  # installed when the app's modules were imported
    assert install() is False  # a second install changes nothing
    assert sys.modules[FEATURE]._mod_uses_pyside is check


def test_nothing_is_done_where_pyside6_has_no_such_check(monkeypatch):
    other = ModuleType(FEATURE)  # another PySide6 version's feature module
    monkeypatch.setitem(sys.modules, FEATURE, other)
    assert install() is False
    assert not hasattr(other, "_mod_uses_pyside")
    monkeypatch.delitem(sys.modules, FEATURE)  # or PySide6 not imported at all
    assert install() is False

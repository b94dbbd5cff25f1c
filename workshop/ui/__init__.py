"""The Qt user interface: the only package that imports PySide6."""

from __future__ import annotations

import linecache
import sys
from collections.abc import Callable
from types import ModuleType


def forgetful_source_check(
    check: Callable[[ModuleType], bool],
) -> Callable[[ModuleType], bool]:
    """PySide's after-import check, answering the same without keeping every module's source.

    PySide6 (shibokensupport.feature._mod_uses_pyside) asks, after each import, whether the
    module's source mentions PySide6, through inspect.getsource: that puts every imported
    module's lines in linecache for good (100,000 lines, ~8.5 MiB of the idle app's memory,
    more than a third of what the event session costs over a bare window).
    """

    def uses_pyside(module: ModuleType) -> bool:
        path = getattr(module, "__file__", None)
        if isinstance(path, str) and path.endswith(".py"):
            try:
                with open(path, "rb") as source:
                    return b"PySide6" in source.read()
            except OSError:
                return False  # as inspect.getsource's OSError is answered
        # Frozen, zipped or compiled-only modules: PySide's own check, then forget what it
        # read (a traceback reads the file again when it needs it).
        cached = set(linecache.cache)
        try:
            return check(module)
        finally:
            for name in set(linecache.cache) - cached:
                linecache.cache.pop(name, None)

    uses_pyside.forgetful = True  # type: ignore[attr-defined]
    return uses_pyside


def install_forgetful_source_check() -> None:
    """Swap PySide's check for the forgetful one, once PySide is loaded (a no-op before)."""
    feature = sys.modules.get("shibokensupport.feature")
    check = getattr(feature, "_mod_uses_pyside", None)
    if check is not None and not getattr(check, "forgetful", False):
        feature._mod_uses_pyside = forgetful_source_check(check)  # type: ignore[union-attr]
        # What the check read before now (PySide's own modules, enum, types) is not needed.
        linecache.clearcache()


install_forgetful_source_check()

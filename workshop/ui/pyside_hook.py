"""A quicker answer to PySide6's question, asked of every module imported after it: does it
use PySide6? Importing this module installs it (see `install`); it never imports Qt itself.

PySide6 (6.11) wraps `__import__`: after each import, `shibokensupport.feature.feature_imported`
asks `_mod_uses_pyside(module)`, which is `"PySide6" in inspect.getsource(module)`, and
caches the answer in `pyside_feature_dict` by the module's name. `inspect.getsource` looks
for the module among every module loaded (`inspect.getmodule`) and reads the file through
`linecache`: for the ~220 modules the app imports at start that was about a quarter of the
time from `run_app` to the first idle window under cProfile, and it grows with each module.
"""

from __future__ import annotations

import linecache
import sys
from collections.abc import Callable
from importlib.machinery import EXTENSION_SUFFIXES
from types import ModuleType

FEATURE = "shibokensupport.feature"
_MARK = "_workshop_quick_check"
EXTENSIONS = tuple(EXTENSION_SUFFIXES)


def uses_pyside(module: ModuleType, original: Callable[[ModuleType], bool]) -> bool:
    """PySide6's answer, read from the module's source file's bytes when it has one.

    The same answer as `original`: "PySide6" is ASCII, so it is in the decoded source exactly
    when its bytes are in the file's bytes (UTF-8 and every ASCII-compatible coding). Built-in
    and compiled extension modules have no source: `inspect.getsource` raises and `original`
    answers False. Any other module without a readable .py file (zipped, namespace, bytecode
    only) asks `original`.
    """
    path = getattr(module, "__file__", None)
    if path is None and module.__name__ in sys.builtin_module_names:
        return False
    if isinstance(path, str) and path.endswith(EXTENSIONS):
        return False
    if isinstance(path, str) and path.endswith(".py"):
        try:
            with open(path, "rb") as file:
                return b"PySide6" in file.read()
        except OSError:
            pass
    # PySide6's own check reads through linecache, which would keep every line for good
    # (~100,000 lines, ~8.7 MiB of the idle app): forget what it read.
    cached = set(linecache.cache)
    try:
        return original(module)
    finally:
        for name in set(linecache.cache) - cached:
            linecache.cache.pop(name, None)


def install() -> bool:
    """Replace PySide6's check by `uses_pyside`, once; False (and nothing done) when PySide6
    is not imported yet or its version has no such check."""
    feature = sys.modules.get(FEATURE)
    original = getattr(feature, "_mod_uses_pyside", None)
    if feature is None or not callable(original) or getattr(original, _MARK, False):
        return False

    def quick(module: ModuleType) -> bool:
        return uses_pyside(module, original)

    setattr(quick, _MARK, True)
    quick.original = original  # type: ignore[attr-defined]
    feature._mod_uses_pyside = quick  # type: ignore[attr-defined]
    # What PySide6's check read before now (its own modules, enum, types) is not needed.
    linecache.clearcache()
    return True


install()

"""The layers stay honest: core knows no Qt, SQLite or reportlab; only ui imports Qt."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

PACKAGE = Path(__file__).parents[1] / "workshop"
FORBIDDEN = {
    "core": {
        "PySide6",
        "sqlite3",
        "sqlite_utils",
        "reportlab",
        "qrcode",
        "workshop.store",
        "workshop.export",
        "workshop.ui",
    },
    "store": {"PySide6", "reportlab", "workshop.export", "workshop.ui"},
    "export": {"PySide6", "sqlite3", "sqlite_utils", "workshop.store", "workshop.ui"},
    # The share serves what core and export make; it never touches the library or Qt.
    "share": {"PySide6", "sqlite3", "sqlite_utils", "workshop.store", "workshop.ui"},
}


def imported_modules(file: Path) -> set[str]:
    names = set()
    for node in ast.walk(ast.parse(file.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            names |= {alias.name for alias in node.names}
        elif isinstance(node, ast.ImportFrom) and node.module:
            names.add(node.module)
    return names


@pytest.mark.parametrize("layer", sorted(FORBIDDEN))
def test_a_layer_imports_nothing_above_it(layer):
    files = list((PACKAGE / layer).rglob("*.py"))
    assert files
    for file in files:
        for name in imported_modules(file):
            bad = [f for f in FORBIDDEN[layer] if name == f or name.startswith(f + ".")]
            assert not bad, f"{file.relative_to(PACKAGE)} imports {name}"


def test_only_ui_and_app_import_qt():
    for file in PACKAGE.rglob("*.py"):
        if file.relative_to(PACKAGE).parts[0] in ("ui",):
            continue
        top_level = {n for n in imported_modules(file) if n.startswith("PySide6")}
        if file.name == "app.py":
            continue  # app.py imports Qt lazily, inside run_app, to build the windows
        assert not top_level, f"{file.relative_to(PACKAGE)} imports Qt"

"""Opens the installed app offscreen through run_app, prints its menus, and quits: a smoke test.

Run with the Python of the install under test (a wheel's venv), not the checkout's:
    QT_QPA_PLATFORM=offscreen VENV/bin/python smoke_gui.py LIBRARY LANGUAGE
It exits non-zero unless the control window was built with its menus in LANGUAGE.
"""

from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMainWindow

from workshop.app import run_app

# A menu title in each language: the window was built and the translation loaded.
EXPECTED = {"en": "&Session", "nl": "&Sessie"}


def main(library: Path, language: str) -> int:
    """Run the app for a moment; 0 when its window showed the menus in `language`."""
    app = QApplication(sys.argv[:1])
    found: list[str] = []

    def look() -> None:
        windows = [w for w in app.topLevelWidgets() if isinstance(w, QMainWindow)]
        for window in windows:
            found.extend(a.text() for a in window.menuBar().actions())
        print("windows:", [w.windowTitle() for w in windows], "menus:", found)
        app.quit()

    QTimer.singleShot(300, look)
    code = run_app(library, None, language)
    if code != 0 or EXPECTED[language] not in found:
        print(f"smoke: expected the menu {EXPECTED[language]!r}", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main(Path(sys.argv[1]), sys.argv[2]))

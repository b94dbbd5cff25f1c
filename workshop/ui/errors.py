"""The last guard in the GUI: an unexpected error becomes a calm message and a log file."""

from __future__ import annotations

import sys
import traceback
from datetime import UTC, datetime
from pathlib import Path
from types import TracebackType

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QApplication

from workshop import paths


def log_file() -> Path:
    """Where unexpected errors are written for whoever helps the user."""
    return paths.user_log_dir() / "errors.log"


def write_log(kind: type[BaseException], error: BaseException, tb: TracebackType | None) -> Path:
    """Append the traceback to the error log; return its path."""
    path = log_file()
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        with path.open("a", encoding="utf-8") as log:
            log.write(f"--- {datetime.now(UTC).isoformat(timespec='seconds')}\n")
            log.write("".join(traceback.format_exception(kind, error, tb)))
    except OSError:
        pass
    return path


def show_unexpected(
    kind: type[BaseException], error: BaseException, tb: TracebackType | None
) -> None:
    """sys.excepthook for the GUI: log the details, tell the user in plain words, carry on."""
    if issubclass(kind, KeyboardInterrupt):
        sys.__excepthook__(kind, error, tb)
        return
    path = write_log(kind, error, tb)
    message = QCoreApplication.translate(
        "Errors",
        "Something unexpected went wrong: {0}\n\nEverything you confirmed is saved. "
        "The details are in {1}.",
    ).format(error, path)
    print(f"error: {error} (details in {path})", file=sys.stderr)
    if QApplication.instance() is not None:
        from PySide6.QtWidgets import QMessageBox  # on use: its enums are made on import

        QMessageBox.warning(None, QCoreApplication.translate("Errors", "Workshop"), message)


def install() -> None:
    """Route every uncaught exception in the GUI through show_unexpected."""
    sys.excepthook = show_unexpected

"""The benches' one table, printed once at the end of `make bench`."""

from __future__ import annotations

from typing import Any

from tests.bench.table import ROWS, render


def pytest_terminal_summary(terminalreporter: Any) -> None:
    if ROWS:
        terminalreporter.write_sep("=", "speed table")
        terminalreporter.write_line(render())

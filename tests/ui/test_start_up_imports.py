"""Start-up loads only what the first window needs: exports and the room share load on use,
a session's panels when a session opens, the deck file checker when a file is read."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).parents[2]
# Loaded only when a PDF is written, a QR code drawn or the room share started.
LATER = ("reportlab", "qrcode", "waitress", "workshop.export.summary", "workshop.share.server")
# Loaded only when a session opens, a share is started or a deck file is checked.
ON_USE = (
    "workshop.ui.control.session_view",
    "workshop.ui.control.cards_panel",
    "workshop.ui.control.board_panel",
    "workshop.ui.control.agenda_panel",
    "workshop.ui.control.share_dialog",
    "jsonschema",
    # Loaded with the library's first write or schema change (store/database.py): opening a
    # library at the current schema and reading its lists uses the plain connection.
    "sqlite_utils",
    "click",
    "pluggy",
    "dateutil",
    # Made when a session first opens (or F5, a dialog, a share): the projector and its
    # painting, the phones' desk and forms, the export dialogs and job, the summary's
    # outline, the session dialogs, the welcome's demo.
    "workshop.ui.projector.window",
    "workshop.ui.widgets.audience_widget",
    "workshop.ui.control.phone_actions",
    "workshop.share.forms",
    "workshop.core.phones",
    "workshop.core.outline",
    "workshop.ui.control.export_dialog",
    "workshop.ui.export_job",
    "workshop.ui.controller",
    "workshop.ui.control.details_dialog",
    "workshop.ui.control.highlight_dialog",
    "workshop.ui.control.settings_dialog",
    "workshop.ui.control.pick_cards",
    "workshop.core.demo",
    # A session's model and its rows: the home window lists sessions and decks without them.
    "workshop.core.session",
    "workshop.core.commands",
    "workshop.core.archive",
    "workshop.core.agenda",
    "workshop.core.board",
    "workshop.core.deckformat",
    "workshop.store.session_rows",
    "workshop.store.board_rows",
    # OpenSSL's hashes (the lock's name is a SHA-256 from CPython's own module), the
    # platform's folders when the library is named, importlib.resources.
    "hashlib",
    "platformdirs",
    "importlib.resources",
)


# What a fresh interpreter prints of itself after the statement: the modules it holds.
MODULES = "print('\\n'.join(sys.modules))"


def modules_after(
    statement: str, env: dict[str, str] | None = None, report: str = MODULES
) -> set[str]:
    """The modules a fresh interpreter holds after running `statement` (or what `report`
    prints, one word per item)."""
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "PYTHONPATH": str(ROOT), **(env or {})}
    code = f"import sys\n{statement}\n{report}"
    done = subprocess.run(
        [sys.executable, "-c", code], env=env, cwd=ROOT, capture_output=True, text=True, check=True,
        timeout=120,
    )  # fmt: skip
    return set(done.stdout.split())


def test_the_control_window_loads_no_export_qr_or_server_code():
    loaded = modules_after("import workshop.app, workshop.ui.control.window")
    assert "workshop.ui.control.window" in loaded  # the probe itself worked
    assert not {m for m in LATER if m in loaded}


def test_writing_a_summary_loads_them_when_used():
    # The other side: the same probe sees reportlab once the summary module is used.
    loaded = modules_after("import workshop.ui.control.window, workshop.export.summary")
    assert "reportlab" in loaded


# The app run to its first idle turn on the home page, as the start-up bench runs it.
IDLE = """
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication
from workshop.app import run_app
app = QApplication(sys.argv[:1])
ticks = QTimer()
ticks.timeout.connect(app.quit)
ticks.start(0)
run_app(LIBRARY, SESSION)
"""


def idle_app_modules(tmp_path: Path, session: str | None, report: str = MODULES) -> set[str]:
    config = tmp_path / "config"
    (config / "Workshop").mkdir(parents=True, exist_ok=True)
    (config / "Workshop" / "Workshop.conf").write_text("[welcome]\nshown=true\n")
    library = tmp_path / "lib.sqlite"
    # Made before, as by the bench's warming run: a first start makes the schema, which
    # loads sqlite-utils; a start on an existing library does not.
    from workshop.store.library import open_library

    lib = open_library(library)
    if session is not None:
        from workshop.core.session import start_session

        deck = lib.decks.get(lib.decks.first_id())
        lib.sessions.create(start_session(deck, session, "2026-11-30"))
    lib.close()
    code = IDLE.replace("LIBRARY", repr(str(library))).replace("SESSION", repr(session))
    return modules_after(code, {"XDG_CONFIG_HOME": str(config)}, report)


def test_the_home_page_at_idle_has_loaded_nothing_it_does_not_show(tmp_path: Path):
    loaded = idle_app_modules(tmp_path, None)
    assert "workshop.ui.control.home_panel" in loaded  # the app did start
    assert not {m for m in (*LATER, *ON_USE) if m in loaded}


@pytest.mark.skipif(sys.platform == "win32", reason="Windows' lock uses QtNetwork's named pipes")
def test_the_home_page_at_idle_has_not_loaded_qtnetwork(tmp_path: Path):
    # The single-instance lock is a Unix socket and QSocketNotifier (QtCore): QtNetwork, its
    # module and enums, loads only when the room share's dialog lists the network's addresses.
    loaded = idle_app_modules(tmp_path, None)
    assert "workshop.ui.single_instance" in loaded  # the lock was taken
    assert "PySide6.QtNetwork" not in loaded


def test_opening_a_session_loads_the_panel_in_view_only(tmp_path: Path):
    loaded = idle_app_modules(tmp_path, "Session at start")
    # A new session opens on its cards; the other tabs load their panels when first shown.
    assert {
        "workshop.ui.control.session_view",
        "workshop.ui.control.cards_panel",
        "workshop.ui.projector.window",
        "workshop.ui.control.phone_actions",
    } <= loaded
    later = ("board_panel", "agenda_panel", "groups_panel", "exercises_panel")
    assert not {m for m in later if f"workshop.ui.control.{m}" in loaded}
    # Opening reads and marks the session on the plain connection: sqlite-utils (with click,
    # pluggy, dateutil) loads with the first edit; the phones' forms when phones may send.
    assert not {m for m in ("sqlite_utils", "click", "workshop.share.forms") if m in loaded}


def test_the_lock_is_named_by_the_same_sha256_as_hashlibs(tmp_path: Path):
    import hashlib
    import os

    from workshop.ui.single_instance import server_name

    library = tmp_path / "lib.sqlite"
    digest = hashlib.sha256(os.path.realpath(library).encode("utf-8")).hexdigest()
    assert server_name(library) == f"workshop-{digest[:24]}"

"""Start-up loads only what the first window needs: exports and the room share load on use."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).parents[2]
# Loaded only when a PDF is written, a QR code drawn or the room share started.
LATER = ("reportlab", "qrcode", "waitress", "workshop.export.summary", "workshop.share.server")


def modules_after(statement: str) -> set[str]:
    """The modules a fresh interpreter holds after running `statement`."""
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "PYTHONPATH": str(ROOT)}
    code = f"import sys\n{statement}\nprint('\\n'.join(sys.modules))"
    done = subprocess.run(
        [sys.executable, "-c", code], env=env, cwd=ROOT, capture_output=True, text=True, check=True
    )
    return set(done.stdout.split())


def test_the_control_window_loads_no_export_qr_or_server_code():
    loaded = modules_after("import workshop.app, workshop.ui.control.window")
    assert "workshop.ui.control.window" in loaded  # the probe itself worked
    assert not {m for m in LATER if m in loaded}


def test_writing_a_summary_loads_them_when_used():
    # The other side: the same probe sees reportlab once the summary module is used.
    loaded = modules_after("import workshop.ui.control.window, workshop.export.summary")
    assert "reportlab" in loaded

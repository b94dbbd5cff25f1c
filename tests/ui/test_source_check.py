"""PySide's after-import check answers as before without keeping every module's source."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).parents[2]
# PySide first, as a script or a test run loads it; then the app, as the benches load it.
PROBE = """
import json, linecache, sys
import PySide6.QtWidgets
from workshop.app import run_app
from workshop.ui.control.window import ControlWindow
import shibokensupport.feature as feature
kept = sorted(name for name in linecache.cache if "workshop" in name or "sqlite_utils" in name)
check = feature._mod_uses_pyside
original = check.original  # PySide's own check, replaced
differ = [
    name for name, module in list(sys.modules.items())
    if module is not None and check(module) != original(module)
]
print(json.dumps({
    "kept": kept, "differ": differ, "flags": feature.pyside_feature_dict,
    "quick": getattr(check, "_workshop_quick_check", False),
}))
"""


def test_imports_after_pyside_keep_no_source_and_are_flagged_as_pyside_flags_them():
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "PYTHONPATH": str(ROOT)}
    done = subprocess.run(
        [sys.executable, "-c", PROBE], env=env, cwd=ROOT, capture_output=True, text=True,
        check=True, timeout=120,
    )  # fmt: skip
    found = json.loads(done.stdout.splitlines()[-1])
    assert found["quick"]
    # Nothing of the app or the store was kept in memory as source lines.
    assert found["kept"] == []
    # Every loaded module gets the same answer as from PySide's own check ...
    assert found["differ"] == []
    # ... so a module that uses Qt is PySide's (0), a plain one ignored (-1), as before.
    assert found["flags"]["workshop.ui.control.window"] == 0
    assert found["flags"]["workshop.store.library"] == -1

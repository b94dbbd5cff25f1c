"""The PyInstaller bundle: the spec keeps what the app needs; built and run in the slow lane."""

from __future__ import annotations

import ast
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).parents[1]
SPEC = ROOT / "packaging" / "workshop.spec"


def _unused() -> re.Pattern[str]:
    """The spec's UNUSED patterns, read from its text as PyInstaller would run them."""
    for node in ast.parse(SPEC.read_text(encoding="utf-8")).body:
        if isinstance(node, ast.Assign) and getattr(node.targets[0], "id", "") == "UNUSED":
            return re.compile("|".join(ast.literal_eval(node.value)))
    raise AssertionError("no UNUSED in the spec")


@pytest.mark.parametrize(
    "kept",
    [
        "workshop/resources/translations/workshop_nl.qm",
        "workshop/resources/fonts/Symbola.ttf",
        "PySide6/Qt/translations/qtbase_nl.qm",
        "PySide6/Qt/lib/libQt6DBus.so.6",  # QtGui links it on Linux
        "PySide6/Qt/lib/libQt6Network.so.6",
        "PySide6/Qt/plugins/platforms/libqxcb.so",
        "PySide6/Qt/plugins/platforms/libqwayland.so",
        "PySide6/Qt/plugins/platforms/libqoffscreen.so",
        "PySide6/Qt/plugins/imageformats/libqico.so",
        "pillow.libs/libjpeg-6dc8d115.so.62.4.0",  # Pillow's core links it
    ],
)
def test_the_spec_keeps_what_the_app_needs(kept):
    assert not _unused().search(kept)


@pytest.mark.parametrize(
    "dropped",
    [
        "PySide6/Qt/plugins/platformthemes/libqgtk3.so",
        "PySide6/Qt/translations/qtbase_de.qm",
        "PySide6/Qt/plugins/imageformats/libqpdf.so",
        "PySide6/Qt/lib/libQt6Quick.so.6",
        "pillow.libs/libavif-c6062d5f.so.16.4.2",
    ],
)
def test_the_spec_drops_what_it_never_uses(dropped):
    assert _unused().search(dropped)


@pytest.mark.slow
def test_the_bundle_builds_and_passes_the_smoke_test(tmp_path):
    pyinstaller = shutil.which("pyinstaller", path=str(Path(sys.executable).parent))
    assert pyinstaller, "PyInstaller is needed: pip install -e '.[bundle]'"
    subprocess.run(
        [pyinstaller, "--noconfirm", "--log-level", "WARN", "--distpath", str(tmp_path / "dist"),
         "--workpath", str(tmp_path / "build"), str(SPEC)],
        cwd=tmp_path, check=True, capture_output=True,
    )  # fmt: skip
    bundle = tmp_path / "dist" / "workshop"
    result = subprocess.run(
        [str(ROOT / "packaging" / "test-bundle.sh"), str(bundle)], capture_output=True, text=True
    )
    assert result.returncode == 0, result.stdout + result.stderr
    assert "test-bundle: all passed" in result.stdout
    assert "menus: ['&Sessie'" in result.stdout
    # As du counts it: PyInstaller links some libraries under a second name.
    size = sum(f.stat().st_size for f in bundle.rglob("*") if f.is_file() and not f.is_symlink())
    assert size < 160 * 1024 * 1024, f"the bundle grew to {size // 2**20} MB"

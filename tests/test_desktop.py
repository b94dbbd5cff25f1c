"""Desktop integration on Linux: the entry, the file type, the metainfo and the icon agree."""

from __future__ import annotations

import configparser
import os
import shutil
import subprocess
import sys
from pathlib import Path
from xml.etree import ElementTree

from workshop import paths

ROOT = Path(__file__).parents[1]
LINUX = ROOT / "packaging" / "linux"
ID = paths.DESKTOP_ID
DESKTOP = LINUX / f"{ID}.desktop"
METAINFO = LINUX / f"{ID}.metainfo.xml"
MIME = LINUX / f"{ID}.mime.xml"


def _tool(name: str) -> str:
    found = shutil.which(name)
    assert found, f"{name} is needed (make test installs it: scripts/system-deps.sh test)"
    return found


def test_the_desktop_entry_is_valid():
    result = subprocess.run(
        [_tool("desktop-file-validate"), str(DESKTOP)], capture_output=True, text=True
    )
    assert result.returncode == 0, result.stdout + result.stderr
    assert "error" not in result.stdout


def test_the_metainfo_is_valid():
    result = subprocess.run(
        [_tool("appstreamcli"), "validate", "--no-net", str(METAINFO)],
        capture_output=True,
        text=True,
    )
    assert result.returncode == 0, result.stdout + result.stderr


def test_the_entry_opens_deck_files_with_the_app_and_its_icon():
    entry = configparser.ConfigParser(interpolation=None)
    entry.optionxform = str
    entry.read(DESKTOP, encoding="utf-8")
    desktop = entry["Desktop Entry"]
    assert desktop["Exec"] == "workshop %f"
    assert desktop["Icon"] == ID
    assert desktop["StartupWMClass"] == "workshop"
    mime = ElementTree.parse(MIME).getroot()
    ns = {"m": "http://www.freedesktop.org/standards/shared-mime-info"}
    deck_type = mime.find("m:mime-type", ns)
    assert desktop["MimeType"] == deck_type.get("type") + ";"
    assert deck_type.find("m:glob", ns).get("pattern") == "*.wsdeck"
    meta = ElementTree.parse(METAINFO).getroot()
    assert meta.findtext("id") == ID
    assert meta.findtext("launchable") == f"{ID}.desktop"
    assert meta.find("provides").findtext("mediatype") == deck_type.get("type")


def test_the_icon_is_shipped_at_every_size_and_used_for_the_windows(qapp):
    from workshop.ui.widgets.theme import app_icon

    icons = paths.resources_dir() / "icons"
    assert (icons / "workshop.svg").read_text(encoding="utf-8").startswith("<?xml")
    icon = app_icon()
    assert not icon.isNull()
    sizes = sorted(s.width() for s in icon.availableSizes())
    assert sizes == [16, 24, 32, 48, 64, 128, 256, 512]


def test_a_deck_file_on_the_command_line_opens_the_app_on_it(monkeypatch, tmp_path):
    from workshop import app, cli

    opened: list[tuple] = []
    monkeypatch.setattr(app, "run_app", lambda *args: opened.append(args) or 0)
    deck = tmp_path / "mine.wsdeck"
    assert cli.main(["--language", "nl", str(deck)]) == 0
    assert opened == [(None, None, "nl", deck)]
    # A subcommand's file stays the subcommand's.
    assert cli._deck_file_to_open(["deck", "import", str(deck)]) == (
        ["deck", "import", str(deck)],
        None,
    )
    assert cli._deck_file_to_open(["--library", "x.json"]) == (["--library", "x.json"], None)


def test_installed_the_desktop_knows_a_wsdeck_as_a_workshop_deck(tmp_path):
    _tool("update-mime-database")
    subprocess.run([str(LINUX / "install-desktop.sh"), str(tmp_path)], check=True,
                   capture_output=True)  # fmt: skip
    share = tmp_path / "share"
    assert (share / "applications" / f"{ID}.desktop").is_file()
    assert (share / "icons" / "hicolor" / "48x48" / "apps" / f"{ID}.png").is_file()
    # Qt asks the freedesktop MIME database, as a file manager does; in a fresh process.
    probe = (
        "from PySide6.QtCore import QMimeDatabase; import sys; "
        "print(QMimeDatabase().mimeTypeForFile(sys.argv[1]).name())"
    )
    sample = paths.resources_dir() / "samples" / "sample-deck.wsdeck"
    env = {**os.environ, "XDG_DATA_HOME": str(share), "XDG_DATA_DIRS": f"{share}:/usr/share"}
    found = subprocess.run([sys.executable, "-c", probe, str(sample)], env=env,
                           capture_output=True, text=True, check=True)  # fmt: skip
    assert found.stdout.strip() == "application/x-workshop-deck"

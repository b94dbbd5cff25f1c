"""The organisation's logo and accent: checked, copied beside the library, shown on the wall."""

from __future__ import annotations

import struct
import zlib
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, QSize
from PySide6.QtGui import QColor, QImage

from workshop.core.audience import AudienceView, ViewMode
from workshop.core.errors import WorkshopError
from workshop.ui.branding import (
    ACCENT_KEY,
    KEPT_HEIGHT,
    LOGO_KEY,
    MAX_LOGO_BYTES,
    branded,
    import_logo,
    usable_accent,
)
from workshop.ui.widgets.audience_widget import AudienceWidget
from workshop.ui.widgets.theme import DARK, LIGHT, load_fonts


@pytest.fixture(autouse=True)
def clean_branding():
    yield
    for key in (LOGO_KEY, ACCENT_KEY, "projector/theme", "projector/calm"):
        QSettings().remove(key)


def _png(path: Path, width: int, height: int, colour: str = "#d00000") -> Path:
    image = QImage(width, height, QImage.Format_ARGB32)
    image.fill(QColor(colour))
    assert image.save(str(path), "PNG")
    return path


def _bytes(path: Path, data: bytes) -> Path:
    path.write_bytes(data)
    return path


def _claimed_png(path: Path, width: int, height: int) -> Path:
    """A PNG whose header claims a huge picture: a decompression bomb's first bytes."""

    def chunk(kind: bytes, data: bytes) -> bytes:
        body = kind + data
        return struct.pack(">I", len(data)) + body + struct.pack(">I", zlib.crc32(body))

    header = struct.pack(">IIBBBBB", width, height, 8, 6, 0, 0, 0)
    data = chunk(b"IHDR", header) + chunk(b"IDAT", zlib.compress(b"\0" * 64)) + chunk(b"IEND", b"")
    path.write_bytes(b"\x89PNG\r\n\x1a\n" + data)
    return path


def test_a_logo_is_copied_beside_the_library_and_kept_small(qapp, tmp_path):
    library = tmp_path / "lib" / "library.sqlite"
    kept = import_logo(_png(tmp_path / "big.png", 2400, 1200), library)
    assert kept.parent == library.parent / "branding" and kept.name == "logo.png"
    image = QImage(str(kept))
    assert image.height() == KEPT_HEIGHT and image.width() == 2 * KEPT_HEIGHT
    assert not list(kept.parent.glob("*.part")), "written under a temporary name, renamed"


@pytest.mark.parametrize(
    ("make", "words"),
    [
        (lambda p: _bytes(p, b"not an image at all" * 10), "not an image"),
        (lambda p: _claimed_png(p, 100_000, 100_000), "100000 × 100000 pixels"),
        (lambda p: _bytes(p, b"\0" * (MAX_LOGO_BYTES + 1)), "at most 5 MB"),
        (lambda p: p.with_name("missing.png"), "cannot be read"),
    ],
    ids=["garbage", "bomb", "huge-file", "missing"],
)
def test_a_bad_logo_is_refused_in_words_and_nothing_is_written(qapp, tmp_path, make, words):
    library = tmp_path / "library.sqlite"
    source = make(tmp_path / "logo.png")
    with pytest.raises(WorkshopError) as refused:
        import_logo(source, library)
    assert words in str(refused.value)
    assert not (tmp_path / "branding" / "logo.png").exists()


def test_a_pale_accent_is_not_used_for_words_on_a_light_wall():
    assert usable_accent("#1f4e9c", LIGHT) and usable_accent("#f0b429", DARK)
    assert not usable_accent("#ffe14d", LIGHT), "pale yellow on white is unreadable"
    assert not usable_accent("not a colour", DARK)


def test_the_logo_and_accent_reach_the_title_slide_and_a_corner(qapp, tmp_path):
    load_fonts()
    kept = import_logo(_png(tmp_path / "logo.png", 300, 100), tmp_path / "library.sqlite")
    QSettings().setValue(LOGO_KEY, str(kept))
    QSettings().setValue(ACCENT_KEY, "#1f4e9c")
    assert branded(LIGHT).accent == QColor("#1f4e9c")
    QSettings().setValue(ACCENT_KEY, "#ffe14d")
    assert branded(LIGHT).accent == LIGHT.accent, "a pale accent keeps the theme's own"
    widget = AudienceWidget(theme=branded(LIGHT))
    widget.resize(QSize(960, 540))
    widget.set_logical_size(QSize(1920, 1080))
    widget.set_view(AudienceView(mode=ViewMode.TITLE, title="Forum day", facts=("Utrecht",)))
    title = widget.grab().toImage()
    # The logo's red sits in the band above the title, centred.
    assert title.pixelColor(480, 55).red() > 180 and title.pixelColor(480, 55).green() < 60
    widget.set_view(AudienceView(mode=ViewMode.CARD, title="A card", text="Words."))
    card = widget.grab().toImage()
    corner = [card.pixelColor(x, 12) for x in range(900, 958)]
    assert any(c.red() > 180 and c.green() < 60 for c in corner), "the logo in the corner"
    assert title.pixelColor(480, 55) != card.pixelColor(480, 55)


def test_without_branding_the_theme_is_the_very_same():
    assert branded(DARK) is DARK


def test_settings_say_why_a_logo_is_refused_and_keep_a_good_one(qtbot, window, tmp_path):
    from workshop.ui.control.settings_dialog import SettingsDialog

    dialog = SettingsDialog(window)
    qtbot.addWidget(dialog)
    assert not dialog.import_logo(_bytes(tmp_path / "bad.png", b"garbage" * 20))
    assert "not an image" in dialog.branding_note.text() and dialog.logo_path == ""
    assert dialog.import_logo(_png(tmp_path / "good.png", 200, 100))
    dialog.accent.setText("#ffe14d")
    dialog.theme.setCurrentIndex(dialog.theme.findData(LIGHT.name))
    assert "not readable" in dialog.branding_note.text()
    dialog.keep()
    assert Path(str(QSettings().value(LOGO_KEY))).parent == window.library.path.parent / "branding"
    window.set_projector_theme(LIGHT.name)
    assert window.projector.audience.theme.logo is not None
    assert window.projector.audience.theme.accent == LIGHT.accent


def test_a_session_opened_under_the_light_theme_has_light_mirrors(qtbot, window):
    window.set_projector_theme(LIGHT.name)
    session_id = window.controller.session.id
    window.close_session()
    window.open_session(session_id)
    assert window.session_view.strip.mirror.theme.name == LIGHT.name
    assert window.session_view.cards_panel.live.theme.name == LIGHT.name

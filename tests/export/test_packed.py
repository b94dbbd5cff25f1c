"""PackedCanvas writes the very bytes reportlab's Canvas writes, holding no raw page text."""

from __future__ import annotations

from pathlib import Path

import pytest
from reportlab import rl_config
from reportlab.lib.pagesizes import A4
from reportlab.pdfgen.canvas import Canvas

import workshop.export.summary as summary_module
from workshop.core.session import Session
from workshop.export.fonts import REGULAR, register_fonts
from workshop.export.packed import PackedCanvas
from workshop.export.summary import write_summary


@pytest.fixture
def invariant(monkeypatch: pytest.MonkeyPatch) -> None:
    # No creation date nor random file id, so two writes of one document compare byte for byte.
    monkeypatch.setattr(rl_config, "invariant", 1)


def draw(make: type[Canvas], target: Path, compression: int) -> list[object]:
    """Three pages of text, colour and a link; the page objects as they stand after each page."""
    register_fonts()
    canvas = make(str(target), pagesize=A4, pageCompression=compression)
    for n in range(3):
        canvas.setFont(REGULAR, 10)
        canvas.setFillColorRGB(0.2, 0.4, 0.6)
        for line in range(40):
            canvas.drawString(60, 780 - 18 * line, f"Page {n + 1}, line {line}: (brackets) \\ é")
        canvas.rect(50, 50, 100, 20, fill=1)
        canvas.linkURL(f"https://example.org/{n}", (50, 50, 150, 70))
        canvas.showPage()
    pages = list(canvas._doc.Pages.pages)
    canvas.save()
    return pages


@pytest.mark.parametrize("compression", [1, 0])
def test_the_same_bytes_as_reportlabs_canvas(tmp_path: Path, invariant: None, compression: int):
    plain, packed = tmp_path / "plain.pdf", tmp_path / "packed.pdf"
    draw(Canvas, plain, compression)
    pages = draw(PackedCanvas, packed, compression)
    assert packed.read_bytes() == plain.read_bytes()
    # Compressed pages were encoded when they ended; uncompressed ones are left to reportlab.
    assert all((page.stream is None) == bool(compression) for page in pages)


def test_a_summary_is_byte_for_byte_the_one_a_plain_canvas_writes(
    tmp_path: Path, invariant: None, three_card_session: Session, monkeypatch: pytest.MonkeyPatch
):
    packed = write_summary(three_card_session, tmp_path / "packed.pdf").path
    monkeypatch.setattr(summary_module, "PackedCanvas", Canvas)
    plain = write_summary(three_card_session, tmp_path / "plain.pdf").path
    assert packed.read_bytes() == plain.read_bytes()

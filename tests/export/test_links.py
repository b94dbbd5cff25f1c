"""link_uri writes the very bytes canvas.linkURL writes (this fails if reportlab changes
linkURL's output or the private `_absRect`/`_addAnnotation` it relies on)."""

from __future__ import annotations

from pathlib import Path

import pytest
from reportlab import rl_config
from reportlab.lib.pagesizes import A4
from reportlab.pdfgen.canvas import Canvas

from tests.export.pdfs import pdf_links
from workshop.export.links import link_uri

URLS = [
    "https://example.org/event/notes/1",
    "https://example.org/a(b)c\\d?q=1&r=2",  # brackets and a backslash are escaped
    "https://example.org/café/日本",  # not in PDFDocEncoding: written as UTF-16
]


@pytest.fixture
def invariant(monkeypatch: pytest.MonkeyPatch) -> None:
    # No creation date nor random file id, so two writes of one document compare byte for byte.
    monkeypatch.setattr(rl_config, "invariant", 1)


def draw(target: Path, ours: bool, encrypt: str | None = None) -> None:
    """Links on two pages, at moved, scaled and turned origins, as the summary places them."""
    canvas = Canvas(str(target), pagesize=A4, encrypt=encrypt)
    for page in range(2):
        canvas.saveState()
        canvas.translate(72.5, 640.25 - page * 100)
        if page:
            canvas.scale(1.5, 0.75)
            canvas.rotate(90)
        for n, url in enumerate(URLS):
            box = (0, n * 12.1 - 1.25, 100.3333 + n, n * 12.1 + 9.75)
            if ours:
                link_uri(canvas, url, box)
            else:
                canvas.linkURL(url, box, relative=1, kind="URI")
        canvas.restoreState()
        canvas.showPage()
    canvas.save()


@pytest.mark.parametrize("multiline", [0, 1])
def test_the_same_bytes_as_link_url(
    tmp_path: Path, invariant: None, monkeypatch: pytest.MonkeyPatch, multiline: int
):
    monkeypatch.setattr(rl_config, "pdfMultiLine", multiline)
    theirs, ours = tmp_path / "theirs.pdf", tmp_path / "ours.pdf"
    draw(theirs, ours=False)
    draw(ours, ours=True)
    assert ours.read_bytes() == theirs.read_bytes()
    assert pdf_links(ours) == set(URLS)


def test_the_same_bytes_in_an_encrypted_document(tmp_path: Path, invariant: None):
    theirs, ours = tmp_path / "theirs.pdf", tmp_path / "ours.pdf"
    draw(theirs, ours=False, encrypt="secret")
    draw(ours, ours=True, encrypt="secret")
    assert ours.read_bytes() == theirs.read_bytes()

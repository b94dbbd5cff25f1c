"""The summary PDF: its text read back, its QR code decoded, its file written atomically."""

from __future__ import annotations

import shutil
import subprocess
from dataclasses import replace
from pathlib import Path

import pytest
import zxingcpp
from PIL import Image
from pypdf import PdfReader

from tests.conftest import FOLLOW_UP, UNICODE_PROBE
from workshop.core.commands import RecordGroupChoice
from workshop.core.session import Session
from workshop.export.files import ExportFailed, safe_file_name
from workshop.export.summary import write_summary


@pytest.fixture
def played(three_card_session: Session) -> Session:
    session = three_card_session
    session.details = replace(session.details, title=UNICODE_PROBE)
    reasons = ["Nobody owns it otherwise", "Small and soon beats big", UNICODE_PROBE]
    for round_index in range(3):
        for group, reason in enumerate(reasons, start=1):
            RecordGroupChoice(round_index, group, "AB"[group % 2], f"{reason} {round_index}").apply(
                session
            )
    return session


def pdf_text(path: Path) -> str:
    return "\n".join(page.extract_text() for page in PdfReader(path).pages)


def decode_qr_codes(pdf: Path, tmp_path: Path) -> list[str]:
    assert shutil.which("pdftoppm"), "poppler-utils is needed (make test installs it)"
    subprocess.run(
        ["pdftoppm", "-r", "200", "-png", "-f", "1", "-l", "1", str(pdf), str(tmp_path / "page")],
        check=True,
    )
    image = Image.open(next(tmp_path.glob("page*.png")))
    return [result.text for result in zxingcpp.read_barcodes(image)]


def test_the_summary_holds_titles_choices_reasons_and_any_language(played, tmp_path):
    target = tmp_path / "summary.pdf"
    write_summary(played, target)
    words = " ".join(pdf_text(target).split())
    for card in played.rounds:
        assert card.title in words
        assert card.options[0] in words
    assert "Nobody owns it otherwise 2" in words
    assert f"{UNICODE_PROBE} 1" in words
    assert UNICODE_PROBE in words
    assert FOLLOW_UP in words
    metadata = PdfReader(target).metadata
    assert metadata.title == UNICODE_PROBE


def test_the_qr_code_decodes_to_the_follow_up_link(played, tmp_path):
    target = tmp_path / "summary.pdf"
    write_summary(played, target)
    assert FOLLOW_UP in decode_qr_codes(target, tmp_path)


def test_a_summary_without_a_follow_up_link_has_no_qr_code(played, tmp_path):
    played.details = replace(played.details, follow_up_url="")
    target = tmp_path / "summary.pdf"
    write_summary(played, target)
    assert decode_qr_codes(target, tmp_path) == []


def test_the_font_is_embedded(played, tmp_path):
    target = tmp_path / "summary.pdf"
    write_summary(played, target)
    fonts = set()
    for page in PdfReader(target).pages:
        for font in page["/Resources"]["/Font"].values():
            fonts.add(str(font.get_object()["/BaseFont"]))
    assert fonts and all("WorkshopSans" in f or "DejaVu" in f for f in fonts)


def test_a_failed_export_leaves_no_half_file(played, tmp_path, monkeypatch):
    target = tmp_path / "summary.pdf"
    target.write_bytes(b"the earlier export")

    def broken_build(self, *args, **kwargs):
        Path(self.filename).write_bytes(b"%PDF-1.4 half")
        raise OSError(28, "No space left on device")

    monkeypatch.setattr("workshop.export.text.OutlinedDoc.build", broken_build)
    with pytest.raises(ExportFailed, match="No space left on device"):
        write_summary(played, target)
    assert target.read_bytes() == b"the earlier export"
    assert [p.name for p in tmp_path.iterdir()] == ["summary.pdf"]


def test_file_names_from_titles_are_safe():
    assert safe_file_name("Q&A: day 1/2 <final>") == "Q&A day 1 2 final"
    assert safe_file_name(" ... ") == "session"
    assert len(safe_file_name("x" * 500)) == 80


def test_long_text_is_split_never_cut(played, tmp_path):
    from dataclasses import replace

    from workshop.export.text import MAX_PARAGRAPH, chunks

    words = [f"w{i}" for i in range(3000)]
    long_text = " ".join(words[:1500]) + "\n\n" + " ".join(words[1500:])
    assert all(len(piece) <= MAX_PARAGRAPH for piece in chunks(long_text))
    assert " ".join(chunks(long_text)).split() == words
    played.rounds[0] = replace(played.rounds[0], text=long_text)
    target = tmp_path / "summary.pdf"
    write_summary(played, target)
    extracted = pdf_text(target).split()
    assert "w0" in extracted and "w1499" in extracted and "w2999" in extracted

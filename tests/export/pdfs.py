"""Reading PDFs back: their text, their outline, and every QR code on every page."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import zxingcpp
from PIL import Image
from pypdf import PdfReader


def pdf_text(path: Path) -> str:
    return "\n".join(page.extract_text() for page in PdfReader(path).pages)


def running_text(path: Path) -> str:
    """The text of every page without its page number, so a paragraph over a page break
    reads on as it does on paper."""
    pages = []
    for page in PdfReader(path).pages:
        lines = page.extract_text().split("\n")
        pages.append("\n".join(lines[1:] if lines and lines[0].strip().isdigit() else lines))
    return "\n".join(pages)


def pdf_links(path: Path) -> set[str]:
    """Every address a link on any page of the PDF opens."""
    found: set[str] = set()
    for page in PdfReader(path).pages:
        for annotation in page.get("/Annots") or []:
            action = annotation.get_object().get("/A")
            if action is not None and "/URI" in action:
                found.add(str(action["/URI"]))
    return found


def squeezed(value: str) -> str:
    """Text without whitespace, so words wrapped over lines still compare equal."""
    return "".join(value.split())


def page_images(pdf: Path, folder: Path, dpi: int = 150) -> list[Path]:
    assert shutil.which("pdftoppm"), "poppler-utils is needed (make test installs it)"
    folder.mkdir(parents=True, exist_ok=True)
    subprocess.run(["pdftoppm", "-r", str(dpi), "-png", str(pdf), str(folder / "p")], check=True)
    return sorted(folder.glob("p*.png"))


def decode_all_qr_codes(pdf: Path, folder: Path, dpi: int = 150) -> list[str]:
    """Every QR code zxing-cpp finds on every page rendered at `dpi`."""
    found: list[str] = []
    for image in page_images(pdf, folder, dpi):
        found += [r.text for r in zxingcpp.read_barcodes(Image.open(image))]
    return found


def outline_titles(pdf: Path) -> list[str]:
    titles: list[str] = []

    def walk(items) -> None:
        for item in items:
            if isinstance(item, list):
                walk(item)
            else:
                titles.append(item.title)

    walk(PdfReader(pdf).outline)
    return titles

"""Publish a session for its follow-up address: a self-contained folder to upload as it is.

index.html is the phone page (escaped, no external assets, no script, a strict policy in its
own head), summary.pdf the summary, handout.pdf the highlights when there are any, and
README.txt says where to upload it: the session's follow-up address, where its QR codes point.
"""

from __future__ import annotations

import zipfile
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from workshop.core.errors import QT_TRANSLATE_NOOP, WorkshopError
from workshop.core.outline import Edition
from workshop.core.session import Session
from workshop.files import atomic_path
from workshop.share.page import share_page

PAGE = "index.html"
SUMMARY = "summary.pdf"
HANDOUT = "handout.pdf"
README = "README.txt"


@dataclass
class Published:
    """What a publish wrote: the folder, its files by name, the zip if one was asked for."""

    folder: Path
    files: list[str] = field(default_factory=list)
    address: str = ""
    zip_path: Path | None = None
    pages: int = 0

    @property
    def path(self) -> Path:
        """The folder, named as every export names what it wrote."""
        return self.folder


def readme_text(session: Session, files: list[str]) -> str:
    """The words beside the files: where to upload them, and what each one is."""
    address = session.details.follow_up_url
    where = (
        f"Upload this folder to {address}\n"
        "so that index.html opens at that address: the summary's follow-up QR code\n"
        "points there.\n"
        if address
        else "Upload this folder where people can open it, then set that address as the\n"
        "session's follow-up address in Workshop and publish again, so the QR codes point\n"
        "there.\n"
    )
    what = {
        PAGE: "the summary as a web page for phones (no scripts, nothing loaded from elsewhere)",
        SUMMARY: "the summary to read or print",
        HANDOUT: "the highlights, one per page, to pin up",
    }
    listed = "".join(f"  {name:<12} {what[name]}\n" for name in files if name in what)
    return f"{session.details.title}\n\n{where}\nThe files:\n{listed}"


def publish_session(
    session: Session,
    folder: Path,
    edition: Edition = Edition.ABSENTEE,
    paper: str = "a4",
    make_zip: bool = False,
    progress: Callable[[int], None] | None = None,
) -> Published:
    """Write the folder (each file to a temporary name, then renamed) and optionally its zip."""
    from workshop.export.handout import write_handout  # reportlab loads when first used
    from workshop.export.summary import write_summary

    folder = Path(folder)
    if folder.exists() and not folder.is_dir():
        raise WorkshopError(
            QT_TRANSLATE_NOOP("Messages", "{folder} is a file, not a folder: nothing was written."),
            folder=str(folder),
        )
    written = write_summary(session, folder / SUMMARY, paper, Edition(edition), progress)
    files = [PAGE, SUMMARY]
    if session.highlights:
        write_handout(session, folder / HANDOUT, paper)
        files.append(HANDOUT)
    else:
        (folder / HANDOUT).unlink(missing_ok=True)  # an earlier publish's highlights are gone
    page = share_page(session, SUMMARY, written.path.stat().st_size, edition, published=True)
    with atomic_path(folder / PAGE) as temp:
        temp.write_bytes(page)
    files.append(README)
    with atomic_path(folder / README) as temp:
        temp.write_text(readme_text(session, files), encoding="utf-8")
    published = Published(folder, files, session.details.follow_up_url, pages=written.pages)
    if make_zip:
        published.zip_path = folder.with_name(folder.name + ".zip")
        with atomic_path(published.zip_path) as temp:
            with zipfile.ZipFile(temp, "w", zipfile.ZIP_DEFLATED) as archive:
                for name in files:
                    archive.write(folder / name, f"{folder.name}/{name}")
    return published

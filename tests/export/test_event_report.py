"""`workshop event report`: one PDF from three rooms' archives, one QR code, editions kept."""

from __future__ import annotations

from pathlib import Path

from pypdf import PdfReader

from tests.core.test_outline import generated_session
from tests.export.pdfs import decode_all_qr_codes, outline_titles, running_text, squeezed
from workshop.cli import main
from workshop.core.outline import Edition, SectionKind, summary_outline
from workshop.store.archives import write_archive

EVENT_URL = "https://example.org/days"


def test_three_archives_make_one_report_with_one_qr_code(starter_deck, tmp_path: Path, capsys):
    sessions = [generated_session(starter_deck, seed) for seed in (1, 2, 7)]
    archives = []
    for number, session in enumerate(sessions, start=1):
        archives.append(str(write_archive(session, tmp_path / f"room{number}.json")))
    target = tmp_path / "event.pdf"
    command = [*archives, "--title", "Three rooms", "--date", "28-30 Nov", "--to", str(target)]
    assert main(["event", "report", *command, "--follow-up", EVENT_URL]) == 0
    assert "3 sessions" in capsys.readouterr().out
    # The event's cover and combined glance first, then one chapter per session, in order.
    titles = outline_titles(target)
    assert titles[0] == "At a glance"
    chapters = [t for t in titles if t[:2] in ("1.", "2.", "3.") and t[3:] in
                [s.details.title for s in sessions]]  # fmt: skip
    assert chapters == [f"{n}. {s.details.title}" for n, s in enumerate(sessions, start=1)]
    first = PdfReader(target).pages[0].extract_text()
    assert "Three rooms" in first and "3 sessions" in first
    # One QR code in the whole report: the event's follow-up address.
    assert decode_all_qr_codes(target, tmp_path / "pages", dpi=110) == [EVENT_URL]
    # Every session's rounds and every tip are in it.
    words = squeezed(running_text(target))
    for session in sessions:
        outline = summary_outline(session)
        rounds = outline.section(SectionKind.ROUNDS)
        for item in rounds.items if rounds else ():
            assert squeezed(item.title) in words
        for tip in session.board.tips.values():
            if not tip.deleted and not tip.hidden:
                assert squeezed(tip.text) in words
    # The absentee edition names no one; the participants edition names them.
    names = {p.name for s in sessions for p in s.details.participants}
    assert names and not [n for n in names if squeezed(n) in words]
    everyone = tmp_path / "everyone.pdf"
    assert main(["event", "report", *archives, "--title", "T", "--to", str(everyone),
                 "--edition", Edition.PARTICIPANTS.value]) == 0  # fmt: skip
    assert names <= {n for n in names if squeezed(n) in squeezed(running_text(everyone))}


def test_a_bad_archive_is_one_line_naming_the_file(tmp_path: Path, capsys):
    bad = tmp_path / "broken.json"
    bad.write_text("{", encoding="utf-8")
    assert main(["event", "report", str(bad), "--title", "T", "--to", str(tmp_path / "e.pdf")]) == 1
    assert "broken.json" in capsys.readouterr().err
    assert not (tmp_path / "e.pdf").exists()

"""The command line: demo, list and export end to end, and failures as one clear line."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from pypdf import PdfReader

from tests.conftest import FOLLOW_UP
from tests.export.test_summary import decode_qr_codes
from workshop.store.library import open_library

ROOT = Path(__file__).parents[1]


def workshop(*args: str, env: dict[str, str] | None = None) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-m", "workshop", *args],
        capture_output=True,
        text=True,
        cwd=ROOT,
        timeout=120,
        env=env,
    )


def test_demo_then_export_makes_the_summary(tmp_path):
    lib = str(tmp_path / "lib.sqlite")
    listed = workshop("--library", lib, "deck", "list")
    assert "Social media dilemmas" in listed.stdout
    demo = workshop("--library", lib, "demo", "--follow-up", FOLLOW_UP)
    assert demo.returncode == 0, demo.stderr
    session_id = demo.stdout.strip().splitlines()[-1]
    assert session_id.isdigit()
    sessions = workshop("--library", lib, "session", "list")
    assert "Demo: Social media dilemmas" in sessions.stdout and "30 choices" in sessions.stdout

    pdf = tmp_path / "summary.pdf"
    export = workshop("--library", lib, "session", "export", session_id, "--summary", str(pdf))
    assert export.returncode == 0, export.stderr
    text = " ".join(" ".join(p.extract_text() for p in PdfReader(pdf).pages).split())
    assert "The empty community site" in text and "Share what we know?" in text
    assert text.count("Group 3") == 10
    assert FOLLOW_UP in decode_qr_codes(pdf, tmp_path)

    by_title = workshop(
        "--library",
        lib,
        "session",
        "export",
        "Demo: Social media dilemmas",
        "--summary",
        str(tmp_path / "again.pdf"),
    )
    assert by_title.returncode == 0 and (tmp_path / "again.pdf").exists()


def test_a_missing_session_is_one_error_line_and_exit_1(tmp_path):
    lib = str(tmp_path / "lib.sqlite")
    result = workshop(
        "--library", lib, "session", "export", "Nope", "--summary", str(tmp_path / "x.pdf")
    )
    assert result.returncode == 1
    assert result.stderr.startswith("error: There is no session “Nope”")
    assert len(result.stderr.strip().splitlines()) == 1
    assert "Traceback" not in result.stderr
    assert not (tmp_path / "x.pdf").exists()


def test_a_missing_deck_and_a_bad_library_are_clear_errors(tmp_path):
    missing = workshop("--library", str(tmp_path / "lib.sqlite"), "demo", "--deck", "Nope")
    assert missing.returncode == 1 and missing.stderr.startswith("error: There is no deck “Nope”")
    bad_url = workshop("--library", str(tmp_path / "lib.sqlite"), "demo", "--follow-up", "www.x")
    assert bad_url.returncode == 1 and "must start with http" in bad_url.stderr
    junk = tmp_path / "junk.sqlite"
    junk.write_bytes(b"not a database at all" * 200)
    bad = workshop("--library", str(junk), "deck", "list")
    assert bad.returncode == 1 and "cannot be opened as a Workshop library" in bad.stderr
    assert "Traceback" not in bad.stderr


def test_without_a_screen_the_app_says_so_instead_of_aborting(tmp_path):
    env = {
        k: v
        for k, v in os.environ.items()
        if k not in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM")
    }
    result = workshop("--library", str(tmp_path / "lib.sqlite"), env=env)
    assert result.returncode == 1
    assert result.stderr.startswith("error: There is no screen to open the app on")


def test_event_demo_exports_both_editions_a_handout_and_card_sheets(tmp_path):
    lib = str(tmp_path / "lib.sqlite")
    demo = workshop("--library", lib, "demo", "--scale", "event", "--follow-up", FOLLOW_UP)
    assert demo.returncode == 0, demo.stderr
    assert "Played 60 cards with 13 groups" in demo.stdout
    out = tmp_path / "out"
    both = workshop(
        "--library", lib, "session", "export", "1",
        "--summary", str(out / "s.pdf"), "--handout", str(out / "h.pdf"),
        "--edition", "participants", "--paper", "letter",
    )  # fmt: skip
    assert both.returncode == 0, both.stderr
    assert "participants edition" in both.stdout
    summary = PdfReader(out / "s.pdf")
    assert float(summary.pages[0].mediabox.width) == 612.0
    text = " ".join(" ".join(p.extract_text() for p in summary.pages).split())
    assert "Anna de Vries" in text and "65 participants" in text
    assert len(PdfReader(out / "h.pdf").pages) == 6

    cards = workshop("--library", lib, "deck", "print", "1", "--to", str(out / "c.pdf"))
    assert cards.returncode == 0, cards.stderr
    assert "10 cards on 6 pages" in cards.stdout


def test_export_needs_a_file_to_write(tmp_path):
    lib = str(tmp_path / "lib.sqlite")
    workshop("--library", lib, "demo")
    result = workshop("--library", lib, "session", "export", "1")
    assert result.returncode == 1 and "--summary FILE.pdf" in result.stderr
    no_highlights = workshop(
        "--library", lib, "session", "export", "1", "--handout", str(tmp_path / "h.pdf")
    )
    assert no_highlights.returncode == 1 and "no highlights" in no_highlights.stderr
    assert not (tmp_path / "h.pdf").exists()


def test_demo_draws_a_tag_at_random_and_a_seed_repeats_the_order(tmp_path):
    lib = str(tmp_path / "lib.sqlite")
    args = ["demo", "--tag", "community", "--random", "2", "--shuffle", "--seed", "7"]
    first = workshop("--library", lib, *args)
    second = workshop("--library", lib, *args)
    assert first.returncode == second.returncode == 0, first.stderr
    assert "Played 2 cards" in first.stdout
    library = open_library(Path(lib), install_starters=False)
    one, two = (library.sessions.load(i) for i in (1, 2))
    library.close()
    assert [c.title for c in one.rounds] == [c.title for c in two.rounds]
    assert all("community" in c.tags for c in one.rounds)
    bad = workshop("--library", lib, "demo", "--tag", "nothing")
    assert bad.returncode == 1 and "has the tag “nothing”" in bad.stderr


def test_a_damaged_library_refuses_even_an_import_and_check_and_restore_mend_it(tmp_path):
    from tests.store.test_damaged_library import damage, demo_library

    lib = tmp_path / "lib.sqlite"
    demo_library(lib).close()
    deck_file = tmp_path / "deck.json"
    assert (
        workshop("--library", str(lib), "deck", "export", "1", "--to", str(deck_file)).returncode
        == 0
    )
    made = workshop("--library", str(lib), "backup", "now")
    assert made.returncode == 0 and "lib-backups" in made.stdout
    damage(lib, "sessions")
    before = lib.read_bytes()
    # Before this check, the import went on writing into the damaged file.
    imported = workshop("--library", str(lib), "deck", "import", str(deck_file), "--as-copy")
    assert imported.returncode == 1 and imported.stderr.count("\n") == 1
    assert "is damaged (database disk image is malformed)" in imported.stderr
    assert "'workshop backup restore 1' puts it back" in imported.stderr
    assert lib.read_bytes() == before
    checked = workshop("--library", str(lib), "check")
    assert checked.returncode == 1 and checked.stdout.strip() and "ok" != checked.stdout.strip()
    listed = workshop("--library", str(lib), "backup", "list")
    assert listed.stdout.split()[0] == "1" and listed.stdout.strip().endswith("manual")
    restored = workshop("--library", str(lib), "backup", "restore", "1")
    assert restored.returncode == 0 and "before-restore" in restored.stdout
    assert workshop("--library", str(lib), "check").stdout == "ok\n"
    assert "Tuesday's training" in workshop("--library", str(lib), "session", "list").stdout


def test_session_next_runs_the_same_step_as_the_n_key(tmp_path):
    """The composite 'next activity' from the command line: the exercise, its timer and the
    wall follow in one commit, exactly as N does in the app."""
    from tests.ui.test_one_wall import day_agenda
    from workshop.core.agenda_edits import SetAgenda
    from workshop.core.cards import CardKind
    from workshop.core.session import start_session
    from workshop.store.runner import CommandRunner

    path = tmp_path / "lib.sqlite"
    library = open_library(path)
    deck = library.decks.get(library.decks.first_id())
    session = start_session(deck, "Planned day", "2026-11-30")
    session_id = library.sessions.create(session)
    exercise = next(c for _d, c in library.decks.cards_of_kind(CardKind.EXERCISE) if c.stages)
    CommandRunner(library.sessions, session).run(SetAgenda(day_agenda(exercise)))
    library.close()
    for expected in ("Welcome", "The dilemma game", "Where do you stand?"):
        step = workshop("--library", str(path), "session", "next", str(session_id))
        assert step.returncode == 0, step.stderr
        assert f"Now: {expected}" in step.stdout
    library = open_library(path)
    stored = library.sessions.load(session_id)
    assert stored.activity.value == "exercise" and stored.exercises == [exercise]
    assert stored.timer.duration == exercise.minutes * 60
    library.close()
    for _ in range(4):
        workshop("--library", str(path), "session", "next", str(session_id))
    done = workshop("--library", str(path), "session", "next", str(session_id))
    assert done.returncode == 1 and "agenda is done" in done.stderr
    back = workshop("--library", str(path), "session", "previous", str(session_id))
    assert back.returncode == 0 and "Now: " in back.stdout, back.stderr
    library = open_library(path)
    stored = library.sessions.load(session_id)
    assert stored.agenda.current == len(stored.agenda.items) - 1
    library.close()

"""The command line speaks the system's language, or the one --language names: help,
messages, counts with their plural forms, and the errors from the layers below."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).parents[1]


def workshop(*args: str, lang: str = "C.UTF-8") -> subprocess.CompletedProcess:
    env = {**os.environ, "LANG": lang, "LC_ALL": "", "LANGUAGE": "", "PYTHONPATH": str(ROOT)}
    return subprocess.run(
        [sys.executable, "-m", "workshop", *args],
        capture_output=True,
        text=True,
        cwd=ROOT,
        timeout=120,
        env=env,
    )


def test_language_nl_lists_the_decks_in_dutch(tmp_path):
    library = str(tmp_path / "lib.sqlite")
    dutch = workshop("--library", library, "--language", "nl", "deck", "list")
    assert dutch.returncode == 0, dutch.stderr
    assert "Dilemma's rond sociale media  (10 kaarten, nl)" in dutch.stdout
    english = workshop("--library", library, "deck", "list")
    assert "Social media dilemmas  (10 cards, en)" in english.stdout
    assert "kaarten" not in english.stdout, "a C locale stays English"


def test_a_dutch_system_gets_dutch_help_and_errors(tmp_path):
    library = str(tmp_path / "lib.sqlite")
    help_text = workshop("--help", lang="nl_NL.UTF-8").stdout
    assert help_text.startswith("gebruik: workshop")
    assert "werken met kaartspellen" in help_text and "deze hulp tonen en stoppen" in help_text
    missing = workshop("--library", library, "session", "export", "Nope", "--summary", "x.pdf",
                       lang="nl_NL.UTF-8")  # fmt: skip
    assert missing.returncode == 1
    assert missing.stderr.startswith("fout: Er is geen sessie “Nope”")
    bad = workshop("--language=nl", "demo", "--scale", "huge")
    assert bad.returncode == 2 and "fout: argument --scale: ongeldige keuze" in bad.stderr
    assert "error" not in bad.stderr


def test_counts_have_one_and_many_in_both_languages(tmp_path):
    library = str(tmp_path / "lib.sqlite")
    for language, one, many in (("nl", "1 kaart gespeeld", "kaarten gespeeld"),
                                ("en", "Played 1 card ", "cards")):  # fmt: skip
        played = workshop("--library", library, "--language", language, "demo", "--random", "1")
        assert played.returncode == 0, played.stderr
        assert one in played.stdout and many not in played.stdout.split("\n")[0]
    listed = workshop("--library", library, "--language", "nl", "session", "list").stdout
    assert "(1 kaart, " in listed and "keuzes" in listed


def test_publish_report_and_data_export_speak_dutch(tmp_path):
    library = str(tmp_path / "lib.sqlite")
    assert workshop("--library", library, "demo", "--random", "2").returncode == 0
    nl = ("--library", library, "--language", "nl")
    help_text = workshop(*nl, "session", "publish", "--help").stdout
    assert "ook MAP.zip ernaast schrijven" in help_text and "papierformaat" in help_text
    assert "beside it" not in help_text and "paper size" not in help_text
    assert "een map schrijven om naar het vervolgadres" in workshop(*nl, "session", "-h").stdout
    assert "één pdf voor een evenement" in workshop(*nl, "event", "--help").stdout
    (tmp_path / "file").write_text("x")
    refused = workshop(*nl, "session", "publish", "1", "--to", str(tmp_path / "file"))
    assert refused.returncode == 1
    assert refused.stderr.startswith("fout: ") and "is een bestand, geen map" in refused.stderr
    published = workshop(*nl, "session", "publish", "1", "--to", str(tmp_path / "out"))
    assert published.returncode == 0, published.stderr
    assert " geschreven: " in published.stdout and "Wrote" not in published.stdout
    data = workshop(*nl, "session", "export", "1", "--data", str(tmp_path / "data"))
    assert data.returncode == 0, data.stderr
    assert "CSV-bestanden naar" in data.stdout
    archive = str(tmp_path / "one.json")
    assert workshop(*nl, "session", "archive", "1", "--to", archive).returncode == 0
    report = workshop("--language", "nl", "event", "report", archive, "--title", "Dag",
                      "--to", str(tmp_path / "event.pdf"))  # fmt: skip
    assert report.returncode == 0, report.stderr
    assert "1 sessie, editie absentee)" in report.stdout and "pagina" in report.stdout
    english = workshop("event", "report", archive, archive, "--title", "Day",
                       "--to", str(tmp_path / "event2.pdf"))  # fmt: skip
    assert "2 sessions, absentee edition)" in english.stdout


def test_the_phones_queue_speaks_dutch(tmp_path):
    from workshop.core.phones import Entry, InputKind
    from workshop.store.library import open_library
    from workshop.store.phone_rows import PhoneEntries

    library = str(tmp_path / "lib.sqlite")
    assert workshop("--library", library, "demo", "--random", "1").returncode == 0
    opened = open_library(Path(library))
    try:
        entries = PhoneEntries(opened.db)
        entries.add(1, Entry(InputKind.TIPS, text="meer pauzes", group=2))
        entries.add(1, Entry(InputKind.VOTES, option="A"))
    finally:
        opened.close()
    nl = ("--library", library, "--language", "nl", "session", "queue", "1")
    assert "inzendingen afwijzen op nummer" in workshop(*nl, "--help").stdout
    listed = workshop(*nl)
    assert listed.returncode == 0, listed.stderr
    assert "Tip (groep 2): meer pauzes" in listed.stdout and "Stem: A" in listed.stdout
    assert "2 ontvangen, 0 goedgekeurd, 0 afgewezen, 2 wachtend." in listed.stdout
    wrong = workshop(*nl, "--reject", "77")
    assert wrong.returncode == 1 and wrong.stderr.startswith("fout: 77 is niet het nummer")
    rejected = workshop(*nl, "--reject", "all")
    assert rejected.stdout.startswith("Afgewezen: 1. Tip (groep 2)"), rejected.stdout
    english = workshop("--library", library, "session", "queue", "1")
    assert "Nothing from phones waits for approval in" in english.stdout
    assert "2 received, 0 approved, 2 rejected, 0 waiting." in english.stdout


def test_deck_file_problems_read_dutch(tmp_path):
    bad_csv = tmp_path / "bad.csv"
    bad_csv.write_text("title,colour,minutes\nA card,red,ten\n", encoding="utf-8")
    dutch = workshop("--language", "nl", "deck", "validate", str(bad_csv))
    assert dutch.returncode == 1
    lines = dutch.stderr.splitlines()
    assert lines == [f"fout: {bad_csv} kan niet worden geïmporteerd (3 problemen):",
                     f"  {bad_csv}:1: colour: is geen kolom die Workshop kent",
                     f"  {bad_csv}:2: minutes: 'ten' is geen geheel getal",
                     f"  {bad_csv}:2: options: heeft 0 opties; een dilemma heeft er 2 tot 4"
                     ], lines  # fmt: skip
    bad_json = tmp_path / "bad.json"
    bad_json.write_text('{"uid": "x", "title": "X", "cards": "none"}', encoding="utf-8")
    refused = workshop("--language", "nl", "deck", "validate", str(bad_json))
    assert refused.stderr.splitlines() == [
        f"fout: {bad_json} kan niet worden geïmporteerd (1 probleem):",
        f"  {bad_json}: cards: moet een lijst zijn, niet “none”",
    ]
    english = workshop("deck", "validate", str(bad_json))
    assert english.stderr.splitlines() == [
        f"error: {bad_json} cannot be imported (1 problem):",
        f"  {bad_json}: cards: must be a list, not “none”",
    ]
    bad_json.write_text('{"uid": "x", "title": "X", "cards": [{"title": 3}]}', encoding="utf-8")
    refused = workshop("--language", "nl", "deck", "validate", str(bad_json))
    assert refused.stderr.splitlines()[1:] == [
        f"  {bad_json}: cards/0: “uid” is verplicht",
        f"  {bad_json}: cards/0/title: moet tekst zijn, niet 3",
    ]
    wsdeck = tmp_path / "empty.wsdeck"
    wsdeck.write_bytes(b"")
    empty = workshop("--language", "nl", "deck", "validate", str(wsdeck))
    assert empty.stderr.splitlines()[1].startswith(f"  {wsdeck}: bestand: "), empty.stderr

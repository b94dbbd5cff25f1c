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

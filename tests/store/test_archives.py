"""Session archives: a round trip gives the same file; bad files are refused, nothing changed."""

from __future__ import annotations

import json
import stat
import subprocess
import sys
from pathlib import Path

import pytest

from workshop.core.archive import ArchiveError
from workshop.store.archives import read_archive, write_archive
from workshop.store.library import open_library

ROOT = Path(__file__).parents[2]


@pytest.fixture(scope="module")
def event_archive(tmp_path_factory) -> Path:
    """The whole event demo: rounds, choices, highlights, board, groups, exercise, agenda."""
    folder = tmp_path_factory.mktemp("event")
    lib = str(folder / "lib.sqlite")
    subprocess.run(
        [sys.executable, "-m", "workshop", "--library", lib, "demo", "--scale", "event",
         "--follow-up", "https://example.org/e"],
        check=True, cwd=ROOT, capture_output=True,
    )  # fmt: skip
    library = open_library(Path(lib), install_starters=False)
    session = library.sessions.load(1)
    library.close()
    return write_archive(session, folder / "event.json")


def test_archive_restore_archive_gives_the_same_file(event_archive, tmp_path):
    library = open_library(tmp_path / "fresh.sqlite")
    restored = read_archive(event_archive)
    library.sessions.create(restored)
    again = write_archive(library.sessions.load(restored.id), tmp_path / "again.json")
    library.close()
    assert json.loads(again.read_text()) == json.loads(event_archive.read_text())
    assert event_archive.stat().st_mode & stat.S_IROTH, "an archive is meant to be shared"


def test_restoring_twice_makes_two_sessions_never_one_over_the_other(event_archive, tmp_path):
    lib = str(tmp_path / "lib.sqlite")
    runs = [
        subprocess.run(
            [
                sys.executable,
                "-m",
                "workshop",
                "--library",
                lib,
                "session",
                "restore",
                str(event_archive),
            ],
            capture_output=True,
            text=True,
            cwd=ROOT,
        )  # fmt: skip
        for _ in range(2)
    ]
    assert all(r.returncode == 0 for r in runs), runs[0].stderr
    assert "beside the session of that title" in runs[1].stdout
    library = open_library(Path(lib), install_starters=False)
    assert len(library.sessions.summaries()) == 2
    library.close()


def spoil(event_archive: Path, tmp_path: Path, change) -> Path:
    data = json.loads(event_archive.read_text())
    change(data)
    bad = tmp_path / "bad.json"
    bad.write_text(json.dumps(data))
    return bad


def _three_option_choice(data: dict) -> list:
    """A recorded choice on a card with three options, so D is not one of them."""
    return next(c for c in data["choices"] if len(data["rounds"][c[0]]["options"]) == 3)


def _showcase(data: dict) -> dict:
    return next(i for i in data["agenda"]["items"] if i["presenters"])


CASES = {
    "wrong format": (lambda d: d.update(format="something else"), "format"),
    "unknown field": (lambda d: d["session"].update(colour="red"), "colour"),
    "a choice of a missing option": (
        lambda d: _three_option_choice(d).__setitem__(2, "D"),
        "no option D",
    ),
    "a javascript link": (
        lambda d: d["rounds"][0]["links"][0].__setitem__("url", "javascript:alert(1)"),
        "rounds/0/links/0/url",
    ),
    "a tip in a missing column": (
        lambda d: d["board"]["tips"][0].__setitem__("column", 99999),
        "there is no column 99999",
    ),
    # Each of these was restored once and broke later: opening the session or every export.
    "a text position in a board column": (
        lambda d: d["board"]["columns"][0].__setitem__("position", "abc"),
        "board/columns/0/position: must be a whole number",
    ),
    "an output's stage out of range": (
        lambda d: d["outputs"][0].__setitem__(3, 19),
        "outputs/0/3: exercise 0 has 5 stages; there is no stage 19",
    ),
    "presenters as one long text": (
        lambda d: _showcase(d).__setitem__("presenters", "x" * 2_000_000),
        "presenters: must be a list, not “" + "x" * 40 + "…”",
    ),
    "hidden as text": (
        lambda d: d["board"]["tips"][0].__setitem__("hidden", "False"),
        "board/tips/0/hidden: must be true or false",
    ),
    "a whole number written as 1.0": (
        lambda d: d["highlights"][0].__setitem__(0, 1.0),
        "highlights/0/0: must be a whole number",
    ),
    "a tip in a cluster of another column": (
        lambda d: d["board"]["clusters"][0].__setitem__("column", 2),
        "is a cluster of another column",
    ),
    "a participant in two groups": (
        lambda d: d["groups"]["groups"][1][2].append(d["groups"]["groups"][0][2][0]),
        "is in two groups",
    ),
    "two board rows with one id": (
        lambda d: d["board"]["tips"][1].__setitem__("id", d["board"]["tips"][0]["id"]),
        "two rows share one id",
    ),
    "an agenda running an item it does not have": (
        lambda d: d["agenda"].__setitem__("current", 9),
        "agenda/current: there is no item 9",
    ),
    "a title too long": (lambda d: d["session"].update(title="x" * 300), "session/title"),
    "a negative count": (lambda d: d["hands"].append([0, "A", -5]), "hands/"),
}


@pytest.mark.parametrize("name", sorted(CASES))
def test_a_spoiled_archive_is_refused_and_the_library_unchanged(event_archive, tmp_path, name):
    change, fragment = CASES[name]
    bad = spoil(event_archive, tmp_path, change)
    path = tmp_path / "lib.sqlite"
    open_library(path).close()
    before = path.read_bytes()
    result = subprocess.run(
        [sys.executable, "-m", "workshop", "--library", str(path), "session", "restore",
         str(bad)],
        capture_output=True, text=True, cwd=ROOT,
    )  # fmt: skip
    assert result.returncode == 1 and fragment in result.stderr, result.stderr
    assert result.stderr.startswith(f"error: {bad} is not a Workshop session archive")
    assert "Traceback" not in result.stderr
    assert len(result.stderr) < 400 + len(str(bad)), "a bad value is quoted short"
    assert path.read_bytes() == before


@pytest.mark.parametrize(
    "content, fragment",
    [
        (
            b'{"format": "workshop-session-archive", "version": 1, "session": {"title": "T"',
            "line 1",
        ),
        (b'{"format": "workshop-session-archive", "version": NaN}', "NaN"),
        (b"[" * 100_000 + b"]" * 100_000, "nested too deeply"),
        (b'{"format": "\xff\xfe"}', "not UTF-8"),
    ],
    ids=["truncated", "NaN", "deep", "not UTF-8"],
)
def test_broken_json_is_refused_with_a_reason(tmp_path, content, fragment):
    bad = tmp_path / "bad.json"
    bad.write_bytes(content)
    with pytest.raises(ArchiveError, match=fragment):
        read_archive(bad)


def test_a_huge_file_is_refused_before_it_is_read(tmp_path):
    huge = tmp_path / "huge.json"
    with open(huge, "wb") as out:
        out.truncate(51 * 1024 * 1024)  # sparse: no disk used
    with pytest.raises(ArchiveError, match="larger than 50 MB"):
        read_archive(huge)

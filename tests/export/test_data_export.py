"""`session export --data`: CSV files with a header row and a BOM, reread equal to the session."""

from __future__ import annotations

import csv
from datetime import datetime
from pathlib import Path

import pytest

from tests.core.test_outline import generated_session
from workshop.cli import main
from workshop.core.outline import Edition
from workshop.export.data import FILES, write_data


def read(folder: Path, name: str) -> list[dict[str, str]]:
    raw = (folder / name).read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")  # the BOM that makes spreadsheets read UTF-8
    with open(folder / name, encoding="utf-8-sig", newline="") as f:
        reader = csv.DictReader(f)
        assert reader.fieldnames == FILES[name]
        return list(reader)


def stamp(value: str) -> int | None:
    return int(datetime.fromisoformat(value).timestamp()) if value else None


@pytest.mark.parametrize("seed", [2, 7, 13])
@pytest.mark.parametrize("edition", list(Edition))
def test_the_csv_files_reread_equal_to_the_session(starter_deck, tmp_path, seed, edition):
    session = generated_session(starter_deck, seed)
    written = write_data(session, tmp_path, edition)
    assert sorted(p.name for p in written) == sorted(FILES)
    rounds = read(tmp_path, "rounds.csv")
    assert [(int(r["round"]), r["title"], r["text"], r["mode"]) for r in rounds] == [
        (i + 1, c.title, c.text, session.mode(i).value) for i, c in enumerate(session.rounds)
    ]
    assert {int(r["round"]) - 1 for r in rounds if r["highlight"]} == set(session.highlights)
    choices = {(int(r["round"]) - 1, int(r["group"]), r["option"], r["reason"])
               for r in read(tmp_path, "choices.csv")}  # fmt: skip
    assert choices == {
        (c.round_index, c.group, c.option, c.reason) for c in session.choices.values()
    }
    hands = {(int(r["round"]) - 1, r["option"]): int(r["hands"])
             for r in read(tmp_path, "plenary_counts.csv")}  # fmt: skip
    assert hands == session.hands
    board = session.board
    tips = {int(r["id"]): r for r in read(tmp_path, "tips.csv")}
    live = {t.id: t for t in board.tips.values() if not t.deleted}
    assert set(tips) == set(live)
    for tip_id, tip in live.items():
        row = tips[tip_id]
        assert (row["text"], int(row["votes"]), row["column"]) == (
            tip.text, tip.votes, board.columns[tip.column].title)  # fmt: skip
        assert (row["highlight"] == "yes", row["hidden"] == "yes") == (tip.highlight, tip.hidden)
        assert row["cluster"] == (board.clusters[tip.cluster].title if tip.cluster else "")
        named = tip.author if edition is Edition.PARTICIPANTS else ""
        assert row["author"] == named  # the absentee edition names no one here either
    outputs = {(int(r["exercise"]) - 1, int(r["group"])): (r["output"], r["stage_number"])
               for r in read(tmp_path, "exercise_outputs.csv")}  # fmt: skip
    assert outputs == {
        key: (o.text, "" if o.stage is None else str(o.stage + 1))
        for key, o in session.outputs.items()
    }
    evaluations = read(tmp_path, "evaluations.csv")
    assert [(r["activity"], r["verdict"], r["note"], stamp(r["started"])) for r in evaluations] == [
        (i.title, i.verdict.value if i.verdict else "", i.note,
         None if i.started_at is None else int(i.started_at))
        for i in session.agenda.items
    ]  # fmt: skip


def test_the_command_writes_the_data_of_the_event_demo(tmp_path, capsys):
    library = str(tmp_path / "lib.sqlite")
    assert main(["--library", library, "demo", "--scale", "event"]) == 0
    assert (
        main(["--library", library, "session", "export", "1", "--data", str(tmp_path / "d")]) == 0
    )
    assert "Wrote 6 CSV files" in capsys.readouterr().out
    assert len(read(tmp_path / "d", "tips.csv")) == 600
    assert len(read(tmp_path / "d", "choices.csv")) == 60 * 13

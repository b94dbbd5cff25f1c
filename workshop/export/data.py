"""A session's data for the organiser: CSV files a spreadsheet opens as they are.

UTF-8 with a byte order mark (so spreadsheets read accents right), a header row, one file
per kind of data: rounds, choices, plenary counts, tips, exercise outputs, evaluations.
The absentee edition leaves tips' authors out, as the summary does.
"""

from __future__ import annotations

import csv
from datetime import UTC, datetime
from pathlib import Path

from workshop.core.outline import Edition
from workshop.core.session import Session
from workshop.export.files import atomic_path

FILES = {
    "rounds.csv": ["round", "title", "text", "mode", "options", "highlight"],
    "choices.csv": ["round", "group", "option", "option_text", "reason"],
    "plenary_counts.csv": ["round", "option", "hands"],
    "tips.csv": ["id", "column", "text", "votes", "highlight", "hidden", "group", "author",
                 "source", "cluster"],
    "exercise_outputs.csv": ["exercise", "exercise_title", "group", "stage_number", "stage",
                             "output"],
    "evaluations.csv": ["activity", "kind", "minutes", "started", "ended", "verdict", "note"],
}  # fmt: skip


def _when(stamp: float | None) -> str:
    return "" if stamp is None else datetime.fromtimestamp(stamp, UTC).isoformat(timespec="seconds")


def data_rows(session: Session, edition: Edition = Edition.ABSENTEE) -> dict[str, list[list]]:
    """Every file's rows (without the header), as the session holds them."""
    rounds = [
        [i + 1, card.title, card.text, session.mode(i).value,
         " | ".join(f"{letter}: {text}" for letter, text in card.lettered_options()),
         "yes" if i in session.highlights else ""]
        for i, card in enumerate(session.rounds)
    ]  # fmt: skip
    choices = []
    for c in sorted(session.choices.values(), key=lambda c: (c.round_index, c.group)):
        options = dict(session.rounds[c.round_index].lettered_options())
        choices.append([c.round_index + 1, c.group, c.option, options.get(c.option, ""), c.reason])
    hands = [[r + 1, letter, n] for (r, letter), n in sorted(session.hands.items())]
    board = session.board
    columns = {c.id: c.title for c in board.columns.values()}
    clusters = {c.id: c.title for c in board.clusters.values()}
    tips = [
        [t.id, columns.get(t.column, ""), t.text, t.votes, "yes" if t.highlight else "",
         "yes" if t.hidden else "", t.group or "",
         t.author if edition is Edition.PARTICIPANTS else "", t.source,
         clusters.get(t.cluster, "") if t.cluster else ""]
        for t in sorted(board.tips.values(), key=lambda t: (t.column, t.position))
        if not t.deleted
    ]  # fmt: skip
    outputs = []
    for (e, _g), o in sorted(session.outputs.items()):
        card = session.exercises[e] if 0 <= e < len(session.exercises) else None
        stages = card.stages if card else ()
        stage = stages[o.stage] if o.stage is not None and 0 <= o.stage < len(stages) else ""
        number = o.stage + 1 if o.stage is not None else ""
        outputs.append([e + 1, card.title if card else "", o.group, number, stage, o.text])
    evaluations = [
        [item.title, item.kind.value, item.minutes, _when(item.started_at), _when(item.ended_at),
         item.verdict.value if item.verdict else "", item.note]
        for item in session.agenda.items
    ]  # fmt: skip
    return dict(zip(FILES, [rounds, choices, hands, tips, outputs, evaluations], strict=True))


def write_data(session: Session, folder: Path, edition: Edition = Edition.ABSENTEE) -> list[Path]:
    """Write the CSV files into `folder` (each to a temporary name, then renamed)."""
    folder = Path(folder)
    written = []
    for name, rows in data_rows(session, Edition(edition)).items():
        target = folder / name
        with atomic_path(target) as temp:
            with open(temp, "w", encoding="utf-8-sig", newline="") as out:
                writer = csv.writer(out)
                writer.writerow(FILES[name])
                writer.writerows(rows)
        written.append(target)
    return written

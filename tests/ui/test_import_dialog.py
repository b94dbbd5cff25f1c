"""The import dialog: the preview before anything changes, columns mapped and remembered."""

from __future__ import annotations

import os
from dataclasses import replace
from pathlib import Path

from workshop.ui.decks.import_dialog import NEW_DECK, ImportDialog, remembered_mapping

SHOTS = os.environ.get("WORKSHOP_SHOTS", "")  # a folder: the dialogs are saved there to look at


def shot(widget, name: str) -> None:
    if SHOTS:
        widget.grab().save(str(Path(SHOTS) / f"{name}.png"))


def write(path: Path, lines: list[str]) -> Path:
    path.write_text("\r\n".join(lines) + "\r\n", encoding="utf-8-sig")
    return path


def dialog_for(qtbot, library, path: Path) -> ImportDialog:
    dialog = ImportDialog(library, path)
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def groups(dialog: ImportDialog) -> dict[str, list[str]]:
    tree = dialog.cards
    found = {}
    for i in range(tree.topLevelItemCount()):
        item = tree.topLevelItem(i)
        found[item.text(0)] = [
            f"{item.child(n).text(0)} | {item.child(n).text(1)}".rstrip(" |")
            for n in range(item.childCount())
        ]
    return found


def test_unknown_columns_are_mapped_before_import_and_remembered(qtbot, library, tmp_path):
    sheet = write(
        tmp_path / "kaarten.csv",
        ["Titel;Casus;Optie A;Optie B;Kleur",
         "Budget;Wat nu?;Wachten;Handelen;rood",
         "Bestuur;Wie beslist?;Zij;Wij;blauw"],
    )  # fmt: skip
    dialog = dialog_for(qtbot, library, sheet)
    assert dialog.columns_box.isVisible() and dialog.columns.rowCount() == 2
    assert not dialog.import_button.isEnabled(), "nothing imports with a column unchosen"
    assert "Casus: is not a column Workshop knows" in "\n".join(groups(dialog))
    dialog.map_column("Casus", "text")
    dialog.map_column("Kleur", "")
    assert dialog.summary.text() == "A new deck “kaarten” with 2 cards."
    assert dialog.about.text().endswith("Read as UTF-8 with BOM, semicolon separated.")
    shot(dialog, "mapping-dialog")
    dialog.import_button.click()
    deck = library.decks.get(dialog.deck_id)
    assert [(c.title, c.text) for c in deck.cards] == [
        ("Budget", "Wat nu?"), ("Bestuur", "Wie beslist?")
    ]  # fmt: skip
    assert remembered_mapping()["Casus"] == "text"
    again = dialog_for(qtbot, library, sheet)
    assert again.mapping() == {"Casus": "text", "Kleur": ""}, "the mapping is remembered"
    assert again.target.currentData() == dialog.deck_id, "the sheet finds its deck by content"


def test_the_preview_shows_every_change_and_import_gives_exactly_the_sheet(
    qtbot, library, tmp_path
):
    header = "title,text,option_a,option_b"
    path = tmp_path / "cards.csv"
    write(path, [header, "One,First,a,b", "Two,Second,a,b", "Three,Third,a,b"])
    first = dialog_for(qtbot, library, path)
    first.import_button.click()
    deck_id = first.deck_id
    write(path, [header, "Four,Fourth,a,b", "Two,Second again,a,c", "One,First,a,b"])
    dialog = dialog_for(qtbot, library, path)
    assert dialog.target.currentData() == deck_id
    assert dialog.summary.text() == (
        "Into “cards”: 1 added, 1 updated, 1 unchanged, 1 no longer in the file. "
        "The cards take the file's order."
    )
    assert groups(dialog) == {
        "Added (1)": ["Four"],
        "Updated (1)": ["Two | text, option B"],
        "Unchanged (1)": ["One"],
        "No longer in the file (1)": ["Three | kept"],
    }
    dialog.remove.setChecked(True)
    assert groups(dialog)["No longer in the file (1)"] == ["Three | removed"]
    assert [c.title for c in library.decks.get(deck_id).cards] == ["One", "Two", "Three"], (
        "nothing changes before Import"
    )
    dialog.resize(900, 560)
    shot(dialog, "import-preview")
    dialog.import_button.click()
    assert [(c.title, c.text, c.options) for c in library.decks.get(deck_id).cards] == [
        ("Four", "Fourth", ("a", "b")),
        ("Two", "Second again", ("a", "c")),
        ("One", "First", ("a", "b")),
    ]
    # As a new deck instead: the same file, nothing matched.
    copy = dialog_for(qtbot, library, path)
    copy.target.setCurrentIndex(copy.target.findData(NEW_DECK))
    assert copy.summary.text() == "A new deck “cards” with 3 cards."


def test_a_broken_file_lists_its_problems_and_cannot_be_imported(qtbot, library, tmp_path):
    path = write(tmp_path / "broken.csv", ["title,option_a,option_b", '"One,a,b', "Two,a,b"])
    dialog = dialog_for(qtbot, library, path)
    assert not dialog.import_button.isEnabled()
    assert dialog.summary.text() == (
        "This file cannot be imported (1 problems). Nothing has changed."
    )
    assert list(groups(dialog)) == ["2: a quoted cell starts here and its closing quote is missing"]


def test_a_sheet_with_some_columns_previews_and_changes_only_those(qtbot, library, tmp_path):
    from workshop.store.deck_files import read_deck_sheet
    from workshop.store.deck_import import apply_import

    full = write(
        tmp_path / "full.csv",
        ["title,text,option_a,option_b,option_c,note_a,questions,notes,tags,links",
         'Late,"Reported late.",Talk,Wait,Escalate,now,Why?,Long talk,"team, errors",'
         "https://example.org/p",
         "Gift,A bottle of wine.,Accept,Refuse,,,Where?,Policy,gifts,"],
    )  # fmt: skip
    deck_id, _plan = apply_import(library.db, read_deck_sheet(full))
    before = {c.title: c for c in library.decks.get(deck_id).cards}
    path = write(tmp_path / "part.csv", ["Titel;Tekst;Labels", "Late;Reported a week late.;team"])
    dialog = dialog_for(qtbot, library, path)
    dialog.target.setCurrentIndex(dialog.target.findData(deck_id))
    assert groups(dialog)["Updated (1)"] == ["Late | text, tags"]
    dialog.resize(900, 560)
    shot(dialog, "import-some-columns")
    dialog.import_button.click()
    after = {c.title: c for c in library.decks.get(deck_id).cards}
    assert after["Late"] == replace(before["Late"], text="Reported a week late.", tags=("team",))
    assert after["Gift"] == before["Gift"]
    # Option A made the same as the card's option C: the merged card is refused, by line.
    write(path, ["title;option_a", "Late;Escalate"])
    refused = dialog_for(qtbot, library, path)
    refused.target.setCurrentIndex(refused.target.findData(deck_id))
    assert list(groups(refused)) == ["2: options: has the same option twice"]
    assert not refused.import_button.isEnabled()
    refused.resize(900, 560)
    shot(refused, "import-merged-refused")

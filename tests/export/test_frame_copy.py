"""CopiedFrame copies a frame as copy.deepcopy would, and the summary's document uses it."""

from __future__ import annotations

import copy
from pathlib import Path

from reportlab.platypus import Frame

from workshop.core.session import Session
from workshop.export import text
from workshop.export.summary import write_summary
from workshop.export.text import CopiedFrame


def test_a_copy_holds_what_deepcopy_gives_and_is_its_own():
    plain = Frame(10, 20, 300, 400.5, id="normal")
    plain._y -= 33.25  # as adding a flowable moves it
    plain._frameBGs = [["a background"]]  # a list: deep-copied, not shared
    quick = copy.copy(plain)
    object.__setattr__(quick, "__class__", CopiedFrame)
    theirs, ours = copy.deepcopy(plain), copy.deepcopy(quick)
    assert type(ours) is CopiedFrame
    assert ours.__dict__ == theirs.__dict__
    assert ours._frameBGs is not quick._frameBGs and ours._frameBGs[0] is not quick._frameBGs[0]
    ours._y = 0
    assert quick._y == plain._y != 0


def test_the_summary_measures_keep_togethers_in_a_copied_frame(
    tmp_path: Path, three_card_session: Session, monkeypatch
):
    copied: list[type] = []
    deepcopy = copy.deepcopy

    def watching(value, memo=None):
        if isinstance(value, Frame):
            copied.append(type(value))
        return deepcopy(value, memo)

    # platypus's KeepTogether copies the document's frame with copy.deepcopy
    monkeypatch.setattr("reportlab.platypus.flowables.deepcopy", watching)
    write_summary(three_card_session, tmp_path / "summary.pdf")
    assert copied and set(copied) == {CopiedFrame}
    assert text.Frame is Frame

"""A child process: the real Workshop window recording choices and tips through its panels
as fast as it can, printing each one the app confirmed, until it is killed."""

from __future__ import annotations

import random
import sys
from pathlib import Path

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication


def main(path: Path, session_id: int, seed: int) -> None:
    from workshop.store.library import open_library
    from workshop.ui.control.window import ControlWindow

    app = QApplication(sys.argv[:1])
    library = open_library(path)
    window = ControlWindow(library)
    window.show()
    window.open_session(session_id)
    rng = random.Random(seed)
    count = [0]

    def step() -> None:
        count[0] += 1
        tag = f"{seed}-{count[0]}"
        cards, board = window.cards_panel, window.board_panel
        if rng.random() < 0.6:
            if window.tabs.currentWidget() is not cards:
                window.show_cards()
            group, letter = rng.randrange(1, 4), rng.choice("AB")
            round_index = window.controller.session.position.round_index
            cards.record.group.setText(str(group))
            cards.record.option.setText(letter)
            cards.record.reason.setText(f"reason {tag}")
            # Said before trying: a try the kill cut short may still have been committed.
            print(f"try\t{round_index}\t{group}\treason {tag}", flush=True)
            cards.record.submit()
            if cards.status.text().endswith("Saved."):  # what the facilitator sees
                print(f"choice\t{round_index}\t{group}\treason {tag}", flush=True)
        else:
            if window.tabs.currentWidget() is not board:
                window.show_board()
            board.tip.setText(f"tip {tag}")
            board.add_tip()
            if board.tip.text() == "":  # the line empties once the tip is on the board
                print(f"tip\ttip {tag}", flush=True)

    timer = QTimer(app)
    timer.timeout.connect(step)
    timer.start(0)
    print("ready", flush=True)
    app.exec()


if __name__ == "__main__":
    main(Path(sys.argv[1]), int(sys.argv[2]), int(sys.argv[3]))

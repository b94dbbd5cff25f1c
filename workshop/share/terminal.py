"""`workshop share`: serve a session's summary from the terminal until Ctrl+C."""

from __future__ import annotations

import signal
import sys
import time
from typing import TextIO

import qrcode

from workshop.core.outline import Edition
from workshop.core.session import Session
from workshop.share.address import is_loopback, suggested_host
from workshop.share.server import RoomShare, summary_files


def print_qr(address: str, out: TextIO) -> None:
    """The address as a QR code in text: fixed colours on a terminal, dark blocks elsewhere."""
    code = qrcode.QRCode(error_correction=qrcode.constants.ERROR_CORRECT_M, border=4)
    code.add_data(address)
    code.make(fit=True)
    code.print_ascii(out=out, tty=out.isatty())


def serve_until_interrupted(
    session: Session,
    host: str = "",
    port: int = 0,
    edition: Edition = Edition.ABSENTEE,
    paper: str = "a4",
    out: TextIO = sys.stdout,
) -> RoomShare:
    """Share until Ctrl+C (or SIGTERM); the port is closed before this returns."""
    chosen = host or suggested_host()

    def fetched(page: int, pdf: int) -> None:
        print(f"{_counts(page, pdf)}.", file=out, flush=True)

    share = RoomShare(summary_files(session, edition, paper), chosen, port, on_fetch=fetched)
    try:
        print(f"Sharing {session.details.title!r} ({edition} edition) at", file=out)
        print(f"  {share.address}", file=out)
        print_qr(share.address, out)
        if is_loopback(chosen) and not host:
            print(
                "Only this computer can open that address: no network with a default route "
                "was found. Join the room's network, or pass --host with this computer's "
                "address on it.",
                file=out,
            )
        elif is_loopback(chosen):
            print("Only this computer can open that address: it is its own.", file=out)
        print("Press Ctrl+C to stop sharing.", file=out, flush=True)
        # SIGTERM stops the share as cleanly as Ctrl+C does.
        signal.signal(signal.SIGTERM, signal.default_int_handler)
        while True:
            time.sleep(3600)
    except KeyboardInterrupt:
        pass
    finally:
        share.stop()
    print(f"Stopped sharing. {_counts(share.fetches.page, share.fetches.pdf)}.", file=out)
    return share


def _counts(page: int, pdf: int) -> str:
    def times(n: int) -> str:
        return f"{n} time" if n == 1 else f"{n} times"

    return f"Page opened {times(page)}, summary fetched {times(pdf)}"

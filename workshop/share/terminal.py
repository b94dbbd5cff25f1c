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
from workshop.share.forms import PhoneInput
from workshop.share.inbox import Batch
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
    phones: PhoneInput | None = None,
    receive: Batch | None = None,
) -> RoomShare:
    """Share until Ctrl+C (or SIGTERM); the port is closed before this returns."""
    chosen = host or suggested_host()

    def fetched(page: int, pdf: int) -> None:
        print(f"{_counts(page, pdf)}.", file=out, flush=True)

    files = summary_files(session, edition, paper)
    share = RoomShare(files, chosen, port, on_fetch=fetched, phones=phones)
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
        window = phones.inbox.window if phones else None
        if window is not None:
            how = "wait in the queue" if window.moderation == "queue" else "go straight in"
            print(f"Phones may send {window.kind.value}; their entries {how}.", file=out)
        print("Press Ctrl+C to stop sharing.", file=out, flush=True)
        # SIGTERM stops the share as cleanly as Ctrl+C does.
        signal.signal(signal.SIGTERM, signal.default_int_handler)
        while True:
            if phones is not None and receive is not None:
                # This thread owns the library: entries are committed here, one at a time.
                if phones.inbox.drain(wait=0.5, together=receive):
                    print(f"{_entries(phones)}.", file=out, flush=True)
            else:
                time.sleep(3600)
    except KeyboardInterrupt:
        pass
    finally:
        share.stop()
    print(f"Stopped sharing. {_counts(share.fetches.page, share.fetches.pdf)}.", file=out)
    if phones is not None:
        print(f"{_entries(phones)}.", file=out)
    return share


def _entries(phones: PhoneInput) -> str:
    inbox = phones.inbox
    saved = "1 entry" if inbox.saved == 1 else f"{inbox.saved} entries"
    return f"Phones: {saved} saved, {inbox.refused} refused"


def _counts(page: int, pdf: int) -> str:
    def times(n: int) -> str:
        return f"{n} time" if n == 1 else f"{n} times"

    return f"Page opened {times(page)}, summary fetched {times(pdf)}"

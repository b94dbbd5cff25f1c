"""One app per library: the first start holds it; a second start brings the first forward."""

from __future__ import annotations

import os
import time
from pathlib import Path

from PySide6.QtCore import QObject, Signal
from PySide6.QtNetwork import QLocalServer, QLocalSocket
from PySide6.QtWidgets import QWidget

from workshop.core.errors import QT_TRANSLATE_NOOP, WorkshopError
from workshop.store import app_lock

# SHA-256 from CPython's own module: hashlib would load OpenSSL's (5-10 ms at every start)
# for the same digest. hashlib where that module is not there (other Pythons).
try:
    from _sha2 import sha256  # type: ignore[import-not-found]  # Python 3.12 and later
except ImportError:
    try:
        from _sha256 import sha256  # type: ignore[import-not-found,no-redef]
    except ImportError:
        from hashlib import sha256  # type: ignore[assignment]

RAISE = b"raise\n"
RAISED = b"raised\n"
# How long a second start keeps trying: the lock may be held for a moment by a command-line
# process reading the library, or by a first app between taking the lock and listening.
PATIENCE_S = 5.0
CONNECT_MS = 500
REPLY_MS = 3000


def server_name(library: Path) -> str:
    """The local server's name for a library: the same for every spelling of its path."""
    digest = sha256(os.path.realpath(library).encode("utf-8")).hexdigest()
    return f"workshop-{digest[:24]}"


class LibraryClaim(QObject):
    """This app holds the library; `wanted` fires when a second start asks for the window."""

    wanted = Signal()

    def __init__(self, library: Path) -> None:
        super().__init__()
        self.library = library
        self.server = QLocalServer(self)
        name = server_name(library)
        # A server file left by a killed first app: ours now, since we hold the app lock.
        QLocalServer.removeServer(name)
        self.server.setSocketOptions(QLocalServer.SocketOption.UserAccessOption)
        self.server.listen(name)
        self.server.newConnection.connect(self._connected)

    def _connected(self) -> None:
        while (socket := self.server.nextPendingConnection()) is not None:
            socket.readyRead.connect(lambda s=socket: self._read(s))
            socket.disconnected.connect(socket.deleteLater)
            if socket.bytesAvailable():
                self._read(socket)

    def _read(self, socket: QLocalSocket) -> None:
        if not socket.canReadLine():
            return
        if bytes(socket.readLine().data()) == RAISE:
            self.wanted.emit()
            socket.write(RAISED)
            socket.flush()
        socket.disconnectFromServer()

    def release(self) -> None:
        """Stop listening and let go of the library (the app is closing it)."""
        self.server.close()
        app_lock.release_app(self.library)


def _ask_first_to_raise(library: Path) -> bool:
    """True when the app holding the library answered that it brought its window forward."""
    socket = QLocalSocket()
    socket.connectToServer(server_name(library))
    if not socket.waitForConnected(CONNECT_MS):
        return False
    socket.write(RAISE)
    socket.flush()
    deadline = time.monotonic() + REPLY_MS / 1000
    while not socket.canReadLine() and time.monotonic() < deadline:
        if not socket.waitForReadyRead(100) and socket.state() != QLocalSocket.ConnectedState:
            break
    answered = socket.canReadLine() and bytes(socket.readLine().data()) == RAISED
    socket.abort()
    return answered


def claim_library(library: Path) -> LibraryClaim | None:
    """Hold the library for this app, or None when another app has it and came forward.

    Raises WorkshopError when another Workshop has the library but cannot be reached.
    """
    deadline = time.monotonic() + PATIENCE_S
    while True:
        if app_lock.acquire_app(library):
            return LibraryClaim(library)
        if _ask_first_to_raise(library):
            return None
        if time.monotonic() > deadline:
            raise WorkshopError(
                QT_TRANSLATE_NOOP(
                    "Messages",
                    "{path} is open in another Workshop that does not answer; close it there, "
                    "or wait for it to finish, then start again.",
                ),
                path=library,
            )
        time.sleep(0.1)


def bring_forward(window: QWidget) -> None:
    """Show a window on top and give it the keyboard: un-minimized, raised, activated."""
    if window.isMinimized():
        window.showNormal()
    window.show()
    window.raise_()
    window.activateWindow()

"""One app per library: the first start holds it; a second start brings the first forward."""

from __future__ import annotations

import os
import sys
import time
from pathlib import Path

from PySide6.QtCore import QObject, Signal
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


if sys.platform != "win32":
    # POSIX: a Unix socket from Python's own module, watched by QtCore's QSocketNotifier.
    # QtNetwork (its module and the enums PySide6 builds for it) cost ~18 ms and ~2 MiB at
    # every start for one short line each way. The C module under `socket`, as for SHA-256
    # above: `socket` adds ~3 ms of enums and selectors this does not use.
    try:
        import _socket as socket
    except ImportError:
        import socket  # type: ignore[no-redef]

    from PySide6.QtCore import QSocketNotifier

    def socket_path(library: Path) -> Path:
        """The socket file for a library, in a folder only this user can enter."""
        runtime = os.environ.get("XDG_RUNTIME_DIR", "")
        if runtime and os.path.isdir(runtime):
            folder = Path(runtime)  # per user and 0o700 by the XDG spec
        else:
            # The shared temp folder: our own 0o700 folder in it, named by our uid. (tempfile
            # is not imported for this: it loads random and shutil at every start.)
            folder = Path(os.environ.get("TMPDIR") or "/tmp") / f"workshop-{os.getuid()}"
            folder.mkdir(mode=0o700, exist_ok=True)
            os.chmod(folder, 0o700)  # fails if another user made it: then we do not listen
        # Short: a socket's path has 104 bytes at most (macOS), and $TMPDIR there is ~50.
        return folder / f"{server_name(library).removeprefix('workshop-')}.sock"

    class LibraryClaim(QObject):
        """This app holds the library; `wanted` fires when a second start asks for the window."""

        wanted = Signal()

        def __init__(self, library: Path) -> None:
            super().__init__()
            self.library = library
            self.path: Path | None = None
            self.server: socket.socket | None = None
            self._clients: dict[socket.socket, tuple[QSocketNotifier, bytearray]] = {}
            try:
                self._listen(socket_path(library))
            except OSError:
                # As QLocalServer.listen failing: the app runs; a second start says it cannot
                # reach this one.
                self._close_server()

        def _listen(self, path: Path) -> None:
            self.server = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
            self.server.setblocking(False)
            # A socket file left by a killed first app: ours now, since we hold the app lock.
            path.unlink(missing_ok=True)
            # Made 0o600 from the start (bind follows the umask), not chmod-ed after: no
            # moment when another user could connect.
            old = os.umask(0o177)
            try:
                self.server.bind(str(path))
            finally:
                os.umask(old)
            self.path = path
            self.server.listen(4)
            self.notifier = QSocketNotifier(self.server.fileno(), QSocketNotifier.Type.Read, self)
            self.notifier.activated.connect(self._accept)

        def _accept(self) -> None:
            assert self.server is not None
            try:
                fd, _ = self.server._accept()  # the C socket's accept: a descriptor
            except OSError:  # BlockingIOError: another wake-up took it
                return
            client = socket.socket(fileno=fd)
            client.setblocking(False)
            notifier = QSocketNotifier(client.fileno(), QSocketNotifier.Type.Read, self)
            notifier.activated.connect(lambda *_: self._read(client))
            self._clients[client] = (notifier, bytearray())

        def _read(self, client: socket.socket) -> None:
            if client not in self._clients:
                return  # a wake-up queued before we dropped it
            _, line = self._clients[client]
            try:
                data = client.recv(64)
            except BlockingIOError:
                return
            except OSError:
                data = b""
            line += data
            if data and b"\n" not in line and len(line) < 64:
                return  # the rest of the line is on its way
            if bytes(line) == RAISE:
                self.wanted.emit()
                try:
                    client.send(RAISED)  # a few bytes into an empty buffer: never blocks
                except OSError:
                    pass  # the second start gave up waiting
            self._drop(client)

        def _drop(self, client: socket.socket) -> None:
            notifier, _ = self._clients.pop(client)
            notifier.setEnabled(False)
            notifier.deleteLater()
            client.close()

        def _close_server(self) -> None:
            for client in list(self._clients):
                self._drop(client)
            if self.server is not None:
                if hasattr(self, "notifier"):
                    self.notifier.setEnabled(False)
                self.server.close()
                self.server = None
            if self.path is not None:
                self.path.unlink(missing_ok=True)
                self.path = None

        def release(self) -> None:
            """Stop listening and let go of the library (the app is closing it)."""
            self._close_server()  # before the lock: a file we remove after may be the next app's
            app_lock.release_app(self.library)

    def _ask_first_to_raise(library: Path) -> bool:
        """True when the app holding the library answered that it brought its window forward."""
        try:
            path = socket_path(library)
            client = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
            try:
                client.settimeout(CONNECT_MS / 1000)
                client.connect(str(path))
                client.settimeout(REPLY_MS / 1000)
                client.sendall(RAISE)
                deadline = time.monotonic() + REPLY_MS / 1000
                answer = b""
                while b"\n" not in answer and time.monotonic() < deadline:
                    client.settimeout(max(deadline - time.monotonic(), 0.001))
                    if not (data := client.recv(64)):
                        break
                    answer += data
            finally:
                client.close()
        except OSError:  # no file yet, a stale file, refused, timed out, reset
            return False
        return answer == RAISED

else:
    # Windows: named pipes through QtNetwork, whose local server is made for them.
    from PySide6.QtNetwork import QLocalServer, QLocalSocket

    class LibraryClaim(QObject):
        """This app holds the library; `wanted` fires when a second start asks for the window."""

        wanted = Signal()

        def __init__(self, library: Path) -> None:
            super().__init__()
            self.library = library
            self.server = QLocalServer(self)
            name = server_name(library)
            # A server left by a killed first app: ours now, since we hold the app lock.
            QLocalServer.removeServer(name)
            self.server.setSocketOptions(QLocalServer.SocketOption.UserAccessOption)
            self.server.listen(name)
            self.server.newConnection.connect(self._connected)

        def _connected(self) -> None:
            while (client := self.server.nextPendingConnection()) is not None:
                client.readyRead.connect(lambda s=client: self._read(s))
                client.disconnected.connect(client.deleteLater)
                if client.bytesAvailable():
                    self._read(client)

        def _read(self, client: QLocalSocket) -> None:
            if not client.canReadLine():
                return
            if bytes(client.readLine().data()) == RAISE:
                self.wanted.emit()
                client.write(RAISED)
                client.flush()
            client.disconnectFromServer()

        def release(self) -> None:
            """Stop listening and let go of the library (the app is closing it)."""
            self.server.close()
            app_lock.release_app(self.library)

    def _ask_first_to_raise(library: Path) -> bool:
        """True when the app holding the library answered that it brought its window forward."""
        client = QLocalSocket()
        client.connectToServer(server_name(library))
        if not client.waitForConnected(CONNECT_MS):
            return False
        client.write(RAISE)
        client.flush()
        deadline = time.monotonic() + REPLY_MS / 1000
        while not client.canReadLine() and time.monotonic() < deadline:
            if not client.waitForReadyRead(100) and client.state() != QLocalSocket.ConnectedState:
                break
        answered = client.canReadLine() and bytes(client.readLine().data()) == RAISED
        client.abort()
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

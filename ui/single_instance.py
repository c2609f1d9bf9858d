"""One Neiri at a time: a second launch asks the first one to show itself, then exits."""

from __future__ import annotations

import getpass
import re

from PySide6.QtCore import QObject, Signal
from PySide6.QtNetwork import QLocalServer, QLocalSocket


def server_name(home: str) -> str:
    """A per-user (and per-NEIRI_HOME) name for the local socket."""
    safe = re.sub(r"[^A-Za-z0-9_.-]", "_", f"neiri-{getpass.getuser()}-{home}")
    return safe[-100:]


class SingleInstance(QObject):
    activated = Signal()  # another launch asked us to come to the front

    def __init__(self, name: str, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.name = name
        self._server: QLocalServer | None = None

    def ask_running_instance(self, timeout_ms: int = 500) -> bool:
        """True when another instance answered (it will show its window)."""
        socket = QLocalSocket()
        socket.connectToServer(self.name)
        if not socket.waitForConnected(timeout_ms):
            return False
        socket.write(b"show\n")
        socket.waitForBytesWritten(timeout_ms)
        socket.disconnectFromServer()
        return True

    def listen(self) -> bool:
        self._server = QLocalServer(self)
        if not self._server.listen(self.name):
            QLocalServer.removeServer(self.name)  # a crashed instance left its socket
            if not self._server.listen(self.name):
                return False
        self._server.newConnection.connect(self._on_connection)
        return True

    def _on_connection(self) -> None:
        assert self._server is not None
        while self._server.hasPendingConnections():
            connection = self._server.nextPendingConnection()
            connection.readyRead.connect(lambda c=connection: self._read(c))

    def _read(self, connection: QLocalSocket) -> None:
        if b"show" in bytes(connection.readAll()):
            self.activated.emit()
        connection.disconnectFromServer()

    def close(self) -> None:
        if self._server is not None:
            self._server.close()

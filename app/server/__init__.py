"""The local HTTP + WebSocket server: avatar and overlay pages, the event stream, control.

Every web client (the app's own avatar view, OBS browser sources) speaks the one
versioned protocol documented in ``app/server/PROTOCOL.md``.
"""

from app.server.protocol import PROTOCOL_VERSION
from app.server.server import (
    OVERLAY_VARIANTS,
    ControlCommand,
    ControlHandler,
    EventServer,
    ServerError,
)

__all__ = [
    "OVERLAY_VARIANTS",
    "PROTOCOL_VERSION",
    "ControlCommand",
    "ControlHandler",
    "EventServer",
    "ServerError",
]

"""The local HTTP + WebSocket server that every avatar page and OBS overlay connects to.

One aiohttp application serves the pages (``/``, ``/overlay/{variant}``), the files of
``web_avatar/`` under ``/static/``, the avatar model (``/avatar/...``: a VRM, or a Live2D
model's folder and the user's own Cubism Core), a ``/health`` JSON and the event stream
``/ws``. The wire format lives in :mod:`app.server.protocol` and ``PROTOCOL.md``.

Fan-out never blocks the publisher: the bus handler encodes an event once and puts
it into each client's bounded outbox; one sender task per client writes it out. A
client whose outbox fills up (slow or stuck), or whose single send stalls, is closed
with 1013; the app and the other clients carry on. Mouth frames are coalesced, so a
client that is a little behind gets the newest mouth state rather than a backlog.

Security (see ``PROTOCOL.md``): loopback peers only unless ``allow_remote``; remote
peers must present the token; WebSocket upgrades are checked by Origin; requests
from this machine must name the server by address or ``localhost`` (DNS rebinding);
control messages need the token when one is set; client messages are size-limited
and validated; a client that keeps sending garbage is closed with 1008.
"""

from __future__ import annotations

import asyncio
import contextlib
import hashlib
import hmac
import inspect
import ipaddress
import logging
import socket
import threading
import time
from collections import deque
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any
from urllib.parse import quote

from aiohttp import WSCloseCode, WSMsgType, web
from pydantic import SecretStr

from app.core.bus import EventBus
from app.core.events import Event
from app.logs import log_event
from app.server import protocol
from app.server.protocol import ErrorCode, ProtocolError

if TYPE_CHECKING:
    from app.config.settings import ServerSettings

log = logging.getLogger("neiri.server")

STATIC_DIR = Path(__file__).resolve().parents[2] / "web_avatar"
DEFAULT_AVATAR = Path(__file__).resolve().parents[2] / "resources" / "avatar" / "neiri.vrm"
STATUS_PAGE = "status.html"
AVATAR_PAGE = "avatar.html"
OVERLAY_VARIANTS = ("avatar", "captions", "chat")
SESSION_COOKIE = "neiri_session"

AVATAR_VRM_URL = "/avatar/model.vrm"
AVATAR_INFO_URL = "/avatar/current"
LIVE2D_URL = "/avatar/live2d/"
LIVE2D_CORE_URL = "/avatar/live2dcubismcore.min.js"
LIVE2D_FILE_TYPES = frozenset({".json", ".moc3", ".png", ".jpg", ".jpeg", ".webp"})
"""What a Live2D model's folder may serve: its JSON files, the .moc3 and the textures."""

FRAME_LIMIT = 256 * 1024
"""Transport cap on one incoming frame; above it aiohttp closes with 1009. Frames
between :data:`protocol.MAX_MESSAGE_BYTES` and this get a ``too_large`` error."""
ERROR_LIMIT = 50
ERROR_WINDOW_S = 10.0
CLOSE_TIMEOUT_S = 1.0
CONTROL_TIMEOUT_S = 5.0

CLOSE_GOING_AWAY = int(WSCloseCode.GOING_AWAY)  # 1001: the server stops
CLOSE_POLICY = int(WSCloseCode.POLICY_VIOLATION)  # 1008: abuse, failed authentication
CLOSE_TOO_SLOW = int(WSCloseCode.TRY_AGAIN_LATER)  # 1013: the client did not keep up

_CONTENT_TYPES = {
    ".html": "text/html",
    ".js": "text/javascript",
    ".mjs": "text/javascript",
    ".css": "text/css",
    ".json": "application/json",
    ".png": "image/png",
    ".jpg": "image/jpeg",
    ".svg": "image/svg+xml",
    ".wasm": "application/wasm",
    ".vrm": "model/gltf-binary",
    ".glb": "model/gltf-binary",
    ".moc3": "application/octet-stream",
    ".jpeg": "image/jpeg",
    ".webp": "image/webp",
}


def is_live2d(path: Path | str) -> bool:
    """A Live2D model file (``*.model3.json``), as opposed to a VRM."""
    return str(path).lower().endswith(".model3.json")


class ServerError(RuntimeError):
    """The server cannot start (port taken, address not on this machine...)."""


@dataclass(frozen=True, slots=True)
class ControlCommand:
    """A control message a client was allowed to send: ``stop`` or ``say`` ``text``."""

    action: str
    text: str | None = None
    peer: str = ""


ControlHandler = Callable[[ControlCommand], Any]
"""Called on the loop thread; may return an awaitable (awaited, at most 5 s)."""


# --- the checks, as plain functions (unit-tested on their own) ------------------------


def is_loopback(address: str | None) -> bool:
    """True for 127.0.0.0/8, ::1 and IPv4-mapped loopback; False for anything else."""
    if not address:
        return False
    try:
        ip = ipaddress.ip_address(address.split("%", 1)[0])
    except ValueError:
        return False
    if isinstance(ip, ipaddress.IPv6Address) and ip.ipv4_mapped is not None:
        ip = ip.ipv4_mapped
    return ip.is_loopback


def _hostname(host_header: str) -> str:
    host = host_header.strip().lower()
    if host.startswith("["):
        end = host.find("]")
        return host[1:end] if end > 0 else host
    if host.count(":") == 1:
        return host.rsplit(":", 1)[0]
    return host


def _is_ip(name: str) -> bool:
    try:
        ipaddress.ip_address(name)
    except ValueError:
        return False
    return True


def host_allowed(host_header: str | None, extra_hosts: Iterable[str] = ()) -> bool:
    """A request from this machine must name the server by IP address or ``localhost``.

    A web page on a DNS name that an attacker points at 127.0.0.1 (DNS rebinding)
    sends that name as Host and is refused here.
    """
    if host_header is None:
        return True
    name = _hostname(host_header)
    return name == "localhost" or _is_ip(name) or name in {h.lower() for h in extra_hosts}


def origin_allowed(
    origin: str | None,
    *,
    port: int,
    host_header: str | None = None,
    extra_origins: Iterable[str] = (),
) -> bool:
    """May a WebSocket upgrade with this ``Origin`` header connect?

    No Origin (OBS, command-line clients: not a web page) is allowed; so are the
    server's own loopback origins, a page served by this server on an IP address
    (Origin equal to ``http://<Host>``) and any ``extra_origins``. Everything else,
    ``null`` and ``file://`` included, is refused.
    """
    if origin is None:
        return True
    value = origin.strip().lower().rstrip("/")
    if not value:
        return False
    if value in {o.strip().lower().rstrip("/") for o in extra_origins}:
        return True
    if value in {f"http://127.0.0.1:{port}", f"http://localhost:{port}", f"http://[::1]:{port}"}:
        return True
    if host_header:
        host = host_header.strip().lower()
        if _is_ip(_hostname(host)) and value == f"http://{host}":
            return True
    return False


def safe_static_path(root: Path, relative: str) -> Path | None:
    """The file ``relative`` names inside ``root``, or ``None`` when it would leave
    ``root`` (``..``, absolute paths, symlinks out), is hidden or does not exist."""
    if not relative or any(c in relative for c in ("\x00", "\\", ":")):
        return None
    parts = relative.split("/")
    if any(part in ("", ".", "..") or part.startswith(".") for part in parts):
        return None
    base = root.resolve()
    try:
        candidate = (base / relative).resolve()
    except (OSError, RuntimeError):
        return None
    if not candidate.is_relative_to(base) or not candidate.is_file():
        return None
    return candidate


# --- one client -----------------------------------------------------------------------


class _Slot:
    """A queued high-rate message whose payload is replaced until it is sent."""

    __slots__ = ("key", "payload")

    def __init__(self, key: str, payload: bytes) -> None:
        self.key = key
        self.payload = payload


class Outbox:
    """One client's bounded queue of encoded messages.

    ``put`` never blocks: it returns False when the queue is full. A coalesced type
    holds at most one place in the queue; newer payloads replace the waiting one.
    """

    __slots__ = ("_queue", "_slots", "maxsize", "peak")

    def __init__(self, maxsize: int) -> None:
        self._queue: asyncio.Queue[bytes | _Slot] = asyncio.Queue(maxsize)
        self._slots: dict[str, _Slot] = {}
        self.maxsize = maxsize
        self.peak = 0

    def __len__(self) -> int:
        return self._queue.qsize()

    def put(self, payload: bytes, coalesce: str | None = None) -> bool:
        if coalesce is None:
            return self._offer(payload)
        slot = self._slots.get(coalesce)
        if slot is not None:
            slot.payload = payload
            return True
        slot = _Slot(coalesce, payload)
        if not self._offer(slot):
            return False
        self._slots[coalesce] = slot
        return True

    def _offer(self, item: bytes | _Slot) -> bool:
        try:
            self._queue.put_nowait(item)
        except asyncio.QueueFull:
            return False
        size = self._queue.qsize()
        if size > self.peak:
            self.peak = size
        return True

    async def get(self) -> bytes:
        item = await self._queue.get()
        if isinstance(item, _Slot):
            if self._slots.get(item.key) is item:
                del self._slots[item.key]
            return item.payload
        return item


class _Client:
    __slots__ = (
        "authenticated",
        "closing",
        "errors",
        "filter",
        "outbox",
        "peer",
        "ready",
        "role",
        "sender",
        "transport",
        "ws",
    )

    def __init__(self, ws: web.WebSocketResponse, request: web.Request, queue_size: int) -> None:
        self.ws = ws
        self.transport = request.transport
        self.peer = _peer(request) or "?"
        self.role = "viewer"
        self.authenticated = False
        self.ready = False  # receives events (after its hello)
        self.closing = False
        self.filter = protocol.TypeFilter()
        self.outbox = Outbox(queue_size)
        self.errors: deque[float] = deque(maxlen=ERROR_LIMIT + 1)
        self.sender: asyncio.Task[None] | None = None


def _peer(request: web.Request) -> str | None:
    transport = request.transport
    peername = transport.get_extra_info("peername") if transport is not None else None
    if isinstance(peername, tuple) and peername:
        return str(peername[0])
    return None


def _secret(token: str | SecretStr | None) -> str | None:
    if isinstance(token, SecretStr):  # as the settings hold it
        token = token.get_secret_value()
    return token or None


# --- the server -----------------------------------------------------------------------


class EventServer:
    """Serves the avatar pages and streams bus events to every connected web client."""

    def __init__(
        self,
        bus: EventBus,
        host: str = "127.0.0.1",
        port: int = 8765,
        token: str | SecretStr | None = None,
        allow_remote: bool = False,
        static_dir: Path | str = STATIC_DIR,
        control: ControlHandler | None = None,
        *,
        queue_size: int = 256,
        send_timeout: float = 5.0,
        max_clients: int = 32,
        auth_timeout: float = 5.0,
        heartbeat: float | None = 20.0,
        allowed_origins: Iterable[str] = (),
        allowed_hosts: Iterable[str] = (),
        avatar_model: Path | str | None = DEFAULT_AVATAR,
    ) -> None:
        self._token = _secret(token)
        self.avatar_model = Path(avatar_model) if avatar_model else None
        """The VRM at ``/avatar/model.vrm``; with a Live2D model shown, the fallback VRM."""
        self.live2d_model: Path | None = None
        """The ``.model3.json`` shown now (its folder is served under ``/avatar/live2d/``),
        or ``None`` when the avatar is the VRM."""
        self.live2d_core: Path | None = None
        """The user's ``live2dcubismcore.min.js``, served at :data:`LIVE2D_CORE_URL`."""
        self.avatar_name = ""
        self.avatar_emotions: dict[str, str] = {}
        self.avatar_version = 0
        if allow_remote and self._token is None:
            raise ValueError(
                "Remote access needs a token: other devices must present it to connect."
            )
        if not 0 <= int(port) <= 65535:
            raise ValueError(f"port must be 0..65535, not {port}")
        if queue_size < 1 or max_clients < 1:
            raise ValueError("queue_size and max_clients must be at least 1")
        self._bus = bus
        self._host = host
        self._requested_port = int(port)
        self._port = int(port)
        self._allow_remote = allow_remote
        self._static_dir = Path(static_dir)
        self._control = control
        self._queue_size = queue_size
        self._send_timeout = send_timeout
        self._max_clients = max_clients
        self._auth_timeout = auth_timeout
        self._heartbeat = heartbeat
        self._allowed_origins = frozenset(allowed_origins)
        self._allowed_hosts = frozenset(allowed_hosts)
        self._cookie = (
            hmac.new(self._token.encode(), b"neiri-session", hashlib.sha256).hexdigest()
            if self._token
            else None
        )
        self._clients: set[_Client] = set()
        self._tasks: set[asyncio.Task[None]] = set()
        self._runner: web.AppRunner | None = None
        self._unsubscribe: Callable[[], None] | None = None
        self._loop: asyncio.AbstractEventLoop | None = None
        self._loop_thread = 0
        self._started = 0.0
        self._stopping = False
        self.dropped_clients = 0
        self.connections_total = 0

    @classmethod
    def from_settings(
        cls,
        bus: EventBus,
        settings: ServerSettings,
        *,
        control: ControlHandler | None = None,
        static_dir: Path | str = STATIC_DIR,
    ) -> EventServer:
        """From the ``server`` section of the settings (:class:`ServerSettings`)."""
        return cls(
            bus,
            host=settings.host,
            port=settings.port,
            token=settings.token,
            allow_remote=settings.allow_remote,
            static_dir=static_dir,
            control=control,
        )

    # --- state ------------------------------------------------------------------------

    @property
    def clients(self) -> int:
        """Open WebSocket connections (including ones still authenticating)."""
        return len(self._clients)

    @property
    def port(self) -> int:
        return self._port

    @property
    def running(self) -> bool:
        return self._runner is not None

    @property
    def url(self) -> str:
        """The address of the main page as seen from this machine."""
        host = self._host
        if host in ("", "0.0.0.0"):
            host = "127.0.0.1"
        elif host == "::":
            host = "[::1]"
        elif ":" in host:
            host = f"[{host}]"
        return f"http://{host}:{self._port}/"

    def overlay_url(self, variant: str = "avatar") -> str:
        """The URL to paste into an OBS browser source."""
        if variant not in OVERLAY_VARIANTS:
            raise ValueError(f"unknown overlay {variant!r}; one of {OVERLAY_VARIANTS}")
        return f"{self.url}overlay/{variant}"

    # --- the avatar model ---------------------------------------------------------------

    def set_avatar(
        self,
        model: Path | None,
        *,
        fallback_vrm: Path | None = DEFAULT_AVATAR,
        name: str = "",
        emotions: Mapping[str, str] | None = None,
        live2d_core: Path | None = None,
    ) -> bool:
        """Serve ``model``: a VRM (``.vrm``/``.glb``) at ``/avatar/model.vrm``, or a Live2D
        ``.model3.json`` with its folder under ``/avatar/live2d/`` (``fallback_vrm`` then
        stays at ``/avatar/model.vrm`` for pages that cannot show Live2D). ``None`` means
        ``fallback_vrm``. Returns True when pages must load another model (the model file
        or the Cubism Core changed); the name and the emotion map are updated either way.
        """
        live2d = model if model is not None and is_live2d(model) else None
        vrm = (model if live2d is None else None) or fallback_vrm
        core = live2d_core if live2d_core else None
        changed = (vrm, live2d, core) != (self.avatar_model, self.live2d_model, self.live2d_core)
        self.avatar_model, self.live2d_model, self.live2d_core = vrm, live2d, core
        self.avatar_name = name
        self.avatar_emotions = dict(emotions or {})
        if changed:
            self.avatar_version += 1
        return changed

    def avatar_info(self) -> dict[str, Any]:
        """What the pages show: ``kind`` (vrm, live2d), ``url`` (``None`` when there is no
        model file), ``name``, ``emotions`` and ``core`` (the Cubism Core URL for a Live2D
        model when one is set, else ``None``). Served at ``/avatar/current``; the
        ``avatar.model`` event carries the same fields."""
        version = self.avatar_version
        if self.live2d_model is not None:
            name = quote(self.live2d_model.name)
            return {
                "kind": "live2d",
                "url": f"{LIVE2D_URL}{name}?v={version}",
                "name": self.avatar_name,
                "emotions": dict(self.avatar_emotions),
                "core": LIVE2D_CORE_URL if self.live2d_core is not None else None,
            }
        model = self.avatar_model
        return {
            "kind": "vrm",
            "url": f"{AVATAR_VRM_URL}?v={version}" if model and model.is_file() else None,
            "name": self.avatar_name,
            "emotions": dict(self.avatar_emotions),
            "core": None,
        }

    def outbox_peaks(self) -> list[tuple[int, int]]:
        """(peak, bound) of each open client's outbox: the queue never passes its bound."""
        return [(c.outbox.peak, c.outbox.maxsize) for c in self._clients]

    # --- life cycle -------------------------------------------------------------------

    async def start(self) -> str:
        """Bind and serve; returns :attr:`url`. Raises :class:`ServerError`."""
        if self._runner is not None:
            return self.url
        loop = asyncio.get_running_loop()
        app = web.Application(middlewares=[self._guard], client_max_size=64 * 1024)
        app.router.add_get("/", self._main_page)
        app.router.add_get("/overlay/{variant}", self._overlay_page)
        app.router.add_get("/static/{path:.*}", self._static_file)
        app.router.add_get(AVATAR_VRM_URL, self._avatar_model)
        app.router.add_get(AVATAR_INFO_URL, self._avatar_info)
        app.router.add_get(LIVE2D_URL + "{path:.*}", self._live2d_file)
        app.router.add_get(LIVE2D_CORE_URL, self._live2d_core)
        app.router.add_get("/ws", self._websocket)
        app.router.add_get("/health", self._health)
        runner = web.AppRunner(app, handle_signals=False, access_log=None, shutdown_timeout=1.0)
        await runner.setup()
        try:
            sock = await self._bind(loop)
            site = web.SockSite(runner, sock)
            await site.start()
        except OSError as exc:
            await runner.cleanup()
            raise ServerError(
                f"Cannot serve on {self._host}:{self._requested_port}: {exc.strerror or exc}. "
                "Choose another port in the settings."
            ) from exc
        self._port = sock.getsockname()[1]
        self._runner = runner
        self._loop = loop
        self._loop_thread = threading.get_ident()
        self._started = time.monotonic()
        self._stopping = False
        self._unsubscribe = self._bus.subscribe(self._on_event)
        log_event(
            log,
            "server.started",
            f"serving on {self.url}",
            host=self._host,
            port=self._port,
            allow_remote=self._allow_remote,
        )
        return self.url

    async def _bind(self, loop: asyncio.AbstractEventLoop) -> socket.socket:
        infos = await loop.getaddrinfo(
            self._host or None,
            self._requested_port,
            type=socket.SOCK_STREAM,
            flags=socket.AI_PASSIVE,
        )
        if not infos:
            raise OSError(f"cannot resolve {self._host}")
        family, _, _, _, address = infos[0]
        dualstack = family == socket.AF_INET6 and self._host == "::"
        return socket.create_server(
            address,
            family=family,
            backlog=128,
            dualstack_ipv6=dualstack and socket.has_dualstack_ipv6(),
        )

    async def stop(self) -> None:
        """Close every client (1001) within about a second, then stop listening."""
        runner = self._runner
        if runner is None:
            return
        self._stopping = True
        if self._unsubscribe is not None:
            self._unsubscribe()
            self._unsubscribe = None
        for client in list(self._clients):
            self._kick(client, CLOSE_GOING_AWAY, "server shutting down", quiet=True)
        if self._tasks:
            await asyncio.gather(*list(self._tasks), return_exceptions=True)
        await runner.cleanup()
        self._runner = None
        log_event(log, "server.stopped", "stopped", port=self._port)

    # --- HTTP -------------------------------------------------------------------------

    @web.middleware
    async def _guard(self, request: web.Request, handler: Any) -> web.StreamResponse:
        peer = _peer(request)
        remote = not is_loopback(peer)
        if remote:
            if not self._allow_remote:
                self._refused(request, peer, "remote access is off")
                raise web.HTTPForbidden(
                    text="Only this computer may connect: remote access is off in the settings."
                )
            # the event stream also accepts the token as its first message
            if request.path != "/ws" and not self._request_has_token(request):
                self._refused(request, peer, "no token")
                raise web.HTTPForbidden(text="This address needs the token: add ?token=...")
        elif not host_allowed(request.headers.get("Host"), self._allowed_hosts):
            self._refused(request, peer, "host name not allowed")
            raise web.HTTPForbidden(text="Use http://127.0.0.1 or http://localhost.")
        response = await handler(request)
        if not response.prepared:
            response.headers.setdefault("X-Content-Type-Options", "nosniff")
            response.headers.setdefault("Referrer-Policy", "no-referrer")
            if remote and self._cookie and self._token_ok(request.query.get("token")):
                # lets the page's own requests (scripts, models) through without the token
                response.set_cookie(
                    SESSION_COOKIE, self._cookie, httponly=True, samesite="Strict", path="/"
                )
        return response

    def _refused(self, request: web.Request, peer: str | None, reason: str) -> None:
        log_event(
            log,
            "server.refused",
            f"refused {request.method} {request.path}: {reason}",
            level=logging.WARNING,
            peer=peer,
        )

    def _token_ok(self, candidate: str | None) -> bool:
        if self._token is None or not candidate:
            return False
        return hmac.compare_digest(candidate.encode("utf-8", "replace"), self._token.encode())

    def _request_has_token(self, request: web.Request) -> bool:
        if self._token is None:
            return False
        if self._token_ok(request.query.get("token")):
            return True
        authorization = request.headers.get("Authorization", "")
        if authorization[:7].lower() == "bearer " and self._token_ok(authorization[7:].strip()):
            return True
        cookie = request.cookies.get(SESSION_COOKIE)
        return bool(cookie and self._cookie and hmac.compare_digest(cookie, self._cookie))

    def _file(self, path: Path, *, no_store: bool = False) -> web.FileResponse:
        headers = {"Cache-Control": "no-store" if no_store else "no-cache"}
        content_type = _CONTENT_TYPES.get(path.suffix.lower())
        if content_type:
            headers["Content-Type"] = content_type
        return web.FileResponse(path, headers=headers)

    def _page(self, name: str) -> web.FileResponse:
        path = safe_static_path(self._static_dir, name)
        if path is None:
            raise web.HTTPNotFound(text=f"{name} is missing from {self._static_dir}")
        return self._file(path, no_store=True)

    async def _main_page(self, request: web.Request) -> web.StreamResponse:
        return self._page(AVATAR_PAGE)

    async def _overlay_page(self, request: web.Request) -> web.StreamResponse:
        variant = request.match_info["variant"]
        if variant not in OVERLAY_VARIANTS:
            raise web.HTTPNotFound(
                text=f"No overlay {variant!r}; try one of: {', '.join(OVERLAY_VARIANTS)}."
            )
        # the avatar alone on a transparent page; captions and chat are the status page's views
        return self._page(AVATAR_PAGE if variant == "avatar" else STATUS_PAGE)

    async def _static_file(self, request: web.Request) -> web.StreamResponse:
        path = safe_static_path(self._static_dir, request.match_info["path"])
        if path is None:
            raise web.HTTPNotFound(text="Not found.")
        return self._file(path)

    async def _avatar_model(self, request: web.Request) -> web.StreamResponse:
        """The avatar the user chose (by default Neiri's own), at one fixed URL."""
        model = self.avatar_model
        if model is None or not model.is_file():
            raise web.HTTPNotFound(text="No avatar model is set.")
        return self._file(model, no_store=True)

    async def _avatar_info(self, request: web.Request) -> web.StreamResponse:
        return web.json_response(self.avatar_info(), headers={"Cache-Control": "no-store"})

    async def _live2d_file(self, request: web.Request) -> web.StreamResponse:
        """A file of the Live2D model's folder: nothing outside it, nothing hidden, only
        the kinds of file a model is made of."""
        model = self.live2d_model
        if model is None:
            raise web.HTTPNotFound(text="No Live2D model is chosen.")
        relative = request.match_info["path"]
        path = safe_static_path(model.parent, relative)
        if path is None or not relative.lower().endswith(tuple(LIVE2D_FILE_TYPES)):
            raise web.HTTPNotFound(text="Not a file of the Live2D model.")
        return self._file(path)

    async def _live2d_core(self, request: web.Request) -> web.StreamResponse:
        """The user's own Live2D Cubism Core (Neiri never ships or downloads it)."""
        core = self.live2d_core
        if core is None:
            raise web.HTTPNotFound(
                text="Live2D is off: no Live2D Cubism Core is set. Choose your own "
                "live2dcubismcore.min.js (from the Cubism SDK for Web) in the avatar settings."
            )
        if not core.is_file():
            raise web.HTTPNotFound(
                text=f"The Live2D Cubism Core file {core.name} is missing; "
                "choose it again in the avatar settings."
            )
        return self._file(core)

    async def _health(self, request: web.Request) -> web.StreamResponse:
        return web.json_response(
            {
                "ok": True,
                "server": protocol.SERVER_NAME,
                "protocol": protocol.PROTOCOL_VERSION,
                "clients": self.clients,
                "connections": self.connections_total,
                "uptime_s": round(time.monotonic() - self._started, 1),
                "remote": self._allow_remote,
            },
            headers={"Cache-Control": "no-store"},
        )

    # --- the event stream -------------------------------------------------------------

    async def _websocket(self, request: web.Request) -> web.StreamResponse:
        origin = request.headers.get("Origin")
        if not origin_allowed(
            origin,
            port=self._port,
            host_header=request.headers.get("Host"),
            extra_origins=self._allowed_origins,
        ):
            self._refused(request, _peer(request), f"origin {origin[:80]!r} not allowed")
            raise web.HTTPForbidden(text="Pages from this origin may not connect.")
        if self._stopping:
            raise web.HTTPServiceUnavailable(text="The server is stopping.")
        if len(self._clients) >= self._max_clients:
            raise web.HTTPServiceUnavailable(text="Too many clients are connected.")
        ws = web.WebSocketResponse(
            max_msg_size=FRAME_LIMIT,
            compress=False,  # small JSON: compression costs more time than it saves
            heartbeat=self._heartbeat,
            timeout=CLOSE_TIMEOUT_S,
        )
        client = _Client(ws, request, self._queue_size)
        remote = not is_loopback(client.peer)
        client.authenticated = self._request_has_token(request)
        self._clients.add(client)
        try:
            await ws.prepare(request)
            if remote and not client.authenticated and not await self._authenticate(client):
                return ws
            client.role = "controller" if self._may_control(client) else "viewer"
            client.sender = asyncio.create_task(self._send_loop(client), name="server-send")
            self._push(client, protocol.hello(client.role))
            client.ready = True
            self.connections_total += 1
            log_event(log, "server.client", "client connected", peer=client.peer, role=client.role)
            await self._receive_loop(client)
        finally:
            self._clients.discard(client)
            await self._finish(client)
        return ws

    def _may_control(self, client: _Client) -> bool:
        return self._token is None or client.authenticated

    async def _authenticate(self, client: _Client) -> bool:
        """A remote client without a token in its URL must send ``auth`` first."""
        try:
            msg = await client.ws.receive(timeout=self._auth_timeout)
        except TimeoutError:
            await self._close(client, CLOSE_POLICY, "authentication timed out")
            return False
        parsed: protocol.ClientMessage | None = None
        if msg.type == WSMsgType.TEXT:
            with contextlib.suppress(ProtocolError):
                parsed = protocol.parse_client_message(msg.data)
        if not isinstance(parsed, protocol.Auth) or not self._token_ok(parsed.token):
            self._refused_ws(client, "bad or missing token")
            await self._close(client, CLOSE_POLICY, "authentication failed")
            return False
        client.authenticated = True
        return True

    def _refused_ws(self, client: _Client, reason: str) -> None:
        log_event(
            log, "server.refused", f"refused /ws: {reason}", level=logging.WARNING, peer=client.peer
        )

    async def _receive_loop(self, client: _Client) -> None:
        ws = client.ws
        while not client.closing:
            msg = await ws.receive()
            if msg.type in (WSMsgType.TEXT, WSMsgType.BINARY):
                raw = msg.data
            else:  # CLOSE, CLOSING, CLOSED, or ERROR (invalid UTF-8: 1007, oversized: 1009)
                if msg.type == WSMsgType.ERROR:
                    log_event(
                        log,
                        "server.client_error",
                        f"connection failed: {msg.data}",
                        level=logging.INFO,
                        peer=client.peer,
                        code=ws.close_code,
                    )
                return
            try:
                message = protocol.parse_client_message(raw)
            except ProtocolError as exc:
                self._reject(client, exc.code, exc.message, exc.msg_id)
            else:
                await self._handle(client, message)
            # a flood of buffered messages must not starve the other clients' senders
            await asyncio.sleep(0)

    async def _handle(self, client: _Client, message: protocol.ClientMessage) -> None:
        if isinstance(message, protocol.Ping):
            self._push(client, protocol.pong(message.id))
        elif isinstance(message, protocol.Subscribe):
            client.filter = protocol.TypeFilter(message.types)
            self._push(client, protocol.subscribed(message.types, message.id))
        elif isinstance(message, protocol.Auth):
            if self._token is not None and not self._token_ok(message.token):
                self._reject(client, ErrorCode.UNAUTHORIZED, "Wrong token.", message.id)
                return
            client.authenticated = self._token is not None or client.authenticated
            client.role = "controller" if self._may_control(client) else "viewer"
            self._push(client, protocol.hello(client.role))
        elif isinstance(message, protocol.Control):
            await self._run_control(client, message)

    async def _run_control(self, client: _Client, message: protocol.Control) -> None:
        if self._token is not None and not (client.authenticated or self._token_ok(message.token)):
            self._reject(client, ErrorCode.UNAUTHORIZED, "Control needs the token.", message.id)
            return
        if self._control is None:
            self._push(
                client,
                protocol.error(
                    ErrorCode.CONTROL_UNAVAILABLE, "Nothing to control right now.", message.id
                ),
            )
            return
        command = ControlCommand(message.action, message.text, client.peer)
        try:
            result = self._control(command)
            if inspect.isawaitable(result):
                async with asyncio.timeout(CONTROL_TIMEOUT_S):
                    await result
        except Exception as exc:  # the app's answer, e.g. "the message is too long"
            text = str(exc) or type(exc).__name__
            self._push(client, protocol.error(ErrorCode.CONTROL_FAILED, text[:500], message.id))
            return
        log_event(log, "server.control", f"control {command.action}", peer=client.peer)
        self._push(client, protocol.ack(message.action, message.id))

    def _reject(
        self, client: _Client, code: ErrorCode, message: str, msg_id: str | int | None
    ) -> None:
        """Answer a bad message with an error; too many in a short time close the client."""
        self._push(client, protocol.error(code, message, msg_id))
        stamp = time.monotonic()
        client.errors.append(stamp)
        if len(client.errors) > ERROR_LIMIT and stamp - client.errors[0] <= ERROR_WINDOW_S:
            self._kick(client, CLOSE_POLICY, "too many invalid messages")

    def _push(self, client: _Client, message: dict[str, Any]) -> None:
        if client.closing:
            return
        if not client.outbox.put(protocol.encode(message)):
            self._kick(client, CLOSE_TOO_SLOW, "too slow: outbox full")

    def _on_event(self, event: Event) -> None:
        """The bus handler: encode once, offer to each client, never wait."""
        if threading.get_ident() != self._loop_thread:
            loop = self._loop
            if loop is not None and not loop.is_closed():
                loop.call_soon_threadsafe(self._on_event, event)
            return
        if not self._clients:
            return
        kind = event.type
        coalesce = kind if kind in protocol.COALESCED_TYPES else None
        payload: bytes | None = None
        for client in tuple(self._clients):
            if not client.ready or client.closing or not client.filter.matches(kind):
                continue
            if payload is None:
                payload = protocol.encode_event(event)
                if payload is None:
                    return
            if not client.outbox.put(payload, coalesce):
                self._kick(client, CLOSE_TOO_SLOW, "too slow: outbox full")

    async def _send_loop(self, client: _Client) -> None:
        ws = client.ws
        outbox = client.outbox
        timeout = self._send_timeout
        try:
            while True:
                payload = await outbox.get()
                async with asyncio.timeout(timeout):
                    await ws.send_frame(payload, WSMsgType.TEXT)
        except TimeoutError:
            self._kick(client, CLOSE_TOO_SLOW, "too slow: a send stalled")
        except (ConnectionError, RuntimeError) as exc:  # the peer went away mid-send
            log_event(log, "server.send_failed", str(exc), level=logging.DEBUG, peer=client.peer)

    def _kick(self, client: _Client, code: int, reason: str, *, quiet: bool = False) -> None:
        """Close one client from anywhere (sync): its receive loop then ends."""
        if client.closing:
            return
        client.closing = True
        client.ready = False
        if not quiet:
            self.dropped_clients += 1
            log_event(
                log,
                "server.client_dropped",
                f"closed a client: {reason}",
                level=logging.WARNING,
                peer=client.peer,
                code=code,
            )
        task = asyncio.get_running_loop().create_task(
            self._close(client, code, reason), name="server-close"
        )
        self._tasks.add(task)
        task.add_done_callback(self._tasks.discard)

    async def _close(self, client: _Client, code: int, reason: str) -> None:
        """Send a close frame and wait up to a second; abort a peer that does not read.

        aiohttp's writers share one un-shielded drain future per connection, so the
        sender is not cancelled while it may be waiting on it, and the close runs in a
        task of its own whose cancellation cannot leak into this one.
        """
        client.closing = True
        client.ready = False
        closer = asyncio.ensure_future(client.ws.close(code=code, message=reason.encode()[:120]))
        stalled = True
        try:
            done, _ = await asyncio.wait({closer}, timeout=CLOSE_TIMEOUT_S)
            if done and not closer.cancelled() and closer.exception() is None:
                stalled = False
        finally:
            if not closer.done():
                closer.cancel()
            transport = client.transport
            if transport is not None and (stalled or transport.get_write_buffer_size() > 0):
                transport.abort()  # a stuck peer reads nothing: do not keep its bytes around
            sender = client.sender
            if sender is not None and sender is not asyncio.current_task():
                sender.cancel()

    async def _finish(self, client: _Client) -> None:
        client.ready = False
        if not client.ws.prepared:  # the upgrade itself failed
            client.closing = True
            return
        if not client.ws.closed and not client.closing:
            await self._close(client, int(WSCloseCode.OK), "")
        client.closing = True
        sender = client.sender
        if sender is not None:
            sender.cancel()
            with contextlib.suppress(asyncio.CancelledError, Exception):
                await sender


__all__ = [
    "AVATAR_INFO_URL",
    "AVATAR_VRM_URL",
    "LIVE2D_CORE_URL",
    "LIVE2D_URL",
    "OVERLAY_VARIANTS",
    "STATIC_DIR",
    "ControlCommand",
    "ControlHandler",
    "EventServer",
    "Outbox",
    "ServerError",
    "host_allowed",
    "is_live2d",
    "is_loopback",
    "origin_allowed",
    "safe_static_path",
]

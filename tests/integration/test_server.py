"""The local server for real: aiohttp server and clients on 127.0.0.1 (port 0).

Covers the handshake, ordered fan-out to several clients, subscriptions, ping, control
with and without a token, the Origin/Host/peer rules (with a real non-loopback address
when the machine has one), static-path traversal, a fuzzing client, a stuck client, the
shutdown, and the status page in Debian's headless Chromium when it is installed.
"""

from __future__ import annotations

import asyncio
import base64
import contextlib
import gc
import json
import os
import random
import shutil
import socket
import threading
import time
import tracemalloc
from pathlib import Path
from typing import Any

import aiohttp
import pytest
from yarl import URL

from app.core.bus import EventBus
from app.core.events import (
    AvatarFrame,
    EmotionChanged,
    MicLevel,
    ReplyText,
    SpeakingChanged,
    TurnMetrics,
)
from app.server import ControlCommand, EventServer, ServerError
from app.server.server import STATIC_DIR

pytestmark = pytest.mark.timeout(60)

RECEIVE_S = 3.0
PYPROJECT_HEAD = (Path(__file__).resolve().parents[2] / "pyproject.toml").read_bytes()[:40]


class Recorder:
    """A fake control callable: records each command, optionally fails."""

    def __init__(self, fail: Exception | None = None, is_async: bool = False) -> None:
        self.calls: list[ControlCommand] = []
        self.fail = fail
        self.is_async = is_async

    def __call__(self, command: ControlCommand) -> Any:
        self.calls.append(command)
        if self.is_async:
            return self._later()
        if self.fail:
            raise self.fail
        return None

    async def _later(self) -> None:
        await asyncio.sleep(0.01)
        if self.fail:
            raise self.fail


@pytest.fixture
def bus() -> EventBus:
    return EventBus()


@pytest.fixture
async def make_server(bus):
    servers: list[EventServer] = []

    async def make(**kwargs: Any) -> EventServer:
        kwargs.setdefault("port", 0)
        server = EventServer(bus, **kwargs)
        await server.start()
        servers.append(server)
        return server

    yield make
    for server in servers:
        await server.stop()


@pytest.fixture
async def http():
    async with aiohttp.ClientSession() as session:
        yield session


async def connect(
    http: aiohttp.ClientSession, server: EventServer, query: str = "", **kwargs: Any
) -> tuple[aiohttp.ClientWebSocketResponse, dict[str, Any]]:
    ws = await http.ws_connect(f"{server.url}ws{query}", **kwargs)
    hello = await ws.receive_json(timeout=RECEIVE_S)
    assert hello["type"] == "hello"
    return ws, hello


async def send(ws: aiohttp.ClientWebSocketResponse, **fields: Any) -> dict[str, Any]:
    await ws.send_json({"v": 1, **fields})
    return await ws.receive_json(timeout=RECEIVE_S)


async def collect_turn_ids(ws: aiohttp.ClientWebSocketResponse, sink: list[int]) -> None:
    """Append each event's turn_id until the connection ends."""
    async for message in ws:
        if message.type != aiohttp.WSMsgType.TEXT:
            break
        sink.append(json.loads(message.data)["turn_id"])


async def quiet(ws: aiohttp.ClientWebSocketResponse) -> None:
    """Unsubscribe from every event (replies still come)."""
    await ws.send_json({"v": 1, "type": "subscribe", "types": []})
    while (await ws.receive_json(timeout=RECEIVE_S))["type"] != "subscribed":
        pass


async def closing_frame(ws: aiohttp.ClientWebSocketResponse) -> aiohttp.WSMessage:
    """The first message that is not text (events may still be on the way)."""
    while (message := await ws.receive(timeout=RECEIVE_S)).type == aiohttp.WSMsgType.TEXT:
        pass
    return message


async def eventually(predicate: Any, within: float = 3.0, what: str = "") -> None:
    """Wait until ``predicate()`` is true (fail after ``within`` seconds)."""
    deadline = time.monotonic() + within
    while not predicate():
        assert time.monotonic() < deadline, what or "condition never became true"
        await asyncio.sleep(0.01)


async def until_clients(server: EventServer, count: int) -> None:
    await eventually(lambda: server.clients == count, what=f"expected {count} clients")


async def raw_http(port: int, target: str, host: str = "127.0.0.1") -> tuple[int, bytes]:
    """A GET with the request target sent byte for byte (no client normalises it)."""
    reader, writer = await asyncio.open_connection("127.0.0.1", port)
    writer.write(
        f"GET {target} HTTP/1.1\r\nHost: {host}:{port}\r\nConnection: close\r\n\r\n".encode()
    )
    await writer.drain()
    data = await asyncio.wait_for(reader.read(), RECEIVE_S)
    writer.close()
    status = int(data.split(b" ", 2)[1])
    return status, data.partition(b"\r\n\r\n")[2]


async def stuck_client(port: int, host: str = "127.0.0.1") -> socket.socket:
    """A WebSocket client that completes the handshake, then never reads again."""
    loop = asyncio.get_running_loop()
    sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    sock.setsockopt(socket.SOL_SOCKET, socket.SO_RCVBUF, 4096)
    sock.setblocking(False)
    await loop.sock_connect(sock, (host, port))
    key = base64.b64encode(os.urandom(16)).decode()
    request = (
        f"GET /ws HTTP/1.1\r\nHost: {host}:{port}\r\nUpgrade: websocket\r\n"
        f"Connection: Upgrade\r\nSec-WebSocket-Key: {key}\r\nSec-WebSocket-Version: 13\r\n\r\n"
    )
    await loop.sock_sendall(sock, request.encode())
    head = b""
    while b"\r\n\r\n" not in head:  # one byte at a time: leave every frame unread
        chunk = await asyncio.wait_for(loop.sock_recv(sock, 1), RECEIVE_S)
        assert chunk, "closed during the handshake"
        head += chunk
    assert b" 101 " in head.split(b"\r\n", 1)[0]
    return sock


def local_non_loopback_ipv4() -> str | None:
    """An address of this machine that is not loopback (no packet is sent)."""
    with socket.socket(socket.AF_INET, socket.SOCK_DGRAM) as probe:
        try:
            probe.connect(("192.0.2.1", 9))
            address = probe.getsockname()[0]
        except OSError:
            return None
    if address.startswith("127.") or address == "0.0.0.0":
        return None
    try:
        with socket.create_server((address, 0)):
            pass
    except OSError:
        return None
    return address


# --- the basics ---------------------------------------------------------------------------


async def test_pages_health_and_hello(make_server, http):
    server = await make_server()
    async with http.get(server.url) as response:
        assert response.status == 200
        assert response.headers["Content-Type"].startswith("text/html")
        assert response.headers["X-Content-Type-Options"] == "nosniff"
        assert "neiriStatus" in await response.text()
    for variant in ("avatar", "captions", "chat"):
        async with http.get(server.overlay_url(variant)) as response:
            assert response.status == 200, variant
    async with http.get(f"{server.url}overlay/nope") as response:
        assert response.status == 404
    async with http.get(f"{server.url}static/status.html") as response:
        assert response.status == 200
    ws, hello = await connect(http, server)
    assert {k: hello[k] for k in ("v", "type", "server", "protocol", "role")} == {
        "v": 1,
        "type": "hello",
        "server": "neiri",
        "protocol": 1,
        "role": "controller",  # no token configured: every (local) client may control
    }
    async with http.get(f"{server.url}health") as response:
        health = await response.json()
    assert health["ok"] is True and health["protocol"] == 1 and health["clients"] == 1
    await ws.close()
    await until_clients(server, 0)


async def test_events_reach_several_clients_in_order(make_server, http, bus):
    server = await make_server()
    clients = [(await connect(http, server))[0] for _ in range(3)]
    sent = []
    for i in range(150):
        if i % 3 == 0:
            event = ReplyText(turn_id=i, text=f"clause {i} — ünïcødé")
        elif i % 3 == 1:
            event = EmotionChanged(turn_id=i, emotion="happy")
        else:
            event = TurnMetrics(turn_id=i, source="mic", asr_done=float("nan"))
        bus.publish(event)
        sent.append((event.type, i))
        if i % 20 == 0:
            await asyncio.sleep(0)
    for ws in clients:
        got = []
        for _ in sent:
            message = await ws.receive_json(timeout=RECEIVE_S)
            assert message["v"] == 1 and "ts" in message
            got.append((message["type"], message["turn_id"]))
        assert got == sent
    assert all(peak <= bound for peak, bound in server.outbox_peaks())


async def test_publishing_from_another_thread_is_delivered(make_server, http, bus):
    server = await make_server()
    ws, _ = await connect(http, server)
    thread = threading.Thread(target=lambda: bus.publish(ReplyText(turn_id=9, text="hi")))
    thread.start()
    thread.join()
    message = await ws.receive_json(timeout=RECEIVE_S)
    assert message["type"] == "turn.reply_text" and message["text"] == "hi"


async def test_subscribe_filters_and_opt_in_types(make_server, http, bus):
    server = await make_server()
    everything, _ = await connect(http, server)
    avatar_only, _ = await connect(http, server)
    levels, _ = await connect(http, server)
    reply = await send(avatar_only, type="subscribe", types=["avatar.*"], id="s1")
    assert reply == {"v": 1, "type": "subscribed", "id": "s1", "types": ["avatar.*"]}
    await send(levels, type="subscribe", types=["audio.level", "avatar.emotion"])
    bus.publish(MicLevel(rms_db=-30.0))
    bus.publish(ReplyText(turn_id=1, text="hello"))
    bus.publish(EmotionChanged(turn_id=1, emotion="sad"))

    async def types(ws: aiohttp.ClientWebSocketResponse, n: int) -> list[str]:
        return [(await ws.receive_json(timeout=RECEIVE_S))["type"] for _ in range(n)]

    assert await types(everything, 2) == ["turn.reply_text", "avatar.emotion"]
    assert await types(avatar_only, 1) == ["avatar.emotion"]
    assert await types(levels, 2) == ["audio.level", "avatar.emotion"]


async def test_ping_pong(make_server, http):
    server = await make_server()
    ws, hello = await connect(http, server)
    pong = await send(ws, type="ping", id=42)
    assert pong["type"] == "pong" and pong["id"] == 42
    assert pong["ts"] >= hello["ts"]
    assert "id" not in await send(ws, type="ping")


async def test_mouth_frames_are_coalesced_for_a_client_that_is_behind(make_server, http, bus):
    server = await make_server()
    ws, _ = await connect(http, server)
    for i in range(500):  # all before the sender can run: the client is "behind"
        bus.publish(AvatarFrame(turn_id=1, mouth=i / 499, emotion="happy"))
    visemes = {"aa": 0.1, "ih": 0.6, "ou": 0.0, "ee": 0.3, "oh": 0.0}
    bus.publish(AvatarFrame(turn_id=1, mouth=0.5, emotion="happy", visemes=visemes))
    bus.publish(ReplyText(turn_id=1, text="after the frames"))
    frame = await ws.receive_json(timeout=RECEIVE_S)
    assert frame["type"] == "avatar.frame" and frame["mouth"] == 0.5  # the newest
    assert frame["visemes"] == visemes  # the optional vowel shape passes through
    assert (await ws.receive_json(timeout=RECEIVE_S))["type"] == "turn.reply_text"
    await asyncio.sleep(0.05)
    assert server.clients == 1 and server.dropped_clients == 0


# --- control ------------------------------------------------------------------------------


async def test_control_without_a_token(make_server, http):
    control = Recorder()
    server = await make_server(control=control)
    ws, hello = await connect(http, server)
    assert hello["role"] == "controller"
    assert await send(ws, type="control", action="stop", id=1) == {
        "v": 1,
        "type": "ack",
        "id": 1,
        "action": "stop",
    }
    reply = await send(ws, type="control", action="say", text="Hello chat!", id="c2")
    assert reply["type"] == "ack" and reply["id"] == "c2"
    assert [(c.action, c.text) for c in control.calls] == [
        ("stop", None),
        ("say", "Hello chat!"),
    ]
    assert control.calls[0].peer == "127.0.0.1"
    reply = await send(ws, type="control", action="say", text="  ")
    assert reply["code"] == "bad_field" and len(control.calls) == 2


async def test_control_failures_are_reported(make_server, http):
    plain = await make_server()  # nothing to control
    ws, _ = await connect(http, plain)
    assert (await send(ws, type="control", action="stop"))["code"] == "control_unavailable"
    failing = Recorder(fail=ValueError("The message is too long."), is_async=True)
    server = await make_server(control=failing)
    ws, _ = await connect(http, server)
    reply = await send(ws, type="control", action="say", text="x", id=5)
    assert reply == {
        "v": 1,
        "type": "error",
        "id": 5,
        "code": "control_failed",
        "message": "The message is too long.",
    }
    assert (await send(ws, type="ping"))["type"] == "pong"  # still open


async def test_control_with_a_token(make_server, http):
    control = Recorder()
    server = await make_server(control=control, token="s3cret-token")
    ws, hello = await connect(http, server)
    assert hello["role"] == "viewer"
    reply = await send(ws, type="control", action="stop", id=1)
    assert reply["code"] == "unauthorized" and reply["id"] == 1
    reply = await send(ws, type="control", action="stop", token="wrong")
    assert reply["code"] == "unauthorized"
    assert control.calls == []
    reply = await send(ws, type="control", action="say", text="hi", token="s3cret-token")
    assert reply["type"] == "ack"
    assert (await send(ws, type="auth", token="nope"))["code"] == "unauthorized"
    upgraded = await send(ws, type="auth", token="s3cret-token")
    assert upgraded["type"] == "hello" and upgraded["role"] == "controller"
    assert (await send(ws, type="control", action="stop"))["type"] == "ack"
    # the token in the URL makes the connection a controller from the start
    ws2, hello2 = await connect(http, server, "?token=s3cret-token")
    assert hello2["role"] == "controller"
    assert (await send(ws2, type="control", action="stop"))["type"] == "ack"
    ws3, hello3 = await connect(http, server, headers={"Authorization": "Bearer s3cret-token"})
    assert hello3["role"] == "controller"
    await ws3.close()
    assert [c.action for c in control.calls] == ["say", "stop", "stop"]


# --- who may connect ----------------------------------------------------------------------


async def test_origin_is_checked(make_server, http):
    server = await make_server()
    port = server.port
    for origin in (f"http://127.0.0.1:{port}", f"http://localhost:{port}"):
        ws, _ = await connect(http, server, headers={"Origin": origin})
        await ws.close()
    for origin in (
        "http://evil.example",
        f"http://127.0.0.1:{port + 1}",
        f"https://127.0.0.1:{port}",
        "null",
        "file://",
    ):
        with pytest.raises(aiohttp.WSServerHandshakeError) as info:
            await http.ws_connect(f"{server.url}ws", headers={"Origin": origin})
        assert info.value.status == 403, origin
    await until_clients(server, 0)


async def test_dns_rebinding_host_is_refused(make_server, http):
    server = await make_server()
    status, _ = await raw_http(server.port, "/health", host="evil.example")
    assert status == 403
    status, _ = await raw_http(server.port, "/health", host="localhost")
    assert status == 200


async def test_a_remote_peer_is_refused_or_must_bring_the_token(make_server, http, bus):
    address = local_non_loopback_ipv4()
    if address is None:
        pytest.skip("this machine has no non-loopback IPv4 address to connect from")
    # bound to the LAN address, so the peer (this machine, via that address) is not loopback
    closed = await make_server(host=address)
    assert closed.url == f"http://{address}:{closed.port}/"
    async with http.get(closed.url) as response:
        assert response.status == 403
    with pytest.raises(aiohttp.WSServerHandshakeError) as info:
        await http.ws_connect(f"{closed.url}ws")
    assert info.value.status == 403

    server = await make_server(host=address, allow_remote=True, token="t0ken", auth_timeout=0.5)
    async with http.get(server.url) as response:
        assert response.status == 403
    # a remote browser; like real browsers, its cookie jar keeps cookies of IP hosts
    async with aiohttp.ClientSession(cookie_jar=aiohttp.CookieJar(unsafe=True)) as browser:
        async with browser.get(f"{server.url}overlay/avatar?token=t0ken") as response:
            assert response.status == 200
            assert "neiri_session" in response.cookies
            assert "t0ken" not in response.cookies["neiri_session"].value
        async with browser.get(f"{server.url}static/status.html") as response:
            assert response.status == 200  # the session cookie lets the page's files through
        ws = await browser.ws_connect(f"{server.url}ws")  # cookie: authenticated
        assert (await ws.receive_json(timeout=RECEIVE_S))["role"] == "controller"
        await ws.close()
    # the event stream without the token: the first message must be auth
    ws = await http.ws_connect(f"{server.url}ws")
    await ws.send_json({"v": 1, "type": "auth", "token": "t0ken"})
    hello = await ws.receive_json(timeout=RECEIVE_S)
    assert hello["type"] == "hello" and hello["role"] == "controller"
    bus.publish(ReplyText(turn_id=1, text="remote hi"))
    assert (await ws.receive_json(timeout=RECEIVE_S))["text"] == "remote hi"
    await ws.close()
    for first in ({"v": 1, "type": "auth", "token": "wrong"}, {"v": 1, "type": "ping"}):
        ws = await http.ws_connect(f"{server.url}ws")
        await ws.send_json(first)
        message = await ws.receive(timeout=RECEIVE_S)
        assert message.type == aiohttp.WSMsgType.CLOSE and message.data == 1008
    ws = await http.ws_connect(f"{server.url}ws")  # silent: closed after auth_timeout
    message = await ws.receive(timeout=RECEIVE_S)
    assert message.type == aiohttp.WSMsgType.CLOSE and message.data == 1008
    ws = await http.ws_connect(f"{server.url}ws?token=t0ken")
    assert (await ws.receive_json(timeout=RECEIVE_S))["role"] == "controller"
    await ws.close()


async def test_static_files_cannot_leave_web_avatar(make_server, http):
    server = await make_server()
    port = server.port
    secret = PYPROJECT_HEAD
    for target in (
        "/static/../pyproject.toml",
        "/static/%2e%2e/pyproject.toml",
        "/static/%2E%2E/pyproject.toml",
        "/static/..%2fpyproject.toml",
        "/static/..%2Fpyproject.toml",
        "/static/%2e%2e%2fpyproject.toml",
        "/static/%252e%252e/pyproject.toml",
        "/static/..%5cpyproject.toml",
        "/static/....//pyproject.toml",
        "/static/README.md/../../pyproject.toml",
        "/static/%2e%2e/%2e%2e/%2e%2e/etc/passwd",
        "/static//etc/passwd",
        "/static/%2fetc%2fpasswd",
        "/static/status.html%00.png",
        "/static/",
        "/static/.",
        "/static/..",
    ):
        status, body = await raw_http(port, target)
        assert status in (400, 403, 404), (target, status)
        assert secret not in body and b"root:" not in body, target
        async with http.get(URL(f"http://127.0.0.1:{port}{target}", encoded=True)) as response:
            assert response.status in (400, 403, 404), target
    status, body = await raw_http(port, "/static/status.html")
    assert status == 200 and b"neiriStatus" in body


# --- abuse ----------------------------------------------------------------------------------


def _fuzz_message(rng: random.Random) -> tuple[str, Any]:
    """One hostile or odd message: ("text"|"bytes", payload)."""
    kind = rng.randrange(9)
    if kind == 0:
        return "bytes", rng.randbytes(rng.randrange(0, 2000))
    if kind == 1:
        return "text", "".join(chr(rng.randrange(32, 0x2FFF)) for _ in range(rng.randrange(200)))
    if kind == 2:
        depth = rng.randrange(100, 6000)
        return "text", "[" * depth + "]" * depth
    if kind == 3:
        return "text", "x" * rng.randrange(16_385, 200_000)  # over the limit, under the cap
    if kind == 4:
        return "text", json.dumps({"v": 1, "type": rng.choice(["ping", "subscribe", "control",
                                   "auth", "hello", "", None, 5])})  # fmt: skip
    if kind == 5:
        types = rng.choice([["*"], ["avatar.*"], "x", [1], ["a"] * 70, None])
        version = rng.choice([1, 1, 2, "1", None])
        return "text", json.dumps({"v": version, "type": "subscribe", "types": types})
    if kind == 6:
        return "text", json.dumps(
            {"v": 1, "type": "control", "action": rng.choice(["say", "stop", "dance"]),
             "text": rng.choice(["hi", "", 5, "y" * 5000]), "id": rng.choice([1, "x" * 70, 1.5])}
        )  # fmt: skip
    if kind == 7:
        return "text", '{"v":1,"type":"ping","id":"\\ud800"}'
    return "text", json.dumps([rng.random() for _ in range(rng.randrange(50))])


async def _fuzz_round(http, server, rng: random.Random, connections: int, per: int) -> int:
    """Each connection sends ``per`` fuzz messages (below the abuse limit) and must get
    exactly one reply (error or answer) per message, then still answer a ping."""
    replies = 0
    for _ in range(connections):
        ws, _ = await connect(http, server)
        for _ in range(per):
            kind, payload = _fuzz_message(rng)
            if kind == "bytes":
                await ws.send_bytes(payload)
            else:
                await ws.send_str(payload)
        answered = 0
        while answered < per:
            reply = await ws.receive_json(timeout=RECEIVE_S)
            assert reply["v"] == 1, reply
            if "." in reply["type"]:  # fuzzing clients get the event stream too
                continue
            assert reply["type"] in ("error", "pong", "subscribed", "hello", "ack"), reply
            answered += 1
        replies += answered
        await ws.send_json({"v": 1, "type": "ping", "id": "alive"})
        while (reply := await ws.receive_json(timeout=RECEIVE_S))["type"] != "pong":
            pass
        assert reply["id"] == "alive"
        await ws.close()
    return replies


async def test_fuzzing_clients_do_not_hurt_the_server_or_others(make_server, http, bus):
    server = await make_server(control=Recorder())
    healthy, _ = await connect(http, server)
    received: list[int] = []
    reader = asyncio.create_task(collect_turn_ids(healthy, received))
    published = 0

    async def publish() -> None:  # events keep flowing through the whole attack
        nonlocal published
        while True:
            bus.publish(ReplyText(turn_id=published, text="still here"))
            published += 1
            await asyncio.sleep(0.002)

    publisher = asyncio.create_task(publish())
    rng = random.Random(1234)
    assert await _fuzz_round(http, server, rng, 2, 40) == 80  # warm-up: caches, imports
    gc.collect()
    tracemalloc.start()
    try:
        before = tracemalloc.get_traced_memory()[0]
        assert await _fuzz_round(http, server, rng, 6, 45) == 6 * 45
        # invalid UTF-8 in a text frame fails the connection (1007), as RFC 6455 says
        bad, _ = await connect(http, server)
        await bad.send_frame(b'{"v":1,"type":"ping"}\xff\xfe', aiohttp.WSMsgType.TEXT)
        closing = await closing_frame(bad)
        assert closing.type == aiohttp.WSMsgType.CLOSE and closing.data == 1007
        # a frame over the transport cap closes with 1009
        big, _ = await connect(http, server)
        await big.send_str("z" * 300_000)
        closing = await closing_frame(big)
        assert closing.type == aiohttp.WSMsgType.CLOSE and closing.data == 1009
        # 1,000 rapid valid messages: every one answered, in order
        rapid, _ = await connect(http, server)
        await quiet(rapid)
        for i in range(1000):
            await rapid.send_str(json.dumps({"v": 1, "type": "ping", "id": i}))
        ids = [(await rapid.receive_json(timeout=RECEIVE_S))["id"] for _ in range(1000)]
        assert ids == list(range(1000))
        # 1,000 rapid bad messages: errors, then closed with 1008 after 50 in 10 s
        abuser, _ = await connect(http, server)
        await quiet(abuser)
        for _ in range(1000):
            with contextlib.suppress(ConnectionError):
                await abuser.send_str("garbage")
        errors = 0
        while True:
            message = await abuser.receive(timeout=RECEIVE_S)
            if message.type != aiohttp.WSMsgType.TEXT:
                break
            assert json.loads(message.data)["code"] == "bad_json"
            errors += 1
        assert message.type == aiohttp.WSMsgType.CLOSE and message.data == 1008
        assert 50 <= errors <= 51
        for ws in (bad, big, rapid, abuser):
            await ws.close()
        await until_clients(server, 1)
        gc.collect()
        growth = tracemalloc.get_traced_memory()[0] - before
    finally:
        tracemalloc.stop()
        publisher.cancel()
    assert growth < 1_000_000, f"memory grew by {growth} bytes"
    # the healthy client got every event, in order, and the server still serves
    bus.publish(ReplyText(turn_id=published, text="last"))
    published += 1
    await eventually(lambda: len(received) >= published)
    reader.cancel()
    assert received == list(range(published))
    assert published > 100
    assert all(peak <= bound for peak, bound in server.outbox_peaks())
    async with http.get(f"{server.url}health") as response:
        assert (await response.json())["clients"] == 1


async def test_too_many_clients_are_refused(make_server, http):
    server = await make_server(max_clients=2)
    a, _ = await connect(http, server)
    b, _ = await connect(http, server)
    with pytest.raises(aiohttp.WSServerHandshakeError) as info:
        await http.ws_connect(f"{server.url}ws")
    assert info.value.status == 503
    await a.close()
    await until_clients(server, 1)
    c, _ = await connect(http, server)
    await c.close()
    await b.close()


async def test_a_stuck_client_is_dropped_and_the_healthy_one_gets_everything(
    make_server, http, bus
):
    server = await make_server(queue_size=64, send_timeout=2.0)
    healthy, _ = await connect(http, server)
    stuck = await stuck_client(server.port)
    await until_clients(server, 2)
    got: list[int] = []
    reader = asyncio.create_task(collect_turn_ids(healthy, got))
    text = "a long caption " * 150  # ~2 KB per event: the stuck peer's buffers fill fast
    t0 = time.monotonic()
    count = 0
    dropped_after = None
    while time.monotonic() - t0 < 10 and (dropped_after is None or count < 3000):
        for _ in range(20):
            bus.publish(ReplyText(turn_id=count, text=text))
            count += 1
        await asyncio.sleep(0.001)
        if dropped_after is None and server.clients == 1:
            dropped_after = time.monotonic() - t0
    assert dropped_after is not None, "the stuck client was never dropped"
    assert dropped_after < 5.0
    assert server.dropped_clients == 1
    await eventually(lambda: len(got) >= count, within=5.0)
    reader.cancel()
    assert got == list(range(count))  # every event, in order, to the healthy client
    assert all(peak <= bound for peak, bound in server.outbox_peaks())
    # the stuck peer's connection is really gone (closed or reset), not lingering
    loop = asyncio.get_running_loop()
    stuck.setsockopt(socket.SOL_SOCKET, socket.SO_RCVBUF, 1 << 20)
    with contextlib.suppress(ConnectionError):
        deadline = time.monotonic() + 3
        while time.monotonic() < deadline:
            chunk = await asyncio.wait_for(loop.sock_recv(stuck, 1 << 16), 3)
            if not chunk:
                break
    stuck.close()


async def test_stop_closes_every_client_promptly(make_server, http, bus):
    server = await make_server()
    clients = [(await connect(http, server))[0] for _ in range(3)]
    stuck = await stuck_client(server.port)
    await until_clients(server, 4)
    closes: list[aiohttp.WSMessage] = []

    async def read_to_the_end(ws: aiohttp.ClientWebSocketResponse) -> None:
        closes.append(await closing_frame(ws))

    readers = [asyncio.create_task(read_to_the_end(ws)) for ws in clients]
    for i in range(200):  # ~400 KB: enough that the stuck peer stops taking data
        bus.publish(ReplyText(turn_id=i, text="x" * 2000))
        if i % 20 == 0:
            await asyncio.sleep(0.005)
    t0 = time.monotonic()
    await server.stop()
    elapsed = time.monotonic() - t0
    assert elapsed < 2.5, f"stop took {elapsed:.2f} s"
    assert server.clients == 0 and not server.running
    await asyncio.wait_for(asyncio.gather(*readers), RECEIVE_S)
    assert [(m.type, m.data) for m in closes] == [(aiohttp.WSMsgType.CLOSE, 1001)] * 3
    stuck.close()
    with pytest.raises(aiohttp.ClientConnectionError):
        await http.get(f"{server.url}health")
    await server.stop()  # twice is fine


async def test_a_taken_port_is_a_clear_error(make_server, bus):
    server = await make_server()
    other = EventServer(bus, port=server.port)
    with pytest.raises(ServerError, match="Cannot serve"):
        await other.start()


# --- the status page in a real browser ------------------------------------------------------

CHROMIUM_FLAGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
    "--hide-scrollbars",
    "--window-size=640,360",
    "--remote-debugging-port=0",  # the test reads the page's state over DevTools
]


class Chromium:
    """Debian's headless Chromium driven over the DevTools protocol (real time, no
    virtual-time races): navigate, evaluate JavaScript, take screenshots."""

    def __init__(self, executable: str, profile: Path) -> None:
        self.executable = executable
        self.profile = profile
        self.proc: asyncio.subprocess.Process | None = None
        self.http: aiohttp.ClientSession | None = None
        self.ws: aiohttp.ClientWebSocketResponse | None = None
        self._id = 0

    async def start(self, url: str) -> None:
        self.proc = await asyncio.create_subprocess_exec(
            self.executable,
            *CHROMIUM_FLAGS,
            f"--user-data-dir={self.profile}",
            url,
            stdout=asyncio.subprocess.DEVNULL,
            stderr=asyncio.subprocess.DEVNULL,
        )
        port_file = self.profile / "DevToolsActivePort"
        await eventually(port_file.exists, within=20.0, what="Chromium did not start")
        await eventually(lambda: len(port_file.read_text().split()) >= 2, within=5.0)
        port = int(port_file.read_text().split()[0])
        self.http = aiohttp.ClientSession()
        pages: list[dict[str, Any]] = []
        deadline = time.monotonic() + 10
        while not pages and time.monotonic() < deadline:
            async with self.http.get(f"http://127.0.0.1:{port}/json/list") as response:
                pages = [t for t in await response.json() if t.get("type") == "page"]
            await asyncio.sleep(0.05)
        assert pages, "Chromium opened no page"
        self.ws = await self.http.ws_connect(pages[0]["webSocketDebuggerUrl"], max_msg_size=0)

    async def call(self, method: str, **params: Any) -> dict[str, Any]:
        assert self.ws is not None
        self._id += 1
        await self.ws.send_json({"id": self._id, "method": method, "params": params})
        while True:
            reply = await self.ws.receive_json(timeout=15)
            if reply.get("id") == self._id:
                assert "error" not in reply, reply
                return reply["result"]

    async def evaluate(self, expression: str) -> Any:
        result = await self.call("Runtime.evaluate", expression=expression, returnByValue=True)
        return result["result"].get("value")

    async def status(self) -> dict[str, Any]:
        return await self.evaluate("window.neiriStatus || {}") or {}

    async def until(self, check: Any, within: float = 10.0, what: str = "") -> dict[str, Any]:
        deadline = time.monotonic() + within
        while True:
            status = await self.status()
            if check(status):
                return status
            assert time.monotonic() < deadline, f"{what}: page state {status}"
            await asyncio.sleep(0.05)

    async def screenshot(self) -> bytes:
        transparent = {"r": 0, "g": 0, "b": 0, "a": 0}
        await self.call("Emulation.setDefaultBackgroundColorOverride", color=transparent)
        result = await self.call("Page.captureScreenshot", format="png")
        return base64.b64decode(result["data"])

    async def close(self) -> None:
        if self.ws is not None:
            await self.ws.close()
        if self.http is not None:
            await self.http.close()
        if self.proc is not None and self.proc.returncode is None:
            self.proc.terminate()
            try:
                await asyncio.wait_for(self.proc.wait(), 10)
            except TimeoutError:
                self.proc.kill()
                await self.proc.wait()


def _chromium() -> str:
    path = next(
        filter(None, map(shutil.which, ("chromium", "chromium-browser", "google-chrome"))), None
    )
    if path is None:
        pytest.skip("Chromium is not installed (Debian: apt-get install -y chromium)")
    return path


async def test_status_page_in_headless_chromium(make_server, bus, tmp_path):
    executable = _chromium()
    image_module = pytest.importorskip("PIL.Image")
    import io

    server = await make_server(static_dir=STATIC_DIR)
    browser = Chromium(executable, tmp_path / "profile")
    try:
        await browser.start(server.overlay_url("avatar"))
        await browser.until(lambda s: s.get("connected"), what="the page never connected")
        assert server.clients == 1  # the page is a client of the event stream
        bus.publish(SpeakingChanged(turn_id=1, speaking=True))
        bus.publish(EmotionChanged(turn_id=1, emotion="happy"))
        bus.publish(ReplyText(turn_id=1, text="Hello from the stream"))
        bus.publish(ReplyText(turn_id=1, text="and hi chat!"))
        bus.publish(AvatarFrame(turn_id=1, mouth=0.8, emotion="happy"))
        status = await browser.until(lambda s: s.get("mouth", 0) > 0.5, what="no mouth")
        assert status["state"] == "speaking" and status["emotion"] == "happy"
        assert status["caption"] == "Hello from the stream and hi chat!"
        assert status["role"] == "controller"
        bus.publish(AvatarFrame(turn_id=1, mouth=0.8, emotion="happy"))
        shot = image_module.open(io.BytesIO(await browser.screenshot())).convert("RGBA")
        alphas = shot.getchannel("A").histogram()
        assert alphas[0] > 0.5 * shot.width * shot.height  # mostly see-through
        assert sum(alphas[200:]) > 500  # and the text is drawn
        # she stops: the mouth closes
        bus.publish(SpeakingChanged(turn_id=1, speaking=False))
        await browser.until(lambda s: s["state"] == "listening" and s["mouth"] == 0)

        # key-colour mode for window capture, on the captions overlay
        await browser.call("Page.navigate", url=server.overlay_url("captions") + "?bg=%2300ff00")
        await browser.until(lambda s: s.get("connected"), what="the captions page")
        keyed = image_module.open(io.BytesIO(await browser.screenshot())).convert("RGBA")
        assert keyed.getpixel((5, 5)) == (0, 255, 0, 255)

        # the server goes away and comes back: the page reconnects by itself
        port = server.port
        await server.stop()
        await browser.until(lambda s: not s["connected"], what="the page missed the stop")
        await make_server(port=port, static_dir=STATIC_DIR)
        status = await browser.until(lambda s: s["connected"], within=15, what="no reconnect")
        assert status["reconnects"] >= 1
    finally:
        await browser.close()


async def test_the_default_avatar_model_is_served_at_one_fixed_url(tmp_path):
    from app.server.server import DEFAULT_AVATAR

    server = EventServer(EventBus(), port=0)
    url = await server.start()
    try:
        async with aiohttp.ClientSession() as http, http.get(url + "avatar/model.vrm") as response:
            assert response.status == 200
            assert response.headers["Content-Type"] == "model/gltf-binary"
            body = await response.read()
        assert body == DEFAULT_AVATAR.read_bytes() and body[:4] == b"glTF"
        server.avatar_model = tmp_path / "missing.vrm"
        async with aiohttp.ClientSession() as http, http.get(url + "avatar/model.vrm") as response:
            assert response.status == 404
    finally:
        await server.stop()

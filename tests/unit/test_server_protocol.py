"""The event protocol and the server's checks, without sockets: parsing untrusted client
messages, turning bus events into bounded JSON, peer/Origin/Host/static-path rules and
the per-client outbox."""

from __future__ import annotations

import asyncio
import contextlib
import enum
import json
import math
import os
from dataclasses import dataclass, field
from pathlib import Path, PurePosixPath
from typing import Any, ClassVar

import numpy as np
import pytest
from pydantic import SecretStr

from app.core import events as events_module
from app.core.events import (
    AvatarFrame,
    Event,
    MicLevel,
    ReplyText,
    TurnEvent,
    TurnMetrics,
)
from app.server import protocol
from app.server.protocol import (
    MAX_MESSAGE_BYTES,
    Auth,
    Control,
    ErrorCode,
    Ping,
    ProtocolError,
    Subscribe,
    TypeFilter,
    encode_event,
    event_message,
    parse_client_message,
)
from app.server.server import (
    EventServer,
    Outbox,
    host_allowed,
    is_loopback,
    origin_allowed,
    safe_static_path,
)


def msg(**fields: Any) -> str:
    return json.dumps({"v": 1, **fields})


def code_of(raw: str | bytes) -> ErrorCode:
    with pytest.raises(ProtocolError) as info:
        parse_client_message(raw)
    return info.value.code


# --- client -> server -------------------------------------------------------------------


def test_valid_client_messages_parse():
    assert parse_client_message(msg(type="ping", id=7)) == Ping(7)
    assert parse_client_message(msg(type="ping", id="a-1")) == Ping("a-1")
    assert parse_client_message(msg(type="subscribe", types=["avatar.*", "turn.reply_text"])) == (
        Subscribe(("avatar.*", "turn.reply_text"))
    )
    assert parse_client_message(msg(type="subscribe", types=[])) == Subscribe(())
    assert parse_client_message(msg(type="auth", token="t0k")) == Auth("t0k")
    assert parse_client_message(msg(type="control", action="stop")) == Control("stop")
    assert parse_client_message(
        msg(type="control", action="say", text="Hello chat!", token="x", id=3)
    ) == Control("say", "Hello chat!", "x", 3)
    # unknown fields are ignored (forward compatibility); duplicates in types collapse
    assert parse_client_message(msg(type="ping", extra={"a": 1})) == Ping()
    assert parse_client_message(msg(type="subscribe", types=["*", "*"])).types == ("*",)


@pytest.mark.parametrize(
    ("raw", "code"),
    [
        (b"\x00\x01binary", ErrorCode.BINARY),
        ("x" * (MAX_MESSAGE_BYTES + 1), ErrorCode.TOO_LARGE),
        ('{"v":1,"type":"ping","pad":"' + "я" * 9000 + '"}', ErrorCode.TOO_LARGE),  # 18 KB
        ("", ErrorCode.BAD_JSON),
        ("not json", ErrorCode.BAD_JSON),
        ('{"v":1,"type":"ping"', ErrorCode.BAD_JSON),
        ('{"v":1,"type":"ping","x":NaN}', ErrorCode.BAD_JSON),
        ('{"v":1,"type":"ping","x":Infinity}', ErrorCode.BAD_JSON),
        ("[" * 5000 + "]" * 5000, ErrorCode.BAD_JSON),  # deeper than the parser goes
        ('{"a":' * 2000 + "1" + "}" * 2000, ErrorCode.BAD_JSON),
        ("[1, 2]", ErrorCode.NOT_OBJECT),
        ('"ping"', ErrorCode.NOT_OBJECT),
        ("null", ErrorCode.NOT_OBJECT),
        ('{"type":"ping"}', ErrorCode.BAD_VERSION),
        ('{"v":2,"type":"ping"}', ErrorCode.BAD_VERSION),
        ('{"v":"1","type":"ping"}', ErrorCode.BAD_VERSION),
        ('{"v":true,"type":"ping"}', ErrorCode.BAD_VERSION),
        ('{"v":1.0,"type":"ping"}', ErrorCode.BAD_VERSION),
        ('{"v":1}', ErrorCode.UNKNOWN_TYPE),
        ('{"v":1,"type":"hello"}', ErrorCode.UNKNOWN_TYPE),
        ('{"v":1,"type":["ping"]}', ErrorCode.UNKNOWN_TYPE),
        ('{"v":1,"type":"ping","id":1.5}', ErrorCode.BAD_FIELD),
        ('{"v":1,"type":"ping","id":true}', ErrorCode.BAD_FIELD),
        ('{"v":1,"type":"ping","id":"' + "i" * 65 + '"}', ErrorCode.BAD_FIELD),
        ('{"v":1,"type":"ping","id":9007199254740993}', ErrorCode.BAD_FIELD),
        ('{"v":1,"type":"ping","id":"\\ud800"}', ErrorCode.BAD_FIELD),  # lone surrogate
        ('{"v":1,"type":"subscribe"}', ErrorCode.BAD_FIELD),
        ('{"v":1,"type":"subscribe","types":"avatar.frame"}', ErrorCode.BAD_FIELD),
        ('{"v":1,"type":"subscribe","types":[1]}', ErrorCode.BAD_FIELD),
        ('{"v":1,"type":"subscribe","types":["Avatar.Frame"]}', ErrorCode.BAD_FIELD),
        ('{"v":1,"type":"subscribe","types":["avatar.frame\\n"]}', ErrorCode.BAD_FIELD),
        ('{"v":1,"type":"subscribe","types":["a.*.b"]}', ErrorCode.BAD_FIELD),
        ('{"v":1,"type":"subscribe","types":["' + "a" * 65 + '"]}', ErrorCode.BAD_FIELD),
        (msg(type="subscribe", types=["a"] * 65), ErrorCode.BAD_FIELD),
        ('{"v":1,"type":"auth"}', ErrorCode.BAD_FIELD),
        ('{"v":1,"type":"auth","token":5}', ErrorCode.BAD_FIELD),
        ('{"v":1,"type":"control"}', ErrorCode.BAD_FIELD),
        ('{"v":1,"type":"control","action":"reboot"}', ErrorCode.BAD_FIELD),
        ('{"v":1,"type":"control","action":"say"}', ErrorCode.BAD_FIELD),
        ('{"v":1,"type":"control","action":"say","text":"   "}', ErrorCode.BAD_FIELD),
        ('{"v":1,"type":"control","action":"say","text":["hi"]}', ErrorCode.BAD_FIELD),
        ('{"v":1,"type":"control","action":"say","text":"\\udfff hi"}', ErrorCode.BAD_FIELD),
        (msg(type="control", action="say", text="x" * 4001), ErrorCode.BAD_FIELD),
        ('{"v":1,"type":"control","action":"stop","token":{}}', ErrorCode.BAD_FIELD),
    ],
)
def test_bad_client_messages_get_a_code(raw, code):
    assert code_of(raw) == code


def test_error_messages_echo_the_id_and_never_echo_odd_text():
    with pytest.raises(ProtocolError) as info:
        parse_client_message(msg(type="control", action="fly", id="c9"))
    assert info.value.msg_id == "c9"
    with pytest.raises(ProtocolError) as info:
        parse_client_message('{"v":1,"type":"<script>\\ud800"}')
    assert "<script>" not in info.value.message
    # the reply built from it is valid UTF-8 JSON
    payload = protocol.encode(protocol.error(info.value.code, info.value.message, "c9"))
    assert json.loads(payload.decode("utf-8"))["code"] == "unknown_type"


def test_random_junk_never_raises_anything_but_protocol_errors():
    rng = np.random.default_rng(4)
    pieces = ['{"v":1,', '"type":', '"ping"', '"subscribe"', '"types":[', '"*"', "]", "}", "{",
              "[", ",", ":", "null", "1e999", '"\\u0000"', '"\\ud83d"', "-0", "true"]  # fmt: skip
    for _ in range(2000):
        raw = "".join(rng.choice(pieces, size=int(rng.integers(1, 12))))
        with contextlib.suppress(ProtocolError):
            parse_client_message(raw)
    for _ in range(200):
        blob = os.urandom(int(rng.integers(0, 300)))
        with pytest.raises(ProtocolError):
            parse_client_message(blob)
        text = blob.decode("utf-8", "replace")
        with contextlib.suppress(ProtocolError):
            parse_client_message(text)


def test_type_filter():
    default = TypeFilter()
    assert default.matches("avatar.frame") and default.matches("turn.reply_text")
    assert not default.matches("audio.level")  # opt-in
    chosen = TypeFilter(["avatar.*", "turn.reply_text"])
    assert chosen.matches("avatar.frame") and chosen.matches("avatar.emotion")
    assert chosen.matches("turn.reply_text") and not chosen.matches("turn.user_text")
    assert not chosen.matches("avatarx.frame")
    assert TypeFilter(["audio.level"]).matches("audio.level")
    assert TypeFilter(["audio.*"]).matches("audio.level")
    assert not TypeFilter([]).matches("avatar.frame")


# --- server -> client -------------------------------------------------------------------


class Mood(enum.Enum):
    HAPPY = "happy"


@dataclass(frozen=True)
class Inner:
    a: int
    b: float


@dataclass(frozen=True, slots=True, kw_only=True)
class OddEvent(Event):
    type: ClassVar[str] = "test.odd"
    pcm: Any = None
    level: Any = None
    count: Any = None
    flag: Any = None
    nan: float = math.nan
    inf: float = math.inf
    blob: bytes = b"\x00\x01"
    mood: Mood = Mood.HAPPY
    path: Any = field(default_factory=lambda: PurePosixPath("/tmp/x.wav"))
    secret: Any = field(default_factory=lambda: SecretStr("hunter2"))
    inner: Any = None
    long_text: str = ""
    samples: list[float] = field(default_factory=list)
    few: tuple[int, ...] = (1, 2, 3)
    _private: str = "hidden"
    thing: Any = None


def test_event_message_is_json_safe_and_small():
    event = OddEvent(
        pcm=np.zeros(16000, dtype=np.float32),
        level=np.float32(0.25),
        count=np.int64(3),
        flag=np.bool_(True),
        inner=Inner(1, math.nan),
        long_text="x" * 20000,
        samples=[0.0] * 1000,
        thing=object(),
    )
    message = event_message(event)
    assert message is not None
    assert list(message)[:2] == ["v", "type"] and message["v"] == 1
    assert message["type"] == "test.odd"
    for gone in ("pcm", "blob", "secret", "samples", "_private", "thing"):
        assert gone not in message, gone
    assert message["level"] == 0.25 and isinstance(message["level"], float)
    assert message["count"] == 3 and message["flag"] is True
    assert message["nan"] is None and message["inf"] is None
    assert message["mood"] == "happy" and message["path"] == "/tmp/x.wav"
    assert message["inner"] == {"a": 1, "b": None}
    assert message["few"] == [1, 2, 3]
    assert len(message["long_text"]) == protocol.MAX_STRING_CHARS
    assert message["long_text"].endswith("…")
    payload = encode_event(event)
    assert payload is not None and len(payload) < 12_000
    assert json.loads(payload) == json.loads(json.dumps(message))
    assert b"NaN" not in payload and b"hunter2" not in payload


@dataclass(frozen=True, slots=True, kw_only=True)
class HugeEvent(Event):
    type: ClassVar[str] = "test.huge"
    parts: list[str] = field(default_factory=list)


def test_oversized_events_are_not_sent():
    assert encode_event(HugeEvent(parts=["y" * 8000] * 20)) is None
    assert encode_event(HugeEvent(parts=["y"] * 3)) is not None


def test_lone_surrogates_in_an_event_still_make_valid_utf8():
    payload = encode_event(ReplyText(turn_id=1, text="bad \ud800 text, кириллица"))
    assert payload is not None
    assert json.loads(payload.decode("utf-8"))["text"].endswith("кириллица")


def _all_event_classes() -> list[type[Event]]:
    found = []
    for value in vars(events_module).values():
        if isinstance(value, type) and issubclass(value, Event) and value not in (Event, TurnEvent):
            found.append(value)
    return found


def _sample(cls: type[Event]) -> Event:
    import dataclasses

    kwargs: dict[str, Any] = {}
    for f in dataclasses.fields(cls):
        if f.name == "ts" or f.default is not dataclasses.MISSING:
            continue
        hint = str(f.type)
        if "bool" in hint:
            kwargs[f.name] = True
        elif "int" in hint:
            kwargs[f.name] = 1
        elif "float" in hint:
            kwargs[f.name] = 0.5
        else:
            kwargs[f.name] = "text"
    return cls(**kwargs)


def test_every_engine_event_has_a_wire_form():
    classes = _all_event_classes()
    assert len(classes) >= 14
    for cls in classes:
        event = _sample(cls)
        payload = encode_event(event)
        assert payload is not None, cls
        data = json.loads(payload)
        assert data["v"] == 1 and data["type"] == cls.type
        assert set(event.to_dict()) <= set(data) | {"v"}
    metrics = json.loads(encode_event(TurnMetrics(turn_id=2, source="mic", asr_done=1.5)) or b"")
    assert metrics["speech_end"] is None and metrics["asr_done"] == 1.5


def test_replies():
    hello = protocol.hello("viewer")
    assert {k: hello[k] for k in ("v", "type", "server", "protocol", "role")} == {
        "v": 1,
        "type": "hello",
        "server": "neiri",
        "protocol": 1,
        "role": "viewer",
    }
    assert protocol.pong(7)["id"] == 7 and "id" not in protocol.pong(None)
    assert protocol.error(ErrorCode.BAD_JSON, "no", "x") == {
        "v": 1,
        "type": "error",
        "id": "x",
        "code": "bad_json",
        "message": "no",
    }
    assert protocol.ack("stop", 1) == {"v": 1, "type": "ack", "id": 1, "action": "stop"}


# --- the server's checks ----------------------------------------------------------------


@pytest.mark.parametrize(
    ("address", "loopback"),
    [
        ("127.0.0.1", True),
        ("127.0.0.2", True),
        ("127.255.255.254", True),
        ("::1", True),
        ("::ffff:127.0.0.1", True),
        ("192.0.2.1", False),
        ("10.0.0.5", False),
        ("192.168.1.20", False),
        ("::ffff:192.0.2.1", False),
        ("fe80::1%eth0", False),
        ("0.0.0.0", False),
        ("localhost", False),  # a name is not an address
        ("", False),
        (None, False),
        ("not an address", False),
    ],
)
def test_is_loopback(address, loopback):
    assert is_loopback(address) is loopback


def test_origin_rules():
    ok = origin_allowed
    assert ok(None, port=8765)
    assert ok("http://127.0.0.1:8765", port=8765)
    assert ok("http://localhost:8765", port=8765)
    assert ok("http://LOCALHOST:8765/", port=8765)
    assert ok("http://[::1]:8765", port=8765)
    assert ok("http://192.0.2.2:8765", port=8765, host_header="192.0.2.2:8765")
    assert ok("http://obs.example", port=8765, extra_origins=["http://obs.example"])
    assert not ok("http://127.0.0.1:9999", port=8765)
    assert not ok("https://127.0.0.1:8765", port=8765)
    assert not ok("http://evil.example", port=8765)
    assert not ok("http://evil.example:8765", port=8765, host_header="evil.example:8765")
    assert not ok("http://192.0.2.9:8765", port=8765, host_header="192.0.2.2:8765")
    assert not ok("null", port=8765)
    assert not ok("file://", port=8765)
    assert not ok("", port=8765)


def test_host_rules():
    assert host_allowed(None)
    assert host_allowed("127.0.0.1:8765") and host_allowed("localhost:8765")
    assert host_allowed("[::1]:8765") and host_allowed("192.0.2.2")
    assert not host_allowed("evil.example:8765")  # DNS rebinding
    assert not host_allowed("localhost.evil.example")
    assert host_allowed("neiri.lan:8765", extra_hosts=["neiri.lan"])


def test_static_paths_stay_inside(tmp_path: Path):
    root = tmp_path / "web"
    (root / "js").mkdir(parents=True)
    (root / "status.html").write_text("ok")
    (root / "js" / "app.js").write_text("ok")
    (root / ".secret").write_text("no")
    (tmp_path / "outside.txt").write_text("no")
    (root / "link.txt").symlink_to(tmp_path / "outside.txt")
    assert safe_static_path(root, "status.html") == (root / "status.html").resolve()
    assert safe_static_path(root, "js/app.js") == (root / "js" / "app.js").resolve()
    for bad in [
        "../outside.txt",
        "js/../../outside.txt",
        "/etc/passwd",
        "//etc/passwd",
        "..\\outside.txt",
        ".secret",
        "js/./app.js",
        "link.txt",  # a symlink out of the root
        "js",  # a directory
        "missing.html",
        "status.html\x00.png",
        "C:/Windows/win.ini",
        "",
    ]:
        assert safe_static_path(root, bad) is None, bad


async def test_outbox_bound_and_coalescing():
    box = Outbox(4)
    assert box.put(b"a") and box.put(b"f1", "avatar.frame") and box.put(b"f2", "avatar.frame")
    assert box.put(b"b") and box.put(b"c")
    assert not box.put(b"d")  # full: the caller drops the client
    assert box.put(b"f3", "avatar.frame")  # replaces the waiting frame, takes no room
    got = [await box.get() for _ in range(4)]
    assert got == [b"a", b"f3", b"b", b"c"]
    assert box.peak == 4 == box.maxsize
    assert box.put(b"f4", "avatar.frame")  # the old slot left the queue: a new one starts
    assert await asyncio.wait_for(box.get(), 1) == b"f4"


def test_server_arguments(tmp_path: Path):
    from app.config.settings import ServerSettings
    from app.core.bus import EventBus

    with pytest.raises(ValueError, match="token"):
        EventServer(EventBus(), allow_remote=True)
    with pytest.raises(ValueError):
        EventServer(EventBus(), port=70000)
    server = EventServer.from_settings(
        EventBus(), ServerSettings(port=9999, token=SecretStr("abc")), static_dir=tmp_path
    )
    assert server.url == "http://127.0.0.1:9999/"
    assert server.overlay_url("captions") == "http://127.0.0.1:9999/overlay/captions"
    assert EventServer(EventBus(), host="0.0.0.0", port=1).url == "http://127.0.0.1:1/"
    assert EventServer(EventBus(), host="::1", port=1).url == "http://[::1]:1/"
    with pytest.raises(ValueError):
        server.overlay_url("nope")


def test_mic_level_and_frames_are_the_opt_in_and_coalesced_types():
    assert MicLevel.type in protocol.OPT_IN_TYPES
    assert AvatarFrame.type in protocol.COALESCED_TYPES


def _request(path: str, peer: str, host: str = "127.0.0.1:8765"):
    from unittest import mock

    from aiohttp.test_utils import make_mocked_request

    transport = mock.Mock()
    transport.get_extra_info.side_effect = lambda name, default=None: (
        (peer, 50000) if name == "peername" else default
    )
    return make_mocked_request("GET", path, headers={"Host": host}, transport=transport)


async def _ok(request):
    from aiohttp import web

    return web.Response(text="ok")


async def test_the_guard_refuses_remote_peers_and_unknown_hosts():
    from aiohttp import web

    from app.core.bus import EventBus

    closed = EventServer(EventBus())
    with pytest.raises(web.HTTPForbidden):
        await closed._guard(_request("/health", "192.0.2.1"), _ok)
    with pytest.raises(web.HTTPForbidden):  # even with a token in the URL
        await closed._guard(_request("/health?token=x", "10.1.2.3"), _ok)
    with pytest.raises(web.HTTPForbidden):  # DNS rebinding
        await closed._guard(_request("/health", "127.0.0.1", "evil.example:8765"), _ok)
    assert (await closed._guard(_request("/health", "127.0.0.1"), _ok)).status == 200
    assert (await closed._guard(_request("/health", "::ffff:127.0.0.1"), _ok)).status == 200

    remote = EventServer(EventBus(), host="0.0.0.0", allow_remote=True, token="s3cret")
    with pytest.raises(web.HTTPForbidden):
        await remote._guard(_request("/", "192.0.2.1", "192.0.2.2:8765"), _ok)
    with pytest.raises(web.HTTPForbidden):
        await remote._guard(_request("/?token=wrong", "192.0.2.1", "192.0.2.2:8765"), _ok)
    response = await remote._guard(_request("/?token=s3cret", "192.0.2.1", "192.0.2.2:8765"), _ok)
    assert response.status == 200
    assert "s3cret" not in response.cookies["neiri_session"].value
    # /ws lets a remote peer through to authenticate with its first message
    assert (await remote._guard(_request("/ws", "192.0.2.1", "192.0.2.2:8765"), _ok)).status == 200

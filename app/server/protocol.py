"""The wire protocol between Neiri and every web client (avatar page, OBS overlays).

Version 1, JSON text frames, documented message by message in ``PROTOCOL.md`` next
to this file. Server to client: bus events as ``{"v": 1, "type": <event.type>, ...}``
with the event's own field names, plus a few replies (``hello``, ``pong``,
``subscribed``, ``ack``, ``error``). Client to server: ``subscribe``, ``ping``,
``auth`` and ``control``.

This module is pure: no sockets, no event loop. It turns events into bounded,
JSON-safe text and turns untrusted client text into validated messages or a
:class:`ProtocolError` that says what was wrong.
"""

from __future__ import annotations

import dataclasses
import enum
import json
import math
import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import date, datetime, time
from pathlib import PurePath
from typing import Any

from app.core.events import Event, now

PROTOCOL_VERSION = 1
SERVER_NAME = "neiri"

MAX_MESSAGE_BYTES = 16 * 1024
"""Largest client message the protocol accepts (bigger ones get a ``too_large`` error)."""
MAX_EVENT_BYTES = 64 * 1024
"""An encoded event bigger than this is not sent at all: web clients get no blobs."""
MAX_STRING_CHARS = 8192
"""Longer strings inside an event are cut (with an ellipsis)."""
MAX_LIST_ITEMS = 256
"""Longer lists inside an event (sample buffers and the like) are left out."""
MAX_MAPPING_ITEMS = 64
MAX_NESTING = 4
MAX_ID_CHARS = 64
MAX_SUBSCRIBE_TYPES = 64
MAX_TYPE_CHARS = 64
MAX_TOKEN_CHARS = 512
MAX_SAY_CHARS = 4000

OPT_IN_TYPES = frozenset({"audio.level"})
"""Event types sent only to clients that name them (or their scope) in ``subscribe``."""
COALESCED_TYPES = frozenset({"avatar.frame", "audio.level"})
"""High-rate state: a client that falls behind gets only the newest pending one."""

CLIENT_TYPES = ("subscribe", "ping", "auth", "control")
CONTROL_ACTIONS = ("stop", "say")
ROLES = ("viewer", "controller")


class ErrorCode(enum.StrEnum):
    TOO_LARGE = "too_large"
    BINARY = "binary_not_supported"
    BAD_JSON = "bad_json"
    NOT_OBJECT = "not_object"
    BAD_VERSION = "bad_version"
    UNKNOWN_TYPE = "unknown_type"
    BAD_FIELD = "bad_field"
    UNAUTHORIZED = "unauthorized"
    CONTROL_UNAVAILABLE = "control_unavailable"
    CONTROL_FAILED = "control_failed"


class ProtocolError(ValueError):
    """A client message that cannot be used; ``code`` is one of :class:`ErrorCode`."""

    def __init__(self, code: ErrorCode, message: str, msg_id: str | int | None = None) -> None:
        super().__init__(message)
        self.code = code
        self.message = message
        self.msg_id = msg_id


# --- client -> server -----------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class Subscribe:
    types: tuple[str, ...]
    id: str | int | None = None


@dataclass(frozen=True, slots=True)
class Ping:
    id: str | int | None = None


@dataclass(frozen=True, slots=True)
class Auth:
    token: str
    id: str | int | None = None


@dataclass(frozen=True, slots=True)
class Control:
    action: str
    text: str | None = None
    token: str | None = None
    id: str | int | None = None


ClientMessage = Subscribe | Ping | Auth | Control

_TYPE_PATTERN = re.compile(r"\*|[a-z][a-z0-9_]*(\.[a-z][a-z0-9_]*)*(\.\*)?")


def parse_client_message(raw: str | bytes) -> ClientMessage:
    """Validate one client text frame; raise :class:`ProtocolError` when unusable."""
    if isinstance(raw, bytes | bytearray | memoryview):
        raise ProtocolError(ErrorCode.BINARY, "Binary frames are not part of the protocol.")
    if len(raw) > MAX_MESSAGE_BYTES or (
        len(raw) * 4 > MAX_MESSAGE_BYTES
        and len(raw.encode("utf-8", "surrogatepass")) > MAX_MESSAGE_BYTES
    ):
        raise ProtocolError(
            ErrorCode.TOO_LARGE, f"The message is over the limit of {MAX_MESSAGE_BYTES} bytes."
        )
    try:
        data = json.loads(raw, parse_constant=_refuse_constant)
    except RecursionError:
        raise ProtocolError(ErrorCode.BAD_JSON, "The JSON is nested too deeply.") from None
    except ValueError as exc:  # JSONDecodeError, NaN/Infinity, lone surrogates
        raise ProtocolError(ErrorCode.BAD_JSON, f"Not valid JSON: {exc}") from None
    if not isinstance(data, dict):
        raise ProtocolError(ErrorCode.NOT_OBJECT, "A message must be a JSON object.")
    msg_id = _optional_id(data)
    version = data.get("v")
    if type(version) is not int or version != PROTOCOL_VERSION:
        raise ProtocolError(
            ErrorCode.BAD_VERSION,
            f'"v" must be {PROTOCOL_VERSION} (this server speaks protocol {PROTOCOL_VERSION}).',
            msg_id,
        )
    kind = data.get("type")
    if kind == "subscribe":
        return Subscribe(_types(data, msg_id), msg_id)
    if kind == "ping":
        return Ping(msg_id)
    if kind == "auth":
        return Auth(_string(data, "token", msg_id, MAX_TOKEN_CHARS, required=True) or "", msg_id)
    if kind == "control":
        action = data.get("action")
        if action not in CONTROL_ACTIONS:
            raise ProtocolError(
                ErrorCode.BAD_FIELD,
                f'"action" must be one of {", ".join(CONTROL_ACTIONS)}.',
                msg_id,
            )
        token = _string(data, "token", msg_id, MAX_TOKEN_CHARS, required=False)
        text = None
        if action == "say":
            text = _string(data, "text", msg_id, MAX_SAY_CHARS, required=True)
            if not (text or "").strip():
                raise ProtocolError(ErrorCode.BAD_FIELD, '"text" must not be empty.', msg_id)
        return Control(action, text, token, msg_id)
    shown = kind if isinstance(kind, str) and _TYPE_PATTERN.fullmatch(kind) else "?"
    raise ProtocolError(
        ErrorCode.UNKNOWN_TYPE,
        f'Unknown message type "{shown}"; expected one of {", ".join(CLIENT_TYPES)}.',
        msg_id,
    )


def _refuse_constant(name: str) -> Any:
    raise ValueError(f"{name} is not JSON")


def _optional_id(data: dict[str, Any]) -> str | int | None:
    value = data.get("id")
    if value is None:
        return None
    if isinstance(value, str) and len(value) <= MAX_ID_CHARS and _encodable(value):
        return value
    if type(value) is int and abs(value) < 2**53:
        return value
    raise ProtocolError(
        ErrorCode.BAD_FIELD,
        f'"id" must be a string of at most {MAX_ID_CHARS} characters or a safe integer.',
    )


def _string(
    data: dict[str, Any], key: str, msg_id: str | int | None, limit: int, *, required: bool
) -> str | None:
    value = data.get(key)
    if value is None and not required:
        return None
    if not isinstance(value, str) or len(value) > limit or not _encodable(value):
        raise ProtocolError(
            ErrorCode.BAD_FIELD, f'"{key}" must be a string of at most {limit} characters.', msg_id
        )
    return value


def _encodable(text: str) -> bool:
    """False for strings with lone surrogates (``"\\ud800"`` escapes): not real text."""
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        return False
    return True


def _types(data: dict[str, Any], msg_id: str | int | None) -> tuple[str, ...]:
    value = data.get("types")
    if not isinstance(value, list) or len(value) > MAX_SUBSCRIBE_TYPES:
        raise ProtocolError(
            ErrorCode.BAD_FIELD,
            f'"types" must be a list of at most {MAX_SUBSCRIBE_TYPES} event types.',
            msg_id,
        )
    for item in value:
        if (
            not isinstance(item, str)
            or len(item) > MAX_TYPE_CHARS
            or not _TYPE_PATTERN.fullmatch(item)
        ):
            raise ProtocolError(
                ErrorCode.BAD_FIELD,
                'Each of "types" must be an event type ("avatar.frame"), a scope ("avatar.*") '
                'or "*".',
                msg_id,
            )
    return tuple(dict.fromkeys(value))


class TypeFilter:
    """Which event types one client receives.

    ``"*"`` means every event except the opt-in ones (:data:`OPT_IN_TYPES`); a scope
    ``"avatar.*"`` means every type that starts with ``avatar.``; anything else is
    an exact type. Naming an opt-in type, or its scope, asks for it.
    """

    __slots__ = ("_all", "_exact", "_patterns", "_prefixes")

    def __init__(self, patterns: Iterable[str] = ("*",)) -> None:
        self._patterns = tuple(patterns)
        self._all = "*" in self._patterns
        self._exact = frozenset(p for p in self._patterns if not p.endswith("*"))
        self._prefixes = tuple(p[:-1] for p in self._patterns if p.endswith(".*"))

    @property
    def patterns(self) -> tuple[str, ...]:
        return self._patterns

    def matches(self, event_type: str) -> bool:
        if event_type in self._exact:
            return True
        if self._prefixes and event_type.startswith(self._prefixes):
            return True
        return self._all and event_type not in OPT_IN_TYPES


# --- server -> client -----------------------------------------------------------------


def dumps(message: Mapping[str, Any]) -> str:
    """Compact JSON text; NaN and infinity are refused (browsers cannot parse them)."""
    return json.dumps(message, separators=(",", ":"), ensure_ascii=False, allow_nan=False)


def encode(message: Mapping[str, Any]) -> bytes:
    """The UTF-8 payload of one text frame (encoded once, shared by every client)."""
    try:
        return dumps(message).encode("utf-8")
    except UnicodeEncodeError:  # a lone surrogate somewhere: escape everything instead
        text = json.dumps(message, separators=(",", ":"), ensure_ascii=True, allow_nan=False)
        return text.encode("ascii")


def hello(role: str) -> dict[str, Any]:
    """The first message on every connection (again whenever the role changes)."""
    return {
        "v": PROTOCOL_VERSION,
        "type": "hello",
        "server": SERVER_NAME,
        "protocol": PROTOCOL_VERSION,
        "role": role,
        "ts": now(),
    }


def pong(msg_id: str | int | None) -> dict[str, Any]:
    return _reply("pong", msg_id, ts=now())


def subscribed(types: Iterable[str], msg_id: str | int | None) -> dict[str, Any]:
    return _reply("subscribed", msg_id, types=list(types))


def ack(action: str, msg_id: str | int | None) -> dict[str, Any]:
    return _reply("ack", msg_id, action=action)


def error(code: ErrorCode | str, message: str, msg_id: str | int | None = None) -> dict[str, Any]:
    return _reply("error", msg_id, code=str(code), message=message)


def _reply(kind: str, msg_id: str | int | None, **fields: Any) -> dict[str, Any]:
    message: dict[str, Any] = {"v": PROTOCOL_VERSION, "type": kind}
    if msg_id is not None:
        message["id"] = msg_id
    message.update(fields)
    return message


class _Drop:
    """Marks a value that has no place on the wire."""


_DROP = _Drop()


def event_message(event: Event) -> dict[str, Any] | None:
    """The wire form of a bus event: ``{"v": 1, "type": ..., <fields>}``.

    Values are made JSON-safe (non-finite floats become ``null``, numpy scalars
    plain numbers, enums their value, paths and dates strings); arrays, bytes, long
    lists, secrets, private ``_fields`` and unknown objects are left out.
    """
    try:
        data = event.to_dict()
    except Exception:
        return None
    kind = data.get("type")
    if not isinstance(kind, str) or not kind:
        return None
    message: dict[str, Any] = {"v": PROTOCOL_VERSION, "type": kind}
    for key, value in data.items():
        if key in ("v", "type") or not isinstance(key, str) or key.startswith("_"):
            continue
        converted = _jsonable(value, 0)
        if converted is not _DROP:
            message[key] = converted
    return message


def encode_event(event: Event) -> bytes | None:
    """:func:`event_message` as a UTF-8 JSON payload, or ``None`` when it has no place
    on the wire (not an event, or bigger than :data:`MAX_EVENT_BYTES`)."""
    message = event_message(event)
    if message is None:
        return None
    payload = encode(message)
    return payload if len(payload) <= MAX_EVENT_BYTES else None


def _jsonable(value: Any, depth: int) -> Any:
    if value is None or isinstance(value, bool):
        return value
    if isinstance(value, str):
        if len(value) > MAX_STRING_CHARS:
            return value[: MAX_STRING_CHARS - 1] + "…"
        return value
    if isinstance(value, int):
        return value if abs(value) < 2**53 else str(value)
    if isinstance(value, float):
        return value if math.isfinite(value) else None
    if isinstance(value, enum.Enum):
        return _jsonable(value.value, depth + 1)
    if isinstance(value, bytes | bytearray | memoryview):
        return _DROP
    shape = getattr(value, "shape", None)
    if shape is not None:  # numpy and friends: scalars become numbers, arrays stay home
        if shape == () and callable(getattr(value, "item", None)):
            return _jsonable(value.item(), depth + 1)
        return _DROP
    if isinstance(value, PurePath):
        return _jsonable(str(value), depth)
    if isinstance(value, datetime | date | time):
        return value.isoformat()
    if depth >= MAX_NESTING:
        return _DROP
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        value = {f.name: getattr(value, f.name) for f in dataclasses.fields(value)}
    if isinstance(value, Mapping):
        if len(value) > MAX_MAPPING_ITEMS:
            return _DROP
        out: dict[str, Any] = {}
        for key, item in value.items():
            if not isinstance(key, str) or key.startswith("_"):
                continue
            converted = _jsonable(item, depth + 1)
            if converted is not _DROP:
                out[key] = converted
        return out
    if isinstance(value, list | tuple | set | frozenset):
        if len(value) > MAX_LIST_ITEMS:
            return _DROP
        items = sorted(value, key=repr) if isinstance(value, set | frozenset) else value
        converted_items = [_jsonable(item, depth + 1) for item in items]
        return [item for item in converted_items if item is not _DROP]
    return _DROP  # unknown objects (secrets among them) are never guessed at


__all__ = [
    "CLIENT_TYPES",
    "COALESCED_TYPES",
    "CONTROL_ACTIONS",
    "MAX_MESSAGE_BYTES",
    "OPT_IN_TYPES",
    "PROTOCOL_VERSION",
    "Auth",
    "ClientMessage",
    "Control",
    "ErrorCode",
    "Ping",
    "ProtocolError",
    "Subscribe",
    "TypeFilter",
    "ack",
    "dumps",
    "encode",
    "encode_event",
    "error",
    "event_message",
    "hello",
    "parse_client_message",
    "pong",
    "subscribed",
]

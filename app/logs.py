"""Structured logging: one JSON object per line in ``neiri.jsonl``.

Components log through ``logging.getLogger("neiri.<component>")`` (or
:func:`get_logger`) and attach structured fields with ``extra=``; :func:`log_event`
is the short form::

    log_event(log, "asr.done", "transcribed", turn_id=3, latency_ms=142.0)

Each line holds ``ts`` (local time with offset, milliseconds), ``level``,
``component`` (``asr`` for ``neiri.asr``), ``event`` (``asr.done``, or
``<component>.log`` when none was given), ``message``, then the extra fields, then
``exc`` for an exception. The handlers sit on the root logger, so warnings from
libraries land in the same file.

Secrets are masked before anything is written (``***``): values of keys named like
token, password, secret, api_key or authorization (as fields and as ``key=value`` /
``"key": "value"`` text), ``Bearer ...`` and ``oauth:...`` credentials, ``sk-...``
API keys, passwords in URLs, and any value given to :func:`register_secret`.
"""

from __future__ import annotations

import json
import logging
import os
import re
import sys
import threading
from collections.abc import Iterable, Mapping
from datetime import datetime
from logging.handlers import RotatingFileHandler
from pathlib import Path
from typing import Any

LOG_FILE_NAME = "neiri.jsonl"
LEVEL_ENV = "NEIRI_LOG_LEVEL"
ROOT_COMPONENT = "neiri"
MASK = "***"
CHATTY_LIBRARIES = ("chromadb", "posthog", "httpcore", "urllib3", "asyncio", "peewee")
"""Libraries kept at WARNING or above: their debug lines would bury Neiri's own."""

_HANDLER_PREFIX = "neiri."
_COMPONENT_PREFIXES = (f"{ROOT_COMPONENT}.", "app.")
_FILE_HANDLER_NAME = "neiri.file"
_CONSOLE_HANDLER_NAME = "neiri.console"

# Attributes every LogRecord has; anything else on a record came from ``extra=``.
_RECORD_ATTRS = frozenset(
    logging.LogRecord("x", logging.INFO, "x", 0, "x", None, None).__dict__
) | {"message", "asctime", "taskName", "event"}
_CORE_KEYS = ("ts", "level", "component", "event", "message")
_FIRST_FIELDS = ("turn_id", "latency_ms")
_MIN_REGISTERED_SECRET = 4

# --- masking -----------------------------------------------------------------------

_SECRET_KEY_WORDS = (
    r"token|password|passwd|passphrase|secret|api[_-]?key|apikey|access[_-]?key|"
    r"private[_-]?key|client[_-]?secret|authorization|credentials?|cookie"
)
# A field name is secret when it ends with one of the words: ``api_key``,
# ``auth_token``, ``OPENAI_API_KEY``; but not ``max_tokens`` or ``token_count``.
_SECRET_KEY_RE = re.compile(rf"(?:{_SECRET_KEY_WORDS})$", re.IGNORECASE)
# ``api_key=abc``, ``"token": "abc"``, ``Authorization: Bearer abc``, ``?token=abc&``
_KEY_VALUE_RE = re.compile(
    rf"""(?P<key>\b[\w-]*(?:{_SECRET_KEY_WORDS})["']?\s*[:=]\s*)"""
    r"""(?P<quote>["']?)(?P<value>(?:(?:bearer|basic|token)\s+|oauth:)?[^\s"',;&}\]]+)""",
    re.IGNORECASE,
)
_BEARER_RE = re.compile(r"\b(?P<scheme>Bearer|Basic)\s+[A-Za-z0-9._~+/=-]+", re.IGNORECASE)
_OAUTH_RE = re.compile(r"\boauth:[A-Za-z0-9_-]+", re.IGNORECASE)
_SK_KEY_RE = re.compile(r"\bsk-[A-Za-z0-9_-]{12,}")
_URL_PASSWORD_RE = re.compile(r"(?P<head>\b[a-z][a-z0-9+.-]*://[^/\s:@]+:)[^@\s/]+@", re.I)

_secrets_lock = threading.Lock()
_registered_secrets: tuple[str, ...] = ()


def register_secret(value: str | None) -> None:
    """Mask ``value`` wherever it appears in later log output (messages, fields,
    exceptions). Values shorter than 4 characters are ignored: masking them would
    blank out ordinary words."""
    global _registered_secrets
    if not value or len(value) < _MIN_REGISTERED_SECRET:
        return
    with _secrets_lock:
        if value not in _registered_secrets:
            # longest first, so a secret containing another is masked whole
            _registered_secrets = tuple(
                sorted((*_registered_secrets, value), key=len, reverse=True)
            )


def clear_registered_secrets() -> None:
    """Forget every registered secret (for tests and for a settings reload)."""
    global _registered_secrets
    with _secrets_lock:
        _registered_secrets = ()


def is_secret_key(key: object) -> bool:
    return isinstance(key, str) and _SECRET_KEY_RE.search(key) is not None


def mask_text(text: str) -> str:
    """``text`` with every secret it contains replaced by ``***``."""
    for secret in _registered_secrets:
        if secret in text:
            text = text.replace(secret, MASK)
    text = _KEY_VALUE_RE.sub(lambda m: f"{m['key']}{m['quote']}{MASK}", text)
    text = _BEARER_RE.sub(lambda m: f"{m['scheme']} {MASK}", text)
    text = _OAUTH_RE.sub(f"oauth:{MASK}", text)
    text = _SK_KEY_RE.sub(MASK, text)
    return _URL_PASSWORD_RE.sub(lambda m: f"{m['head']}{MASK}@", text)


def mask_value(value: Any, key: object = None) -> Any:
    """Mask a field value: everything under a secret-looking key, secrets inside
    strings, recursively through dicts, lists and tuples."""
    if key is not None and is_secret_key(key) and value is not None:
        return MASK
    if isinstance(value, str):
        return mask_text(value)
    if isinstance(value, dict):
        return {k: mask_value(v, k) for k, v in value.items()}
    if isinstance(value, list | tuple):
        return [mask_value(item) for item in value]
    return value


class SecretMaskingFilter(logging.Filter):
    """Masks secrets in a record's message and extra fields, in place, so every
    handler after it sees the masked record. Masking twice changes nothing."""

    def filter(self, record: logging.LogRecord) -> bool:
        try:
            message = record.getMessage()
        except Exception:  # a broken format string: log it unformatted
            message = f"{record.msg} {record.args!r}"
        record.msg = mask_text(message)
        record.args = ()
        for key, value in list(record.__dict__.items()):
            if key not in _RECORD_ATTRS:
                setattr(record, key, mask_value(value, key))
        return True


# --- formatting ----------------------------------------------------------------------


def component_of(logger_name: str) -> str:
    """``neiri.asr`` -> ``asr``; ``neiri`` -> ``neiri``; ``httpx`` -> ``httpx``.
    Module loggers (``logging.getLogger(__name__)``) lose the package name too:
    ``app.llm.provider`` -> ``llm.provider``."""
    for prefix in _COMPONENT_PREFIXES:
        if logger_name.startswith(prefix) and len(logger_name) > len(prefix):
            return logger_name[len(prefix) :]
    return logger_name


def extra_fields(record: logging.LogRecord) -> dict[str, Any]:
    """The fields a record got through ``extra=`` (without ``event``)."""
    return {k: v for k, v in record.__dict__.items() if k not in _RECORD_ATTRS}


def _timestamp(record: logging.LogRecord) -> str:
    return datetime.fromtimestamp(record.created).astimezone().isoformat(timespec="milliseconds")


class JsonLineFormatter(logging.Formatter):
    """One JSON object per record, on one line."""

    def format(self, record: logging.LogRecord) -> str:
        component = component_of(record.name)
        event = getattr(record, "event", None)
        data: dict[str, Any] = {
            "ts": _timestamp(record),
            "level": record.levelname,
            "component": component,
            "event": str(event) if event else f"{component}.log",
            "message": record.getMessage(),
        }
        fields = extra_fields(record)
        for key in (*_FIRST_FIELDS, *sorted(k for k in fields if k not in _FIRST_FIELDS)):
            if key in fields:
                data[f"extra_{key}" if key in _CORE_KEYS else key] = fields[key]
        if record.exc_info:
            data["exc"] = mask_text(self.formatException(record.exc_info))
        elif record.exc_text:
            data["exc"] = mask_text(record.exc_text)
        if record.stack_info:
            data["stack"] = mask_text(self.formatStack(record.stack_info))
        return json.dumps(data, ensure_ascii=False, default=str)


class ConsoleFormatter(logging.Formatter):
    """``12:03:04.120 INFO    asr: transcribed (turn 3, 142 ms)``"""

    def format(self, record: logging.LogRecord) -> str:
        clock = datetime.fromtimestamp(record.created).strftime("%H:%M:%S")
        millis = int(record.msecs)
        line = (
            f"{clock}.{millis:03d} {record.levelname:<7} "
            f"{component_of(record.name)}: {record.getMessage()}"
        )
        notes = []
        turn_id = getattr(record, "turn_id", None)
        if turn_id is not None:
            notes.append(f"turn {turn_id}")
        latency = getattr(record, "latency_ms", None)
        if isinstance(latency, int | float):
            notes.append(f"{latency:.0f} ms")
        if notes:
            line += f" ({', '.join(notes)})"
        if record.exc_info:
            line += "\n" + mask_text(self.formatException(record.exc_info))
        return line


# --- setup ---------------------------------------------------------------------------


def resolve_level(level: str | int, env: Mapping[str, str] | None = None) -> int:
    """The level to use: ``NEIRI_LOG_LEVEL`` if set to a valid level, else ``level``."""
    environ = os.environ if env is None else env
    override = environ.get(LEVEL_ENV, "").strip()
    if override:
        parsed = _parse_level(override)
        if parsed is not None:
            return parsed
    parsed = _parse_level(level)
    return logging.INFO if parsed is None else parsed


def _parse_level(level: str | int) -> int | None:
    if isinstance(level, int):
        return level
    text = level.strip().upper()
    if text.isdigit():
        return int(text)
    return logging.getLevelNamesMapping().get(text)


def setup_logging(
    log_dir: str | os.PathLike[str],
    level: str | int = "INFO",
    max_bytes: int = 10_000_000,
    backups: int = 5,
    console: bool = True,
) -> None:
    """Log to ``<log_dir>/neiri.jsonl`` (rotated at ``max_bytes``, keeping
    ``backups`` old files) and, if ``console``, short lines on stderr.

    Calling it again replaces the handlers it installed before (no duplicates)."""
    effective = resolve_level(level)
    folder = Path(log_dir).expanduser()
    folder.mkdir(parents=True, exist_ok=True)

    root = logging.getLogger()
    shutdown_logging()

    masking = SecretMaskingFilter()
    file_handler = RotatingFileHandler(
        folder / LOG_FILE_NAME,
        maxBytes=max(0, max_bytes),
        backupCount=max(0, backups),
        encoding="utf-8",
    )
    file_handler.set_name(_FILE_HANDLER_NAME)
    file_handler.addFilter(masking)
    file_handler.setFormatter(JsonLineFormatter())
    handlers: list[logging.Handler] = [file_handler]
    if console:
        console_handler = logging.StreamHandler(sys.stderr)
        console_handler.set_name(_CONSOLE_HANDLER_NAME)
        console_handler.addFilter(masking)
        console_handler.setFormatter(ConsoleFormatter())
        handlers.append(console_handler)
    for handler in handlers:
        root.addHandler(handler)
    root.setLevel(effective)
    logging.getLogger(ROOT_COMPONENT).setLevel(logging.NOTSET)
    for name in CHATTY_LIBRARIES:
        logging.getLogger(name).setLevel(max(effective, logging.WARNING))

    override = os.environ.get(LEVEL_ENV, "").strip()
    if override and _parse_level(override) is None:
        log_event(
            get_logger("logs"),
            "logs.bad_level",
            f"ignoring {LEVEL_ENV}={override!r}: not a log level",
            level=logging.WARNING,
        )


def shutdown_logging() -> None:
    """Remove and close the handlers :func:`setup_logging` installed."""
    root = logging.getLogger()
    for handler in list(_our_handlers(root.handlers)):
        root.removeHandler(handler)
        handler.close()


def _our_handlers(handlers: Iterable[logging.Handler]) -> Iterable[logging.Handler]:
    return [h for h in handlers if (h.get_name() or "").startswith(_HANDLER_PREFIX)]


def get_logger(component: str) -> logging.Logger:
    """The logger of a component: ``get_logger("asr")`` is ``neiri.asr``."""
    return logging.getLogger(f"{ROOT_COMPONENT}.{component}")


def log_event(
    logger: logging.Logger | str,
    event: str,
    message: str,
    *,
    level: int = logging.INFO,
    exc_info: Any = None,
    **fields: Any,
) -> None:
    """Log ``message`` as ``event`` with structured ``fields`` (``turn_id=3``...).
    ``logger`` may be a logger or a component name. Fields whose names clash with
    LogRecord attributes (``name``, ``msg``...) are stored as ``field_<name>``."""
    if isinstance(logger, str):
        logger = get_logger(logger)
    extra = {
        (f"field_{key}" if key in _RECORD_ATTRS else key): value for key, value in fields.items()
    }
    extra["event"] = event
    logger.log(level, "%s", message, extra=extra, exc_info=exc_info, stacklevel=2)

"""JSONL logging: fields, rotation, masking, level override, idempotent setup."""

from __future__ import annotations

import json
import logging
import re
from collections.abc import Iterator
from datetime import datetime
from pathlib import Path
from typing import Any

import pytest

from app.logs import (
    LOG_FILE_NAME,
    clear_registered_secrets,
    get_logger,
    log_event,
    mask_text,
    register_secret,
    setup_logging,
    shutdown_logging,
)


@pytest.fixture(autouse=True)
def clean_logging(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    monkeypatch.delenv("NEIRI_LOG_LEVEL", raising=False)
    root = logging.getLogger()
    level = root.level
    yield
    shutdown_logging()
    clear_registered_secrets()
    root.setLevel(level)


def read_lines(path: Path) -> list[dict[str, Any]]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]


def our_handlers() -> list[logging.Handler]:
    return [h for h in logging.getLogger().handlers if (h.get_name() or "").startswith("neiri.")]


def test_each_record_is_one_json_object_with_the_fields(tmp_path: Path) -> None:
    setup_logging(tmp_path, "INFO", console=False)
    log = get_logger("asr")
    log_event(log, "asr.done", "transcribed", turn_id=3, latency_ms=142.5, words=7)
    log.info("plain line with\na newline")
    try:
        1 / 0  # noqa: B018
    except ZeroDivisionError:
        log.exception("failed")

    first, second, third = read_lines(tmp_path / LOG_FILE_NAME)
    assert list(first)[:5] == ["ts", "level", "component", "event", "message"]
    assert first["level"] == "INFO" and first["component"] == "asr"
    assert first["event"] == "asr.done" and first["message"] == "transcribed"
    assert (first["turn_id"], first["latency_ms"], first["words"]) == (3, 142.5, 7)
    # local time with milliseconds and a UTC offset
    assert re.fullmatch(r"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}[+-]\d\d:\d\d", first["ts"])
    assert datetime.fromisoformat(first["ts"]).tzinfo is not None
    # without an event the component's generic one is used; newlines stay in one line
    assert second["event"] == "asr.log" and second["message"] == "plain line with\na newline"
    assert third["level"] == "ERROR" and "ZeroDivisionError" in third["exc"]


def test_loggers_outside_neiri_keep_their_name(tmp_path: Path) -> None:
    setup_logging(tmp_path, "INFO", console=False)
    logging.getLogger("httpx").warning("slow request")
    logging.getLogger("neiri").info("top level")
    logging.getLogger("app.llm.provider").info("module logger")
    library, own, module = read_lines(tmp_path / LOG_FILE_NAME)
    assert library["component"] == "httpx" and library["event"] == "httpx.log"
    assert own["component"] == "neiri"
    assert module["component"] == "llm.provider" and module["event"] == "llm.provider.log"


def test_fields_that_clash_with_record_attributes_are_kept(tmp_path: Path) -> None:
    setup_logging(tmp_path, "INFO", console=False)
    log_event("llm", "llm.request", "asking", name="llama", level_hint="x")
    (line,) = read_lines(tmp_path / LOG_FILE_NAME)
    assert line["component"] == "llm"
    assert line["field_name"] == "llama" and line["level_hint"] == "x"


def test_rotation_keeps_only_the_configured_backups(tmp_path: Path) -> None:
    setup_logging(tmp_path, "INFO", max_bytes=1500, backups=2, console=False)
    log = get_logger("test")
    for i in range(200):
        log_event(log, "test.line", f"line {i:03d} " + "x" * 40)
    names = sorted(p.name for p in tmp_path.iterdir())
    assert names == [LOG_FILE_NAME, f"{LOG_FILE_NAME}.1", f"{LOG_FILE_NAME}.2"]
    for name in names:
        path = tmp_path / name
        assert path.stat().st_size <= 1500
        read_lines(path)  # every rotated file is still valid JSONL
    # the newest record is in the live file
    assert read_lines(tmp_path / LOG_FILE_NAME)[-1]["message"].startswith("line 199")


def test_secrets_are_masked_in_messages_fields_and_exceptions(tmp_path: Path) -> None:
    setup_logging(tmp_path, "INFO", console=False)
    register_secret("hunter2-registered")
    log = get_logger("llm")
    log_event(
        log,
        "llm.request",
        "POST with Authorization: Bearer abc.def.ghi and key sk-proj-ABCDEFGHIJKLMNOP1234",
        api_key="plain-api-key-value",
        headers={"Authorization": "Bearer header-token-xyz", "Accept": "json"},
        note="the password is hunter2-registered",
        max_tokens=300,
    )
    log.info("twitch login oauth:abcdef123456 to %s", "http://bob:pa55word@example.com/x")
    try:
        raise RuntimeError("server said token=tok-999 for hunter2-registered")
    except RuntimeError:
        log.exception("request failed")

    text = (tmp_path / LOG_FILE_NAME).read_text(encoding="utf-8")
    for secret in (
        "hunter2-registered",
        "abc.def.ghi",
        "sk-proj-ABCDEFGHIJKLMNOP1234",
        "plain-api-key-value",
        "header-token-xyz",
        "abcdef123456",
        "pa55word",
        "tok-999",
    ):
        assert secret not in text, secret
    request, login, failure = read_lines(tmp_path / LOG_FILE_NAME)
    assert request["api_key"] == "***"
    assert request["headers"] == {"Authorization": "***", "Accept": "json"}
    assert request["note"] == "the password is ***"
    assert request["max_tokens"] == 300  # not a secret: must survive unmasked
    assert request["message"] == "POST with Authorization: *** and key ***"
    assert "oauth:***" in login["message"] and "http://bob:***@example.com/x" in login["message"]
    assert "RuntimeError" in failure["exc"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Authorization: Bearer abc123", "Authorization: ***"),
        ("curl -H 'Bearer abc123'", "curl -H 'Bearer ***'"),
        ('{"api_key": "abc123"}', '{"api_key": "***"}'),
        ("GET /x?token=abc123&page=2", "GET /x?token=***&page=2"),
        ("OPENAI_API_KEY=sk-abcdefghijklmnop", "OPENAI_API_KEY=***"),
        ("using sk-abcdefghijklmnopqrst now", "using *** now"),
        ("max_tokens=300 num_ctx=4096", "max_tokens=300 num_ctx=4096"),
        ("counted 40 tokens: fine", "counted 40 tokens: fine"),
        ("http://127.0.0.1:11434/api/chat", "http://127.0.0.1:11434/api/chat"),
    ],
)
def test_mask_text(text: str, expected: str) -> None:
    assert mask_text(text) == expected


def test_env_level_overrides_the_argument(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("NEIRI_LOG_LEVEL", "debug")
    setup_logging(tmp_path, "WARNING", console=False)
    get_logger("vad").debug("probability 0.7")
    assert [line["level"] for line in read_lines(tmp_path / LOG_FILE_NAME)] == ["DEBUG"]


def test_the_argument_level_applies_without_env(tmp_path: Path) -> None:
    setup_logging(tmp_path, "WARNING", console=False)
    log = get_logger("vad")
    log.info("dropped")
    log.warning("kept")
    assert [line["message"] for line in read_lines(tmp_path / LOG_FILE_NAME)] == ["kept"]


def test_an_invalid_env_level_is_ignored_with_a_warning(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("NEIRI_LOG_LEVEL", "LOUD")
    setup_logging(tmp_path, "INFO", console=False)
    get_logger("vad").debug("dropped")
    lines = read_lines(tmp_path / LOG_FILE_NAME)
    assert [line["event"] for line in lines] == ["logs.bad_level"]
    assert logging.getLogger().level == logging.INFO


def test_setup_twice_does_not_duplicate_handlers(tmp_path: Path) -> None:
    first_dir, second_dir = tmp_path / "a", tmp_path / "b"
    setup_logging(first_dir, "INFO", console=True)
    setup_logging(second_dir, "INFO", console=True)
    assert sorted(h.get_name() or "" for h in our_handlers()) == ["neiri.console", "neiri.file"]

    get_logger("core").info("once")
    assert [line["message"] for line in read_lines(second_dir / LOG_FILE_NAME)] == ["once"]
    assert (first_dir / LOG_FILE_NAME).read_text(encoding="utf-8") == ""

    shutdown_logging()
    assert our_handlers() == []


def test_console_prints_a_short_human_line(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    setup_logging(tmp_path, "INFO", console=True)
    log_event("tts", "tts.done", "spoke 2 sentences", turn_id=4, latency_ms=88.0, api_key="k-123")
    err = capsys.readouterr().err.strip()
    assert re.fullmatch(
        r"\d\d:\d\d:\d\d\.\d{3} INFO +tts: spoke 2 sentences \(turn 4, 88 ms\)", err
    )
    assert "k-123" not in err

"""The real LLM clients (ollama.AsyncClient, httpx) against the fake servers."""

from __future__ import annotations

import asyncio
import contextlib
import logging
import socket
import time
from collections.abc import AsyncIterator, Awaitable, Callable
from typing import Any

import pytest

from app.core.messages import message_of
from app.llm.ollama_provider import OllamaProvider, PullProgress, model_matches
from app.llm.openai_compat import OpenAICompatProvider, error_text
from app.llm.provider import (
    LLMAuthError,
    LLMError,
    LLMProvider,
    LLMStreamError,
    LLMUnavailable,
    ModelNotFound,
    backoff_delay,
    make_provider,
)
from tests.fakes.fake_ollama import FakeOllama, tokenize_reply
from tests.fakes.fake_openai import FakeOpenAI

MODEL = "llama3.2"
REPLY = "Hello there, friend! I'm glad you came; shall we talk about the stars?"
HELLO = [{"role": "user", "content": "Hi!"}]
FAST = {"connect_retries": 3, "retry_backoff_s": 0.01, "timeout_s": 10.0}


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


async def collect(stream: AsyncIterator[str]) -> list[str]:
    return [piece async for piece in stream]


async def collect_until_error(stream: AsyncIterator[str]) -> tuple[list[str], BaseException]:
    got: list[str] = []
    try:
        async for piece in stream:
            got.append(piece)
    except Exception as exc:
        return got, exc
    raise AssertionError(f"the stream ended without an error after {got!r}")


@pytest.fixture
async def start_ollama() -> AsyncIterator[Callable[..., Awaitable[tuple[FakeOllama, str]]]]:
    fakes: list[FakeOllama] = []

    async def start(**kwargs: Any) -> tuple[FakeOllama, str]:
        kwargs.setdefault("models", [MODEL])
        kwargs.setdefault("reply", REPLY)
        fake = FakeOllama(**kwargs)
        fakes.append(fake)
        return fake, await fake.start()

    yield start
    for fake in fakes:
        await fake.stop()


@pytest.fixture
async def start_openai() -> AsyncIterator[Callable[..., Awaitable[tuple[FakeOpenAI, str]]]]:
    fakes: list[FakeOpenAI] = []

    async def start(**kwargs: Any) -> tuple[FakeOpenAI, str]:
        kwargs.setdefault("models", [MODEL])
        kwargs.setdefault("reply", REPLY)
        fake = FakeOpenAI(**kwargs)
        fakes.append(fake)
        return fake, await fake.start()

    yield start
    for fake in fakes:
        await fake.stop()


@pytest.fixture
async def providers() -> AsyncIterator[Callable[..., Any]]:
    made: list[Any] = []

    def make(kind: str, **kwargs: Any) -> Any:
        settings = {"model": MODEL, **FAST, **kwargs}
        provider = make_provider(kind, **settings)
        made.append(provider)
        return provider

    yield make
    for provider in made:
        await provider.aclose()


# --- the fake itself ---------------------------------------------------------------


def test_tokenize_reply_splits_like_an_llm() -> None:
    text = "Hello, world! I'm Neiri...  ok\nsee you at 3.5 o'clock "
    tokens = tokenize_reply(text)
    assert "".join(tokens) == text
    assert tokens[:6] == ["Hello", ",", " world", "!", " I", "'m"]
    assert tokens.count(".") >= 3  # each punctuation mark on its own
    assert all(t.strip() or t.isspace() for t in tokens)


def test_model_names_without_tag_mean_latest() -> None:
    assert model_matches("llama3.2", "llama3.2:latest")
    assert model_matches("qwen2.5:3b", "qwen2.5:3b")
    assert not model_matches("qwen2.5", "qwen2.5:3b")


def test_backoff_doubles() -> None:
    assert [backoff_delay(i, 0.25) for i in range(3)] == [0.25, 0.5, 1.0]


# --- make_provider -----------------------------------------------------------------


async def test_make_provider_builds_both_kinds_from_settings(providers) -> None:
    settings = {
        "base_url": "http://127.0.0.1:9",
        "api_key": None,
        "keep_alive": "10m",
        "num_ctx": 2048,
        "temperature": 0.3,
        "max_tokens": 64,
    }
    ollama_p = providers("ollama", **settings)
    openai_p = providers("OpenAI", **settings)
    assert isinstance(ollama_p, OllamaProvider) and ollama_p.name == "ollama"
    assert isinstance(openai_p, OpenAICompatProvider) and openai_p.name == "openai"
    assert isinstance(ollama_p, LLMProvider) and isinstance(openai_p, LLMProvider)
    assert (ollama_p.model, ollama_p.num_ctx, ollama_p.keep_alive) == (MODEL, 2048, "10m")
    with pytest.raises(ValueError, match="unknown LLM provider"):
        make_provider("kobold")


# --- Ollama: streaming ------------------------------------------------------------------


async def test_ollama_streams_tokens_in_order_with_the_right_request(
    start_ollama, providers
) -> None:
    fake, url = await start_ollama(token_delay_s=0.001)
    llm = providers("ollama", base_url=url, keep_alive="45m", num_ctx=3072)

    pieces = await collect(llm.stream_chat(HELLO, temperature=0.2, max_tokens=99))

    assert pieces == tokenize_reply(REPLY)
    assert "".join(pieces) == REPLY
    body = fake.requests[-1]
    assert body["model"] == MODEL
    assert body["messages"] == HELLO
    assert body["stream"] is True
    assert body["think"] is False
    assert body["keep_alive"] == "45m"
    assert body["options"] == {"num_ctx": 3072, "temperature": 0.2, "num_predict": 99}
    assert fake.completed == 1 and fake.cancelled == 0


async def test_ollama_uses_configured_temperature_and_max_tokens_by_default(
    start_ollama, providers
) -> None:
    fake, url = await start_ollama()
    llm = providers("ollama", base_url=url, temperature=0.9, max_tokens=42)
    await collect(llm.stream_chat(HELLO))
    assert fake.requests[-1]["options"]["temperature"] == 0.9
    assert fake.requests[-1]["options"]["num_predict"] == 42


async def test_ollama_reply_can_depend_on_the_messages(start_ollama, providers) -> None:
    _, url = await start_ollama(reply=lambda msgs: f"You said: {msgs[-1]['content']}")
    llm = providers("ollama", base_url=url)
    text = "".join(await collect(llm.stream_chat([{"role": "user", "content": "pancakes"}])))
    assert text == "You said: pancakes"


async def test_ollama_first_token_delay_and_pacing_are_respected(start_ollama, providers) -> None:
    _, url = await start_ollama(
        reply="one two three four five", first_token_delay_s=0.3, token_delay_s=0.05
    )
    llm = providers("ollama", base_url=url)

    started = time.perf_counter()
    stamps: list[float] = []
    async for _ in llm.stream_chat(HELLO):
        stamps.append(time.perf_counter() - started)

    assert len(stamps) == 5
    assert 0.3 <= stamps[0] < 1.0
    assert stamps[-1] - stamps[0] >= 4 * 0.05 * 0.9  # streamed as produced, not buffered


async def test_ollama_unknown_model_raises_model_not_found(start_ollama, providers) -> None:
    fake, url = await start_ollama(models=["qwen2.5:3b"])
    llm = providers("ollama", base_url=url, model="mistral")

    with pytest.raises(ModelNotFound) as info:
        await collect(llm.stream_chat(HELLO))

    assert info.value.model == "mistral"
    assert "'mistral'" in info.value.message
    assert "ollama pull mistral" in info.value.message
    assert len(fake.requests) == 1  # a 404 is not retried


async def test_ollama_nothing_listening_gives_up_after_the_retries(providers, caplog) -> None:
    url = f"http://127.0.0.1:{free_port()}"
    llm = providers("ollama", base_url=url, connect_retries=3, retry_backoff_s=0.02)

    caplog.set_level(logging.WARNING, logger="app.llm")
    started = time.perf_counter()
    with pytest.raises(LLMUnavailable) as info:
        await collect(llm.stream_chat(HELLO))
    elapsed = time.perf_counter() - started

    retries = [r for r in caplog.records if "retrying" in r.getMessage()]
    assert len(retries) == 3  # 1 attempt + 3 retries
    assert elapsed >= 0.02 + 0.04 + 0.08
    assert elapsed < 3.0
    assert url in info.value.message and "ollama serve" in info.value.message
    said = message_of(info.value)  # the interface can translate it
    assert said is not None and said.args == {"url": url} and "{url}" in said.template


async def test_ollama_5xx_is_retried_then_reported(start_ollama, providers) -> None:
    fake, url = await start_ollama(fail_first_connections=10)
    llm = providers("ollama", base_url=url, connect_retries=3)

    with pytest.raises(LLMUnavailable) as info:
        await collect(llm.stream_chat(HELLO))

    assert len(fake.requests) == 4
    assert "503" in info.value.message and "server busy" in info.value.message


@pytest.mark.parametrize("mode", ["503", "reset"])
async def test_ollama_recovers_when_the_first_connections_fail(
    start_ollama, providers, mode
) -> None:
    fake, url = await start_ollama(fail_first_connections=2, fail_mode=mode)
    llm = providers("ollama", base_url=url, connect_retries=3)

    pieces = await collect(llm.stream_chat(HELLO))

    assert "".join(pieces) == REPLY
    assert fake.failures_served == 2
    assert len(fake.requests) == 3


async def test_ollama_error_line_mid_stream_keeps_the_tokens_before_it(
    start_ollama, providers
) -> None:
    fake, url = await start_ollama(error_after_tokens=3, error_message="out of memory")
    llm = providers("ollama", base_url=url)

    got, exc = await collect_until_error(llm.stream_chat(HELLO))

    assert got == tokenize_reply(REPLY)[:3]
    assert isinstance(exc, LLMStreamError)
    assert "out of memory" in exc.message
    assert len(fake.requests) == 1  # never replayed


async def test_ollama_error_line_before_any_token_is_not_retried(start_ollama, providers) -> None:
    fake, url = await start_ollama(error_after_tokens=0, error_message="model crashed")
    llm = providers("ollama", base_url=url)

    with pytest.raises(LLMError, match="model crashed") as info:
        await collect(llm.stream_chat(HELLO))

    assert not isinstance(info.value, LLMUnavailable)
    assert len(fake.requests) == 1


@pytest.mark.parametrize("mode", ["reset", "close"])
async def test_ollama_dropped_connection_is_a_stream_error(start_ollama, providers, mode) -> None:
    fake, url = await start_ollama(drop_after_tokens=4, drop_mode=mode, token_delay_s=0.005)
    llm = providers("ollama", base_url=url)

    got, exc = await collect_until_error(llm.stream_chat(HELLO))

    assert got == tokenize_reply(REPLY)[:4]
    assert isinstance(exc, LLMStreamError)
    assert "broke" in exc.message
    assert len(fake.requests) == 1
    assert fake.cancelled == 0  # the fake dropped it; the client did not go away


async def test_ollama_stream_ending_without_done_line_is_an_error(start_ollama, providers) -> None:
    """The ollama client just stops iterating when the body ends early; we notice."""
    _, url = await start_ollama(omit_done=True)
    got, exc = await collect_until_error(providers("ollama", base_url=url).stream_chat(HELLO))
    assert "".join(got) == REPLY
    assert isinstance(exc, LLMStreamError) and "without finishing" in exc.message


async def test_cancelling_the_consumer_closes_the_ollama_request(start_ollama, providers) -> None:
    fake, url = await start_ollama(reply="word " * 200, token_delay_s=0.05)
    llm = providers("ollama", base_url=url)
    got: list[str] = []
    first = asyncio.Event()

    async def consume() -> None:
        async for piece in llm.stream_chat(HELLO):
            got.append(piece)
            first.set()

    task = asyncio.create_task(consume())
    await asyncio.wait_for(first.wait(), 2.0)
    task.cancel()
    with pytest.raises(asyncio.CancelledError):
        await task

    assert task.cancelled()  # not swallowed
    assert await fake.wait_cancelled(1, within_s=1.0)
    assert fake.completed == 0
    assert 1 <= len(got) < 200


async def test_cancelling_a_consumer_busy_between_pieces_closes_the_request(
    start_ollama, providers
) -> None:
    """The consumer is cancelled while awaiting something else (say a full TTS queue),
    with the stream parked at a yield: the request must still be closed promptly."""
    fake, url = await start_ollama(reply="word " * 200, token_delay_s=0.01)
    llm = providers("ollama", base_url=url)
    busy = asyncio.Event()

    async def consume() -> None:
        async for _ in llm.stream_chat(HELLO):
            busy.set()
            await asyncio.sleep(30)

    task = asyncio.create_task(consume())
    await asyncio.wait_for(busy.wait(), 2.0)
    task.cancel()
    with pytest.raises(asyncio.CancelledError):
        await task
    assert await fake.wait_cancelled(1, within_s=1.0)


async def test_cancelling_before_the_first_token_closes_the_request(
    start_ollama, providers
) -> None:
    fake, url = await start_ollama(first_token_delay_s=30.0)
    llm = providers("ollama", base_url=url)

    task = asyncio.create_task(collect(llm.stream_chat(HELLO)))
    assert await fake.wait_until(lambda: fake.active > 0, within_s=2.0)
    started = time.perf_counter()
    task.cancel()
    with pytest.raises(asyncio.CancelledError):
        await task

    assert await fake.wait_cancelled(1, within_s=1.0)
    assert time.perf_counter() - started < 1.0


async def test_closing_the_stream_early_closes_the_request(start_ollama, providers) -> None:
    fake, url = await start_ollama(reply="word " * 200, token_delay_s=0.02)
    llm = providers("ollama", base_url=url)

    async with contextlib.aclosing(llm.stream_chat(HELLO)) as reply:
        async for _ in reply:
            break  # barge-in: stop listening after the first piece

    assert await fake.wait_cancelled(1, within_s=1.0)


async def test_ollama_retries_without_think_when_the_server_refuses_it(
    start_ollama, providers
) -> None:
    fake, url = await start_ollama(reject_think=True)
    llm = providers("ollama", base_url=url)

    first = "".join(await collect(llm.stream_chat(HELLO)))
    second = "".join(await collect(llm.stream_chat(HELLO)))

    assert first == second == REPLY
    assert ["think" in body for body in fake.requests] == [True, False, False]


async def test_ollama_sends_the_api_key_when_set(start_ollama, providers) -> None:
    fake, url = await start_ollama()
    await collect(providers("ollama", base_url=url, api_key="sekrit").stream_chat(HELLO))
    await collect(providers("ollama", base_url=url).stream_chat(HELLO))
    assert fake.headers[0].get("Authorization") == "Bearer sekrit"
    # (the client would also send $OLLAMA_API_KEY if it were set in the environment)


# --- Ollama: models, health, preload, pull --------------------------------------------


async def test_ollama_preload_loads_with_the_chat_context_size(start_ollama, providers) -> None:
    fake, url = await start_ollama(load_delay_s=0.05)
    llm = providers("ollama", base_url=url, keep_alive="1h", num_ctx=8192)

    await llm.preload()

    body = fake.requests[-1]
    assert body["messages"] == []
    assert body["keep_alive"] == "1h"
    assert body["options"] == {"num_ctx": 8192}
    assert fake.completed == 1


async def test_ollama_preload_of_a_missing_model(start_ollama, providers) -> None:
    _, url = await start_ollama(models=[])
    with pytest.raises(ModelNotFound, match=r"ollama pull llama3\.2"):
        await providers("ollama", base_url=url).preload()


async def test_ollama_list_models(start_ollama, providers) -> None:
    _, url = await start_ollama(models=["llama3.2", "qwen2.5:3b"])
    names = await providers("ollama", base_url=url).list_models()
    assert names == ["llama3.2:latest", "qwen2.5:3b"]


async def test_ollama_health(start_ollama, providers) -> None:
    _, url = await start_ollama(models=["llama3.2:latest"])

    good = await providers("ollama", base_url=url).health()
    missing = await providers("ollama", base_url=url, model="phi3").health()
    down = await providers("ollama", base_url=f"http://127.0.0.1:{free_port()}").health()

    assert good.ok and good.latency_ms is not None and good.latency_ms < 1000
    assert "llama3.2" in good.detail
    assert not missing.ok and "ollama pull phi3" in missing.detail
    assert missing.latency_ms is not None
    assert not down.ok and down.latency_ms is None and "ollama serve" in down.detail


async def test_ollama_pull_reports_progress(start_ollama, providers) -> None:
    fake, url = await start_ollama(models=[], pull_steps=4, pull_layer_size=1000)
    llm = providers("ollama", base_url=url)

    progress: list[PullProgress] = [p async for p in llm.pull("qwen2.5:3b")]

    statuses = [p.status for p in progress]
    assert statuses[0] == "pulling manifest"
    assert statuses[-3:] == ["verifying sha256 digest", "writing manifest", "success"]
    layer = [p for p in progress if p.total]
    assert [p.completed for p in layer] == [0, 250, 500, 750, 1000]
    assert all(p.total == 1000 and p.digest and p.status.startswith("pulling ") for p in layer)
    assert layer[-1].fraction == 1.0
    assert fake.pull_requests[-1]["model"] == "qwen2.5:3b"
    assert await llm.list_models() == ["qwen2.5:3b"]


async def test_ollama_pull_of_an_unknown_model_says_so(start_ollama, providers) -> None:
    _, url = await start_ollama(models=[], pullable=["llama3.2"])
    llm = providers("ollama", base_url=url)

    seen: list[str] = []
    with pytest.raises(LLMError) as info:
        async for p in llm.pull("no-such-model"):
            seen.append(p.status)

    assert seen == ["pulling manifest"]
    assert "no-such-model" in info.value.message
    assert "file does not exist" in info.value.message


# --- OpenAI-compatible ----------------------------------------------------------------


async def test_openai_streams_tokens_without_auth_when_no_key(start_openai, providers) -> None:
    fake, url = await start_openai(token_delay_s=0.001)
    llm = providers("openai", base_url=url, temperature=0.4, max_tokens=77)

    pieces = await collect(llm.stream_chat(HELLO))

    assert pieces == tokenize_reply(REPLY)
    body = fake.requests[-1]
    assert body["model"] == MODEL and body["messages"] == HELLO and body["stream"] is True
    assert body["temperature"] == 0.4 and body["max_tokens"] == 77
    assert fake.auth_headers == [None]


async def test_openai_sends_the_key_as_bearer(start_openai, providers, caplog) -> None:
    fake, url = await start_openai(api_key="sk-test-123")
    caplog.set_level(logging.DEBUG)
    llm = providers("openai", base_url=url, api_key="sk-test-123")

    text = "".join(await collect(llm.stream_chat(HELLO)))
    models = await llm.list_models()

    assert text == REPLY
    assert models == [MODEL]
    assert fake.auth_headers == ["Bearer sk-test-123", "Bearer sk-test-123"]
    assert "sk-test-123" not in repr(llm)
    assert "sk-test-123" not in caplog.text


@pytest.mark.parametrize(("key", "phrase"), [("sk-wrong", "rejected"), (None, "needs")])
async def test_openai_401_is_a_clear_auth_error(
    start_openai, providers, caplog, key, phrase
) -> None:
    fake, url = await start_openai(api_key="sk-right")
    caplog.set_level(logging.DEBUG)
    llm = providers("openai", base_url=url, api_key=key)

    with pytest.raises(LLMAuthError) as info:
        await collect(llm.stream_chat(HELLO))

    assert isinstance(info.value, LLMError)
    assert "401" in info.value.message and "API key" in info.value.message
    assert phrase in info.value.message
    assert "Incorrect API key" in info.value.message
    assert len(fake.requests) == 1  # not retried
    assert "sk-wrong" not in info.value.message and "sk-wrong" not in caplog.text


async def test_openai_list_models(start_openai, providers) -> None:
    _, url = await start_openai(models=["qwen2.5-7b-instruct", "llama-3.2-3b-instruct"])
    names = await providers("openai", base_url=url).list_models()
    assert names == ["qwen2.5-7b-instruct", "llama-3.2-3b-instruct"]


async def test_openai_unknown_model(start_openai, providers) -> None:
    _, url = await start_openai(models=["other"])
    with pytest.raises(ModelNotFound) as info:
        await collect(providers("openai", base_url=url).stream_chat(HELLO))
    assert MODEL in info.value.message and info.value.model == MODEL


async def test_openai_wrong_base_url_hints_at_v1(start_openai, providers) -> None:
    _, url = await start_openai()
    with pytest.raises(LLMError, match="/v1") as info:
        await collect(providers("openai", base_url=url.removesuffix("/v1")).stream_chat(HELLO))
    assert not isinstance(info.value, ModelNotFound)


async def test_openai_dropped_connection_is_a_stream_error(start_openai, providers) -> None:
    fake, url = await start_openai(drop_after_tokens=5)
    got, exc = await collect_until_error(providers("openai", base_url=url).stream_chat(HELLO))
    assert got == tokenize_reply(REPLY)[:5]
    assert isinstance(exc, LLMStreamError)
    assert len(fake.requests) == 1


async def test_openai_error_event_mid_stream(start_openai, providers) -> None:
    _, url = await start_openai(error_after_tokens=2)
    got, exc = await collect_until_error(providers("openai", base_url=url).stream_chat(HELLO))
    assert got == tokenize_reply(REPLY)[:2]
    assert isinstance(exc, LLMStreamError) and "crashed" in exc.message


async def test_openai_reply_without_done_marker_is_complete(start_openai, providers) -> None:
    _, url = await start_openai(send_done=False)
    assert "".join(await collect(providers("openai", base_url=url).stream_chat(HELLO))) == REPLY


async def test_openai_retries_5xx_before_the_first_token(start_openai, providers) -> None:
    fake, url = await start_openai(fail_first_connections=2)
    text = "".join(await collect(providers("openai", base_url=url).stream_chat(HELLO)))
    assert text == REPLY and len(fake.requests) == 3


async def test_openai_nothing_listening(providers, caplog) -> None:
    url = f"http://127.0.0.1:{free_port()}/v1"
    caplog.set_level(logging.WARNING, logger="app.llm")
    with pytest.raises(LLMUnavailable) as info:
        await collect(providers("openai", base_url=url, connect_retries=2).stream_chat(HELLO))
    assert url in info.value.message
    assert len([r for r in caplog.records if "retrying" in r.getMessage()]) == 2


async def test_cancelling_the_consumer_closes_the_openai_request(start_openai, providers) -> None:
    fake, url = await start_openai(reply="word " * 200, token_delay_s=0.05)
    llm = providers("openai", base_url=url)
    first = asyncio.Event()

    async def consume() -> None:
        async for _ in llm.stream_chat(HELLO):
            first.set()

    task = asyncio.create_task(consume())
    await asyncio.wait_for(first.wait(), 2.0)
    task.cancel()
    with pytest.raises(asyncio.CancelledError):
        await task
    assert await fake.wait_cancelled(1, within_s=1.0)
    assert fake.completed == 0


async def test_openai_health_and_preload(start_openai, providers) -> None:
    fake, url = await start_openai(models=[MODEL, "other"])
    llm = providers("openai", base_url=url)
    good = await llm.health()
    missing = await providers("openai", base_url=url, model="nope").health()
    await llm.preload()  # a no-op: nothing to load through this API

    assert good.ok and good.latency_ms is not None
    assert not missing.ok and "nope" in missing.detail and "other" in missing.detail
    assert fake.requests == []


def test_error_text_understands_the_usual_shapes() -> None:
    assert error_text(b'{"error": {"message": "bad key"}}') == "bad key"
    assert error_text('{"error": "model not loaded"}') == "model not loaded"
    assert error_text('{"detail": "Not Found"}') == "Not Found"
    assert error_text("<html>  502 Bad\nGateway </html>") == "<html> 502 Bad Gateway </html>"

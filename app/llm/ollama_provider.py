"""Ollama through its official client (``ollama.AsyncClient``).

Notes on the client (ollama 0.6.x) that shape this module:

- A streaming call does not touch the network until the first ``anext``; errors (HTTP
  status, refused connection) surface there.
- Streaming calls let raw ``httpx`` exceptions through (``httpx.ConnectError``,
  ``httpx.ReadError``, ``httpx.RemoteProtocolError``); only non-streaming calls turn a
  refused connection into the builtin ``ConnectionError``.
- HTTP errors and ``{"error": ...}`` lines both become ``ollama.ResponseError``; a
  mid-stream error line has ``status_code == -1``.
- The client's default timeout is None (waits forever), so one is always passed here.
"""

from __future__ import annotations

import asyncio
import contextlib
import json
import logging
import time
from collections.abc import AsyncIterator, Mapping
from dataclasses import dataclass
from typing import Any

import httpx
import ollama
import pydantic

from app.core.messages import Message, msg
from app.llm.provider import (
    Failure,
    Health,
    LLMAuthError,
    LLMError,
    LLMStreamError,
    LLMUnavailable,
    ModelNotFound,
    call_with_retries,
    stream_with_retries,
)

log = logging.getLogger(__name__)

DEFAULT_BASE_URL = "http://127.0.0.1:11434"
CONNECT_TIMEOUT_S = 5.0
HEALTH_TIMEOUT_S = 5.0

# Failures of the connection itself: safe to retry while nothing has been yielded.
_UNREACHABLE = (httpx.ConnectError, httpx.ConnectTimeout, httpx.PoolTimeout, ConnectionError)
_BROKEN = (httpx.RemoteProtocolError, httpx.ReadError, httpx.WriteError)
_TIMEOUTS = (httpx.ReadTimeout, httpx.WriteTimeout, TimeoutError)
_GARBLED = (json.JSONDecodeError, pydantic.ValidationError)


class _IncompleteReply(Exception):
    """The stream ended without Ollama's final ``done`` line."""


@dataclass
class PullProgress:
    """One status line of ``ollama pull``; ``total``/``completed`` are bytes of a layer."""

    status: str
    completed: int | None = None
    total: int | None = None
    digest: str | None = None

    @property
    def fraction(self) -> float | None:
        if self.total and self.completed is not None:
            return min(1.0, self.completed / self.total)
        return None


def model_matches(wanted: str, available: str) -> bool:
    """``llama3.2`` means ``llama3.2:latest``, as in Ollama itself."""

    def full(name: str) -> str:
        return name if ":" in name else f"{name}:latest"

    return full(wanted) == full(available)


class OllamaProvider:
    name = "ollama"

    def __init__(
        self,
        *,
        base_url: str = DEFAULT_BASE_URL,
        model: str = "llama3.2",
        api_key: str | None = None,
        keep_alive: str = "30m",
        num_ctx: int = 4096,
        temperature: float = 0.7,
        max_tokens: int = 512,
        connect_retries: int = 3,
        retry_backoff_s: float = 0.25,
        timeout_s: float = 120.0,
    ) -> None:
        self.base_url = (base_url or DEFAULT_BASE_URL).rstrip("/")
        self.model = model
        self._api_key = api_key or None
        self.keep_alive = keep_alive
        self.num_ctx = num_ctx
        self.temperature = temperature
        self.max_tokens = max_tokens
        self.connect_retries = max(0, connect_retries)
        self.retry_backoff_s = retry_backoff_s
        self.timeout_s = timeout_s
        self._client: ollama.AsyncClient | None = None
        # Cleared when the server refuses the ``think`` field (old servers, some models).
        self._send_think = True

    def __repr__(self) -> str:
        return f"OllamaProvider(base_url={self.base_url!r}, model={self.model!r})"

    # --- plumbing -----------------------------------------------------------------

    def _get_client(self) -> ollama.AsyncClient:
        if self._client is None:
            headers = {"Authorization": f"Bearer {self._api_key}"} if self._api_key else None
            timeout = httpx.Timeout(self.timeout_s, connect=min(self.timeout_s, CONNECT_TIMEOUT_S))
            self._client = ollama.AsyncClient(host=self.base_url, timeout=timeout, headers=headers)
        return self._client

    async def aclose(self) -> None:
        if self._client is not None:
            client, self._client = self._client, None
            await client.close()

    def _unreachable(self) -> Message:
        return msg(
            "I can't reach Ollama at {url} — is it running? (ollama serve)", url=self.base_url
        )

    def _not_found(self, model: str) -> ModelNotFound:
        return ModelNotFound(
            msg(
                "The model '{model}' isn't installed in Ollama. "
                "Download it with: ollama pull {model}",
                model=model,
            ),
            model,
        )

    def _classify(
        self, exc: BaseException, started: bool, *, model: str | None = None
    ) -> Failure | None:
        """Map a raw exception to the user-facing error; None for bugs (re-raised as is)."""
        model = model or self.model
        if isinstance(exc, ollama.ResponseError):
            status, text = exc.status_code, str(exc.error)
            if status == -1:  # an {"error": ...} line inside a 200 stream
                if started:
                    return Failure(
                        LLMStreamError(msg("Ollama stopped in mid-reply: {reason}", reason=text))
                    )
                return Failure(LLMError(msg("Ollama could not answer: {reason}", reason=text)))
            if status == 404:
                return Failure(self._not_found(model))
            if status in (401, 403):
                return Failure(
                    LLMAuthError(
                        msg(
                            "Ollama at {url} refused the API key ({status}).",
                            url=self.base_url,
                            status=status,
                        )
                    )
                )
            if status >= 500:
                return Failure(
                    LLMUnavailable(
                        msg(
                            "Ollama at {url} had a problem ({status}): {reason}",
                            url=self.base_url,
                            status=status,
                            reason=text,
                        )
                    ),
                    retryable=not started,
                )
            return Failure(
                LLMError(
                    msg(
                        "Ollama refused the request ({status}): {reason}",
                        status=status,
                        reason=text,
                    )
                )
            )
        if started:
            return Failure(LLMStreamError(self._broke_off(exc)))
        if isinstance(exc, _UNREACHABLE):
            return Failure(LLMUnavailable(self._unreachable()), retryable=True)
        if isinstance(exc, (*_BROKEN, _IncompleteReply)):
            return Failure(
                LLMUnavailable(
                    msg(
                        "Ollama at {url} closed the connection before answering.",
                        url=self.base_url,
                    )
                ),
                retryable=True,
            )
        if isinstance(exc, _TIMEOUTS):
            return Failure(
                LLMUnavailable(
                    msg(
                        "Ollama at {url} did not answer within {seconds} s.",
                        url=self.base_url,
                        seconds=f"{self.timeout_s:g}",
                    )
                )
            )
        if isinstance(exc, _GARBLED):
            return Failure(
                LLMError(msg("Ollama at {url} sent an answer I can't read.", url=self.base_url))
            )
        if isinstance(exc, httpx.HTTPError):
            return Failure(
                LLMError(
                    msg(
                        "Talking to Ollama at {url} failed: {reason}",
                        url=self.base_url,
                        reason=str(exc),
                    )
                )
            )
        return None

    def _broke_off(self, exc: BaseException) -> Message:
        if isinstance(exc, _TIMEOUTS):
            return msg(
                "Ollama stalled in mid-reply (nothing for {seconds} s).",
                seconds=f"{self.timeout_s:g}",
            )
        if isinstance(exc, _IncompleteReply):
            return msg("Ollama ended the reply without finishing it.")
        if isinstance(exc, _GARBLED):
            return msg("Ollama sent a broken piece of the reply.")
        return msg("The connection to Ollama broke in mid-reply.")

    def _options(
        self,
        temperature: float | None,
        max_tokens: int | None,
        sampling: Mapping[str, float] | None = None,
    ) -> dict[str, Any]:
        options = {
            "num_ctx": self.num_ctx,
            "temperature": self.temperature if temperature is None else temperature,
            "num_predict": self.max_tokens if max_tokens is None else max_tokens,
        }
        # Ollama's own option names: top_p, top_k, repeat_penalty, presence_penalty...
        options.update({k: v for k, v in (sampling or {}).items() if v is not None})
        return options

    # --- chat ---------------------------------------------------------------------

    async def stream_chat(
        self,
        messages: list[dict[str, str]],
        *,
        temperature: float | None = None,
        max_tokens: int | None = None,
        sampling: Mapping[str, float] | None = None,
    ) -> AsyncIterator[str]:
        options = self._options(temperature, max_tokens, sampling)
        pieces = stream_with_retries(
            lambda: self._attempt(messages, options),
            classify=self._classify,
            retries=self.connect_retries,
            backoff_s=self.retry_backoff_s,
            label="Ollama chat",
        )
        async with contextlib.aclosing(pieces):
            async for piece in pieces:
                yield piece

    async def _attempt(
        self, messages: list[dict[str, str]], options: dict[str, Any]
    ) -> AsyncIterator[str]:
        client = self._get_client()
        while True:
            extra: dict[str, Any] = {"think": False} if self._send_think else {}
            stream = await client.chat(
                self.model,
                messages,
                stream=True,
                keep_alive=self.keep_alive,
                options=options,
                **extra,
            )
            async with contextlib.aclosing(stream):
                try:
                    part = await anext(stream)
                except ollama.ResponseError as exc:
                    if self._rejects_think(exc):
                        log.info("Ollama refused 'think' for %s; sending without it", self.model)
                        self._send_think = False
                        continue
                    raise
                except StopAsyncIteration:
                    raise _IncompleteReply from None
                while True:
                    if part.message.content:
                        yield part.message.content
                    if part.done:
                        return
                    try:
                        part = await anext(stream)
                    except StopAsyncIteration:
                        raise _IncompleteReply from None

    def _rejects_think(self, exc: ollama.ResponseError) -> bool:
        return self._send_think and exc.status_code == 400 and "think" in str(exc.error).lower()

    # --- models ---------------------------------------------------------------------

    async def preload(self) -> None:
        """Load the model with the same ``num_ctx`` the chats use (another value would make
        Ollama reload it on the first turn) and keep it loaded for ``keep_alive``."""
        client = self._get_client()
        started = time.perf_counter()
        await call_with_retries(
            lambda: client.chat(
                self.model, [], keep_alive=self.keep_alive, options={"num_ctx": self.num_ctx}
            ),
            classify=self._classify,
            retries=self.connect_retries,
            backoff_s=self.retry_backoff_s,
            label="Ollama preload",
        )
        log.info("Ollama loaded %s in %.0f ms", self.model, (time.perf_counter() - started) * 1e3)

    async def list_models(self) -> list[str]:
        client = self._get_client()
        listing = await call_with_retries(
            client.list,
            classify=self._classify,
            retries=self.connect_retries,
            backoff_s=self.retry_backoff_s,
            label="Ollama list",
        )
        return [m.model for m in listing.models if m.model]

    async def health(self) -> Health:
        client = self._get_client()
        started = time.perf_counter()
        try:
            async with asyncio.timeout(min(self.timeout_s, HEALTH_TIMEOUT_S)):
                listing = await client.list()
        except Exception as exc:
            if isinstance(exc, TimeoutError):
                detail = msg(
                    "Ollama at {url} did not answer within {seconds} s.",
                    url=self.base_url,
                    seconds=f"{HEALTH_TIMEOUT_S:g}",
                )
            else:
                failure = self._classify(exc, False)
                if failure is None:
                    raise
                detail = failure.error.message
            return Health(ok=False, detail=detail, latency_ms=None)
        latency_ms = (time.perf_counter() - started) * 1000.0
        names = [m.model for m in listing.models if m.model]
        if any(model_matches(self.model, n) for n in names):
            detail = msg(
                "Ollama is running at {url}; the model '{model}' is ready.",
                url=self.base_url,
                model=self.model,
            )
            return Health(ok=True, detail=detail, latency_ms=latency_ms)
        detail = msg(
            "Ollama is running at {url}, but the model '{model}' isn't installed. "
            "Download it with: ollama pull {model}",
            url=self.base_url,
            model=self.model,
        )
        return Health(ok=False, detail=detail, latency_ms=latency_ms)

    async def pull(self, model: str) -> AsyncIterator[PullProgress]:
        """Download ``model``, yielding Ollama's progress lines (resumable: pulling again
        after an interruption continues where it stopped)."""
        client = self._get_client()

        async def attempt() -> AsyncIterator[PullProgress]:
            stream = await client.pull(model, stream=True)
            async with contextlib.aclosing(stream):
                async for line in stream:
                    yield PullProgress(
                        status=line.status or "",
                        completed=line.completed,
                        total=line.total,
                        digest=line.digest,
                    )

        def classify(exc: BaseException, started: bool) -> Failure | None:
            if isinstance(exc, ollama.ResponseError) and exc.status_code in (-1, 400, 404):
                return Failure(
                    LLMError(
                        msg(
                            "Ollama could not download '{model}': {reason}",
                            model=model,
                            reason=str(exc.error),
                        )
                    )
                )
            failure = self._classify(exc, started, model=model)
            if failure is not None and started and isinstance(failure.error, LLMStreamError):
                return Failure(
                    LLMStreamError(
                        msg("The download of '{model}' was interrupted; try again.", model=model)
                    )
                )
            return failure

        progress = stream_with_retries(
            attempt,
            classify=classify,
            retries=self.connect_retries,
            backoff_s=self.retry_backoff_s,
            label="Ollama pull",
        )
        async with contextlib.aclosing(progress):
            async for item in progress:
                yield item

"""OpenAI-compatible chat servers (LM Studio, llama.cpp server, vLLM, cloud APIs).

Plain ``httpx``: ``POST {base_url}/chat/completions`` with ``stream: true`` answers
server-sent events (``data: {...}`` lines, ``choices[0].delta.content``, ending with
``data: [DONE]``); ``GET {base_url}/models`` lists ``data[].id``.

The API key is sent as ``Authorization: Bearer`` only when one is set, and never logged.
"""

from __future__ import annotations

import asyncio
import contextlib
import json
import logging
import time
from collections.abc import AsyncIterator, Mapping
from typing import Any

import httpx

from app.core.messages import msg
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

DEFAULT_BASE_URL = "http://127.0.0.1:1234/v1"
CONNECT_TIMEOUT_S = 5.0
HEALTH_TIMEOUT_S = 5.0

_UNREACHABLE = (httpx.ConnectError, httpx.ConnectTimeout, httpx.PoolTimeout)
_BROKEN = (httpx.RemoteProtocolError, httpx.ReadError, httpx.WriteError)
_TIMEOUTS = (httpx.ReadTimeout, httpx.WriteTimeout)


# The character's sampling options (Ollama's names) sent under the same name. top_k and
# repeat_penalty are not in the OpenAI API but llama.cpp, vLLM and LM Studio take them.
OPENAI_SAMPLING = frozenset(
    {"top_p", "top_k", "repeat_penalty", "presence_penalty", "frequency_penalty"}
)


class _HTTPStatus(Exception):
    def __init__(self, status: int, text: str) -> None:
        super().__init__(f"{status}: {text}")
        self.status = status
        self.text = text


class _ServerError(Exception):
    """An ``error`` object inside the event stream."""


class _IncompleteReply(Exception):
    """The stream ended without ``[DONE]`` or a ``finish_reason``."""


def error_text(body: bytes | str, limit: int = 300) -> str:
    """The human part of an error body: ``{"error": {"message"}}``, ``{"error": str}``,
    ``{"detail"}``, ``{"message"}``, else the raw text (shortened)."""
    text = body.decode("utf-8", "replace") if isinstance(body, bytes) else body
    try:
        data = json.loads(text)
    except ValueError:
        data = None
    if isinstance(data, dict):
        err = data.get("error", data)
        if isinstance(err, dict):
            for key in ("message", "detail", "error"):
                if isinstance(err.get(key), str):
                    return err[key][:limit]
        elif isinstance(err, str):
            return err[:limit]
    text = " ".join(text.split())
    return text[:limit] or msg("no details")


class OpenAICompatProvider:
    name = "openai"

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
        # keep_alive and num_ctx have no equivalent in this API (the server decides);
        # accepted so that every provider takes the same settings.
        self.keep_alive = keep_alive
        self.num_ctx = num_ctx
        self.temperature = temperature
        self.max_tokens = max_tokens
        self.connect_retries = max(0, connect_retries)
        self.retry_backoff_s = retry_backoff_s
        self.timeout_s = timeout_s
        self._client: httpx.AsyncClient | None = None

    def __repr__(self) -> str:
        key = "set" if self._api_key else "none"
        return f"OpenAICompatProvider(base_url={self.base_url!r}, model={self.model!r}, key={key})"

    # --- plumbing -----------------------------------------------------------------

    def _get_client(self) -> httpx.AsyncClient:
        if self._client is None:
            timeout = httpx.Timeout(self.timeout_s, connect=min(self.timeout_s, CONNECT_TIMEOUT_S))
            self._client = httpx.AsyncClient(timeout=timeout)
        return self._client

    async def aclose(self) -> None:
        if self._client is not None:
            client, self._client = self._client, None
            await client.aclose()

    def _headers(self, accept: str = "application/json") -> dict[str, str]:
        headers = {"Accept": accept}
        if self._api_key:
            headers["Authorization"] = f"Bearer {self._api_key}"
        return headers

    def _classify(self, exc: BaseException, started: bool) -> Failure | None:
        """Map a raw exception to the user-facing error; None for bugs (re-raised as is)."""
        where = self.base_url
        if isinstance(exc, _HTTPStatus):
            return self._status_failure(exc)
        seconds = f"{self.timeout_s:g}"
        if started:
            if isinstance(exc, _ServerError):
                return Failure(
                    LLMStreamError(
                        msg("The server stopped in mid-reply: {reason}", reason=str(exc))
                    )
                )
            if isinstance(exc, _TIMEOUTS):
                return Failure(
                    LLMStreamError(
                        msg(
                            "The server stalled in mid-reply (nothing for {seconds} s).",
                            seconds=seconds,
                        )
                    )
                )
            if isinstance(exc, _IncompleteReply):
                return Failure(
                    LLMStreamError(msg("The server ended the reply without finishing it."))
                )
            if isinstance(exc, (httpx.HTTPError, ValueError)):
                return Failure(
                    LLMStreamError(msg("The connection to the server broke in mid-reply."))
                )
            return None
        if isinstance(exc, _UNREACHABLE):
            return Failure(
                LLMUnavailable(
                    msg("I can't reach the LLM server at {url} — is it running?", url=where)
                ),
                retryable=True,
            )
        if isinstance(exc, (*_BROKEN, _IncompleteReply)):
            return Failure(
                LLMUnavailable(
                    msg(
                        "The LLM server at {url} closed the connection before answering.",
                        url=where,
                    )
                ),
                retryable=True,
            )
        if isinstance(exc, _TIMEOUTS):
            return Failure(
                LLMUnavailable(
                    msg(
                        "The LLM server at {url} did not answer within {seconds} s.",
                        url=where,
                        seconds=seconds,
                    )
                )
            )
        if isinstance(exc, _ServerError):
            return Failure(
                LLMError(msg("The LLM server could not answer: {reason}", reason=str(exc)))
            )
        if isinstance(exc, ValueError):  # JSON we cannot read
            return Failure(
                LLMError(msg("The LLM server at {url} sent an answer I can't read.", url=where))
            )
        if isinstance(exc, httpx.HTTPError):
            return Failure(
                LLMError(
                    msg(
                        "Talking to the LLM server at {url} failed: {reason}",
                        url=where,
                        reason=str(exc),
                    )
                )
            )
        return None

    def _status_failure(self, exc: _HTTPStatus) -> Failure:
        where, status, text = self.base_url, exc.status, exc.text
        if status in (401, 403):
            if self._api_key:
                message = msg(
                    "The LLM server at {url} rejected the API key ({status}: {reason}). "
                    "Check the API key in the settings.",
                    url=where,
                    status=status,
                    reason=text,
                )
            else:
                message = msg(
                    "The LLM server at {url} needs an API key ({status}: {reason}). "
                    "Add one in the settings.",
                    url=where,
                    status=status,
                    reason=text,
                )
            return Failure(LLMAuthError(message))
        if status == 404:
            if "model" in text.lower():
                return Failure(
                    ModelNotFound(
                        msg(
                            "The LLM server at {url} has no model '{model}' ({reason}). "
                            "Check the model name, or load the model in the server first.",
                            url=where,
                            model=self.model,
                            reason=text,
                        ),
                        self.model,
                    )
                )
            return Failure(
                LLMError(
                    msg(
                        "Nothing answers at {url} (404). Is the base URL right? "
                        "It usually ends in /v1.",
                        url=where,
                    )
                )
            )
        if status >= 500:
            return Failure(
                LLMUnavailable(
                    msg(
                        "The LLM server at {url} had a problem ({status}): {reason}",
                        url=where,
                        status=status,
                        reason=text,
                    )
                ),
                retryable=True,
            )
        return Failure(
            LLMError(
                msg(
                    "The LLM server refused the request ({status}): {reason}",
                    status=status,
                    reason=text,
                )
            )
        )

    # --- chat ---------------------------------------------------------------------

    async def stream_chat(
        self,
        messages: list[dict[str, str]],
        *,
        temperature: float | None = None,
        max_tokens: int | None = None,
        sampling: Mapping[str, float] | None = None,
    ) -> AsyncIterator[str]:
        body: dict[str, Any] = {
            "model": self.model,
            "messages": messages,
            "stream": True,
            "temperature": self.temperature if temperature is None else temperature,
            "max_tokens": self.max_tokens if max_tokens is None else max_tokens,
        }
        for name, value in (sampling or {}).items():
            if value is not None and name in OPENAI_SAMPLING:
                body[name] = value
        pieces = stream_with_retries(
            lambda: self._attempt(body),
            classify=self._classify,
            retries=self.connect_retries,
            backoff_s=self.retry_backoff_s,
            label="LLM chat",
        )
        async with contextlib.aclosing(pieces):
            async for piece in pieces:
                yield piece

    async def _attempt(self, body: dict[str, Any]) -> AsyncIterator[str]:
        client = self._get_client()
        url = f"{self.base_url}/chat/completions"
        headers = self._headers("text/event-stream")
        async with client.stream("POST", url, json=body, headers=headers) as response:
            if response.status_code >= 400:
                raise _HTTPStatus(response.status_code, error_text(await response.aread()))
            finished = False
            events = _sse_data(response)
            async with contextlib.aclosing(events):
                while True:
                    try:
                        data = await anext(events)
                    except StopAsyncIteration:
                        break
                    except httpx.TransportError:
                        if finished:  # the reply was complete; only [DONE] went missing
                            return
                        raise
                    if data == "[DONE]":
                        return
                    if finished:
                        continue  # e.g. a usage chunk after finish_reason
                    event = json.loads(data)
                    if not isinstance(event, dict):
                        continue
                    if event.get("error"):
                        raise _ServerError(error_text(json.dumps(event)))
                    choices = event.get("choices") or []
                    if not choices:
                        continue
                    choice = choices[0]
                    content = (choice.get("delta") or {}).get("content")
                    if content:
                        yield content
                    if choice.get("finish_reason"):
                        finished = True
            if not finished:
                raise _IncompleteReply

    # --- models ---------------------------------------------------------------------

    async def _get_models(self) -> list[str]:
        client = self._get_client()
        response = await client.get(f"{self.base_url}/models", headers=self._headers())
        if response.status_code >= 400:
            raise _HTTPStatus(response.status_code, error_text(response.content))
        data = response.json()
        entries = data.get("data") if isinstance(data, dict) else None
        if not isinstance(entries, list):
            raise ValueError("no 'data' list in the /models answer")
        return [e["id"] for e in entries if isinstance(e, dict) and isinstance(e.get("id"), str)]

    async def list_models(self) -> list[str]:
        return await call_with_retries(
            self._get_models,
            classify=self._classify,
            retries=self.connect_retries,
            backoff_s=self.retry_backoff_s,
            label="LLM list",
        )

    async def preload(self) -> None:
        """No-op: this API has no way to load a model ahead of time."""

    async def health(self) -> Health:
        started = time.perf_counter()
        try:
            async with asyncio.timeout(min(self.timeout_s, HEALTH_TIMEOUT_S)):
                models = await self._get_models()
        except Exception as exc:
            if isinstance(exc, TimeoutError):
                detail = msg(
                    "The LLM server at {url} did not answer within {seconds} s.",
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
        if self.model in models:
            detail = msg(
                "The LLM server at {url} is up; the model '{model}' is listed.",
                url=self.base_url,
                model=self.model,
            )
            return Health(ok=True, detail=detail, latency_ms=latency_ms)
        if len(models) == 1:
            # llama.cpp's server serves one model under a file-name id, whatever we ask for.
            detail = msg(
                "The LLM server at {url} is up and serves '{model}'.",
                url=self.base_url,
                model=models[0],
            )
            return Health(ok=True, detail=detail, latency_ms=latency_ms)
        offered = ", ".join(models[:8]) or msg("none")
        detail = msg(
            "The LLM server at {url} is up, but doesn't offer the model '{model}' "
            "(it has: {offered}).",
            url=self.base_url,
            model=self.model,
            offered=offered,
        )
        return Health(ok=False, detail=detail, latency_ms=latency_ms)


async def _sse_data(response: httpx.Response) -> AsyncIterator[str]:
    """The payload of each ``data:`` line; comments, ``event:``/``id:`` lines and blank
    separators are skipped. OpenAI-style servers put one JSON object per data line."""
    async for line in response.aiter_lines():
        if not line.startswith("data:"):
            continue
        data = line[5:]
        if data.startswith(" "):
            data = data[1:]
        data = data.strip()
        if data:
            yield data

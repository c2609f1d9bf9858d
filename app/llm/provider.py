"""What every LLM provider offers, the errors it raises, and the retry rules it follows.

A provider streams a chat reply as text pieces. Failures reach callers only as
:class:`LLMError` subclasses whose ``message`` can be shown to the user as is.

Retry rule (shared by all providers through :func:`stream_with_retries`): transient
failures (connection refused, connect timeout, connection reset, 5xx) are retried with
exponential backoff *only before the first piece was yielded*. Once the user may have heard
part of a reply, any failure becomes :class:`LLMStreamError` at once and nothing is
replayed. Cancelling the consuming task propagates ``CancelledError`` unchanged and closes
the HTTP request on the way out.

Consumers that stop reading early (barge-in) should close the stream explicitly, e.g.
``async with contextlib.aclosing(provider.stream_chat(msgs)) as reply: ...``, so the
request is closed at once rather than when the generator is garbage collected.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
from collections.abc import AsyncIterator, Awaitable, Callable, Mapping
from dataclasses import dataclass
from typing import Any, Protocol, TypeVar, runtime_checkable

from app.core.messages import msg

log = logging.getLogger(__name__)

T = TypeVar("T")

MAX_BACKOFF_S = 5.0


class LLMError(Exception):
    """Something went wrong talking to the LLM; ``message`` is meant for the user (a
    :class:`~app.core.messages.Message`, so the interface can translate it)."""

    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message


class LLMUnavailable(LLMError):
    """The server cannot be reached or keeps failing (after the configured retries)."""


class ModelNotFound(LLMError):
    """The server does not have the configured model."""

    def __init__(self, message: str, model: str) -> None:
        super().__init__(message)
        self.model = model


class LLMAuthError(LLMError):
    """The server refused our credentials (401/403)."""


class LLMStreamError(LLMError):
    """The reply broke off (dropped connection, error line) after it had started."""


@dataclass
class Health:
    ok: bool
    detail: str
    latency_ms: float | None


@runtime_checkable
class LLMProvider(Protocol):
    """A chat model behind some server. Implementations: Ollama, OpenAI-compatible."""

    name: str
    model: str

    # Implemented as ``async def stream_chat(...)`` generators; declared with ``def``
    # here because calling an async generator function returns the iterator directly.
    def stream_chat(
        self,
        messages: list[dict[str, str]],
        *,
        temperature: float | None = None,
        max_tokens: int | None = None,
        sampling: Mapping[str, float] | None = None,
    ) -> AsyncIterator[str]:
        """Yield the reply's text pieces as they arrive. ``sampling``: extra options by
        Ollama's names (top_p, top_k, repeat_penalty, presence/frequency_penalty)."""
        ...

    async def health(self) -> Health:
        """Whether the server answers and has the model; never raises LLMError."""
        ...

    async def list_models(self) -> list[str]: ...

    async def preload(self) -> None:
        """Load the model into memory ahead of the first turn (no-op where unsupported)."""
        ...

    async def aclose(self) -> None:
        """Release the HTTP connections."""
        ...


@dataclass(frozen=True)
class Failure:
    """How a provider classifies a raw exception: the user-facing error, and whether a
    fresh attempt could help (only ever used before the first piece)."""

    error: LLMError
    retryable: bool = False


Classifier = Callable[[BaseException, bool], Failure | None]
"""``classify(exc, started)`` -> Failure, or None for exceptions that are bugs (re-raised)."""


def backoff_delay(retry_index: int, base_s: float) -> float:
    """Delay before retry number ``retry_index`` (0-based): base, 2*base, 4*base ..."""
    return min(MAX_BACKOFF_S, base_s * (2**retry_index))


def _resolve(exc: Exception, classify: Classifier, started: bool) -> Failure | None:
    if isinstance(exc, LLMError):
        return Failure(exc, retryable=False)
    return classify(exc, started)


async def stream_with_retries(
    attempt: Callable[[], AsyncIterator[T]],
    *,
    classify: Classifier,
    retries: int,
    backoff_s: float,
    label: str,
) -> AsyncIterator[T]:
    """Run ``attempt()`` (a fresh async iterator per try), retrying transient failures
    until the first item arrives; afterwards every failure is an :class:`LLMStreamError`."""
    failures = 0
    while True:
        started = False
        failure: Failure | None = None
        stream = attempt()
        async with contextlib.aclosing(stream):  # type: ignore[type-var]
            while True:
                try:
                    item = await anext(stream)
                except StopAsyncIteration:
                    return
                except Exception as exc:
                    failure = _resolve(exc, classify, started)
                    if failure is None:
                        raise
                    if started:
                        error = failure.error
                        if not isinstance(error, LLMStreamError):
                            error = LLMStreamError(error.message)
                        raise error from exc
                    if not failure.retryable or failures >= retries:
                        raise failure.error from exc
                    break
                started = True
                yield item
        assert failure is not None
        delay = backoff_delay(failures, backoff_s)
        failures += 1
        log.warning(
            "%s: attempt %d of %d failed (%s); retrying in %.2f s",
            label,
            failures,
            retries + 1,
            failure.error.message,
            delay,
        )
        await asyncio.sleep(delay)


async def call_with_retries(
    call: Callable[[], Awaitable[T]],
    *,
    classify: Classifier,
    retries: int,
    backoff_s: float,
    label: str,
) -> T:
    """Await ``call()``, retrying transient failures with the same backoff as streams."""
    failures = 0
    while True:
        try:
            return await call()
        except Exception as exc:
            failure = _resolve(exc, classify, False)
            if failure is None:
                raise
            if not failure.retryable or failures >= retries:
                raise failure.error from exc
            delay = backoff_delay(failures, backoff_s)
            failures += 1
            log.warning(
                "%s: attempt %d of %d failed (%s); retrying in %.2f s",
                label,
                failures,
                retries + 1,
                failure.error.message,
                delay,
            )
            await asyncio.sleep(delay)


def make_provider(provider: str, **kwargs: Any) -> LLMProvider:
    """Build the provider named in the settings (``"ollama"`` or ``"openai"``).

    ``kwargs`` are the LLM settings: base_url, model, api_key, keep_alive, num_ctx,
    temperature, max_tokens, connect_retries, retry_backoff_s, timeout_s.
    """
    kind = provider.strip().lower().replace("-", "_")
    if kind == "ollama":
        from app.llm.ollama_provider import OllamaProvider

        return OllamaProvider(**kwargs)
    if kind in ("openai", "openai_compat", "openai_compatible"):
        from app.llm.openai_compat import OpenAICompatProvider

        return OpenAICompatProvider(**kwargs)
    raise ValueError(
        msg(
            "unknown LLM provider '{provider}': expected 'ollama' or 'openai'",
            provider=provider,
        )
    )

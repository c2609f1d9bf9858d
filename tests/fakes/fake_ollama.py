"""A fake Ollama server speaking the real wire format (see PROTOCOLS.md, "Ollama HTTP API").

Used by the unit tests with the real ``ollama`` client, and runnable on its own for manual
use and the benchmark::

    uv run python -m tests.fakes.fake_ollama --port 11434 --token-delay 0.02
"""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import hashlib
import json
import re
import socket
import struct
import time
from collections.abc import Callable, Sequence
from datetime import UTC, datetime
from typing import Any

from aiohttp import web

DEFAULT_REPLY = (
    "Hi there! I'm Neiri, and this reply comes from a fake Ollama server. "
    "It streams one token at a time, just like the real thing, so you can hear me think."
)
DEFAULT_MODELS = ("llama3.2:latest",)
FAKE_VERSION = "0.12.3"

DROPPED_KEY = web.RequestKey("fake_dropped", bool)

Reply = str | Callable[[list[dict[str, Any]]], str]

# Roughly how LLM tokenizers cut English: contractions, words with their leading space,
# each punctuation mark on its own, and runs of whitespace.
_TOKEN_RE = re.compile(r"'(?:s|t|re|ve|m|ll|d)(?!\w)|\s?\w+|\s?[^\w\s]|\s+(?!\S)|\s+")


def tokenize_reply(text: str) -> list[str]:
    """Split ``text`` into LLM-like tokens; ``"".join(tokenize_reply(t)) == t``."""
    return _TOKEN_RE.findall(text)


def _now_iso() -> str:
    return datetime.now(UTC).isoformat().replace("+00:00", "Z")


def _full_name(model: str) -> str:
    """Ollama's normalisation: a name without a tag means ``:latest``."""
    return model if ":" in model else f"{model}:latest"


def _digest(name: str) -> str:
    return hashlib.sha256(name.encode()).hexdigest()


def reset_connection(request: web.BaseRequest, *, hard: bool = True) -> None:
    """Close the client's connection abruptly: RST when ``hard``, else a bare FIN."""
    transport = request.transport
    if transport is None:
        return
    if not hard:
        transport.close()
        return
    sock = transport.get_extra_info("socket")
    if sock is not None:
        with contextlib.suppress(OSError):
            sock.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0))
    transport.abort()


class FakeServer:
    """aiohttp plumbing shared by the fakes: start on 127.0.0.1, stop quickly."""

    def __init__(self, host: str = "127.0.0.1", port: int = 0) -> None:
        self.host = host
        self.port = port
        self._runner: web.AppRunner | None = None
        self._changed = asyncio.Event()
        self.cancelled = 0

    def _make_app(self) -> web.Application:
        raise NotImplementedError

    def _url(self) -> str:
        return f"http://{self.host}:{self.port}"

    @property
    def url(self) -> str:
        """The base URL clients use (valid once started)."""
        return self._url()

    async def start(self) -> str:
        # handler_cancellation: a client that goes away cancels its handler at once,
        # so cancellations are recorded even while the fake is "thinking".
        self._runner = web.AppRunner(
            self._make_app(), handler_cancellation=True, shutdown_timeout=0.5, access_log=None
        )
        await self._runner.setup()
        site = web.TCPSite(self._runner, self.host, self.port)
        await site.start()
        server = site._server
        assert server is not None
        sockets = getattr(server, "sockets", None) or []
        self.port = sockets[0].getsockname()[1]
        return self._url()

    async def stop(self) -> None:
        if self._runner is not None:
            await self._runner.cleanup()
            self._runner = None

    async def __aenter__(self) -> FakeServer:
        await self.start()
        return self

    async def __aexit__(self, *exc: object) -> None:
        await self.stop()

    def _notify(self) -> None:
        self._changed.set()

    async def wait_until(self, predicate: Callable[[], bool], within_s: float = 1.0) -> bool:
        """Wait until ``predicate()`` holds (checked whenever a request starts or is
        cancelled); returns whether it happened within ``within_s``."""
        try:
            async with asyncio.timeout(within_s):
                while not predicate():
                    self._changed.clear()
                    await self._changed.wait()
        except TimeoutError:
            return False
        return True

    async def wait_cancelled(self, count: int = 1, within_s: float = 1.0) -> bool:
        """Wait until ``cancelled >= count``."""
        return await self.wait_until(lambda: self.cancelled >= count, within_s)


class FakeOllama(FakeServer):
    """A configurable Ollama: ``/api/chat``, ``/api/tags``, ``/api/pull``, ``/api/version``.

    Attributes may be changed between requests. ``requests`` holds every JSON body that
    reached ``/api/chat`` (failed attempts included); ``cancelled`` counts chat requests
    whose client went away before the reply was finished.
    """

    def __init__(
        self,
        *,
        reply: Reply = DEFAULT_REPLY,
        models: Sequence[str] = DEFAULT_MODELS,
        accept_any_model: bool = False,
        first_token_delay_s: float = 0.0,
        token_delay_s: float = 0.0,
        load_delay_s: float = 0.0,
        error_after_tokens: int | None = None,
        error_message: str = "an error was encountered while running the model: unexpected EOF",
        drop_after_tokens: int | None = None,
        drop_mode: str = "reset",
        omit_done: bool = False,
        fail_first_connections: int = 0,
        fail_mode: str = "503",
        reject_think: bool = False,
        pull_steps: int = 5,
        pull_delay_s: float = 0.0,
        pull_layer_size: int = 2_000_000,
        pullable: Sequence[str] | None = None,
        host: str = "127.0.0.1",
        port: int = 0,
    ) -> None:
        super().__init__(host, port)
        self.reply = reply
        self.models = list(models)
        self.accept_any_model = accept_any_model
        self.first_token_delay_s = first_token_delay_s
        self.token_delay_s = token_delay_s
        self.load_delay_s = load_delay_s
        self.error_after_tokens = error_after_tokens
        self.error_message = error_message
        self.drop_after_tokens = drop_after_tokens
        if drop_mode not in ("reset", "close"):
            raise ValueError("drop_mode is 'reset' (RST) or 'close' (FIN)")
        self.drop_mode = drop_mode
        self.omit_done = omit_done
        self.fail_first_connections = fail_first_connections
        if fail_mode not in ("503", "reset"):
            raise ValueError("fail_mode is '503' or 'reset'")
        self.fail_mode = fail_mode
        self.reject_think = reject_think
        self.pull_steps = pull_steps
        self.pull_delay_s = pull_delay_s
        self.pull_layer_size = pull_layer_size
        self.pullable = None if pullable is None else [_full_name(m) for m in pullable]
        self.requests: list[dict[str, Any]] = []
        self.headers: list[dict[str, str]] = []
        self.pull_requests: list[dict[str, Any]] = []
        self.failures_served = 0
        self.completed = 0
        self.active = 0

    # --- app ----------------------------------------------------------------------

    def _make_app(self) -> web.Application:
        app = web.Application()
        app.router.add_post("/api/chat", self._chat)
        app.router.add_get("/api/tags", self._tags)
        app.router.add_post("/api/pull", self._pull)
        app.router.add_get("/api/version", self._version)
        app.router.add_get("/", self._root)
        return app

    def has_model(self, model: str) -> bool:
        if self.accept_any_model:
            return True
        return _full_name(model) in {_full_name(m) for m in self.models}

    def reply_for(self, messages: list[dict[str, Any]]) -> str:
        return self.reply(messages) if callable(self.reply) else self.reply

    @staticmethod
    def _ndjson(obj: dict[str, Any]) -> bytes:
        return (json.dumps(obj, separators=(",", ":")) + "\n").encode()

    async def _root(self, request: web.Request) -> web.Response:
        return web.Response(text="Ollama is running")

    async def _version(self, request: web.Request) -> web.Response:
        return web.json_response({"version": FAKE_VERSION})

    async def _tags(self, request: web.Request) -> web.Response:
        models = []
        for name in self.models:
            full = _full_name(name)
            models.append(
                {
                    "name": full,
                    "model": full,
                    "modified_at": _now_iso(),
                    "size": 2_019_393_189,
                    "digest": _digest(full),
                    "details": {
                        "parent_model": "",
                        "format": "gguf",
                        "family": "llama",
                        "families": ["llama"],
                        "parameter_size": "3.2B",
                        "quantization_level": "Q4_K_M",
                    },
                }
            )
        return web.json_response({"models": models})

    # --- chat ---------------------------------------------------------------------

    async def _chat(self, request: web.Request) -> web.StreamResponse:
        body = await request.json()
        self.requests.append(body)
        self.headers.append(dict(request.headers))
        if self.fail_first_connections > 0:
            self.fail_first_connections -= 1
            self.failures_served += 1
            if self.fail_mode == "reset":
                reset_connection(request)
                raise asyncio.CancelledError  # nothing more to say on a dead connection
            return web.json_response({"error": "server busy, please try again"}, status=503)

        model = body.get("model", "")
        if not model:
            return web.json_response({"error": "model is required"}, status=400)
        if not self.has_model(model):
            return web.json_response({"error": f"model '{model}' not found"}, status=404)
        if self.reject_think and "think" in body:
            return web.json_response({"error": f'"{model}" does not support thinking'}, status=400)

        messages = body.get("messages") or []
        stream = body.get("stream", True)
        started = time.perf_counter_ns()
        self.active += 1
        self._notify()
        try:
            if not messages:
                return await self._load(request, model, stream)
            if stream:
                return await self._stream_reply(request, model, messages, started)
            return await self._whole_reply(model, messages, started)
        except (asyncio.CancelledError, ConnectionResetError):
            if not request.get(DROPPED_KEY):
                self.cancelled += 1
                self._notify()
            raise
        finally:
            self.active -= 1

    async def _load(self, request: web.Request, model: str, stream: bool) -> web.StreamResponse:
        await asyncio.sleep(self.load_delay_s)
        done = {
            "model": model,
            "created_at": _now_iso(),
            "message": {"role": "assistant", "content": ""},
            "done_reason": "load",
            "done": True,
        }
        self.completed += 1
        if not stream:
            return web.json_response(done)
        resp = web.StreamResponse(headers={"Content-Type": "application/x-ndjson"})
        await resp.prepare(request)
        await resp.write(self._ndjson(done))
        await resp.write_eof()
        return resp

    def _done_line(
        self, model: str, messages: list[dict[str, Any]], tokens: list[str], started: int
    ) -> dict[str, Any]:
        total = time.perf_counter_ns() - started
        prompt_tokens = sum(len(tokenize_reply(str(m.get("content", "")))) for m in messages)
        prompt_eval = min(total, int(self.first_token_delay_s * 1e9))
        return {
            "model": model,
            "created_at": _now_iso(),
            "message": {"role": "assistant", "content": ""},
            "done_reason": "stop",
            "done": True,
            "total_duration": total,
            "load_duration": 1_000_000,
            "prompt_eval_count": prompt_tokens,
            "prompt_eval_duration": prompt_eval,
            "eval_count": len(tokens),
            "eval_duration": max(0, total - prompt_eval),
        }

    async def _whole_reply(
        self, model: str, messages: list[dict[str, Any]], started: int
    ) -> web.Response:
        tokens = tokenize_reply(self.reply_for(messages))
        await asyncio.sleep(self.first_token_delay_s + self.token_delay_s * len(tokens))
        done = self._done_line(model, messages, tokens, started)
        done["message"]["content"] = "".join(tokens)
        self.completed += 1
        return web.json_response(done)

    async def _stream_reply(
        self,
        request: web.Request,
        model: str,
        messages: list[dict[str, Any]],
        started: int,
    ) -> web.StreamResponse:
        tokens = tokenize_reply(self.reply_for(messages))
        resp = web.StreamResponse(headers={"Content-Type": "application/x-ndjson"})
        await resp.prepare(request)
        await asyncio.sleep(self.first_token_delay_s)
        for i, token in enumerate(tokens):
            if i and self.token_delay_s:
                await asyncio.sleep(self.token_delay_s)
            if self.error_after_tokens is not None and i >= self.error_after_tokens:
                await resp.write(self._ndjson({"error": self.error_message}))
                await resp.write_eof()
                self.completed += 1
                return resp
            if self.drop_after_tokens is not None and i >= self.drop_after_tokens:
                request[DROPPED_KEY] = True  # on purpose: not a client cancellation
                reset_connection(request, hard=self.drop_mode == "reset")
                raise asyncio.CancelledError
            chunk = {
                "model": model,
                "created_at": _now_iso(),
                "message": {"role": "assistant", "content": token},
                "done": False,
            }
            await resp.write(self._ndjson(chunk))
        if not self.omit_done:
            await resp.write(self._ndjson(self._done_line(model, messages, tokens, started)))
        await resp.write_eof()
        self.completed += 1
        return resp

    # --- pull ---------------------------------------------------------------------

    async def _pull(self, request: web.Request) -> web.StreamResponse:
        body = await request.json()
        self.pull_requests.append(body)
        model = _full_name(body.get("model") or body.get("name") or "")
        stream = body.get("stream", True)
        known = self.pullable is None or model in self.pullable
        lines: list[dict[str, Any]] = [{"status": "pulling manifest"}]
        if known:
            digest = _digest(model)
            size = self.pull_layer_size
            steps = max(1, self.pull_steps)
            for step in range(steps + 1):
                lines.append(
                    {
                        "status": f"pulling {digest[:12]}",
                        "digest": f"sha256:{digest}",
                        "total": size,
                        "completed": size * step // steps,
                    }
                )
            lines += [
                {"status": "verifying sha256 digest"},
                {"status": "writing manifest"},
                {"status": "success"},
            ]
        else:
            lines.append({"error": "pull model manifest: file does not exist"})

        if not stream:
            await asyncio.sleep(self.pull_delay_s * len(lines))
            if not known:
                return web.json_response(lines[-1], status=500)
            self._add_model(model)
            return web.json_response({"status": "success"})

        resp = web.StreamResponse(headers={"Content-Type": "application/x-ndjson"})
        await resp.prepare(request)
        for line in lines:
            await asyncio.sleep(self.pull_delay_s)
            await resp.write(self._ndjson(line))
        if known:
            self._add_model(model)
        await resp.write_eof()
        return resp

    def _add_model(self, model: str) -> None:
        if model not in {_full_name(m) for m in self.models}:
            self.models.append(model)


def _parse_args(argv: Sequence[str] | None = None) -> argparse.Namespace:
    p = argparse.ArgumentParser(description="A fake Ollama server for tests and benchmarks.")
    p.add_argument("--host", default="127.0.0.1")
    p.add_argument("--port", type=int, default=11434)
    p.add_argument("--first-token-delay", type=float, default=0.1, help="seconds")
    p.add_argument("--token-delay", type=float, default=0.02, help="seconds between tokens")
    p.add_argument("--reply", default=DEFAULT_REPLY)
    p.add_argument("--models", nargs="*", default=list(DEFAULT_MODELS))
    p.add_argument(
        "--strict-models",
        action="store_true",
        help="answer 404 for models not in --models (default: accept any model name)",
    )
    p.add_argument("--pull-delay", type=float, default=0.2, help="seconds per pull status line")
    return p.parse_args(argv)


async def _serve(args: argparse.Namespace) -> None:
    fake = FakeOllama(
        reply=args.reply,
        models=args.models,
        accept_any_model=not args.strict_models,
        first_token_delay_s=args.first_token_delay,
        token_delay_s=args.token_delay,
        pull_delay_s=args.pull_delay,
        host=args.host,
        port=args.port,
    )
    url = await fake.start()
    print(f"fake Ollama listening on {url} (Ctrl-C to stop)", flush=True)
    try:
        await asyncio.Event().wait()
    finally:
        await fake.stop()


def main(argv: Sequence[str] | None = None) -> None:
    with contextlib.suppress(KeyboardInterrupt):
        asyncio.run(_serve(_parse_args(argv)))


if __name__ == "__main__":
    main()

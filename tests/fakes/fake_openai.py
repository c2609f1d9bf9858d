"""A fake OpenAI-compatible server (the subset LM Studio / llama.cpp / vLLM speak).

``POST /v1/chat/completions`` with ``stream: true`` answers server-sent events
(``data: {...}`` chunks with ``choices[0].delta.content``, then ``data: [DONE]``);
``GET /v1/models`` lists ``data[].id``. Standalone::

    uv run python -m tests.fakes.fake_openai --port 1234 --token-delay 0.02
"""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import json
import time
import uuid
from collections.abc import Sequence
from typing import Any

from aiohttp import web

from tests.fakes.fake_ollama import (
    DEFAULT_REPLY,
    DROPPED_KEY,
    FakeServer,
    Reply,
    reset_connection,
    tokenize_reply,
)

DEFAULT_MODELS = ("local-model",)


def _error(status: int, message: str, kind: str, code: str | None = None) -> web.Response:
    body = {"error": {"message": message, "type": kind, "param": None, "code": code}}
    return web.json_response(body, status=status)


class FakeOpenAI(FakeServer):
    """``start()`` returns the base URL including ``/v1``. ``requests`` holds the JSON
    bodies of chat requests, ``auth_headers`` the Authorization header of each request
    (None when absent), ``cancelled`` the chats whose client went away early."""

    def __init__(
        self,
        *,
        reply: Reply = DEFAULT_REPLY,
        models: Sequence[str] = DEFAULT_MODELS,
        api_key: str | None = None,
        first_token_delay_s: float = 0.0,
        token_delay_s: float = 0.0,
        drop_after_tokens: int | None = None,
        error_after_tokens: int | None = None,
        fail_first_connections: int = 0,
        send_done: bool = True,
        host: str = "127.0.0.1",
        port: int = 0,
    ) -> None:
        super().__init__(host, port)
        self.reply = reply
        self.models = list(models)
        self.api_key = api_key
        self.first_token_delay_s = first_token_delay_s
        self.token_delay_s = token_delay_s
        self.drop_after_tokens = drop_after_tokens
        self.error_after_tokens = error_after_tokens
        self.fail_first_connections = fail_first_connections
        self.send_done = send_done
        self.requests: list[dict[str, Any]] = []
        self.auth_headers: list[str | None] = []
        self.completed = 0

    def _url(self) -> str:
        return f"http://{self.host}:{self.port}/v1"

    def _make_app(self) -> web.Application:
        app = web.Application()
        app.router.add_post("/v1/chat/completions", self._chat)
        app.router.add_get("/v1/models", self._models)
        return app

    def _check_auth(self, request: web.Request) -> web.Response | None:
        header = request.headers.get("Authorization")
        self.auth_headers.append(header)
        if self.api_key is None:
            return None
        if header != f"Bearer {self.api_key}":
            return _error(
                401, "Incorrect API key provided.", "invalid_request_error", "invalid_api_key"
            )
        return None

    async def _models(self, request: web.Request) -> web.Response:
        if (denied := self._check_auth(request)) is not None:
            return denied
        data = [
            {"id": m, "object": "model", "created": 1_700_000_000, "owned_by": "organization_owner"}
            for m in self.models
        ]
        return web.json_response({"object": "list", "data": data})

    async def _chat(self, request: web.Request) -> web.StreamResponse:
        body = await request.json()
        self.requests.append(body)
        if (denied := self._check_auth(request)) is not None:
            return denied
        if self.fail_first_connections > 0:
            self.fail_first_connections -= 1
            return _error(503, "The server is busy.", "server_error")
        model = body.get("model", "")
        if model not in self.models:
            return _error(
                404,
                f"The model `{model}` does not exist or you do not have access to it.",
                "invalid_request_error",
                "model_not_found",
            )
        messages = body.get("messages") or []
        if not body.get("stream"):
            return self._whole_reply(model, messages)
        try:
            return await self._stream_reply(request, model, messages)
        except (asyncio.CancelledError, ConnectionResetError):
            if not request.get(DROPPED_KEY):
                self.cancelled += 1
                self._notify()
            raise

    def _reply_text(self, messages: list[dict[str, Any]]) -> str:
        return self.reply(messages) if callable(self.reply) else self.reply

    def _whole_reply(self, model: str, messages: list[dict[str, Any]]) -> web.Response:
        text = self._reply_text(messages)
        self.completed += 1
        return web.json_response(
            {
                "id": f"chatcmpl-{uuid.uuid4().hex[:12]}",
                "object": "chat.completion",
                "created": int(time.time()),
                "model": model,
                "choices": [
                    {
                        "index": 0,
                        "message": {"role": "assistant", "content": text},
                        "finish_reason": "stop",
                    }
                ],
            }
        )

    async def _stream_reply(
        self, request: web.Request, model: str, messages: list[dict[str, Any]]
    ) -> web.StreamResponse:
        tokens = tokenize_reply(self._reply_text(messages))
        chunk_id = f"chatcmpl-{uuid.uuid4().hex[:12]}"
        created = int(time.time())

        def event(delta: dict[str, Any], finish: str | None = None) -> bytes:
            chunk = {
                "id": chunk_id,
                "object": "chat.completion.chunk",
                "created": created,
                "model": model,
                "choices": [{"index": 0, "delta": delta, "finish_reason": finish}],
            }
            return f"data: {json.dumps(chunk, separators=(',', ':'))}\n\n".encode()

        resp = web.StreamResponse(
            headers={"Content-Type": "text/event-stream", "Cache-Control": "no-cache"}
        )
        await resp.prepare(request)
        await resp.write(event({"role": "assistant", "content": ""}))
        await asyncio.sleep(self.first_token_delay_s)
        for i, token in enumerate(tokens):
            if i and self.token_delay_s:
                await asyncio.sleep(self.token_delay_s)
            if self.error_after_tokens is not None and i >= self.error_after_tokens:
                error = {"error": {"message": "The model crashed.", "type": "server_error"}}
                await resp.write(f"data: {json.dumps(error)}\n\n".encode())
                await resp.write_eof()
                self.completed += 1
                return resp
            if self.drop_after_tokens is not None and i >= self.drop_after_tokens:
                request[DROPPED_KEY] = True
                reset_connection(request)
                raise asyncio.CancelledError
            await resp.write(event({"content": token}))
        await resp.write(event({}, "stop"))
        if self.send_done:
            await resp.write(b"data: [DONE]\n\n")
        await resp.write_eof()
        self.completed += 1
        return resp


def _parse_args(argv: Sequence[str] | None = None) -> argparse.Namespace:
    p = argparse.ArgumentParser(description="A fake OpenAI-compatible chat server.")
    p.add_argument("--host", default="127.0.0.1")
    p.add_argument("--port", type=int, default=1234)
    p.add_argument("--first-token-delay", type=float, default=0.1, help="seconds")
    p.add_argument("--token-delay", type=float, default=0.02, help="seconds between tokens")
    p.add_argument("--reply", default=DEFAULT_REPLY)
    p.add_argument("--models", nargs="*", default=list(DEFAULT_MODELS))
    p.add_argument("--api-key", default=None, help="require this bearer token")
    return p.parse_args(argv)


async def _serve(args: argparse.Namespace) -> None:
    fake = FakeOpenAI(
        reply=args.reply,
        models=args.models,
        api_key=args.api_key,
        first_token_delay_s=args.first_token_delay,
        token_delay_s=args.token_delay,
        host=args.host,
        port=args.port,
    )
    url = await fake.start()
    print(f"fake OpenAI-compatible server at {url} (Ctrl-C to stop)", flush=True)
    try:
        await asyncio.Event().wait()
    finally:
        await fake.stop()


def main(argv: Sequence[str] | None = None) -> None:
    with contextlib.suppress(KeyboardInterrupt):
        asyncio.run(_serve(args=_parse_args(argv)))


if __name__ == "__main__":
    main()

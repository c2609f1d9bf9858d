"""A fake file server (aiohttp on 127.0.0.1) for model downloads.

Serves given bytes at given paths with ``Content-Length`` and ``Accept-Ranges: bytes``;
honours ``Range: bytes=<a>-[<b>]`` with ``206`` + ``Content-Range`` (``416`` past the
end). It can be told to drop the connection after N bytes of a response, to answer a
fixed status (404, 500...), to ignore ranges (always ``200``), or to be slow::

    async with FakeFileServer({"/m/model.bin": data}, drop_after=1000) as server:
        url = server.url + "/m/model.bin"
"""

from __future__ import annotations

import asyncio
import re
from collections.abc import Mapping
from dataclasses import dataclass

from aiohttp import web

from tests.fakes.fake_ollama import FakeServer

_RANGE_RE = re.compile(r"^bytes=(\d+)-(\d*)$")


@dataclass
class Served:
    """One request as the server saw it."""

    path: str
    range: str | None
    status: int
    bytes_sent: int = 0
    dropped: bool = False


class FakeFileServer(FakeServer):
    def __init__(
        self,
        files: Mapping[str, bytes] | None = None,
        *,
        drop_after: int | None = None,
        drops: int = 1,
        status: int | None = None,
        statuses: Mapping[str, int] | None = None,
        ranges: bool = True,
        chunk_size: int = 16 * 1024,
        delay_s: float = 0.0,
        host: str = "127.0.0.1",
        port: int = 0,
    ) -> None:
        """``drop_after``: close the connection after that many body bytes, for the
        first ``drops`` responses. ``status``/``statuses``: answer that HTTP status (for
        every path / per path) instead of the file. ``ranges=False``: ignore ``Range``.
        ``delay_s``: sleep between ``chunk_size`` pieces of a body."""
        super().__init__(host, port)
        self.files: dict[str, bytes] = dict(files or {})
        self.drop_after = drop_after
        self.drops = drops
        self.status = status
        self.statuses = dict(statuses or {})
        self.ranges = ranges
        self.chunk_size = chunk_size
        self.delay_s = delay_s
        self.served: list[Served] = []

    def add(self, path: str, data: bytes) -> str:
        """Serve ``data`` at ``path``; returns its URL (once started)."""
        path = "/" + path.lstrip("/")
        self.files[path] = data
        return self.url + path

    @property
    def bytes_sent(self) -> int:
        return sum(s.bytes_sent for s in self.served)

    def _make_app(self) -> web.Application:
        app = web.Application()
        app.router.add_route("GET", "/{tail:.*}", self._get)
        app.router.add_route("HEAD", "/{tail:.*}", self._get)
        return app

    async def _get(self, request: web.Request) -> web.StreamResponse:
        path = request.path
        range_header = request.headers.get("Range")
        record = Served(path, range_header, 0)
        self.served.append(record)
        self._notify()
        status = self.statuses.get(path, self.status)
        if status is not None:
            record.status = status
            return web.json_response({"error": f"HTTP {status}"}, status=status)
        data = self.files.get(path)
        if data is None:
            record.status = 404
            return web.Response(status=404, text="Entry not found")

        size = len(data)
        start, end = 0, size - 1
        partial = False
        if range_header and self.ranges:
            match = _RANGE_RE.match(range_header.strip())
            if match is None:
                record.status = 416
                return web.Response(status=416, headers={"Content-Range": f"bytes */{size}"})
            start = int(match.group(1))
            if match.group(2):
                end = min(int(match.group(2)), size - 1)
            if start >= size or start > end:
                record.status = 416
                return web.Response(status=416, headers={"Content-Range": f"bytes */{size}"})
            partial = True

        body = data[start : end + 1]
        headers = {
            "Content-Length": str(len(body)),
            "Content-Type": "application/octet-stream",
            "Accept-Ranges": "bytes" if self.ranges else "none",
        }
        if partial:
            headers["Content-Range"] = f"bytes {start}-{end}/{size}"
        record.status = 206 if partial else 200
        response = web.StreamResponse(status=record.status, headers=headers)
        await response.prepare(request)
        if request.method == "HEAD":
            return response

        limit = None
        if self.drop_after is not None and self.drops > 0 and self.drop_after < len(body):
            self.drops -= 1  # only responses that really get cut count
            limit = self.drop_after
        sent = 0
        while sent < len(body):
            piece = body[sent : sent + self.chunk_size]
            if limit is not None and sent + len(piece) >= limit:
                piece = piece[: max(0, limit - sent)]
                if piece:
                    await response.write(piece)
                    sent += len(piece)
                    record.bytes_sent = sent
                record.dropped = True
                # a FIN after the buffered bytes: the client sees a short body
                await asyncio.sleep(0)
                if request.transport is not None:
                    request.transport.close()
                raise asyncio.CancelledError
            if self.delay_s:
                await asyncio.sleep(self.delay_s)
            await response.write(piece)
            sent += len(piece)
            record.bytes_sent = sent
        await response.write_eof()
        return response

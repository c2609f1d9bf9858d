"""Model downloads against a local file server: verify, resume, reject, fail clearly."""

from __future__ import annotations

import asyncio
import errno
import hashlib
import os
import socket
from pathlib import Path

import httpx
import pytest

from app.core.messages import message_of
from app.models.catalog import DEFAULT_CATALOG, Catalog, ModelFile, rebase_url
from app.models.download import DownloadError, DownloadProgress, download, download_model
from tests.fakes.fake_files import FakeFileServer

MODEL = os.urandom(300_000) + b"the end"
CONFIG = b'{"fake": true}\n'


def sha(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def files_on(server: FakeFileServer, *, checked: bool = True) -> list[ModelFile]:
    server.add("/m/config.json", CONFIG)
    server.add("/m/model.bin", MODEL)
    return [
        ModelFile(
            "config.json",
            server.url + "/m/config.json",
            size=len(CONFIG) if checked else None,
            sha256=sha(CONFIG) if checked else None,
        ),
        ModelFile(
            "model.bin",
            server.url + "/m/model.bin",
            size=len(MODEL) if checked else None,
            sha256=sha(MODEL) if checked else None,
            approx_size=len(MODEL),
        ),
    ]


class Recorder:
    def __init__(self) -> None:
        self.events: list[DownloadProgress] = []

    def __call__(self, p: DownloadProgress) -> None:
        self.events.append(p)


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


async def test_full_download_is_verified_and_put_in_place(tmp_path: Path) -> None:
    async with FakeFileServer(chunk_size=32 * 1024) as server:
        files = files_on(server)
        progress = Recorder()
        dest = tmp_path / "whisper" / "fake"
        paths = await download(files, dest, progress=progress)
    assert paths == [dest / "config.json", dest / "model.bin"]
    assert (dest / "model.bin").read_bytes() == MODEL
    assert (dest / "config.json").read_bytes() == CONFIG
    assert not list(dest.glob("*.part"))
    last = progress.events[-1]
    assert last.state == "done"
    assert last.done == last.total == len(MODEL) + len(CONFIG)
    assert last.fraction == 1.0
    states = {p.state for p in progress.events}
    assert {"connecting", "downloading", "verifying", "done"} <= states
    done = [p.done for p in progress.events]
    assert done == sorted(done)  # never goes backwards
    assert all(p.file_count == 2 for p in progress.events)
    assert server.bytes_sent == len(MODEL) + len(CONFIG)


async def test_a_dropped_connection_resumes_with_range(tmp_path: Path) -> None:
    async with FakeFileServer(drop_after=100_000) as server:
        files = files_on(server)[1:]
        dest = tmp_path / "m"
        with pytest.raises(DownloadError) as caught:
            await download(files, dest, progress=Recorder(), retries=0)
        assert caught.value.kind == "interrupted"
        assert "resume" in str(caught.value)
        part = dest / "model.bin.part"
        assert part.stat().st_size == 100_000  # what arrived is kept ...
        assert not (dest / "model.bin").exists()  # ... and nothing under the final name

        progress = Recorder()
        await download(files, dest, progress=progress)
        assert server.served[-1].range == "bytes=100000-"
        assert server.served[-1].status == 206
        assert (dest / "model.bin").read_bytes() == MODEL
        assert server.bytes_sent == len(MODEL)  # every byte crossed the wire once
        assert any(p.resumed_from == 100_000 for p in progress.events)
        assert not part.exists()


async def test_a_drop_is_resumed_automatically_within_one_call(tmp_path: Path) -> None:
    async with FakeFileServer(drop_after=50_000, drops=2) as server:
        files = files_on(server)
        await download(files, tmp_path / "m", progress=Recorder(), retry_delay_s=0.01)
        ranges = [s.range for s in server.served if s.path == "/m/config.json"]
        assert ranges == [None]
        model_requests = [s for s in server.served if s.path == "/m/model.bin"]
        # config.json (15 bytes) was shorter than the drop, so the model took both drops
        assert [s.range for s in model_requests] == [None, "bytes=50000-", "bytes=100000-"]
        assert (tmp_path / "m" / "model.bin").read_bytes() == MODEL
        assert server.bytes_sent == len(MODEL) + len(CONFIG)


async def test_a_server_that_ignores_ranges_restarts_the_part(tmp_path: Path) -> None:
    async with FakeFileServer(ranges=False) as server:
        files = files_on(server)[1:]
        dest = tmp_path / "m"
        dest.mkdir()
        (dest / "model.bin.part").write_bytes(MODEL[:1000])
        await download(files, dest, progress=Recorder())
        assert server.served[0].range == "bytes=1000-" and server.served[0].status == 200
        assert (dest / "model.bin").read_bytes() == MODEL


async def test_a_checksum_mismatch_is_rejected_and_nothing_is_left(tmp_path: Path) -> None:
    async with FakeFileServer() as server:
        good = files_on(server)
        files = [good[0], ModelFile("model.bin", good[1].url, sha256=sha(b"something else"))]
        dest = tmp_path / "m"
        with pytest.raises(DownloadError) as caught:
            await download(files, dest, progress=Recorder(), model="fake-model")
    error = caught.value
    assert error.kind == "checksum" and error.file == "model.bin"
    assert "model.bin of fake-model failed its checksum" in str(error)
    assert not (dest / "model.bin").exists()
    assert not (dest / "model.bin.part").exists()
    # the whole model is put in place together, so config.json is not there either
    assert not (dest / "config.json").exists()


async def test_a_size_the_catalog_does_not_expect_is_refused(tmp_path: Path) -> None:
    async with FakeFileServer() as server:
        good = files_on(server)
        files = [ModelFile("model.bin", good[1].url, size=len(MODEL) + 1)]
        with pytest.raises(DownloadError) as caught:
            await download(files, tmp_path / "m", progress=Recorder())
    assert caught.value.kind == "size"
    assert not (tmp_path / "m" / "model.bin").exists()


@pytest.mark.parametrize(
    ("status", "words"),
    [(404, "has no file model.bin"), (500, "had a problem sending model.bin")],
)
async def test_http_errors_are_clear(tmp_path: Path, status: int, words: str) -> None:
    async with FakeFileServer(statuses={"/m/model.bin": status}) as server:
        files = files_on(server)
        dest = tmp_path / "whisper" / "base.en"
        with pytest.raises(DownloadError) as caught:
            await download(files, dest, progress=Recorder(), model="base.en", fallback="tiny.en")
    text = str(caught.value)
    assert caught.value.kind == "http"
    assert words in text and f"HTTP {status}" in text
    assert "Neiri keeps using the bundled tiny.en" in text
    assert str(dest) in text  # where to put the files by hand
    assert not (dest / "model.bin").exists()


async def test_offline_says_what_is_missing_and_how_to_get_it(tmp_path: Path) -> None:
    port = free_port()  # nothing listens there
    model = DEFAULT_CATALOG.get("base.en", "whisper")
    assert model is not None
    model = model.rebased(f"http://127.0.0.1:{port}")
    models_dir = tmp_path / "models"
    with pytest.raises(DownloadError) as caught:
        await download_model(model, models_dir, progress=Recorder(), fallback="tiny.en")
    dest = models_dir / "whisper" / "base.en"
    expected = (
        f"You are offline or 127.0.0.1:{port} is unreachable. Neiri keeps using the bundled "
        "tiny.en; to get base.en later, re-run the first-run wizard (Neiri menu > First-run "
        "wizard…), or download config.json, tokenizer.json, vocabulary.txt, model.bin from "
        f"http://127.0.0.1:{port}/Systran/faster-whisper-base.en/tree/main into "
        f"{dest}{os.sep} by hand."
    )
    assert str(caught.value) == expected
    assert caught.value.kind == "offline"
    said = message_of(caught.value)  # translatable, the hint as a message of its own
    assert said is not None and said.args["host"] == f"127.0.0.1:{port}"
    assert said.args["hint"].template.startswith("to get {model} later")


async def test_cancelling_leaves_a_resumable_part(tmp_path: Path) -> None:
    async with FakeFileServer(chunk_size=8 * 1024, delay_s=0.005) as server:
        files = files_on(server, checked=False)[1:]
        dest = tmp_path / "m"
        halfway = asyncio.Event()

        def progress(p: DownloadProgress) -> None:
            if p.file_done >= 60_000:
                halfway.set()

        task = asyncio.ensure_future(download(files, dest, progress=progress))
        await asyncio.wait_for(halfway.wait(), 10)
        task.cancel()
        with pytest.raises(asyncio.CancelledError):
            await task
        part = dest / "model.bin.part"
        kept = part.stat().st_size
        assert 60_000 <= kept < len(MODEL)
        assert not (dest / "model.bin").exists()

        server.delay_s = 0
        await download(files, dest, progress=Recorder())
        assert server.served[-1].range == f"bytes={kept}-"
        assert (dest / "model.bin").read_bytes() == MODEL


async def test_a_complete_part_is_only_verified(tmp_path: Path) -> None:
    async with FakeFileServer() as server:
        files = files_on(server)[1:]
        dest = tmp_path / "m"
        dest.mkdir()
        (dest / "model.bin.part").write_bytes(MODEL)
        await download(files, dest, progress=Recorder())
        assert server.served == []  # exact size known: no request at all
        assert (dest / "model.bin").read_bytes() == MODEL

        # without a known size the server's 416 tells the part is whole
        (dest / "model.bin").rename(dest / "model.bin.part")
        unchecked = [ModelFile("model.bin", files[0].url)]
        await download(unchecked, dest, progress=Recorder())
        assert [s.status for s in server.served] == [416]
        assert (dest / "model.bin").read_bytes() == MODEL


async def test_a_full_disk_is_reported_and_the_part_kept(tmp_path: Path, monkeypatch) -> None:
    async with FakeFileServer() as server:
        files = files_on(server, checked=False)[1:]
        dest = tmp_path / "m"
        real_open = Path.open
        written = 0

        class FullDisk:
            def __init__(self, handle) -> None:
                self.handle = handle

            def __enter__(self):
                return self

            def __exit__(self, *exc) -> None:
                self.handle.close()

            def write(self, data: bytes) -> int:
                nonlocal written
                if written + len(data) > 100_000:
                    raise OSError(errno.ENOSPC, "No space left on device")
                written += len(data)
                return self.handle.write(data)

            def __getattr__(self, name):
                return getattr(self.handle, name)

        def fake_open(self, mode="r", *args, **kwargs):
            handle = real_open(self, mode, *args, **kwargs)
            return FullDisk(handle) if self.name.endswith(".part") else handle

        monkeypatch.setattr(Path, "open", fake_open)
        with pytest.raises(DownloadError) as caught:
            await download(files, dest, progress=Recorder(), model="fake")
    assert caught.value.kind == "disk"
    assert "The disk is full" in str(caught.value)
    assert (dest / "model.bin.part").stat().st_size == written
    assert not (dest / "model.bin").exists()


async def test_an_injected_client_is_left_open(tmp_path: Path) -> None:
    async with FakeFileServer() as server, httpx.AsyncClient() as client:
        files = files_on(server)
        await download(files, tmp_path / "m", progress=Recorder(), client=client)
        assert not client.is_closed


def test_the_catalog_can_be_pointed_at_another_server() -> None:
    moved = DEFAULT_CATALOG.rebased("http://127.0.0.1:9999/mirror")
    model = moved.get("en_US-lessac-medium", "piper")
    assert model is not None
    assert model.files[1].url == (
        "http://127.0.0.1:9999/mirror/rhasspy/piper-voices/resolve/v1.0.0/en/en_US/lessac/"
        "medium/en_US-lessac-medium.onnx"
    )
    assert rebase_url("https://huggingface.co/a/b?x=1", "http://h:1") == "http://h:1/a/b?x=1"
    # nothing in the default catalog claims a checksum it has not got
    assert all(f.sha256 is None and f.size is None for m in moved.models for f in m.files)
    data = {
        "models": [
            {
                "name": "x",
                "kind": "piper",
                "files": [{"path": "x.onnx", "url": "http://h/x.onnx", "sha256": "AB", "size": 2}],
            }
        ]
    }
    built = Catalog.from_data(data)
    entry = built.get("x")
    assert entry is not None and entry.files[0].sha256 == "ab" and entry.verified
    assert entry.dest_dir(Path("/models")) == Path("/models/piper")

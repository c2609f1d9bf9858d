"""Resumable, verified model downloads over HTTP (httpx, asyncio).

Each file is written to ``<name>.part`` next to its final place. A ``.part`` left by an
earlier attempt is resumed with ``Range: bytes=<n>-`` (a ``206`` reply is appended to it;
a server that answers ``200`` sends the whole file, so the part starts over). When every
file of the model has arrived, each is checked (its exact size and SHA-256 when the
catalog knows them, and always the size the server announced) and only then renamed into
place, all together, so the folder never holds half a model under the final names.
A failed checksum deletes that part.

Cancelling the task (``CancelledError``) leaves the ``.part`` files for the next attempt.
A dropped connection is resumed automatically up to ``retries`` times. Every failure a
user can meet becomes a :class:`DownloadError` whose message (a
:class:`~app.core.messages.Message`, which the interface translates) says what happened,
what is missing and how to get it (see :func:`missing_hint`).
"""

from __future__ import annotations

import asyncio
import contextlib
import errno
import hashlib
import os
import re
import shutil
import time
from collections import deque
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Literal
from urllib.parse import urlsplit

import httpx

from app.core.messages import Message, msg, said
from app.hardware import describe_bytes
from app.models.catalog import CatalogModel, ModelFile

ErrorKind = Literal["offline", "http", "checksum", "size", "disk", "interrupted", "io", "unusable"]

PROGRESS_INTERVAL_S = 0.1
SPEED_WINDOW_S = 3.0
DEFAULT_TIMEOUT = httpx.Timeout(60.0, connect=10.0, pool=10.0)

_OFFLINE = (httpx.ConnectError, httpx.ConnectTimeout, httpx.ProxyError)
_BROKEN = (
    httpx.ReadError,
    httpx.RemoteProtocolError,
    httpx.ReadTimeout,
    httpx.WriteError,
    httpx.WriteTimeout,
    httpx.PoolTimeout,
)


class DownloadError(Exception):
    """A download failed; ``str(error)`` is the message for the user."""

    def __init__(self, message: str, *, kind: ErrorKind, file: str | None = None) -> None:
        # ``message`` is usually a Message (app.core.messages): the interface translates it
        super().__init__(message)
        self.message = message
        self.kind = kind
        self.file = file


@dataclass(frozen=True)
class DownloadProgress:
    """Where a download stands. Byte counts include what earlier attempts left in
    ``.part`` files; ``speed_bps`` counts only bytes received now."""

    file: str  # relative path of the current file
    file_index: int  # 0-based
    file_count: int
    file_done: int
    file_total: int | None
    done: int
    total: int | None
    speed_bps: float
    eta_s: float | None
    state: Literal["connecting", "downloading", "verifying", "done"]
    resumed_from: int = 0  # bytes of the current file that came from an earlier attempt

    @property
    def fraction(self) -> float | None:
        if not self.total:
            return None
        return min(1.0, self.done / self.total)

    @property
    def file_fraction(self) -> float | None:
        if not self.file_total:
            return None
        return min(1.0, self.file_done / self.file_total)


ProgressCallback = Callable[[DownloadProgress], None]


def sha256_file(path: Path, chunk_size: int = 1024 * 1024) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as handle:
        while block := handle.read(chunk_size):
            digest.update(block)
    return digest.hexdigest()


def part_path(final: Path) -> Path:
    return final.with_name(final.name + ".part")


def source_of(files: Sequence[ModelFile]) -> str:
    """The folder URL the files share (``https://host/repo/resolve/main``)."""
    folders = [f.url.rsplit("/", 1)[0] for f in files if f.url]
    if not folders:
        return ""
    split = [folder.split("/") for folder in folders]
    common: list[str] = []
    for parts in zip(*split, strict=False):
        if any(part != parts[0] for part in parts):
            break
        common.append(parts[0])
    return "/".join(common)


def missing_hint(
    model: str,
    files: Sequence[ModelFile],
    dest_dir: Path,
    source: str | None = None,
    *,
    sentence: bool = False,
) -> Message:
    """ "to get <model> later, re-run the wizard, or download <files> from <source> into
    <dest_dir> by hand." (no capital: callers prefix their reason); ``sentence`` True
    starts it with a capital ("To get ..."), to follow a full stop."""
    names = ", ".join(f.path for f in files) or msg("its files")
    where = source or source_of(files)
    folder = str(dest_dir)
    if not folder.endswith(os.sep):
        folder += os.sep
    if sentence and where:
        return msg(
            "To get {model} later, re-run the first-run wizard (Neiri menu > First-run "
            "wizard…), or download {files} from {source} into {folder} by hand.",
            model=model,
            files=names,
            source=where,
            folder=folder,
        )
    if sentence:
        return msg(
            "To get {model} later, re-run the first-run wizard (Neiri menu > First-run "
            "wizard…), or download {files} into {folder} by hand.",
            model=model,
            files=names,
            folder=folder,
        )
    if where:
        return msg(
            "to get {model} later, re-run the first-run wizard (Neiri menu > First-run "
            "wizard…), or download {files} from {source} into {folder} by hand.",
            model=model,
            files=names,
            source=where,
            folder=folder,
        )
    return msg(
        "to get {model} later, re-run the first-run wizard (Neiri menu > First-run "
        "wizard…), or download {files} into {folder} by hand.",
        model=model,
        files=names,
        folder=folder,
    )


def _sentences(first: Message, *more: Message | None) -> Message:
    """Sentences one after another ("First. Second."); None parts are left out. The
    interface translates each one, and the joint (a space in English)."""
    result = first
    for part in more:
        if part is not None:
            result = msg("{first} {second}", first=result, second=part)
    return result


def _host(url: str) -> str:
    parts = urlsplit(url)
    return parts.netloc or url


_RANGE_RE = re.compile(r"^\s*bytes\s+(\d+)-(\d+)/(\d+|\*)\s*$")
_UNSATISFIED_RE = re.compile(r"^\s*bytes\s+\*/(\d+)\s*$")


class _Restart(Exception):
    """The server ignored or refused the range: download the file from the start."""


class _Speed:
    """Bytes per second over the last few seconds."""

    def __init__(self) -> None:
        self.samples: deque[tuple[float, int]] = deque()
        self.received = 0

    def add(self, count: int) -> None:
        self.received += count
        now = time.monotonic()
        self.samples.append((now, self.received))
        while len(self.samples) > 2 and now - self.samples[0][0] > SPEED_WINDOW_S:
            self.samples.popleft()

    def rate(self) -> float:
        if len(self.samples) < 2:
            return 0.0
        (t0, b0), (t1, b1) = self.samples[0], self.samples[-1]
        return (b1 - b0) / (t1 - t0) if t1 > t0 else 0.0


class _Download:
    def __init__(
        self,
        files: Sequence[ModelFile],
        dest_dir: Path,
        progress: ProgressCallback,
        client: httpx.AsyncClient,
        model: str,
        fallback: str | None,
        source: str | None,
        retries: int,
        retry_delay_s: float,
    ) -> None:
        self.files = list(files)
        self.dest_dir = dest_dir
        self.progress = progress
        self.client = client
        self.model = model
        self.fallback = fallback
        self.source = source
        self.retries = max(0, retries)
        self.retry_delay_s = retry_delay_s
        self.totals: list[int | None] = [f.expected_size for f in self.files]
        self.done: list[int] = [0] * len(self.files)
        self.announced: list[int | None] = [None] * len(self.files)  # by the server
        self.speed = _Speed()
        self.last_report = 0.0
        self.resumed_from = 0

    # --- messages -------------------------------------------------------------------

    def hint(self, *, sentence: bool = False) -> Message:
        return missing_hint(self.model, self.files, self.dest_dir, self.source, sentence=sentence)

    def _offline(self, f: ModelFile) -> DownloadError:
        host = _host(f.url)
        if self.fallback:
            text = msg(
                "You are offline or {host} is unreachable. Neiri keeps using the bundled "
                "{fallback}; {hint}",
                host=host,
                fallback=self.fallback,
                hint=self.hint(),
            )
        else:
            text = msg(
                "You are offline or {host} is unreachable, so {model} was not downloaded; {hint}",
                host=host,
                model=self.model,
                hint=self.hint(),
            )
        return DownloadError(text, kind="offline", file=f.path)

    def _keeps(self) -> Message | None:
        """ "Neiri keeps using the bundled <fallback>." when there is one."""
        if not self.fallback:
            return None
        return msg("Neiri keeps using the bundled {fallback}.", fallback=self.fallback)

    def _again(self) -> Message:
        """ "Download it again: to get <model> later, ..."."""
        return msg("Download it again: {hint}", hint=self.hint())

    def _http_error(self, f: ModelFile, status: int) -> DownloadError:
        host, name, model = _host(f.url), f.path, self.model
        if status in (404, 410):
            what = msg(
                "{host} has no file {file} for {model} (HTTP {status} for {url}); "
                "the download address may have changed.",
                host=host,
                file=name,
                model=model,
                status=status,
                url=f.url,
            )
        elif status in (401, 403):
            what = msg(
                "{host} refused to send {file} for {model} (HTTP {status}).",
                host=host,
                file=name,
                model=model,
                status=status,
            )
        elif status == 429:
            what = msg(
                "{host} is limiting downloads right now (HTTP 429); wait a while.", host=host
            )
        elif status >= 500:
            what = msg(
                "{host} had a problem sending {file} for {model} (HTTP {status}); try again later.",
                host=host,
                file=name,
                model=model,
                status=status,
            )
        else:
            what = msg(
                "{host} answered HTTP {status} for {file} of {model}.",
                host=host,
                status=status,
                file=name,
                model=model,
            )
        text = _sentences(what, self._keeps(), self.hint(sentence=True))
        return DownloadError(text, kind="http", file=f.path)

    def _disk_full(self, f: ModelFile, needed: int | None) -> DownloadError:
        folder = str(self.dest_dir)
        try:
            free: int | None = shutil.disk_usage(_existing_parent(self.dest_dir)).free
        except OSError:
            free = None
        name, model = f.path, self.model
        if needed and free is not None:
            full = msg(
                "The disk is full: {file} of {model} needs {size} more in {folder} ({free} free).",
                file=name,
                model=model,
                size=describe_bytes(needed),
                folder=folder,
                free=describe_bytes(free),
            )
        elif needed:
            full = msg(
                "The disk is full: {file} of {model} needs {size} more in {folder}.",
                file=name,
                model=model,
                size=describe_bytes(needed),
                folder=folder,
            )
        elif free is not None:
            full = msg(
                "The disk is full: {file} of {model} needs more space in {folder} ({free} free).",
                file=name,
                model=model,
                folder=folder,
                free=describe_bytes(free),
            )
        else:
            full = msg(
                "The disk is full: {file} of {model} needs more space in {folder}.",
                file=name,
                model=model,
                folder=folder,
            )
        text = _sentences(
            full,
            msg(
                "Free some space and download again; what was already downloaded is kept "
                "and the download resumes."
            ),
            self._keeps(),
        )
        return DownloadError(text, kind="disk", file=f.path)

    def _interrupted(self, f: ModelFile, exc: BaseException) -> DownloadError:
        got = sum(self.done)
        what = msg(
            "The download of {model} was interrupted ({file}, after {size}: {error}). "
            "Download again to resume where it stopped.",
            model=self.model,
            file=f.path,
            size=describe_bytes(got),
            error=type(exc).__name__,
        )
        return DownloadError(_sentences(what, self._keeps()), kind="interrupted", file=f.path)

    # --- progress -------------------------------------------------------------------

    def report(self, index: int, state: str, *, force: bool = False) -> None:
        now = time.monotonic()
        if not force and now - self.last_report < PROGRESS_INTERVAL_S:
            return
        self.last_report = now
        totals = self.totals
        total = None if any(t is None for t in totals) else sum(t or 0 for t in totals)
        done = sum(self.done)
        speed = self.speed.rate()
        eta = (total - done) / speed if total is not None and speed > 0 else None
        f = self.files[index]
        self.progress(
            DownloadProgress(
                file=f.path,
                file_index=index,
                file_count=len(self.files),
                file_done=self.done[index],
                file_total=totals[index],
                done=done,
                total=total,
                speed_bps=speed,
                eta_s=max(0.0, eta) if eta is not None else None,
                state=state,  # type: ignore[arg-type]
                resumed_from=self.resumed_from,
            )
        )

    # --- the work -------------------------------------------------------------------

    async def run(self) -> list[Path]:
        try:
            self.dest_dir.mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            raise self._os_error(self.files[0] if self.files else None, exc) from exc
        staged: list[tuple[int, Path, Path]] = []
        finals: list[Path] = []
        for index, f in enumerate(self.files):
            final = self.dest_dir / f.path
            finals.append(final)
            if await self._already_there(index, f, final):
                continue
            part = part_path(final)
            await self._fetch(index, f, part)
            staged.append((index, part, final))
        for index, part, _ in staged:
            self.report(index, "verifying", force=True)
            await self._verify(index, part)
        # All verified: move into place with no await in between, so a cancellation
        # cannot leave some files renamed and others not.
        for _, part, final in staged:
            try:
                os.replace(part, final)
            except OSError as exc:
                raise self._os_error(None, exc) from exc
        if self.files:
            self.report(len(self.files) - 1, "done", force=True)
        return finals

    async def _already_there(self, index: int, f: ModelFile, final: Path) -> bool:
        size = _size(final)
        if size is None:
            return False
        if f.size is not None and size != f.size:
            return False
        if f.sha256 and await asyncio.to_thread(sha256_file, final) != f.sha256:
            return False
        self.done[index] = size
        self.totals[index] = size
        return True

    async def _fetch(self, index: int, f: ModelFile, part: Path) -> None:
        attempt = 0
        while True:
            try:
                await self._transfer(index, f, part)
                return
            except _Restart:
                _remove(part)
                self.done[index] = 0
                continue
            except _OFFLINE as exc:
                raise self._offline(f) from exc
            except _BROKEN as exc:
                attempt += 1
                if attempt > self.retries:
                    raise self._interrupted(f, exc) from exc
                await asyncio.sleep(self.retry_delay_s * attempt)
            except httpx.HTTPError as exc:
                raise self._interrupted(f, exc) from exc

    async def _transfer(self, index: int, f: ModelFile, part: Path) -> None:
        offset = _size(part) or 0
        if f.size is not None and offset > f.size:
            raise _Restart
        self.done[index] = offset
        self.resumed_from = offset
        if f.size is not None and offset == f.size and offset > 0:
            self.totals[index] = f.size
            return  # complete from an earlier attempt: only verification is left
        headers = {"Accept-Encoding": "identity"}
        if offset:
            headers["Range"] = f"bytes={offset}-"
        self.report(index, "connecting", force=True)
        async with self.client.stream(
            "GET", f.url, headers=headers, follow_redirects=True
        ) as response:
            status = response.status_code
            if status == 416 and offset:
                match = _UNSATISFIED_RE.match(response.headers.get("content-range", ""))
                if match and int(match.group(1)) == offset:
                    # the part already holds the whole file
                    self.totals[index] = self.announced[index] = offset
                    return
                raise _Restart
            if status == 206 and offset:
                match = _RANGE_RE.match(response.headers.get("content-range", ""))
                if not match or int(match.group(1)) != offset:
                    raise _Restart
                total = None if match.group(3) == "*" else int(match.group(3))
                mode = "ab"
            elif status == 200:
                offset = 0
                self.done[index] = 0
                self.resumed_from = 0
                length = response.headers.get("content-length")
                total = int(length) if length and length.isdigit() else None
                mode = "wb"
            else:
                raise self._http_error(f, status)
            if total is not None and f.size is not None and total != f.size:
                what = msg(
                    "{host} offers {file} of {model} with {size} bytes, but Neiri expects "
                    "exactly {expected}; the file was not downloaded.",
                    host=_host(f.url),
                    file=f.path,
                    model=self.model,
                    size=total,
                    expected=f.size,
                )
                raise DownloadError(
                    _sentences(what, self.hint(sentence=True)), kind="size", file=f.path
                )
            if total is not None:
                self.totals[index] = self.announced[index] = total
            self._check_space(f, part, (total - offset) if total is not None else None)
            await self._receive(index, f, part, response, mode, total)

    def _check_space(self, f: ModelFile, part: Path, needed: int | None) -> None:
        if not needed:
            return
        try:
            free = shutil.disk_usage(part.parent).free
        except OSError:
            return
        if needed > free:
            raise self._disk_full(f, needed - free)

    async def _receive(
        self,
        index: int,
        f: ModelFile,
        part: Path,
        response: httpx.Response,
        mode: str,
        total: int | None,
    ) -> None:
        try:
            handle = part.open(mode)
        except OSError as exc:
            raise self._os_error(f, exc) from exc
        with handle:
            try:
                async for chunk in response.aiter_bytes():  # as received: no buffering
                    handle.write(chunk)
                    self.done[index] += len(chunk)
                    self.speed.add(len(chunk))
                    self.report(index, "downloading")
                handle.flush()
                os.fsync(handle.fileno())
            except OSError as exc:
                raise self._os_error(f, exc) from exc
        self.report(index, "downloading", force=True)
        if total is not None and self.done[index] < total:
            raise httpx.RemoteProtocolError("the server closed the connection early")

    def _os_error(self, f: ModelFile | None, exc: OSError) -> DownloadError:
        if exc.errno in (errno.ENOSPC, getattr(errno, "EDQUOT", -1)):
            return self._disk_full(f or self.files[0], None)
        where = f.path if f is not None else str(self.dest_dir)
        what = msg(
            "Could not write {file} of {model} in {folder}: {reason}.",
            file=where,
            model=self.model,
            folder=str(self.dest_dir),
            reason=exc.strerror or str(exc),
        )
        text = _sentences(what, self._keeps(), self.hint(sentence=True))
        return DownloadError(text, kind="io", file=f.path if f else None)

    async def _verify(self, index: int, part: Path) -> None:
        f = self.files[index]
        size = _size(part) or 0
        expected = f.size if f.size is not None else self.announced[index]
        if expected is not None and size != expected:
            _remove(part)
            what = msg(
                "{file} of {model} has {size} bytes instead of {expected}, so it was deleted.",
                file=f.path,
                model=self.model,
                size=size,
                expected=expected,
            )
            raise DownloadError(
                _sentences(what, self._keeps(), self._again()), kind="size", file=f.path
            )
        if f.sha256:
            digest = await asyncio.to_thread(sha256_file, part)
            if digest != f.sha256.lower():
                _remove(part)
                what = msg(
                    "{file} of {model} failed its checksum (SHA-256 {digest}…, expected "
                    "{expected}…): the download was damaged or changed on the server, so it "
                    "was deleted.",
                    file=f.path,
                    model=self.model,
                    digest=digest[:12],
                    expected=f.sha256[:12],
                )
                raise DownloadError(
                    _sentences(what, self._keeps(), self._again()), kind="checksum", file=f.path
                )


def _size(path: Path) -> int | None:
    """The size of a regular file, None if there is none (cheap: fine on the loop)."""
    try:
        return path.stat().st_size if path.is_file() else None
    except OSError:
        return None


def _remove(path: Path) -> None:
    with contextlib.suppress(FileNotFoundError):
        path.unlink()


def _existing_parent(path: Path) -> Path:
    while not path.exists() and path.parent != path:
        path = path.parent
    return path


async def download(
    files: Sequence[ModelFile],
    dest_dir: str | os.PathLike[str],
    *,
    progress: ProgressCallback,
    client: httpx.AsyncClient | None = None,
    model: str | None = None,
    fallback: str | None = None,
    source: str | None = None,
    retries: int = 3,
    retry_delay_s: float = 0.5,
) -> list[Path]:
    """Download ``files`` into ``dest_dir`` (see the module docstring); returns the final
    paths. ``model`` names the download in messages (default: the folder's name) and
    ``fallback`` the bundled model Neiri keeps using if it fails. Raises
    :class:`DownloadError`; cancellation leaves the ``.part`` files for a resume."""
    dest = Path(dest_dir)
    owned = client is None
    http = client or httpx.AsyncClient(timeout=DEFAULT_TIMEOUT)
    try:
        job = _Download(
            files,
            dest,
            progress,
            http,
            model or dest.name,
            fallback,
            source,
            retries,
            retry_delay_s,
        )
        return await job.run()
    finally:
        if owned:
            await http.aclose()


async def download_model(
    model: CatalogModel,
    models_dir: str | os.PathLike[str],
    *,
    progress: ProgressCallback,
    client: httpx.AsyncClient | None = None,
    fallback: str | None = None,
    retries: int = 3,
) -> Path:
    """Download a catalog model where the engine looks for it; returns its folder."""
    dest = model.dest_dir(models_dir)
    await download(
        model.files,
        dest,
        progress=progress,
        client=client,
        model=model.name,
        fallback=fallback,
        source=model.source or None,
        retries=retries,
    )
    return dest


def check_loads(model: CatalogModel, models_dir: str | os.PathLike[str]) -> None:
    """Load a downloaded model the way the engine will (blocking: run it in a thread).
    This is the last check for files the catalog has no checksum for. On failure the
    model's files are removed (they are unusable) and :class:`DownloadError` says so."""
    folder = Path(models_dir)
    try:
        if model.kind == "whisper":
            from app.speech.asr import WhisperASR

            WhisperASR(model.name, language=None, models_dir=folder)
        else:
            from app.speech.tts.piper_tts import PiperTTS

            PiperTTS(model.name, models_dir=folder)
    except Exception as exc:
        dest = model.dest_dir(folder)
        for f in model.files:
            _remove(dest / f.path)
        what = msg(
            "The downloaded {model} could not be loaded ({reason}), so it was removed.",
            model=model.name,
            reason=said(exc),
        )
        hint = missing_hint(model.name, model.files, dest, model.source or None, sentence=True)
        raise DownloadError(_sentences(what, hint), kind="unusable") from exc

"""Import and export of memories as JSON or YAML.

The file format (both syntaxes carry the same document)::

    version: 1
    items:
      - text: "Mika's cat is called Miso."      # the only required field
        kind: user_fact                          # user_fact | self_fact | third_party |
                                                 # chat | emotion | objective
        importance: 0.8                          # 0..1
        tags: [pets]
        emotion: null
        source: import                           # mic | text | twitch | phone | import | manual
        about: "twitch:12345"                    # who it is about, or null
        id: 3f2a...                              # kept if given (re-importing replaces)
        created_at: "2026-05-01T12:00:00+00:00"  # ISO 8601 or Unix seconds
        updated_at: ...
        last_used_at: null
        ttl_s: null                              # seconds to live, null = forever

An import is all or nothing: the whole file is read, parsed and validated (pydantic)
before anything is embedded or written, and a bad file is rejected with the place of
each problem (``items[3].kind: ...``). Items are embedded, then written in one go; if
writing fails part-way, what was written is rolled back. Items whose ``id`` already
exists are replaced, so importing the same seed file twice changes nothing.
"""

from __future__ import annotations

import json
import math
import os
import tempfile
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import Annotated, Any, Literal

import numpy as np
import yaml
from pydantic import BaseModel, ConfigDict, Field, ValidationError, field_validator

from app.config.validation import explain_file_error
from app.core.messages import Message, joined, msg, said
from app.memory.store import (
    MAX_TAG_CHARS,
    MAX_TEXT_CHARS,
    InvalidMemoryError,
    MemoryFilter,
    MemoryItem,
    MemoryStore,
)

FORMAT_VERSION = 1
MAX_FILE_BYTES = 20 * 1024 * 1024
MAX_ITEMS = 100_000
EMBED_CHUNK = 64
MAX_REPORTED_ERRORS = 5

Progress = Callable[[int, int], None]


class ImportRejectedError(ValueError):
    """The file was not imported (nothing was written); ``problems`` says why (each a
    ``Message``, see :mod:`app.core.messages`, the interface translates them)."""

    def __init__(self, path: Path | str, problems: Sequence[str]) -> None:
        self.path = str(path)
        self.problems = list(problems)
        shown = self.problems[:MAX_REPORTED_ERRORS]
        more = len(self.problems) - len(shown)
        text: Message = joined(shown)
        if more > 0:
            text = msg("{problems}; and {count} more problem(s)", problems=text, count=more)
        super().__init__(msg("{path}: not imported: {problems}", path=self.path, problems=text))


@dataclass
class ImportReport:
    total: int
    added: int
    replaced: int
    ids: list[str] = field(default_factory=list)


# -- the file's schema ----------------------------------------------------------------

Kind = Literal["user_fact", "self_fact", "third_party", "chat", "emotion", "objective"]
Source = Literal["mic", "text", "twitch", "phone", "import", "manual"]
Tag = Annotated[str, Field(min_length=1, max_length=MAX_TAG_CHARS)]
Stamp = float | datetime


def _to_epoch(value: float | datetime | None) -> float | None:
    if value is None or isinstance(value, float | int):
        return None if value is None else float(value)
    if value.tzinfo is None:  # a time without a zone is read as UTC
        value = value.replace(tzinfo=UTC)
    return value.timestamp()


class ItemIn(BaseModel):
    model_config = ConfigDict(extra="forbid", str_strip_whitespace=True, allow_inf_nan=False)

    text: str = Field(min_length=1, max_length=MAX_TEXT_CHARS)
    kind: Kind = "user_fact"
    importance: float = Field(default=0.5, ge=0.0, le=1.0)
    tags: list[Tag] = Field(default_factory=list)
    emotion: str | None = Field(default=None, min_length=1, max_length=64)
    source: Source = "import"
    about: str | None = Field(default=None, min_length=1, max_length=200)
    id: str | None = Field(default=None, min_length=1, max_length=128, pattern=r"^[\w.:-]+$")
    created_at: Stamp | None = None
    updated_at: Stamp | None = None
    last_used_at: Stamp | None = None
    ttl_s: float | None = Field(default=None, gt=0)

    @field_validator("importance", "ttl_s", mode="before")
    @classmethod
    def _no_bool(cls, value: Any) -> Any:
        if isinstance(value, bool):
            raise ValueError(msg("must be a number, not true/false"))
        return value

    @field_validator("created_at", "updated_at", "last_used_at")
    @classmethod
    def _sane_time(cls, value: Stamp | None) -> Stamp | None:
        epoch = _to_epoch(value)
        if epoch is not None and not (0.0 <= epoch < 253402300800.0 and math.isfinite(epoch)):
            raise ValueError(msg("must be a time between 1970 and 9999"))
        return value

    def to_item(self) -> MemoryItem:
        return MemoryItem(
            id=self.id or "",
            text=self.text,
            kind=self.kind,
            importance=self.importance,
            tags=list(self.tags),
            emotion=self.emotion,
            source=self.source,
            about=self.about,
            created_at=_to_epoch(self.created_at) or 0.0,
            updated_at=_to_epoch(self.updated_at) or 0.0,
            last_used_at=_to_epoch(self.last_used_at),
            ttl_s=self.ttl_s,
        )


class MemoryFile(BaseModel):
    model_config = ConfigDict(extra="forbid")

    version: Literal[1]
    items: list[ItemIn] = Field(max_length=MAX_ITEMS)


# -- reading --------------------------------------------------------------------------


def _format_of(path: Path, fmt: str | None, text: str | None = None) -> str:
    if fmt:
        fmt = fmt.lower()
        if fmt not in ("json", "yaml"):
            raise ValueError(msg("unknown format {format}: use json or yaml", format=repr(fmt)))
        return fmt
    suffix = path.suffix.lower()
    if suffix == ".json":
        return "json"
    if suffix in (".yaml", ".yml"):
        return "yaml"
    if text is not None:
        return "json" if text.lstrip().startswith(("{", "[")) else "yaml"
    raise ValueError(
        msg("{file}: name it .json, .yaml or .yml (or give the format)", file=path.name)
    )


def _loc(loc: Sequence[int | str]) -> str:
    out = ""
    for part in loc:
        out += f"[{part}]" if isinstance(part, int) else (f".{part}" if out else str(part))
    return out or "file"


def _problems(exc: ValidationError) -> list[Message]:
    problems = []
    for err in exc.errors(include_url=False):
        got = err.get("input")
        where = _loc(err["loc"])
        reason = explain_file_error(err)
        if isinstance(got, dict | list):
            problems.append(msg("{field}: {reason}", field=where, reason=reason))
        else:
            problems.append(
                msg(
                    "{field}: {reason} (got {value})",
                    field=where,
                    reason=reason,
                    value=f"{got!r:.60}",
                )
            )
    return problems


def _unreadable(exc: OSError) -> Message:
    return msg("cannot read the file: {reason}", reason=exc.strerror or str(exc))


def read_memory_file(path: str | Path, fmt: str | None = None) -> list[MemoryItem]:
    """Parse and validate a memory file; the items, or ImportRejectedError (nothing else)."""
    path = Path(path)
    try:
        size = path.stat().st_size
    except OSError as exc:
        raise ImportRejectedError(path, [_unreadable(exc)]) from None
    if size > MAX_FILE_BYTES:
        raise ImportRejectedError(
            path,
            [
                msg(
                    "the file is {size} MB, over the {limit} MB limit",
                    size=f"{size / 1e6:.1f}",
                    limit=MAX_FILE_BYTES // 2**20,
                )
            ],
        )
    try:
        with path.open("rb") as fh:
            raw = fh.read(MAX_FILE_BYTES + 1)
    except OSError as exc:
        raise ImportRejectedError(path, [_unreadable(exc)]) from None
    if len(raw) > MAX_FILE_BYTES:  # grew while we looked
        raise ImportRejectedError(
            path, [msg("the file is over the {limit} MB limit", limit=MAX_FILE_BYTES // 2**20)]
        )
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise ImportRejectedError(
            path, [msg("not UTF-8 text (byte {position})", position=exc.start)]
        ) from None
    try:
        kind = _format_of(path, fmt, text)
    except ValueError as exc:
        raise ImportRejectedError(path, [said(exc)]) from None
    try:
        if kind == "json":
            data = json.loads(text)
        else:
            loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
            data = yaml.load(text, Loader=loader)  # a safe loader: plain data only
    except json.JSONDecodeError as exc:
        raise ImportRejectedError(
            path,
            [
                msg(
                    "invalid JSON at line {line}, column {column}: {reason}",
                    line=exc.lineno,
                    column=exc.colno,
                    reason=exc.msg,
                )
            ],
        ) from None
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        reason = getattr(exc, "problem", None) or str(exc).splitlines()[0]
        if mark:
            problem = msg(
                "invalid YAML at line {line}, column {column}: {reason}",
                line=mark.line + 1,
                column=mark.column + 1,
                reason=reason,
            )
        else:
            problem = msg("invalid YAML: {reason}", reason=reason)
        raise ImportRejectedError(path, [problem]) from None
    if not isinstance(data, dict):
        raise ImportRejectedError(
            path,
            [
                msg(
                    "the file must be a mapping like {example}",
                    example='{"version": 1, "items": [...]}',
                )
            ],
        )
    try:
        doc = MemoryFile.model_validate(data)
    except ValidationError as exc:
        raise ImportRejectedError(path, _problems(exc)) from None
    return [entry.to_item() for entry in doc.items]


# -- import ---------------------------------------------------------------------------


def import_memories(
    store: MemoryStore,
    path: str | Path,
    *,
    fmt: str | None = None,
    progress: Progress | None = None,
) -> ImportReport:
    """Import a JSON or YAML memory file into ``store``, all or nothing.

    ``progress(done, total)`` is called with 0 after validation, as items are embedded,
    and with ``total`` once everything is written. Blocking: run it in a worker thread.
    """
    path = Path(path)
    items = read_memory_file(path, fmt)
    try:
        prepared = store.prepare(items)
    except InvalidMemoryError as exc:
        raise ImportRejectedError(path, [said(exc)]) from None
    total = len(prepared)
    report = progress or (lambda done, total: None)
    report(0, total)
    if not prepared:
        report(total, total)
        return ImportReport(total=0, added=0, replaced=0)

    chunks = []
    for start in range(0, total, EMBED_CHUNK):
        chunk = prepared[start : start + EMBED_CHUNK]
        chunks.append(store.embedder.embed([it.text for it in chunk]))
        done = start + len(chunk)
        if done < total:
            report(done, total)
    embeddings = np.concatenate(chunks, axis=0)

    ids = [it.id for it in prepared]
    previous = store.get_many(ids)
    try:
        store.write(prepared, embeddings, replace=True)
    except Exception:
        _roll_back(store, ids, previous)
        raise
    report(total, total)
    return ImportReport(total=total, added=total - len(previous), replaced=len(previous), ids=ids)


def _roll_back(store: MemoryStore, ids: list[str], previous: list[MemoryItem]) -> None:
    """Undo a half-written import: remove its ids and put back what they replaced."""
    store.forget_many(ids)
    if previous:
        store.write(previous, store.embedder.embed([it.text for it in previous]))


# -- export ---------------------------------------------------------------------------


def _iso(t: float | None) -> str | None:
    if t is None:
        return None
    return datetime.fromtimestamp(t, tz=UTC).isoformat(timespec="microseconds")


def item_to_record(item: MemoryItem) -> dict[str, Any]:
    """One item as it appears in an export file."""
    return {
        "id": item.id,
        "text": item.text,
        "kind": item.kind,
        "importance": item.importance,
        "tags": list(item.tags),
        "emotion": item.emotion,
        "source": item.source,
        "about": item.about,
        "created_at": _iso(item.created_at),
        "updated_at": _iso(item.updated_at),
        "last_used_at": _iso(item.last_used_at),
        "ttl_s": item.ttl_s,
    }


def dump_memories(items: Sequence[MemoryItem], fmt: str) -> str:
    doc = {"version": FORMAT_VERSION, "items": [item_to_record(it) for it in items]}
    if fmt == "json":
        return json.dumps(doc, ensure_ascii=False, indent=2) + "\n"
    dumper = getattr(yaml, "CSafeDumper", yaml.SafeDumper)
    return yaml.dump(doc, Dumper=dumper, allow_unicode=True, sort_keys=False, width=100)


def export_memories(
    store: MemoryStore,
    path: str | Path,
    *,
    fmt: str | None = None,
    filters: MemoryFilter | None = None,
    progress: Progress | None = None,
) -> int:
    """Write the store's items (oldest first; expired ones too unless ``filters`` say
    otherwise) to a JSON or YAML file, atomically. How many items were written."""
    path = Path(path)
    kind = _format_of(path, fmt)
    items = store.all_items(filters)
    if progress:
        progress(0, len(items))
    text = dump_memories(items, kind)
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", dir=path.parent)
    try:
        with os.fdopen(fd, "w", encoding="utf-8", newline="\n") as fh:
            fh.write(text)
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
    if progress:
        progress(len(items), len(items))
    return len(items)

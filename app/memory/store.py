"""Neiri's long-term memory: a ChromaDB collection searched with local MiniLM embeddings.

One persistent collection (cosine space) holds every :class:`MemoryItem`: the text as
the document, the rest as scalar metadata. Tags are a string-list metadata value, which
Chroma filters with ``$contains`` (this Chroma version supports list values; an item
without tags simply has no ``tags`` key). Times are Unix seconds (float64 in Chroma, so
they round-trip exactly). ``expires_at`` is always stored (``FOREVER`` when the item has
no TTL) so one range filter hides expired items and another finds them for pruning.

Every method blocks (embedding is CPU work, Chroma writes to disk): the engine calls
them from its memory worker thread, never from the event loop. One lock serialises
writes, so a read-modify-write (``update``) is atomic within the process.
"""

from __future__ import annotations

import dataclasses
import math
import threading
import time
import uuid
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import chromadb
from chromadb.config import Settings

from app.core.messages import Message, msg, said
from app.memory.embeddings import MiniLMEmbedder, MiniLMEmbeddingFunction

KINDS = ("user_fact", "self_fact", "third_party", "chat", "emotion", "objective")
SOURCES = ("mic", "text", "twitch", "phone", "import", "manual")
# Kinds that may enter a prompt whoever is speaking: what she knows about herself,
# about people who are not viewers, and her own goals. Facts, chat and feelings about
# one viewer are recalled only when that viewer speaks.
SHARED_KINDS = ("self_fact", "third_party", "objective")
COLLECTION = "neiri_memories"
SCHEMA_VERSION = 1
FOREVER = 253402300799.0  # 9999-12-31T23:59:59Z: "never expires" as a sortable number
MAX_TEXT_CHARS = 10_000
MAX_TAG_CHARS = 64
# Fields update() may change; id and created_at are fixed, updated_at is set by the store.
EDITABLE = frozenset(
    {"text", "kind", "importance", "tags", "emotion", "source", "about", "ttl_s", "last_used_at"}
)


def new_id() -> str:
    return uuid.uuid4().hex


@dataclass(kw_only=True)
class MemoryItem:
    """One thing Neiri remembers.

    ``about`` is a user key (``local:me``, ``twitch:12345``, ``phone:+1555...``) or None.
    ``ttl_s`` None keeps it forever; otherwise it expires ``ttl_s`` after ``created_at``.
    An empty ``id`` or zero ``created_at`` is filled in by :meth:`MemoryStore.add`.
    """

    id: str = ""
    text: str
    kind: str = "user_fact"
    importance: float = 0.5
    tags: list[str] = field(default_factory=list)
    emotion: str | None = None
    source: str = "manual"
    about: str | None = None
    created_at: float = 0.0
    updated_at: float = 0.0
    last_used_at: float | None = None
    ttl_s: float | None = None

    @property
    def expires_at(self) -> float:
        return FOREVER if self.ttl_s is None else self.created_at + self.ttl_s

    def to_dict(self) -> dict[str, Any]:
        return dataclasses.asdict(self)


@dataclass(frozen=True, kw_only=True)
class MemoryFilter:
    """What :meth:`MemoryStore.list`, ``count`` and ``search`` keep.

    ``kind`` / ``about`` / ``source``: one value or several (any of them). ``tags``: the
    item must carry every one. ``text_contains``: a case-insensitive substring.
    """

    kind: str | Sequence[str] | None = None
    about: str | Sequence[str] | None = None
    source: str | Sequence[str] | None = None
    tags: Sequence[str] | None = None
    min_importance: float | None = None
    text_contains: str | None = None
    include_expired: bool = False


class InvalidMemoryError(ValueError):
    """A memory item or request is invalid; the message (a ``Message``, see
    :mod:`app.core.messages`) names the field: ``msg("{field}: {reason}")`` for one field,
    so the interface can show the translated ``reason`` under that field."""


def _field_error(field: str, reason: Message) -> InvalidMemoryError:
    """``<field>: <reason>`` as an InvalidMemoryError (``args["field"]``, ``args["reason"]``)."""
    return InvalidMemoryError(msg("{field}: {reason}", field=field, reason=reason))


def validate_item(item: MemoryItem) -> MemoryItem:
    """A cleaned copy of ``item`` (stripped text and tags, float numbers) or InvalidMemoryError."""
    text = item.text.strip() if isinstance(item.text, str) else ""
    if not text:
        raise _field_error("text", msg("must be a non-empty string"))
    if len(text) > MAX_TEXT_CHARS:
        raise _field_error("text", msg("longer than {limit} characters", limit=MAX_TEXT_CHARS))
    if item.kind not in KINDS:
        raise _field_error(
            "kind",
            msg("{value} is not one of {choices}", value=repr(item.kind), choices=", ".join(KINDS)),
        )
    if item.source not in SOURCES:
        raise _field_error(
            "source",
            msg(
                "{value} is not one of {choices}",
                value=repr(item.source),
                choices=", ".join(SOURCES),
            ),
        )
    try:
        importance = float(item.importance)
    except (TypeError, ValueError):
        raise _field_error("importance", msg("must be a number from 0 to 1")) from None
    if not 0.0 <= importance <= 1.0:
        raise _field_error("importance", msg("{value} is not between 0 and 1", value=importance))
    tags: list[str] = []
    for tag in item.tags or []:
        if not isinstance(tag, str) or not tag.strip():
            raise _field_error("tags", msg("{value} is not a non-empty string", value=repr(tag)))
        tag = tag.strip()
        if len(tag) > MAX_TAG_CHARS:
            raise _field_error(
                "tags",
                msg(
                    "{value}... is longer than {limit} characters",
                    value=repr(tag[:20]),
                    limit=MAX_TAG_CHARS,
                ),
            )
        if tag not in tags:
            tags.append(tag)
    for name in ("about", "emotion"):
        value = getattr(item, name)
        if value is not None and (not isinstance(value, str) or not value.strip()):
            raise _field_error(name, msg("must be a non-empty string or null"))
    if not isinstance(item.id, str) or len(item.id) > 128:
        raise _field_error("id", msg("must be a string of at most {limit} characters", limit=128))
    for name in ("created_at", "updated_at", "last_used_at"):
        value = getattr(item, name)
        if value is None and name == "last_used_at":
            continue
        if not isinstance(value, int | float) or not 0.0 <= value < FOREVER:
            raise _field_error(
                name, msg("{value} is not a time in Unix seconds", value=repr(value))
            )
    ttl = item.ttl_s
    if ttl is not None and (not isinstance(ttl, int | float) or not ttl > 0 or math.isinf(ttl)):
        raise _field_error(
            "ttl_s", msg("{value} must be a positive number of seconds or null", value=repr(ttl))
        )
    return dataclasses.replace(
        item,
        text=text,
        importance=importance,
        tags=tags,
        about=item.about.strip() if item.about else None,
        emotion=item.emotion.strip() if item.emotion else None,
        ttl_s=None if ttl is None else float(ttl),
    )


def _to_metadata(item: MemoryItem, *, for_update: bool = False) -> dict[str, Any]:
    meta: dict[str, Any] = {
        "kind": item.kind,
        "importance": float(item.importance),
        "source": item.source,
        "created_at": float(item.created_at),
        "updated_at": float(item.updated_at),
        "expires_at": float(item.expires_at),
        "tags": list(item.tags) or None,
        "emotion": item.emotion,
        "about": item.about,
        "last_used_at": item.last_used_at,
        "ttl_s": item.ttl_s,
    }
    # Chroma rejects empty lists; on update a None value deletes the key.
    return meta if for_update else {k: v for k, v in meta.items() if v is not None}


def _from_chroma(id_: str, text: str, meta: dict[str, Any]) -> MemoryItem:
    return MemoryItem(
        id=id_,
        text=text,
        kind=meta["kind"],
        importance=float(meta["importance"]),
        tags=list(meta.get("tags") or []),
        emotion=meta.get("emotion"),
        source=meta["source"],
        about=meta.get("about"),
        created_at=float(meta["created_at"]),
        updated_at=float(meta["updated_at"]),
        last_used_at=meta.get("last_used_at"),
        ttl_s=meta.get("ttl_s"),
    )


def _items(got: Any) -> list[MemoryItem]:
    """The items of a Chroma ``get`` result (ids, documents and metadatas)."""
    return [
        _from_chroma(*row)
        for row in zip(got["ids"], got["documents"], got["metadatas"], strict=True)
    ]


def _one_or_many(key: str, value: str | Sequence[str]) -> dict[str, Any]:
    if isinstance(value, str):
        return {key: value}
    values = list(value)
    return {key: values[0]} if len(values) == 1 else {key: {"$in": values}}


def _and(clauses: list[dict[str, Any]]) -> dict[str, Any] | None:
    if not clauses:
        return None
    return clauses[0] if len(clauses) == 1 else {"$and": clauses}


def build_where(f: MemoryFilter, now: float, *, expiry: bool = True) -> dict[str, Any] | None:
    """The Chroma ``where`` clause for a filter (None when it keeps everything).
    ``expiry=False`` leaves the "not expired" test out (the caller checks it)."""
    clauses: list[dict[str, Any]] = []
    for key in ("kind", "about", "source"):
        value = getattr(f, key)
        if value is not None:
            clauses.append(_one_or_many(key, value))
    clauses.extend({"tags": {"$contains": tag}} for tag in f.tags or ())
    if f.min_importance is not None:
        clauses.append({"importance": {"$gte": float(f.min_importance)}})
    if expiry and not f.include_expired:
        clauses.append({"expires_at": {"$gt": float(now)}})
    return _and(clauses)


def _values(value: str | Sequence[str]) -> tuple[str, ...]:
    return (value,) if isinstance(value, str) else tuple(value)


def matches(item: MemoryItem, f: MemoryFilter, now: float) -> bool:
    """``f`` evaluated in Python, exactly as :func:`build_where` asks Chroma to."""
    for key in ("kind", "about", "source"):
        value = getattr(f, key)
        if value is not None and getattr(item, key) not in _values(value):
            return False
    if f.tags and not set(f.tags) <= set(item.tags):
        return False
    if f.min_importance is not None and item.importance < f.min_importance:
        return False
    if f.text_contains and f.text_contains.lower() not in item.text.lower():
        return False
    return f.include_expired or item.expires_at > now


def _where_document(f: MemoryFilter) -> dict[str, Any] | None:
    if not f.text_contains:
        return None
    # Chroma's $regex uses Rust regex syntax; escape everything but letters and digits.
    escaped = "".join(c if c.isalnum() else f"\\x{{{ord(c):x}}}" for c in f.text_contains)
    return {"$regex": f"(?i){escaped}"}


@dataclass(frozen=True)
class RecallWeights:
    """How recall ranks candidates: mostly meaning, then importance, then freshness."""

    similarity: float = 0.7
    importance: float = 0.2
    recency: float = 0.1
    half_life_s: float = 30 * 86400.0
    min_similarity: float = 0.1


class MemoryStore:
    """Long-term memory on a Chroma ``PersistentClient`` at ``path``."""

    def __init__(
        self,
        path: str | Path,
        embedder: MiniLMEmbedder | None = None,
        *,
        clock: Callable[[], float] = time.time,
    ) -> None:
        self.path = Path(path)
        self.path.mkdir(parents=True, exist_ok=True)
        self.embedder = embedder if embedder is not None else MiniLMEmbedder.shared()
        self._clock = clock
        self._lock = threading.RLock()
        self._client = chromadb.PersistentClient(
            path=str(self.path), settings=Settings(anonymized_telemetry=False)
        )
        self._col = self._client.get_or_create_collection(
            name=COLLECTION,
            embedding_function=MiniLMEmbeddingFunction(self.embedder),
            configuration={"hnsw": {"space": "cosine"}},
            metadata={"neiri_schema": SCHEMA_VERSION},
        )
        space = (self._col.configuration.get("hnsw") or {}).get("space")
        if space != "cosine":
            raise InvalidMemoryError(
                msg(
                    "{path}: collection {collection} uses {space}, not cosine",
                    path=str(self.path),
                    collection=COLLECTION,
                    space=repr(space),
                )
            )
        self._max_batch = max(1, int(self._client.get_max_batch_size()))

    def close(self) -> None:
        """Release the Chroma client (its SQLite files) for this path."""
        with self._lock:
            self._client.close()

    def __enter__(self) -> MemoryStore:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def now(self) -> float:
        return float(self._clock())

    # -- writing ----------------------------------------------------------------

    def prepare(self, items: Iterable[MemoryItem]) -> list[MemoryItem]:
        """Validated copies with ids and timestamps filled in; raises on the first bad one."""
        now = self.now()
        out: list[MemoryItem] = []
        seen: set[str] = set()
        for i, raw in enumerate(items):
            try:
                item = validate_item(raw)
            except InvalidMemoryError as exc:
                raise InvalidMemoryError(
                    msg("items[{index}].{reason}", index=i, reason=said(exc))
                ) from None
            created = item.created_at or now
            item = dataclasses.replace(
                item,
                id=item.id or new_id(),
                created_at=created,
                updated_at=item.updated_at or created,
            )
            if item.id in seen:
                raise InvalidMemoryError(
                    msg(
                        "items[{index}].{reason}",
                        index=i,
                        reason=msg(
                            "{field}: {reason}",
                            field="id",
                            reason=msg("{value} appears twice", value=repr(item.id)),
                        ),
                    )
                )
            seen.add(item.id)
            out.append(item)
        return out

    def add(self, items: Iterable[MemoryItem]) -> list[str]:
        """Store new items (embedding them); their ids, in order. Existing ids are refused."""
        prepared = self.prepare(items)
        if not prepared:
            return []
        with self._lock:
            taken = self._col.get(ids=[it.id for it in prepared], include=[])["ids"]
            if taken:
                raise InvalidMemoryError(msg("id {value} already exists", value=repr(taken[0])))
            self.write(prepared, self.embedder.embed([it.text for it in prepared]))
        return [it.id for it in prepared]

    def write(self, items: Sequence[MemoryItem], embeddings: Any, *, replace: bool = False) -> None:
        """Low level: store prepared items with their embeddings (``upsert`` if ``replace``)."""
        with self._lock:
            op = self._col.upsert if replace else self._col.add
            for s in range(0, len(items), self._max_batch):
                chunk = items[s : s + self._max_batch]
                op(
                    ids=[it.id for it in chunk],
                    documents=[it.text for it in chunk],
                    embeddings=embeddings[s : s + self._max_batch],
                    metadatas=[_to_metadata(it) for it in chunk],
                )

    def update(self, id: str, **fields: Any) -> MemoryItem:
        """Change some fields of one item; re-embeds when the text changes."""
        unknown = set(fields) - EDITABLE
        if unknown:
            raise InvalidMemoryError(
                msg("cannot update {fields}", fields=", ".join(sorted(unknown)))
            )
        with self._lock:
            old = self.get(id)
            if old is None:
                raise KeyError(id)
            item = validate_item(dataclasses.replace(old, **fields))
            item.updated_at = self.now()
            kwargs: dict[str, Any] = {
                "ids": [id],
                "metadatas": [_to_metadata(item, for_update=True)],
            }
            if item.text != old.text:
                kwargs["documents"] = [item.text]
                kwargs["embeddings"] = self.embedder.embed([item.text])
            self._col.update(**kwargs)
            return item

    def touch(self, ids: Sequence[str], when: float | None = None) -> None:
        """Mark items as just used (``last_used_at``) without counting it as an edit."""
        if not ids:
            return
        when = self.now() if when is None else float(when)
        with self._lock:
            present = self._col.get(ids=list(ids), include=[])["ids"]
            if present:
                self._col.update(ids=present, metadatas=[{"last_used_at": when}] * len(present))

    def forget(self, id: str) -> bool:
        """Remove one item; False if there was none."""
        return self.forget_many([id]) == 1

    def forget_many(self, ids: Sequence[str]) -> int:
        """Remove the items among ``ids`` that exist; how many went."""
        if not ids:
            return 0
        with self._lock:
            present = self._col.get(ids=list(ids), include=[])["ids"]
            if present:
                self._col.delete(ids=present)
            return len(present)

    def forget_about(self, about: str) -> int:
        """Remove everything about one user; how many items went."""
        with self._lock:
            ids = self._col.get(where={"about": about}, include=[])["ids"]
            if ids:
                self._col.delete(ids=ids)
            return len(ids)

    def prune_expired(self, now: float | None = None) -> list[MemoryItem]:
        """Remove the items whose TTL has run out; the removed items (for the log)."""
        now = self.now() if now is None else float(now)
        with self._lock:
            got = self._col.get(where={"expires_at": {"$lte": now}})
            gone = _items(got)
            if gone:
                self._col.delete(ids=[it.id for it in gone])
            return gone

    # -- reading ----------------------------------------------------------------

    def get(self, id: str) -> MemoryItem | None:
        items = _items(self._col.get(ids=[id]))
        return items[0] if items else None

    def get_many(self, ids: Sequence[str]) -> list[MemoryItem]:
        """The items that exist among ``ids`` (in Chroma's order)."""
        if not ids:
            return []
        return _items(self._col.get(ids=list(ids)))

    def count(self, filters: MemoryFilter | None = None) -> int:
        if filters is None:
            filters = MemoryFilter()
        where = build_where(filters, self.now())
        where_doc = _where_document(filters)
        return len(self._col.get(where=where, where_document=where_doc, include=[])["ids"])

    def search(
        self,
        query: str,
        k: int = 5,
        kind: str | Sequence[str] | None = None,
        about: str | Sequence[str] | None = None,
        tags: Sequence[str] | None = None,
        min_importance: float | None = None,
        *,
        filters: MemoryFilter | None = None,
    ) -> list[tuple[MemoryItem, float]]:
        """The ``k`` live items closest in meaning to ``query`` that pass the filters,
        with their cosine similarity, best first."""
        f = filters or MemoryFilter(
            kind=kind, about=about, tags=tags, min_importance=min_importance
        )
        now = self.now()
        return self.nearest(
            self.embedder.embed([query]),
            k,
            build_where(f, now, expiry=False),
            lambda item: matches(item, f, now),
            _where_document(f),
        )

    def nearest(
        self,
        vec: Any,
        k: int,
        where: dict[str, Any] | None,
        keep: Callable[[MemoryItem], bool],
        where_document: dict[str, Any] | None = None,
    ) -> list[tuple[MemoryItem, float]]:
        """Top ``k`` by cosine similarity among items passing ``where`` and ``keep``.

        ``keep`` must hold wherever ``where`` does not (it is the same filter in Python,
        plus the expiry test). Chroma's filtered search costs 10-35 ms at 10,000 items
        (the filter is resolved row by row), its plain HNSW search ~1.5 ms. So: first ask
        for the nearest few without a filter and filter them here; if at least ``k`` pass,
        they are exactly the filtered top ``k`` (everything unseen is farther away).
        Only when too few pass does Chroma filter (the slow path).
        """
        if k <= 0:
            return []
        filtered = where is not None or where_document is not None
        # Each returned row costs ~70 us of metadata reading: probe wide enough that
        # broad filters succeed, narrow enough that a failed probe stays cheap.
        probe = 2 * k + 5 if filtered else k + 5
        hits = self._raw_query(vec, probe, None, None)
        found = [(item, sim) for item, sim in hits if keep(item)]
        if len(found) >= k or len(hits) < probe:
            return found[:k]
        n = k + 5
        while True:  # slow path; grows while expired-but-unpruned items crowd the top
            hits = self._raw_query(vec, n, where, where_document)
            found = [(item, sim) for item, sim in hits if keep(item)]
            if len(found) >= k or len(hits) < n:
                return found[:k]
            n *= 4

    def _raw_query(
        self,
        vec: Any,
        n: int,
        where: dict[str, Any] | None,
        where_document: dict[str, Any] | None,
    ) -> list[tuple[MemoryItem, float]]:
        res = self._col.query(
            query_embeddings=vec,
            n_results=int(n),
            where=where,
            where_document=where_document,
            include=["documents", "metadatas", "distances"],
        )
        rows = zip(res["ids"][0], res["documents"][0], res["metadatas"][0], strict=True)
        return [
            (_from_chroma(*row), 1.0 - float(dist))
            for row, dist in zip(rows, res["distances"][0], strict=True)
        ]

    # -- the prompt ---------------------------------------------------------------

    def recall_items(
        self,
        query: str,
        about: str | Sequence[str] | None = None,
        k: int = 5,
        *,
        weights: RecallWeights = RecallWeights(),
        now: float | None = None,
    ) -> list[tuple[MemoryItem, float]]:
        """Candidates for the prompt, ranked by similarity blended with importance and
        recency. With ``about`` set: items about that user plus shared kinds (her own
        facts, third parties, objectives), never another viewer's facts."""
        if k <= 0:
            return []
        now = self.now() if now is None else float(now)
        pool = 2 * k  # room for importance and recency to reorder
        vec = self.embedder.embed([query])
        if about is None:
            where = None

            def keep(item: MemoryItem) -> bool:
                return item.expires_at > now
        else:
            keys = _values(about)  # one person may have several identities
            where = {"$or": [{"about": {"$in": list(keys)}}, {"kind": {"$in": list(SHARED_KINDS)}}]}

            def keep(item: MemoryItem) -> bool:
                mine = item.about in keys or item.kind in SHARED_KINDS
                return mine and item.expires_at > now

        best: list[tuple[MemoryItem, float]] = []
        for item, sim in self.nearest(vec, pool, where, keep):
            if sim < weights.min_similarity:
                continue
            # Freshness is when the memory was formed or last edited, not when it was
            # last recalled: recalling must not keep promoting the same memories.
            age = max(0.0, now - item.updated_at)
            recency = 0.5 ** (age / weights.half_life_s)
            score = (
                weights.similarity * sim
                + weights.importance * item.importance
                + weights.recency * recency
            )
            best.append((item, score))
        best.sort(key=lambda pair: pair[1], reverse=True)
        return best[:k]

    def recall(
        self,
        query: str,
        about: str | Sequence[str] | None = None,
        k: int = 5,
        token_budget: int = 200,
        *,
        touch: bool = True,
        now: float | None = None,
    ) -> str:
        """The memory block for the prompt (see :meth:`recall_block`); marks the
        memories used when ``touch``."""
        block, used = self.recall_block(query, about, k, token_budget, now=now)
        if touch and used:
            self.touch(used, now)
        return block

    def recall_block(
        self,
        query: str,
        about: str | Sequence[str] | None = None,
        k: int = 5,
        token_budget: int = 200,
        *,
        now: float | None = None,
    ) -> tuple[str, list[str]]:
        """One ``- text`` line per memory, best first, never more than ``token_budget``
        tokens (counted with the embedding model's WordPiece tokenizer, a close estimate
        of an LLM's count for English), and the ids used. Memories that do not fit are
        left out whole; an empty block when nothing fits. Only reads: cheap enough for
        the path before the LLM request."""
        if token_budget <= 0 or k <= 0:
            return "", []
        lines: list[str] = []
        used: list[str] = []
        spent = 0
        for item, _score in self.recall_items(query, about, k, now=now):
            line = "- " + " ".join(item.text.split())
            cost = self.embedder.count_tokens(line)
            if spent + cost > token_budget:
                continue
            lines.append(line)
            used.append(item.id)
            spent += cost
        block = "\n".join(lines)
        # BERT's pre-tokenizer splits on whitespace, so line counts add up exactly; check
        # anyway, and drop lines from the end should a tokenizer ever merge across lines.
        while lines and self.embedder.count_tokens(block) > token_budget:
            lines.pop()
            used.pop()
            block = "\n".join(lines)
        return block, used

    def vectors(self, filters: MemoryFilter | None = None) -> tuple[list[MemoryItem], Any]:
        """Items matching ``filters`` with their stored embeddings (for consolidation)."""
        f = filters or MemoryFilter()
        got = self._col.get(
            where=build_where(f, self.now()),
            where_document=_where_document(f),
            include=["documents", "metadatas", "embeddings"],
        )
        return _items(got), got["embeddings"]

    # -- browsing (last: the method name ``list`` shadows the builtin in this class) ----

    def list(
        self, filters: MemoryFilter | None = None, limit: int = 100, offset: int = 0
    ) -> list[MemoryItem]:
        """Items matching ``filters`` in storage order, ``limit`` from ``offset``."""
        f = filters or MemoryFilter()
        got = self._col.get(
            where=build_where(f, self.now()),
            where_document=_where_document(f),
            limit=max(0, int(limit)),
            offset=max(0, int(offset)),
        )
        return _items(got)

    def all_items(self, filters: MemoryFilter | None = None) -> list[MemoryItem]:
        """Every item matching ``filters``, oldest first (for export and consolidation)."""
        f = filters or MemoryFilter(include_expired=True)
        got = self._col.get(where=build_where(f, self.now()), where_document=_where_document(f))
        items = _items(got)
        items.sort(key=lambda it: (it.created_at, it.id))
        return items

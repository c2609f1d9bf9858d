"""Memory as the engine uses it: recall before a turn, learning and tidying after.

All Chroma and embedding work runs on one ``neiri-memory`` thread, so the event loop
never waits for it and writes never race. The hot path is :meth:`MemoryService.recall`:
it only reads (one query embedding and one vector search, a few milliseconds) and the
caller gives it a deadline. Everything slower happens when Neiri is idle:

* **Extraction**: after a turn, the exchange is queued; when nobody has spoken for a
  moment, the LLM is asked for memorable facts (a JSON array). If a new turn starts
  while it thinks, the request is closed and the job waits for the next quiet moment,
  so her live reply never queues behind it on the same LLM server.
* **Consolidation** (on a schedule, also when idle): expired items are pruned,
  near-duplicates of the same kind about the same person merged, and old chat about
  one person summarised into one item.

Every automatic action goes to the memory log and every manual one to the audit log
(:mod:`app.storage.journal`), both readable in the Memory dialog.
"""

from __future__ import annotations

import asyncio
import contextlib
import json
import logging
import time
from collections.abc import Callable, Sequence
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

import numpy as np

from app.core.messages import msg, said
from app.logs import log_event
from app.storage.journal import audit, log_memory, read_audit, read_memory_log

if TYPE_CHECKING:
    from app.llm.provider import LLMProvider
    from app.memory.store import MemoryFilter, MemoryItem, MemoryStore
    from app.memory.transfer import ImportReport
    from app.storage.database import Database
    from app.storage.journal import AuditEntry, MemoryLogEntry

log = logging.getLogger("neiri.memory")

MAX_FACTS_PER_TURN = 5
MAX_FACT_CHARS = 300
EXTRACT_TIMEOUT_S = 90.0
QUEUE_LIMIT = 200


@dataclass
class MemoryOptions:
    enabled: bool = True
    recall_k: int = 6
    recall_tokens: int = 250
    recall_timeout_ms: float = 60.0
    extract: bool = True
    idle_before_work_s: float = 1.5
    consolidate_every_min: float = 30.0
    merge_similarity: float = 0.92
    summarize_after_days: float = 7.0
    summarize_min_items: int = 6
    session_ttl_h: float = 24.0


@dataclass(frozen=True)
class Exchange:
    """One finished turn, as the memory sees it."""

    speaker: str  # identity key
    speaker_name: str
    user_text: str
    reply_text: str
    source: str = "text"
    turn_id: int = 0
    character: str = "Neiri"


@dataclass
class ConsolidationReport:
    pruned: int = 0
    merged: int = 0
    summarized: int = 0
    stopped_early: bool = False
    actions: list[str] = field(default_factory=list)


class MemoryUnavailable(RuntimeError):
    """The memory store is not open (still loading, switched off, or failed)."""


EXTRACT_PROMPT_START = "You keep the long-term memory"
_EXTRACT_SYSTEM = (
    EXTRACT_PROMPT_START
    + """ of {character}, an AI streamer. Read the exchange and \
list what is worth remembering in later conversations:
- lasting facts about {speaker}: name, work, family, pets, likes and dislikes, plans, \
important events;
- facts {character} said about herself that she should stay consistent with;
- facts about other people {speaker} mentioned.
Skip greetings, small talk, questions, jokes and anything only guessed.
Write each fact as one short sentence in the third person that names who it is about \
({speaker} for the speaker, {character} for herself).
Answer with only a JSON array, [] when nothing is worth remembering. Each element is \
{{"about": "speaker" | "self" | "other", "kind": "user_fact" | "self_fact" | \
"third_party" | "objective" | "emotion", "text": "...", "importance": 0.0 to 1.0}}."""
)

_SUMMARY_SYSTEM = """\
Summarise these notes from earlier chats between {character} and {speaker} in at most \
three short sentences in the third person. Keep names, plans and feelings; drop \
small talk. Answer with the summary only."""

_ABOUT_KIND = {"speaker": "user_fact", "self": "self_fact", "other": "third_party"}


def parse_facts(text: str) -> list[dict[str, Any]]:
    """The JSON array in an LLM answer (tolerating prose or code fences around it)."""
    start, end = text.find("["), text.rfind("]")
    candidates: list[Any] = []
    if start != -1 and end > start:
        with contextlib.suppress(json.JSONDecodeError):
            value = json.loads(text[start : end + 1])
            candidates = value if isinstance(value, list) else []
    if not candidates:  # one JSON object per line
        for line in text.splitlines():
            line = line.strip().rstrip(",")
            if line.startswith("{"):
                with contextlib.suppress(json.JSONDecodeError):
                    candidates.append(json.loads(line))
    return [c for c in candidates if isinstance(c, dict)]


def facts_to_items(
    facts: Sequence[dict[str, Any]], exchange: Exchange, session_ttl_h: float
) -> list[MemoryItem]:
    """Validated memory items from the extractor's answer; bad elements are skipped."""
    from app.memory.store import KINDS, MemoryItem

    items: list[MemoryItem] = []
    for fact in facts[:MAX_FACTS_PER_TURN]:
        text = " ".join(str(fact.get("text") or "").split())
        if not text or len(text) > MAX_FACT_CHARS:
            continue
        about_role = str(fact.get("about") or "speaker").lower()
        kind = str(fact.get("kind") or _ABOUT_KIND.get(about_role, "user_fact"))
        if kind not in KINDS or kind == "chat":
            kind = _ABOUT_KIND.get(about_role, "user_fact")
        try:
            importance = min(1.0, max(0.0, float(fact.get("importance", 0.5))))
        except (TypeError, ValueError):
            importance = 0.5
        about = exchange.speaker if about_role == "speaker" or kind == "user_fact" else None
        source = (
            exchange.source if exchange.source in ("mic", "text", "twitch", "phone") else "text"
        )
        items.append(
            MemoryItem(
                text=text,
                kind=kind,
                importance=importance,
                about=about,
                source=source,
                ttl_s=session_ttl_h * 3600 if kind == "emotion" else None,
                tags=["extracted"],
            )
        )
    return items


class MemoryService:
    def __init__(
        self,
        folder: Path,
        database: Database,
        options: MemoryOptions | None = None,
        *,
        llm: Callable[[], LLMProvider | None] = lambda: None,
        busy: Callable[[], bool] = lambda: False,
        accept_fact: Callable[[str], bool] = lambda text: True,
        store_factory: Callable[[Path], MemoryStore] | None = None,
    ) -> None:
        self.folder = folder
        self.db = database
        self.options = options or MemoryOptions()
        self._llm = llm
        self._busy = busy
        self._accept_fact = accept_fact
        self._store_factory = store_factory
        self.store: MemoryStore | None = None
        self.error: str | None = None
        self._executor = ThreadPoolExecutor(max_workers=1, thread_name_prefix="neiri-memory")
        self._queue: asyncio.Queue[Exchange] | None = None
        self._tasks: list[asyncio.Task] = []
        self._prefetched: dict[tuple[str, ...], str] = {}
        self._quiet_since = time.monotonic()
        self.extracted = 0  # facts stored by extraction since start (for tests and the UI)
        self.jobs_done = 0
        self._opening: asyncio.Future | None = None

    # --- lifecycle ------------------------------------------------------------------

    @property
    def ready(self) -> bool:
        return self.store is not None

    async def _run(self, fn: Callable[..., Any], *args: Any) -> Any:
        return await asyncio.get_running_loop().run_in_executor(self._executor, fn, *args)

    async def open(self) -> None:
        """Open the store on the memory thread; on failure ``error`` says why."""

        def build() -> MemoryStore:
            if self._store_factory is not None:
                return self._store_factory(self.folder)
            from app.memory.store import MemoryStore

            store = MemoryStore(self.folder)
            store.embedder.embed(["warm up"])
            return store

        self._opening = asyncio.ensure_future(self._run(build))
        try:
            # shielded: a cancelled caller must not orphan a half-open store
            self.store = await asyncio.shield(self._opening)
        except Exception as exc:
            # a Message when the engine made it (e.g. ModelNotInstalledError): translatable
            self.error = said(exc)
            log_event(log, "memory.open_failed", self.error, level=logging.ERROR)
            raise
        self.error = None
        self._queue = asyncio.Queue(QUEUE_LIMIT)
        self._tasks = [
            asyncio.create_task(self._extraction_loop(), name="memory-extraction"),
            asyncio.create_task(self._schedule_loop(), name="memory-consolidation"),
        ]

    async def close(self) -> None:
        opening, self._opening = self._opening, None
        if opening is not None and not opening.done():
            # the thread cannot be stopped: let it finish, then close what it opened
            with contextlib.suppress(Exception):
                self.store = await opening
        for task in self._tasks:
            task.cancel()
        await asyncio.gather(*self._tasks, return_exceptions=True)
        self._tasks = []
        store, self.store = self.store, None
        if store is not None:
            await self._run(store.close)
        self._executor.shutdown(wait=False)

    def _require(self) -> MemoryStore:
        if self.store is None:
            raise MemoryUnavailable(
                self.error or msg("Memory is still loading; try again in a moment.")
            )
        return self.store

    # --- the hot path -------------------------------------------------------------------

    async def recall(self, keys: Sequence[str], text: str) -> str:
        """Memories for this speaker and topic within the token budget; within the
        deadline, else the last block prefetched for the speaker. Never raises."""
        o = self.options
        if not o.enabled or self.store is None or not text.strip():
            return ""
        slot = tuple(keys)
        store = self.store
        fut = asyncio.get_running_loop().run_in_executor(
            self._executor, self._recall_block, keys, text
        )
        try:
            block, used = await asyncio.wait_for(asyncio.shield(fut), o.recall_timeout_ms / 1000)
        except TimeoutError:
            log_event(log, "memory.recall_late", f"over {o.recall_timeout_ms:.0f} ms: prefetched")
            fut.add_done_callback(lambda f: self._keep_prefetch(slot, f))
            return self._prefetched.get(slot, "")
        except Exception as exc:
            log_event(log, "memory.recall_failed", str(exc), level=logging.WARNING)
            return self._prefetched.get(slot, "")
        self._prefetched[slot] = block
        if used:
            self._executor.submit(store.touch, used)
        return block

    def _recall_block(self, keys: Sequence[str], text: str) -> tuple[str, list[str]]:
        o = self.options
        return self._require().recall_block(text, list(keys), o.recall_k, o.recall_tokens)

    def _keep_prefetch(self, slot: tuple[str, ...], fut: asyncio.Future) -> None:
        if not fut.cancelled() and fut.exception() is None:
            self._prefetched[slot] = fut.result()[0]

    async def prefetch(self, keys: Sequence[str], text: str) -> None:
        """Recall for the likely next turn now, for use if a live recall runs late."""
        if self.store is None or not self.options.enabled or not text.strip():
            return
        block, _ = await self._run(self._recall_block, keys, text)
        self._prefetched[tuple(keys)] = block

    # --- after a turn ---------------------------------------------------------------------

    def mark_activity(self) -> None:
        """Someone spoke or she did: background work waits for the next quiet moment."""
        self._quiet_since = time.monotonic()

    def learn(self, exchange: Exchange) -> None:
        """Queue an exchange for fact extraction (dropped with a log line when full)."""
        if not (self.options.enabled and self.options.extract) or self._queue is None:
            return
        if not exchange.user_text.strip():
            return
        try:
            self._queue.put_nowait(exchange)
        except asyncio.QueueFull:
            log_event(
                log, "memory.queue_full", "an exchange was not examined", level=logging.WARNING
            )

    async def wait_quiet(self) -> None:
        """Until nobody has spoken, thought or played for ``idle_before_work_s``."""
        while True:
            quiet = time.monotonic() - self._quiet_since
            if not self._busy() and quiet >= self.options.idle_before_work_s:
                return
            if self._busy():
                self._quiet_since = time.monotonic()
            await asyncio.sleep(0.1)

    async def _ask_llm(self, messages: list[dict[str, str]], max_tokens: int) -> str | None:
        """The LLM's whole answer, or None if a turn started meanwhile (to retry later)."""
        llm = self._llm()
        if llm is None:
            raise MemoryUnavailable(msg("no language model is configured"))
        parts: list[str] = []

        async def collect() -> None:
            stream = llm.stream_chat(messages, temperature=0.1, max_tokens=max_tokens)
            async with contextlib.aclosing(stream):
                async for piece in stream:
                    parts.append(piece)

        task = asyncio.create_task(collect())
        deadline = time.monotonic() + EXTRACT_TIMEOUT_S
        while not task.done():
            if self._busy() or time.monotonic() > deadline:
                task.cancel()
                await asyncio.gather(task, return_exceptions=True)
                return None
            await asyncio.wait({task}, timeout=0.05)
        task.result()
        return "".join(parts)

    async def _extraction_loop(self) -> None:
        assert self._queue is not None
        failures = 0
        while True:
            exchange = await self._queue.get()
            while True:
                await self.wait_quiet()
                try:
                    stored = await self.extract(exchange)
                except asyncio.CancelledError:
                    raise
                except Exception as exc:
                    failures += 1
                    log_event(log, "memory.extract_failed", str(exc), level=logging.WARNING)
                    if failures <= 2:
                        await asyncio.sleep(2.0 * failures)
                        continue
                    stored = 0  # give up on this exchange; the conversation is in history
                if stored is None:  # interrupted by a live turn: try again when quiet
                    continue
                failures = 0
                self.jobs_done += 1
                break

    async def extract(self, exchange: Exchange) -> int | None:
        """Ask the LLM for facts in one exchange and store them; how many were stored
        (None when a live turn interrupted the request)."""
        system = _EXTRACT_SYSTEM.format(character=exchange.character, speaker=exchange.speaker_name)
        user = (
            f"{exchange.speaker_name}: {exchange.user_text.strip()}\n"
            f"{exchange.character}: {exchange.reply_text.strip()}"
        )
        answer = await self._ask_llm(
            [{"role": "system", "content": system}, {"role": "user", "content": user}], 400
        )
        if answer is None:
            return None
        items = [
            it
            for it in facts_to_items(parse_facts(answer), exchange, self.options.session_ttl_h)
            if self._accept_fact(it.text)
        ]
        if not items:
            return 0
        stored = await self._run(self._store_facts, items)
        self.extracted += stored
        return stored

    def _store_facts(self, items: list[MemoryItem]) -> int:
        """Add new facts; a near-duplicate of a known one refreshes it instead."""
        from app.memory.store import MemoryFilter

        store = self._require()
        added: list[str] = []
        refreshed: list[str] = []
        for item in items:
            f = MemoryFilter(kind=item.kind, about=item.about or None)
            near = store.search(item.text, 1, filters=f)
            if near and near[0][1] >= self.options.merge_similarity:
                old = near[0][0]
                store.update(
                    old.id,
                    text=item.text,
                    importance=max(old.importance, item.importance),
                    tags=sorted(set(old.tags) | set(item.tags)),
                )
                refreshed.append(old.id)
            else:
                added.extend(store.add([item]))
        if added:
            texts = "; ".join(it.text for it in items)
            self.db.call(log_memory, "extracted", texts, added)
        if refreshed:
            self.db.call(
                log_memory, "refreshed", f"{len(refreshed)} known facts said again", refreshed
            )
        return len(added) + len(refreshed)

    # --- consolidation ----------------------------------------------------------------

    async def _schedule_loop(self) -> None:
        period = max(60.0, self.options.consolidate_every_min * 60)
        await asyncio.sleep(min(period, 120.0))
        while True:
            await self.wait_quiet()
            try:
                await self.consolidate()
            except asyncio.CancelledError:
                raise
            except Exception as exc:
                log_event(log, "memory.consolidate_failed", str(exc), level=logging.WARNING)
            await asyncio.sleep(period)

    async def consolidate(self, now: float | None = None) -> ConsolidationReport:
        """Prune expired items, merge near-duplicates, summarise old chat. Stops early
        (and says so) when a turn starts; the rest waits for the next run."""
        store = self._require()
        report = ConsolidationReport()
        gone = await self._run(store.prune_expired, now)
        if gone:
            report.pruned = len(gone)
            await self.db.run(
                log_memory, "pruned", "; ".join(it.text for it in gone), [it.id for it in gone]
            )
        groups = await self._run(self._duplicate_groups)
        for keep, others in groups:
            if self._busy():
                report.stopped_early = True
                return report
            await self._run(self._merge, keep, others)
            report.merged += len(others)
        await self._summarize_old_chat(report, now)
        log_event(
            log,
            "memory.consolidated",
            f"pruned {report.pruned}, merged {report.merged}, summarized {report.summarized}",
        )
        return report

    def _duplicate_groups(self) -> list[tuple[MemoryItem, list[MemoryItem]]]:
        """Near-duplicates (cosine >= merge_similarity) of the same kind and person."""
        items, vectors = self._require().vectors()
        if not items:
            return []
        vecs = np.asarray(vectors, dtype=np.float32)
        buckets: dict[tuple[str, str | None], list[int]] = {}
        for i, item in enumerate(items):
            buckets.setdefault((item.kind, item.about), []).append(i)
        groups = []
        for idx in buckets.values():
            if len(idx) < 2:
                continue
            # best first: the most important, then the newest, absorbs the others
            idx.sort(key=lambda i: (items[i].importance, items[i].updated_at), reverse=True)
            sims = vecs[idx] @ vecs[idx].T
            taken: set[int] = set()
            for a in range(len(idx)):
                if a in taken:
                    continue
                dupes = [
                    b
                    for b in range(a + 1, len(idx))
                    if b not in taken and sims[a, b] >= self.options.merge_similarity
                ]
                if dupes:
                    taken.update(dupes)
                    groups.append((items[idx[a]], [items[idx[b]] for b in dupes]))
        return groups

    def _merge(self, keep: MemoryItem, others: list[MemoryItem]) -> None:
        store = self._require()
        tags = sorted(set(keep.tags).union(*(o.tags for o in others)))
        importance = max([keep.importance] + [o.importance for o in others])
        store.update(keep.id, tags=tags, importance=importance)
        store.forget_many([o.id for o in others])
        detail = f"kept {keep.text!r}; merged " + "; ".join(repr(o.text) for o in others)
        self.db.call(log_memory, "merged", detail, [keep.id] + [o.id for o in others])

    async def _summarize_old_chat(self, report: ConsolidationReport, now: float | None) -> None:
        from app.memory.store import MemoryFilter, MemoryItem

        store = self._require()
        now = store.now() if now is None else now
        cutoff = now - self.options.summarize_after_days * 86400
        chats = await self._run(store.all_items, MemoryFilter(kind="chat"))
        by_person: dict[str | None, list[MemoryItem]] = {}
        for item in chats:
            if item.created_at < cutoff and "summary" not in item.tags:
                by_person.setdefault(item.about, []).append(item)
        for about, old in by_person.items():
            if len(old) < self.options.summarize_min_items or self._llm() is None:
                continue
            await self.wait_quiet()
            speaker = about or "viewers"
            notes = "\n".join(f"- {it.text}" for it in old[-60:])
            answer = await self._ask_llm(
                [
                    {
                        "role": "system",
                        "content": _SUMMARY_SYSTEM.format(character="Neiri", speaker=speaker),
                    },
                    {"role": "user", "content": notes},
                ],
                200,
            )
            if answer is None:
                report.stopped_early = True
                return
            summary = " ".join(answer.split())[: MAX_FACT_CHARS * 2]
            if not summary:
                continue
            item = MemoryItem(
                text=summary,
                kind="chat",
                about=about,
                source=old[-1].source,
                importance=max(it.importance for it in old),
                tags=["summary"],
                created_at=old[-1].created_at,
            )

            def write(item: MemoryItem = item, old: list[MemoryItem] = old) -> list[str]:
                ids = store.add([item])
                store.forget_many([it.id for it in old])
                return ids

            ids = await self._run(write)
            report.summarized += len(old)
            await self.db.run(
                log_memory,
                "summarized",
                f"{len(old)} chat notes about {speaker} -> {summary!r}",
                ids + [it.id for it in old],
            )

    # --- the Memory dialog (manual changes are audited) -----------------------------

    async def search(
        self, query: str, filters: MemoryFilter | None = None, k: int = 50
    ) -> list[tuple[MemoryItem, float]]:
        store = self._require()
        return await self._run(lambda: store.search(query, k, filters=filters))

    async def list(
        self, filters: MemoryFilter | None = None, limit: int = 200, offset: int = 0
    ) -> list[MemoryItem]:
        store = self._require()
        return await self._run(lambda: store.list(filters, limit, offset))

    async def count(self, filters: MemoryFilter | None = None) -> int:
        store = self._require()
        return await self._run(store.count, filters)

    async def get(self, id: str) -> MemoryItem | None:
        return await self._run(self._require().get, id)

    async def add(self, item: MemoryItem) -> MemoryItem:
        store = self._require()
        [new_id] = await self._run(store.add, [item])
        added = await self._run(store.get, new_id)
        await self.db.run(audit, "memory", "add", new_id, None, added.to_dict())
        return added

    async def update(self, id: str, **fields: Any) -> MemoryItem:
        store = self._require()
        before = await self._run(store.get, id)
        if before is None:
            raise KeyError(id)
        after = await self._run(lambda: store.update(id, **fields))
        await self.db.run(audit, "memory", "edit", id, before.to_dict(), after.to_dict())
        return after

    async def forget(self, id: str) -> bool:
        store = self._require()
        before = await self._run(store.get, id)
        if before is None:
            return False
        await self._run(store.forget, id)
        await self.db.run(audit, "memory", "forget", id, before.to_dict(), None)
        return True

    async def forget_about(self, keys: Sequence[str], actor: str = "user") -> int:
        """Forget every memory about these identities (deleting a person)."""
        store = self._require()
        gone = 0
        for key in keys:
            gone += await self._run(store.forget_about, key)
        for slot in [s for s in self._prefetched if set(s) & set(keys)]:
            del self._prefetched[slot]
        await self.db.run(
            audit, "memory", "forget_about", ",".join(keys), None, {"forgotten": gone}, actor
        )
        return gone

    async def import_file(
        self, path: Path, progress: Callable[[int, int], None] | None = None
    ) -> ImportReport:
        """Import a JSON/YAML file, all or nothing; ``progress`` is called on the loop."""
        from app.memory.transfer import import_memories

        store = self._require()
        relay = self._on_loop(progress)  # made here: the memory thread has no loop
        report = await self._run(lambda: import_memories(store, path, progress=relay))
        await self.db.run(
            audit,
            "memory",
            "import",
            Path(path).name,
            None,
            {"added": report.added, "replaced": report.replaced},
        )
        return report

    async def export_file(
        self,
        path: Path,
        filters: MemoryFilter | None = None,
        progress: Callable[[int, int], None] | None = None,
    ) -> int:
        from app.memory.transfer import export_memories

        store = self._require()
        relay = self._on_loop(progress)
        return await self._run(
            lambda: export_memories(store, path, filters=filters, progress=relay)
        )

    def _on_loop(
        self, progress: Callable[[int, int], None] | None
    ) -> Callable[[int, int], None] | None:
        if progress is None:
            return None
        loop = asyncio.get_running_loop()
        return lambda done, total: loop.call_soon_threadsafe(progress, done, total)

    async def memory_log(self, limit: int = 500) -> list[MemoryLogEntry]:
        return await self.db.run(read_memory_log, limit)

    async def audit_log(self, limit: int = 500) -> list[AuditEntry]:
        return await self.db.run(read_audit, limit)

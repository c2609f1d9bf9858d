"""The memory service: LLM fact extraction against the fake Ollama (real client, real
MiniLM, real Chroma), yielding to live turns, consolidation, and the recall deadline."""

from __future__ import annotations

import asyncio
import json
import time
from pathlib import Path

import pytest

from app.llm.ollama_provider import OllamaProvider
from app.memory import MemoryFilter, MemoryItem, MemoryStore, MiniLMEmbedder
from app.memory.service import (
    EXTRACT_PROMPT_START,
    Exchange,
    MemoryOptions,
    MemoryService,
    parse_facts,
)
from app.storage.database import Database
from app.storage.journal import read_audit, read_memory_log
from tests.fakes.fake_ollama import FakeOllama

EXTRACT_MARK = EXTRACT_PROMPT_START
SUMMARY_MARK = "Summarise these notes"


class Clock:
    def __init__(self) -> None:
        self.t = time.time()

    def __call__(self) -> float:
        return self.t


def brain(facts: list[dict], summary: str = "Dan and Neiri chatted about games and racing."):
    """The fake LLM: JSON facts for extraction prompts, a summary for summaries."""

    def reply(messages):
        system = messages[0]["content"]
        if system.startswith(EXTRACT_MARK):
            return "Here you go:\n```json\n" + json.dumps(facts) + "\n```"
        if system.startswith(SUMMARY_MARK):
            return summary
        return "[emotion: happy] Okay!"

    return reply


@pytest.fixture(scope="module")
def embedder() -> MiniLMEmbedder:
    return MiniLMEmbedder.shared()


@pytest.fixture
def db(tmp_path: Path):
    database = Database(tmp_path / "neiri.db")
    yield database
    database.close()


async def make_service(tmp_path, db, embedder, fake=None, clock=None, busy=lambda: False, **opts):
    llm = OllamaProvider(base_url=fake.url, model="llama3.2") if fake else None
    options = MemoryOptions(**({"idle_before_work_s": 0.0} | opts))
    service = MemoryService(
        tmp_path / "memory",
        db,
        options,
        llm=lambda: llm,
        busy=busy,
        store_factory=lambda folder: MemoryStore(folder, embedder, clock=clock or time.time),
    )
    await service.open()
    return service, llm


async def until(predicate, within_s: float = 10.0) -> None:
    deadline = time.monotonic() + within_s
    while not predicate():
        assert time.monotonic() < deadline, "timed out"
        await asyncio.sleep(0.02)


DAN = Exchange(
    speaker="twitch:1001",
    speaker_name="Dan",
    user_text="I finally beat my Celeste record today, and my sister starts medical school!",
    reply_text="Wow, congratulations on both!",
    source="twitch",
)
DAN_FACTS = [
    {
        "about": "speaker",
        "kind": "user_fact",
        "text": "Dan holds a Celeste speedrun record.",
        "importance": 0.8,
    },
    {
        "about": "other",
        "kind": "third_party",
        "text": "Dan's sister starts medical school.",
        "importance": 0.6,
    },
    {"about": "speaker", "kind": "bogus", "text": "", "importance": "high"},  # skipped
]


def test_parse_facts_tolerates_prose_fences_and_lines() -> None:
    assert parse_facts('Sure! [{"text": "a"}] hope it helps') == [{"text": "a"}]
    assert parse_facts('{"text": "a"},\n{"text": "b"}\nnot json') == [{"text": "a"}, {"text": "b"}]
    assert parse_facts("nothing here") == [] and parse_facts("[1, 2]") == []


async def test_extraction_stores_facts_about_the_right_people(tmp_path, db, embedder):
    async with FakeOllama(reply=brain(DAN_FACTS), accept_any_model=True) as fake:
        service, llm = await make_service(tmp_path, db, embedder, fake)
        try:
            service.learn(DAN)
            await until(lambda: service.jobs_done == 1)
            about_dan = await service.list(MemoryFilter(about="twitch:1001"))
            shared = await service.list(MemoryFilter(kind="third_party"))
            # the speaker's name and the dialogue reached the extractor
            prompt = fake.requests[-1]["messages"]
            assert "Dan" in prompt[0]["content"] and "Celeste" in prompt[1]["content"]
        finally:
            await service.close()
            await llm.aclose()
    assert [m.text for m in about_dan] == ["Dan holds a Celeste speedrun record."]
    assert about_dan[0].source == "twitch" and about_dan[0].importance == 0.8
    assert [m.text for m in shared] == ["Dan's sister starts medical school."]
    log = db.call(read_memory_log)
    assert log[0].action == "extracted" and "Celeste" in log[0].detail


async def test_the_same_fact_twice_is_refreshed_not_duplicated(tmp_path, db, embedder):
    async with FakeOllama(reply=brain(DAN_FACTS[:1]), accept_any_model=True) as fake:
        service, llm = await make_service(tmp_path, db, embedder, fake)
        try:
            service.learn(DAN)
            service.learn(DAN)
            await until(lambda: service.jobs_done == 2)
            count = await service.count(MemoryFilter(about="twitch:1001"))
        finally:
            await service.close()
            await llm.aclose()
    assert count == 1
    assert [e.action for e in db.call(read_memory_log)] == ["refreshed", "extracted"]


async def test_extraction_waits_for_quiet_and_yields_to_a_live_turn(tmp_path, db, embedder):
    """A turn that starts while the extractor is thinking closes its LLM request (her
    reply must not queue behind it on the same server); the job runs again later."""
    busy = {"now": True}
    async with FakeOllama(
        reply=brain(DAN_FACTS[:1]), accept_any_model=True, token_delay_s=0.05
    ) as fake:
        service, llm = await make_service(
            tmp_path, db, embedder, fake, busy=lambda: busy["now"], idle_before_work_s=0.2
        )
        try:
            service.learn(DAN)
            await asyncio.sleep(0.5)
            assert fake.requests == []  # nothing while she is busy
            busy["now"] = False
            await until(lambda: len(fake.requests) == 1)
            await asyncio.sleep(0.15)  # mid-stream...
            busy["now"] = True  # ...a viewer speaks
            assert await fake.wait_cancelled(1, within_s=2.0)
            await asyncio.sleep(0.3)
            assert service.jobs_done == 0
            busy["now"] = False
            await until(lambda: service.jobs_done == 1)
            count = await service.count(MemoryFilter(about="twitch:1001"))
        finally:
            await service.close()
            await llm.aclose()
    assert count == 1 and len(fake.requests) == 2


async def test_an_unreachable_llm_gives_up_without_harm(tmp_path, db, embedder):
    fake = FakeOllama(accept_any_model=True)
    await fake.start()
    url = fake.url
    await fake.stop()  # nothing listens there now
    llm = OllamaProvider(base_url=url, model="x", connect_retries=0)
    service = MemoryService(
        tmp_path / "memory",
        db,
        MemoryOptions(idle_before_work_s=0.0),
        llm=lambda: llm,
        store_factory=lambda folder: MemoryStore(folder, embedder),
    )
    await service.open()
    try:
        service.learn(DAN)
        await until(lambda: service.jobs_done == 1, within_s=15)
        assert await service.count() == 0
    finally:
        await service.close()
        await llm.aclose()


async def test_consolidation_prunes_merges_and_summarises(tmp_path, db, embedder):
    clock = Clock()
    now = clock.t
    async with FakeOllama(reply=brain([]), accept_any_model=True) as fake:
        service, llm = await make_service(
            tmp_path, db, embedder, fake, clock=clock, summarize_min_items=3
        )
        try:
            store = service.store
            old = now - 30 * 86400
            store.add(
                [
                    MemoryItem(
                        text="Sora loves painting watercolour landscapes.",
                        about="twitch:2",
                        importance=0.4,
                    ),
                    MemoryItem(
                        text="Sora loves painting watercolor landscapes.",
                        about="twitch:2",
                        importance=0.7,
                        tags=["art"],
                    ),
                    MemoryItem(text="Sora is afraid of spiders.", about="twitch:2"),
                    MemoryItem(
                        text="Neiri felt sleepy this morning.",
                        kind="emotion",
                        ttl_s=3600,
                        created_at=now - 7200,
                    ),
                    *[
                        MemoryItem(
                            text=text,
                            kind="chat",
                            about="twitch:1",
                            created_at=old + i,
                        )
                        for i, text in enumerate(
                            [
                                "Dan talked about his new racing wheel.",
                                "Dan complained that his cat knocked over his coffee.",
                                "Dan asked Neiri for a good horror movie.",
                                "Dan said the weather in Liverpool was awful.",
                            ]
                        )
                    ],
                ]
            )
            report = await service.consolidate()
            sora = await service.list(MemoryFilter(about="twitch:2"))
            dan = await service.list(MemoryFilter(about="twitch:1"))
        finally:
            await service.close()
            await llm.aclose()
    assert (report.pruned, report.merged, report.summarized) == (1, 1, 4)
    kept = next(m for m in sora if "watercolo" in m.text)
    assert len(sora) == 2 and kept.importance == 0.7 and kept.tags == ["art"]
    assert [m.text for m in dan] == ["Dan and Neiri chatted about games and racing."]
    assert dan[0].kind == "chat" and "summary" in dan[0].tags
    actions = {e.action for e in db.call(read_memory_log)}
    assert {"pruned", "merged", "summarized"} <= actions


async def test_consolidation_stops_when_a_turn_starts(tmp_path, db, embedder):
    busy = {"now": False}
    service, _ = await make_service(tmp_path, db, embedder, busy=lambda: busy["now"])
    try:
        service.store.add(
            [
                MemoryItem(
                    text=f"Lena's dog Biscuit is twelve years old{'!' * i}", about="twitch:3"
                )
                for i in range(3)
            ]
            + [
                MemoryItem(text=f"Mika has a grey cat named Pudding{'!' * i}", about="local:me")
                for i in range(3)
            ]
        )
        busy["now"] = True
        report = await service.consolidate()
        assert report.stopped_early and report.merged == 0
        busy["now"] = False
        report = await service.consolidate()
        assert report.merged == 4 and await service.count() == 2
    finally:
        await service.close()


async def test_recall_falls_back_to_the_prefetched_block_when_late(tmp_path, db, embedder):
    service, _ = await make_service(tmp_path, db, embedder)
    try:
        service.store.add([MemoryItem(text="Mika's cat is called Pudding.", about="local:me")])
        await service.prefetch(["local:me"], "tell me about my cat")
        assert "Pudding" in await service.recall(["local:me"], "what is my cat called?")
        service.options.recall_timeout_ms = 0.001  # nothing can be that fast
        assert "Pudding" in await service.recall(["local:me"], "what is my cat called?")
        assert await service.recall(["twitch:99"], "what is my cat called?") == ""  # no prefetch
    finally:
        await service.close()


async def test_manual_changes_are_audited_and_forget_about_is_complete(tmp_path, db, embedder):
    service, _ = await make_service(tmp_path, db, embedder)
    try:
        a = await service.add(MemoryItem(text="Lena writes Rust at work.", about="twitch:3"))
        await service.add(MemoryItem(text="Lena runs a marathon every autumn.", about="twitch:3"))
        await service.update(a.id, importance=0.9)
        await service.forget(a.id)
        assert await service.forget_about(["twitch:3"]) == 1
        assert await service.count(MemoryFilter(about="twitch:3")) == 0
        assert await service.recall(["twitch:3"], "what does Lena do for work?") == ""
    finally:
        await service.close()
    actions = [e.action for e in db.call(read_audit)]
    assert actions == ["forget_about", "forget", "edit", "add", "add"]

"""She remembers, end to end: the real engine (text turns) with memory, relationships
and moderation on, against the fake Ollama speaking the real wire protocol."""

from __future__ import annotations

import asyncio
import json
import time

from app.conversation.history import History
from app.conversation.turn import Speaker
from app.core.events import InputBlocked, ReplyText, TurnFinished
from app.engine import AudioPlan
from app.llm.prompt import CONTEXT_HEADER
from app.memory import MemoryFilter
from app.memory.service import EXTRACT_PROMPT_START
from app.storage.database import Database
from tests.fakes.fake_ollama import FakeOllama
from tests.integration.harness import chat_requests, engine_settings, start_engine

EXTRACT_MARK = EXTRACT_PROMPT_START


def context_of(request: dict) -> str:
    """The per-turn context message the engine put before the user's words."""
    messages = request["messages"]
    assert messages[-1]["role"] == "user"
    ctx = messages[-2]
    return (
        ctx["content"]
        if ctx["role"] == "system" and ctx["content"].startswith(CONTEXT_HEADER)
        else ""
    )


def brain(messages):
    system = messages[0]["content"]
    if system.startswith(EXTRACT_MARK):
        said = messages[1]["content"]
        if "Pudding" in said:
            return json.dumps(
                [
                    {
                        "about": "speaker",
                        "kind": "user_fact",
                        "text": "Mika's cat is called Pudding.",
                        "importance": 0.8,
                    }
                ]
            )
        return "[]"
    ctx = messages[-2]["content"] if messages[-2]["role"] == "system" else ""
    if "Pudding" in ctx and "cat" in messages[-1]["content"]:
        return "[emotion: happy] Your cat is Pudding, of course!"
    return "[emotion: happy] Nice to hear from you!"


async def until(predicate, within_s: float = 20.0) -> None:
    deadline = time.monotonic() + within_s
    while not predicate():
        assert time.monotonic() < deadline, "timed out"
        await asyncio.sleep(0.05)


async def talk(run, text: str, speaker: Speaker | None = None):
    turn = await run.engine.send_text(text, speaker=speaker)
    await run.engine.conversation.wait(turn)
    return turn


def text_settings(url: str):
    settings = engine_settings(url)
    settings.server.enabled = False
    settings.memory.recall_timeout_ms = 2000  # CI machines are slow; the bench measures speed
    return settings


async def test_she_learns_a_fact_and_uses_it_next_time_even_after_a_restart():
    mika = Speaker("local:me", "Mika")
    async with FakeOllama(reply=brain, accept_any_model=True) as fake:
        run = await start_engine(text_settings(fake.url), AudioPlan("none", listen=False))
        try:
            await until(lambda: run.engine.memory.ready)
            await talk(run, "My cat is called Pudding and she is grey.", mika)
            await until(lambda: run.engine.memory.extracted >= 1)
            turn = await talk(run, "Do you remember my cat's name?", mika)
            ctx = context_of(chat_requests(fake)[-1])
            people = await run.engine.people.list_people()
        finally:
            await run.engine.stop()
        assert "Pudding" in ctx and "Mika" in ctx  # the memory and the speaker's card
        assert "Pudding" in turn.full_reply
        assert people[0].name == "Mika" and people[0].interactions == 2

        # a new process: the memory and the relationship are still there
        run = await start_engine(text_settings(fake.url), AudioPlan("none", listen=False))
        try:
            await until(lambda: run.engine.memory.ready)
            turn = await talk(run, "What is my cat called again?", mika)
            ctx = context_of(chat_requests(fake)[-1])
        finally:
            await run.engine.stop()
        assert "Pudding" in ctx and "talked 2 times" in ctx
        assert "Pudding" in turn.full_reply
        # the system prompt (the cached prefix) is the same for every chat request
        systems = {r["messages"][0]["content"] for r in chat_requests(fake)}
        assert len(systems) == 1


async def test_one_viewers_memories_never_reach_anothers_prompt():
    async with FakeOllama(reply=brain, accept_any_model=True) as fake:
        run = await start_engine(text_settings(fake.url), AudioPlan("none", listen=False))
        try:
            await until(lambda: run.engine.memory.ready)
            await talk(run, "My cat is called Pudding.", Speaker("twitch:1", "Sora"))
            await until(lambda: run.engine.memory.extracted >= 1)
            await talk(run, "What is my cat's name?", Speaker("twitch:2", "Dan"))
            ctx = context_of(chat_requests(fake)[-1])
        finally:
            await run.engine.stop()
    assert "Pudding" not in ctx and "Dan" in ctx


async def test_deleting_a_person_forgets_them_everywhere():
    sora = Speaker("twitch:1", "Sora")
    async with FakeOllama(reply=brain, accept_any_model=True) as fake:
        run = await start_engine(text_settings(fake.url), AudioPlan("none", listen=False))
        try:
            engine = run.engine
            await until(lambda: engine.memory.ready)
            await talk(run, "My cat is called Pudding.", sora)
            await until(lambda: engine.memory.extracted >= 1)
            await engine.conversation.flush()
            info = await engine.people.find("twitch:1")
            keys = await engine.people.delete(info.id)
            await engine.memory.forget_about(keys)
            left = await engine.memory.count(MemoryFilter(about="twitch:1"))
            person = await engine.people.find("twitch:1")
            turns = await engine.history.recent(50)
        finally:
            await run.engine.stop()
    assert left == 0 and person is None
    assert all(t.speaker != "twitch:1" for t in turns)


async def test_blocked_input_never_reaches_the_model_and_gets_a_friendly_no():
    async with FakeOllama(reply=brain, accept_any_model=True) as fake:
        run = await start_engine(text_settings(fake.url), AudioPlan("none", listen=False))
        try:
            before = len(chat_requests(fake))
            turn = await talk(run, "you are a fucking idiot", Speaker("twitch:66", "Troll"))
            after = len(chat_requests(fake))
            await talk(run, "ok sorry, what games do you like?", Speaker("twitch:66", "Troll"))
            last = chat_requests(fake)[-1]["messages"]
            troll = await run.engine.people.find("twitch:66")
        finally:
            await run.engine.stop()
    assert after == before  # nothing was sent
    blocked = run.of(InputBlocked)
    assert blocked and blocked[0].turn_id == turn.id and blocked[0].reasons
    said = " ".join(e.text for e in run.of(ReplyText) if e.turn_id == turn.id)
    assert said in " ".join(run.engine.character.moderation.blocked_replies)
    # the blocked words are not in any later prompt either
    assert all("idiot" not in m["content"] for m in last)
    assert troll.affinity < 0


async def test_flagged_words_are_cleaned_before_she_says_them():
    async with FakeOllama(
        reply="[emotion: happy] That boss fight was fucking hard. But we won!",
        accept_any_model=True,
    ) as fake:
        run = await start_engine(text_settings(fake.url), AudioPlan("none", listen=False))
        try:
            turn = await talk(run, "How was the game?")
        finally:
            await run.engine.stop()
    said = " ".join(e.text for e in run.of(ReplyText) if e.turn_id == turn.id)
    finished = next(e for e in run.of(TurnFinished) if e.turn_id == turn.id)
    assert "fuck" not in said.lower() and "fuck" not in finished.reply_text.lower()
    assert "boss fight" in said and "we won" in said


async def test_a_turn_after_restart_picks_up_the_conversation():
    async with FakeOllama(reply=brain, accept_any_model=True) as fake:
        run = await start_engine(text_settings(fake.url), AudioPlan("none", listen=False))
        try:
            await talk(run, "Let's plan a cozy stream for Friday.", Speaker("local:me", "Mika"))
        finally:
            await run.engine.stop()
        db = Database(run.engine.paths.db_file)
        try:
            stored = History(db, "reader").recent_sync(5)
        finally:
            db.close()
        assert stored[-1].source == "text" and stored[-1].speaker == "local:me"
        run = await start_engine(text_settings(fake.url), AudioPlan("none", listen=False))
        try:
            await talk(run, "So, what did we plan?")
            messages = chat_requests(fake)[-1]["messages"]
        finally:
            await run.engine.stop()
    assert any("cozy stream for Friday" in m["content"] for m in messages if m["role"] == "user")

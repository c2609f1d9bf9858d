"""Relationships: identities, feelings that move with interactions, the card, privacy,
merge, delete-everything, and CSV import that is all-or-nothing."""

from __future__ import annotations

import asyncio
import datetime as dt
from pathlib import Path

import pytest

from app.conversation.history import History
from app.llm.prompt import estimate_tokens
from app.people.store import (
    InvalidPersonError,
    PeopleImportError,
    Relationships,
    card_for,
    parse_key,
)
from app.storage.database import Database
from app.storage.journal import read_audit


@pytest.fixture
def db(tmp_path: Path):
    database = Database(tmp_path / "neiri.db")
    yield database
    database.close()


def run(coro):
    return asyncio.run(coro)


def test_keys_are_validated_and_phone_numbers_normalised() -> None:
    assert parse_key("twitch:12345") == ("twitch", "12345")
    assert parse_key("phone:+1 (555) 123-4567") == ("phone", "+15551234567")
    for bad in ("", "twitch", ":12", "Twitch:1", "phone:abc", "a b:1"):
        with pytest.raises(InvalidPersonError, match=r"platform:id|phone number"):
            parse_key(bad)


def test_interactions_warm_her_up_and_the_card_says_so(db) -> None:
    people = Relationships(db)

    async def go():
        first = await people.identify("twitch:1001", "DanTheRunner")
        assert first.interactions == 0 and first.affinity == 0.0
        card = card_for(first, "twitch:1001")
        assert "DanTheRunner" in card and "first time" in card  # friendly by default
        for _ in range(30):
            await people.record("twitch:1001", source="twitch", outcome="ok")
        return await people.find("twitch:1001")

    dan = run(go())
    assert dan.interactions == 30
    assert 0.3 < dan.affinity < 1.0 and dan.trust > 0.3
    card = card_for(dan, "twitch:1001")
    assert "talked 30 times" in card and "Twitch chat" in card
    assert "first time" not in card


def test_blocked_messages_cool_her_down(db) -> None:
    people = Relationships(db)

    async def go():
        for _ in range(5):
            await people.record("twitch:7", outcome="ok")
        before = await people.find("twitch:7")
        await people.record("twitch:7", outcome="blocked")
        return before, await people.find("twitch:7")

    before, after = run(go())
    assert after.affinity < before.affinity
    assert after.trust < before.trust
    assert after.interactions == before.interactions  # a blocked message is not a chat


def test_the_card_never_exceeds_its_budget(db) -> None:
    people = Relationships(db)
    long_notes = " ".join(
        f"note{i} about their stream schedule and favourite games" for i in range(30)
    )

    async def go():
        info = await people.identify("local:me", "Mika")
        return await people.update(info.id, notes=long_notes, tags=["regular", "artist"])

    info = run(go())
    for budget in (200, 120, 60, 30):
        card = card_for(info, "local:me", budget)
        assert estimate_tokens(card) <= budget
    assert "Notes:" in card_for(info, "local:me", 200)  # the notes are cut, not dropped


def test_per_person_privacy_switch_stops_recording(db) -> None:
    people = Relationships(db)

    async def go():
        info = await people.identify("twitch:9", "Quiet")
        await people.update(info.id, remember=False)
        await people.record("twitch:9", outcome="ok")
        after = await people.find("twitch:9")
        events = await people.interactions(info.id)
        return after, events, await people.card("twitch:9"), await people.may_remember("twitch:9")

    after, events, card, may = run(go())
    assert after.interactions == 0 and events == [] and card == "" and may is False


def test_global_switch_off_records_nothing(db) -> None:
    people = Relationships(db, enabled=False)

    async def go():
        await people.record("twitch:5", outcome="ok")
        return await people.find("twitch:5"), await people.card("twitch:5")

    assert run(go()) == (None, "")


def test_merge_keeps_both_identities_and_the_history(db) -> None:
    people = Relationships(db)

    async def go():
        for _ in range(4):
            await people.record("twitch:1", outcome="ok", display_name="Sora")
        for _ in range(2):
            await people.record("phone:+15550001", outcome="ok")
        a = await people.find("twitch:1")
        b = await people.find("phone:+15550001")
        merged = await people.merge(a.id, b.id)
        return merged, await people.list_people(), await people.keys_of("phone:+15550001")

    merged, everyone, keys = run(go())
    assert merged.keys == ["twitch:1", "phone:+15550001"]
    assert merged.interactions == 6 and len(everyone) == 1
    assert set(keys) == {"twitch:1", "phone:+15550001"}
    actions = [e.action for e in db.call(read_audit)]
    assert "merge" in actions
    with pytest.raises(InvalidPersonError):
        run(people.merge(merged.id, merged.id))


def test_delete_removes_the_person_interactions_and_turns(db) -> None:
    people = Relationships(db)
    history = History(db, "s1")

    async def go():
        await people.record("twitch:42", outcome="ok")
        await history.save_turn(turn_id=1, speaker="twitch:42", user_text="hi from 42")
        await history.save_turn(turn_id=2, speaker="local:me", user_text="hi from me")
        info = await people.find("twitch:42")
        keys = await people.delete(info.id)
        return keys, await people.find("twitch:42"), await history.recent(10)

    keys, gone, turns = run(go())
    assert keys == ["twitch:42"] and gone is None
    assert [t.user_text for t in turns] == ["hi from me"]  # only the other speaker's turn


def test_csv_round_trip_and_a_bad_file_changes_nothing(db, tmp_path: Path) -> None:
    people = Relationships(db)
    out = tmp_path / "people.csv"

    async def setup():
        info = await people.identify("twitch:1", "Lena")
        await people.update(info.id, nickname="Lena", notes="Runs marathons, line 1\nline 2")
        await people.record("twitch:1", outcome="ok")
        return await people.export_csv(out)

    assert run(setup()) == 1

    bad = tmp_path / "bad.csv"
    bad.write_text(
        "nickname,identities,affinity\nNew,twitch:2,0.5\nBroken,not a key,7\n", encoding="utf-8"
    )
    with pytest.raises(PeopleImportError) as err:
        run(people.import_csv(bad))
    assert any("row 3" in p for p in err.value.problems)
    assert run(people.find("twitch:2")) is None  # the good row was not imported either

    fresh = Database(tmp_path / "other.db")
    try:
        other = Relationships(fresh)
        assert run(other.import_csv(out)) == 1
        lena = run(other.find("twitch:1"))
        assert lena.nickname == "Lena" and "line 2" in lena.notes and lena.interactions == 1
    finally:
        fresh.close()


def test_an_old_database_gains_the_new_columns(tmp_path: Path) -> None:
    """A version-1 file (turns only, no speaker column) opens and keeps its turns."""
    import sqlite3

    path = tmp_path / "old.db"
    con = sqlite3.connect(path)
    con.executescript(
        """
        CREATE TABLE turns (id INTEGER PRIMARY KEY, created_at DATETIME, session VARCHAR,
          turn_id INTEGER, source VARCHAR, character VARCHAR, user_text TEXT, reply_text TEXT,
          full_reply TEXT, interrupted INTEGER, failed INTEGER, emotion VARCHAR);
        CREATE TABLE schema_info (id INTEGER PRIMARY KEY, version INTEGER);
        INSERT INTO schema_info (version) VALUES (1);
        """
    )
    now = dt.datetime.now(dt.UTC).isoformat(sep=" ")
    con.execute(
        "INSERT INTO turns (created_at, session, turn_id, source, character, user_text,"
        " reply_text, full_reply, interrupted, failed, emotion)"
        " VALUES (?, 's', 1, 'mic', 'neiri', 'old words', 'old reply', '', 0, 0, 'happy')",
        (now,),
    )
    con.commit()
    con.close()
    database = Database(path)
    try:
        turns = History(database, "s2").recent_sync(10)
        assert [t.user_text for t in turns] == ["old words"]
        assert turns[0].speaker == "local:me" and turns[0].moderated is False
    finally:
        database.close()

"""The conversation's recent turns, kept in SQLite (peewee, WAL) so nothing said is lost.

All methods are blocking and meant for a worker thread; :class:`History` wraps them
in one single-thread executor so writes stay ordered and the loop never waits on disk.
"""

from __future__ import annotations

import asyncio
import datetime as dt
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from pathlib import Path

import peewee

SCHEMA_VERSION = 1

_db = peewee.SqliteDatabase(None)


class _Model(peewee.Model):
    class Meta:
        database = _db


class TurnRecord(_Model):
    created_at = peewee.DateTimeField(default=lambda: dt.datetime.now(dt.UTC), index=True)
    session = peewee.CharField(index=True)
    turn_id = peewee.IntegerField()
    source = peewee.CharField(default="mic")  # mic | text | twitch | phone
    character = peewee.CharField(default="neiri")
    user_text = peewee.TextField(default="")
    reply_text = peewee.TextField(default="")  # what she heard herself say (all of it if finished)
    full_reply = peewee.TextField(default="")  # what the model generated
    interrupted = peewee.BooleanField(default=False)
    failed = peewee.BooleanField(default=False)
    emotion = peewee.CharField(default="neutral")

    class Meta:
        table_name = "turns"


class SchemaInfo(_Model):
    version = peewee.IntegerField()

    class Meta:
        table_name = "schema_info"


@dataclass(frozen=True)
class PastTurn:
    user_text: str
    reply_text: str  # what she said out loud (for a failed turn, maybe an app line)
    interrupted: bool
    created_at: dt.datetime
    failed: bool = False
    full_reply: str = ""  # what the model itself generated


def open_database(path: Path) -> peewee.SqliteDatabase:
    path.parent.mkdir(parents=True, exist_ok=True)
    _db.init(
        str(path),
        pragmas={"journal_mode": "wal", "synchronous": "normal", "foreign_keys": 1},
        check_same_thread=False,
    )
    _db.connect(reuse_if_open=True)
    _db.create_tables([TurnRecord, SchemaInfo])
    if SchemaInfo.select().count() == 0:
        SchemaInfo.create(version=SCHEMA_VERSION)
    return _db


class History:
    def __init__(self, db_path: Path, session: str, character: str = "neiri") -> None:
        self.db_path = db_path
        self.session = session
        self.character = character
        self._executor = ThreadPoolExecutor(max_workers=1, thread_name_prefix="neiri-db")
        self._executor.submit(open_database, db_path).result()

    async def _run(self, fn, *args):
        return await asyncio.get_running_loop().run_in_executor(self._executor, fn, *args)

    def _save(self, fields: dict) -> int:
        return TurnRecord.create(session=self.session, character=self.character, **fields).id

    async def save_turn(self, **fields) -> int:
        """Store a turn (user_text, reply_text, full_reply, interrupted, failed, ...)."""
        return await self._run(self._save, fields)

    def _recent(self, limit: int, since: dt.datetime | None) -> list[PastTurn]:
        query = TurnRecord.select().where(TurnRecord.character == self.character)
        if since is not None:
            query = query.where(TurnRecord.created_at >= since)
        rows = list(query.order_by(TurnRecord.id.desc()).limit(limit))
        return [
            PastTurn(
                r.user_text,
                r.reply_text,
                r.interrupted,
                r.created_at,
                failed=r.failed,
                full_reply=r.full_reply,
            )
            for r in reversed(rows)
        ]

    async def recent(self, limit: int, since: dt.datetime | None = None) -> list[PastTurn]:
        return await self._run(self._recent, limit, since)

    def recent_sync(self, limit: int, since: dt.datetime | None = None) -> list[PastTurn]:
        return self._executor.submit(self._recent, limit, since).result()

    def close(self) -> None:
        self._executor.submit(_db.close).result()
        self._executor.shutdown(wait=True)

"""The conversation's turns, kept in SQLite (peewee, WAL) so nothing said is lost.

The blocking functions run on the :class:`~app.storage.Database` thread; :class:`History`
wraps them so the loop never waits on the disk and writes stay ordered.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from pathlib import Path

import peewee

from app.conversation.turn import LOCAL_KEY
from app.storage.database import BaseModel, Database, register


@register
class TurnRecord(BaseModel):
    created_at = peewee.DateTimeField(default=lambda: dt.datetime.now(dt.UTC), index=True)
    session = peewee.CharField(index=True)
    turn_id = peewee.IntegerField()
    source = peewee.CharField(default="mic")  # mic | text | twitch | phone | remote
    speaker = peewee.CharField(default=LOCAL_KEY, index=True)  # identity key
    character = peewee.CharField(default="neiri")
    user_text = peewee.TextField(default="")
    reply_text = peewee.TextField(default="")  # what she heard herself say (all of it if finished)
    full_reply = peewee.TextField(default="")  # what the model generated
    interrupted = peewee.BooleanField(default=False)
    failed = peewee.BooleanField(default=False)
    moderated = peewee.BooleanField(default=False)  # blocked input: never sent to the model
    emotion = peewee.CharField(default="neutral")

    class Meta:
        table_name = "turns"


@dataclass(frozen=True)
class PastTurn:
    user_text: str
    reply_text: str  # what she said out loud (for a failed turn, maybe an app line)
    interrupted: bool
    created_at: dt.datetime
    failed: bool = False
    full_reply: str = ""  # what the model itself generated
    speaker: str = LOCAL_KEY
    source: str = "mic"
    moderated: bool = False


class History:
    def __init__(self, database: Database | Path, session: str, character: str = "neiri") -> None:
        self._owned = not isinstance(database, Database)
        self.db = Database(database) if self._owned else database
        self.session = session
        self.character = character

    def _save(self, fields: dict) -> int:
        return TurnRecord.create(session=self.session, character=self.character, **fields).id

    async def save_turn(self, **fields) -> int:
        """Store a turn (user_text, reply_text, full_reply, interrupted, failed, speaker...)."""
        return await self.db.run(self._save, fields)

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
                speaker=r.speaker,
                source=r.source,
                moderated=r.moderated,
            )
            for r in reversed(rows)
        ]

    async def recent(self, limit: int, since: dt.datetime | None = None) -> list[PastTurn]:
        return await self.db.run(self._recent, limit, since)

    def recent_sync(self, limit: int, since: dt.datetime | None = None) -> list[PastTurn]:
        return self.db.call(self._recent, limit, since)

    def close(self) -> None:
        if self._owned:
            self.db.close()


def delete_turns_of(keys: list[str]) -> int:
    """Delete every turn spoken by these identities (blocking; database thread)."""
    if not keys:
        return 0
    return TurnRecord.delete().where(TurnRecord.speaker.in_(keys)).execute()

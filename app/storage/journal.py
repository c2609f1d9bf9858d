"""Two logs the user can read: the audit log and the memory log.

The audit log records every manual change to memory and relationships (who did what
to which item, with the values before and after). The memory log records what Neiri
does to her memory on her own: facts extracted after a turn, near-duplicates merged,
old chat summarised, expired items pruned. Both are append-only tables; the functions
here block and run on the database thread.
"""

from __future__ import annotations

import datetime as dt
import json
from dataclasses import dataclass
from typing import Any

import peewee

from app.storage.database import BaseModel, register

MAX_DETAIL_CHARS = 20_000


def _json(value: Any) -> str:
    text = json.dumps(value, ensure_ascii=False, default=str, sort_keys=True)
    return text if len(text) <= MAX_DETAIL_CHARS else text[:MAX_DETAIL_CHARS] + "…"


@register
class AuditRecord(BaseModel):
    at = peewee.DateTimeField(default=lambda: dt.datetime.now(dt.UTC), index=True)
    actor = peewee.CharField(default="user")
    area = peewee.CharField(index=True)  # memory | relationships
    action = peewee.CharField()  # add | edit | forget | import | merge | delete | ...
    target = peewee.CharField(default="")  # item id, person id, file name
    before = peewee.TextField(default="")
    after = peewee.TextField(default="")

    class Meta:
        table_name = "audit_log"


@register
class MemoryLogRecord(BaseModel):
    at = peewee.DateTimeField(default=lambda: dt.datetime.now(dt.UTC), index=True)
    action = peewee.CharField(index=True)  # extracted | merged | summarized | pruned | ...
    detail = peewee.TextField(default="")
    item_ids = peewee.TextField(default="[]")

    class Meta:
        table_name = "memory_log"


@dataclass(frozen=True)
class AuditEntry:
    at: dt.datetime
    actor: str
    area: str
    action: str
    target: str
    before: str
    after: str


@dataclass(frozen=True)
class MemoryLogEntry:
    at: dt.datetime
    action: str
    detail: str
    item_ids: list[str]


def audit(
    area: str, action: str, target: str = "", before: Any = None, after: Any = None, actor="user"
) -> None:
    AuditRecord.create(
        actor=actor,
        area=area,
        action=action,
        target=str(target),
        before="" if before is None else _json(before),
        after="" if after is None else _json(after),
    )


def read_audit(limit: int = 500, area: str | None = None) -> list[AuditEntry]:
    query = AuditRecord.select()
    if area:
        query = query.where(AuditRecord.area == area)
    rows = query.order_by(AuditRecord.id.desc()).limit(limit)
    return [AuditEntry(r.at, r.actor, r.area, r.action, r.target, r.before, r.after) for r in rows]


def log_memory(action: str, detail: str, item_ids: list[str] | tuple[str, ...] = ()) -> None:
    MemoryLogRecord.create(
        action=action, detail=detail[:MAX_DETAIL_CHARS], item_ids=_json(list(item_ids))
    )


def read_memory_log(limit: int = 500, action: str | None = None) -> list[MemoryLogEntry]:
    query = MemoryLogRecord.select()
    if action:
        query = query.where(MemoryLogRecord.action == action)
    rows = query.order_by(MemoryLogRecord.id.desc()).limit(limit)
    return [MemoryLogEntry(r.at, r.action, r.detail, json.loads(r.item_ids or "[]")) for r in rows]

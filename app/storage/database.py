"""One SQLite database (peewee, WAL) shared by history, relationships and the logs.

Every table lives in one file beside the memory store, written from one thread: the
:class:`Database` owns a single-thread executor, so writes stay ordered, a
read-modify-write is never interleaved with another, and the event loop never waits
on the disk. Blocking helpers in the other modules are plain functions meant to run
inside :meth:`Database.run` (from the loop) or :meth:`Database.call` (from any other
thread).

Schema changes are additive: :func:`upgrade` adds missing columns with their
defaults, so an older file opens and keeps everything it had.
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from typing import Any, TypeVar

import peewee
from playhouse.migrate import SqliteMigrator, migrate

SCHEMA_VERSION = 2
"""1: turns only. 2: speaker on turns; people, identities, interactions, audit, memory log."""

log = logging.getLogger("neiri.storage")

db = peewee.SqliteDatabase(None)
T = TypeVar("T")
_MODELS: list[type[peewee.Model]] = []


class BaseModel(peewee.Model):
    class Meta:
        database = db


def register(model: type[peewee.Model]) -> type[peewee.Model]:
    """Class decorator: create this table (and add new columns) when the file opens."""
    if model not in _MODELS:
        _MODELS.append(model)
    return model


@register
class SchemaInfo(BaseModel):
    version = peewee.IntegerField()

    class Meta:
        table_name = "schema_info"


def upgrade() -> None:
    """Create missing tables and add missing columns (with defaults) to existing ones."""
    # Columns first, indexes after: SQLite reads a double-quoted name that is not a
    # column as a string literal, so an index made before its column exists is an index
    # on a constant, and the file breaks once the column arrives.
    migrator = SqliteMigrator(db)
    tables = set(db.get_tables())
    for model in _MODELS:
        table = model._meta.table_name
        if table not in tables:
            continue
        have = {column.name for column in db.get_columns(table)}
        missing = [f for f in model._meta.sorted_fields if f.column_name not in have]
        for field in missing:
            log.info("adding column %s.%s", table, field.column_name)
            migrate(migrator.add_column(table, field.column_name, field))
    db.create_tables(_MODELS)
    info = SchemaInfo.select().first()
    if info is None:
        SchemaInfo.create(version=SCHEMA_VERSION)
    elif info.version < SCHEMA_VERSION:
        info.version = SCHEMA_VERSION
        info.save()


def open_database(path: Path) -> peewee.SqliteDatabase:
    _import_models()
    path.parent.mkdir(parents=True, exist_ok=True)
    db.init(
        str(path),
        pragmas={"journal_mode": "wal", "synchronous": "normal", "foreign_keys": 1},
        check_same_thread=False,
    )
    db.connect(reuse_if_open=True)
    with db.atomic():
        upgrade()
    return db


def _import_models() -> None:
    """Every module with tables registers them on import."""
    import app.conversation.history
    import app.people.store
    import app.storage.journal  # noqa: F401


class Database:
    """The open database and the one thread that touches it."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self._executor = ThreadPoolExecutor(max_workers=1, thread_name_prefix="neiri-db")
        self._executor.submit(open_database, path).result()

    async def run(self, fn: Callable[..., T], *args: Any) -> T:
        """Run ``fn(*args)`` on the database thread (from the event loop)."""
        return await asyncio.get_running_loop().run_in_executor(self._executor, fn, *args)

    def call(self, fn: Callable[..., T], *args: Any) -> T:
        """Run ``fn(*args)`` on the database thread and wait (from any other thread)."""
        return self._executor.submit(fn, *args).result()

    def close(self) -> None:
        self._executor.submit(db.close).result()
        self._executor.shutdown(wait=True)

"""People Neiri knows: identities on each platform, her feelings about them, what happened.

A *person* has one or more *identities*, each keyed ``platform:id`` (``local:me``,
``twitch:12345``, ``phone:+15551234567``). Memories are stored ``about`` an identity
key; merging two people moves identities, so everything said on any of them is
recalled for the person. Affinity (-1..1) and trust (0..1) move a little with each
interaction and shape her tone through a short relationship card in the prompt.

Privacy: relationships can be switched off for everyone (nothing is recorded, no card)
or per person (``remember=False``: no interactions, no card, no new memories).
Deleting a person deletes their identities, interactions, spoken turns and, through
the caller, their memories. Only counts, times, outcomes and the user's own notes are
stored here, never message text.

The blocking functions run on the database thread; :class:`Relationships` is the
async facade the engine and the dialogs use.
"""

from __future__ import annotations

import csv
import datetime as dt
import io
import json
import math
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import peewee

from app.conversation.history import delete_turns_of
from app.core.messages import Message, joined, msg, said
from app.llm.prompt import estimate_tokens
from app.storage.database import BaseModel, Database, db, register
from app.storage.journal import audit

KEY_RE = re.compile(r"^([a-z][a-z0-9_]{0,19}):(\S{1,128})$")
MAX_NOTES_CHARS = 2000
MAX_NICK_CHARS = 64
CARD_TOKENS = 200
CSV_FIELDS = (
    "person_id",
    "nickname",
    "identities",
    "affinity",
    "trust",
    "interactions",
    "first_seen",
    "last_seen",
    "remember",
    "tags",
    "notes",
)
MAX_CSV_BYTES = 20_000_000

# How interactions move her feelings: a finished chat warms her slowly (less and less
# as affinity nears 1), support events (follow, subscription, cheer...) a bit more, a
# message stopped by moderation cools her down.
WARMTH = {"ok": 0.02, "interrupted": 0.01, "failed": 0.0, "blocked": -0.1}
SUPPORT_WARMTH = 0.05
SUPPORT_KINDS = frozenset({"follow", "subscription", "raid", "cheer", "donation"})


def _now() -> dt.datetime:
    return dt.datetime.now(dt.UTC)


class InvalidPersonError(ValueError):
    """A key, field or request about a person is invalid; the message (a ``Message``, see
    :mod:`app.core.messages`) says which: ``msg("{field}: {reason}")`` for one field."""


class PeopleImportError(ValueError):
    """A relationships CSV was rejected whole; ``problems`` lists row and column (each a
    ``Message``: the interface translates them)."""

    def __init__(self, path: Path | str, problems: list[str]) -> None:
        self.path = str(path)
        self.problems = problems
        shown: Message = joined(problems[:5])
        if len(problems) > 5:
            shown = msg("{problems} …", problems=shown)
        super().__init__(
            msg("{path}: nothing was imported: {problems}", path=str(path), problems=shown)
        )


def _field_error(field: str, reason: Message) -> InvalidPersonError:
    """``<field>: <reason>``: the interface may show the translated ``args["reason"]``
    under the field ``args["field"]``."""
    return InvalidPersonError(msg("{field}: {reason}", field=field, reason=reason))


def parse_key(key: str) -> tuple[str, str]:
    """``"twitch:123"`` -> ``("twitch", "123")``; phone numbers lose spaces and dashes."""
    key = (key or "").strip()
    if key.startswith("phone:"):
        key = "phone:" + re.sub(r"[\s().-]", "", key[6:])
    m = KEY_RE.match(key)
    if not m:
        raise InvalidPersonError(
            msg(
                "{key} is not an identity key: write platform:id, e.g. twitch:12345",
                key=repr(key),
            )
        )
    platform, ident = m.groups()
    if platform == "phone" and not re.fullmatch(r"\+?\d{3,20}", ident):
        raise InvalidPersonError(msg("{key}: a phone number has 3 to 20 digits", key=repr(key)))
    return platform, ident


def normalise_key(key: str) -> str:
    platform, ident = parse_key(key)
    return f"{platform}:{ident}"


@register
class PersonRecord(BaseModel):
    nickname = peewee.CharField(default="")
    affinity = peewee.FloatField(default=0.0)
    trust = peewee.FloatField(default=0.3)
    interactions = peewee.IntegerField(default=0)
    first_seen = peewee.DateTimeField(default=_now)
    last_seen = peewee.DateTimeField(default=_now)
    notes = peewee.TextField(default="")
    tags = peewee.TextField(default="[]")
    remember = peewee.BooleanField(default=True)

    class Meta:
        table_name = "people"


@register
class IdentityRecord(BaseModel):
    key = peewee.CharField(unique=True)
    platform = peewee.CharField(index=True)
    display_name = peewee.CharField(default="")
    person = peewee.ForeignKeyField(PersonRecord, backref="identities", on_delete="CASCADE")
    first_seen = peewee.DateTimeField(default=_now)

    class Meta:
        table_name = "identities"


@register
class InteractionRecord(BaseModel):
    person = peewee.ForeignKeyField(PersonRecord, backref="events", on_delete="CASCADE")
    key = peewee.CharField()
    at = peewee.DateTimeField(default=_now, index=True)
    source = peewee.CharField(default="")
    kind = peewee.CharField(default="turn")  # turn | follow | subscription | raid | ...
    outcome = peewee.CharField(default="ok")  # ok | interrupted | failed | blocked
    emotion = peewee.CharField(default="")

    class Meta:
        table_name = "interactions"


@dataclass(frozen=True)
class IdentityInfo:
    key: str
    platform: str
    display_name: str


@dataclass(frozen=True)
class PersonInfo:
    id: int
    nickname: str
    affinity: float
    trust: float
    interactions: int
    first_seen: dt.datetime
    last_seen: dt.datetime
    notes: str
    tags: list[str]
    remember: bool
    identities: list[IdentityInfo] = field(default_factory=list)

    @property
    def keys(self) -> list[str]:
        return [i.key for i in self.identities]

    @property
    def name(self) -> str:
        """What to call them: the nickname, else the newest display name, else the key."""
        if self.nickname:
            return self.nickname
        for ident in self.identities:
            if ident.display_name:
                return ident.display_name
        return self.identities[0].key if self.identities else f"person {self.id}"


@dataclass(frozen=True)
class InteractionInfo:
    at: dt.datetime
    key: str
    source: str
    kind: str
    outcome: str
    emotion: str


def _aware(value: dt.datetime) -> dt.datetime:
    return value if value.tzinfo else value.replace(tzinfo=dt.UTC)


def _info(p: PersonRecord) -> PersonInfo:
    idents = sorted(p.identities, key=lambda i: i.id)
    return PersonInfo(
        id=p.id,
        nickname=p.nickname,
        affinity=p.affinity,
        trust=p.trust,
        interactions=p.interactions,
        first_seen=_aware(p.first_seen),
        last_seen=_aware(p.last_seen),
        notes=p.notes,
        tags=json.loads(p.tags or "[]"),
        remember=p.remember,
        identities=[IdentityInfo(i.key, i.platform, i.display_name) for i in idents],
    )


def _public(info: PersonInfo) -> dict[str, Any]:
    """What the audit log keeps of a person."""
    return {
        "nickname": info.nickname,
        "affinity": round(info.affinity, 3),
        "trust": round(info.trust, 3),
        "notes": info.notes,
        "tags": info.tags,
        "remember": info.remember,
        "identities": info.keys,
    }


def _clamp(value: float, lo: float, hi: float) -> float:
    return max(lo, min(hi, value))


def trust_for(interactions: int, penalties: int = 0) -> float:
    """Trust grows with the number of good conversations, toward 0.9."""
    grown = 0.3 + 0.6 * (1 - math.exp(-interactions / 50))
    return _clamp(grown - 0.05 * penalties, 0.0, 0.9)


# --- blocking operations (database thread) -------------------------------------------


def _identity(key: str) -> IdentityRecord | None:
    return IdentityRecord.get_or_none(IdentityRecord.key == key)


def identify(key: str, display_name: str = "") -> PersonInfo:
    """The person behind ``key``, created on first sight; refreshes the display name."""
    key = normalise_key(key)
    display_name = display_name.strip()[:MAX_NICK_CHARS]
    with db.atomic():
        ident = _identity(key)
        if ident is None:
            person = PersonRecord.create()
            IdentityRecord.create(
                key=key, platform=key.split(":", 1)[0], display_name=display_name, person=person
            )
        else:
            person = ident.person
            if display_name and display_name != ident.display_name:
                ident.display_name = display_name
                ident.save()
    return _info(PersonRecord.get_by_id(person.id))


def find(key: str) -> PersonInfo | None:
    ident = _identity(normalise_key(key))
    return None if ident is None else _info(ident.person)


def record(
    key: str,
    *,
    source: str = "",
    kind: str = "turn",
    outcome: str = "ok",
    emotion: str = "",
    display_name: str = "",
    when: dt.datetime | None = None,
) -> PersonInfo | None:
    """Count one interaction and move affinity and trust; nothing for ``remember=False``."""
    info = identify(key, display_name)
    person = PersonRecord.get_by_id(info.id)
    if not person.remember:
        return info
    when = when or _now()
    with db.atomic():
        InteractionRecord.create(
            person=person,
            key=normalise_key(key),
            at=when,
            source=source,
            kind=kind,
            outcome=outcome,
            emotion=emotion or "",
        )
        warmth = SUPPORT_WARMTH if kind in SUPPORT_KINDS else WARMTH.get(outcome, 0.0)
        if warmth > 0:
            warmth *= 1 - person.affinity  # slower as she gets closer
        person.affinity = _clamp(person.affinity + warmth, -1.0, 1.0)
        if outcome != "blocked":
            person.interactions += 1
        blocked = (
            InteractionRecord.select()
            .where((InteractionRecord.person == person) & (InteractionRecord.outcome == "blocked"))
            .count()
        )
        person.trust = trust_for(person.interactions, blocked)
        person.last_seen = when
        person.save()
    return _info(person)


def keys_of(key: str) -> list[str]:
    """Every identity key of the person behind ``key`` (just ``key`` if unknown)."""
    key = normalise_key(key)
    ident = _identity(key)
    if ident is None:
        return [key]
    return [i.key for i in IdentityRecord.select().where(IdentityRecord.person == ident.person)]


def _relative(delta: dt.timedelta) -> str:
    s = delta.total_seconds()
    if s < 3600:
        return "less than an hour ago"
    if s < 86400:
        return f"{int(s // 3600)} hours ago"
    days = int(s // 86400)
    return "yesterday" if days == 1 else f"{days} days ago"


def tone_for(affinity: float, interactions: int) -> tuple[str, str]:
    """(label, how to talk) for an affinity level."""
    if interactions == 0:
        return "new", "This is the first time you talk. Be friendly and welcoming."
    if affinity < -0.3:
        return "strained", "Stay polite and calm, and keep some distance."
    if affinity < 0.2:
        return "acquaintance", "Be friendly and welcoming."
    if affinity < 0.5:
        return "regular", "Be warm and relaxed; light teasing is fine."
    return "close friend", "Be affectionate and playful, like with a close friend."


def card_for(
    info: PersonInfo, key: str, budget: int = CARD_TOKENS, now: dt.datetime | None = None
) -> str:
    """The relationship card for the prompt, never over ``budget`` estimated tokens."""
    if not info.remember or budget <= 0:
        return ""
    now = now or _now()
    platform = key.split(":", 1)[0]
    where = {"local": "at the computer", "twitch": "in Twitch chat", "phone": "on the phone"}
    label, tone = tone_for(info.affinity, info.interactions)
    lines = [f"You are talking with {info.name} ({where.get(platform, platform)})."]
    if info.interactions:
        lines.append(
            f"You have talked {info.interactions} times since "
            f"{info.first_seen:%Y-%m-%d}; last time {_relative(now - info.last_seen)}."
        )
    lines.append(f"Relationship: {label}. {tone}")
    if info.tags:
        lines.append("Tags: " + ", ".join(info.tags))
    text = ""
    for line in lines:
        candidate = f"{text}\n{line}" if text else line
        if estimate_tokens(candidate) > budget:
            return text
        text = candidate
    notes = " ".join(info.notes.split())
    if notes:
        words = notes.split(" ")
        while words:
            candidate = f"{text}\nNotes: {' '.join(words)}"
            if estimate_tokens(candidate) <= budget:
                return candidate
            words = words[: max(0, len(words) - max(1, len(words) // 4))]
    return text


def card(key: str, budget: int = CARD_TOKENS) -> str:
    info = find(key)
    if info is None:
        return ""
    return card_for(info, normalise_key(key), budget)


def list_people(search: str = "", limit: int = 1000) -> list[PersonInfo]:
    query = PersonRecord.select().order_by(PersonRecord.last_seen.desc())
    if search.strip():
        needle = f"%{search.strip()}%"
        ids = IdentityRecord.select(IdentityRecord.person).where(
            IdentityRecord.key**needle | IdentityRecord.display_name**needle
        )
        query = query.where(
            PersonRecord.nickname**needle | PersonRecord.notes**needle | PersonRecord.id.in_(ids)
        )
    return [_info(p) for p in query.limit(limit)]


def get(person_id: int) -> PersonInfo | None:
    p = PersonRecord.get_or_none(PersonRecord.id == person_id)
    return None if p is None else _info(p)


def _require(person_id: int) -> PersonRecord:
    p = PersonRecord.get_or_none(PersonRecord.id == person_id)
    if p is None:
        raise InvalidPersonError(msg("there is no person with id {id}", id=person_id))
    return p


def _clean_fields(fields: dict[str, Any]) -> dict[str, Any]:
    allowed = {"nickname", "affinity", "trust", "notes", "tags", "remember"}
    unknown = set(fields) - allowed
    if unknown:
        raise InvalidPersonError(
            msg("{fields}: cannot be edited", fields=", ".join(sorted(unknown)))
        )
    out: dict[str, Any] = {}
    if "nickname" in fields:
        nick = str(fields["nickname"] or "").strip()
        if len(nick) > MAX_NICK_CHARS:
            raise _field_error(
                "nickname", msg("longer than {limit} characters", limit=MAX_NICK_CHARS)
            )
        out["nickname"] = nick
    for name, lo, hi in (("affinity", -1.0, 1.0), ("trust", 0.0, 1.0)):
        if name in fields:
            try:
                value = float(fields[name])
            except (TypeError, ValueError):
                raise _field_error(name, msg("must be a number")) from None
            if not lo <= value <= hi or math.isnan(value):
                raise _field_error(
                    name,
                    msg(
                        "{value} is not between {low} and {high}",
                        value=value,
                        low=f"{lo:g}",
                        high=f"{hi:g}",
                    ),
                )
            out[name] = value
    if "notes" in fields:
        notes = str(fields["notes"] or "")
        if len(notes) > MAX_NOTES_CHARS:
            raise _field_error(
                "notes", msg("longer than {limit} characters", limit=MAX_NOTES_CHARS)
            )
        out["notes"] = notes
    if "tags" in fields:
        tags = fields["tags"]
        if isinstance(tags, str):
            tags = re.split(r"[;,]", tags)
        tags = [str(t).strip() for t in tags or [] if str(t).strip()]
        if any(len(t) > 64 for t in tags):
            raise _field_error("tags", msg("each tag is at most {limit} characters", limit=64))
        out["tags"] = json.dumps(list(dict.fromkeys(tags)), ensure_ascii=False)
    if "remember" in fields:
        out["remember"] = bool(fields["remember"])
    return out


def update(person_id: int, actor: str = "user", **fields: Any) -> PersonInfo:
    clean = _clean_fields(fields)
    with db.atomic():
        p = _require(person_id)
        before = _info(p)
        for name, value in clean.items():
            setattr(p, name, value)
        p.save()
        after = _info(p)
        audit("relationships", "edit", person_id, _public(before), _public(after), actor)
    return after


def merge(keep_id: int, other_id: int, actor: str = "user") -> PersonInfo:
    """Move ``other``'s identities and interactions to ``keep`` and delete ``other``."""
    if keep_id == other_id:
        raise InvalidPersonError(msg("choose two different people to merge"))
    with db.atomic():
        keep, other = _require(keep_id), _require(other_id)
        before = {"keep": _public(_info(keep)), "other": _public(_info(other))}
        IdentityRecord.update(person=keep).where(IdentityRecord.person == other).execute()
        InteractionRecord.update(person=keep).where(InteractionRecord.person == other).execute()
        total = keep.interactions + other.interactions
        if total:  # feelings weighted by how much each identity talked
            keep.affinity = (
                keep.affinity * keep.interactions + other.affinity * other.interactions
            ) / total
        keep.interactions = total
        keep.trust = max(keep.trust, other.trust)
        keep.first_seen = min(_aware(keep.first_seen), _aware(other.first_seen))
        keep.last_seen = max(_aware(keep.last_seen), _aware(other.last_seen))
        keep.nickname = keep.nickname or other.nickname
        keep.notes = "\n".join(n for n in (keep.notes, other.notes) if n.strip())[:MAX_NOTES_CHARS]
        tags = json.loads(keep.tags or "[]") + json.loads(other.tags or "[]")
        keep.tags = json.dumps(list(dict.fromkeys(tags)), ensure_ascii=False)
        keep.remember = keep.remember and other.remember
        keep.save()
        other.delete_instance()
        after = _info(keep)
        audit("relationships", "merge", f"{other_id}->{keep_id}", before, _public(after), actor)
    return after


def delete(person_id: int, actor: str = "user") -> list[str]:
    """Delete the person, identities, interactions and turns; returns their keys."""
    with db.atomic():
        p = _require(person_id)
        info = _info(p)
        keys = info.keys
        delete_turns_of(keys)
        p.delete_instance(recursive=True)
        audit("relationships", "delete", person_id, _public(info), None, actor)
    return keys


def interactions(person_id: int, limit: int = 200) -> list[InteractionInfo]:
    rows = (
        InteractionRecord.select()
        .where(InteractionRecord.person == person_id)
        .order_by(InteractionRecord.id.desc())
        .limit(limit)
    )
    return [
        InteractionInfo(_aware(r.at), r.key, r.source, r.kind, r.outcome, r.emotion) for r in rows
    ]


def export_csv(path: Path) -> int:
    people = list_people(limit=1_000_000)
    buf = io.StringIO()
    writer = csv.DictWriter(buf, fieldnames=CSV_FIELDS)
    writer.writeheader()
    for p in people:
        writer.writerow(
            {
                "person_id": p.id,
                "nickname": p.nickname,
                "identities": "|".join(p.keys),
                "affinity": f"{p.affinity:.4f}",
                "trust": f"{p.trust:.4f}",
                "interactions": p.interactions,
                "first_seen": p.first_seen.isoformat(),
                "last_seen": p.last_seen.isoformat(),
                "remember": "yes" if p.remember else "no",
                "tags": ";".join(p.tags),
                "notes": p.notes,
            }
        )
    tmp = path.with_name(path.name + ".part")
    tmp.write_text(buf.getvalue(), encoding="utf-8", newline="")
    tmp.replace(path)
    return len(people)


def _cell_problem(row: int, field: str, reason: str) -> Message:
    """``row <n>, <column>: <reason>`` for a problem in one cell of an imported CSV."""
    return msg("row {row}, {field}: {reason}", row=row, field=field, reason=reason)


def _parse_rows(path: Path) -> list[dict[str, Any]]:
    """Every row validated before anything is written; PeopleImportError lists what is wrong."""
    try:
        if path.stat().st_size > MAX_CSV_BYTES:
            raise PeopleImportError(
                path,
                [msg("the file is larger than {limit} MB", limit=MAX_CSV_BYTES // 1_000_000)],
            )
        text = path.read_text(encoding="utf-8-sig")
    except (OSError, UnicodeDecodeError) as exc:
        raise PeopleImportError(
            path, [msg("cannot read the file: {reason}", reason=str(exc))]
        ) from exc
    reader = csv.DictReader(io.StringIO(text))
    header = reader.fieldnames or []
    if "identities" not in header:
        raise PeopleImportError(
            path, [msg("the header has no '{column}' column", column="identities")]
        )
    problems: list[str] = []
    rows: list[dict[str, Any]] = []
    seen: dict[str, int] = {}
    for n, raw in enumerate(reader, start=2):
        if None in raw:
            problems.append(msg("row {row}: more cells than header columns", row=n))
            continue
        keys: list[str] = []
        for part in (raw.get("identities") or "").split("|"):
            if not part.strip():
                continue
            try:
                key = normalise_key(part)
            except InvalidPersonError as exc:
                problems.append(_cell_problem(n, "identities", said(exc)))
                continue
            if key in seen:
                problems.append(
                    _cell_problem(
                        n,
                        "identities",
                        msg("{key} is also on row {other}", key=key, other=seen[key]),
                    )
                )
            seen[key] = n
            keys.append(key)
        if not keys:
            problems.append(
                _cell_problem(n, "identities", msg("at least one platform:id is needed"))
            )
        fields: dict[str, Any] = {}
        for name in ("nickname", "affinity", "trust", "notes", "tags", "remember"):
            value = raw.get(name)
            if value is None or value == "":
                continue
            if name == "remember":
                if value.strip().lower() not in ("yes", "no", "true", "false", "1", "0"):
                    problems.append(
                        _cell_problem(
                            n, "remember", msg("write yes or no, not {value}", value=repr(value))
                        )
                    )
                    continue
                value = value.strip().lower() in ("yes", "true", "1")
            fields[name] = value
        try:
            fields = _clean_fields(fields)
        except InvalidPersonError as exc:
            problems.append(msg("row {row}, {reason}", row=n, reason=said(exc)))
        count = (raw.get("interactions") or "0").strip()
        if not count.isdigit():
            problems.append(
                _cell_problem(
                    n, "interactions", msg("{value} is not a whole number", value=repr(count))
                )
            )
            count = "0"
        rows.append({"keys": keys, "fields": fields, "interactions": int(count)})
    if problems:
        raise PeopleImportError(path, problems)
    return rows


def import_csv(path: Path, actor: str = "user") -> int:
    """Create or update people from a CSV (as exported); all rows or none."""
    rows = _parse_rows(Path(path))
    with db.atomic():
        for row in rows:
            owners = {
                i.person_id
                for i in IdentityRecord.select().where(IdentityRecord.key.in_(row["keys"]))
            }
            if len(owners) > 1:
                # The file joins identities that are two people here: merge them.
                first, *rest = sorted(owners)
                for other in rest:
                    merge(first, other, actor)
                owners = {first}
            person = PersonRecord.get_by_id(owners.pop()) if owners else PersonRecord.create()
            for key in row["keys"]:
                if _identity(key) is None:
                    IdentityRecord.create(key=key, platform=key.split(":", 1)[0], person=person)
            for name, value in row["fields"].items():
                setattr(person, name, value)
            person.interactions = max(person.interactions, row["interactions"])
            person.save()
        audit("relationships", "import", Path(path).name, None, {"rows": len(rows)}, actor)
    return len(rows)


# --- the facade ----------------------------------------------------------------------


class Relationships:
    """Async access for the engine and the dialogs; ``enabled`` off records nothing."""

    def __init__(self, database: Database, *, enabled: bool = True, card_tokens: int = CARD_TOKENS):
        self.db = database
        self.enabled = enabled
        self.card_tokens = card_tokens

    async def identify(self, key: str, display_name: str = "") -> PersonInfo:
        return await self.db.run(identify, key, display_name)

    async def find(self, key: str) -> PersonInfo | None:
        return await self.db.run(find, key)

    async def record(self, key: str, **kw: Any) -> PersonInfo | None:
        if not self.enabled:
            return None
        return await self.db.run(lambda: record(key, **kw))

    async def card(self, key: str) -> str:
        if not self.enabled:
            return ""
        return await self.db.run(card, key, self.card_tokens)

    async def may_remember(self, key: str) -> bool:
        """Whether new memories about ``key`` may be kept (global and per-person switch)."""
        if not self.enabled:
            return True  # relationships off: memory still follows its own setting
        info = await self.find(key)
        return info is None or info.remember

    async def keys_of(self, key: str) -> list[str]:
        return await self.db.run(keys_of, key)

    async def list_people(self, search: str = "") -> list[PersonInfo]:
        return await self.db.run(list_people, search)

    async def get(self, person_id: int) -> PersonInfo | None:
        return await self.db.run(get, person_id)

    async def update(self, person_id: int, **fields: Any) -> PersonInfo:
        return await self.db.run(lambda: update(person_id, **fields))

    async def merge(self, keep_id: int, other_id: int) -> PersonInfo:
        return await self.db.run(merge, keep_id, other_id)

    async def delete(self, person_id: int) -> list[str]:
        """Deletes the person's records here; the caller forgets their memories."""
        return await self.db.run(delete, person_id)

    async def interactions(self, person_id: int, limit: int = 200) -> list[InteractionInfo]:
        return await self.db.run(interactions, person_id, limit)

    async def export_csv(self, path: Path) -> int:
        return await self.db.run(export_csv, Path(path))

    async def import_csv(self, path: Path) -> int:
        return await self.db.run(import_csv, Path(path))

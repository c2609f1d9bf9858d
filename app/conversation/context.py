"""What a turn knows beyond the conversation: the speaker's card and her memories.

:class:`TurnContext` is the bridge between the conversation and the slow stores. Before
a turn it looks up the speaker (database thread) and recalls memories (memory thread)
at the same time, under the memory's deadline; after a turn it records the interaction,
queues the exchange for fact extraction and prefetches memories for the next turn, all
in background tasks the reply never waits for.
"""

from __future__ import annotations

import asyncio
import logging
from typing import TYPE_CHECKING

from app.logs import log_event

if TYPE_CHECKING:
    from app.conversation.turn import Turn
    from app.memory.service import MemoryService
    from app.people.store import PersonInfo, Relationships

log = logging.getLogger("neiri.context")


class TurnContext:
    def __init__(
        self,
        memory: MemoryService | None = None,
        people: Relationships | None = None,
        character_name: str = "Neiri",
    ) -> None:
        self.memory = memory
        self.people = people
        self.character_name = character_name
        self._keys: dict[str, list[str]] = {}  # identity key -> all keys of that person
        self._remember: dict[str, bool] = {}
        self._tasks: set[asyncio.Task] = set()

    def forget_cache(self) -> None:
        """After people were merged or deleted."""
        self._keys.clear()
        self._remember.clear()

    async def slots(self, turn: Turn) -> dict[str, str]:
        """The ``relationship`` and ``memory`` slots for this turn; never raises."""
        key = turn.speaker.key
        person_task = asyncio.ensure_future(self._person(turn))
        memory = ""
        if self.memory is not None:
            self.memory.mark_activity()
            memory = await self.memory.recall(self._keys.get(key, [key]), turn.user_text)
        info = await person_task
        card = ""
        if info is not None and self.people is not None and self.people.enabled:
            from app.people.store import card_for

            card = card_for(info, key, self.people.card_tokens)
        return {"relationship": card, "memory": memory}

    async def _person(self, turn: Turn) -> PersonInfo | None:
        if self.people is None:
            return None
        try:
            info = await self.people.identify(turn.speaker.key, turn.speaker.name)
        except Exception as exc:
            log_event(log, "people.lookup_failed", str(exc), level=logging.WARNING)
            return None
        self._keys[turn.speaker.key] = info.keys
        self._remember[turn.speaker.key] = info.remember
        return info

    def turn_done(self, turn: Turn, reply: str, outcome: str) -> None:
        """Record the interaction and let memory learn from it, in the background."""
        self._spawn(self._after(turn, reply, outcome))

    def activity(self) -> None:
        if self.memory is not None:
            self.memory.mark_activity()

    async def _after(self, turn: Turn, reply: str, outcome: str) -> None:
        from app.memory.service import Exchange

        key = turn.speaker.key
        if self.people is not None:
            await self.people.record(
                key,
                source=turn.source,
                outcome=outcome,
                emotion=turn.emotion,
                display_name=turn.speaker.name,
            )
        memory = self.memory
        if memory is None or outcome == "blocked" or not turn.user_text:
            return
        memory.mark_activity()
        remember = self._remember.get(key, True) or self.people is None or not self.people.enabled
        if remember and outcome in ("ok", "interrupted"):
            memory.learn(
                Exchange(
                    speaker=key,
                    speaker_name=turn.speaker.label,
                    user_text=turn.user_text,
                    reply_text=reply,
                    source=turn.source,
                    turn_id=turn.id,
                    character=self.character_name,
                )
            )
        await memory.prefetch(self._keys.get(key, [key]), f"{turn.user_text} {reply}")

    def _spawn(self, coro) -> None:
        task = asyncio.create_task(coro)
        self._tasks.add(task)
        task.add_done_callback(self._done)

    def _done(self, task: asyncio.Task) -> None:
        self._tasks.discard(task)
        if not task.cancelled() and task.exception() is not None:
            log_event(log, "context.after_failed", str(task.exception()), level=logging.WARNING)

    async def flush(self) -> None:
        if self._tasks:
            await asyncio.gather(*list(self._tasks), return_exceptions=True)

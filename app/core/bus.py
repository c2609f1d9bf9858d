"""A small in-process publish/subscribe bus for the engine's events.

Publishing never blocks and never raises: a failing subscriber is logged and the
others still get the event. Subscribers are plain callables run on the loop
thread, or async queues for consumers that want to await events.
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Callable
from typing import TypeVar

from app.core.events import Event

log = logging.getLogger("neiri.bus")

E = TypeVar("E", bound=Event)
Handler = Callable[[Event], None]


class EventBus:
    def __init__(self) -> None:
        self._handlers: list[tuple[type[Event], Handler]] = []

    def subscribe(self, handler: Callable[[E], None], kind: type[E] = Event) -> Callable[[], None]:
        """Call ``handler`` for every event that is an instance of ``kind``.

        Returns a function that removes the subscription.
        """
        entry = (kind, handler)
        self._handlers.append(entry)  # type: ignore[arg-type]

        def unsubscribe() -> None:
            if entry in self._handlers:
                self._handlers.remove(entry)  # type: ignore[arg-type]

        return unsubscribe

    def queue(self, kind: type[E] = Event, maxsize: int = 0) -> asyncio.Queue[E]:
        """An asyncio queue that receives every event of ``kind`` (drops when full)."""
        q: asyncio.Queue[E] = asyncio.Queue(maxsize=maxsize)

        def put(event: E) -> None:
            try:
                q.put_nowait(event)
            except asyncio.QueueFull:
                log.warning("bus queue full, dropping %s", event.type)

        self.subscribe(put, kind)
        return q

    def publish(self, event: Event) -> None:
        for kind, handler in list(self._handlers):
            if isinstance(event, kind):
                try:
                    handler(event)
                except Exception:  # a subscriber's bug must not break the engine
                    log.exception("subscriber failed on %s", event.type)

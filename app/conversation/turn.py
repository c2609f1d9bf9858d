"""One exchange: what the user said, what she replied, and when each stage happened."""

from __future__ import annotations

import asyncio
from dataclasses import dataclass, field

import numpy as np

from app.core.events import TurnMetrics, now

LOCAL_KEY = "local:me"


@dataclass(frozen=True)
class Speaker:
    """Who said it: an identity key (``local:me``, ``twitch:123``, ``phone:+1555...``)
    and the name to call them."""

    key: str = LOCAL_KEY
    name: str = ""

    @property
    def label(self) -> str:
        return self.name or ("you" if self.key == LOCAL_KEY else self.key.split(":", 1)[-1])


@dataclass
class Turn:
    id: int
    source: str  # mic | text | twitch | phone | remote
    speaker: Speaker = field(default_factory=Speaker)
    confirmed: asyncio.Event = field(default_factory=asyncio.Event)
    played: asyncio.Event = field(default_factory=asyncio.Event)
    stamps: dict[str, float] = field(default_factory=dict)
    user_text: str = ""
    full_reply: str = ""  # everything the model said (without tags)
    spoken: list[str] = field(default_factory=list)  # clauses handed to the speaker
    emotion: str = "neutral"
    task: asyncio.Task | None = None
    audio: np.ndarray | None = None  # the utterance (16 kHz) for mic turns
    announced: bool = False
    interrupted: bool = False
    failed: bool = False
    finished: bool = False
    enqueued: int = 0
    ended: int = 0
    generation_done: bool = False
    moderated: bool = False  # the input was blocked; it never reaches the model
    context: dict[str, str] = field(default_factory=dict)  # memory / relationship slots

    def stamp(self, stage: str, at: float | None = None) -> None:
        self.stamps.setdefault(stage, now() if at is None else at)

    def metrics(self) -> TurnMetrics:
        return TurnMetrics(
            turn_id=self.id,
            source=self.source,
            interrupted=self.interrupted,
            **{k: v for k, v in self.stamps.items() if k in _STAGES},
        )

    @property
    def outcome(self) -> str:
        """How the turn ended, for relationships: blocked, failed, interrupted or ok."""
        if self.moderated:
            return "blocked"
        if self.failed:
            return "failed"
        return "interrupted" if self.interrupted else "ok"

    def check_played(self) -> None:
        if self.generation_done and self.ended >= self.enqueued:
            self.played.set()


_STAGES = {
    "speech_end",
    "asr_start",
    "asr_done",
    "llm_request",
    "llm_first_token",
    "llm_first_text",
    "first_clause",
    "tts_first_audio",
    "playback_start",
    "playback_end",
}

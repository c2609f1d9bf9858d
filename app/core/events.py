"""Typed, frozen events that every part of Neiri publishes on the bus.

Each event has a ``type`` string (``scope.action``), a monotonic ``ts``
(``time.perf_counter()`` seconds) and, where it belongs to a turn, a ``turn_id``.
The server sends them to web clients as JSON with the same field names.
"""

from __future__ import annotations

import dataclasses
import time
from dataclasses import dataclass, field
from typing import Any, ClassVar


def now() -> float:
    """The monotonic clock every stage stamps its times with."""
    return time.perf_counter()


@dataclass(frozen=True, slots=True, kw_only=True)
class Event:
    type: ClassVar[str] = "event"
    ts: float = field(default_factory=now)

    def to_dict(self) -> dict[str, Any]:
        data = {f.name: getattr(self, f.name) for f in dataclasses.fields(self)}
        data["type"] = self.type
        return data


@dataclass(frozen=True, slots=True, kw_only=True)
class TurnEvent(Event):
    turn_id: int


# --- listening -------------------------------------------------------------------


@dataclass(frozen=True, slots=True, kw_only=True)
class SpeechStarted(Event):
    """The VAD heard the user start speaking (``stream_time`` in seconds of input)."""

    type: ClassVar[str] = "vad.speech_start"
    stream_time: float


@dataclass(frozen=True, slots=True, kw_only=True)
class SpeechPaused(Event):
    """The first silent window after speech: a tentative end of the utterance."""

    type: ClassVar[str] = "vad.speech_pause"
    stream_time: float


@dataclass(frozen=True, slots=True, kw_only=True)
class SpeechEnded(Event):
    """Silence lasted long enough: the utterance is over."""

    type: ClassVar[str] = "vad.speech_end"
    stream_time: float
    duration_s: float


@dataclass(frozen=True, slots=True, kw_only=True)
class MicLevel(Event):
    type: ClassVar[str] = "audio.level"
    rms_db: float


# --- the turn --------------------------------------------------------------------


@dataclass(frozen=True, slots=True, kw_only=True)
class UserText(TurnEvent):
    """What the user said or typed, as it enters the conversation."""

    type: ClassVar[str] = "turn.user_text"
    text: str
    source: str = "mic"


@dataclass(frozen=True, slots=True, kw_only=True)
class ReplyText(TurnEvent):
    """A clause of her reply, emitted when it starts playing (what she says)."""

    type: ClassVar[str] = "turn.reply_text"
    text: str


@dataclass(frozen=True, slots=True, kw_only=True)
class AvatarModelChanged(Event):
    """A different avatar model is served at ``url`` (a character switch, new settings).

    ``kind`` is ``"vrm"`` or ``"live2d"``; ``emotions`` the emotion map in effect for
    this model (tag -> expression name or ``motion:<name>``); ``core`` the URL of the
    user's Live2D Cubism Core for a Live2D model (``None`` when none is set).
    """

    type: ClassVar[str] = "avatar.model"
    url: str
    name: str
    kind: str = "vrm"
    emotions: dict[str, str] = field(default_factory=dict)
    core: str | None = None


@dataclass(frozen=True, slots=True, kw_only=True)
class EmotionChanged(TurnEvent):
    type: ClassVar[str] = "avatar.emotion"
    emotion: str


@dataclass(frozen=True, slots=True, kw_only=True)
class MotionRequested(TurnEvent):
    type: ClassVar[str] = "avatar.motion"
    motion: str


@dataclass(frozen=True, slots=True, kw_only=True)
class AvatarFrame(TurnEvent):
    """Mouth opening (0..1) at the moment the matching audio is played.

    ``visemes``: the vowel shape of that audio, {"aa", "ih", "ou", "ee", "oh"} weights
    summing to 1 while she voices (0 in silence); None when the voice gave none.
    """

    type: ClassVar[str] = "avatar.frame"
    mouth: float
    emotion: str
    visemes: dict[str, float] | None = None


@dataclass(frozen=True, slots=True, kw_only=True)
class SpeakingChanged(TurnEvent):
    type: ClassVar[str] = "playback.speaking"
    speaking: bool


@dataclass(frozen=True, slots=True, kw_only=True)
class TurnInterrupted(TurnEvent):
    type: ClassVar[str] = "turn.interrupted"
    reason: str  # "barge_in" | "stop"
    heard_text: str


@dataclass(frozen=True, slots=True, kw_only=True)
class TurnFinished(TurnEvent):
    type: ClassVar[str] = "turn.finished"
    user_text: str
    reply_text: str
    interrupted: bool


@dataclass(frozen=True, slots=True, kw_only=True)
class InputBlocked(TurnEvent):
    """Moderation stopped what the user said before it reached the model."""

    type: ClassVar[str] = "turn.blocked"
    reasons: tuple[str, ...]


@dataclass(frozen=True, slots=True, kw_only=True)
class TurnFailed(TurnEvent):
    """A turn could not be completed; ``message`` is for the user."""

    type: ClassVar[str] = "turn.failed"
    stage: str
    message: str


@dataclass(frozen=True, slots=True, kw_only=True)
class TurnMetrics(TurnEvent):
    """perf_counter stamps of one turn's stages; ``None`` where a stage did not run."""

    type: ClassVar[str] = "turn.metrics"
    source: str
    speech_end: float | None = None
    asr_start: float | None = None
    asr_done: float | None = None
    llm_request: float | None = None
    llm_first_token: float | None = None
    llm_first_text: float | None = None  # first speakable token (after emotion tags)
    first_clause: float | None = None
    tts_first_audio: float | None = None
    playback_start: float | None = None
    playback_end: float | None = None
    interrupted: bool = False

    def stages_ms(self) -> dict[str, float]:
        """Each stage's time relative to the turn's start (speech end or text arrival)."""
        origin = self.speech_end if self.speech_end is not None else self.llm_request
        out: dict[str, float] = {}
        if origin is None:
            return out
        for name in (
            "asr_done",
            "llm_first_token",
            "llm_first_text",
            "first_clause",
            "tts_first_audio",
            "playback_start",
        ):
            value = getattr(self, name)
            if value is not None:
                out[name] = round((value - origin) * 1000.0, 1)
        return out


# --- engine state -----------------------------------------------------------------


@dataclass(frozen=True, slots=True, kw_only=True)
class ComponentStatus(Event):
    """ok / working / failed for one part (mic, asr, llm, tts ...), with a reason."""

    type: ClassVar[str] = "status.component"
    component: str
    state: str
    detail: str = ""

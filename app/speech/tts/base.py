"""The text-to-speech protocol and the audio chunk that flows to playback."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Protocol

import numpy as np


class TTSError(RuntimeError):
    """A voice could not be loaded or could not speak; the message is for the user."""


@dataclass(frozen=True)
class Voiced:
    """Raw output of a TTS engine for one clause."""

    pcm: np.ndarray  # float32 mono, -1..1
    sample_rate: int


class TTS(Protocol):
    name: str
    sample_rate: int

    def synthesize(self, text: str) -> Voiced:
        """Speak one clause (blocking: call from a worker thread)."""
        ...


@dataclass(frozen=True)
class SpeechChunk:
    """One spoken clause of a turn, ready for the speaker and the avatar's mouth."""

    turn_id: int
    seq: int
    text: str
    pcm: np.ndarray  # float32 mono at ``sample_rate``
    sample_rate: int
    envelope: np.ndarray  # mouth opening 0..1 at ``envelope_rate`` Hz
    envelope_rate: float
    synth_s: float  # time spent synthesizing (0 when it came from the cache)
    visemes: np.ndarray | None = None  # (frames, 5) aa/ih/ou/ee/oh weights, like envelope

    @property
    def duration_s(self) -> float:
        return self.pcm.size / self.sample_rate

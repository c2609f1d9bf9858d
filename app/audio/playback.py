"""The playback buffer: what Neiri is saying, read block by block by the audio device.

The device (a PortAudio callback or the file clock) calls :meth:`Player.fill` from its
own thread. Everything that touches the queue holds one lock for microseconds, so
:meth:`Player.clear` silences the output from the very next block, whatever the event
loop is doing. What was played is reported back through ``notify`` as
:class:`PlaybackNotice` objects stamped with the time the samples reach the speaker.
"""

from __future__ import annotations

import threading
from collections import deque
from collections.abc import Callable
from dataclasses import dataclass, field

import numpy as np


@dataclass
class Segment:
    """One synthesized clause waiting to be (or being) played."""

    turn_id: int
    seq: int
    text: str
    pcm: np.ndarray  # float32 mono at the player's rate
    envelope: np.ndarray  # mouth opening 0..1 at ``envelope_rate`` Hz
    envelope_rate: float
    emotion: str = "neutral"
    played: int = 0
    visemes: np.ndarray | None = None  # (frames, 5) aa/ih/ou/ee/oh at ``envelope_rate`` Hz

    @property
    def fraction_played(self) -> float:
        return 1.0 if self.pcm.size == 0 else min(1.0, self.played / self.pcm.size)


@dataclass(frozen=True)
class PlaybackNotice:
    """Something the speaker did: ``kind`` is start | mouth | end | idle."""

    kind: str
    turn_id: int
    at: float  # perf_counter time at which the samples are heard
    seq: int = -1
    text: str = ""
    mouth: float = 0.0
    emotion: str = "neutral"
    visemes: tuple[float, ...] | None = None  # aa, ih, ou, ee, oh averaged over the block


@dataclass
class PlayedClause:
    seq: int
    text: str
    fraction: float


@dataclass
class TurnPlayback:
    """What has been played of one turn, clause by clause."""

    clauses: dict[int, PlayedClause] = field(default_factory=dict)

    def heard_text(self) -> str:
        parts = []
        for seq in sorted(self.clauses):
            clause = self.clauses[seq]
            if clause.fraction >= 0.999:
                parts.append(clause.text)
            elif clause.fraction > 0:
                parts.append(_prefix_by_fraction(clause.text, clause.fraction))
        return " ".join(p for p in parts if p).strip()


def _prefix_by_fraction(text: str, fraction: float) -> str:
    """The words of ``text`` that were heard when ``fraction`` of its audio played."""
    words = text.split()
    if not words:
        return ""
    count = int(len(words) * fraction)
    return " ".join(words[:count]) + ("…" if 0 < count < len(words) else "")


Notify = Callable[[PlaybackNotice], None]


class Player:
    def __init__(self, sample_rate: int, notify: Notify | None = None) -> None:
        self.sample_rate = sample_rate
        self._notify = notify or (lambda notice: None)
        self._lock = threading.Lock()
        self._queue: deque[Segment] = deque()
        self._turns: dict[int, TurnPlayback] = {}
        self._blocked: set[int] = set()
        self._was_playing = False
        self._last_turn = 0
        self.output_rms = 0.0  # loudness of the last block sent to the speaker (echo ref)

    def set_notify(self, notify: Notify) -> None:
        self._notify = notify

    # --- loop side ---------------------------------------------------------------

    def enqueue(self, segment: Segment) -> bool:
        """Queue a clause; refused (False) when its turn was cleared."""
        with self._lock:
            if segment.turn_id in self._blocked:
                return False
            self._queue.append(segment)
            turn = self._turns.setdefault(segment.turn_id, TurnPlayback())
            turn.clauses.setdefault(segment.seq, PlayedClause(segment.seq, segment.text, 0.0))
            return True

    def clear(self, block_turn: int | None = None) -> None:
        """Silence now: drop everything queued; optionally refuse a turn's later chunks."""
        with self._lock:
            self._queue.clear()
            if block_turn is not None:
                self._blocked.add(block_turn)

    def playback_of(self, turn_id: int) -> TurnPlayback:
        with self._lock:
            turn = self._turns.get(turn_id, TurnPlayback())
            return TurnPlayback(dict(turn.clauses))

    def forget(self, turn_id: int) -> None:
        with self._lock:
            self._turns.pop(turn_id, None)

    @property
    def busy(self) -> bool:
        with self._lock:
            return bool(self._queue)

    # --- device side --------------------------------------------------------------

    def fill(self, out: np.ndarray, at: float) -> None:
        """Fill ``out`` (float32, mono) with the next samples; ``at`` = when they sound."""
        notices: list[PlaybackNotice] = []
        frames = out.shape[0]
        written = 0
        mouth_sum = 0.0
        mouth_n = 0
        viseme_sum: np.ndarray | None = None
        current: Segment | None = None
        with self._lock:
            while written < frames and self._queue:
                seg = self._queue[0]
                current = seg
                if seg.played == 0:
                    notices.append(
                        PlaybackNotice(
                            "start",
                            seg.turn_id,
                            at + written / self.sample_rate,
                            seq=seg.seq,
                            text=seg.text,
                            emotion=seg.emotion,
                        )
                    )
                take = min(frames - written, seg.pcm.size - seg.played)
                out[written : written + take] = seg.pcm[seg.played : seg.played + take]
                if seg.envelope.size:
                    mid = (seg.played + take / 2) / self.sample_rate * seg.envelope_rate
                    idx = min(int(mid), seg.envelope.size - 1)
                    mouth_sum += float(seg.envelope[idx]) * take
                    mouth_n += take
                    if seg.visemes is not None and idx < len(seg.visemes):
                        weights = seg.visemes[idx].astype(np.float64) * take
                        viseme_sum = weights if viseme_sum is None else viseme_sum + weights
                seg.played += take
                written += take
                clause = self._turns.setdefault(seg.turn_id, TurnPlayback()).clauses.get(seg.seq)
                if clause is not None:
                    clause.fraction = seg.fraction_played
                if seg.played >= seg.pcm.size:
                    self._queue.popleft()
                    notices.append(
                        PlaybackNotice(
                            "end", seg.turn_id, at + written / self.sample_rate, seq=seg.seq
                        )
                    )
            playing = written > 0
            if written < frames:
                out[written:] = 0.0
            self.output_rms = float(np.sqrt(np.mean(np.square(out)))) if playing else 0.0
            if playing and current is not None:
                self._last_turn = current.turn_id
                notices.append(
                    PlaybackNotice(
                        "mouth",
                        current.turn_id,
                        at,
                        mouth=mouth_sum / max(1, mouth_n),
                        emotion=current.emotion,
                        visemes=None
                        if viseme_sum is None
                        else tuple((viseme_sum / max(1, mouth_n)).tolist()),
                    )
                )
            elif self._was_playing:
                notices.append(PlaybackNotice("idle", self._last_turn, at))
            self._was_playing = playing
        for notice in notices:
            self._notify(notice)

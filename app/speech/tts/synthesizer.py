"""Turns clauses into :class:`SpeechChunk` objects off the event loop, in order, cached."""

from __future__ import annotations

import asyncio
import time
from collections import OrderedDict
from concurrent.futures import ThreadPoolExecutor

import numpy as np

from app.audio.resample import resample
from app.speech.lipsync import ENVELOPE_RATE, mouth_envelope, mouth_visemes
from app.speech.tts.base import TTS, SpeechChunk

SILENCE_LEVEL = 0.003  # about -50 dBFS
KEEP_LEAD_S = 0.01


def trim_leading_silence(pcm: np.ndarray, rate: int) -> np.ndarray:
    """Drop the silence voices put before the first sound (Piper: 30-70 ms).

    Every millisecond before her first sound is latency the listener hears. The
    trailing silence stays: it is the pause between clauses.
    """
    loud = np.flatnonzero(np.abs(pcm) > SILENCE_LEVEL)
    if loud.size == 0:
        return pcm
    start = max(0, int(loud[0]) - int(KEEP_LEAD_S * rate))
    return pcm[start:]


class Synthesizer:
    """One worker thread per engine: clauses are spoken strictly one after another.

    Identical clauses ("Hi!", "Okay.") come from an LRU cache of finished audio,
    already at the output rate with their mouth envelope.
    """

    def __init__(self, tts: TTS, output_rate: int, cache_size: int = 256) -> None:
        self.tts = tts
        self.output_rate = output_rate
        self.cache_size = cache_size
        self._cache: OrderedDict[str, tuple[np.ndarray, np.ndarray, np.ndarray]] = OrderedDict()
        self._executor = ThreadPoolExecutor(max_workers=1, thread_name_prefix="neiri-tts")

    def _render(self, text: str) -> tuple[np.ndarray, np.ndarray, np.ndarray, float]:
        cached = self._cache.get(text)
        if cached is not None:
            self._cache.move_to_end(text)
            return *cached, 0.0
        started = time.perf_counter()
        voiced = self.tts.synthesize(text)
        pcm = trim_leading_silence(voiced.pcm, voiced.sample_rate)
        pcm = resample(pcm, voiced.sample_rate, self.output_rate)
        envelope = mouth_envelope(pcm, self.output_rate)
        visemes = mouth_visemes(pcm, self.output_rate, envelope)
        elapsed = time.perf_counter() - started
        if self.cache_size > 0:
            self._cache[text] = (pcm, envelope, visemes)
            while len(self._cache) > self.cache_size:
                self._cache.popitem(last=False)
        return pcm, envelope, visemes, elapsed

    async def speak(self, turn_id: int, seq: int, text: str) -> SpeechChunk:
        loop = asyncio.get_running_loop()
        pcm, envelope, visemes, elapsed = await loop.run_in_executor(
            self._executor, self._render, text
        )
        return SpeechChunk(
            turn_id=turn_id,
            seq=seq,
            text=text,
            pcm=pcm,
            sample_rate=self.output_rate,
            envelope=envelope,
            envelope_rate=ENVELOPE_RATE,
            synth_s=elapsed,
            visemes=visemes,
        )

    def warm_up(self) -> None:
        self.tts.synthesize("Hi.")

    def close(self) -> None:
        self._executor.shutdown(wait=False, cancel_futures=True)

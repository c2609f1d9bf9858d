"""Sample-rate conversion and channel mixing through soxr (libsoxr)."""

from __future__ import annotations

import numpy as np
import soxr


def to_mono(audio: np.ndarray) -> np.ndarray:
    """Mix a (frames, channels) or (frames,) array down to float32 mono."""
    audio = np.asarray(audio, dtype=np.float32)
    if audio.ndim == 2:
        audio = audio.mean(axis=1, dtype=np.float32)
    return audio


def resample(audio: np.ndarray, rate_in: int, rate_out: int) -> np.ndarray:
    """Resample a whole mono float32 signal (high quality, not for streaming)."""
    audio = np.asarray(audio, dtype=np.float32)
    if rate_in == rate_out or audio.size == 0:
        return audio
    return soxr.resample(audio, rate_in, rate_out, quality="HQ").astype(np.float32, copy=False)


class StreamResampler:
    """Resamples a stream block by block, keeping filter state between blocks."""

    def __init__(self, rate_in: int, rate_out: int) -> None:
        self.rate_in = rate_in
        self.rate_out = rate_out
        self._stream = (
            None
            if rate_in == rate_out
            else soxr.ResampleStream(rate_in, rate_out, 1, dtype="float32", quality="MQ")
        )

    def process(self, block: np.ndarray, last: bool = False) -> np.ndarray:
        block = np.asarray(block, dtype=np.float32)
        if self._stream is None:
            return block
        return self._stream.resample_chunk(block, last=last)

"""Mouth movement from the audio she speaks: a smoothed loudness envelope."""

from __future__ import annotations

import numpy as np

ENVELOPE_RATE = 60.0  # values per second, one per avatar frame


def mouth_envelope(pcm: np.ndarray, sample_rate: int, rate: float = ENVELOPE_RATE) -> np.ndarray:
    """Mouth opening 0..1 per 1/rate s of ``pcm`` (float32 mono, -1..1).

    RMS per frame in dB, mapped from a -45 dBFS floor (closed) to -12 dBFS (wide open),
    with a fast attack and a slower release so the mouth neither flickers nor lags.
    """
    pcm = np.asarray(pcm, dtype=np.float32)
    hop = max(1, round(sample_rate / rate))
    frames = int(np.ceil(pcm.size / hop))
    if frames == 0:
        return np.zeros(0, dtype=np.float32)
    padded = np.zeros(frames * hop, dtype=np.float32)
    padded[: pcm.size] = pcm
    rms = np.sqrt(np.mean(np.square(padded.reshape(frames, hop)), axis=1))
    db = 20.0 * np.log10(np.maximum(rms, 1e-6))
    target = np.clip((db + 45.0) / 33.0, 0.0, 1.0)
    out = np.empty_like(target)
    level = 0.0
    for i, value in enumerate(target):
        coeff = 0.6 if value > level else 0.3  # attack faster than release
        level += coeff * (value - level)
        out[i] = level
    out[out < 0.02] = 0.0
    return out.astype(np.float32)

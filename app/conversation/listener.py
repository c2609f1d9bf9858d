"""Microphone blocks -> Silero VAD in a worker thread -> VAD events on the loop."""

from __future__ import annotations

import asyncio
import contextlib
import logging
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor

import numpy as np

from app.audio.playback import Player
from app.core.bus import EventBus
from app.core.events import MicLevel
from app.speech.vad import VadEvent, VoiceActivityDetector

log = logging.getLogger("neiri.vad")

LEVEL_EVERY_S = 0.1


class Listener:
    """Receives capture blocks on the audio thread and runs the VAD off the loop.

    ``muted`` drops the microphone's audio entirely (the detector sees silence), so a
    paused listener can never start a turn.
    """

    def __init__(
        self,
        vad: VoiceActivityDetector,
        on_event: Callable[[VadEvent], None],
        bus: EventBus,
        player: Player | None = None,
    ) -> None:
        self.vad = vad
        self.on_event = on_event
        self.bus = bus
        self.player = player
        self.muted = False
        self._loop = asyncio.get_running_loop()
        self._queue: asyncio.Queue[tuple[np.ndarray, float, float]] = asyncio.Queue(maxsize=500)
        self._executor = ThreadPoolExecutor(max_workers=1, thread_name_prefix="neiri-vad")
        self._task: asyncio.Task | None = None
        self._last_level = 0.0
        self._level_acc: list[float] = []

    def on_input(self, block: np.ndarray, at: float) -> None:
        """Called by the audio device's thread for every captured 16 kHz block."""
        output_rms = self.player.output_rms if self.player is not None else 0.0
        with contextlib.suppress(RuntimeError):  # the loop is gone: shutting down
            self._loop.call_soon_threadsafe(self._enqueue, block, at, output_rms)

    def _enqueue(self, block: np.ndarray, at: float, output_rms: float) -> None:
        if self.muted:
            block = np.zeros_like(block)
        try:
            self._queue.put_nowait((block, at, output_rms))
        except asyncio.QueueFull:
            log.warning("VAD is falling behind: dropping microphone audio")

    def start(self) -> None:
        self._task = asyncio.create_task(self._run(), name="listener")

    async def _run(self) -> None:
        while True:
            block, at, output_rms = await self._queue.get()
            events = await self._loop.run_in_executor(
                self._executor, self.vad.process, block, at, output_rms
            )
            self._report_level(block, at)
            for event in events:
                try:
                    self.on_event(event)
                except Exception:
                    log.exception("handling %s failed", event.kind)

    def _report_level(self, block: np.ndarray, at: float) -> None:
        if block.size:
            self._level_acc.append(float(np.mean(np.square(block))))
        if at - self._last_level >= LEVEL_EVERY_S and self._level_acc:
            mean = sum(self._level_acc) / len(self._level_acc)
            self._level_acc.clear()
            self._last_level = at
            self.bus.publish(MicLevel(rms_db=round(10 * np.log10(max(mean, 1e-10)), 1)))

    async def stop(self) -> None:
        if self._task is not None:
            self._task.cancel()
            await asyncio.gather(self._task, return_exceptions=True)
        self._executor.shutdown(wait=False, cancel_futures=True)

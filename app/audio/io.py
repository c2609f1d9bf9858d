"""Where audio comes from and goes to: a real sound card, or files on a real-time clock.

Both kinds deliver microphone audio as float32 mono blocks at 16 kHz through
``on_input`` (called on the device's own thread) and pull what to play from a
:class:`~app.audio.playback.Player`.
"""

from __future__ import annotations

import logging
import threading
import time
from collections.abc import Callable
from pathlib import Path
from typing import Protocol

import numpy as np
import soundfile as sf

from app.audio.devices import AudioUnavailable, resolve_device, sounddevice_module
from app.audio.playback import Player
from app.audio.resample import StreamResampler, to_mono
from app.core.messages import msg

log = logging.getLogger("neiri.audio")

MIC_RATE = 16_000
InputCallback = Callable[[np.ndarray, float], None]  # (16 kHz block, capture time)


class AudioError(RuntimeError):
    """An audio file or device could not be used; the message is for the user."""


class AudioIO(Protocol):
    output_rate: int

    def start(self, on_input: InputCallback, player: Player) -> None: ...

    def stop(self) -> None: ...


def read_audio_file(path: str | Path) -> tuple[np.ndarray, int]:
    """Read a WAV/FLAC/OGG file as float32 mono; AudioError with the reason otherwise."""
    path = Path(path)
    if not path.is_file():
        raise AudioError(msg("Audio file not found: {path}", path=str(path)))
    try:
        data, rate = sf.read(str(path), dtype="float32", always_2d=True)
    except (sf.LibsndfileError, RuntimeError, ValueError) as exc:
        raise AudioError(
            msg(
                "Cannot read {file}: not a valid audio file ({reason})",
                file=path.name,
                reason=str(exc),
            )
        ) from exc
    if data.shape[0] == 0:
        raise AudioError(msg("{file} contains no audio", file=path.name))
    return to_mono(data), int(rate)


class FileAudio:
    """Plays a file as the microphone in real time and records what Neiri says.

    Input and output run on one clock, block by block: output sample ``n`` is the sample
    played while input sample ``n`` was captured, so the two files line up exactly and
    her latency can be measured from them. After the input ends the microphone hears
    silence until :meth:`stop`.
    """

    def __init__(
        self,
        input_path: str | Path | None,
        output_path: str | Path | None,
        block_ms: int = 20,
        realtime: bool = True,
        rate_without_input: int = 22_050,
    ) -> None:
        if input_path is None:  # she only speaks: the microphone hears silence
            self.audio, self.output_rate = np.zeros(0, np.float32), rate_without_input
        else:
            self.audio, self.output_rate = read_audio_file(input_path)
        self.output_path = Path(output_path) if output_path else None
        self._out_file: sf.SoundFile | None = None
        self._write_error: Exception | None = None
        if self.output_path is not None:
            self._out_file = self._open_output(self.output_path)
        self.block = max(1, int(self.output_rate * block_ms / 1000))
        self.realtime = realtime
        self._resampler = StreamResampler(self.output_rate, MIC_RATE)
        self._thread: threading.Thread | None = None
        self._stop = threading.Event()
        self.position = 0  # samples consumed so far (input clock)
        self.input_done = threading.Event()
        self.started_at: float | None = None

    @property
    def input_duration_s(self) -> float:
        return self.audio.size / self.output_rate

    def start(self, on_input: InputCallback, player: Player) -> None:
        if player.sample_rate != self.output_rate:
            raise ValueError("the player must run at the input file's rate")
        self._thread = threading.Thread(
            target=self._run, args=(on_input, player), name="neiri-file-audio", daemon=True
        )
        self._thread.start()

    def _run(self, on_input: InputCallback, player: Player) -> None:
        block_s = self.block / self.output_rate
        t0 = time.perf_counter()
        self.started_at = t0
        out = np.zeros(self.block, dtype=np.float32)
        k = 0
        while not self._stop.is_set():
            deadline = t0 + k * block_s
            if self.realtime:
                delay = deadline - time.perf_counter()
                if delay > 0:
                    time.sleep(delay)
            start = k * self.block
            chunk = self.audio[start : start + self.block]
            if chunk.size < self.block:
                self.input_done.set()
                chunk = np.concatenate([chunk, np.zeros(self.block - chunk.size, np.float32)])
            self.position = start + self.block
            on_input(self._resampler.process(chunk), deadline)
            player.fill(out, deadline)
            self._write(out)
            k += 1

    def _open_output(self, path: Path) -> sf.SoundFile:
        """Open the recording now, so a path that cannot be written fails at start."""
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
            return sf.SoundFile(
                str(path), "w", samplerate=self.output_rate, channels=1, subtype="PCM_16"
            )
        except (OSError, sf.LibsndfileError, RuntimeError) as exc:
            raise AudioError(
                msg(
                    "Cannot write the recording to {path}: {reason}",
                    path=str(path),
                    reason=str(exc),
                )
            ) from exc

    def _write(self, block: np.ndarray) -> None:
        # Written block by block: a crash later loses nothing already said.
        if self._out_file is None or self._write_error is not None:
            return
        try:
            self._out_file.write(block)
        except (OSError, sf.LibsndfileError, RuntimeError) as exc:
            self._write_error = exc

    def stop(self) -> None:
        self._stop.set()
        if self._thread is not None:
            self._thread.join(timeout=5)
        if self._out_file is not None:
            self._out_file.close()
            self._out_file = None
        if self._write_error is not None:
            raise AudioError(
                msg(
                    "Writing {path} failed: {reason}",
                    path=str(self.output_path),
                    reason=str(self._write_error),
                )
            )


class DeviceAudio:
    """The real microphone and speakers through PortAudio callbacks."""

    def __init__(
        self,
        input_device: str | int | None = None,
        output_device: str | int | None = None,
        block_ms: int = 20,
        listen: bool = True,
    ) -> None:
        self.sd = sounddevice_module()
        self.block_ms = block_ms
        self.listen = listen
        self.input_index = resolve_device(input_device, "input") if listen else None
        self.output_index = resolve_device(output_device, "output")
        try:
            out_info = self.sd.query_devices(self.output_index, "output")
        except Exception as exc:
            raise AudioUnavailable(
                msg(
                    "No speakers or headphones found ({reason}); Neiri answers in text only. "
                    "Connect an output device, or pick one in the settings (neiri devices).",
                    reason=str(exc),
                )
            ) from exc
        self.output_rate = int(out_info["default_samplerate"])
        self._streams: list[object] = []

    def start(self, on_input: InputCallback, player: Player) -> None:
        sd = self.sd

        def out_callback(outdata, frames, time_info, status) -> None:  # PortAudio thread
            if status.output_underflow:
                log.debug("output underflow")
            now = time.perf_counter()
            at = now + max(0.0, time_info.outputBufferDacTime - time_info.currentTime)
            player.fill(outdata[:, 0], at)
            if outdata.shape[1] > 1:
                outdata[:, 1:] = outdata[:, :1]

        try:
            if self.listen:
                in_info = sd.query_devices(self.input_index, "input")
                in_rate = int(in_info["default_samplerate"])
                resampler = StreamResampler(in_rate, MIC_RATE)

                def in_callback(indata, frames, time_info, status) -> None:  # PortAudio thread
                    if status.input_overflow:
                        log.warning("microphone overflow: audio was lost")
                    lag = max(0.0, time_info.currentTime - time_info.inputBufferAdcTime)
                    at = time.perf_counter() - lag
                    on_input(resampler.process(indata[:, 0].copy()), at)

                instream = sd.InputStream(
                    device=self.input_index,
                    channels=1,
                    samplerate=in_rate,
                    dtype="float32",
                    blocksize=int(in_rate * self.block_ms / 1000),
                    latency="low",
                    callback=in_callback,
                )
                self._streams.append(instream)
            outstream = sd.OutputStream(
                device=self.output_index,
                channels=1,
                samplerate=self.output_rate,
                dtype="float32",
                blocksize=int(self.output_rate * self.block_ms / 1000),
                latency="low",
                callback=out_callback,
            )
            self._streams.append(outstream)
            for stream in self._streams:
                stream.start()  # type: ignore[attr-defined]
        except Exception as exc:
            self.stop()
            raise AudioUnavailable(
                msg("Could not open the audio device: {reason}", reason=str(exc))
            ) from exc

    def stop(self) -> None:
        for stream in self._streams:
            try:
                stream.stop()  # type: ignore[attr-defined]
                stream.close()  # type: ignore[attr-defined]
            except Exception:
                log.debug("closing an audio stream failed", exc_info=True)
        self._streams.clear()

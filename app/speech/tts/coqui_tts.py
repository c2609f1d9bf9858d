"""Coqui XTTS-v2: an optional, heavier voice (install with ``uv sync --extra xtts``).

The XTTS-v2 weights are under the Coqui Public Model License (non-commercial); Coqui's
own loader asks the user to accept it before it downloads them. Neiri never ships them.
"""

from __future__ import annotations

import time
from pathlib import Path

import numpy as np

from app.core.messages import msg
from app.speech.tts.base import TTSError, Voiced

MODEL_NAME = "tts_models/multilingual/multi-dataset/xtts_v2"


class CoquiTTS:
    name = "xtts"

    def __init__(self, speaker_wav: str | Path, language: str = "en", device: str = "cpu") -> None:
        try:
            from TTS.api import TTS as CoquiApi
        except ImportError as exc:
            raise TTSError(
                msg(
                    "The XTTS voice engine is not installed. Install it with "
                    "`uv sync --extra xtts` (it needs about 2 GB), or choose Piper."
                )
            ) from exc
        self.speaker_wav = Path(speaker_wav)
        if not self.speaker_wav.is_file():
            raise TTSError(
                msg(
                    "XTTS needs a reference voice recording; {path} is missing",
                    path=str(speaker_wav),
                )
            )
        self.language = language.split("-")[0]
        started = time.perf_counter()
        try:
            self.api = CoquiApi(MODEL_NAME).to(device)
        except Exception as exc:  # model download or load failure, reported to the user
            raise TTSError(msg("Could not load XTTS-v2: {reason}", reason=str(exc))) from exc
        self.load_s = time.perf_counter() - started
        self.sample_rate = int(self.api.synthesizer.output_sample_rate)

    def synthesize(self, text: str) -> Voiced:
        wav = self.api.tts(text=text, speaker_wav=str(self.speaker_wav), language=self.language)
        return Voiced(pcm=np.asarray(wav, dtype=np.float32), sample_rate=self.sample_rate)

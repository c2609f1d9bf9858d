"""faster-whisper tiny.en: the short-window path, the long path, and noise."""

from __future__ import annotations

import numpy as np
import pytest

from app.speech.asr import ASRError, WhisperASR, resolve_model
from tests.conftest import normalise, silence, speech16k


def test_short_utterances_use_the_trimmed_window(whisper):
    audio = np.concatenate([silence(0.2), speech16k("Can you help me with my homework?")])
    result = whisper.transcribe(audio)
    assert normalise(result.text) == "can you help me with my homework"
    assert result.elapsed_s < 1.0


def test_audio_longer_than_the_window_takes_the_full_path(whisper, jfk_path):
    from app.audio.io import read_audio_file
    from app.audio.resample import resample

    clip, rate = read_audio_file(jfk_path)
    clip = resample(clip, rate, 16000)
    long = np.concatenate([clip, silence(0.5), clip, silence(0.5)])  # ~23 s
    assert whisper._transcribe_short(np.concatenate([long, long])) is None  # > 30 s
    text = normalise(whisper.transcribe(long).text)
    assert text.count("ask not what your country can do for you") == 2


def test_noise_and_silence_give_no_words(whisper):
    rng = np.random.default_rng(3)
    noise = (rng.standard_normal(16000 * 2) * 0.01).astype(np.float32)
    for audio in (silence(1.5), noise):
        assert whisper.transcribe(audio).text == ""


def test_missing_model_is_a_clear_error(tmp_path):
    with pytest.raises(ASRError, match=r"not installed.*Bundled models: tiny\.en"):
        resolve_model("large-v9", tmp_path)
    with pytest.raises(ASRError, match="not installed"):
        WhisperASR("large-v9", models_dir=tmp_path)


def test_a_restarted_sentence_is_cut():
    from app.speech.asr import drop_restart

    assert drop_restart("Can you help me? Can") == "Can you help me?"
    assert drop_restart("Can you help me? Can you") == "Can you help me?"
    assert drop_restart("Hello. How are you?") == "Hello. How are you?"
    assert drop_restart("Stop. Stop") == "Stop."
    assert drop_restart("Yes") == "Yes"

"""Piper through the Synthesizer: order, cache, trimmed lead-in, mouth envelope."""

from __future__ import annotations

import asyncio

import numpy as np
import pytest

from app.speech.lipsync import ENVELOPE_RATE, VISEMES, mouth_envelope, mouth_visemes
from app.speech.tts.base import TTSError
from app.speech.tts.piper_tts import resolve_voice
from app.speech.tts.synthesizer import Synthesizer, trim_leading_silence


async def test_clauses_come_back_in_order_with_their_envelopes(piper_tts):
    synth = Synthesizer(piper_tts, output_rate=48000, cache_size=8)
    texts = ["Hello there.", "This is a longer clause with several words in it.", "Bye!"]
    tasks = [asyncio.create_task(synth.speak(7, i, t)) for i, t in enumerate(texts)]
    chunks = await asyncio.gather(*tasks)
    assert [c.seq for c in chunks] == [0, 1, 2]
    assert [c.text for c in chunks] == texts
    for chunk in chunks:
        assert chunk.turn_id == 7 and chunk.sample_rate == 48000
        assert chunk.envelope_rate == ENVELOPE_RATE
        assert abs(chunk.envelope.size / ENVELOPE_RATE - chunk.duration_s) < 0.05
        assert chunk.envelope.max() > 0.5  # the mouth opens
        assert chunk.visemes is not None and chunk.visemes.shape == (chunk.envelope.size, 5)
    assert chunks[1].duration_s > chunks[0].duration_s
    synth.close()


async def test_repeated_clauses_come_from_the_cache(piper_tts):
    synth = Synthesizer(piper_tts, output_rate=22050, cache_size=2)
    first = await synth.speak(1, 0, "Okay!")
    again = await synth.speak(2, 0, "Okay!")
    assert first.synth_s > 0 and again.synth_s == 0.0
    assert np.array_equal(first.pcm, again.pcm)
    await synth.speak(3, 0, "One.")
    await synth.speak(3, 1, "Two.")  # "Okay!" is now the least recently used: evicted
    evicted = await synth.speak(4, 0, "Okay!")
    assert evicted.synth_s > 0
    synth.close()


def test_leading_silence_is_trimmed_but_the_sound_is_not(piper_tts):
    voiced = piper_tts.synthesize("Oh, hello.")
    rate = voiced.sample_rate
    lead = int(np.flatnonzero(np.abs(voiced.pcm) > 0.003)[0])
    assert lead > 0.02 * rate, "Piper starts with silence"
    trimmed = trim_leading_silence(voiced.pcm, rate)
    new_lead = int(np.flatnonzero(np.abs(trimmed) > 0.003)[0])
    assert new_lead <= 0.011 * rate
    assert np.array_equal(trimmed[new_lead:], voiced.pcm[lead:])
    silent = np.zeros(1000, np.float32)
    assert trim_leading_silence(silent, rate) is silent


def test_mouth_is_closed_in_silence_and_open_in_speech(piper_tts):
    voiced = piper_tts.synthesize("La la la, singing a song.")
    rate = voiced.sample_rate
    pcm = np.concatenate([np.zeros(rate // 2, np.float32), voiced.pcm])
    env = mouth_envelope(pcm, rate)
    assert np.all(env[: int(0.45 * ENVELOPE_RATE)] == 0.0)
    assert env[int(0.5 * ENVELOPE_RATE) :].max() > 0.6
    assert env.min() >= 0.0 and env.max() <= 1.0


def _mean_visemes(piper_tts, text: str, rate: int = 48000) -> dict[str, float]:
    from app.audio.resample import resample

    voiced = piper_tts.synthesize(text)
    pcm = resample(voiced.pcm, voiced.sample_rate, rate)
    env = mouth_envelope(pcm, rate)
    weights = mouth_visemes(pcm, rate, env)
    voiced_frames = env > 0.3
    assert voiced_frames.sum() >= 8, text
    return dict(zip(VISEMES, weights[voiced_frames].mean(axis=0).tolist(), strict=True))


def test_visemes_follow_the_vowels_she_speaks(piper_tts):
    ah = _mean_visemes(piper_tts, "Aah.")
    ee = _mean_visemes(piper_tts, "See me.")
    oh = _mean_visemes(piper_tts, "Oh no.")
    assert max(ah, key=ah.get) == "aa", ah
    assert max(ee, key=ee.get) == "ee", ee
    assert ah["aa"] > ee["aa"] + 0.4, (ah, ee)
    assert ee["ee"] + ee["ih"] > ah["ee"] + ah["ih"] + 0.5, (ah, ee)
    assert oh["oh"] + oh["ou"] > ee["oh"] + ee["ou"] + 0.3, (oh, ee)
    assert oh["oh"] + oh["ou"] > ah["oh"] + ah["ou"], (oh, ah)


def test_visemes_are_zero_in_silence_and_sum_to_one_in_speech(piper_tts):
    voiced = piper_tts.synthesize("Hello there, how are you today? I am fine, thank you.")
    rate = voiced.sample_rate
    pcm = np.concatenate([np.zeros(rate // 2, np.float32), voiced.pcm])
    env = mouth_envelope(pcm, rate)
    weights = mouth_visemes(pcm, rate, env)
    assert weights.shape == (env.size, 5) and weights.dtype == np.float32
    assert np.all(weights[env == 0] == 0.0)
    assert np.all(weights[: int(0.45 * ENVELOPE_RATE)] == 0.0)
    assert np.allclose(weights[env > 0].sum(axis=1), 1.0, atol=1e-5)
    assert mouth_visemes(np.zeros(rate, np.float32), rate, np.zeros(60, np.float32)).sum() == 0
    # the cost is measured by benchmarks/lipsync_bench.py


def test_unknown_voice_is_a_clear_error(tmp_path):
    with pytest.raises(TTSError, match=r"not installed.*Bundled voices: en_US-joe-medium"):
        resolve_voice("xx_XX-nobody-low", tmp_path)

"""Silero VAD (real ONNX model) with hysteresis, pre-roll and the speakers-mode gate."""

from __future__ import annotations

import numpy as np
import pytest

from app.speech.vad import SileroModel, VadConfig, VoiceActivityDetector
from tests.conftest import silence, speech16k


@pytest.fixture(scope="module")
def model() -> SileroModel:
    return SileroModel()


def feed(vad: VoiceActivityDetector, audio: np.ndarray, block: int = 320, out_rms=None):
    events = []
    for i in range(0, audio.size, block):
        rms = 0.0 if out_rms is None else out_rms(i)
        events.extend(vad.process(audio[i : i + block], (i + block) / 16000, rms))
    return events


def test_context_matters_speech_is_detected(model):
    speech = speech16k("Hello, can you hear me clearly?")
    model.reset()
    probs = [model.prob(speech[i : i + 512]) for i in range(0, speech.size - 512, 512)]
    assert max(probs) > 0.9
    model.reset()
    assert model.prob(np.zeros(512, np.float32)) < 0.1


def test_silence_gives_no_events(model):
    vad = VoiceActivityDetector(model)
    assert feed(vad, silence(3.0)) == []
    noise = (np.random.default_rng(1).standard_normal(48000) * 0.003).astype(np.float32)
    assert feed(vad, noise) == []


def test_start_pause_end_with_preroll(model):
    speech = speech16k("What is the weather like today?")
    audio = np.concatenate([silence(1.0), speech, silence(1.0)])
    vad = VoiceActivityDetector(model, VadConfig(min_silence_ms=300, preroll_ms=300))
    events = feed(vad, audio)
    kinds = [e.kind for e in events]
    assert kinds[0] == "start" and kinds[-1] == "end"
    assert "pause" in kinds
    end = events[-1]
    pause = next(e for e in events if e.kind == "pause")
    # the utterance holds all the speech plus pre-roll, and speculation used the same audio
    assert end.audio.size >= speech.size
    assert np.array_equal(end.audio, pause.audio)
    # the end is confirmed min_silence after the last voiced window, not before
    assert end.at - end.last_voiced_at >= 0.3 - 1e-6
    start = events[0]
    assert 0.9 <= start.stream_time <= 1.3


def test_first_syllable_is_kept_by_preroll(model, whisper):
    speech = speech16k("Tomorrow we will go to the park.")
    audio = np.concatenate([silence(0.8), speech, silence(0.8)])
    vad = VoiceActivityDetector(model, VadConfig(preroll_ms=300))
    utterance = next(e for e in feed(vad, audio) if e.kind == "end").audio
    text = whisper.transcribe(utterance).text.lower()
    assert text.startswith("tomorrow"), text


def test_resume_cancels_a_pause(model):
    a = speech16k("I was thinking")
    b = speech16k("about something else entirely.")
    audio = np.concatenate([silence(0.5), a, silence(0.15), b, silence(1.0)])
    vad = VoiceActivityDetector(model, VadConfig(min_silence_ms=400))
    kinds = [e.kind for e in feed(vad, audio)]
    assert kinds.count("start") == 1 and kinds.count("end") == 1
    assert "resume" in kinds


def test_speakers_mode_ignores_her_own_echo_but_not_the_user(model):
    her = speech16k("This is Neiri speaking through the speakers right now, la la la.")
    echo = 0.3 * her  # what the mic picks up of her voice

    def out_rms(i: int) -> float:  # what the player reports for the block being played
        block = her[i : i + 320] if i < her.size else np.zeros(1)
        return float(np.sqrt(np.mean(np.square(block))))

    gate_on = VadConfig(speakers_mode=True, speakers_margin_db=6.0)
    vad = VoiceActivityDetector(model, gate_on)
    events = feed(vad, np.concatenate([echo, silence(0.5)]), out_rms=out_rms)
    assert [e for e in events if e.kind == "start"] == [], "her echo must not barge in"

    # the user talking close to the mic over her echo does barge in
    user = speech16k("Hey, stop for a second please!")
    n = min(user.size, echo.size)
    mixed = echo[:n] + 1.0 * user[:n] / max(1e-6, np.abs(user).max()) * 0.9
    vad = VoiceActivityDetector(model, gate_on)
    events = feed(vad, np.concatenate([echo, mixed]), out_rms=lambda i: out_rms(i % her.size))
    assert any(e.kind == "start" for e in events)

    # headphones mode: no gate, any speech counts
    vad2 = VoiceActivityDetector(model, VadConfig(speakers_mode=False))
    assert any(e.kind == "start" for e in feed(vad2, echo, out_rms=out_rms))

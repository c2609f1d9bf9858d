"""Whole turns through the real engine: speech in, her voice out, history kept.

Real Silero VAD, faster-whisper tiny.en and Piper run here; only the LLM is a fake
Ollama server on 127.0.0.1 driven through the real ollama client.
"""

from __future__ import annotations

import asyncio
import itertools
import time

import jiwer
import numpy as np
import pytest

from app.config.paths import Paths
from app.conversation.history import History
from app.core.events import (
    AvatarFrame,
    EmotionChanged,
    MotionRequested,
    ReplyText,
    SpeakingChanged,
    SpeechStarted,
    TurnFinished,
    TurnInterrupted,
    TurnMetrics,
    UserText,
)
from app.engine import AudioPlan
from tests.conftest import normalise, silence, speech16k, write_wav
from tests.fakes.fake_ollama import FakeOllama
from tests.integration.harness import (
    chat_requests,
    engine_settings,
    read,
    run_files,
    start_engine,
    voiced_spans,
)

pytestmark = pytest.mark.slow

GREETING = "[emotion: happy] [motion: wave] I'm great, thanks for asking! How about you?"
LONG = (
    "[emotion: excited] Once upon a time, in a small village by the sea, there lived a "
    "curious fox who loved to watch the boats. Every morning she climbed the tallest dune, "
    "counted the sails, and dreamed about the islands far away. One day a storm came, and "
    "the fox had to be very brave indeed."
)


def stored_turns():
    history = History(Paths.resolve().db_file, "reader")
    try:
        return history.recent_sync(20)
    finally:
        history.close()


async def test_a_spoken_question_gets_a_spoken_answer(tmp_path):
    question = "What is the weather like today?"
    speech = speech16k(question)
    audio = np.concatenate([silence(0.5), speech, silence(4.0)])
    in_wav = write_wav(tmp_path / "in.wav", audio)
    out_wav = tmp_path / "out.wav"
    async with FakeOllama(accept_any_model=True, reply=GREETING, token_delay_s=0.02) as fake:
        run = await run_files(engine_settings(fake.url), in_wav, out_wav)

    said = run.of(UserText)
    assert len(said) == 1
    assert jiwer.wer(normalise(question), normalise(said[0].text)) <= 0.2
    assert [e.emotion for e in run.of(EmotionChanged)] == ["happy"]
    assert [e.motion for e in run.of(MotionRequested)] == ["wave"]
    spoken = " ".join(e.text for e in run.of(ReplyText))
    assert spoken == "I'm great, thanks for asking! How about you?"
    assert "[" not in spoken

    # the prompt held the persona, and the user's words as the last message
    messages = chat_requests(fake)[-1]["messages"]
    assert messages[0]["role"] == "system" and "Neiri" in messages[0]["content"]
    assert messages[-1] == {"role": "user", "content": said[0].text}

    metrics = [m for m in run.of(TurnMetrics) if m.turn_id == said[0].turn_id]
    assert len(metrics) == 1
    m = metrics[0]
    order = [
        m.speech_end,
        m.asr_done,
        m.llm_first_token,
        m.first_clause,
        m.tts_first_audio,
        m.playback_start,
        m.playback_end,
    ]
    assert all(t is not None for t in order), m
    # playback_start is the nominal time of the output block the sound starts in,
    # which can precede the moment synthesis handed it over by up to one block
    block_s = 0.04
    assert all(b >= a - block_s for a, b in itertools.pairwise(order)), m.stages_ms()

    # the mouth moves with the audio actually played, and closes when she is done
    frames = run.of(AvatarFrame)
    speaking = [f for f in frames if m.playback_start <= f.ts <= m.playback_end + 0.05]
    assert max(f.mouth for f in speaking) > 0.5
    assert all(f.ts >= m.playback_start - 0.005 for f in frames)
    assert frames[-1].mouth == 0.0 and frames[-1].ts >= m.playback_end - 0.03
    assert {f.emotion for f in speaking} == {"happy"}

    # out.wav is on the input's clock: silent while she listens, her voice after
    out, rate = read(out_wav)
    assert rate == 16000 and out.size >= audio.size
    speech_end = int((0.5 * 16000) + speech.size)
    assert np.all(np.abs(out[:speech_end]) < 1e-3)
    spans = voiced_spans(out, rate)
    assert spans and spans[0][0] > speech_end
    assert (spans[0][0] - speech_end) / rate < 1.5  # she answers promptly

    turns = stored_turns()
    assert len(turns) == 1
    assert turns[0].user_text == said[0].text
    assert turns[0].reply_text == spoken
    assert not turns[0].interrupted


async def test_a_pause_mid_sentence_is_one_utterance_not_two(tmp_path):
    # The user stops for 0.45 s (longer than the end-of-speech silence) and goes on
    # before she has said anything: the two parts are one question with one answer.
    first, second = speech16k("I was thinking"), speech16k("about getting a small dog.")
    audio = np.concatenate([silence(0.5), first, silence(0.45), second, silence(3.5)])
    in_wav = write_wav(tmp_path / "in.wav", audio)
    async with FakeOllama(accept_any_model=True, reply="[emotion: happy] A dog! Yes!") as fake:
        fake.first_token_delay_s = 0.6  # slow enough that she has not spoken yet
        run = await run_files(engine_settings(fake.url), in_wav, tmp_path / "out.wav")

    withdrawn = run.of(TurnInterrupted)
    assert [e.reason for e in withdrawn] == ["continued"]
    finished = run.of(TurnFinished)
    assert len(finished) == 1
    said = normalise(finished[0].user_text)
    assert said.startswith("i was thinking") and "small dog" in said
    assert finished[0].reply_text == "A dog! Yes!"
    turns = stored_turns()
    assert [normalise(t.user_text) for t in turns] == [said]


async def test_barge_in_stops_her_and_keeps_only_what_was_heard(tmp_path):
    first = speech16k("Please tell me a long story.")
    second = speech16k("Wait, stop for a moment.")
    gap = 2.5
    audio = np.concatenate([silence(0.5), first, silence(gap), second, silence(3.0)])
    in_wav = write_wav(tmp_path / "in.wav", audio)
    out_wav = tmp_path / "out.wav"

    def reply(messages):
        return LONG if "story" in messages[-1]["content"].lower() else "[emotion: shy] Okay!"

    async with FakeOllama(accept_any_model=True, reply=reply, token_delay_s=0.02) as fake:
        run = await run_files(engine_settings(fake.url), in_wav, out_wav)

    interrupted = run.of(TurnInterrupted)
    assert len(interrupted) == 1 and interrupted[0].reason == "barge_in"
    story_turn = interrupted[0].turn_id
    heard = interrupted[0].heard_text
    assert heard, "she had started the story before being interrupted"
    full = " ".join(LONG.split("] ", 1)[1].split())
    assert full.startswith(heard.rstrip("…").strip())
    assert len(heard) < len(full)
    # nothing of the story is shown or played after the interruption
    cut = run.events.index(interrupted[0])
    assert not [e for e in run.events[cut:] if isinstance(e, ReplyText) and e.turn_id == story_turn]

    # the speaker went silent within a block of the barge-in being detected
    out, rate = read(out_wav)
    onset = run.of(SpeechStarted)[1]
    started_at = run.engine.audio_io.started_at
    detected = int((onset.ts - started_at) * rate)
    block = int(0.02 * rate)
    second_end = int((0.5 + gap) * rate) + first.size + second.size
    assert np.any(np.abs(out[detected - 4 * block : detected]) > 0.01), "she was speaking"
    assert np.all(np.abs(out[detected + 2 * block : second_end]) < 1e-3)
    # and she answered the second utterance
    assert any(start > second_end for start, _ in voiced_spans(out, rate))

    turns = stored_turns()
    assert len(turns) == 2
    assert turns[0].interrupted and turns[0].reply_text == heard
    assert not turns[1].interrupted and turns[1].reply_text == "Okay!"


async def test_stop_silences_her_within_one_block(tmp_path):
    out_wav = tmp_path / "out.wav"
    async with FakeOllama(accept_any_model=True, reply=LONG, token_delay_s=0.01) as fake:
        run = await start_engine(engine_settings(fake.url), AudioPlan("files", None, out_wav))
        engine = run.engine
        speaking = asyncio.Event()
        engine.bus.subscribe(lambda e: speaking.set(), SpeakingChanged)
        turn = await engine.send_text("Tell me a story")
        await asyncio.wait_for(speaking.wait(), 10)
        await asyncio.sleep(0.6)
        pressed = time.perf_counter()
        assert engine.stop_speaking()
        await engine.conversation.wait(turn)
        await asyncio.sleep(0.3)
        await engine.stop()
    out, rate = read(out_wav)
    at = int((pressed - engine.audio_io.started_at) * rate)
    block = int(0.02 * rate)
    assert np.any(np.abs(out[at - 10 * block : at]) > 0.01), "she was speaking when stopped"
    assert np.all(np.abs(out[at + 2 * block :]) < 1e-3)
    interrupted = run.of(TurnInterrupted)
    assert interrupted and interrupted[0].reason == "stop"
    turns = stored_turns()
    assert turns[-1].interrupted and turns[-1].user_text == "Tell me a story"
    assert 0 < len(turns[-1].reply_text) < len(LONG)

"""File source -> VAD -> ASR on real speech: the JFK clip (human) and Piper speech."""

from __future__ import annotations

import threading

import jiwer
import numpy as np
import pytest

from app.audio.io import AudioError, FileAudio, read_audio_file
from app.audio.playback import Player
from app.speech.vad import SileroModel, VadConfig, VoiceActivityDetector
from tests.conftest import JFK_TEXT, normalise, silence, speech16k, write_wav


def listen(path, whisper, min_silence_ms=300) -> list[str]:
    """Play ``path`` as the microphone (faster than real time) and transcribe each utterance."""
    vad = VoiceActivityDetector(SileroModel(), VadConfig(min_silence_ms=min_silence_ms))
    source = FileAudio(path, None, realtime=False)
    utterances: list[np.ndarray] = []
    done = threading.Event()

    def on_input(block, at):
        for event in vad.process(block, at):
            if event.kind == "end":
                utterances.append(event.audio)
        if source.input_done.is_set() and source.position > source.audio.size + 32000:
            done.set()

    source.start(on_input, Player(source.output_rate))
    assert done.wait(60)
    source.stop()
    return [whisper.transcribe(u).text for u in utterances]


def test_jfk_word_error_rate_at_most_10_percent(jfk_path, whisper):
    texts = listen(jfk_path, whisper)
    assert len(texts) >= 2, "the clip has pauses: several utterances are expected"
    hypothesis = normalise(" ".join(texts))
    wer = jiwer.wer(normalise(JFK_TEXT), hypothesis)
    print(f"JFK WER {wer:.3f}: {hypothesis}")
    assert wer <= 0.10


def test_synthesized_questions_are_understood(tmp_path, whisper):
    sentences = ["What time is it in Tokyo?", "Tell me a story about a dragon."]
    parts = [silence(0.5)]
    for s in sentences:
        parts += [speech16k(s), silence(1.0)]
    path = write_wav(tmp_path / "questions.wav", np.concatenate(parts))
    texts = listen(path, whisper)
    assert len(texts) == 2
    for got, want in zip(texts, sentences, strict=True):
        assert jiwer.wer(normalise(want), normalise(got)) <= 0.2, got


def test_corrupt_and_empty_audio_files_give_clear_errors(tmp_path):
    garbage = tmp_path / "garbage.wav"
    garbage.write_bytes(b"RIFF\x00\x00\x00\x00WAVEthis is not audio" * 10)
    with pytest.raises(AudioError, match="not a valid audio file"):
        read_audio_file(garbage)
    empty = write_wav(tmp_path / "empty.wav", np.zeros(0, np.float32))
    with pytest.raises(AudioError, match="contains no audio"):
        read_audio_file(empty)
    with pytest.raises(AudioError, match="not found"):
        read_audio_file(tmp_path / "missing.flac")
    # the files themselves are left as they were
    assert garbage.stat().st_size == 290


def test_file_audio_output_is_sample_aligned_with_input(tmp_path):
    rate = 22050
    path = write_wav(tmp_path / "in.wav", np.zeros(rate, np.float32), rate)
    out = tmp_path / "out.wav"
    source = FileAudio(path, out, block_ms=20, realtime=False)
    player = Player(source.output_rate)
    click = np.zeros(2205, np.float32)
    click[0] = 0.9
    from app.audio.playback import Segment

    seen = []

    def on_input(block, at):
        seen.append(block.size)
        if len(seen) == 10:  # enqueue during block 10: it sounds from block 10 on
            player.enqueue(Segment(1, 0, "click", click, np.zeros(1, np.float32), 60.0))
        if len(seen) > 60:
            source._stop.set()

    source.start(on_input, player)
    source._thread.join(10)
    written, out_rate = read_audio_file(out)
    assert out_rate == rate
    onset = int(np.argmax(np.abs(written) > 0.5))
    assert onset == 9 * source.block
    # the mic side was resampled to 16 kHz blocks of 20 ms
    assert abs(np.mean(seen[2:]) - 320) < 2

"""The playback buffer: ordered output, silence within one block, what was heard."""

from __future__ import annotations

import numpy as np

from app.audio.playback import Player, Segment

RATE = 16000
BLOCK = 320  # 20 ms


def seg(turn: int, seq: int, text: str, seconds: float, value: float = 0.5) -> Segment:
    pcm = np.full(int(seconds * RATE), value, dtype=np.float32)
    return Segment(turn, seq, text, pcm, np.full(int(seconds * 60), 0.7, np.float32), 60.0)


def run_blocks(player: Player, n: int, t0: float = 0.0) -> np.ndarray:
    out = np.zeros(BLOCK, np.float32)
    blocks = []
    for k in range(n):
        player.fill(out, t0 + k * BLOCK / RATE)
        blocks.append(out.copy())
    return np.concatenate(blocks)


def test_segments_play_in_order_and_report_start_end_idle():
    notices = []
    player = Player(RATE, notices.append)
    player.enqueue(seg(1, 0, "Hello there.", 0.05, 0.25))
    player.enqueue(seg(1, 1, "How are you?", 0.05, 0.5))
    audio = run_blocks(player, 8)
    first = int(0.05 * RATE)
    assert np.allclose(audio[:first], 0.25)
    assert np.allclose(audio[first : 2 * first], 0.5)
    assert np.allclose(audio[2 * first :], 0.0)
    kinds = [(n.kind, n.seq) for n in notices if n.kind != "mouth"]
    assert kinds == [("start", 0), ("end", 0), ("start", 1), ("end", 1), ("idle", -1)]
    assert any(n.kind == "mouth" and n.mouth > 0.5 for n in notices)
    # the second clause starts exactly where the first ended, in output time
    start1 = next(n for n in notices if n.kind == "start" and n.seq == 1)
    assert abs(start1.at - first / RATE) < 1e-9


def test_clear_silences_from_the_next_block_and_blocks_late_chunks():
    player = Player(RATE)
    player.enqueue(seg(3, 0, "one two three four", 1.0))
    before = run_blocks(player, 5)
    assert np.all(before != 0)
    player.clear(block_turn=3)
    after = run_blocks(player, 3)
    assert np.all(after == 0), "output must be silent in the very next block"
    # a chunk of the cleared turn that arrives late is refused and never played
    assert player.enqueue(seg(3, 1, "late", 0.5)) is False
    assert np.all(run_blocks(player, 5) == 0)
    # a new turn plays normally
    assert player.enqueue(seg(4, 0, "next", 0.1))
    assert np.any(run_blocks(player, 2) != 0)


def test_heard_text_holds_only_what_was_played():
    player = Player(RATE)
    player.enqueue(seg(7, 0, "I am Neiri.", 0.1))
    player.enqueue(seg(7, 1, "one two three four five six seven eight", 1.0))
    run_blocks(player, 5 + 25)  # 0.1 s + half of the second clause
    player.clear(block_turn=7)
    heard = player.playback_of(7).heard_text()
    assert heard.startswith("I am Neiri. one two three four")
    assert "eight" not in heard
    assert heard.endswith("…")


def test_output_rms_tracks_what_is_played():
    player = Player(RATE)
    player.enqueue(seg(1, 0, "x", 0.04, 0.5))
    run_blocks(player, 1)
    assert abs(player.output_rms - 0.5) < 1e-6
    run_blocks(player, 3)
    assert player.output_rms == 0.0


def test_mouth_notices_carry_the_visemes_averaged_over_the_block():
    notices = []
    player = Player(RATE, notices.append)
    frames = 6  # 0.1 s at 60/s: three "aa" frames, then three "ee" frames
    visemes = np.zeros((frames, 5), np.float32)
    visemes[:3, 0] = 1.0
    visemes[3:, 3] = 1.0
    pcm = np.full(int(0.1 * RATE), 0.5, np.float32)
    env = np.full(frames, 0.7, np.float32)
    player.enqueue(Segment(1, 0, "Ah, see.", pcm, env, 60.0, visemes=visemes))
    player.enqueue(seg(1, 1, "No visemes.", 0.04))
    run_blocks(player, 8)
    mouths = [n for n in notices if n.kind == "mouth"]
    assert mouths[0].visemes == (1.0, 0.0, 0.0, 0.0, 0.0)
    assert mouths[-3].visemes is not None and mouths[-3].visemes[3] == 1.0
    assert mouths[-1].visemes is None  # a clause without visemes: the field is absent

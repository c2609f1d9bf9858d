"""Sound-device and web-server settings take effect without a restart.

The device tests run the real PortAudio on ALSA "null" devices declared in a private
``.asoundrc`` (no sound card needed). A null device has no clock: its callbacks run as
fast as the CPU allows, so these tests listen to nothing (``listen=False``) and keep
their streams open for a moment only.
"""

from __future__ import annotations

import asyncio
import ctypes.util

import aiohttp
import pytest

from app.core.events import ComponentStatus
from app.engine import AudioPlan
from tests.fakes.fake_ollama import FakeOllama
from tests.integration.harness import engine_settings, start_engine

ASOUNDRC = """\
pcm.!default { type null }
pcm.neiri_null_a { type null }
pcm.neiri_null_b { type null }
"""


@pytest.fixture
def null_sound_devices(tmp_path, monkeypatch):
    """PortAudio re-scanned with two null ALSA devices, and re-scanned back after."""
    if ctypes.util.find_library("portaudio") is None:
        pytest.skip("PortAudio is not installed (apt install libportaudio2)")
    import sounddevice as sd

    home = tmp_path / "alsa-home"
    home.mkdir()
    (home / ".asoundrc").write_text(ASOUNDRC, encoding="utf-8")
    monkeypatch.setenv("HOME", str(home))
    sd._terminate()
    sd._initialize()
    names = {d["name"] for d in sd.query_devices()}
    if not {"neiri_null_a", "neiri_null_b"} <= names:
        pytest.skip(f"ALSA did not offer the null devices (PortAudio sees {sorted(names)})")
    yield sd
    monkeypatch.undo()
    sd._terminate()
    sd._initialize()


def _statuses(run, component: str) -> list[ComponentStatus]:
    return [e for e in run.of(ComponentStatus) if e.component == component]


async def test_a_new_output_device_is_used_at_once_and_a_bad_one_keeps_the_old(
    null_sound_devices,
):
    async with FakeOllama(reply="Hi!", accept_any_model=True) as fake:
        settings = engine_settings(fake.url)
        settings.audio.output_device = "neiri_null_a"
        run = await start_engine(settings, AudioPlan("device", listen=False))
        engine = run.engine
        try:
            first = engine.audio_io
            assert first is not None and first.output_index is not None
            new = settings.model_copy(deep=True)
            new.audio.output_device = "neiri_null_b"
            later = await engine.apply_settings(new)
            switched = engine.audio_io
            assert "audio devices" not in later
            assert switched is not first and switched.output_index != first.output_index
            assert switched._streams and not first._streams  # the old device is closed
            assert _statuses(run, "audio")[-1].state == "ok"

            broken = new.model_copy(deep=True)
            broken.audio.output_device = "no such speaker"
            later = await engine.apply_settings(broken)
            # what must survive: she still has a voice, on the devices that worked
            assert engine.audio_io is switched and switched._streams
            assert "audio devices" not in later
            failed = _statuses(run, "audio")[-1]
            assert failed.state == "failed"
            assert failed.detail.template.startswith("kept the previous devices")
            assert "no such speaker" in failed.detail
            await asyncio.sleep(0.05)  # playback keeps running on the kept device
            assert engine.player is not None
        finally:
            await engine.stop()


async def test_files_audio_says_a_device_change_needs_a_restart():
    async with FakeOllama(reply="Hi!", accept_any_model=True) as fake:
        settings = engine_settings(fake.url)
        run = await start_engine(settings, AudioPlan("none", listen=False))
        try:
            new = settings.model_copy(deep=True)
            new.audio.input_device = "some microphone"
            assert await run.engine.apply_settings(new) == ["audio devices"]
        finally:
            await run.engine.stop()


async def test_the_web_server_moves_to_its_new_settings_without_a_restart():
    async with FakeOllama(reply="Hi!", accept_any_model=True) as fake:
        settings = engine_settings(fake.url)
        run = await start_engine(settings, AudioPlan("none", listen=False))
        engine = run.engine
        try:
            old_url = engine.server.url.rstrip("/")
            new = settings.model_copy(deep=True)
            new.server.token = "a-new-secret-token"
            later = await engine.apply_settings(new)
            assert later == []
            new_url = engine.server.url.rstrip("/")
            async with aiohttp.ClientSession() as http:
                async with http.get(f"{new_url}/health") as resp:
                    assert resp.status == 200
                if new_url != old_url:  # port 0: a fresh port; the old one is closed
                    with pytest.raises(aiohttp.ClientConnectionError):
                        async with http.get(f"{old_url}/health"):
                            pass
                # the new token is the one that makes a controller
                async with http.ws_connect(f"{new_url}/ws?token=a-new-secret-token") as ws:
                    hello = await ws.receive_json(timeout=5)
            assert hello["type"] == "hello" and hello["role"] == "controller"
            ok = _statuses(run, "server")[-1]
            assert ok.state == "ok" and ok.detail.rstrip("/") == new_url

            off = new.model_copy(deep=True)
            off.server.enabled = False
            await engine.apply_settings(off)
            assert engine.server is None
            assert _statuses(run, "server")[-1].state == "off"
        finally:
            await engine.stop()

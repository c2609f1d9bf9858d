"""Switching character switches her prompt, voice, moderation and body together; the
avatar settings choose her body (VRM or Live2D), the Live2D Core and emotion maps."""

from __future__ import annotations

import shutil

import aiohttp

from app.config.paths import Paths
from app.core.events import AvatarModelChanged, ComponentStatus
from app.engine import AudioPlan
from app.server.server import DEFAULT_AVATAR
from tests.fakes.fake_ollama import FakeOllama
from tests.fixtures.live2d import FAKE_CORE, build_model
from tests.integration.harness import chat_requests, engine_settings, start_engine

MIKU = """\
display_name: Mikuru
persona: You are Mikuru, a shy librarian who whispers.
voice: en_US-joe-medium
spicy_mode: true
avatar: mikuru.vrm
moderation:
  blocked_replies: ["Shh, not in the library!"]
  blocked_words: [spoilers*]
"""


async def test_switching_character_changes_prompt_body_and_refusals():
    characters = Paths.resolve().characters_dir
    characters.mkdir(parents=True, exist_ok=True)
    (characters / "mikuru.yaml").write_text(MIKU, encoding="utf-8")
    body = characters / "mikuru.vrm"
    shutil.copyfile(DEFAULT_AVATAR, body)
    with body.open("ab") as fh:
        fh.write(b"\0" * 16)  # a different file than the default, byte for byte

    async with FakeOllama(reply="[emotion: happy] Hello!", accept_any_model=True) as fake:
        run = await start_engine(engine_settings(fake.url), AudioPlan("none", listen=False))
        engine = run.engine
        try:
            base = engine.server.url.rstrip("/")
            async with aiohttp.ClientSession() as http:
                async with http.get(f"{base}/avatar/model.vrm") as resp:
                    before = await resp.read()
                await engine.switch_character("mikuru")
                changed = run.of(AvatarModelChanged)
                async with http.get(f"{base}{changed[-1].url}") as resp:
                    after = await resp.read()
            turn = await engine.send_text("Hello there")
            await engine.conversation.wait(turn)
            system = chat_requests(fake)[-1]["messages"][0]["content"]
            relaxed = await engine.send_text("this boss is damn hard")
            await engine.conversation.wait(relaxed)
            blocked = await engine.send_text("Here are spoilers for the finale!")
            await engine.conversation.wait(blocked)
        finally:
            await engine.stop()
    assert before == DEFAULT_AVATAR.read_bytes() and after == body.read_bytes()
    assert changed[-1].name == "Mikuru"
    assert system.startswith("You are Mikuru") and "family-friendly" not in system
    # spicy mode lets mild swearing through; the character's own list still refuses
    assert not relaxed.moderated
    assert blocked.moderated and "library" in blocked.full_reply


async def test_the_avatar_settings_choose_a_live2d_model_its_core_and_emotions():
    paths = Paths.resolve()
    # a relative avatar.model is found beside the settings file
    model = build_model(paths.settings_file.parent / "avatars" / "testy")
    async with FakeOllama(reply="Hello!", accept_any_model=True) as fake:
        settings = engine_settings(fake.url)
        settings.avatar.model = "avatars/testy/neiri test.model3.json"
        settings.avatar.emotion_maps = {
            "Neiri Test.model3.json": {"happy": "smile", "excited": "motion:Wiggle"}
        }
        run = await start_engine(settings, AudioPlan("none", listen=False))
        engine = run.engine
        try:
            base = engine.server.url.rstrip("/")
            async with aiohttp.ClientSession() as http:
                async with http.get(f"{base}/avatar/current") as resp:
                    first = await resp.json()
                async with http.get(f"{base}/avatar/live2dcubismcore.min.js") as resp:
                    no_core = resp.status
            problems = [
                e.detail
                for e in run.of(ComponentStatus)
                if e.component == "avatar" and e.state == "failed"
            ]

            # the user sets their Cubism Core: every page is told, with the core's URL
            with_core = settings.model_copy(deep=True)
            with_core.avatar.live2d_core = str(FAKE_CORE)
            await engine.apply_settings(with_core)
            told = run.of(AvatarModelChanged)[-1]
            async with aiohttp.ClientSession() as http:
                async with http.get(f"{base}/avatar/live2dcubismcore.min.js") as resp:
                    core = await resp.read()
                async with http.get(f"{base}{told.url}") as resp:
                    model_file = await resp.read()

            # a new emotion map alone: told again, same model URL
            remapped = with_core.model_copy(deep=True)
            remapped.avatar.emotion_maps = {"neiri test.model3.json": {"happy": "sad"}}
            await engine.apply_settings(remapped)
            again = run.of(AvatarModelChanged)[-1]
            statuses = len(run.of(AvatarModelChanged))
            await engine.apply_settings(remapped.model_copy(deep=True))  # nothing changed
            unchanged = len(run.of(AvatarModelChanged)) == statuses

            # no model in the settings: back to the character's (here the default VRM)
            plain = remapped.model_copy(deep=True)
            plain.avatar.model = ""
            await engine.apply_settings(plain)
            back = run.of(AvatarModelChanged)[-1]
            async with aiohttp.ClientSession() as http, http.get(f"{base}{back.url}") as resp:
                vrm = await resp.read()
        finally:
            await engine.stop()
    assert first["kind"] == "live2d" and first["core"] is None
    assert first["url"] == "/avatar/live2d/neiri%20test.model3.json?v=1"
    # the character's map, with the settings' map for this model over it
    assert first["emotions"]["happy"] == "smile" and first["emotions"]["sad"] == "sad"
    assert first["emotions"]["excited"] == "motion:Wiggle"
    assert no_core == 404 and any("Cubism Core" in p for p in problems), problems
    assert (told.kind, told.core) == ("live2d", "/avatar/live2dcubismcore.min.js")
    assert told.url == "/avatar/live2d/neiri%20test.model3.json?v=2"
    assert core == FAKE_CORE.read_bytes() and model_file == model.read_bytes()
    assert again.url == told.url and again.emotions["happy"] == "sad" and unchanged
    assert again.emotions.get("excited") != "motion:Wiggle"  # that map entry is gone
    assert back.kind == "vrm" and back.url.startswith("/avatar/model.vrm?v=")
    assert back.core is None and vrm == DEFAULT_AVATAR.read_bytes()

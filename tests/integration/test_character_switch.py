"""Switching character switches her prompt, voice, moderation and body together."""

from __future__ import annotations

import shutil

import aiohttp

from app.config.paths import Paths
from app.core.events import AvatarModelChanged
from app.engine import AudioPlan
from app.server.server import DEFAULT_AVATAR
from tests.fakes.fake_ollama import FakeOllama
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

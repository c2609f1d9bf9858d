"""The server's avatar endpoints for real (aiohttp on 127.0.0.1, port 0): a Live2D
model's folder served and confined, the user's Cubism Core only when one is set, the
``/avatar/current`` descriptor and the fields of ``avatar.model``."""

from __future__ import annotations

import asyncio
import json
from pathlib import Path

import aiohttp
import pytest
from yarl import URL

from app.core.bus import EventBus
from app.core.events import AvatarModelChanged
from app.server import EventServer
from app.server.protocol import encode_event
from tests.fixtures.live2d import FAKE_CORE, MODEL_NAME, build_model

pytestmark = pytest.mark.timeout(60)


@pytest.fixture
async def served(tmp_path):
    """A server showing the synthetic Live2D model, with a secret beside its folder."""
    model = build_model(tmp_path / "models" / "testy")
    (tmp_path / "models" / "secret.json").write_text('{"secret": 1}')
    (model.parent / ".hidden.json").write_text('{"hidden": 1}')
    (model.parent / "notes.txt").write_text("not a model file")
    (model.parent / "run.js").write_text("alert(1)")
    vrm = tmp_path / "fallback.vrm"
    vrm.write_bytes(b"glTF fallback")
    server = EventServer(EventBus(), port=0, heartbeat=None, avatar_model=vrm)
    server.set_avatar(model, fallback_vrm=vrm, name="Testy", emotions={"happy": "smile"})
    await server.start()
    try:
        yield server, model
    finally:
        await server.stop()


async def get(url: str, *, encoded: bool = False) -> tuple[int, str, bytes]:
    async with aiohttp.ClientSession() as http, http.get(URL(url, encoded=encoded)) as response:
        return response.status, response.headers.get("Content-Type", ""), await response.read()


async def test_a_live2d_models_folder_is_served_and_nothing_else(served):
    server, model = served
    base = server.url.rstrip("/")
    info = server.avatar_info()
    assert info["url"] == "/avatar/live2d/neiri%20test.model3.json?v=1"
    status, kind, body = await get(base + info["url"])
    assert status == 200 and kind == "application/json"
    assert json.loads(body)["FileReferences"]["Moc"] == "neiri test.moc3"
    for relative, content_type in (
        ("neiri%20test.moc3", "application/octet-stream"),
        ("textures/texture%2000.png", "image/png"),
        ("expressions/smile.exp3.json", "application/json"),
        ("motions/wiggle.motion3.json", "application/json"),
    ):
        status, kind, body = await get(f"{base}/avatar/live2d/{relative}")
        assert (status, kind) == (200, content_type), relative
    assert body == (model.parent / "motions" / "wiggle.motion3.json").read_bytes()
    for target in (
        "/avatar/live2d/../secret.json",
        "/avatar/live2d/%2e%2e/secret.json",
        "/avatar/live2d/..%2fsecret.json",
        "/avatar/live2d/textures/..%2f..%2fsecret.json",
        "/avatar/live2d/%2fetc%2fpasswd",
        "/avatar/live2d//etc/passwd",
        "/avatar/live2d/.hidden.json",
        "/avatar/live2d/notes.txt",  # not a kind of file a model is made of
        "/avatar/live2d/run.js",
        "/avatar/live2d/textures",  # a folder
        "/avatar/live2d/",
        "/avatar/live2d/missing.png",
        "/avatar/live2d/a%5c..%5c..%5csecret.json",
    ):
        status, _, body = await get(base + target, encoded=True)
        assert status in (400, 403, 404), target
        assert b'"secret": 1' not in body and b'"hidden"' not in body, target
        assert b"alert(1)" not in body and b"not a model file" not in body, target

    # a VRM shown: the Live2D folder is gone
    server.set_avatar(server.avatar_model)
    status, _, body = await get(f"{base}/avatar/live2d/{MODEL_NAME.replace(' ', '%20')}")
    assert status == 404 and b"No Live2D model" in body


async def test_the_cubism_core_is_served_only_when_one_is_set(served, tmp_path):
    server, model = served
    url = server.url + "avatar/live2dcubismcore.min.js"
    status, _, body = await get(url)
    assert status == 404 and b"Live2D is off" in body and b"live2dcubismcore.min.js" in body
    assert server.avatar_info()["core"] is None

    server.set_avatar(model, fallback_vrm=server.avatar_model, live2d_core=FAKE_CORE)
    assert server.avatar_info()["core"] == "/avatar/live2dcubismcore.min.js"
    status, kind, body = await get(url)
    assert (status, kind) == (200, "text/javascript") and body == FAKE_CORE.read_bytes()

    server.set_avatar(model, fallback_vrm=server.avatar_model, live2d_core=tmp_path / "gone.js")
    status, _, body = await get(url)
    assert status == 404 and b"gone.js is missing" in body


async def test_the_descriptor_and_the_avatar_model_event(served):
    server, model = served
    vrm = server.avatar_model
    status, kind, body = await get(server.url + "avatar/current")
    assert status == 200 and kind.startswith("application/json")
    assert json.loads(body) == {
        "kind": "live2d",
        "url": "/avatar/live2d/neiri%20test.model3.json?v=1",
        "name": "Testy",
        "emotions": {"happy": "smile"},
        "core": None,
    }
    # the fallback VRM stays at its old URL for pages that cannot show Live2D
    status, _, body = await get(server.url + "avatar/model.vrm")
    assert status == 200 and body == b"glTF fallback"

    # only a new model file or Core makes pages reload; a new map or name does not
    assert not server.set_avatar(model, fallback_vrm=vrm, name="Other", emotions={"sad": "f02"})
    assert server.avatar_version == 1
    assert server.avatar_info()["emotions"] == {"sad": "f02"}
    assert server.set_avatar(vrm, name="Testy")
    info = server.avatar_info()
    assert info == {
        "kind": "vrm",
        "url": "/avatar/model.vrm?v=2",
        "name": "Testy",
        "emotions": {},
        "core": None,
    }
    server.avatar_model = vrm.parent / "nothing.vrm"
    assert server.avatar_info()["url"] is None

    # the event carries the same fields; the old ones (url, name) keep their meaning
    event = AvatarModelChanged(
        url="/avatar/live2d/m.model3.json?v=3",
        name="Testy",
        kind="live2d",
        emotions={"happy": "f01", "excited": "motion:Tap"},
        core="/avatar/live2dcubismcore.min.js",
    )
    wire = json.loads(encode_event(event))
    assert {k: wire[k] for k in ("type", "url", "name", "kind", "emotions", "core")} == {
        "type": "avatar.model",
        "url": "/avatar/live2d/m.model3.json?v=3",
        "name": "Testy",
        "kind": "live2d",
        "emotions": {"happy": "f01", "excited": "motion:Tap"},
        "core": "/avatar/live2dcubismcore.min.js",
    }
    old_style = json.loads(encode_event(AvatarModelChanged(url="/avatar/model.vrm?v=1", name="N")))
    assert (old_style["kind"], old_style["emotions"], old_style["core"]) == ("vrm", {}, None)
    await asyncio.sleep(0)


def test_live2d_paths_are_told_by_their_suffix():
    from app.server.server import is_live2d

    assert is_live2d("a/B.Model3.JSON") and is_live2d(Path("x.model3.json"))
    assert not is_live2d("x.vrm") and not is_live2d("x.json")

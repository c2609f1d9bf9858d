"""The avatar page's own Live2D renderer, on a fake Cubism Core and a synthetic model.

Neither the real Cubism Core (proprietary, never shipped or downloaded) nor a third-party
model is used: ``tests/fixtures/live2d`` holds a fake Core (our own code with the Core's
JS API) and writes a tiny model (quads of solid colour cells, see
``fake_cubism_core.js``). The page runs in an offscreen QWebEngineView against a real
``EventServer``, as in ``test_avatar_page.py``, and the tests read its pixels:

- the model is drawn in render order, with culling, additive and multiplicative blending
  and clipping masks (normal and inverted);
- the mouth opens while ``avatar.frame`` mouth > 0 arrives and closes after;
- an emotion shows its exp3.json expression through the emotion map, a ``motion:``
  entry and a gesture move the head, unknown tags are only logged;
- the motion3 curve evaluator and the exp3 blending, evaluated in the page;
- errors (no Core set, a missing texture, a bad .moc3, a Core that is not there) are
  said on the page and the VRM keeps showing; with no Core set, the page requests no
  Live2D URL at all.
"""

from __future__ import annotations

import asyncio
import time
from pathlib import Path
from typing import Any

import numpy as np
import pytest

from app.core.bus import EventBus
from app.core.events import (
    AvatarFrame,
    AvatarModelChanged,
    EmotionChanged,
    MotionRequested,
    SpeakingChanged,
)
from app.server import EventServer
from tests.fixtures.live2d import COLOURS, EMOTIONS, FAKE_CORE, build_model
from tests.ui.conftest import screenshot
from tests.ui.test_avatar_page import AvatarView, build_mannequin, static_dir

pytestmark = pytest.mark.timeout(120)

VIEW = (360, 480)


def pixel(x: float, y: float, size: tuple[int, int] = VIEW) -> tuple[int, int]:
    """Where model point (x, y) lands on the canvas (row, column): the model's 2 x 2 unit
    canvas fitted into the view with a 4% margin (live2d_renderer.js), y up."""
    width, height = size
    scale = 0.96 * min(width / 2, height / 2)
    return round(height / 2 - y * scale), round(width / 2 + x * scale)


def colour_at(pixels: np.ndarray, x: float, y: float) -> np.ndarray:
    row, column = pixel(x, y)
    return np.median(pixels[row - 1 : row + 2, column - 1 : column + 2].reshape(-1, 4), axis=0)


def near(found: np.ndarray, rgb: tuple[int, int, int], tolerance: int = 24) -> bool:
    return found[3] > 200 and bool(np.all(np.abs(found[:3] - np.array(rgb)) <= tolerance))


def count_colour(pixels: np.ndarray, rgb: tuple[int, int, int], tolerance: int = 24) -> int:
    diff = np.abs(pixels[..., :3].astype(int) - np.array(rgb)).max(axis=2)
    return int(((diff <= tolerance) & (pixels[..., 3] > 200)).sum())


async def serve_live2d(
    bus: EventBus, tmp_path: Path, *, core: Path | None = FAKE_CORE
) -> tuple[EventServer, Path]:
    """The page, a VRM to fall back on and the synthetic Live2D model, served for real."""
    root = static_dir(tmp_path, {})
    vrm = tmp_path / "mannequin.vrm"
    vrm.write_bytes(build_mannequin())
    model = build_model(tmp_path / "live2d")
    server = EventServer(bus, port=0, static_dir=root, heartbeat=None, avatar_model=vrm)
    server.set_avatar(model, fallback_vrm=vrm, name="Testy", emotions=EMOTIONS, live2d_core=core)
    await server.start()
    return server, model


def test_live2d_model_is_drawn_talks_emotes_and_clips(qapp, qloop, qtbot, tmp_path):
    bus = EventBus()
    avatar = AvatarView(qtbot, VIEW)

    async def frames(turn_id: int, mouth: float, stop: asyncio.Event) -> None:
        while not stop.is_set():
            bus.publish(AvatarFrame(turn_id=turn_id, mouth=mouth, emotion=""))
            await asyncio.sleep(1 / 60)

    async def scenario() -> None:
        server, _ = await serve_live2d(bus, tmp_path)
        try:
            state = await avatar.open(f"{server.url}?idle=0")
            assert state["loaded"] and state["kind"] == "live2d", state
            info = state["model"]
            assert info["expressions"] == ["smile", "sad"] and info["motions"] == ["Wiggle:0"]
            assert info["lipSync"] == ["ParamMouthOpenY"] and info["drawables"] == 13
            await avatar.until(lambda s: s["connected"], what="the page never connected")
            await asyncio.sleep(0.1)
            rest = await avatar.snapshot()
            screenshot(avatar.view, "avatar-live2d")

            # drawn in render order, each part where the model puts it
            assert near(colour_at(rest, 0, -0.5), COLOURS["body"]), colour_at(rest, 0, -0.5)
            assert near(colour_at(rest, 0, 0.65), COLOURS["face"])
            assert near(colour_at(rest, -0.22, 0.4), COLOURS["eye"])
            assert near(colour_at(rest, 0, 0.09), COLOURS["mouth"]), "the mouth is under the face"
            assert (rest[:4, :4, 3] == 0).all(), "the background is not transparent"
            # additive and multiplicative drawables over the body
            body = np.array(COLOURS["body"])
            glow = np.clip(body + np.array(COLOURS["glow"]), 0, 255)
            assert near(colour_at(rest, -0.55, -0.75), tuple(glow)), colour_at(rest, -0.55, -0.75)
            shade = body * 128 / 255
            assert near(colour_at(rest, 0.55, -0.75), tuple(shade)), colour_at(rest, 0.55, -0.75)
            # straight-alpha PNG, premultiplied on upload: white at half alpha over the body
            veil = body * (1 - 128 / 255) + 128
            assert near(colour_at(rest, -0.1, -0.75), tuple(veil)), colour_at(rest, -0.1, -0.75)
            # culling: the clockwise single-sided quad is not drawn, the double-sided face is
            assert count_colour(rest, COLOURS["culled"]) == 0
            # masks: the stripe only inside the window, the inverted one only outside it
            # (the window has a red screen colour, the stripe a multiply colour)
            window, stripe = (255, 200, 80), (250, 110, 30)
            assert near(colour_at(rest, 0.7, 0.6), stripe), colour_at(rest, 0.7, 0.6)
            assert colour_at(rest, 0.55, 0.6)[3] < 20 and colour_at(rest, 0.9, 0.6)[3] < 20
            assert near(colour_at(rest, 0.7, 0.4), window), colour_at(rest, 0.7, 0.4)
            assert near(colour_at(rest, 0.55, 0.4), COLOURS["stripe_inv"])
            assert near(colour_at(rest, 0.9, 0.4), COLOURS["stripe_inv"])
            assert near(colour_at(rest, 0.7, 0.5), window)
            state = await avatar.state()
            assert state["live2d"]["drawn"] == 12  # all but the culled one

            # lip-sync: the mouth opens while frames with mouth > 0 arrive, then closes
            mouth = COLOURS["mouth"]
            closed = count_colour(rest, mouth)
            bus.publish(SpeakingChanged(turn_id=1, speaking=True))
            stop = asyncio.Event()
            feeding = asyncio.ensure_future(frames(1, 0.9, stop))
            sent = time.monotonic()
            state = await avatar.until(
                lambda s: s["live2d"]["parameters"]["ParamMouthOpenY"] > 0.7, 2, "mouth open"
            )
            opened_after = time.monotonic() - sent
            talking = await avatar.snapshot()
            screenshot(avatar.view, "avatar-live2d-mouth-open")
            assert count_colour(talking, mouth) > 4 * closed, (closed, count_colour(talking, mouth))
            assert near(colour_at(talking, 0, -0.05), mouth), "the mouth does not open downwards"
            stop.set()
            await feeding
            bus.publish(SpeakingChanged(turn_id=1, speaking=False))
            state = await avatar.until(
                lambda s: s["live2d"]["parameters"]["ParamMouthOpenY"] == 0, 1, "mouth shut"
            )
            shut = await avatar.snapshot()
            assert abs(count_colour(shut, mouth) - closed) <= 2
            print(f"live2d: mouth open {opened_after * 1000:.0f} ms after the first frame")

            # an emotion shows its expression through the map: happy -> smile.exp3.json
            cheek = COLOURS["cheek"]
            assert count_colour(rest, cheek) == 0
            bus.publish(EmotionChanged(turn_id=2, emotion="happy"))
            state = await avatar.until(
                lambda s: (
                    s["expressions"]["smile"] == 1 and s["live2d"]["parameters"]["ParamCheek"] == 1
                ),  # drawn with it, too
                2,
                "smile",
            )
            values = state["live2d"]["parameters"]
            assert state["emotion"] == "happy" and state["expression"] == "smile"
            # Overwrite 1, Multiply 0.5, Add 1 over the defaults 0, 1, 0
            assert (values["ParamCheek"], values["ParamEyeLOpen"]) == (1, 0.5), values
            assert values["ParamMouthForm"] == 1 and values["ParamEyeROpen"] == 1
            happy = await avatar.snapshot()
            screenshot(avatar.view, "avatar-live2d-happy")
            assert count_colour(happy, cheek) > 300, "the cheeks did not blush"
            # another emotion cross-fades: the blush goes, the right eye narrows
            bus.publish(EmotionChanged(turn_id=2, emotion="sad"))
            state = await avatar.until(
                lambda s: (
                    s["expressions"]["smile"] == 0
                    and s["live2d"]["parameters"]["ParamCheek"] == 0
                    and s["live2d"]["parameters"]["ParamEyeROpen"] < 0.31
                ),
                2,
                "sad",
            )
            assert state["live2d"]["parameters"]["ParamEyeROpen"] == pytest.approx(0.3, abs=0.01)
            assert count_colour(await avatar.snapshot(), cheek) == 0
            # unknown tags are logged, never shown
            bus.publish(EmotionChanged(turn_id=2, emotion="flibbertigibbet"))
            await asyncio.sleep(0.15)
            assert (await avatar.state())["emotion"] == "sad"
            assert any('unknown emotion "flibbertigibbet"' in m for m in avatar.page.console)

            # motion:<name> plays a motion3.json (ParamAngleZ up to 30 and held, then back)
            bus.publish(EmotionChanged(turn_id=3, emotion="excited"))
            state = await avatar.until(lambda s: "Wiggle:0" in s["motions"], 1, "Wiggle")
            assert state["expression"] is None  # a motion entry shows no expression
            state = await avatar.until(
                lambda s: s["live2d"]["parameters"]["ParamAngleZ"] > 29, 1.5, "the wiggle"
            )
            await avatar.until(lambda s: not s["motions"], 2.5, "the motion never ended")
            await avatar.until(lambda s: s["live2d"]["parameters"]["ParamAngleZ"] == 0, 1)
            # a gesture the model has no motion for moves the head (nod: ParamAngleY)
            bus.publish(MotionRequested(turn_id=3, motion="nod"))
            state = await avatar.until(lambda s: "nod" in s["motions"], 1, "nod")
            lowest = 0.0
            for _ in range(20):
                lowest = min(lowest, (await avatar.state())["live2d"]["parameters"]["ParamAngleY"])
                await asyncio.sleep(0.02)
            assert lowest < -5, lowest
            bus.publish(MotionRequested(turn_id=3, motion="moonwalk"))
            await asyncio.sleep(0.1)
            assert any('unknown motion "moonwalk"' in m for m in avatar.page.console)

            # idle life: breathing and a drifting head, and blinks
            await avatar.js("(neiriAvatar.setIdle(true), 1)")
            seen = []
            for _ in range(15):
                seen.append((await avatar.state())["live2d"]["parameters"]["ParamAngleX"])
                await asyncio.sleep(0.04)
            assert np.ptp(seen) > 0.01, seen
            await avatar.until(lambda s: s["blinks"] >= 1, 4, "she never blinked")
            state = await avatar.state()
            report = {"fps": state["fps"], "mouth_open_ms": round(opened_after * 1000)}
            print(f"live2d: {report}")
            assert state["fps"] >= 15, state["fps"]
        finally:
            await server.stop()

    qloop.run_until_complete(scenario())


def test_live2d_errors_are_said_and_the_vrm_stays(qapp, qloop, qtbot, tmp_path):
    bus = EventBus()
    avatar = AvatarView(qtbot, VIEW)

    def announce(server: EventServer) -> None:
        info = server.avatar_info()
        bus.publish(AvatarModelChanged(**{**info, "url": info["url"] or ""}))

    async def after_live2d_attempt(text: str) -> dict[str, Any]:
        state = await avatar.until(lambda s: text in s["lastError"], 5, f"no error {text!r}")
        assert state["kind"] == "vrm" and state["loaded"], state  # the VRM stays
        shown = await avatar.js("document.getElementById('message').innerText")
        assert text in shown, shown
        return state

    async def scenario() -> None:
        server, model = await serve_live2d(bus, tmp_path, core=None)
        try:
            # no Core set: Live2D is off, the VRM shows, and nothing Live2D is requested
            state = await avatar.open(f"{server.url}?idle=0")
            state = await avatar.until(lambda s: s["kind"] == "vrm", 5, "no fallback VRM")
            assert "Live2D is off" in state["lastError"], state
            shown = await avatar.js("document.getElementById('message').innerText")
            assert "Showing the VRM avatar" in shown and "Cubism Core" in shown, shown
            await asyncio.sleep(0.2)  # let the compositor deliver the frame with the note
            screenshot(avatar.view, "avatar-live2d-no-core")
            requested = await avatar.js("performance.getEntriesByType('resource').map(e => e.name)")
            assert any("/avatar/model.vrm" in url for url in requested), requested
            assert not [u for u in requested if "live2d" in u.lower()], requested
            assert await avatar.js("typeof window.Live2DCubismCore") == "undefined"
            assert await avatar.js("document.querySelectorAll('script[data-neiri]').length") == 0
            await avatar.until(lambda s: s["connected"], what="the page never connected")

            # a Core that is set but missing: said, the VRM stays
            server.set_avatar(
                model, fallback_vrm=server.avatar_model, live2d_core=tmp_path / "x.js"
            )
            announce(server)
            await after_live2d_attempt("could not be loaded from /avatar/live2dcubismcore.min.js")
            assert "x.js is missing" in (await avatar.state())["lastError"]

            # the Core is there, but a texture is missing; then a broken .moc3
            server.set_avatar(model, fallback_vrm=server.avatar_model, live2d_core=FAKE_CORE)
            texture = model.parent / "textures" / "texture 00.png"
            saved = texture.read_bytes()
            texture.unlink()
            announce(server)
            await after_live2d_attempt("The texture texture 00.png was not found (HTTP 404)")
            texture.write_bytes(saved)
            moc = model.parent / "neiri test.moc3"
            good_moc = moc.read_bytes()
            moc.write_bytes(b"not a moc at all")
            server.avatar_version += 1
            announce(server)
            await after_live2d_attempt("consistency check")
            moc.write_bytes(good_moc)

            # the VRM kept working all along: its mouth still moves
            await avatar.js("(neiriAvatar.setMouth(0.9), 1)")
            await avatar.until(lambda s: s["expressions"]["aa"] > 0.5, 2, "VRM mouth")
            await avatar.js("(neiriAvatar.setMouth(null), 1)")

            # fixed: the Live2D model shows; a switch back to a VRM hides it again
            server.avatar_version += 1
            announce(server)
            state = await avatar.until(lambda s: s["kind"] == "live2d", 5, "Live2D")
            assert state["error"] == "" and state["model"]["name"] == model.name
            assert await avatar.js("document.getElementById('message').hidden") is True
            server.set_avatar(server.avatar_model, name="Testy")
            announce(server)
            state = await avatar.until(lambda s: s["kind"] == "vrm" and s["loaded"], 5, "VRM")
            assert state["model"]["name"] == "Test mannequin" and state["live2d"] is None
            assert await avatar.js("document.querySelector('canvas.live2d').style.display") == (
                "none"
            )
        finally:
            await server.stop()

    qloop.run_until_complete(scenario())


# the motion3 curve evaluator, fades, exp3 blending and the model3 reader, in the page
FORMATS = """(() => {
  const F = neiriAvatar.live2dFormats;
  const motion = (segments, restricted = true, meta = {}) => F.parseMotion3({
    Meta: {AreBeziersRestricted: restricted, ...meta},
    Curves: [{Target: "Parameter", Id: "P", Segments: segments}]});
  const at = (m, times) => times.map((t) => F.evaluateCurve(m.curves[0], t));
  const error = (f) => { try { f(); return ""; } catch (e) { return e.message; } };
  const values = [0.4, 0.8, 0.2];
  const ids = ["A", "M", "O"];
  F.applyExpression(values, (id) => ids.indexOf(id), F.parseExpression3({Parameters: [
    {Id: "A", Value: 2}, {Id: "M", Value: 0.5, Blend: "Multiply"},
    {Id: "O", Value: 1, Blend: "Overwrite"}, {Id: "Missing", Value: 9}]}), 0.5);
  const model = F.parseModel3({FileReferences: {Moc: "m.moc3", Textures: ["tex/a b#1.png"],
    Expressions: [{Name: "f01", File: "e/f01.exp3.json"}, {File: "e/Angry.exp3.json"}],
    Motions: {Idle: [{File: "mo/idle.motion3.json", FadeInTime: 0.7}],
              Tap: [{File: "mo/t.motion3.json"}]}},
    Groups: [{Target: "Parameter", Name: "LipSync", Ids: ["ParamA"]}]},
    "http://h/avatar/live2d/m.model3.json?v=3");
  return {
    linear: at(motion([0, 0, 0, 1, 10]), [-1, 0, 0.25, 1, 2]),
    stepped: at(motion([0, 5, 2, 1, 10]), [0.5, 0.999, 1.5]),
    inverse: at(motion([0, 5, 3, 1, 10]), [0, 0.001, 0.5, 1.5]),
    bezier: at(motion([0, 0, 1, 0.25, 0, 0.75, 10, 1, 10]), [0.25, 0.5, 0.75]),
    free: at(motion([0, 0, 1, 0.1, 0, 0.2, 10, 1, 10], false), [0.1, 0.3, 0.6]),
    chain: at(motion([0, 0, 0, 1, 10, 2, 2, 20, 0, 3, 0]), [0.5, 1.5, 2.5, 4]),
    fades: [F.fadeWeight(0.05, Infinity, 0.1, 0.2), F.fadeWeight(1.9, 2, 0.1, 0.2),
            F.fadeWeight(1, 2, 0, 0), F.fadeWeight(2.1, 2, 0, 0), F.fadeWeight(0, 2, 0.5, 0.5)],
    motionFades: [motion([0, 0], true, {FadeInTime: 0.3}).fadeIn,
                  F.parseMotion3({Meta: {FadeInTime: 0.3}, Curves: []}, {fadeIn: 0.7}).fadeIn,
                  motion([0, 0]).fadeOut, motion([0, 0], true, {Duration: 4, Loop: true}).loop],
    badType: error(() => motion([0, 0, 7, 1, 1])),
    cutShort: error(() => motion([0, 0, 1, 0.2, 0, 0.5])),
    blends: [F.blendParameter(0.4, 2, "Add", 0.5), F.blendParameter(0.8, 0.5, "Multiply", 0.5),
             F.blendParameter(0.2, 1, "Overwrite", 0.25), F.blendParameter(0.2, 1, "Overwrite", 2)],
    applied: values,
    badBlend: error(() => F.parseExpression3({Parameters: [{Id: "A", Value: 1, Blend: "Screen"}]})),
    model,
    noMoc: error(() => F.parseModel3({FileReferences: {Textures: ["a.png"]}}, "http://h/m")),
    noTextures: error(() => F.parseModel3({FileReferences: {Moc: "a.moc3"}}, "http://h/m")),
    pose: F.parsePose3({Groups: [[{Id: "ArmA", Link: ["HandA"]}, {Id: "ArmB"}]]}),
  };
})()"""


def test_live2d_formats_motion_curves_and_expression_blending(qapp, qloop, qtbot, tmp_path):
    avatar = AvatarView(qtbot, (160, 120))

    def free_bezier(t: float) -> float:
        # time and value are both cubic in s; find s where the time is t
        s = np.linspace(0, 1, 200_001)
        u = 1 - s
        times = 3 * u * u * s * 0.1 + 3 * u * s * s * 0.2 + s**3 * 1
        k = int(np.argmin(np.abs(times - t)))
        return float(3 * u[k] * s[k] ** 2 * 10 + s[k] ** 3 * 10)

    async def scenario() -> None:
        server = EventServer(EventBus(), port=0, static_dir=static_dir(tmp_path, {}))
        server.avatar_model = None
        await server.start()
        try:
            await avatar.open(server.url)
            r = await avatar.js(FORMATS)
        finally:
            await server.stop()
        assert r["linear"] == [0, 0, 2.5, 10, 10]
        assert r["stepped"] == [5, 5, 10]
        assert r["inverse"] == [5, 10, 10, 10]
        assert r["bezier"] == pytest.approx([1.5625, 5, 8.4375])
        assert r["free"] == pytest.approx([free_bezier(t) for t in (0.1, 0.3, 0.6)], abs=1e-3)
        assert r["free"][0] > 1.5  # the restricted (linear time) answer would be 0.28
        assert r["chain"] == [5, 10, 10, 0]
        assert r["fades"] == pytest.approx([0.5, 0.5, 1, 0, 0])
        assert r["motionFades"] == [0.3, 0.7, 0.5, True]
        assert "unknown segment type 7" in r["badType"]
        assert "cut short" in r["cutShort"]
        assert r["blends"] == pytest.approx([1.4, 0.6, 0.4, 1.0])
        assert r["applied"] == pytest.approx([1.4, 0.6, 0.6])
        assert 'unknown Blend "Screen"' in r["badBlend"]
        model = r["model"]
        assert model["moc"] == "http://h/avatar/live2d/m.moc3"
        assert model["textures"] == ["http://h/avatar/live2d/tex/a%20b%231.png"]
        assert [e["name"] for e in model["expressions"]] == ["f01", "Angry"]
        assert [(m["group"], m["name"], m["fadeIn"]) for m in model["motions"]] == [
            ("Idle", "idle", 0.7),
            ("Tap", "t", None),
        ]
        assert model["groups"] == {"LipSync": ["ParamA"]} and model["pose"] is None
        assert "FileReferences.Moc is missing" in r["noMoc"]
        assert "no textures" in r["noTextures"]
        assert r["pose"] == [[{"id": "ArmA", "links": ["HandA"]}, {"id": "ArmB", "links": []}]]

    qloop.run_until_complete(scenario())

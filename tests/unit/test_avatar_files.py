"""What the settings can learn from an avatar file without a browser: a VRM's or a
Live2D model's expression names and motion groups, missing files, and whether a file
looks like the Live2D Cubism Core."""

from __future__ import annotations

import json
import struct
from pathlib import Path

from app.server.avatar_files import check_live2d_core, describe_model
from tests.fixtures.live2d import FAKE_CORE, build_model


def glb(gltf: dict) -> bytes:
    text = json.dumps(gltf).encode()
    text += b" " * (-len(text) % 4)
    return (
        struct.pack("<III", 0x46546C67, 2, 12 + 8 + len(text))
        + struct.pack("<II", len(text), 0x4E4F534A)
        + text
    )


def test_a_vrm_1_and_a_vrm_0_name_their_expressions(tmp_path: Path) -> None:
    one = tmp_path / "one.vrm"
    one.write_bytes(
        glb(
            {
                "extensions": {
                    "VRMC_vrm": {
                        "expressions": {"preset": {"happy": {}, "aa": {}}, "custom": {"smug": {}}}
                    }
                }
            }
        )
    )
    summary = describe_model(one)
    assert (summary.kind, summary.expressions, summary.ok) == ("vrm", ["happy", "aa", "smug"], True)

    groups = [
        {"name": "Joy", "presetName": "joy"},
        {"name": "A", "presetName": "a"},
        {"name": "Smug", "presetName": "unknown"},
    ]
    zero = tmp_path / "zero.vrm"
    zero.write_bytes(
        glb({"extensions": {"VRM": {"blendShapeMaster": {"blendShapeGroups": groups}}}})
    )
    assert describe_model(zero).expressions == ["happy", "aa", "Smug"]

    plain = tmp_path / "plain.glb"
    plain.write_bytes(glb({"asset": {"version": "2.0"}}))
    assert "not a VRM avatar" in describe_model(plain).problems[0]
    junk = tmp_path / "junk.vrm"
    junk.write_bytes(b"definitely not a model at all")
    assert "cannot be read" in describe_model(junk).problems[0]
    assert "does not exist" in describe_model(tmp_path / "gone.vrm").problems[0]


def test_a_live2d_model_names_expressions_motions_and_missing_files(tmp_path: Path) -> None:
    model = build_model(tmp_path / "testy")
    summary = describe_model(model)
    assert summary.kind == "live2d" and summary.ok, summary.problems
    assert summary.expressions == ["smile", "sad"] and summary.motions == ["Wiggle"]

    (model.parent / "textures" / "texture 00.png").unlink()
    data = json.loads(model.read_text())
    data["FileReferences"]["Expressions"].append({"Name": "x", "File": "../../outside.exp3.json"})
    model.write_text(json.dumps(data))
    problems = describe_model(model).problems
    assert any("texture 00.png is missing" in p for p in problems), problems
    assert any("outside the model's folder" in p for p in problems), problems

    model.write_text('{"Version": 3}')
    assert "FileReferences.Moc is missing" in describe_model(model).problems[0]


def test_the_cubism_core_is_recognised(tmp_path: Path) -> None:
    assert check_live2d_core(FAKE_CORE) is None  # it defines Live2DCubismCore, as the Core does
    other = tmp_path / "jquery.min.js"
    other.write_text("window.$ = function () {};")
    assert "is not the Live2D Cubism Core" in check_live2d_core(other)
    assert "does not exist" in check_live2d_core(tmp_path / "live2dcubismcore.min.js")
    wasm = tmp_path / "core.wasm"
    wasm.write_bytes(b"\0asm")
    assert ".js file" in check_live2d_core(wasm)

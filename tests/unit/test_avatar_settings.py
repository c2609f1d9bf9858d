"""The ``avatar`` section of the settings: the model, the user's Live2D Cubism Core and
per-model emotion maps; clear messages for bad values; older files keep loading."""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml
from pydantic import ValidationError

from app.config.settings import AvatarSettings, Settings, is_live2d_model
from app.config.store import load_settings, save_settings


def test_defaults_mean_the_characters_avatar_and_live2d_off() -> None:
    avatar = Settings().avatar
    assert (avatar.model, avatar.live2d_core, avatar.emotion_maps) == ("", "", {})
    assert avatar.emotions_for("neiri.vrm") == {}


def test_values_are_cleaned_and_maps_found_by_file_name() -> None:
    avatar = AvatarSettings(
        model="  ~/models/Hiyori/hiyori.model3.json ",
        live2d_core=" /opt/cubism/live2dcubismcore.min.js",
        emotion_maps={"Hiyori.model3.json": {" Happy ": " f01 ", "wave": "MOTION: TapBody "}},
    )
    assert avatar.model == "~/models/Hiyori/hiyori.model3.json"
    assert avatar.live2d_core == "/opt/cubism/live2dcubismcore.min.js"
    assert avatar.emotion_maps == {"Hiyori.model3.json": {"happy": "f01", "wave": "motion:TapBody"}}
    assert avatar.emotions_for("/x/y/hiyori.model3.json") == {
        "happy": "f01",
        "wave": "motion:TapBody",
    }
    assert avatar.emotions_for("C:\\m\\HIYORI.model3.json")["happy"] == "f01"
    assert is_live2d_model(avatar.model) and not is_live2d_model("neiri.vrm")
    assert AvatarSettings(model="a.VRM").model == "a.VRM"


@pytest.mark.parametrize(
    ("values", "says"),
    [
        ({"model": "picture.png"}, "must be a .vrm file or a Live2D .model3.json file"),
        ({"live2d_core": "core.wasm"}, "Live2D Cubism Core is a JavaScript file"),
        ({"emotion_maps": {"models/a.vrm": {}}}, "not by a path: models/a.vrm"),
        ({"emotion_maps": {"a.txt": {}}}, "a.txt: an emotion map belongs to a .vrm or .model3"),
        ({"emotion_maps": {"a.vrm": {"happy": " "}}}, "must not be empty"),
        ({"emotion_maps": {"a.vrm": {"wave": "motion: "}}}, "wave says motion: without a motion"),
    ],
)
def test_bad_values_are_refused_with_a_reason(values: dict, says: str) -> None:
    with pytest.raises(ValidationError, match=says):
        AvatarSettings(**values)
    avatar = Settings().avatar
    field, value = next(iter(values.items()))
    with pytest.raises(ValidationError):  # a settings UI assigns field by field
        setattr(avatar, field, value)


def test_older_files_keep_loading(tmp_path: Path) -> None:
    path = tmp_path / "settings.yaml"
    path.write_text(
        "version: 1\n"
        "avatar:\n"
        "  vrm_path: old/neiri.vrm\n"  # keys from before the section existed
        "  smoothing: 0.3\n"
        "  model: my.vrm\n",
        encoding="utf-8",
    )
    loaded = load_settings(path)
    assert loaded.ok, loaded.problems
    assert loaded.settings.avatar.model == "my.vrm"
    assert loaded.settings.avatar.model_extra == {"vrm_path": "old/neiri.vrm", "smoothing": 0.3}
    save_settings(loaded.settings, path)
    on_disk = yaml.safe_load(path.read_text(encoding="utf-8"))["avatar"]
    assert on_disk["vrm_path"] == "old/neiri.vrm" and on_disk["model"] == "my.vrm"
    # "avatar: <path>" (a path instead of a section) is read as the model
    assert Settings.model_validate({"avatar": "x.model3.json"}).avatar.model == "x.model3.json"
    # a bad value is dropped and reported; the rest of the section stays
    path.write_text(
        "version: 1\navatar:\n  model: face.png\n  live2d_core: core.min.js\n", encoding="utf-8"
    )
    loaded = load_settings(path)
    assert [p.field for p in loaded.problems] == ["avatar.model"]
    assert (
        loaded.settings.avatar.model == "" and loaded.settings.avatar.live2d_core == "core.min.js"
    )

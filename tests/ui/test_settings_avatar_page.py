"""Settings > Avatar: the model and its summary, the user's Live2D Cubism Core, and the
emotion map kept per model file, saved through the dialog like every other page."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from app.config.settings import Settings
from app.config.store import load_settings
from tests.fixtures.live2d import FAKE_CORE, MODEL_NAME, build_model
from tests.ui.conftest import screenshot
from tests.ui.test_settings_dialog import apply_and_wait, make_dialog, no_keyring, paths
from ui.dialogs.settings_avatar_page import COMMON_EMOTIONS, DEFAULT_AVATAR, AvatarPage
from ui.theme import apply_theme

__all__ = ["make_dialog", "no_keyring", "paths"]  # fixtures shared with the dialog's tests

NEIRI_VRM = DEFAULT_AVATAR  # the project's own avatar: resources/avatar/neiri.vrm


def saved(paths) -> Settings:
    loaded = load_settings(paths["settings"])
    assert loaded.ok, loaded.errors
    return loaded.settings


def avatar_page(dialog) -> AvatarPage:
    dialog.show_page("avatar")
    page = dialog.page("avatar")
    assert isinstance(page, AvatarPage)
    return page


def choose_model(qtbot, page: AvatarPage, path: Path | str):
    with qtbot.waitSignal(page.modelDescribed, timeout=5000) as blocker:
        page.set_model_path(str(path))
    return blocker.args[0]


def wait_described(qtbot, page: AvatarPage) -> None:
    qtbot.waitUntil(lambda: page.summary is not None, timeout=5000)


def test_a_chosen_vrm_is_summarised_and_an_edited_emotion_is_saved(qtbot, make_dialog, paths):
    dialog = make_dialog()
    page = avatar_page(dialog)
    wait_described(qtbot, page)  # nothing chosen: Neiri's default avatar
    assert page.model_file == DEFAULT_AVATAR
    assert "default avatar" in page.model_summary.text()
    assert page.character_avatar_button.isEnabled() is False

    summary = choose_model(qtbot, page, NEIRI_VRM)
    assert summary.kind == "vrm" and summary.ok
    assert page.model_summary.text() == "VRM model. Expressions: 24."
    assert not page.model_problems.isVisible()
    assert dialog.field_error("avatar.model") is None
    assert dialog.draft().avatar.model == str(NEIRI_VRM)
    assert page.character_avatar_button.isEnabled()
    assert not page.core_hint.isVisible()  # a VRM needs no Cubism Core

    # every common tag has a row; the combo offers the model's expressions
    for tag in COMMON_EMOTIONS:
        assert tag in page._tags
    combo = page.emotion_combo("happy")
    items = [combo.itemText(i) for i in range(combo.count())]
    assert items[0] == "(default: happy)"
    assert {"happy", "relaxed", "smug", "aa"} <= set(items)
    assert "motion:wave" in items  # the page's own gestures work on any model
    assert not page.reset_map_button.isEnabled()

    combo.setCurrentIndex(combo.findText("relaxed"))
    assert page.overrides() == {"happy": "relaxed"}
    assert dialog.draft().avatar.emotion_maps == {"neiri.vrm": {"happy": "relaxed"}}
    assert page.unknown_tags() == [] and page.unshown_tags() == []  # it has them all
    assert page.reset_map_button.isEnabled()
    applied = apply_and_wait(qtbot, dialog)
    assert applied.avatar.emotions_for("neiri.vrm") == {"happy": "relaxed"}

    s = saved(paths)
    assert s.avatar.model == str(NEIRI_VRM)
    assert s.avatar.emotion_maps == {"neiri.vrm": {"happy": "relaxed"}}

    # a new dialog on the saved settings shows the choice; "(default)" drops it again
    again = make_dialog(s)
    page = avatar_page(again)
    assert page.model_edit.text() == str(NEIRI_VRM)
    assert page.emotion_combo("happy").currentText() == "relaxed"
    combo = page.emotion_combo("happy")
    combo.setCurrentIndex(0)
    assert combo.currentText() == ""  # empty: the placeholder says "(default: happy)"
    assert combo.lineEdit().placeholderText() == "(default: happy)"
    assert again.draft().avatar.emotion_maps == {}


def test_a_live2d_model_its_core_and_unknown_names(qtbot, make_dialog, tmp_path):
    model = build_model(tmp_path / "models" / "testy")
    dialog = make_dialog()
    page = avatar_page(dialog)
    summary = choose_model(qtbot, page, model)
    assert summary.kind == "live2d" and summary.ok
    assert page.model_summary.text() == "Live2D model. Expressions: 2. Motion groups: 1."
    combo = page.emotion_combo("happy")
    items = [combo.itemText(i) for i in range(combo.count())]
    assert {"smile", "sad", "motion:Wiggle", "motion:nod"} <= set(items)
    # the character's "happy" is not on this model: its "(default)" is marked
    assert "happy" in page.unshown_tags()
    assert "sad" not in page.unshown_tags() and "neutral" not in page.unshown_tags()
    assert "neutral face" in combo.toolTip()
    # a Live2D model without a Core: say so beside the Core field
    assert page.core_hint.isVisible()
    assert MODEL_NAME in page.core_hint.text() and "Cubism Core" in page.core_hint.text()

    # the Core: the real one is recognised, another .js file is not, a missing one is red
    with qtbot.waitSignal(page.coreChecked, timeout=5000) as checked:
        page.set_core_path(str(FAKE_CORE))
    assert checked.args == [None]
    assert page.core_status.text().startswith("✓") and not page.core_hint.isVisible()
    other = tmp_path / "other.js"
    other.write_text("console.log('not the core')")
    with qtbot.waitSignal(page.coreChecked, timeout=5000) as checked:
        page.set_core_path(str(other))
    assert checked.args[0] is not None
    assert "is not the Live2D Cubism Core" in page.core_status.text()
    page.set_core_path(str(tmp_path / "gone.js"))
    assert "There is no file" in (dialog.field_error("avatar.live2d_core") or "")
    assert dialog.draft().avatar.live2d_core == str(other)  # the last valid value
    page.set_core_path(str(tmp_path / "core.txt"))
    assert "JavaScript file" in (dialog.field_error("avatar.live2d_core") or "")
    page.set_core_path(str(FAKE_CORE))
    assert dialog.field_error("avatar.live2d_core") is None

    # a motion and a name typed by hand; the unknown one is marked, both are kept
    page.set_emotion("excited", "motion:Wiggle")
    page.set_emotion("happy", "grin")
    assert page.unknown_tags() == ["happy"]
    happy = page.emotion_combo("happy")
    assert "not one of the expressions" in happy.toolTip()
    assert happy.lineEdit().palette().color(happy.lineEdit().foregroundRole()) != (
        page.emotion_combo("excited").lineEdit().palette().color(happy.lineEdit().foregroundRole())
    )
    assert dialog.draft().avatar.emotion_maps == {
        MODEL_NAME: {"happy": "grin", "excited": "motion:Wiggle"}
    }
    page.set_emotion("happy", "smile")
    assert page.unknown_tags() == [] and "happy" not in page.unshown_tags()

    # an emotion map the settings refuse is shown under the table and not kept
    page.set_emotion("sad", "motion:")
    assert "without a motion name" in (dialog.field_error("avatar.emotion_maps") or "")
    assert not dialog.apply_button.isEnabled()
    assert "sad" not in dialog.draft().avatar.emotion_maps[MODEL_NAME]
    page.set_emotion("sad", None)
    assert dialog.field_error("avatar.emotion_maps") is None


def test_a_missing_model_is_shown_inline_and_not_saved(qtbot, make_dialog, paths):
    dialog = make_dialog()
    page = avatar_page(dialog)
    wait_described(qtbot, page)
    page.set_model_path("/nowhere/at/all/model.vrm")
    error = dialog.field_error("avatar.model")
    assert error is not None and "There is no file" in error
    label = dialog.binder.bindings["avatar.model"].error_label
    assert label is not None and label.isVisibleTo(dialog) and label.text() == error
    assert page.model_edit.property("invalid") is True
    assert not dialog.apply_button.isEnabled() and not dialog.ok_button.isEnabled()
    assert "Avatar" in dialog.status_label.text()
    assert dialog.draft().avatar.model == ""
    dialog.apply()
    assert not paths["settings"].exists()

    page.set_model_path("notes.txt")  # the wrong kind of file: the model's own reason
    assert ".vrm file" in (dialog.field_error("avatar.model") or "")
    page.character_avatar_button.click()
    assert page.model_edit.text() == "" and dialog.field_error("avatar.model") is None
    assert dialog.ok_button.isEnabled()


def test_a_relative_model_path_is_read_from_the_settings_folder(qtbot, make_dialog, paths):
    folder = paths["settings"].parent
    build_model(folder / "avatars" / "testy")
    relative = f"avatars/testy/{MODEL_NAME}"
    dialog = make_dialog(Settings(avatar={"model": relative}))
    page = avatar_page(dialog)
    wait_described(qtbot, page)
    assert page.model_file == folder / relative
    assert page.summary.kind == "live2d"
    page.set_model_path("avatars/none.vrm")
    assert "There is no file" in (dialog.field_error("avatar.model") or "")


def test_restore_defaults_and_reset_to_the_characters_map(qtbot, make_dialog, tmp_path):
    model = build_model(tmp_path / "testy")
    settings = Settings(
        avatar={
            "model": str(model),
            "live2d_core": str(FAKE_CORE),
            "emotion_maps": {
                MODEL_NAME: {"happy": "smile"},
                "other.vrm": {"sad": "sorrowful"},
            },
        }
    )
    dialog = make_dialog(settings)
    page = avatar_page(dialog)
    wait_described(qtbot, page)
    assert page.overrides() == {"happy": "smile"}

    # "Reset to the character's map": this model's choices only
    qtbot.mouseClick(page.reset_map_button, Qt.MouseButton.LeftButton)
    assert page.overrides() == {}
    assert dialog.draft().avatar.emotion_maps == {"other.vrm": {"sad": "sorrowful"}}
    assert not page.reset_map_button.isEnabled()

    page.set_emotion("happy", "sad")
    page.set_model_path("/missing.vrm")  # an invalid value: restoring clears it too
    assert dialog.restore_defaults_button.isEnabled()  # the page has defaults
    qtbot.mouseClick(dialog.restore_defaults_button, Qt.MouseButton.LeftButton)
    assert dialog.restore_bar.isVisible()
    qtbot.mouseClick(dialog.confirm_restore_button, Qt.MouseButton.LeftButton)
    avatar = dialog.draft().avatar
    assert (avatar.model, avatar.live2d_core, avatar.emotion_maps) == ("", "", {})
    assert page.model_edit.text() == "" and page.core_edit.text() == ""
    assert dialog.field_error("avatar.model") is None
    assert page.model_file == DEFAULT_AVATAR
    assert page.overrides() == {}
    assert dialog.ok_button.isEnabled()


def test_the_characters_avatar_and_emotion_tags(qtbot, make_dialog, paths):
    characters = paths["characters"]
    characters.mkdir(parents=True)
    build_model(characters / "bodies" / "mika")
    (characters / "mika.yaml").write_text(
        "name: mika\npersona: A test character.\n"
        f"avatar: bodies/mika/{MODEL_NAME}\n"
        "emotions:\n  neutral: smile\n  grumpy: sad\n"
        "default_emotion: neutral\n"
    )
    dialog = make_dialog(Settings(character="mika"))
    page = avatar_page(dialog)
    wait_described(qtbot, page)
    assert page.model_file == characters / "bodies" / "mika" / MODEL_NAME
    assert "character's avatar" in page.model_summary.text()
    assert page._tags[:2] == ["neutral", "grumpy"]  # hers first, then the common ones
    assert set(COMMON_EMOTIONS) <= set(page._tags)
    assert page.emotion_combo("grumpy").lineEdit().placeholderText() == "(default: sad)"
    assert page.emotion_combo("smug").lineEdit().placeholderText() == "(default)"


def test_unknown_avatar_keys_are_listed_as_kept(make_dialog):
    dialog = make_dialog(Settings(avatar={"scale": 1.5, "mirror": True}))
    page = avatar_page(dialog)
    assert page.kept_note is not None
    text = page.kept_note.text()
    assert "<code>scale</code>: 1.5" in text and "<code>mirror</code>: True" in text
    assert avatar_page(make_dialog()).kept_note is None


def test_screenshots_in_both_themes(qapp, qtbot, make_dialog, tmp_path):
    model = build_model(tmp_path / "testy")
    try:
        for theme in ("light", "dark"):
            apply_theme(qapp, theme)
            dialog = make_dialog()
            page = avatar_page(dialog)
            wait_described(qtbot, page)
            choose_model(qtbot, page, NEIRI_VRM)
            page.set_emotion("happy", "relaxed")
            page.set_emotion("smug", "smirk")  # not on this model: marked
            qapp.processEvents()
            path = screenshot(dialog, f"settings-avatar-{theme}")
            assert path.stat().st_size > 10_000
            choose_model(qtbot, page, model)
            qapp.processEvents()
            screenshot(dialog, f"settings-avatar-live2d-{theme}")
            dialog.close()
    finally:
        apply_theme(qapp, "light")


@pytest.mark.parametrize("value", ["", "  "])
def test_the_character_avatar_button_follows_the_field(make_dialog, value):
    page = avatar_page(make_dialog())
    page.set_model_path(str(NEIRI_VRM))
    assert page.character_avatar_button.isEnabled()
    page.set_model_path(value)
    assert not page.character_avatar_button.isEnabled()

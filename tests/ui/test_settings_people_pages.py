"""The "Memory & people" and "Moderation" settings pages: binding, saving, inline errors."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QScrollArea, QSpinBox

from app.config.settings import Settings
from app.config.store import load_settings
from tests.ui.conftest import screenshot
from tests.ui.test_settings_dialog import apply_and_wait, make_dialog, no_keyring, paths
from ui.dialogs.settings_dialog import SettingsDialog
from ui.dialogs.settings_people_pages import (
    ChoiceChecks,
    LinesEdit,
    MemoryPage,
    ModerationPage,
    themed_icon,
)
from ui.theme import apply_theme

__all__ = ["make_dialog", "no_keyring", "paths"]  # fixtures shared with the dialog's tests


def saved(paths) -> Settings:
    loaded = load_settings(paths["settings"])
    assert loaded.ok, loaded.errors
    return loaded.settings


def test_pages_sit_between_avatar_and_server_with_their_own_icons(make_dialog):
    dialog = make_dialog()
    keys = list(SettingsDialog.PAGE_KEYS)
    assert keys.index("avatar") < keys.index("memory") < keys.index("moderation")
    assert keys.index("moderation") < keys.index("server")
    assert isinstance(dialog.page("memory"), MemoryPage)
    assert isinstance(dialog.page("moderation"), ModerationPage)
    for kind in ("people", "shield"):
        assert not themed_icon(kind, dialog).pixmap(18, 18).toImage().isNull()
    titles = [dialog.page_list.item(row).text() for row in range(dialog.page_list.count())]
    assert "Memory & people" in titles and "Moderation" in titles


def test_memory_and_relationship_values_are_saved(qtbot, make_dialog, paths):
    dialog = make_dialog()
    dialog.show_page("memory")
    recall = dialog.field("memory.recall_items")
    assert isinstance(recall, QSpinBox) and recall.value() == 6
    recall.setValue(11)
    dialog.field("relationships.enabled").setChecked(False)
    dialog.field("memory.merge_similarity").setValue(87)  # shown in per cent
    dialog.field("memory.session_ttl_h").setValue(48)
    assert dialog.draft().memory.recall_items == 11
    apply_and_wait(qtbot, dialog)

    s = saved(paths)
    assert s.memory.recall_items == 11
    assert s.relationships.enabled is False
    assert s.memory.merge_similarity == 0.87
    assert s.memory.session_ttl_h == 48.0
    again = make_dialog(s)
    assert again.field("memory.recall_items").value() == 11
    assert not again.field("relationships.enabled").isChecked()
    assert again.field("memory.merge_similarity").value() == pytest.approx(87)


def test_switching_a_section_off_greys_out_its_fields(make_dialog):
    dialog = make_dialog()
    row = dialog.binder.bindings["memory.recall_items"].row
    card = dialog.binder.bindings["relationships.card_tokens"].row
    assert row.isEnabled() and card.isEnabled()
    dialog.field("memory.enabled").setChecked(False)
    assert not row.isEnabled() and card.isEnabled()
    assert dialog.page("memory").open_memory_button.isEnabled()  # still there to look
    dialog.field("relationships.enabled").setChecked(False)
    assert not card.isEnabled()
    dialog.show_page("memory")
    dialog.restore_defaults_button.click()
    dialog.confirm_restore_button.click()
    assert row.isEnabled() and card.isEnabled()
    assert dialog.draft().memory.enabled and dialog.draft().relationships.enabled


def test_the_buttons_ask_the_app_to_open_the_dialogs(qtbot, make_dialog):
    dialog = make_dialog()
    dialog.show_page("memory")
    page = dialog.page("memory")
    with qtbot.waitSignal(dialog.memoryDialogRequested, timeout=1000):
        qtbot.mouseClick(page.open_memory_button, Qt.MouseButton.LeftButton)
    with qtbot.waitSignal(dialog.relationshipsDialogRequested, timeout=1000):
        qtbot.mouseClick(page.open_relationships_button, Qt.MouseButton.LeftButton)


def test_words_typed_one_per_line_are_saved_as_a_list(qtbot, make_dialog, paths):
    dialog = make_dialog()
    dialog.show_page("moderation")
    words = dialog.field("moderation.blocked_words")
    assert isinstance(words, LinesEdit)
    words.setPlainText("banana*\n\n  cucumber  \nbanana*\nturnip\n")
    dialog.field("moderation.allowed_words").setPlainText("scunthorpe")
    assert dialog.draft().moderation.blocked_words == ["banana*", "cucumber", "turnip"]
    apply_and_wait(qtbot, dialog)

    s = saved(paths)
    assert s.moderation.blocked_words == ["banana*", "cucumber", "turnip"]
    assert s.moderation.allowed_words == ["scunthorpe"]
    again = make_dialog(s)
    assert again.field("moderation.blocked_words").toPlainText() == "banana*\ncucumber\nturnip"


def test_an_invalid_pattern_is_shown_inline_and_never_saved(qtbot, make_dialog, paths):
    dialog = make_dialog()
    dialog.show_page("moderation")
    patterns = dialog.field("moderation.blocked_patterns")
    patterns.setPlainText(r"\bbuy\s+followers\b")
    assert dialog.draft().moderation.blocked_patterns == [r"\bbuy\s+followers\b"]

    patterns.setPlainText("\\bbuy\\s+followers\\b\nfree (robux")
    reason = dialog.field_error("moderation.blocked_patterns")
    assert reason is not None and "free (robux" in reason and "not a valid" in reason
    label = dialog.binder.bindings["moderation.blocked_patterns"].error_label
    assert label is not None and label.isVisibleTo(dialog) and label.text() == reason
    assert patterns.property("invalid") is True
    assert not dialog.apply_button.isEnabled() and not dialog.ok_button.isEnabled()
    assert "Moderation" in dialog.status_label.text()
    # the draft keeps the last good list, also when the value is set from code
    assert dialog.draft().moderation.blocked_patterns == [r"\bbuy\s+followers\b"]
    dialog.set_field_value("moderation.blocked_patterns", ["[unclosed"])
    assert dialog.field_error("moderation.blocked_patterns") is not None
    assert dialog.draft().moderation.blocked_patterns == [r"\bbuy\s+followers\b"]
    # another edit elsewhere does not clear the error
    dialog.field("moderation.blocked_words").setPlainText("turnip")
    assert dialog.field_error("moderation.blocked_patterns") is not None
    dialog.apply()
    assert not paths["settings"].exists()

    patterns.setPlainText("free \\(robux")
    assert dialog.field_error("moderation.blocked_patterns") is None
    assert not label.isVisibleTo(dialog)
    apply_and_wait(qtbot, dialog)
    s = saved(paths)
    assert s.moderation.blocked_patterns == [r"free \(robux"]
    assert s.moderation.blocked_words == ["turnip"]


def test_language_checkboxes_round_trip(qtbot, make_dialog, paths):
    dialog = make_dialog()
    checks = dialog.field("moderation.languages")
    assert isinstance(checks, ChoiceChecks)
    assert checks.boxes["en"].isChecked() and checks.boxes["ru"].isChecked()
    checks.boxes["en"].setChecked(False)
    assert dialog.draft().moderation.languages == ["ru"]
    apply_and_wait(qtbot, dialog)
    s = saved(paths)
    assert s.moderation.languages == ["ru"]

    again = make_dialog(s)
    checks = again.field("moderation.languages")
    assert not checks.boxes["en"].isChecked() and checks.boxes["ru"].isChecked()
    checks.boxes["en"].setChecked(True)
    checks.boxes["ru"].setChecked(False)
    apply_and_wait(qtbot, again)
    assert saved(paths).moderation.languages == ["en"]

    # a code without a box (a newer version's list) is kept
    s = Settings()
    s.moderation.languages = ["ru", "de"]
    third = make_dialog(s)
    checks = third.field("moderation.languages")
    checks.boxes["en"].setChecked(True)
    assert third.draft().moderation.languages == ["en", "ru", "de"]


def test_screenshots_of_both_pages_in_both_themes(qapp: QApplication, make_dialog):
    try:
        for theme in ("light", "dark"):
            apply_theme(qapp, theme)
            dialog = make_dialog()
            dialog.show_page("memory")
            qapp.processEvents()
            assert screenshot(dialog, f"people-{theme}-memory").stat().st_size > 10_000
            scroll = dialog.page("memory").findChild(QScrollArea)
            scroll.verticalScrollBar().setValue(scroll.verticalScrollBar().maximum())
            qapp.processEvents()
            screenshot(dialog, f"people-{theme}-memory-end")
            dialog.field("memory.enabled").setChecked(False)
            qapp.processEvents()
            screenshot(dialog, f"people-{theme}-memory-off")
            dialog.show_page("moderation")
            dialog.field("moderation.blocked_words").setPlainText("banana*\ncucumber")
            dialog.field("moderation.allowed_words").setPlainText("scunthorpe")
            qapp.processEvents()
            assert screenshot(dialog, f"people-{theme}-moderation").stat().st_size > 10_000
            dialog.field("moderation.blocked_patterns").setPlainText("free (robux")
            qapp.processEvents()
            screenshot(dialog, f"people-{theme}-moderation-invalid")
            dialog.close()
    finally:
        apply_theme(qapp, "light")

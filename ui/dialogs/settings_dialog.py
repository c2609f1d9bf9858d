"""The settings dialog: every page of :class:`~app.config.settings.Settings`,
validated as you type, saved with :func:`app.config.store.save_settings`.

The dialog never blocks the Qt thread (which is also the asyncio loop thread):
open it with ``show()``/``open()``; it reports through signals. Work that can
block (listing audio devices, the system keyring) runs on worker threads; asking
a server for its models, testing the connection, previews and test sounds are the
app's job: the dialog emits a request signal and the app answers through a slot.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QEvent, QRectF, QSize, Qt, Signal, Slot
from PySide6.QtGui import QColor, QPainter, QPalette
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFrame,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from app.audio.devices import AudioDevice, AudioUnavailable, list_devices
from app.config.characters import BUNDLED_CHARACTERS_DIR
from app.config.paths import Paths
from app.config.settings import Settings
from app.config.store import SettingsSaveRefused, save_settings
from app.logs import log_event, register_secret
from ui import secrets as secret_store
from ui.dialogs.settings_avatar_page import AvatarPage
from ui.dialogs.settings_base import Binder, SettingsPage, split_path
from ui.dialogs.settings_character_page import CharacterPage
from ui.dialogs.settings_pages import (
    AsrPage,
    AudioPage,
    GeneralPage,
    IntegrationsPage,
    LlmPage,
    LoggingPage,
    ServerPage,
    VoicePage,
)
from ui.dialogs.settings_people_pages import MemoryPage, ModerationPage
from ui.dialogs.settings_widgets import (
    error_color,
    make_hint_label,
    mix,
    run_off_thread,
    set_text_color,
    themed_icon,
    warn_color,
)
from ui.messages import error_text, file_error_text, translated

log = logging.getLogger("neiri.ui.settings")

SECRET_PATHS = secret_store.SECRET_NAMES
ICON_ROLE = Qt.ItemDataRole.UserRole + 1


class _Bar(QFrame):
    """An inline message bar with buttons (instead of a blocking message box)."""

    def __init__(self, tint: Callable[[QWidget], QColor], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._tint = tint
        layout = QHBoxLayout(self)
        layout.setContentsMargins(12, 8, 8, 8)
        layout.setSpacing(8)
        self.label = QLabel(self)
        self.label.setWordWrap(True)
        self.label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout.addWidget(self.label, 1)
        self._buttons = layout
        self.setVisible(False)

    def add_button(self, text: str, slot: Callable[[], Any]) -> QPushButton:
        button = QPushButton(text, self)
        button.clicked.connect(slot)
        self._buttons.addWidget(button)
        return button

    def paintEvent(self, event: Any) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        window = self.palette().color(QPalette.ColorRole.Window)
        tint = self._tint(self)
        painter.setPen(mix(window, tint, 0.45))
        painter.setBrush(mix(window, tint, 0.14))
        painter.drawRoundedRect(QRectF(self.rect()).adjusted(0.5, 0.5, -0.5, -0.5), 5, 5)
        painter.end()

    def show_message(self, text: str) -> None:
        self.label.setText(text)
        self.setVisible(True)


class SettingsDialog(QDialog):
    """Edit a copy of ``settings``; Apply/OK save it to ``settings_path``.

    ``probe`` lists the audio devices (default :func:`app.audio.devices.list_devices`;
    it may raise :class:`AudioUnavailable`); it runs on a worker thread.
    ``characters_dir`` is the user's characters folder (default from
    :class:`~app.config.paths.Paths`), where edited characters are saved.
    """

    settingsApplied = Signal(object)
    """The saved settings (a :class:`Settings`, secrets included) after Apply or OK."""
    testOutputRequested = Signal()
    """Play a test sound on ``draft().audio.output_device``."""
    modelsRequested = Signal(str, str)
    """(provider, base URL): answer with :meth:`set_models`."""
    testConnectionRequested = Signal(object)
    """An :class:`LlmSettings` to test: answer with :meth:`show_connection_result`."""
    previewRequested = Signal(str)
    """Speak this text with ``draft().tts`` (not yet applied)."""
    openLogFolderRequested = Signal()
    logViewerRequested = Signal()
    memoryDialogRequested = Signal()
    """Open the memory dialog (the "Open memory…" button)."""
    relationshipsDialogRequested = Signal()
    """Open the relationships dialog (the "Open relationships…" button)."""

    PAGE_KEYS = (
        "general",
        "audio",
        "asr",
        "llm",
        "voice",
        "character",
        "avatar",
        "memory",
        "moderation",
        "server",
        "integrations",
        "logging",
    )

    def __init__(
        self,
        settings: Settings,
        settings_path: Path,
        parent: QWidget | None = None,
        *,
        probe: Callable[[], list[AudioDevice]] | None = None,
        characters_dir: Path | None = None,
        bundled_characters_dir: Path | None = BUNDLED_CHARACTERS_DIR,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Settings"))
        self.setObjectName("SettingsDialog")
        self.settings_path = Path(settings_path)
        self._probe = probe or list_devices
        self._saved = settings.model_copy(deep=True)
        self._busy = False
        self._close_after_apply = False
        self._keyring_available: bool | None = None
        self._in_keyring: dict[str, bool] = dict.fromkeys(SECRET_PATHS, False)
        secret_store.register_settings_secrets(settings)
        if characters_dir is None:
            characters_dir = Paths.resolve().characters_dir

        self.binder = Binder(settings.model_copy(deep=True), self)
        self.pages: dict[str, SettingsPage] = {
            "general": GeneralPage(self.binder),
            "audio": AudioPage(self.binder),
            "asr": AsrPage(self.binder),
            "llm": LlmPage(self.binder),
            "voice": VoicePage(self.binder),
            "character": CharacterPage(self.binder, Path(characters_dir), bundled_characters_dir),
            "avatar": AvatarPage(
                self.binder,
                settings_dir=self.settings_path.parent,
                characters_dir=Path(characters_dir),
                bundled_dir=bundled_characters_dir,
            ),
            "memory": MemoryPage(self.binder),
            "moderation": ModerationPage(self.binder),
            "server": ServerPage(self.binder),
            "integrations": IntegrationsPage(self.binder),
            "logging": LoggingPage(self.binder),
        }
        self._build()
        self._wire()
        self._update_state()
        self.refresh_devices()
        self._load_secrets(settings)

    # --- layout ------------------------------------------------------------------------

    def _build(self) -> None:
        root = QVBoxLayout(self)
        root.setContentsMargins(14, 14, 14, 12)
        root.setSpacing(10)
        body = QHBoxLayout()
        body.setSpacing(16)
        self.page_list = QListWidget(self)
        self.page_list.setObjectName("settingsPageList")
        self.page_list.setIconSize(QSize(18, 18))
        self.page_list.setSpacing(1)
        self.page_list.setUniformItemSizes(True)
        self.page_list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.stack = QStackedWidget(self)
        widest = 0
        for key in self.PAGE_KEYS:
            page = self.pages[key]
            item = QListWidgetItem(themed_icon(page.icon_kind, self), page.title)
            item.setData(Qt.ItemDataRole.UserRole, key)
            item.setSizeHint(QSize(0, 32))
            self.page_list.addItem(item)
            self.stack.addWidget(page)
            widest = max(widest, self.page_list.fontMetrics().horizontalAdvance(page.title))
        self.page_list.setFixedWidth(widest + 18 + 48)
        body.addWidget(self.page_list)
        body.addWidget(self.stack, 1)
        root.addLayout(body, 1)

        self.restore_bar = _Bar(warn_color, self)
        self.confirm_restore_button = self.restore_bar.add_button(
            self.tr("Restore defaults"), self._confirm_restore
        )
        self.restore_bar.add_button(self.tr("Keep my values"), self.restore_bar.hide)
        root.addWidget(self.restore_bar)

        self.save_bar = _Bar(error_color, self)
        self.overwrite_button = self.save_bar.add_button(
            self.tr("Overwrite anyway"), lambda: self.apply(force=True)
        )
        self.save_bar.add_button(self.tr("Dismiss"), self.save_bar.hide)
        root.addWidget(self.save_bar)

        bottom = QHBoxLayout()
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.RestoreDefaults
            | QDialogButtonBox.StandardButton.Ok
            | QDialogButtonBox.StandardButton.Apply
            | QDialogButtonBox.StandardButton.Cancel,
            self,
        )
        self.ok_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.apply_button = self.buttons.button(QDialogButtonBox.StandardButton.Apply)
        self.cancel_button = self.buttons.button(QDialogButtonBox.StandardButton.Cancel)
        self.restore_defaults_button = self.buttons.button(
            QDialogButtonBox.StandardButton.RestoreDefaults
        )
        self.ok_button.setText(self.tr("OK"))
        self.apply_button.setText(self.tr("Apply"))
        self.cancel_button.setText(self.tr("Cancel"))
        self.restore_defaults_button.setText(self.tr("Restore defaults"))
        self.restore_defaults_button.setToolTip(self.tr("Reset the values on this page"))
        self.status_label = make_hint_label("", self)
        bottom.addWidget(self.status_label, 1)
        bottom.addWidget(self.buttons)
        root.addLayout(bottom)
        self.resize(960, 700)

    def _wire(self) -> None:
        self.page_list.currentRowChanged.connect(self._page_changed)
        self.page_list.setCurrentRow(0)
        self.ok_button.clicked.connect(self._ok)
        self.apply_button.clicked.connect(lambda: self.apply())
        self.cancel_button.clicked.connect(self.reject)
        self.restore_defaults_button.clicked.connect(self._ask_restore)
        self.binder.errorsChanged.connect(self._update_state)
        self.binder.valueCommitted.connect(lambda _path: self._update_state())
        character = self.pages["character"]
        assert isinstance(character, CharacterPage)
        character.editsChanged.connect(self._update_state)
        audio = self.pages["audio"]
        assert isinstance(audio, AudioPage)
        audio.testOutputRequested.connect(self.testOutputRequested)
        audio.refreshDevicesRequested.connect(self.refresh_devices)
        llm = self.pages["llm"]
        assert isinstance(llm, LlmPage)
        llm.modelsRequested.connect(self.modelsRequested)
        llm.testConnectionRequested.connect(self.testConnectionRequested)
        voice = self.pages["voice"]
        assert isinstance(voice, VoicePage)
        voice.previewRequested.connect(self.previewRequested)
        logging_page = self.pages["logging"]
        assert isinstance(logging_page, LoggingPage)
        logging_page.openLogFolderRequested.connect(self.openLogFolderRequested)
        logging_page.logViewerRequested.connect(self.logViewerRequested)
        memory = self.pages["memory"]
        assert isinstance(memory, MemoryPage)
        memory.memoryDialogRequested.connect(self.memoryDialogRequested)
        memory.relationshipsDialogRequested.connect(self.relationshipsDialogRequested)

    # --- public API ------------------------------------------------------------------------

    def draft(self) -> Settings:
        """A copy of the settings as edited so far (only valid values)."""
        return self.binder.draft.model_copy(deep=True)

    def saved_settings(self) -> Settings:
        return self._saved.model_copy(deep=True)

    def page(self, key: str) -> SettingsPage:
        return self.pages[key]

    def show_page(self, key: str) -> None:
        self.page_list.setCurrentRow(self.PAGE_KEYS.index(key))

    def current_page_key(self) -> str:
        return self.PAGE_KEYS[self.stack.currentIndex()]

    def field(self, path: str) -> QWidget:
        """The editor bound to ``path`` (``llm.base_url``)."""
        return self.binder.bindings[path].widget

    def field_error(self, path: str) -> str | None:
        return self.binder.errors.get(path)

    def set_field_value(self, path: str, value: Any) -> None:
        """Type ``value`` into the editor of ``path`` (validated like a user edit)."""
        self.binder.set_value(path, value)

    @property
    def dirty(self) -> bool:
        character = self.pages["character"]
        return self.binder.draft != self._saved or bool(getattr(character, "dirty", False))

    @property
    def busy(self) -> bool:
        """An Apply is in progress (waiting for the keyring)."""
        return self._busy

    @property
    def keyring_available(self) -> bool | None:
        """Whether secrets go to the system keyring (None until the check is done)."""
        return self._keyring_available

    @Slot(float)
    def set_input_level(self, db: float) -> None:
        """Feed the microphone level meter (dBFS)."""
        self.pages["audio"].meter.set_level(db)  # type: ignore[attr-defined]

    @Slot(object)
    def set_models(self, models: list[str] | str) -> None:
        """The answer to ``modelsRequested``: model names, or why they could not be listed."""
        self.pages["llm"].set_models(models)  # type: ignore[attr-defined]

    @Slot(bool, str, object)
    def show_connection_result(self, ok: bool, text: str, first_token_ms: float | None) -> None:
        """The answer to ``testConnectionRequested``."""
        self.pages["llm"].show_connection_result(ok, text, first_token_ms)  # type: ignore[attr-defined]

    def refresh_devices(self) -> None:
        audio = self.pages["audio"]
        assert isinstance(audio, AudioPage)
        audio.show_loading()
        run_off_thread(self._probe, self._devices_listed, owner=self)

    # --- devices and secrets (worker results) ------------------------------------------------

    def _devices_listed(self, devices: Any, error: BaseException | None) -> None:
        audio = self.pages["audio"]
        assert isinstance(audio, AudioPage)
        if error is None:
            audio.set_devices(list(devices or []), None)
        elif isinstance(error, AudioUnavailable):
            audio.set_devices(None, translated(error))
        else:
            audio.set_devices(
                None,
                self.tr("Could not list audio devices: {error}").format(error=error_text(error)),
            )

    def _load_secrets(self, settings: Settings) -> None:
        missing = [n for n in SECRET_PATHS if secret_store.secret_value(settings, n) is None]

        def work() -> tuple[secret_store.KeyringStatus, dict[str, str | None]]:
            status = secret_store.keyring_status()
            loaded = {n: secret_store.load_secret(n) for n in missing} if status.available else {}
            return status, loaded

        run_off_thread(work, self._secrets_loaded, owner=self)

    def _secrets_loaded(self, result: Any, error: BaseException | None) -> None:
        if error is not None or result is None:
            self._set_keyring(False)
            return
        status, loaded = result
        self._set_keyring(status.available)
        for name, value in loaded.items():
            if not value:
                continue
            self._in_keyring[name] = True
            register_secret(value)
            section, key = split_path(name)
            # what the keyring holds is saved already: not an unsaved change
            setattr(getattr(self._saved, section), key, value)
            if self.binder.value(name) is None:
                self.binder.set_value(name, value)
        self._update_state()

    def _set_keyring(self, available: bool) -> None:
        self._keyring_available = available
        self.pages["llm"].set_keyring(available)  # type: ignore[attr-defined]
        self.pages["server"].set_keyring(available)  # type: ignore[attr-defined]

    # --- pages and state -----------------------------------------------------------------------

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.PaletteChange and hasattr(self, "page_list"):
            for row in range(self.page_list.count()):  # icons follow the theme
                item = self.page_list.item(row)
                item.setData(ICON_ROLE, None)
            self._update_state()

    def _page_changed(self, row: int) -> None:
        if row < 0:
            return
        self.stack.setCurrentIndex(row)
        self.restore_bar.hide()
        self._update_state()

    def _update_state(self) -> None:
        valid = self.binder.valid
        dirty = self.dirty
        self.ok_button.setEnabled(valid and not self._busy)
        self.apply_button.setEnabled(valid and dirty and not self._busy)
        page = self.pages[self.current_page_key()]
        self.restore_defaults_button.setEnabled(page.has_defaults and not self._busy)
        bad_pages = []
        for row, key in enumerate(self.PAGE_KEYS):
            item = self.page_list.item(row)
            candidate = self.pages[key]
            kind = candidate.icon_kind
            if candidate.has_errors():
                bad_pages.append(candidate.title)
                kind = "warning"
            if item.data(ICON_ROLE) != kind:
                item.setData(ICON_ROLE, kind)
                item.setIcon(themed_icon(kind, self))
        if self._busy:
            self._status(self.tr("Saving…"), None)
        elif bad_pages:
            self._status(
                self.tr("Fix the values marked in red to save ({pages}).").format(
                    pages=", ".join(bad_pages)
                ),
                error_color(self),
            )
        elif dirty:
            self._status(self.tr("You have unsaved changes."), None)
        else:
            self._status("", None)

    def _status(self, text: str, color: QColor | None) -> None:
        self.status_label.setText(text)
        if color is None:
            self.status_label.setPalette(QPalette())
            self.status_label.setForegroundRole(QPalette.ColorRole.PlaceholderText)
        else:
            self.status_label.setForegroundRole(QPalette.ColorRole.WindowText)
            set_text_color(self.status_label, color)

    # --- restore defaults ----------------------------------------------------------------------

    def _ask_restore(self) -> None:
        page = self.pages[self.current_page_key()]
        if not page.has_defaults:
            return
        self.restore_bar.show_message(
            self.tr(
                "Restore the default values of the “{page}” page? Your values on it are lost "
                "when you apply."
            ).format(page=page.title)
        )

    def _confirm_restore(self) -> None:
        self.restore_bar.hide()
        self.pages[self.current_page_key()].restore_defaults()
        self._update_state()

    # --- saving ----------------------------------------------------------------------------------

    def _ok(self) -> None:
        if not self.dirty:
            self.accept()
            return
        self._close_after_apply = True
        self.apply()

    def apply(self, *, force: bool = False) -> None:
        """Save the draft (secrets to the keyring where there is one), then emit
        ``settingsApplied``. The keyring part runs on a worker thread, so this returns
        before the save completes; ``settingsApplied`` or the error bar follows."""
        if self._busy or not self.binder.valid:
            self._close_after_apply = False
            return
        self._busy = True
        self.save_bar.hide()
        self._update_state()
        draft = self.binder.draft.model_copy(deep=True)
        values = {n: secret_store.secret_value(draft, n) for n in SECRET_PATHS}
        to_store = {
            n: v
            for n, v in values.items()
            if v != secret_store.secret_value(self._saved, n) or not self._in_keyring[n]
        }

        def work() -> tuple[secret_store.KeyringStatus, dict[str, bool]]:
            for value in values.values():
                register_secret(value)
            status = secret_store.keyring_status()
            stored: dict[str, bool] = {}
            if status.available:
                for name, value in to_store.items():
                    stored[name] = secret_store.store_secret(name, value)
            return status, stored

        run_off_thread(
            work, lambda result, error: self._finish_apply(draft, force, result, error), owner=self
        )

    def _finish_apply(
        self, draft: Settings, force: bool, result: Any, error: BaseException | None
    ) -> None:
        available = False
        if error is None and result is not None:
            status, stored = result
            available = status.available
            for name, ok in stored.items():
                self._in_keyring[name] = ok and secret_store.secret_value(draft, name) is not None
        if self._keyring_available != available:
            self._set_keyring(available)
        in_keyring = tuple(
            n
            for n in SECRET_PATHS
            if available and self._in_keyring[n] and secret_store.secret_value(draft, n)
        )
        to_file = secret_store.without_secrets(draft, in_keyring)
        try:
            save_settings(to_file, self.settings_path, force=force)
        except SettingsSaveRefused as exc:
            self._apply_failed(
                self.tr(
                    "The settings were not saved: {reason}. Saving replaces the whole file "
                    "with the values shown here."
                ).format(reason=translated(exc.reason)),
                can_force=True,
            )
            return
        except OSError as exc:
            self._apply_failed(
                self.tr("The settings could not be saved to {path}: {error}").format(
                    path=self.settings_path, error=file_error_text(exc)
                ),
                can_force=False,
            )
            return
        character = self.pages["character"]
        assert isinstance(character, CharacterPage)
        try:
            written = character.save_edits()
        except (OSError, ValueError) as exc:
            self._apply_failed(
                self.tr("The character could not be saved: {error}").format(error=error_text(exc)),
                can_force=False,
            )
            return
        changed = _changed_paths(self._saved, draft)
        self._saved = draft.model_copy(deep=True)
        self._busy = False
        log_event(
            log,
            "settings.saved",
            "settings saved",
            file=str(self.settings_path),
            changed=changed,
            characters=[p.name for p in written],
            secrets_in_keyring=list(in_keyring),
        )
        self._update_state()
        self.settingsApplied.emit(draft.model_copy(deep=True))
        if self._close_after_apply:
            self._close_after_apply = False
            self.accept()

    def _apply_failed(self, message: str, *, can_force: bool) -> None:
        self._busy = False
        self._close_after_apply = False
        self.overwrite_button.setVisible(can_force)
        self.save_bar.show_message(message)
        log_event(log, "settings.save_failed", message, level=logging.WARNING)
        self._update_state()


def _changed_paths(old: Settings, new: Settings) -> list[str]:
    """Dotted names of the values that differ (names only: secrets never reach the log)."""
    changed: list[str] = []
    old_data, new_data = old.model_dump(), new.model_dump()
    for key in sorted(set(old_data) | set(new_data)):
        a, b = old_data.get(key), new_data.get(key)
        if isinstance(a, dict) and isinstance(b, dict):
            changed.extend(
                f"{key}.{sub}" for sub in sorted(set(a) | set(b)) if a.get(sub) != b.get(sub)
            )
        elif a != b:
            changed.append(key)
    return changed

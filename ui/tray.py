"""The system tray: everything a streamer needs without the window."""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QAction, QActionGroup, QIcon
from PySide6.QtWidgets import QMenu, QSystemTrayIcon


class Tray(QObject):
    showHideRequested = Signal()
    petToggled = Signal(bool)  # True = the desktop pet is shown
    clickThroughToggled = Signal(bool)
    muteToggled = Signal(bool)  # True = muted
    pauseToggled = Signal(bool)  # True = paused
    stopRequested = Signal()
    characterChosen = Signal(str)
    settingsRequested = Signal()
    quitRequested = Signal()

    def __init__(self, icon: QIcon, characters: list[str], current: str, parent=None) -> None:
        super().__init__(parent)
        self.icon = QSystemTrayIcon(icon, self)
        self.icon.setToolTip("Neiri")
        self.menu = QMenu()
        self.show_action = self._add(self.tr("Show / hide window"), self.showHideRequested.emit)
        self.pet_action = self._add(self.tr("Desktop pet"), None, checkable=True)
        self.pet_action.toggled.connect(self.petToggled.emit)
        self.click_through_action = self._add(self.tr("Click-through"), None, checkable=True)
        self.click_through_action.toggled.connect(self.clickThroughToggled.emit)
        self.menu.addSeparator()
        self.mute_action = self._add(self.tr("Mute microphone"), None, checkable=True)
        self.mute_action.toggled.connect(self.muteToggled.emit)
        self.pause_action = self._add(self.tr("Pause listening"), None, checkable=True)
        self.pause_action.toggled.connect(self.pauseToggled.emit)
        self.stop_action = self._add(self.tr("Stop speaking"), self.stopRequested.emit)
        self.characters_menu = self.menu.addMenu(self.tr("Character"))
        self._group = QActionGroup(self)
        self.set_characters(characters, current)
        self.menu.addSeparator()
        self.settings_action = self._add(self.tr("Settings…"), self.settingsRequested.emit)
        self.quit_action = self._add(self.tr("Quit Neiri"), self.quitRequested.emit)
        self.icon.setContextMenu(self.menu)
        self.icon.activated.connect(self._activated)

    def _add(self, title: str, slot, checkable: bool = False) -> QAction:
        action = self.menu.addAction(title)
        action.setCheckable(checkable)
        if slot is not None:
            action.triggered.connect(lambda checked=False: slot())
        return action

    def set_characters(self, names: list[str], current: str) -> None:
        self.characters_menu.clear()
        for name in names:
            action = self.characters_menu.addAction(name)
            action.setCheckable(True)
            action.setChecked(name == current)
            self._group.addAction(action)
            action.triggered.connect(lambda checked=False, n=name: self.characterChosen.emit(n))

    def _activated(self, reason: QSystemTrayIcon.ActivationReason) -> None:
        if reason == QSystemTrayIcon.ActivationReason.Trigger:
            self.showHideRequested.emit()

    def show(self) -> None:
        if QSystemTrayIcon.isSystemTrayAvailable():
            self.icon.show()

    def notify(self, title: str, text: str) -> None:
        if self.icon.isVisible() and QSystemTrayIcon.supportsMessages():
            self.icon.showMessage(title, text, QSystemTrayIcon.MessageIcon.Information, 6000)

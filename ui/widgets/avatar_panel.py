"""Where the avatar lives: the avatar page in a web view, or an honest placeholder."""

from __future__ import annotations

from PySide6.QtCore import Qt, QUrl
from PySide6.QtWidgets import QLabel, QStackedLayout, QWidget


class AvatarPanel(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setMinimumWidth(260)
        self._stack = QStackedLayout(self)
        self._placeholder = QLabel(self.tr("Starting the avatar…"))
        self._placeholder.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self._placeholder.setWordWrap(True)
        self._placeholder.setObjectName("avatarPlaceholder")
        self._stack.addWidget(self._placeholder)
        self.view = None
        self.url: str | None = None

    def show_page(self, url: str) -> None:
        """Load the avatar page (served by the local server) into a web view."""
        from PySide6.QtWebEngineWidgets import QWebEngineView

        if self.view is None:
            self.view = QWebEngineView(self)
            self.view.page().setBackgroundColor(Qt.GlobalColor.transparent)
            self._stack.addWidget(self.view)
        self.url = url
        self.view.load(QUrl(url))
        self._stack.setCurrentWidget(self.view)

    def show_message(self, text: str) -> None:
        self._placeholder.setText(text)
        self._stack.setCurrentWidget(self._placeholder)

    def release(self) -> None:
        """Delete the web view before the application goes away (WebEngine needs it)."""
        if self.view is not None:
            self._stack.removeWidget(self.view)
            self.view.deleteLater()
            self.view = None

"""Editing one memory: :class:`MemoryItemDialog`, the add / edit form, and
:class:`AboutCombo`, which picks the person a memory is about (the Memory dialog's
filter uses it too).
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QDoubleSpinBox,
    QGridLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from ui.dialogs.memory_widgets import kind_label, source_label
from ui.dialogs.settings_base import show_invalid
from ui.dialogs.settings_widgets import error_color, guard_wheel, make_hint_label
from ui.messages import field_problem, translated

if TYPE_CHECKING:
    from app.memory.store import MemoryItem
    from app.people.store import PersonInfo


def people_entries(people: Sequence[PersonInfo]) -> list[tuple[str, str]]:
    """``(identity key, "Name (key)")`` for every identity of every person."""
    entries = []
    for person in people:
        for ident in person.identities:
            name = person.name
            label = ident.key if name == ident.key else f"{name} ({ident.key})"
            entries.append((ident.key, label))
    return entries


class AboutCombo(QComboBox):
    """Who a memory is about: "anyone"/"nobody" (None), a known identity, or a typed key."""

    def __init__(self, none_label: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setEditable(True)
        self.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.none_label = none_label
        self.setMinimumContentsLength(16)
        self.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.set_entries([])
        guard_wheel(self)

    def set_entries(self, entries: Sequence[tuple[str, str]]) -> None:
        current = self.key()
        self.blockSignals(True)
        self.clear()
        self.addItem(self.none_label, None)
        for key, label in entries:
            self.addItem(label, key)
        self.blockSignals(False)
        self.set_key(current)

    def key(self) -> str | None:
        """The identity key chosen or typed (None for "anyone"/"nobody"). A typed name
        or key of a known person (any case) means that person's identity."""
        text = self.currentText().strip()
        if not text or text.lower() == self.none_label.lower():
            return None
        index = self.findText(text)
        if index >= 0:
            return self.itemData(index)
        wanted = text.lower()
        for row in range(1, self.count()):
            key, label = self.itemData(row), self.itemText(row)
            name = label.rsplit(" (", 1)[0]
            if wanted in (str(key).lower(), label.lower(), name.lower()):
                return key
        return text

    def set_key(self, key: str | None) -> None:
        self.blockSignals(True)
        if key is None:
            self.setCurrentIndex(0)
            self.setEditText(self.none_label)
        else:
            index = self.findData(key)
            if index < 0:
                self.addItem(key, key)
                index = self.count() - 1
            self.setCurrentIndex(index)
            self.setEditText(self.itemText(index))
        self.blockSignals(False)


# --- the add / edit form -------------------------------------------------------------------


class MemoryItemDialog(QDialog):
    """Add or edit one memory; problems are shown under the field they are about.

    Save emits ``submitted`` with the fields (the service's names); the Memory dialog
    saves them and either closes this form or calls :meth:`show_error`.
    """

    submitted = Signal(dict)

    def __init__(
        self,
        item: MemoryItem | None,
        entries: Sequence[tuple[str, str]],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.item = item
        self.setObjectName("MemoryItemDialog")
        self.setWindowTitle(self.tr("Edit memory") if item else self.tr("Add a memory"))
        from app.memory.store import KINDS, SOURCES

        root = QVBoxLayout(self)
        root.setContentsMargins(14, 14, 14, 12)
        root.setSpacing(10)
        grid = QGridLayout()
        grid.setHorizontalSpacing(12)
        grid.setVerticalSpacing(4)
        grid.setColumnStretch(1, 1)
        self._grid = grid
        self._row = 0
        self._errors: dict[str, QLabel] = {}
        self._editors: dict[str, QWidget] = {}

        self.text_edit = QPlainTextEdit(self)
        self.text_edit.setPlaceholderText(
            self.tr("One fact in one sentence, e.g. “Mika’s cat is called Miso.”")
        )
        self.text_edit.setTabChangesFocus(True)
        self.text_edit.setFixedHeight(self.fontMetrics().lineSpacing() * 4 + 14)
        self.kind_combo = QComboBox(self)
        for kind in KINDS:
            self.kind_combo.addItem(kind_label(kind), kind)
        guard_wheel(self.kind_combo)
        self.about_combo = AboutCombo(self.tr("Nobody in particular"), self)
        self.about_combo.set_entries(entries)
        self.importance_spin = QDoubleSpinBox(self)
        self.importance_spin.setRange(0.0, 1.0)
        self.importance_spin.setSingleStep(0.05)
        self.importance_spin.setDecimals(2)
        self.importance_spin.setValue(0.5)
        self.importance_spin.setMaximumWidth(110)
        guard_wheel(self.importance_spin)
        self.tags_edit = QLineEdit(self)
        self.tags_edit.setPlaceholderText(self.tr("Comma-separated, e.g. pets, family"))
        self.source_combo = QComboBox(self)
        for source in SOURCES:
            self.source_combo.addItem(source_label(source), source)
        guard_wheel(self.source_combo)
        self.emotion_edit = QLineEdit(self)
        self.emotion_edit.setPlaceholderText(self.tr("Optional, e.g. happy"))
        self.ttl_spin = QSpinBox(self)
        self.ttl_spin.setRange(0, 24 * 365)
        self.ttl_spin.setSpecialValueText(self.tr("Never"))
        self.ttl_spin.setSuffix(self.tr(" hours"))
        self.ttl_spin.setMaximumWidth(140)
        guard_wheel(self.ttl_spin)

        self._add("text", self.tr("Text"), self.text_edit)
        self._add("kind", self.tr("Kind"), self.kind_combo)
        self._add(
            "about",
            self.tr("About"),
            self.about_combo,
            self.tr("Pick a person, or type an identity such as twitch:12345."),
        )
        self._add(
            "importance",
            self.tr("Importance"),
            self.importance_spin,
            self.tr("0 is trivia, 1 is something she must never forget."),
        )
        self._add("tags", self.tr("Tags"), self.tags_edit)
        self._add("source", self.tr("Source"), self.source_combo)
        self._add("emotion", self.tr("Emotion"), self.emotion_edit)
        self._add(
            "ttl_s",
            self.tr("Forget after"),
            self.ttl_spin,
            self.tr("Feelings usually fade after a day; facts are kept forever."),
        )
        root.addLayout(grid)
        self.error_label = QLabel(self)
        self.error_label.setWordWrap(True)
        self.error_label.setVisible(False)
        root.addWidget(self.error_label)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.save_button = self.buttons.button(QDialogButtonBox.StandardButton.Save)
        self.save_button.setText(self.tr("Save"))
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Cancel"))
        self.buttons.accepted.connect(self.submit)
        self.buttons.rejected.connect(self.reject)
        root.addWidget(self.buttons)
        if item is not None:
            self._fill(item)
        else:
            self.source_combo.setCurrentIndex(self.source_combo.findData("manual"))
        self.resize(560, self.sizeHint().height())

    def _add(self, name: str, title: str, editor: QWidget, hint: str = "") -> None:
        label = QLabel(title, self)
        label.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop)
        label.setContentsMargins(0, 4, 0, 0)
        box = QVBoxLayout()
        box.setSpacing(2)
        box.addWidget(editor)
        error = QLabel(self)
        error.setWordWrap(True)
        error.setVisible(False)
        box.addWidget(error)
        if hint:
            box.addWidget(make_hint_label(hint, self))
        self._grid.addWidget(label, self._row, 0)
        self._grid.addLayout(box, self._row, 1)
        self._row += 1
        self._errors[name] = error
        self._editors[name] = editor

    def _fill(self, item: MemoryItem) -> None:
        self.text_edit.setPlainText(item.text)
        self.kind_combo.setCurrentIndex(max(0, self.kind_combo.findData(item.kind)))
        self.about_combo.set_key(item.about)
        self.importance_spin.setValue(item.importance)
        self.tags_edit.setText(", ".join(item.tags))
        self.source_combo.setCurrentIndex(max(0, self.source_combo.findData(item.source)))
        self.emotion_edit.setText(item.emotion or "")
        self.ttl_spin.setValue(0 if item.ttl_s is None else max(1, round(item.ttl_s / 3600)))

    def values(self) -> dict[str, Any]:
        """The form's fields, named as :meth:`MemoryService.update` takes them."""
        tags = [t.strip() for t in self.tags_edit.text().replace(";", ",").split(",")]
        hours = self.ttl_spin.value()
        return {
            "text": self.text_edit.toPlainText().strip(),
            "kind": self.kind_combo.currentData(),
            "about": self.about_combo.key(),
            "importance": round(self.importance_spin.value(), 2),
            "tags": [t for t in dict.fromkeys(tags) if t],
            "source": self.source_combo.currentData(),
            "emotion": self.emotion_edit.text().strip() or None,
            "ttl_s": None if hours == 0 else float(hours * 3600),
        }

    def changes(self) -> dict[str, Any]:
        """The fields that differ from the item being edited (all of them for a new one)."""
        values = self.values()
        if self.item is None:
            return values
        item = self.item
        changed = {}
        for name, value in values.items():
            old = getattr(item, name)
            if name == "importance":
                old = round(old, 2)
            if name == "ttl_s" and old is not None and value is not None:
                old = round(old / 3600) * 3600.0  # the form shows whole hours
            if value != old:
                changed[name] = value
        return changed

    def check(self) -> bool:
        """Problems the form can see by itself (the service checks the rest)."""
        from app.people.store import InvalidPersonError, parse_key

        self.clear_errors()
        values = self.values()
        if not values["text"]:
            self.show_field_error("text", self.tr("Write what she should remember."))
            return False
        about = values["about"]
        if about is not None and self.about_combo.findData(about) < 0:
            try:
                parse_key(about)
            except InvalidPersonError as exc:
                self.show_field_error("about", translated(exc))
                return False
        return True

    def submit(self) -> None:
        if self.check():
            self.submitted.emit(self.values())

    def clear_errors(self) -> None:
        for name, label in self._errors.items():
            show_invalid(self._editors[name], label, None)
        self.error_label.setVisible(False)

    def show_error(self, error: Any) -> None:
        """Show ``error`` (the service's message, an exception carrying one, or text)
        translated, under the field it names (``{field}: {reason}``), or below the form."""
        problem = field_problem(error)
        if problem.field is not None and problem.field in self._errors:
            self.show_field_error(problem.field, problem.reason)
            return
        self.set_busy(False)
        self.error_label.setText(problem.text)
        self.error_label.setVisible(True)
        palette = self.error_label.palette()
        palette.setColor(QPalette.ColorRole.WindowText, error_color(self))
        self.error_label.setPalette(palette)

    def show_field_error(self, field: str, text: str) -> None:
        """Show ``text`` (already in the interface language) under ``field``."""
        self.set_busy(False)
        show_invalid(self._editors[field], self._errors[field], text)
        self._editors[field].setFocus()

    def error_text(self) -> str:
        """Every problem shown (for tests)."""
        texts = [label.text() for label in self._errors.values() if label.isVisible()]
        if self.error_label.isVisible():
            texts.append(self.error_label.text())
        return "\n".join(texts)

    def set_busy(self, busy: bool) -> None:
        self.save_button.setEnabled(not busy)
        self.save_button.setText(self.tr("Saving…") if busy else self.tr("Save"))

"""The Memory dialog: what Neiri remembers, searched, edited, imported, exported, tidied.

Everything goes through :class:`app.memory.service.MemoryService`, whose methods are
coroutines running the slow work (embedding, Chroma, SQLite) on their own threads: the
dialog starts them as tasks on the event loop (the Qt thread, through qasync), so the
window never freezes. Each task reports back to the dialog; an error is shown in the
message bar at the bottom, never raised.

* **Memories**: a semantic search box (text typed: the closest memories by meaning;
  empty: every memory, a page at a time), filters (kind, who it is about, source,
  minimum importance, tag), Add / Edit (a small form whose problems are shown in place)
  / Forget (several at once, after a confirmation), Import (all or nothing, with a
  progress bar; a rejected file lists its problems), Export (JSON or YAML) and
  "Tidy up now" (the consolidation Neiri otherwise runs on her own when idle).
* **Memory log**: what Neiri did to her memory on her own.
* **Audit log**: every change made by hand, here or in the Relationships dialog.

When the memory is not available (still loading, switched off in the settings, or
failed to open) the dialog says so instead of showing an empty table; it notices by
itself when the memory becomes ready.

The helpers at the top (:class:`MessageBar`, :class:`RowsModel`, :class:`TaskOwner`,
:func:`local_time`) are shared with the Relationships dialog.
"""

from __future__ import annotations

import asyncio
import datetime as dt
import json
import logging
import re
from collections.abc import Callable, Coroutine, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QRectF,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import QAction, QColor, QFontDatabase, QKeySequence, QPainter, QPalette
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QDoubleSpinBox,
    QFileDialog,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QProgressBar,
    QPushButton,
    QSpinBox,
    QSplitter,
    QStackedWidget,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from app.logs import log_event
from ui.dialogs.settings_pages import (
    error_color,
    guard_wheel,
    make_hint_label,
    mix,
    ok_color,
    show_invalid,
    warn_color,
)

try:  # shiboken tells whether a Qt object still exists
    from shiboken6 import isValid as qt_alive
except ImportError:  # pragma: no cover

    def qt_alive(obj: object) -> bool:
        return obj is not None


if TYPE_CHECKING:
    from app.memory.service import ConsolidationReport, MemoryService
    from app.memory.store import MemoryFilter, MemoryItem
    from app.people.store import PersonInfo, Relationships
    from app.storage.journal import AuditEntry, MemoryLogEntry

log = logging.getLogger("neiri.ui.memory")

PAGE_SIZE = 200
SEARCH_RESULTS = 100
LOG_ROWS = 500
MAX_PROBLEMS_SHOWN = 8
STATE_POLL_MS = 500
CONTEXT = "MemoryDialog"

# The store's vocabulary, as a streamer reads it (translated where it is shown).
KIND_LABELS = {
    "user_fact": QT_TRANSLATE_NOOP("MemoryDialog", "About a viewer"),
    "self_fact": QT_TRANSLATE_NOOP("MemoryDialog", "About herself"),
    "third_party": QT_TRANSLATE_NOOP("MemoryDialog", "About someone else"),
    "chat": QT_TRANSLATE_NOOP("MemoryDialog", "Chat note"),
    "emotion": QT_TRANSLATE_NOOP("MemoryDialog", "Feeling"),
    "objective": QT_TRANSLATE_NOOP("MemoryDialog", "Goal"),
}
SOURCE_LABELS = {
    "mic": QT_TRANSLATE_NOOP("MemoryDialog", "Microphone"),
    "text": QT_TRANSLATE_NOOP("MemoryDialog", "Typed chat"),
    "twitch": QT_TRANSLATE_NOOP("MemoryDialog", "Twitch"),
    "phone": QT_TRANSLATE_NOOP("MemoryDialog", "Phone"),
    "import": QT_TRANSLATE_NOOP("MemoryDialog", "Imported"),
    "manual": QT_TRANSLATE_NOOP("MemoryDialog", "Added by hand"),
}
LOG_ACTIONS = {
    "extracted": QT_TRANSLATE_NOOP("MemoryDialog", "Learned"),
    "refreshed": QT_TRANSLATE_NOOP("MemoryDialog", "Heard again"),
    "merged": QT_TRANSLATE_NOOP("MemoryDialog", "Merged"),
    "summarized": QT_TRANSLATE_NOOP("MemoryDialog", "Summarised"),
    "pruned": QT_TRANSLATE_NOOP("MemoryDialog", "Expired"),
}
AUDIT_ACTIONS = {
    "add": QT_TRANSLATE_NOOP("MemoryDialog", "Added"),
    "edit": QT_TRANSLATE_NOOP("MemoryDialog", "Edited"),
    "forget": QT_TRANSLATE_NOOP("MemoryDialog", "Forgotten"),
    "forget_about": QT_TRANSLATE_NOOP("MemoryDialog", "Forgotten with a person"),
    "import": QT_TRANSLATE_NOOP("MemoryDialog", "Imported"),
    "merge": QT_TRANSLATE_NOOP("MemoryDialog", "Merged"),
    "delete": QT_TRANSLATE_NOOP("MemoryDialog", "Deleted"),
}
AREAS = {
    "memory": QT_TRANSLATE_NOOP("MemoryDialog", "Memory"),
    "relationships": QT_TRANSLATE_NOOP("MemoryDialog", "Relationships"),
}


def translated(text: str) -> str:
    """``text`` (marked with QT_TRANSLATE_NOOP) translated in the Memory dialog's context."""
    return QCoreApplication.translate(CONTEXT, text)


def kind_label(kind: str) -> str:
    return translated(KIND_LABELS[kind]) if kind in KIND_LABELS else kind


def source_label(source: str) -> str:
    return translated(SOURCE_LABELS[source]) if source in SOURCE_LABELS else source


# --- shared helpers ----------------------------------------------------------------------


def local_time(value: float | dt.datetime | None) -> dt.datetime | None:
    """Unix seconds or a datetime (naive ones are UTC, as SQLite returns them) in the
    computer's time zone."""
    if value is None:
        return None
    if isinstance(value, dt.datetime):
        aware = value if value.tzinfo else value.replace(tzinfo=dt.UTC)
        return aware.astimezone()
    try:
        return dt.datetime.fromtimestamp(float(value), tz=dt.UTC).astimezone()
    except (OverflowError, OSError, ValueError):
        return None


def format_time(value: float | dt.datetime | None) -> str:
    when = local_time(value)
    return "" if when is None else when.strftime("%Y-%m-%d %H:%M")


def count_text(count: int, one: str, many: str, **fields: Any) -> str:
    """``one`` for 1, else ``many``, with ``{count}`` (1,234 style) and ``fields`` filled in."""
    return (one if count == 1 else many).format(count=f"{count:,}", **fields)


class MessageBar(QFrame):
    """A tinted message under the table: what happened, or what went wrong and why."""

    KINDS = ("info", "ok", "warning", "error")

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.kind = "info"
        layout = QHBoxLayout(self)
        layout.setContentsMargins(12, 8, 8, 8)
        layout.setSpacing(8)
        self.label = QLabel(self)
        self.label.setWordWrap(True)
        self.label.setTextFormat(Qt.TextFormat.PlainText)
        self.label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout.addWidget(self.label, 1)
        self.dismiss_button = QPushButton(self.tr("Dismiss"), self)
        self.dismiss_button.setAutoDefault(False)
        self.dismiss_button.clicked.connect(self.hide)
        layout.addWidget(self.dismiss_button, 0, Qt.AlignmentFlag.AlignTop)
        self.setVisible(False)

    def _tint(self) -> QColor:
        if self.kind == "error":
            return error_color(self)
        if self.kind == "warning":
            return warn_color(self)
        if self.kind == "ok":
            return ok_color(self)
        return self.palette().color(QPalette.ColorRole.Highlight)

    def paintEvent(self, event: Any) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        window = self.palette().color(QPalette.ColorRole.Window)
        tint = self._tint()
        painter.setPen(mix(window, tint, 0.5))
        painter.setBrush(mix(window, tint, 0.13))
        painter.drawRoundedRect(QRectF(self.rect()).adjusted(0.5, 0.5, -0.5, -0.5), 5, 5)
        painter.end()

    def show_message(self, text: str, kind: str = "info", details: Sequence[str] = ()) -> None:
        """Show ``text`` (and up to a few ``details`` lines, e.g. an import's problems)."""
        self.kind = kind if kind in self.KINDS else "info"
        lines = [text]
        shown = list(details)[:MAX_PROBLEMS_SHOWN]
        lines += [f"• {line}" for line in shown]
        more = len(details) - len(shown)
        if more > 0:
            lines.append(self.tr("… and {count} more").format(count=more))
        self.label.setText("\n".join(lines))
        self.setVisible(True)
        self.update()

    def text(self) -> str:
        return self.label.text() if self.isVisible() else ""


@dataclass(frozen=True)
class Column:
    """One column of a :class:`RowsModel`: its title and how a row shows in it."""

    title: str
    text: Callable[[Any], str]
    sort_key: Callable[[Any], Any] | None = None
    tooltip: Callable[[Any], str | None] | None = None
    align_right: bool = False


class RowsModel(QAbstractTableModel):
    """Rows of any objects, shown through :class:`Column` functions; sortable."""

    def __init__(self, columns: Sequence[Column], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.columns = list(columns)
        self.rows: list[Any] = []
        self._sorted: tuple[int, Qt.SortOrder] | None = None

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.columns)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < len(self.columns):
            return None
        column = self.columns[section]
        if role == Qt.ItemDataRole.DisplayRole:
            return column.title
        if role == Qt.ItemDataRole.TextAlignmentRole:
            side = Qt.AlignmentFlag.AlignRight if column.align_right else Qt.AlignmentFlag.AlignLeft
            return int(side | Qt.AlignmentFlag.AlignVCenter)
        return None

    def data(
        self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if not index.isValid() or index.row() >= len(self.rows):
            return None
        row, column = self.rows[index.row()], self.columns[index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            text = column.text(row)
            return text.split("\n", 1)[0][:400] if text else text
        if role == Qt.ItemDataRole.ToolTipRole:
            if column.tooltip is not None:
                return column.tooltip(row)
            text = column.text(row)
            return text[:2000] if text and len(text) > 40 else None
        if role == Qt.ItemDataRole.TextAlignmentRole and column.align_right:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def set_rows(self, rows: Sequence[Any], *, keep_sort: bool = True) -> None:
        self.beginResetModel()
        self.rows = list(rows)
        if not keep_sort:
            self._sorted = None
        elif self._sorted is not None:
            self._sort_rows(*self._sorted)
        self.endResetModel()

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        if not 0 <= column < len(self.columns):
            self._sorted = None
            return
        self.layoutAboutToBeChanged.emit()
        self._sorted = (column, order)
        self._sort_rows(column, order)
        self.layoutChanged.emit()

    def _sort_rows(self, column: int, order: Qt.SortOrder) -> None:
        spec = self.columns[column]

        def key(row: Any) -> tuple[bool, Any]:
            value = spec.sort_key(row) if spec.sort_key else spec.text(row).lower()
            return (value is None, value if value is not None else 0)

        self.rows.sort(key=key, reverse=order == Qt.SortOrder.DescendingOrder)


def make_table(model: QAbstractTableModel, parent: QWidget, *, sortable: bool = True) -> QTableView:
    """A table in the log viewer's style: whole rows selected, no grid, alternating rows."""
    table = QTableView(parent)
    table.setModel(model)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
    table.setAlternatingRowColors(True)
    table.setWordWrap(False)
    table.setShowGrid(False)
    table.verticalHeader().setVisible(False)
    table.verticalHeader().setDefaultSectionSize(table.fontMetrics().height() + 10)
    table.setHorizontalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    header = table.horizontalHeader()
    header.setHighlightSections(False)
    header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
    if sortable:
        header.setSortIndicator(-1, Qt.SortOrder.AscendingOrder)
        table.setSortingEnabled(True)
    return table


def selected_rows(table: QTableView) -> list[Any]:
    model = table.model()
    assert isinstance(model, RowsModel)
    rows = sorted({index.row() for index in table.selectionModel().selectedRows()})
    return [model.rows[row] for row in rows if row < len(model.rows)]


def state_page(parent: QWidget) -> tuple[QWidget, QLabel, QLabel]:
    """A page with one big centred sentence and a smaller one under it."""
    page = QWidget(parent)
    layout = QVBoxLayout(page)
    layout.addStretch(2)
    title = QLabel(page)
    title.setAlignment(Qt.AlignmentFlag.AlignCenter)
    title.setWordWrap(True)
    font = title.font()
    font.setPointSizeF(font.pointSizeF() * 1.35)
    font.setBold(True)
    title.setFont(font)
    layout.addWidget(title)
    hint = make_hint_label("", page)
    hint.setAlignment(Qt.AlignmentFlag.AlignCenter)
    layout.addWidget(hint)
    layout.addStretch(3)
    return page, title, hint


class TaskOwner:
    """Runs the dialog's coroutines as tasks on the event loop (never blocking the Qt
    thread) and shows any error in its :class:`MessageBar`; for :class:`QDialog`\\ s."""

    message: MessageBar
    _tasks: set[asyncio.Task]

    def start(
        self,
        coro: Coroutine[Any, Any, Any],
        failed: Callable[[BaseException], None] | None = None,
        *,
        what: str = "",
    ) -> asyncio.Task:
        """Run ``coro``; an exception goes to ``failed`` (default: the message bar)."""
        task = asyncio.ensure_future(coro)
        self._tasks.add(task)

        def done(t: asyncio.Task) -> None:
            self._tasks.discard(t)
            if t.cancelled() or t.exception() is None:
                return
            exc = t.exception()
            assert exc is not None
            log_event(log, "ui.memory_action_failed", f"{what}: {exc}", level=logging.WARNING)
            if not qt_alive(self):
                return
            if failed is not None:
                failed(exc)
            else:
                self.show_error(exc, what)

        task.add_done_callback(done)
        return task

    def show_error(self, exc: BaseException, what: str = "") -> None:
        text = str(exc) or type(exc).__name__
        if what:
            text = QCoreApplication.translate("MemoryDialog", "{what} failed: {error}").format(
                what=what, error=text
            )
        self.message.show_message(text, "error")

    @property
    def tasks_running(self) -> int:
        return len(self._tasks)


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
            self.show_error("text: " + self.tr("Write what she should remember."))
            return False
        about = values["about"]
        if about is not None and self.about_combo.findData(about) < 0:
            try:
                parse_key(about)
            except InvalidPersonError as exc:
                self.show_error(f"about: {exc}")
                return False
        return True

    def submit(self) -> None:
        if self.check():
            self.submitted.emit(self.values())

    def clear_errors(self) -> None:
        for name, label in self._errors.items():
            show_invalid(self._editors[name], label, None)
        self.error_label.setVisible(False)

    def show_error(self, message: str) -> None:
        """Show ``message`` under its field (the part before ``:`` names it), or below."""
        self.set_busy(False)
        message = re.sub(r"^items\[\d+\]\.", "", message.strip())  # one item: no index
        field, _, rest = message.partition(":")
        field = field.strip()
        if field in self._errors and rest.strip():
            show_invalid(self._editors[field], self._errors[field], rest.strip())
            self._editors[field].setFocus()
            return
        self.error_label.setText(message)
        self.error_label.setVisible(True)
        palette = self.error_label.palette()
        palette.setColor(QPalette.ColorRole.WindowText, error_color(self))
        self.error_label.setPalette(palette)

    def error_text(self) -> str:
        """Every problem shown (for tests)."""
        texts = [label.text() for label in self._errors.values() if label.isVisible()]
        if self.error_label.isVisible():
            texts.append(self.error_label.text())
        return "\n".join(texts)

    def set_busy(self, busy: bool) -> None:
        self.save_button.setEnabled(not busy)
        self.save_button.setText(self.tr("Saving…") if busy else self.tr("Save"))


# --- the dialog ---------------------------------------------------------------------------


class MemoryDialog(QDialog, TaskOwner):
    """Browse and change what Neiri remembers. Open it with ``show()``.

    ``memory`` is the engine's :class:`MemoryService` (None while it is not there),
    ``people`` its :class:`Relationships` (names instead of keys; optional), ``enabled``
    whether memory is switched on in the settings. ``source`` (optional) is asked for
    the service again while it is missing or loading.
    """

    changed = Signal()
    """Something was added, edited, forgotten or imported."""
    loaded = Signal()
    """The table was filled (after a reload)."""

    def __init__(
        self,
        memory: MemoryService | None,
        parent: QWidget | None = None,
        *,
        people: Relationships | None = None,
        enabled: bool = True,
        source: Callable[[], MemoryService | None] | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Memory"))
        self.setObjectName("MemoryDialog")
        self.memory = memory
        self.people = people
        self.enabled = enabled
        self._source = source
        self._tasks: set[asyncio.Task] = set()
        self._generation = 0
        self._offset = 0
        self._total = 0
        self._matching = 0
        self._names: dict[str, str] = {}
        self._entries: list[tuple[str, str]] = []
        self._busy_with = ""
        self._showing_content = False
        self._just_loaded = False
        self.form: MemoryItemDialog | None = None
        self.last_report: ConsolidationReport | None = None
        self.confirm_box: QMessageBox | None = None
        self._file_dialog: QFileDialog | None = None
        self._build()
        self._search_timer = QTimer(self)
        self._search_timer.setSingleShot(True)
        self._search_timer.setInterval(350)
        self._search_timer.timeout.connect(self._filters_changed)
        self._state_timer = QTimer(self)
        self._state_timer.setInterval(STATE_POLL_MS)
        self._state_timer.timeout.connect(self._check_state)
        self.resize(1180, 720)
        self._check_state()

    # --- layout ---------------------------------------------------------------------------

    def _build(self) -> None:
        root = QVBoxLayout(self)
        root.setContentsMargins(12, 12, 12, 10)
        root.setSpacing(8)
        self.stack = QStackedWidget(self)
        page, self.state_title, self.state_hint = state_page(self)
        self.stack.addWidget(page)
        self.tabs = QTabWidget(self)
        self.tabs.setDocumentMode(True)
        self.tabs.addTab(self._build_memories(), self.tr("Memories"))
        self.tabs.addTab(self._build_memory_log(), self.tr("Memory log"))
        self.tabs.addTab(self._build_audit_log(), self.tr("Audit log"))
        self.tabs.currentChanged.connect(self._tab_changed)
        self.stack.addWidget(self.tabs)
        root.addWidget(self.stack, 1)

        self.message = MessageBar(self)
        root.addWidget(self.message)
        bottom = QHBoxLayout()
        bottom.setSpacing(8)
        self.progress = QProgressBar(self)
        self.progress.setMaximumWidth(220)
        self.progress.setTextVisible(True)
        self.progress.setVisible(False)
        self.progress_label = QLabel(self)
        self.progress_label.setVisible(False)
        self.import_button = QPushButton(self.tr("Import…"), self)
        self.import_button.setToolTip(
            self.tr(
                "Add memories from a JSON or YAML file (all of them, or none if it has a problem)"
            )
        )
        self.import_button.clicked.connect(self.choose_import_file)
        self.export_button = QPushButton(self.tr("Export…"), self)
        self.export_button.setToolTip(
            self.tr("Save every memory to a JSON or YAML file (a backup you can import again)")
        )
        self.export_button.clicked.connect(self.choose_export_file)
        self.consolidate_button = QPushButton(self.tr("Tidy up now"), self)
        self.consolidate_button.setToolTip(
            self.tr(
                "Remove expired memories, merge duplicates and summarise old chat now "
                "(Neiri also does this by herself when she is idle)"
            )
        )
        self.consolidate_button.clicked.connect(lambda: self.consolidate())
        self.close_button = QPushButton(self.tr("Close"), self)
        self.close_button.clicked.connect(self.close)
        bottom.addWidget(self.progress_label)
        bottom.addWidget(self.progress)
        bottom.addStretch(1)
        bottom.addWidget(self.import_button)
        bottom.addWidget(self.export_button)
        bottom.addWidget(self.consolidate_button)
        bottom.addSpacing(8)
        bottom.addWidget(self.close_button)
        root.addLayout(bottom)
        for button in self.findChildren(QPushButton):
            # Enter in the search box must not press a button
            button.setAutoDefault(False)
            button.setDefault(False)

    def _build_memories(self) -> QWidget:
        from app.memory.store import KINDS, SOURCES

        page = QWidget(self)
        layout = QVBoxLayout(page)
        layout.setContentsMargins(0, 8, 0, 0)
        layout.setSpacing(8)

        self.search_edit = QLineEdit(page)
        self.search_edit.setPlaceholderText(
            self.tr("Search by meaning, e.g. “what pets does Mika have?” (empty: list them all)")
        )
        self.search_edit.setClearButtonEnabled(True)
        self.search_edit.textChanged.connect(lambda _text: self._search_timer.start())
        self.search_edit.returnPressed.connect(self._filters_changed)
        layout.addWidget(self.search_edit)

        filters = QHBoxLayout()
        filters.setSpacing(8)
        self.kind_combo = QComboBox(page)
        self.kind_combo.addItem(self.tr("All kinds"), None)
        for kind in KINDS:
            self.kind_combo.addItem(kind_label(kind), kind)
        self.kind_combo.currentIndexChanged.connect(self._filters_changed)
        self.about_combo = AboutCombo(self.tr("Anyone"), page)
        self.about_combo.currentIndexChanged.connect(self._filters_changed)
        self.about_combo.lineEdit().editingFinished.connect(self._filters_changed)
        self.source_combo = QComboBox(page)
        self.source_combo.addItem(self.tr("All sources"), None)
        for source in SOURCES:
            self.source_combo.addItem(source_label(source), source)
        self.source_combo.currentIndexChanged.connect(self._filters_changed)
        self.importance_spin = QDoubleSpinBox(page)
        self.importance_spin.setRange(0.0, 1.0)
        self.importance_spin.setSingleStep(0.1)
        self.importance_spin.setDecimals(2)
        self.importance_spin.setSpecialValueText(self.tr("any"))
        self.importance_spin.valueChanged.connect(lambda _v: self._search_timer.start())
        self.tag_edit = QLineEdit(page)
        self.tag_edit.setPlaceholderText(self.tr("Any tag"))
        self.tag_edit.setClearButtonEnabled(True)
        self.tag_edit.setMaximumWidth(150)
        self.tag_edit.textChanged.connect(lambda _text: self._search_timer.start())
        self.clear_button = QPushButton(self.tr("Clear filters"), page)
        self.clear_button.clicked.connect(self.clear_filters)
        for widget in (self.kind_combo, self.source_combo, self.importance_spin):
            guard_wheel(widget)

        def label(text: str) -> QLabel:
            widget = QLabel(text, page)
            widget.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            return widget

        filters.addWidget(label(self.tr("Kind")))
        filters.addWidget(self.kind_combo)
        filters.addWidget(label(self.tr("About")))
        filters.addWidget(self.about_combo, 1)
        filters.addWidget(label(self.tr("Source")))
        filters.addWidget(self.source_combo)
        filters.addWidget(label(self.tr("Importance at least")))
        filters.addWidget(self.importance_spin)
        filters.addWidget(label(self.tr("Tag")))
        filters.addWidget(self.tag_edit)
        filters.addWidget(self.clear_button)
        layout.addLayout(filters)

        columns = [
            Column(self.tr("Text"), lambda r: r[0].text),
            Column(self.tr("Kind"), lambda r: kind_label(r[0].kind)),
            Column(self.tr("About"), lambda r: self._about_text(r[0].about)),
            Column(
                self.tr("Importance"),
                lambda r: f"{r[0].importance:.2f}",
                sort_key=lambda r: r[0].importance,
                align_right=True,
            ),
            Column(self.tr("Tags"), lambda r: ", ".join(r[0].tags)),
            Column(self.tr("Source"), lambda r: source_label(r[0].source)),
            Column(
                self.tr("Created"),
                lambda r: format_time(r[0].created_at)[:10],
                sort_key=lambda r: r[0].created_at,
                tooltip=lambda r: format_time(r[0].created_at),
            ),
            Column(
                self.tr("Updated"),
                lambda r: format_time(r[0].updated_at)[:10],
                sort_key=lambda r: r[0].updated_at,
                tooltip=lambda r: format_time(r[0].updated_at),
            ),
            Column(
                self.tr("Match"),
                lambda r: "" if r[1] is None else f"{max(0.0, r[1]) * 100:.0f}%",
                sort_key=lambda r: r[1],
                align_right=True,
            ),
        ]
        self.model = RowsModel(columns, self)
        self.table = make_table(self.model, page)
        metrics = self.table.fontMetrics()
        date_width = metrics.horizontalAdvance("2026-05-01") + 26
        widths = {
            1: metrics.horizontalAdvance(self.tr("About someone else")) + 24,
            2: metrics.horizontalAdvance("Mika (twitch:123456)") + 20,
            3: metrics.horizontalAdvance(self.tr("Importance")) + 26,
            4: metrics.horizontalAdvance("pets, family") + 20,
            5: metrics.horizontalAdvance(self.tr("Added by hand")) + 24,
            6: date_width,
            7: date_width,
            8: metrics.horizontalAdvance(self.tr("Match")) + 34,
        }
        for column, width in widths.items():
            self.table.setColumnWidth(column, width)
        self.table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.table.setColumnHidden(8, True)
        self.table.doubleClicked.connect(lambda _index: self.edit_selected())
        self.table.selectionModel().selectionChanged.connect(self._update_buttons)
        forget_action = QAction(self.tr("Forget"), self.table)
        forget_action.setShortcut(QKeySequence(QKeySequence.StandardKey.Delete))
        forget_action.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
        forget_action.triggered.connect(self.forget_selected)
        edit_action = QAction(self.tr("Edit…"), self.table)
        edit_action.triggered.connect(self.edit_selected)
        self.table.addAction(edit_action)
        self.table.addAction(forget_action)
        self.table.setContextMenuPolicy(Qt.ContextMenuPolicy.ActionsContextMenu)
        layout.addWidget(self.table, 1)

        row = QHBoxLayout()
        row.setSpacing(8)
        self.add_button = QPushButton(self.tr("Add…"), page)
        self.add_button.clicked.connect(self.open_add)
        self.edit_button = QPushButton(self.tr("Edit…"), page)
        self.edit_button.clicked.connect(self.edit_selected)
        self.forget_button = QPushButton(self.tr("Forget…"), page)
        self.forget_button.setToolTip(self.tr("Forget the selected memories (Delete)"))
        self.forget_button.clicked.connect(self.forget_selected)
        self.count_label = QLabel(page)
        self.prev_button = QPushButton(self.tr("◀ Previous"), page)
        self.prev_button.clicked.connect(lambda: self._page(-1))
        self.page_label = QLabel(page)
        self.next_button = QPushButton(self.tr("Next ▶"), page)
        self.next_button.clicked.connect(lambda: self._page(1))
        row.addWidget(self.add_button)
        row.addWidget(self.edit_button)
        row.addWidget(self.forget_button)
        row.addSpacing(12)
        row.addWidget(self.count_label, 1)
        row.addWidget(self.prev_button)
        row.addWidget(self.page_label)
        row.addWidget(self.next_button)
        layout.addLayout(row)
        return page

    def _build_log_page(
        self, columns: list[Column], hint: str
    ) -> tuple[QWidget, RowsModel, QTableView, QPlainTextEdit, QLabel]:
        page = QWidget(self)
        layout = QVBoxLayout(page)
        layout.setContentsMargins(0, 8, 0, 0)
        layout.setSpacing(8)
        top = QHBoxLayout()
        info = make_hint_label(hint, page)
        refresh = QPushButton(self.tr("Refresh"), page)
        refresh.setAutoDefault(False)
        refresh.clicked.connect(lambda: self.refresh_logs())
        top.addWidget(info, 1)
        top.addWidget(refresh, 0, Qt.AlignmentFlag.AlignTop)
        layout.addLayout(top)
        model = RowsModel(columns, self)
        table = make_table(model, page)
        table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        table.horizontalHeader().setStretchLastSection(True)
        details = QPlainTextEdit(page)
        details.setReadOnly(True)
        details.setFont(QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont))
        details.setPlaceholderText(self.tr("Select a row to see everything it recorded."))
        splitter = QSplitter(Qt.Orientation.Vertical, page)
        splitter.addWidget(table)
        splitter.addWidget(details)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([420, 140])
        splitter.setChildrenCollapsible(False)
        layout.addWidget(splitter, 1)
        count = make_hint_label("", page)
        layout.addWidget(count)
        return page, model, table, details, count

    def _build_memory_log(self) -> QWidget:
        columns = [
            Column(
                self.tr("Time"),
                lambda e: format_time(e.at),
                sort_key=lambda e: local_time(e.at),
            ),
            Column(self.tr("What she did"), lambda e: self._log_action(e.action)),
            Column(
                self.tr("Memories"),
                lambda e: f"{len(e.item_ids):,}",
                sort_key=lambda e: len(e.item_ids),
                align_right=True,
            ),
            Column(self.tr("Details"), lambda e: e.detail),
        ]
        page, self.log_model, self.log_table, self.log_details, self.log_count = (
            self._build_log_page(
                columns,
                self.tr(
                    "What Neiri did to her memory by herself: facts she learned from "
                    "conversations, duplicates merged, old chat summarised, expired "
                    "memories removed. Newest first."
                ),
            )
        )
        metrics = self.log_table.fontMetrics()
        self.log_table.setColumnWidth(0, metrics.horizontalAdvance("2026-05-01 12:00") + 28)
        self.log_table.setColumnWidth(1, metrics.horizontalAdvance(self.tr("Heard again")) + 40)
        self.log_table.setColumnWidth(2, metrics.horizontalAdvance(self.tr("Memories")) + 28)
        self.log_table.selectionModel().selectionChanged.connect(self._log_selected)
        return page

    def _build_audit_log(self) -> QWidget:
        columns = [
            Column(
                self.tr("Time"),
                lambda e: format_time(e.at),
                sort_key=lambda e: local_time(e.at),
            ),
            Column(self.tr("Area"), lambda e: translated(AREAS.get(e.area, e.area))),
            Column(self.tr("Change"), lambda e: self._audit_action(e.action)),
            Column(self.tr("By"), lambda e: self.tr("you") if e.actor == "user" else e.actor),
            Column(self.tr("What"), audit_summary),
        ]
        page, self.audit_model, self.audit_table, self.audit_details, self.audit_count = (
            self._build_log_page(
                columns,
                self.tr(
                    "Every change made by hand to memories and relationships, with the "
                    "values before and after. Newest first."
                ),
            )
        )
        metrics = self.audit_table.fontMetrics()
        self.audit_table.setColumnWidth(0, metrics.horizontalAdvance("2026-05-01 12:00") + 28)
        self.audit_table.setColumnWidth(1, metrics.horizontalAdvance(self.tr("Relationships")) + 28)
        self.audit_table.setColumnWidth(
            2, metrics.horizontalAdvance(self.tr("Forgotten with a person")) + 28
        )
        self.audit_table.setColumnWidth(3, metrics.horizontalAdvance("engine") + 40)
        self.audit_table.selectionModel().selectionChanged.connect(self._audit_selected)
        return page

    # --- the state of the memory ------------------------------------------------------------

    def set_memory(
        self, memory: MemoryService | None, *, enabled: bool | None = None, people: Any = None
    ) -> None:
        """Use another service (the engine made a new one); reloads if it changed."""
        if enabled is not None:
            self.enabled = enabled
        if people is not None:
            self.people = people
        if memory is not self.memory:
            self.memory = memory
            self._showing_content = False
        self._check_state()

    def state(self) -> str:
        """``ready``, ``loading``, ``off`` (switched off) or ``failed``."""
        memory = self.memory
        if memory is not None and memory.ready:
            return "ready"
        if memory is not None and memory.error:
            return "failed"
        options = getattr(memory, "options", None)
        if not self.enabled or (options is not None and not getattr(options, "enabled", True)):
            return "off"
        return "loading"

    def _check_state(self) -> None:
        if self._source is not None and (self.memory is None or not self.memory.ready):
            found = self._source()
            if found is not self.memory:
                self.memory = found
                self._showing_content = False
        state = self.state()
        if state == "ready":
            self._state_timer.stop()
            if not self._showing_content:
                self._showing_content = True
                self.stack.setCurrentIndex(1)
                self._update_buttons()
                self.reload()
                self._just_loaded = not self.isVisible()
            return
        self._showing_content = False
        self.stack.setCurrentIndex(0)
        if state == "failed":
            self.state_title.setText(self.tr("Memory could not be opened"))
            self.state_hint.setText(
                self.tr(
                    "{error}\n\nNeiri talks without her long-term memory until this is fixed."
                ).format(error=self.memory.error if self.memory else "")
            )
        elif state == "off":
            self.state_title.setText(
                self.tr("Memory is switched off in Settings > Memory & people")
            )
            self.state_hint.setText(
                self.tr(
                    "Neiri neither recalls nor learns anything while it is off. Switch it on "
                    "there to see and edit what she remembers."
                )
            )
        else:
            self.state_title.setText(self.tr("Memory is still loading…"))
            self.state_hint.setText(
                self.tr(
                    "The memory model is starting; this page fills in by itself when it is ready."
                )
            )
        self._update_buttons()
        if not self._state_timer.isActive():
            self._state_timer.start()

    @property
    def ready(self) -> bool:
        return self.memory is not None and self.memory.ready

    @property
    def busy(self) -> bool:
        """An import, export or tidy-up is running."""
        return bool(self._busy_with)

    def _update_buttons(self, *_: Any) -> None:
        ready = self.ready and self._showing_content
        idle = not self._busy_with
        selected = len(self.table.selectionModel().selectedRows()) if ready else 0
        self.add_button.setEnabled(ready)
        self.edit_button.setEnabled(ready and selected == 1)
        self.forget_button.setEnabled(ready and selected >= 1)
        for button in (self.import_button, self.export_button, self.consolidate_button):
            button.setEnabled(ready and idle)
            button.setVisible(ready)

    def showEvent(self, event: Any) -> None:
        super().showEvent(event)
        if self._just_loaded:  # the constructor has just started the first load
            self._just_loaded = False
        elif self._showing_content and self.ready:
            self.reload()
            if self.tabs.currentIndex() != 0:
                self.refresh_logs()
        else:
            self._check_state()

    def hideEvent(self, event: Any) -> None:
        self._state_timer.stop()
        super().hideEvent(event)

    # --- filters and loading -----------------------------------------------------------------

    def current_filter(self) -> MemoryFilter | None:
        """The filter widgets as a :class:`MemoryFilter` (None when they keep everything)."""
        from app.memory.store import MemoryFilter

        tag = self.tag_edit.text().strip()
        importance = self.importance_spin.value()
        values = {
            "kind": self.kind_combo.currentData(),
            "about": self.about_combo.key(),
            "source": self.source_combo.currentData(),
            "tags": [tag] if tag else None,
            "min_importance": importance if importance > 0 else None,
        }
        if all(value is None for value in values.values()):
            return None
        return MemoryFilter(**values)

    def set_filters(
        self,
        *,
        query: str | None = None,
        kind: str | None = None,
        about: str | None = None,
        source: str | None = None,
        min_importance: float | None = None,
        tag: str | None = None,
    ) -> asyncio.Task | None:
        """Set filter widgets (None leaves one as it is; ``""`` clears it) and reload."""
        widgets = (
            self.search_edit,
            self.kind_combo,
            self.about_combo,
            self.source_combo,
            self.importance_spin,
            self.tag_edit,
        )
        for widget in widgets:
            widget.blockSignals(True)
        try:
            if query is not None:
                self.search_edit.setText(query)
            if kind is not None:
                self.kind_combo.setCurrentIndex(max(0, self.kind_combo.findData(kind or None)))
            if about is not None:
                self.about_combo.set_key(about or None)
            if source is not None:
                self.source_combo.setCurrentIndex(
                    max(0, self.source_combo.findData(source or None))
                )
            if min_importance is not None:
                self.importance_spin.setValue(min_importance)
            if tag is not None:
                self.tag_edit.setText(tag)
        finally:
            for widget in widgets:
                widget.blockSignals(False)
        self._search_timer.stop()
        self._offset = 0
        return self.reload()

    def clear_filters(self) -> None:
        self.set_filters(query="", kind="", about="", source="", min_importance=0.0, tag="")

    def _filters_changed(self, *_: Any) -> None:
        self._search_timer.stop()
        self._offset = 0
        self.reload()

    def _page(self, step: int) -> None:
        self._offset = max(0, self._offset + step * PAGE_SIZE)
        self.reload()

    def reload(self) -> asyncio.Task | None:
        """Fill the table for the current search and filters (a task; None if the memory
        is not ready)."""
        if not self.ready:
            self._check_state()  # it went away (closed, switched off): say so
            return None
        self._generation += 1
        generation = self._generation
        query = self.search_edit.text().strip()
        filters = self.current_filter()
        self.count_label.setText(self.tr("Searching…") if query else self.tr("Loading…"))
        return self.start(self._load(generation, query, filters), what=self.tr("Loading"))

    async def _load(self, generation: int, query: str, filters: MemoryFilter | None) -> None:
        memory = self.memory
        assert memory is not None
        if self.people is not None:
            try:
                people = await self.people.list_people()
            except Exception as exc:  # names are a nicety: keys still show
                log_event(log, "ui.memory_people_failed", str(exc), level=logging.WARNING)
            else:
                self._set_people(people)
        total = await memory.count(None)
        if query:
            found = await memory.search(query, filters, SEARCH_RESULTS)
            rows: list[tuple[MemoryItem, float | None]] = list(found)
            matching = len(rows)
        else:
            matching = total if filters is None else await memory.count(filters)
            if self._offset >= matching and matching:
                self._offset = max(0, (matching - 1) // PAGE_SIZE * PAGE_SIZE)
            items = await memory.list(filters, PAGE_SIZE, self._offset)
            rows = [(item, None) for item in items]
        if generation != self._generation or not qt_alive(self):
            return  # a newer search started meanwhile
        self._total, self._matching = total, matching
        searching = bool(query)
        self.table.setColumnHidden(8, not searching)
        if searching:
            self.table.horizontalHeader().setSortIndicator(-1, Qt.SortOrder.AscendingOrder)
        self.model.set_rows(rows, keep_sort=not searching)
        self._show_counts(query, filters, len(rows))
        self._update_buttons()
        self.loaded.emit()

    def _set_people(self, people: Sequence[PersonInfo]) -> None:
        self._entries = people_entries(people)
        self._names = {}
        for person in people:
            for key in person.keys:
                self._names[key] = person.name
        self.about_combo.set_entries(self._entries)
        self.model.layoutChanged.emit()

    def _about_text(self, about: str | None) -> str:
        if about is None:
            return ""
        name = self._names.get(about)
        return about if not name or name == about else f"{name} ({about})"

    def _show_counts(self, query: str, filters: MemoryFilter | None, shown: int) -> None:
        total_text = count_text(self._total, self.tr("1 memory"), self.tr("{count} memories"))
        paging = not query and self._matching > PAGE_SIZE
        if query:
            text = self.tr("Closest to “{query}” first").format(query=query)
            text += " · " + total_text
        elif filters is not None:
            text = self.tr("{shown} of {total} match the filters").format(
                shown=f"{self._matching:,}", total=total_text
            )
        elif self._total == 0:
            text = self.tr("No memories yet: Neiri learns them as she talks, or add one here.")
        else:
            text = total_text
        self.count_label.setText(text)
        self.prev_button.setVisible(paging)
        self.next_button.setVisible(paging)
        self.page_label.setVisible(paging)
        if paging:
            first = self._offset + 1
            last = min(self._offset + PAGE_SIZE, self._matching)
            self.page_label.setText(
                self.tr("{first}–{last} of {count}").format(
                    first=f"{first:,}", last=f"{last:,}", count=f"{self._matching:,}"
                )
            )
            self.prev_button.setEnabled(self._offset > 0)
            self.next_button.setEnabled(last < self._matching)

    def visible_items(self) -> list[MemoryItem]:
        return [row[0] for row in self.model.rows]

    def selected_items(self) -> list[MemoryItem]:
        return [row[0] for row in selected_rows(self.table)]

    def select_items(self, ids: Sequence[str]) -> None:
        """Select the rows of these memories (for tests and after a save)."""
        self.table.clearSelection()
        selection = self.table.selectionModel()
        for row, (item, _sim) in enumerate(self.model.rows):
            if item.id in ids:
                index = self.model.index(row, 0)
                selection.select(
                    index,
                    selection.SelectionFlag.Select | selection.SelectionFlag.Rows,
                )
        self._update_buttons()

    # --- add, edit, forget -----------------------------------------------------------------

    def open_add(self) -> MemoryItemDialog | None:
        return self._open_form(None)

    def edit_selected(self) -> MemoryItemDialog | None:
        items = self.selected_items()
        if len(items) != 1:
            return None
        return self._open_form(items[0])

    def _open_form(self, item: MemoryItem | None) -> MemoryItemDialog | None:
        if not self.ready:
            return None
        if self.form is not None and qt_alive(self.form) and self.form.isVisible():
            self.form.raise_()
            return self.form
        form = MemoryItemDialog(item, self._entries, self)
        form.submitted.connect(lambda values: self._save_form(form, values))
        form.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.form = form
        form.open()
        return form

    def _save_form(self, form: MemoryItemDialog, values: dict[str, Any]) -> None:
        form.set_busy(True)
        self.start(self._save(form), lambda exc: self._form_failed(form, exc))

    def _form_failed(self, form: MemoryItemDialog, exc: BaseException) -> None:
        from app.memory.store import InvalidMemoryError

        if qt_alive(form) and form.isVisible():
            form.show_error(str(exc) if isinstance(exc, InvalidMemoryError) else f"{exc}")
        else:
            self.show_error(exc, self.tr("Saving the memory"))

    async def _save(self, form: MemoryItemDialog) -> None:
        from app.memory.store import MemoryItem

        memory = self.memory
        if memory is None:
            raise RuntimeError(self.tr("the memory is not available"))
        if form.item is None:
            saved = await memory.add(MemoryItem(**form.values()))
            note = self.tr("Added: “{text}”").format(text=_short(saved.text))
        else:
            changes = form.changes()
            if not changes:
                form.accept()
                return
            saved = await memory.update(form.item.id, **changes)
            note = self.tr("Saved: “{text}”").format(text=_short(saved.text))
        if qt_alive(form):
            form.accept()
        self.message.show_message(note, "ok")
        self.changed.emit()
        await self._after_change([saved.id])

    async def _after_change(self, select: Sequence[str] = ()) -> None:
        self._generation += 1
        await self._load(self._generation, self.search_edit.text().strip(), self.current_filter())
        if select:
            self.select_items(select)
        await self._load_logs()

    def forget_selected(self) -> QMessageBox | None:
        """Ask, then forget the selected memories."""
        items = self.selected_items()
        if not items or not self.ready:
            return None
        box = QMessageBox(self)
        box.setIcon(QMessageBox.Icon.Warning)
        box.setWindowTitle(self.tr("Forget memories"))
        if len(items) == 1:
            box.setText(self.tr("Forget “{text}”?").format(text=_short(items[0].text, 120)))
        else:
            box.setText(self.tr("Forget these {count} memories?").format(count=len(items)))
        box.setInformativeText(
            self.tr(
                "Neiri will no longer recall them. This cannot be undone (the audit log "
                "keeps a copy of the text)."
            )
        )
        forget = box.addButton(self.tr("Forget"), QMessageBox.ButtonRole.DestructiveRole)
        box.addButton(self.tr("Cancel"), QMessageBox.ButtonRole.RejectRole)
        box.setDefaultButton(forget)
        ids = [item.id for item in items]
        forget.clicked.connect(lambda: self.forget_ids(ids))
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.confirm_box = box
        box.open()
        return box

    def forget_ids(self, ids: Sequence[str]) -> asyncio.Task:
        """Forget these memories now (no question asked)."""
        return self.start(self._forget(list(ids)), what=self.tr("Forgetting"))

    async def _forget(self, ids: list[str]) -> None:
        memory = self.memory
        if memory is None:
            raise RuntimeError(self.tr("the memory is not available"))
        gone = 0
        for id_ in ids:
            if await memory.forget(id_):
                gone += 1
        self.message.show_message(
            count_text(
                gone, self.tr("1 memory forgotten."), self.tr("{count} memories forgotten.")
            ),
            "ok",
        )
        self.changed.emit()
        await self._after_change()

    # --- import, export, tidy up -------------------------------------------------------------

    def _begin(self, what: str, determinate: bool) -> None:
        self._busy_with = what
        self.progress_label.setText(what)
        self.progress_label.setVisible(True)
        self.progress.setRange(0, 100 if determinate else 0)
        self.progress.setValue(0)
        self.progress.setVisible(True)
        self._update_buttons()

    def _end(self) -> None:
        self._busy_with = ""
        if qt_alive(self):
            self.progress.setVisible(False)
            self.progress_label.setVisible(False)
            self._update_buttons()

    def _progress(self, done: int, total: int) -> None:
        if not qt_alive(self) or not self.progress.isVisible():
            return
        if total <= 0:
            self.progress.setRange(0, 100)
            self.progress.setValue(100)
            return
        self.progress.setRange(0, total)
        self.progress.setValue(min(done, total))
        self.progress.setFormat(f"{done:,} / {total:,}")

    def choose_import_file(self) -> None:
        dialog = QFileDialog(self, self.tr("Import memories"))
        dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptOpen)
        dialog.setFileMode(QFileDialog.FileMode.ExistingFile)
        dialog.setNameFilters(
            [self.tr("Memory files (*.json *.yaml *.yml)"), self.tr("All files (*)")]
        )
        dialog.setDirectory(str(Path.home()))
        dialog.fileSelected.connect(lambda name: name and self.import_from(Path(name)))
        dialog.finished.connect(dialog.deleteLater)
        self._file_dialog = dialog
        dialog.open()

    def import_from(self, path: Path) -> asyncio.Task | None:
        """Import ``path`` (JSON or YAML), all or nothing, showing the progress."""
        if not self.ready or self.busy:
            return None
        self.message.hide()
        self._begin(self.tr("Importing…"), True)
        return self.start(self._import(Path(path)), self._import_failed)

    async def _import(self, path: Path) -> None:
        memory = self.memory
        assert memory is not None
        try:
            report = await memory.import_file(path, self._progress)
        finally:
            self._end()
        parts = [
            count_text(report.added, self.tr("1 memory added"), self.tr("{count} memories added")),
        ]
        if report.replaced:
            parts.append(
                count_text(
                    report.replaced,
                    self.tr("1 replaced (same id)"),
                    self.tr("{count} replaced (same id)"),
                )
            )
        self.message.show_message(
            self.tr("Imported {file}: {result}.").format(file=path.name, result=", ".join(parts)),
            "ok",
        )
        self.changed.emit()
        await self._after_change()

    def _import_failed(self, exc: BaseException) -> None:
        from app.memory.transfer import ImportRejectedError

        self._end()
        if isinstance(exc, ImportRejectedError):
            name = Path(exc.path).name
            self.message.show_message(
                self.tr(
                    "Nothing was imported: {file} has problems. Fix them and try again:"
                ).format(file=name),
                "error",
                exc.problems,
            )
        else:
            self.message.show_message(
                self.tr("Nothing was imported: {error}").format(error=exc), "error"
            )

    def choose_export_file(self) -> None:
        dialog = QFileDialog(self, self.tr("Export memories"))
        dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
        as_json, as_yaml = self.tr("JSON (*.json)"), self.tr("YAML (*.yaml)")
        dialog.setNameFilters([as_json, as_yaml])
        dialog.setDirectory(str(Path.home()))
        stamp = dt.datetime.now().strftime("%Y%m%d-%H%M")
        dialog.selectFile(f"neiri-memories-{stamp}.json")

        def chosen(name: str) -> None:
            if not name:
                return
            target = Path(name)
            if target.suffix.lower() not in (".json", ".yaml", ".yml"):
                suffix = ".yaml" if dialog.selectedNameFilter() == as_yaml else ".json"
                target = target.with_name(target.name + suffix)
            self.export_to(target)

        dialog.fileSelected.connect(chosen)
        dialog.finished.connect(dialog.deleteLater)
        self._file_dialog = dialog
        dialog.open()

    def export_to(self, path: Path) -> asyncio.Task | None:
        """Write every memory to ``path`` (.json, or .yaml/.yml)."""
        if not self.ready or self.busy:
            return None
        self.message.hide()
        self._begin(self.tr("Exporting…"), True)
        return self.start(self._export(Path(path)), self._export_failed)

    async def _export(self, path: Path) -> None:
        memory = self.memory
        assert memory is not None
        try:
            count = await memory.export_file(path, None, self._progress)
        finally:
            self._end()
        self.message.show_message(
            count_text(
                count,
                self.tr("Exported 1 memory to {path}"),
                self.tr("Exported {count} memories to {path}"),
                path=str(path),
            ),
            "ok",
        )

    def _export_failed(self, exc: BaseException) -> None:
        self._end()
        error = exc.strerror if isinstance(exc, OSError) and exc.strerror else exc
        self.message.show_message(
            self.tr("The memories could not be exported: {error}").format(error=error), "error"
        )

    def consolidate(self) -> asyncio.Task | None:
        """Tidy up now and show what it did."""
        if not self.ready or self.busy:
            return None
        self.message.hide()
        self._begin(self.tr("Tidying up…"), False)

        def failed(exc: BaseException) -> None:
            self._end()
            self.show_error(exc, self.tr("Tidying up"))

        return self.start(self._consolidate(), failed)

    async def _consolidate(self) -> None:
        memory = self.memory
        assert memory is not None
        try:
            report = await memory.consolidate()
        finally:
            self._end()
        self.last_report = report
        self.message.show_message(self.consolidation_text(report), "ok")
        if report.pruned or report.merged or report.summarized:
            self.changed.emit()
        await self._after_change()

    def consolidation_text(self, report: ConsolidationReport) -> str:
        if not (report.pruned or report.merged or report.summarized):
            text = self.tr(
                "Nothing to tidy up: no expired memories, no duplicates, no old chat to summarise."
            )
        else:
            text = self.tr(
                "Tidied up. Expired memories removed: {pruned}. Duplicates merged: {merged}. "
                "Chat notes summarised: {summarized}."
            ).format(pruned=report.pruned, merged=report.merged, summarized=report.summarized)
        if report.stopped_early:
            text += " " + self.tr(
                "She stopped early because a conversation started; the rest waits for her "
                "next quiet moment."
            )
        return text

    # --- the logs -------------------------------------------------------------------------------

    def _tab_changed(self, index: int) -> None:
        if index in (1, 2) and self.ready:
            self.refresh_logs()

    def refresh_logs(self) -> asyncio.Task | None:
        if self.memory is None:
            return None
        return self.start(self._load_logs(), what=self.tr("Reading the logs"))

    async def _load_logs(self) -> None:
        memory = self.memory
        if memory is None:
            return
        memory_log = await memory.memory_log(LOG_ROWS)
        audit_log = await memory.audit_log(LOG_ROWS)
        if not qt_alive(self):
            return
        self.log_model.set_rows(memory_log)
        self.audit_model.set_rows(audit_log)
        self.log_count.setText(self._log_count_text(len(memory_log)))
        self.audit_count.setText(self._log_count_text(len(audit_log)))
        self._log_selected()
        self._audit_selected()

    def _log_count_text(self, count: int) -> str:
        if count >= LOG_ROWS:
            return self.tr("The newest {count} entries").format(count=f"{count:,}")
        return count_text(count, self.tr("1 entry"), self.tr("{count} entries"))

    def _log_action(self, action: str) -> str:
        return translated(LOG_ACTIONS[action]) if action in LOG_ACTIONS else action

    def _audit_action(self, action: str) -> str:
        return translated(AUDIT_ACTIONS[action]) if action in AUDIT_ACTIONS else action

    def _log_selected(self, *_: Any) -> None:
        rows = selected_rows(self.log_table)
        if not rows:
            self.log_details.clear()
            return
        entry: MemoryLogEntry = rows[0]
        ids = ", ".join(entry.item_ids)
        self.log_details.setPlainText(
            f"{format_time(entry.at)}  {self._log_action(entry.action)}\n\n{entry.detail}\n\n"
            + self.tr("Memory ids: {ids}").format(ids=ids or "—")
        )

    def _audit_selected(self, *_: Any) -> None:
        rows = selected_rows(self.audit_table)
        if not rows:
            self.audit_details.clear()
            return
        entry: AuditEntry = rows[0]
        parts = [
            f"{format_time(entry.at)}  {translated(AREAS.get(entry.area, entry.area))} · "
            f"{self._audit_action(entry.action)} · {entry.target}"
        ]
        if entry.before:
            parts.append(self.tr("Before:") + "\n" + _pretty(entry.before))
        if entry.after:
            parts.append(self.tr("After:") + "\n" + _pretty(entry.after))
        self.audit_details.setPlainText("\n\n".join(parts))

    def audit_entries(self) -> list[AuditEntry]:
        return list(self.audit_model.rows)

    def memory_log_entries(self) -> list[MemoryLogEntry]:
        return list(self.log_model.rows)


# --- formatting the logs --------------------------------------------------------------------


def _short(text: str, limit: int = 80) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1] + "…"


def _load(raw: str) -> Any:
    if not raw:
        return None
    try:
        return json.loads(raw)
    except ValueError:
        return raw


def _pretty(raw: str) -> str:
    value = _load(raw)
    if isinstance(value, dict | list):
        return json.dumps(value, indent=2, ensure_ascii=False)
    return str(value)


def _value(value: Any) -> str:
    if isinstance(value, str):
        return f"“{_short(value, 60)}”"
    if isinstance(value, float):
        return f"{value:g}" if abs(value) < 1e6 else f"{value:.0f}"
    if isinstance(value, list):
        return "[" + ", ".join(str(v) for v in value) + "]"
    return "—" if value is None else str(value)


def audit_summary(entry: AuditEntry) -> str:
    """One line saying what a manual change did."""
    before, after = _load(entry.before), _load(entry.after)
    if entry.area == "relationships" and entry.action == "merge" and isinstance(before, dict):
        names = [
            (p.get("nickname") or ", ".join(p.get("identities") or []))
            if isinstance(p, dict)
            else ""
            for p in (before.get("keep"), before.get("other"))
        ]
        return " + ".join(n for n in names if n)
    if isinstance(before, dict) and isinstance(after, dict):
        changes = [
            f"{key}: {_value(before.get(key))} → {_value(after.get(key))}"
            for key in sorted(set(before) | set(after))
            if key not in ("updated_at", "last_used_at") and before.get(key) != after.get(key)
        ]
        return "; ".join(changes) or QCoreApplication.translate("MemoryDialog", "no change")
    one = after if isinstance(after, dict) else before
    if isinstance(one, dict):
        if "text" in one:
            return _value(one["text"])
        if "nickname" in one or "identities" in one:
            name = one.get("nickname") or ""
            keys = ", ".join(one.get("identities") or [])
            return f"{name} ({keys})" if name and keys else name or keys
        text = ", ".join(f"{k}: {_value(v)}" for k, v in one.items())
        return f"{entry.target}: {text}" if entry.target else text
    return entry.target

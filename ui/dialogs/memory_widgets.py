"""Pieces shared by the Memory and Relationships dialogs: the memory store's vocabulary
as a streamer reads it, times in the computer's time zone, a message bar, a sortable
table model with its table, and :class:`TaskOwner`, which runs a dialog's coroutines as
tasks on the event loop and shows their errors.
"""

from __future__ import annotations

import asyncio
import datetime as dt
import logging
from collections.abc import Callable, Coroutine, Sequence
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QRectF,
    Qt,
)
from PySide6.QtGui import QColor, QPainter, QPalette
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from app.logs import log_event
from ui.dialogs.settings_widgets import (
    error_color,
    make_hint_label,
    mix,
    ok_color,
    qt_alive,
    warn_color,
)
from ui.messages import error_text

log = logging.getLogger("neiri.ui.memory")

MAX_PROBLEMS_SHOWN = 8
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


def memory_tr(text: str) -> str:
    """``text`` (marked with QT_TRANSLATE_NOOP) translated in the Memory dialog's context."""
    return QCoreApplication.translate(CONTEXT, text)


def kind_label(kind: str) -> str:
    return memory_tr(KIND_LABELS[kind]) if kind in KIND_LABELS else kind


def source_label(source: str) -> str:
    return memory_tr(SOURCE_LABELS[source]) if source in SOURCE_LABELS else source


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
        text = error_text(exc)
        if what:
            text = QCoreApplication.translate("MemoryDialog", "{what} failed: {error}").format(
                what=what, error=text
            )
        self.message.show_message(text, "error")

    @property
    def tasks_running(self) -> int:
        return len(self._tasks)


def _short(text: str, limit: int = 80) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1] + "…"

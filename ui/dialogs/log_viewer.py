"""The log viewer: Neiri's JSONL logs, tailed live, filtered, exported.

:class:`LogTail` (no Qt) reads ``neiri.jsonl`` incrementally: each poll reads only
the bytes added since the last one, keeps a partial last line until its newline
arrives, and notices rotation (the file it was reading became ``neiri.jsonl.1``:
the rest of that file is read from there first) and truncation. The history
(rotated files, then the current one) is read once, on a worker thread, keeping
only the newest ``max_rows`` lines.

:class:`LogViewer` shows the lines in a table filtered by minimum level,
component, turn id, free text and time range; "Show turn" gathers one turn's
events; rows can be copied (as their JSON line) and the filtered rows exported as
JSONL or ZIP. Memory stays bounded: the oldest rows are dropped beyond ``max_rows``.
A line that is not a JSON object is shown as an "unreadable line", never a crash.
"""

from __future__ import annotations

import contextlib
import json
import os
import re
import zipfile
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QDateTime,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import (
    QAction,
    QColor,
    QFont,
    QFontDatabase,
    QFontMetrics,
    QGuiApplication,
    QKeySequence,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDateTimeEdit,
    QDialog,
    QFileDialog,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from app.logs import LOG_FILE_NAME
from ui.dialogs.settings_widgets import CheckBox, mix, run_off_thread
from ui.messages import error_text, file_error_text

LEVELS: dict[str, int] = {"DEBUG": 10, "INFO": 20, "WARNING": 30, "ERROR": 40, "CRITICAL": 50}
MAX_ROWS = 50_000
POLL_MS = 300
MAX_READ_PER_POLL = 16 * 1024 * 1024
UNREADABLE_EVENT = "unreadable line"
COLUMNS = ("ts", "level", "component", "event", "turn_id", "latency_ms", "message")
_ROTATED_RE = re.compile(r"\.(\d+)$")


# --- entries -----------------------------------------------------------------------------


@dataclass(slots=True)
class LogEntry:
    """One line of the log, parsed."""

    seq: int
    raw: str
    data: dict[str, Any] | None
    """The JSON object, or None for an unreadable line."""
    ts: str = ""
    when: datetime | None = None
    level: str = ""
    levelno: int = 0
    component: str = ""
    event: str = ""
    turn: str = ""
    latency: float | None = None
    message: str = ""
    haystack: str = ""

    @property
    def readable(self) -> bool:
        return self.data is not None

    def export_line(self) -> str:
        """The line as exported: the original JSON, or an unreadable line wrapped in JSON
        so the export stays valid JSONL."""
        if self.data is not None:
            return self.raw
        return json.dumps({"unreadable_line": self.raw}, ensure_ascii=False)


def parse_line(line: str, seq: int = 0) -> LogEntry:
    try:
        data = json.loads(line)
    except (ValueError, RecursionError):
        data = None
    if not isinstance(data, dict):
        return LogEntry(
            seq, line, None, event=UNREADABLE_EVENT, message=line[:2000], haystack=line.lower()
        )
    ts = str(data.get("ts", ""))
    when: datetime | None = None
    if ts:
        try:
            when = datetime.fromisoformat(ts)
        except ValueError:
            when = None
        if when is not None and when.tzinfo is None:
            when = when.astimezone()
    level = str(data.get("level", "")).upper()
    turn = data.get("turn_id")
    latency = data.get("latency_ms")
    return LogEntry(
        seq,
        line,
        data,
        ts=ts,
        when=when,
        level=level,
        levelno=LEVELS.get(level, 0),
        component=str(data.get("component", "")),
        event=str(data.get("event", "")),
        turn="" if turn is None else str(turn),
        latency=float(latency)
        if isinstance(latency, int | float) and not isinstance(latency, bool)
        else None,
        message=str(data.get("message", "")),
        haystack=" ".join(str(value) for value in data.values()).lower(),
    )


@dataclass
class LogFilter:
    min_level: int = 0
    component: str = ""
    turn: str = ""
    text: str = ""
    since: datetime | None = None
    until: datetime | None = None

    def matches(self, entry: LogEntry) -> bool:
        if self.min_level and entry.levelno < self.min_level:
            return False
        if self.component and entry.component != self.component:
            return False
        if self.turn and entry.turn != self.turn:
            return False
        if self.text and self.text.lower() not in entry.haystack:
            return False
        if self.since is not None or self.until is not None:
            if entry.when is None:
                return False
            if self.since is not None and entry.when < self.since:
                return False
            if self.until is not None and entry.when > self.until:
                return False
        return True

    def describe(self) -> dict[str, Any]:
        return {
            "min_level": next((k for k, v in LEVELS.items() if v == self.min_level), None),
            "component": self.component or None,
            "turn_id": self.turn or None,
            "text": self.text or None,
            "since": self.since.isoformat() if self.since else None,
            "until": self.until.isoformat() if self.until else None,
        }


# --- reading the files ----------------------------------------------------------------------


def _identity(stat: os.stat_result) -> tuple[int, int]:
    return (stat.st_dev, stat.st_ino)


def rotated_files(path: Path) -> list[Path]:
    """``neiri.jsonl.N`` ... ``neiri.jsonl.1``: oldest first."""
    found: list[tuple[int, Path]] = []
    with contextlib.suppress(OSError):
        for entry in path.parent.iterdir():
            if entry.name.startswith(path.name + "."):
                match = _ROTATED_RE.search(entry.name[len(path.name) :])
                if match and entry.is_file():
                    found.append((int(match.group(1)), entry))
    return [p for _, p in sorted(found, reverse=True)]


def _split(data: bytes) -> list[str]:
    return [
        line.rstrip(b"\r").decode("utf-8", errors="replace")
        for line in data.split(b"\n")
        if line.strip()
    ]


class LogTail:
    """Incremental reader of one log file that survives rotation and truncation."""

    def __init__(self, path: Path) -> None:
        self.path = Path(path)
        self._offset = 0
        self._ident: tuple[int, int] | None = None
        self._pending = b""

    def read_history(self, max_lines: int = MAX_ROWS) -> list[str]:
        """The newest ``max_lines`` lines of the rotated files and the current file; later
        :meth:`poll` calls continue after them."""
        chunks: list[list[str]] = []
        count = 0
        current = self._read_new()
        chunks.append(current)
        count += len(current)
        for old in reversed(rotated_files(self.path)):  # newest first
            if count >= max_lines:
                break
            try:
                lines = _split(old.read_bytes())
            except OSError:
                continue
            chunks.append(lines)
            count += len(lines)
        lines = [line for chunk in reversed(chunks) for line in chunk]
        return lines[-max_lines:] if max_lines > 0 else []

    def poll(self) -> list[str]:
        """The complete lines added since the last call."""
        return self._read_new()

    def _read_new(self) -> list[str]:
        lines: list[str] = []
        try:
            stat = self.path.stat()
        except OSError:
            stat = None
        ident = _identity(stat) if stat is not None else None
        if self._ident is not None and ident != self._ident:
            # rotated: finish the file we were reading (now neiri.jsonl.1, or further
            # back if it rotated more than once since), then the complete newer ones
            older = rotated_files(self.path)  # oldest first
            position = None
            for index, candidate in enumerate(older):
                with contextlib.suppress(OSError):
                    if _identity(candidate.stat()) == self._ident:
                        position = index
                        break
            if position is not None:
                lines += self._read_from(older[position], final=True)
                for newer in older[position + 1 :]:
                    with contextlib.suppress(OSError):
                        lines += _split(newer.read_bytes())
            elif self._pending.strip():
                lines += _split(self._pending)
            self._offset, self._pending = 0, b""
        self._ident = ident
        if stat is None:
            return lines
        if stat.st_size < self._offset:  # truncated
            self._offset, self._pending = 0, b""
        if stat.st_size > self._offset:
            lines += self._read_from(self.path)
        return lines

    def _read_from(self, path: Path, *, final: bool = False) -> list[str]:
        try:
            with open(path, "rb") as handle:
                handle.seek(self._offset)
                chunk = handle.read(MAX_READ_PER_POLL if not final else -1)
        except OSError:
            return []
        self._offset += len(chunk)
        data = self._pending + chunk
        if final:
            self._pending = b""
            return _split(data)
        cut = data.rfind(b"\n")
        if cut < 0:
            self._pending = data
            return []
        self._pending = data[cut + 1 :]
        return _split(data[: cut + 1])


# --- the table model ------------------------------------------------------------------------


def _level_colors(level: str) -> tuple[QColor | None, QColor | None]:
    """(text colour of the level cell, row background) for ``level``, for the theme."""
    palette = QGuiApplication.palette()
    base = palette.base().color()
    dark = base.lightness() < 128
    if level in ("ERROR", "CRITICAL"):
        accent = QColor("#ff7b7b") if dark else QColor("#c62828")
        return accent, mix(base, QColor("#e05050"), 0.13 if dark else 0.09)
    if level == "WARNING":
        accent = QColor("#f0b44c") if dark else QColor("#9a6400")
        return accent, mix(base, QColor("#e0a030"), 0.10 if dark else 0.09)
    if level == "DEBUG" or not level:
        return palette.placeholderText().color(), None
    return None, None


class LogTableModel(QAbstractTableModel):
    """The visible (filtered) log rows."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.rows: list[LogEntry] = []
        self._headers = (
            self.tr("Time"),
            self.tr("Level"),
            self.tr("Component"),
            self.tr("Event"),
            self.tr("Turn"),
            self.tr("Latency"),
            self.tr("Message"),
        )
        self._mono = QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont)
        self._italic = QFont()
        self._italic.setItalic(True)

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(COLUMNS)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self._headers[section]
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.TextAlignmentRole:
            if COLUMNS[section] == "latency_ms":
                return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            if COLUMNS[section] == "turn_id":
                return int(Qt.AlignmentFlag.AlignCenter)
            return int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        return None

    def data(
        self,
        index: QModelIndex | QPersistentModelIndex,
        role: int = Qt.ItemDataRole.DisplayRole,
    ) -> Any:
        if not index.isValid():
            return None
        entry = self.rows[index.row()]
        column = COLUMNS[index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(entry, column)
        if role == Qt.ItemDataRole.ToolTipRole:
            if column == "ts":
                return entry.ts or None
            if column == "message":
                return entry.message[:1000] or None
            return None
        if role == Qt.ItemDataRole.ForegroundRole and column == "level":
            return _level_colors(entry.level)[0]
        if role == Qt.ItemDataRole.ForegroundRole and not entry.readable:
            return _level_colors("")[0]
        if role == Qt.ItemDataRole.BackgroundRole:
            return _level_colors(entry.level)[1]
        if role == Qt.ItemDataRole.FontRole:
            if not entry.readable:
                return self._italic
            if column == "ts":
                return self._mono
        if role == Qt.ItemDataRole.TextAlignmentRole:
            if column == "latency_ms":
                return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            if column == "turn_id":
                return int(Qt.AlignmentFlag.AlignCenter)
        return None

    @staticmethod
    def _display(entry: LogEntry, column: str) -> str:
        if column == "ts":
            if entry.when is not None:
                return (
                    entry.when.strftime("%m-%d %H:%M:%S.") + f"{entry.when.microsecond // 1000:03d}"
                )
            return entry.ts
        if column == "level":
            return entry.level
        if column == "component":
            return entry.component
        if column == "event":
            return entry.event
        if column == "turn_id":
            return entry.turn
        if column == "latency_ms":
            # an en space keeps the right-aligned number off the message column
            if entry.latency is None:
                return ""
            ms = QCoreApplication.translate("LogTableModel", "{:,.0f} ms")
            return ms.format(entry.latency) + "\u2002"
        first_line = entry.message.split("\n", 1)[0]
        return first_line[:500]

    def set_rows(self, rows: list[LogEntry]) -> None:
        self.beginResetModel()
        self.rows = rows
        self.endResetModel()

    def append_rows(self, rows: list[LogEntry]) -> None:
        if not rows:
            return
        start = len(self.rows)
        self.beginInsertRows(QModelIndex(), start, start + len(rows) - 1)
        self.rows.extend(rows)
        self.endInsertRows()

    def drop_front(self, count: int) -> None:
        if count <= 0:
            return
        self.beginRemoveRows(QModelIndex(), 0, count - 1)
        del self.rows[:count]
        self.endRemoveRows()


# --- the dialog ----------------------------------------------------------------------------------


@dataclass
class _Counts:
    total: int = 0
    unreadable: int = 0
    components: set[str] = field(default_factory=set)


class LogViewer(QDialog):
    """A live view of the logs in ``log_dir``. Open it with ``show()``."""

    historyLoaded = Signal()
    rowsAdded = Signal(int)
    """Rows were read from the file (how many), whether or not the filter shows them."""

    def __init__(
        self,
        log_dir: Path,
        parent: QWidget | None = None,
        *,
        max_rows: int = MAX_ROWS,
        poll_ms: int = POLL_MS,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Logs"))
        self.setObjectName("LogViewer")
        self.log_dir = Path(log_dir)
        self.log_file = self.log_dir / LOG_FILE_NAME
        self.max_rows = max(1, max_rows)
        self._tail = LogTail(self.log_file)
        self._entries: list[LogEntry] = []
        self._seq = 0
        self._counts = _Counts()
        self._filter = LogFilter()
        self._history_done = False
        self._file_dialog: QFileDialog | None = None
        self._model = LogTableModel(self)
        self._build()
        self._poll_timer = QTimer(self)
        self._poll_timer.setInterval(poll_ms)
        self._poll_timer.timeout.connect(self.poll)
        self._filter_timer = QTimer(self)
        self._filter_timer.setSingleShot(True)
        self._filter_timer.setInterval(180)
        self._filter_timer.timeout.connect(self.apply_filters)
        self._load_history()

    # --- layout -----------------------------------------------------------------------------

    def _build(self) -> None:
        root = QVBoxLayout(self)
        root.setContentsMargins(12, 12, 12, 10)
        root.setSpacing(8)

        filters = QGridLayout()
        filters.setHorizontalSpacing(8)
        filters.setVerticalSpacing(6)
        self.level_combo = QComboBox(self)
        self.level_combo.addItem(self.tr("All levels"), 0)
        self.level_combo.addItem(self.tr("Info and above"), LEVELS["INFO"])
        self.level_combo.addItem(self.tr("Warnings and above"), LEVELS["WARNING"])
        self.level_combo.addItem(self.tr("Errors only"), LEVELS["ERROR"])
        self.level_combo.currentIndexChanged.connect(self.apply_filters)
        self.component_combo = QComboBox(self)
        self.component_combo.addItem(self.tr("All components"), "")
        self.component_combo.setMinimumContentsLength(14)
        self.component_combo.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.component_combo.currentIndexChanged.connect(self.apply_filters)
        self.turn_edit = QLineEdit(self)
        self.turn_edit.setPlaceholderText(self.tr("Any turn"))
        self.turn_edit.setClearButtonEnabled(True)
        self.turn_edit.setMaximumWidth(110)
        self.turn_edit.textChanged.connect(self._filter_soon)
        self.text_edit = QLineEdit(self)
        self.text_edit.setPlaceholderText(self.tr("Search messages and fields"))
        self.text_edit.setClearButtonEnabled(True)
        self.text_edit.textChanged.connect(self._filter_soon)

        self.from_check = CheckBox(self.tr("From"), self)
        self.from_edit = QDateTimeEdit(self)
        self.to_check = CheckBox(self.tr("To"), self)
        self.to_edit = QDateTimeEdit(self)
        now = QDateTime.currentDateTime()
        for check, edit, value in (
            (self.from_check, self.from_edit, now.addSecs(-3600)),
            (self.to_check, self.to_edit, now),
        ):
            edit.setDisplayFormat("yyyy-MM-dd HH:mm:ss")
            edit.setCalendarPopup(True)
            edit.setDateTime(value)
            edit.setEnabled(False)
            check.toggled.connect(edit.setEnabled)
            check.toggled.connect(self.apply_filters)
            edit.dateTimeChanged.connect(self._time_changed)
        self.clear_button = QPushButton(self.tr("Clear filters"), self)
        self.clear_button.clicked.connect(self.clear_filters)

        def label(text: str) -> QLabel:
            widget = QLabel(text, self)
            widget.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            return widget

        filters.addWidget(label(self.tr("Level")), 0, 0)
        filters.addWidget(self.level_combo, 0, 1)
        filters.addWidget(label(self.tr("Component")), 0, 2)
        filters.addWidget(self.component_combo, 0, 3)
        filters.addWidget(label(self.tr("Turn")), 0, 4)
        filters.addWidget(self.turn_edit, 0, 5)
        filters.addWidget(self.text_edit, 0, 6, 1, 2)
        time_row = QHBoxLayout()
        time_row.setSpacing(8)
        time_row.addWidget(self.from_check)
        time_row.addWidget(self.from_edit)
        time_row.addSpacing(12)
        time_row.addWidget(self.to_check)
        time_row.addWidget(self.to_edit)
        time_row.addStretch(1)
        filters.addLayout(time_row, 1, 1, 1, 6)
        filters.addWidget(self.clear_button, 1, 7)
        filters.setColumnStretch(6, 1)
        root.addLayout(filters)

        self.table = QTableView(self)
        self.table.setModel(self._model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        self.table.setShowGrid(False)
        self.table.verticalHeader().setVisible(False)
        self.table.verticalHeader().setDefaultSectionSize(self.table.fontMetrics().height() + 8)
        self.table.setHorizontalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        header = self.table.horizontalHeader()
        header.setHighlightSections(False)
        header.setStretchLastSection(True)
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        metrics = self.table.fontMetrics()
        mono = QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont)
        self.table.setColumnWidth(
            0, QFontMetrics(mono).horizontalAdvance("00-00 00:00:00.000") + 20
        )
        self.table.setColumnWidth(1, metrics.horizontalAdvance("WARNING") + 24)
        self.table.setColumnWidth(2, metrics.horizontalAdvance("conversation") + 24)
        self.table.setColumnWidth(3, metrics.horizontalAdvance("conversation.reply_done") + 24)
        self.table.setColumnWidth(4, metrics.horizontalAdvance(self.tr("Turn")) + 30)
        self.table.setColumnWidth(5, metrics.horizontalAdvance("12,345 ms") + 24)
        self.table.doubleClicked.connect(self._double_clicked)
        self.table.selectionModel().selectionChanged.connect(self._selection_changed)

        self.copy_action = QAction(self.tr("Copy row"), self)
        self.copy_action.setShortcut(QKeySequence.StandardKey.Copy)
        self.copy_action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.copy_action.triggered.connect(self.copy_selected_rows)
        self.turn_action = QAction(self.tr("Show this turn"), self)
        self.turn_action.triggered.connect(lambda: self.show_turn())
        self.table.addAction(self.copy_action)
        self.table.addAction(self.turn_action)
        self.table.setContextMenuPolicy(Qt.ContextMenuPolicy.ActionsContextMenu)

        self.details = QPlainTextEdit(self)
        self.details.setReadOnly(True)
        self.details.setFont(mono)
        self.details.setPlaceholderText(self.tr("Select a row to see all its fields."))
        self.details.setLineWrapMode(QPlainTextEdit.LineWrapMode.WidgetWidth)

        splitter = QSplitter(Qt.Orientation.Vertical, self)
        splitter.addWidget(self.table)
        splitter.addWidget(self.details)
        splitter.setStretchFactor(0, 4)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([460, 120])
        splitter.setChildrenCollapsible(False)
        root.addWidget(splitter, 1)

        bottom = QHBoxLayout()
        bottom.setSpacing(8)
        self.count_label = QLabel(self)
        self.follow_check = CheckBox(self.tr("Follow new lines"), self)
        self.follow_check.setChecked(True)
        self.turn_button = QPushButton(self.tr("Show turn"), self)
        self.turn_button.setToolTip(self.tr("Show every event of the selected row's turn"))
        self.turn_button.clicked.connect(lambda: self.show_turn())
        self.copy_button = QPushButton(self.tr("Copy row"), self)
        self.copy_button.setToolTip(self.tr("Copy the selected rows as JSON lines"))
        self.copy_button.clicked.connect(self.copy_selected_rows)
        self.export_button = QPushButton(self.tr("Export…"), self)
        self.export_button.setToolTip(self.tr("Save the rows shown as JSONL or ZIP"))
        self.export_button.clicked.connect(self.choose_export_file)
        self.close_button = QPushButton(self.tr("Close"), self)
        self.close_button.clicked.connect(self.close)
        bottom.addWidget(self.count_label, 1)
        bottom.addWidget(self.follow_check)
        bottom.addSpacing(8)
        bottom.addWidget(self.turn_button)
        bottom.addWidget(self.copy_button)
        bottom.addWidget(self.export_button)
        bottom.addWidget(self.close_button)
        root.addLayout(bottom)
        for button in self.findChildren(QPushButton):
            # Enter in the search field must not press "Clear filters" or "Close"
            button.setAutoDefault(False)
            button.setDefault(False)
        self._selection_changed()
        self.resize(1120, 700)

    # --- loading ------------------------------------------------------------------------------

    def _load_history(self) -> None:
        self.count_label.setText(self.tr("Reading the logs…"))
        tail, max_rows = self._tail, self.max_rows
        # a bad file never kills the viewer: its error is shown under the table
        run_off_thread(
            lambda: entries_from_lines(tail.read_history(max_rows)),
            self._history_loaded,
            owner=self,
        )

    def _history_loaded(self, entries: list[LogEntry] | None, error: BaseException | None) -> None:
        entries = entries or []
        self._seq = len(entries)
        self._add_entries(entries, initial=True)
        self._history_done = True
        if error is not None:
            self.details.setPlainText(
                self.tr("Part of the logs could not be read: {error}").format(
                    error=error_text(error)
                )
            )
        self._poll_timer.start()
        self.historyLoaded.emit()

    @property
    def history_loaded(self) -> bool:
        return self._history_done

    def poll(self) -> int:
        """Read the lines added to the log since the last poll; returns how many."""
        if not self._history_done:
            return 0
        try:
            lines = self._tail.poll()
        except Exception:  # an unexpected read error must not stop the viewer
            return 0
        if not lines:
            return 0
        entries = []
        for line in lines:
            entries.append(parse_line(line, self._seq))
            self._seq += 1
        self._add_entries(entries)
        self.rowsAdded.emit(len(entries))
        return len(entries)

    def _add_entries(self, entries: list[LogEntry], *, initial: bool = False) -> None:
        scrollbar = self.table.verticalScrollBar()
        at_bottom = scrollbar.value() >= scrollbar.maximum() - 2
        self._entries.extend(entries)
        for entry in entries:
            self._counts.total += 1
            if not entry.readable:
                self._counts.unreadable += 1
        new_components = {e.component for e in entries if e.component} - self._counts.components
        if new_components:
            self._counts.components |= new_components
            self._refresh_components()
        overflow = len(self._entries) - self.max_rows
        if overflow > 0:
            dropped = self._entries[:overflow]
            del self._entries[:overflow]
            self._counts.unreadable -= sum(1 for e in dropped if not e.readable)
            first_kept = self._entries[0].seq
            visible = self._model.rows
            gone = 0
            while gone < len(visible) and visible[gone].seq < first_kept:
                gone += 1
            self._model.drop_front(gone)
        if initial:
            self._model.set_rows([e for e in self._entries if self._filter.matches(e)])
        else:
            self._model.append_rows([e for e in entries if self._filter.matches(e)])
        self._update_count()
        if self.follow_check.isChecked() and (at_bottom or initial):
            self.table.scrollToBottom()

    def _refresh_components(self) -> None:
        current = self.component_combo.currentData()
        self.component_combo.blockSignals(True)
        self.component_combo.clear()
        self.component_combo.addItem(self.tr("All components"), "")
        for name in sorted(self._counts.components):
            self.component_combo.addItem(name, name)
        index = self.component_combo.findData(current)
        self.component_combo.setCurrentIndex(max(index, 0))
        self.component_combo.blockSignals(False)

    def _update_count(self) -> None:
        shown, total = len(self._model.rows), len(self._entries)
        if not self.log_file.exists() and total == 0:
            text = self.tr("No log file yet: {path}").format(path=self.log_file)
        elif shown == total:
            text = self.tr("{total} lines").format(total=f"{total:,}")
        else:
            text = self.tr("Showing {shown} of {total} lines").format(
                shown=f"{shown:,}", total=f"{total:,}"
            )
        if self._counts.unreadable:
            text += " · " + self.tr("{count} unreadable").format(count=self._counts.unreadable)
        self.count_label.setText(text)

    # --- filters -------------------------------------------------------------------------------

    def _filter_soon(self) -> None:
        self._filter_timer.start()

    def _time_changed(self) -> None:
        if self.from_check.isChecked() or self.to_check.isChecked():
            self._filter_soon()

    def current_filter(self) -> LogFilter:
        def aware(edit: QDateTimeEdit) -> datetime:
            return edit.dateTime().toPython().astimezone()  # type: ignore[union-attr]

        return LogFilter(
            min_level=int(self.level_combo.currentData() or 0),
            component=str(self.component_combo.currentData() or ""),
            turn=self.turn_edit.text().strip(),
            text=self.text_edit.text().strip(),
            since=aware(self.from_edit) if self.from_check.isChecked() else None,
            until=aware(self.to_edit) if self.to_check.isChecked() else None,
        )

    def apply_filters(self) -> None:
        """Apply the filter widgets now (text fields otherwise apply after a short pause)."""
        self._filter_timer.stop()
        self._filter = self.current_filter()
        self._model.set_rows([e for e in self._entries if self._filter.matches(e)])
        self._update_count()
        if self.follow_check.isChecked():
            self.table.scrollToBottom()
        self._selection_changed()

    def set_filter(
        self,
        *,
        level: str | None = None,
        component: str | None = None,
        turn: str | int | None = None,
        text: str | None = None,
        since: datetime | None = None,
        until: datetime | None = None,
    ) -> None:
        """Set filter widgets and apply them (None leaves a filter as it is; ``""`` clears
        component/turn/text; ``level="ALL"`` shows every level)."""
        widgets: list[QWidget] = [
            self.level_combo,
            self.component_combo,
            self.turn_edit,
            self.text_edit,
            self.from_check,
            self.to_check,
            self.from_edit,
            self.to_edit,
        ]
        for widget in widgets:
            widget.blockSignals(True)
        try:
            if level is not None:
                value = LEVELS.get(level.upper(), 0)
                index = self.level_combo.findData(value)
                if index < 0:
                    self.level_combo.addItem(level.upper(), value)
                    index = self.level_combo.count() - 1
                self.level_combo.setCurrentIndex(index)
            if component is not None:
                index = self.component_combo.findData(component)
                if index < 0:
                    self.component_combo.addItem(component, component)
                    index = self.component_combo.count() - 1
                self.component_combo.setCurrentIndex(index)
            if turn is not None:
                self.turn_edit.setText(str(turn))
            if text is not None:
                self.text_edit.setText(text)
            for check, edit, value in (
                (self.from_check, self.from_edit, since),
                (self.to_check, self.to_edit, until),
            ):
                if value is not None:
                    check.setChecked(True)
                    edit.setEnabled(True)
                    edit.setDateTime(QDateTime.fromMSecsSinceEpoch(int(value.timestamp() * 1000)))
        finally:
            for widget in widgets:
                widget.blockSignals(False)
        self.apply_filters()

    def clear_filters(self) -> None:
        for check, edit in ((self.from_check, self.from_edit), (self.to_check, self.to_edit)):
            check.blockSignals(True)
            check.setChecked(False)
            edit.setEnabled(False)
            check.blockSignals(False)
        self.set_filter(level="ALL", component="", turn="", text="")

    def show_turn(self, turn: str | int | None = None) -> bool:
        """Show every event of ``turn`` (default: the selected row's turn) together:
        the other filters are cleared. Returns False when there is no turn to show."""
        if turn is None:
            entry = self.current_entry()
            if entry is None or not entry.turn:
                return False
            turn = entry.turn
        for check, edit in ((self.from_check, self.from_edit), (self.to_check, self.to_edit)):
            check.blockSignals(True)
            check.setChecked(False)
            edit.setEnabled(False)
            check.blockSignals(False)
        self.set_filter(level="ALL", component="", turn=str(turn), text="")
        return True

    # --- rows ----------------------------------------------------------------------------------

    def visible_entries(self) -> list[LogEntry]:
        return list(self._model.rows)

    def all_entries(self) -> list[LogEntry]:
        return list(self._entries)

    def selected_entries(self) -> list[LogEntry]:
        rows = sorted({index.row() for index in self.table.selectionModel().selectedRows()})
        return [self._model.rows[row] for row in rows if row < len(self._model.rows)]

    def current_entry(self) -> LogEntry | None:
        selected = self.selected_entries()
        if selected:
            return selected[0]
        index = self.table.currentIndex()
        if index.isValid() and index.row() < len(self._model.rows):
            return self._model.rows[index.row()]
        return None

    def select_row(self, row: int) -> None:
        self.table.selectRow(row)

    def copy_selected_rows(self) -> str:
        """Copy the selected rows (their JSON lines) to the clipboard; returns the text."""
        entries = self.selected_entries()
        if not entries:
            entry = self.current_entry()
            entries = [entry] if entry is not None else []
        text = "\n".join(entry.raw for entry in entries)
        if text:
            QGuiApplication.clipboard().setText(text)
        return text

    def _double_clicked(self, index: QModelIndex) -> None:
        if index.isValid() and index.row() < len(self._model.rows):
            entry = self._model.rows[index.row()]
            if entry.turn:
                self.show_turn(entry.turn)

    def _selection_changed(self, *_: Any) -> None:
        entry = self.current_entry()
        has_turn = entry is not None and bool(entry.turn)
        self.turn_button.setEnabled(has_turn)
        self.turn_action.setEnabled(has_turn)
        self.copy_button.setEnabled(entry is not None)
        self.copy_action.setEnabled(entry is not None)
        if entry is None:
            self.details.clear()
        elif entry.data is None:
            self.details.setPlainText(self.tr("This line is not valid JSON:") + "\n" + entry.raw)
        else:
            self.details.setPlainText(json.dumps(entry.data, indent=2, ensure_ascii=False))

    # --- export ----------------------------------------------------------------------------------

    def export_to(self, path: str | os.PathLike[str]) -> int:
        """Write the rows the filter shows to ``path``: a ``.zip`` holds the JSONL file
        and a ``filters.json`` describing the filter; anything else is JSONL.
        Returns the number of rows written."""
        path = Path(path)
        rows = list(self._model.rows)
        body = "".join(entry.export_line() + "\n" for entry in rows)
        path.parent.mkdir(parents=True, exist_ok=True)
        if path.suffix.lower() == ".zip":
            inner = (path.stem or "neiri-logs") + ".jsonl"
            with zipfile.ZipFile(path, "w", compression=zipfile.ZIP_DEFLATED) as archive:
                archive.writestr(inner, body)
                archive.writestr(
                    "filters.json",
                    json.dumps(
                        {
                            "source": str(self.log_file),
                            "rows": len(rows),
                            "exported_at": datetime.now().astimezone().isoformat(),
                            "filter": self._filter.describe(),
                        },
                        indent=2,
                    ),
                )
        else:
            path.write_text(body, encoding="utf-8")
        return len(rows)

    def choose_export_file(self) -> None:
        dialog = QFileDialog(self, self.tr("Export log lines"))
        dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
        jsonl, zipped = self.tr("JSON lines (*.jsonl)"), self.tr("ZIP archive (*.zip)")
        dialog.setNameFilters([jsonl, zipped])
        dialog.setDirectory(str(Path.home()))
        stamp = datetime.now().strftime("%Y%m%d-%H%M%S")
        dialog.selectFile(f"neiri-logs-{stamp}.jsonl")

        def chosen(name: str) -> None:
            if not name:
                return
            target = Path(name)
            if target.suffix.lower() not in (".jsonl", ".zip"):
                suffix = ".zip" if dialog.selectedNameFilter() == zipped else ".jsonl"
                target = target.with_name(target.name + suffix)
            try:
                count = self.export_to(target)
            except OSError as exc:
                self.count_label.setText(
                    self.tr("Export failed: {error}").format(error=file_error_text(exc))
                )
                return
            self.count_label.setText(
                self.tr("Exported {count} rows to {path}").format(count=count, path=target)
            )

        dialog.fileSelected.connect(chosen)
        dialog.finished.connect(dialog.deleteLater)
        self._file_dialog = dialog
        dialog.open()

    # --- lifetime -------------------------------------------------------------------------------

    def showEvent(self, event: Any) -> None:
        super().showEvent(event)
        if self._history_done and not self._poll_timer.isActive():
            self.poll()
            self._poll_timer.start()

    def hideEvent(self, event: Any) -> None:
        self._poll_timer.stop()
        super().hideEvent(event)


def entries_from_lines(lines: Iterable[str]) -> list[LogEntry]:
    """Parse lines (for tools and tests)."""
    return [parse_line(line, seq) for seq, line in enumerate(lines)]

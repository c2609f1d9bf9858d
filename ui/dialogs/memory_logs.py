"""The Memory dialog's two log tabs: the memory log (what Neiri did to her memory on her
own) and the audit log (every change made by hand, here or in the Relationships
dialog), and how their entries are put into words.

:class:`MemoryLogsMixin` is a part of :class:`~ui.dialogs.memory_dialog.MemoryDialog`;
its strings are in the dialog's translation context, ``MemoryDialog``.
"""

from __future__ import annotations

import asyncio
import json
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt
from PySide6.QtGui import QFontDatabase
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from ui.dialogs.memory_widgets import (
    Column,
    RowsModel,
    _short,
    count_text,
    format_time,
    local_time,
    make_table,
    memory_tr,
    qt_alive,
    selected_rows,
)
from ui.dialogs.settings_widgets import make_hint_label

if TYPE_CHECKING:
    from app.storage.journal import AuditEntry, MemoryLogEntry

LOG_ROWS = 500

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


class MemoryLogsMixin:
    """Builds the two log tabs of the Memory dialog and fills them."""

    def _build_log_page(
        self, columns: list[Column], hint: str
    ) -> tuple[QWidget, RowsModel, QTableView, QPlainTextEdit, QLabel]:
        page = QWidget(self)
        layout = QVBoxLayout(page)
        layout.setContentsMargins(0, 8, 0, 0)
        layout.setSpacing(8)
        top = QHBoxLayout()
        info = make_hint_label(hint, page)
        refresh = QPushButton(QCoreApplication.translate("MemoryDialog", "Refresh"), page)
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
        details.setPlaceholderText(
            QCoreApplication.translate(
                "MemoryDialog", "Select a row to see everything it recorded."
            )
        )
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
                QCoreApplication.translate("MemoryDialog", "Time"),
                lambda e: format_time(e.at),
                sort_key=lambda e: local_time(e.at),
            ),
            Column(
                QCoreApplication.translate("MemoryDialog", "What she did"),
                lambda e: self._log_action(e.action),
            ),
            Column(
                QCoreApplication.translate("MemoryDialog", "Memories"),
                lambda e: f"{len(e.item_ids):,}",
                sort_key=lambda e: len(e.item_ids),
                align_right=True,
            ),
            Column(QCoreApplication.translate("MemoryDialog", "Details"), lambda e: e.detail),
        ]
        page, self.log_model, self.log_table, self.log_details, self.log_count = (
            self._build_log_page(
                columns,
                QCoreApplication.translate(
                    "MemoryDialog",
                    "What Neiri did to her memory by herself: facts she learned from "
                    "conversations, duplicates merged, old chat summarised, expired "
                    "memories removed. Newest first.",
                ),
            )
        )
        metrics = self.log_table.fontMetrics()
        self.log_table.setColumnWidth(0, metrics.horizontalAdvance("2026-05-01 12:00") + 28)
        self.log_table.setColumnWidth(
            1,
            metrics.horizontalAdvance(QCoreApplication.translate("MemoryDialog", "Heard again"))
            + 40,
        )
        self.log_table.setColumnWidth(
            2,
            metrics.horizontalAdvance(QCoreApplication.translate("MemoryDialog", "Memories")) + 28,
        )
        self.log_table.selectionModel().selectionChanged.connect(self._log_selected)
        return page

    def _build_audit_log(self) -> QWidget:
        columns = [
            Column(
                QCoreApplication.translate("MemoryDialog", "Time"),
                lambda e: format_time(e.at),
                sort_key=lambda e: local_time(e.at),
            ),
            Column(
                QCoreApplication.translate("MemoryDialog", "Area"),
                lambda e: memory_tr(AREAS.get(e.area, e.area)),
            ),
            Column(
                QCoreApplication.translate("MemoryDialog", "Change"),
                lambda e: self._audit_action(e.action),
            ),
            Column(
                QCoreApplication.translate("MemoryDialog", "By"),
                lambda e: (
                    QCoreApplication.translate("MemoryDialog", "you")
                    if e.actor == "user"
                    else e.actor
                ),
            ),
            Column(QCoreApplication.translate("MemoryDialog", "What"), audit_summary),
        ]
        page, self.audit_model, self.audit_table, self.audit_details, self.audit_count = (
            self._build_log_page(
                columns,
                QCoreApplication.translate(
                    "MemoryDialog",
                    "Every change made by hand to memories and relationships, with the "
                    "values before and after. Newest first.",
                ),
            )
        )
        metrics = self.audit_table.fontMetrics()
        self.audit_table.setColumnWidth(0, metrics.horizontalAdvance("2026-05-01 12:00") + 28)
        self.audit_table.setColumnWidth(
            1,
            metrics.horizontalAdvance(QCoreApplication.translate("MemoryDialog", "Relationships"))
            + 28,
        )
        self.audit_table.setColumnWidth(
            2,
            metrics.horizontalAdvance(
                QCoreApplication.translate("MemoryDialog", "Forgotten with a person")
            )
            + 28,
        )
        self.audit_table.setColumnWidth(3, metrics.horizontalAdvance("engine") + 40)
        self.audit_table.selectionModel().selectionChanged.connect(self._audit_selected)
        return page

    def _tab_changed(self, index: int) -> None:
        if index in (1, 2) and self.ready:
            self.refresh_logs()

    def refresh_logs(self) -> asyncio.Task | None:
        if self.memory is None:
            return None
        return self.start(
            self._load_logs(), what=QCoreApplication.translate("MemoryDialog", "Reading the logs")
        )

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
            return QCoreApplication.translate("MemoryDialog", "The newest {count} entries").format(
                count=f"{count:,}"
            )
        return count_text(
            count,
            QCoreApplication.translate("MemoryDialog", "1 entry"),
            QCoreApplication.translate("MemoryDialog", "{count} entries"),
        )

    def _log_action(self, action: str) -> str:
        return memory_tr(LOG_ACTIONS[action]) if action in LOG_ACTIONS else action

    def _audit_action(self, action: str) -> str:
        return memory_tr(AUDIT_ACTIONS[action]) if action in AUDIT_ACTIONS else action

    def _log_selected(self, *_: Any) -> None:
        rows = selected_rows(self.log_table)
        if not rows:
            self.log_details.clear()
            return
        entry: MemoryLogEntry = rows[0]
        ids = ", ".join(entry.item_ids)
        self.log_details.setPlainText(
            f"{format_time(entry.at)}  {self._log_action(entry.action)}\n\n{entry.detail}\n\n"
            + QCoreApplication.translate("MemoryDialog", "Memory ids: {ids}").format(ids=ids or "—")
        )

    def _audit_selected(self, *_: Any) -> None:
        rows = selected_rows(self.audit_table)
        if not rows:
            self.audit_details.clear()
            return
        entry: AuditEntry = rows[0]
        parts = [
            f"{format_time(entry.at)}  {memory_tr(AREAS.get(entry.area, entry.area))} · "
            f"{self._audit_action(entry.action)} · {entry.target}"
        ]
        if entry.before:
            parts.append(
                QCoreApplication.translate("MemoryDialog", "Before:") + "\n" + _pretty(entry.before)
            )
        if entry.after:
            parts.append(
                QCoreApplication.translate("MemoryDialog", "After:") + "\n" + _pretty(entry.after)
            )
        self.audit_details.setPlainText("\n\n".join(parts))

    def audit_entries(self) -> list[AuditEntry]:
        return list(self.audit_model.rows)

    def memory_log_entries(self) -> list[MemoryLogEntry]:
        return list(self.log_model.rows)


# --- formatting the logs --------------------------------------------------------------------


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

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

The dialog is split by topic: :mod:`ui.dialogs.memory_widgets` (the helpers it shares
with the Relationships dialog), :mod:`ui.dialogs.memory_editor` (the add / edit form),
:mod:`ui.dialogs.memory_transfer` (import, export, tidy up) and
:mod:`ui.dialogs.memory_logs` (the two log tabs).
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDoubleSpinBox,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QProgressBar,
    QPushButton,
    QStackedWidget,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from app.logs import log_event
from ui.dialogs.memory_editor import AboutCombo, MemoryItemDialog, people_entries
from ui.dialogs.memory_logs import MemoryLogsMixin
from ui.dialogs.memory_transfer import MemoryTransferMixin
from ui.dialogs.memory_widgets import (
    Column,
    MessageBar,
    RowsModel,
    TaskOwner,
    _short,
    count_text,
    format_time,
    kind_label,
    make_table,
    qt_alive,
    selected_rows,
    source_label,
    state_page,
)
from ui.dialogs.settings_widgets import guard_wheel
from ui.messages import error_text, translated

if TYPE_CHECKING:
    from app.memory.service import ConsolidationReport, MemoryService
    from app.memory.store import MemoryFilter, MemoryItem
    from app.people.store import PersonInfo, Relationships

log = logging.getLogger("neiri.ui.memory")

PAGE_SIZE = 200
SEARCH_RESULTS = 100
STATE_POLL_MS = 500


class MemoryDialog(QDialog, TaskOwner, MemoryTransferMixin, MemoryLogsMixin):
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
                ).format(error=translated(self.memory.error or "") if self.memory else "")
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
            form.show_error(exc if isinstance(exc, InvalidMemoryError) else error_text(exc))
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

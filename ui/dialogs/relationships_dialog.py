"""The Relationships dialog: the people Neiri knows, how she feels about them, and why.

A table of people (one row per person, however many platforms they use), a search box,
and beside it the selected person: what Neiri reads about them before she answers (the
*card*, previewed live as you edit), and the fields you may change: nickname, notes,
tags, affinity, trust and whether she remembers them at all. Merge joins two people who
are one (their identities, interactions and notes), Delete removes a person with their
interactions, spoken turns and memories, CSV export/import moves everything to and from
a spreadsheet.

Everything runs as tasks on the event loop through :class:`app.people.store.Relationships`
(and :class:`app.memory.service.MemoryService` for the memories of a deleted person), so
the window never freezes; errors are shown in the dialog, never raised.
"""

from __future__ import annotations

import asyncio
import dataclasses
import datetime as dt
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QFontDatabase, QKeySequence, QPalette
from PySide6.QtWidgets import (
    QButtonGroup,
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
    QPushButton,
    QRadioButton,
    QScrollArea,
    QSplitter,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from ui.dialogs.memory_widgets import (
    Column,
    MessageBar,
    RowsModel,
    TaskOwner,
    count_text,
    format_time,
    local_time,
    make_table,
    qt_alive,
    selected_rows,
    state_page,
)
from ui.dialogs.settings_base import show_invalid
from ui.dialogs.settings_widgets import (
    CheckBox,
    RadioButton,
    error_color,
    guard_wheel,
    make_hint_label,
    set_text_color,
)
from ui.messages import error_text, field_problem, file_error_text, translated

if TYPE_CHECKING:
    from app.memory.service import MemoryService
    from app.people.store import PersonInfo, Relationships

STATE_POLL_MS = 500
CONTEXT = "RelationshipsDialog"
TONES = {
    "new": QT_TRANSLATE_NOOP("RelationshipsDialog", "new"),
    "strained": QT_TRANSLATE_NOOP("RelationshipsDialog", "strained"),
    "acquaintance": QT_TRANSLATE_NOOP("RelationshipsDialog", "acquaintance"),
    "regular": QT_TRANSLATE_NOOP("RelationshipsDialog", "regular"),
    "close friend": QT_TRANSLATE_NOOP("RelationshipsDialog", "close friend"),
}


def tone_label(info: PersonInfo) -> str:
    from app.people.store import tone_for

    label, _how = tone_for(info.affinity, info.interactions)
    return QCoreApplication.translate(CONTEXT, TONES[label]) if label in TONES else label


def _split_tags(text: str) -> list[str]:
    tags = [t.strip() for t in text.replace(";", ",").split(",")]
    return [t for t in dict.fromkeys(tags) if t]


class MergeDialog(QDialog):
    """Merge two people: choose whose name the merged person keeps."""

    def __init__(self, first: PersonInfo, second: PersonInfo, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("MergeDialog")
        self.setWindowTitle(self.tr("Merge two people"))
        self.people = (first, second)
        root = QVBoxLayout(self)
        root.setContentsMargins(16, 16, 16, 12)
        root.setSpacing(10)
        text = QLabel(
            self.tr(
                "Merge “{first}” and “{second}” into one person? Their identities, "
                "interactions, notes and memories all go to the merged person."
            ).format(first=first.name, second=second.name),
            self,
        )
        text.setWordWrap(True)
        root.addWidget(text)
        root.addWidget(QLabel(self.tr("The merged person keeps the name:"), self))
        self.group = QButtonGroup(self)
        self.radios: dict[int, QRadioButton] = {}
        for info in (first, second):
            keys = ", ".join(info.keys)
            radio = RadioButton(info.name if info.name == keys else f"{info.name}   ({keys})", self)
            self.group.addButton(radio, info.id)
            self.radios[info.id] = radio
            root.addWidget(radio)
        self.radios[first.id].setChecked(True)
        root.addWidget(
            make_hint_label(
                self.tr(
                    "Affinity becomes the average weighted by how much each one talked; trust "
                    "the higher of the two. This cannot be undone."
                ),
                self,
            )
        )
        self.buttons = QDialogButtonBox(self)
        self.merge_button = self.buttons.addButton(
            self.tr("Merge"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.buttons.addButton(self.tr("Cancel"), QDialogButtonBox.ButtonRole.RejectRole)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        root.addWidget(self.buttons)
        self.resize(480, self.sizeHint().height())

    def choose(self, keep_id: int) -> None:
        self.radios[keep_id].setChecked(True)

    def keep_and_other(self) -> tuple[PersonInfo, PersonInfo]:
        first, second = self.people
        return (first, second) if self.group.checkedId() == first.id else (second, first)


class RelationshipsDialog(QDialog, TaskOwner):
    """Browse and edit the people Neiri knows. Open it with ``show()``.

    ``people`` is the engine's :class:`Relationships` (None while it is not there),
    ``memory`` its :class:`MemoryService` (to forget a deleted person's memories and to
    count what she remembers about someone). ``source`` / ``memory_source`` (optional)
    are asked for them again while they are missing.
    """

    changed = Signal()
    loaded = Signal()

    def __init__(
        self,
        people: Relationships | None,
        parent: QWidget | None = None,
        *,
        memory: MemoryService | None = None,
        source: Callable[[], Relationships | None] | None = None,
        memory_source: Callable[[], MemoryService | None] | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Relationships"))
        self.setObjectName("RelationshipsDialog")
        self.people = people
        self.memory = memory
        self._source = source
        self._memory_source = memory_source
        self._tasks: set[asyncio.Task] = set()
        self._generation = 0
        self._current: PersonInfo | None = None
        self._filling = False
        self._showing_content = False
        self._just_loaded = False
        self._busy_with = ""
        self.confirm_box: QMessageBox | None = None
        self.merge_box: MergeDialog | None = None
        self._file_dialog: QFileDialog | None = None
        self._build()
        self._search_timer = QTimer(self)
        self._search_timer.setSingleShot(True)
        self._search_timer.setInterval(250)
        self._search_timer.timeout.connect(lambda: self.reload())
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
        self.off_note = MessageBar(self)
        self.off_note.dismiss_button.hide()
        root.addWidget(self.off_note)
        self.stack = QStackedWidget(self)
        page, self.state_title, self.state_hint = state_page(self)
        self.stack.addWidget(page)
        self.stack.addWidget(self._build_content())
        root.addWidget(self.stack, 1)
        self.message = MessageBar(self)
        root.addWidget(self.message)

        bottom = QHBoxLayout()
        bottom.setSpacing(8)
        self.merge_button = QPushButton(self.tr("Merge…"), self)
        self.merge_button.setToolTip(
            self.tr(
                "Select exactly two people who are really one (e.g. on Twitch and on the phone)"
            )
        )
        self.merge_button.clicked.connect(self.merge_selected)
        self.delete_button = QPushButton(self.tr("Delete…"), self)
        self.delete_button.setToolTip(
            self.tr("Delete the selected person with their interactions, turns and memories")
        )
        self.delete_button.clicked.connect(self.delete_selected)
        self.import_button = QPushButton(self.tr("Import CSV…"), self)
        self.import_button.setToolTip(
            self.tr("Add or update people from a CSV file (all rows, or none if one has a problem)")
        )
        self.import_button.clicked.connect(self.choose_import_file)
        self.export_button = QPushButton(self.tr("Export CSV…"), self)
        self.export_button.setToolTip(self.tr("Save everyone to a CSV file for a spreadsheet"))
        self.export_button.clicked.connect(self.choose_export_file)
        self.close_button = QPushButton(self.tr("Close"), self)
        self.close_button.clicked.connect(self.close)
        bottom.addWidget(self.merge_button)
        bottom.addWidget(self.delete_button)
        bottom.addStretch(1)
        bottom.addWidget(self.import_button)
        bottom.addWidget(self.export_button)
        bottom.addSpacing(8)
        bottom.addWidget(self.close_button)
        root.addLayout(bottom)
        for button in self.findChildren(QPushButton):
            button.setAutoDefault(False)
            button.setDefault(False)

    def _build_content(self) -> QWidget:
        content = QWidget(self)
        layout = QVBoxLayout(content)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(8)
        top = QHBoxLayout()
        self.search_edit = QLineEdit(content)
        self.search_edit.setPlaceholderText(self.tr("Search names, identities and notes"))
        self.search_edit.setClearButtonEnabled(True)
        self.search_edit.textChanged.connect(lambda _text: self._search_timer.start())
        self.search_edit.returnPressed.connect(lambda: self.reload())
        self.count_label = QLabel(content)
        top.addWidget(self.search_edit, 1)
        top.addSpacing(8)
        top.addWidget(self.count_label)
        layout.addLayout(top)

        columns = [
            Column(self.tr("Name"), lambda p: p.name),
            Column(self.tr("Identities"), lambda p: ", ".join(p.keys)),
            Column(
                self.tr("Affinity"),
                lambda p: f"{p.affinity:+.2f} {tone_label(p)}",
                sort_key=lambda p: p.affinity,
            ),
            Column(
                self.tr("Trust"),
                lambda p: f"{p.trust:.2f}",
                sort_key=lambda p: p.trust,
                align_right=True,
            ),
            Column(
                self.tr("Interactions"),
                lambda p: f"{p.interactions:,}",
                sort_key=lambda p: p.interactions,
                align_right=True,
            ),
            Column(
                self.tr("Last seen"),
                lambda p: format_time(p.last_seen),
                sort_key=lambda p: local_time(p.last_seen),
            ),
            Column(
                self.tr("Remember"),
                lambda p: self.tr("Yes") if p.remember else self.tr("No"),
                sort_key=lambda p: p.remember,
            ),
        ]
        self.model = RowsModel(columns, self)
        self.table = make_table(self.model, content)
        metrics = self.table.fontMetrics()
        widths = {
            0: metrics.horizontalAdvance("Mika the Great") + 20,
            2: metrics.horizontalAdvance("+0.00 " + self.tr("acquaintance")) + 20,
            3: metrics.horizontalAdvance(self.tr("Trust")) + 26,
            4: metrics.horizontalAdvance(self.tr("Interactions")) + 20,
            5: metrics.horizontalAdvance("2026-05-01 12:00") + 20,
            6: metrics.horizontalAdvance(self.tr("Remember")) + 20,
        }
        for column, width in widths.items():
            self.table.setColumnWidth(column, width)
        self.table.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.table.selectionModel().selectionChanged.connect(self._selection_changed)
        delete_action = QAction(self.tr("Delete…"), self.table)
        delete_action.setShortcut(QKeySequence(QKeySequence.StandardKey.Delete))
        delete_action.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
        delete_action.triggered.connect(self.delete_selected)
        self.table.addAction(delete_action)

        splitter = QSplitter(Qt.Orientation.Horizontal, content)
        splitter.addWidget(self.table)
        splitter.addWidget(self._build_panel())
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        splitter.setSizes([760, 400])
        splitter.setChildrenCollapsible(False)
        layout.addWidget(splitter, 1)
        return content

    def _build_panel(self) -> QWidget:
        self.panel_stack = QStackedWidget(self)
        empty = QLabel(
            self.tr("Select a person to see and edit what Neiri knows about them."), self
        )
        empty.setWordWrap(True)
        empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        empty.setForegroundRole(QPalette.ColorRole.PlaceholderText)
        self.panel_stack.addWidget(empty)

        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        panel = QWidget(scroll)
        layout = QVBoxLayout(panel)
        layout.setContentsMargins(12, 0, 4, 0)
        layout.setSpacing(8)
        self.name_label = QLabel(panel)
        font = self.name_label.font()
        font.setPointSizeF(font.pointSizeF() * 1.3)
        font.setBold(True)
        self.name_label.setFont(font)
        self.name_label.setWordWrap(True)
        self.facts_label = make_hint_label("", panel)
        layout.addWidget(self.name_label)
        layout.addWidget(self.facts_label)

        grid = QGridLayout()
        grid.setHorizontalSpacing(10)
        grid.setVerticalSpacing(4)
        grid.setColumnStretch(1, 1)
        self._errors: dict[str, QLabel] = {}
        self._editors: dict[str, QWidget] = {}
        self.nickname_edit = QLineEdit(panel)
        self.nickname_edit.setPlaceholderText(self.tr("What Neiri calls them"))
        self.affinity_spin = QDoubleSpinBox(panel)
        self.affinity_spin.setRange(-1.0, 1.0)
        self.affinity_spin.setSingleStep(0.05)
        self.affinity_spin.setDecimals(2)
        self.affinity_spin.setMaximumWidth(100)
        self.tone_label = make_hint_label("", panel)
        self.trust_spin = QDoubleSpinBox(panel)
        self.trust_spin.setRange(0.0, 1.0)
        self.trust_spin.setSingleStep(0.05)
        self.trust_spin.setDecimals(2)
        self.trust_spin.setMaximumWidth(100)
        self.tags_edit = QLineEdit(panel)
        self.tags_edit.setPlaceholderText(self.tr("Comma-separated, e.g. moderator, artist"))
        self.notes_edit = QPlainTextEdit(panel)
        self.notes_edit.setPlaceholderText(
            self.tr("Your own notes; Neiri reads them too (e.g. “likes cat pictures”).")
        )
        self.notes_edit.setTabChangesFocus(True)
        self.notes_edit.setFixedHeight(self.fontMetrics().lineSpacing() * 4 + 14)
        self.remember_check = CheckBox(self.tr("Remember this person"), panel)
        self.remember_check.setToolTip(
            self.tr(
                "When off, Neiri records no interactions with them, keeps no new memories "
                "about them and uses no relationship card."
            )
        )
        for spin in (self.affinity_spin, self.trust_spin):
            guard_wheel(spin)
        affinity_row = QHBoxLayout()
        affinity_row.addWidget(self.affinity_spin)
        affinity_row.addWidget(self.tone_label, 1)
        rows: list[tuple[str, str, QWidget | QHBoxLayout, str]] = [
            ("nickname", self.tr("Nickname"), self.nickname_edit, ""),
            (
                "affinity",
                self.tr("Affinity"),
                affinity_row,
                self.tr("How she feels about them: −1 cold, 0 neutral, 1 close friend."),
            ),
            (
                "trust",
                self.tr("Trust"),
                self.trust_spin,
                self.tr("0 to 1; it grows with good conversations."),
            ),
            ("tags", self.tr("Tags"), self.tags_edit, ""),
            ("notes", self.tr("Notes"), self.notes_edit, ""),
        ]
        for row, (name, title, editor, hint) in enumerate(rows):
            label = QLabel(title, panel)
            label.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop)
            label.setContentsMargins(0, 4, 0, 0)
            box = QVBoxLayout()
            box.setSpacing(2)
            if isinstance(editor, QHBoxLayout):
                box.addLayout(editor)
                widget: QWidget = self.affinity_spin
            else:
                box.addWidget(editor)
                widget = editor
            error = QLabel(panel)
            error.setWordWrap(True)
            error.setVisible(False)
            box.addWidget(error)
            if hint:
                box.addWidget(make_hint_label(hint, panel))
            grid.addWidget(label, row, 0)
            grid.addLayout(box, row, 1)
            self._errors[name] = error
            self._editors[name] = widget
        grid.addWidget(self.remember_check, len(rows), 1)
        layout.addLayout(grid)

        self.form_error = QLabel(panel)
        self.form_error.setWordWrap(True)
        self.form_error.setVisible(False)
        layout.addWidget(self.form_error)
        buttons = QHBoxLayout()
        self.save_button = QPushButton(self.tr("Save"), panel)
        self.save_button.clicked.connect(lambda: self.save())
        self.revert_button = QPushButton(self.tr("Revert"), panel)
        self.revert_button.clicked.connect(self._revert)
        buttons.addStretch(1)
        buttons.addWidget(self.revert_button)
        buttons.addWidget(self.save_button)
        layout.addLayout(buttons)

        card_title = QLabel(self.tr("Card preview"), panel)
        bold = card_title.font()
        bold.setBold(True)
        card_title.setFont(bold)
        layout.addWidget(card_title)
        layout.addWidget(
            make_hint_label(
                self.tr("What Neiri reads about them before she answers (as you edit it)."),
                panel,
            )
        )
        self.card_view = QPlainTextEdit(panel)
        self.card_view.setReadOnly(True)
        self.card_view.setFont(QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont))
        self.card_view.setFixedHeight(self.fontMetrics().lineSpacing() * 7 + 16)
        layout.addWidget(self.card_view)
        self.memories_label = make_hint_label("", panel)
        layout.addWidget(self.memories_label)
        layout.addStretch(1)
        scroll.setWidget(panel)
        self.panel_stack.addWidget(scroll)

        for edit in (self.nickname_edit, self.tags_edit):
            edit.textChanged.connect(self._edited)
        self.notes_edit.textChanged.connect(self._edited)
        for spin in (self.affinity_spin, self.trust_spin):
            spin.valueChanged.connect(self._edited)
        self.remember_check.toggled.connect(self._edited)
        self.panel_stack.setMinimumWidth(360)
        return self.panel_stack

    # --- state --------------------------------------------------------------------------

    def set_services(
        self, people: Relationships | None, memory: MemoryService | None = None
    ) -> None:
        """Use these services (the engine made new ones)."""
        if people is not self.people:
            self.people = people
            self._showing_content = False
        self.memory = memory
        self._check_state()

    def _check_state(self) -> None:
        if self._memory_source is not None and (self.memory is None or not self.memory.ready):
            self.memory = self._memory_source()
        if self._source is not None and self.people is None:
            self.people = self._source()
        people = self.people
        if people is None:
            self._showing_content = False
            self.stack.setCurrentIndex(0)
            self.state_title.setText(self.tr("Relationships are still loading…"))
            self.state_hint.setText(self.tr("This page fills in by itself when Neiri is ready."))
            self.off_note.hide()
            self._update_buttons()
            if not self._state_timer.isActive():
                self._state_timer.start()
            return
        self._state_timer.stop()
        if getattr(people, "enabled", True):
            self.off_note.hide()
        else:
            self.off_note.show_message(
                self.tr(
                    "Relationships are switched off in Settings > Memory & people: Neiri "
                    "records no new "
                    "interactions and uses no relationship cards. What she already knows is "
                    "still here, and you can still edit or delete it."
                ),
                "warning",
            )
        if not self._showing_content:
            self._showing_content = True
            self.stack.setCurrentIndex(1)
            self.reload()
            self._just_loaded = not self.isVisible()
        self._update_buttons()

    @property
    def ready(self) -> bool:
        return self.people is not None and self._showing_content

    @property
    def busy(self) -> bool:
        return bool(self._busy_with)

    def _memory_ready(self) -> bool:
        return self.memory is not None and self.memory.ready

    def showEvent(self, event: Any) -> None:
        super().showEvent(event)
        if self._just_loaded:  # the constructor has just started the first load
            self._just_loaded = False
            return
        was_ready = self.ready
        self._check_state()
        if was_ready:
            self.reload()

    def hideEvent(self, event: Any) -> None:
        self._state_timer.stop()
        super().hideEvent(event)

    def _update_buttons(self, *_: Any) -> None:
        ready = self.ready and not self._busy_with
        count = len(self.table.selectionModel().selectedRows()) if self.ready else 0
        self.merge_button.setEnabled(ready and count == 2)
        self.delete_button.setEnabled(ready and count == 1)
        self.import_button.setEnabled(ready)
        self.export_button.setEnabled(ready)
        dirty = self._current is not None and bool(self.changes())
        self.save_button.setEnabled(ready and dirty)
        self.revert_button.setEnabled(ready and dirty)

    # --- loading -------------------------------------------------------------------------

    def reload(self, select: int | None = None) -> asyncio.Task | None:
        """Fill the table for the search box (a task; None while there is no service)."""
        if self.people is None:
            return None
        self._generation += 1
        keep = select if select is not None else (self._current.id if self._current else None)
        return self.start(
            self._load(self._generation, self.search_edit.text().strip(), keep),
            what=self.tr("Loading"),
        )

    async def _load(self, generation: int, search: str, select: int | None) -> None:
        people = self.people
        assert people is not None
        found = await people.list_people(search)
        if generation != self._generation or not qt_alive(self):
            return
        self.model.set_rows(found)
        if search:
            self.count_label.setText(
                count_text(len(found), self.tr("1 person found"), self.tr("{count} people found"))
            )
        elif not found:
            self.count_label.setText(
                self.tr("Nobody yet: people appear here once they talk with Neiri.")
            )
        else:
            self.count_label.setText(
                count_text(len(found), self.tr("1 person"), self.tr("{count} people"))
            )
        if select is not None and any(p.id == select for p in found):
            self.select_people([select])
        else:
            self._show_person(None)
        self._update_buttons()
        self.loaded.emit()

    def visible_people(self) -> list[PersonInfo]:
        return list(self.model.rows)

    def selected_people(self) -> list[PersonInfo]:
        return selected_rows(self.table)

    def select_people(self, ids: Sequence[int]) -> None:
        self.table.clearSelection()
        selection = self.table.selectionModel()
        for row, info in enumerate(self.model.rows):
            if info.id in ids:
                selection.select(
                    self.model.index(row, 0),
                    selection.SelectionFlag.Select | selection.SelectionFlag.Rows,
                )
        self._selection_changed()

    def _selection_changed(self, *_: Any) -> None:
        people = self.selected_people()
        self._show_person(people[0] if len(people) == 1 else None)
        self._update_buttons()

    # --- the side panel -------------------------------------------------------------------

    def _show_person(self, info: PersonInfo | None) -> None:
        self._current = info
        self._clear_errors()
        if info is None:
            self.panel_stack.setCurrentIndex(0)
            return
        self.panel_stack.setCurrentIndex(1)
        self._filling = True
        try:
            self.name_label.setText(info.name)
            self.nickname_edit.setText(info.nickname)
            self.affinity_spin.setValue(info.affinity)
            self.trust_spin.setValue(info.trust)
            self.tags_edit.setText(", ".join(info.tags))
            self.notes_edit.setPlainText(info.notes)
            self.remember_check.setChecked(info.remember)
        finally:
            self._filling = False
        ids = "\n".join(
            f"{i.key}  ·  {i.display_name}" if i.display_name else i.key for i in info.identities
        )
        facts = self.tr("First seen {first} · last seen {last} · {count} interactions").format(
            first=format_time(info.first_seen),
            last=format_time(info.last_seen),
            count=f"{info.interactions:,}",
        )
        self.facts_label.setText(f"{ids}\n{facts}")
        self._update_preview()
        self.memories_label.setText("")
        if self._memory_ready():
            self.start(self._count_memories(info), what=self.tr("Counting memories"))

    async def _count_memories(self, info: PersonInfo) -> None:
        from app.memory.store import MemoryFilter

        memory = self.memory
        if memory is None or not info.keys:
            return
        count = await memory.count(MemoryFilter(about=info.keys))
        if qt_alive(self) and self._current is not None and self._current.id == info.id:
            self.memories_label.setText(
                count_text(
                    count,
                    self.tr("Neiri remembers 1 thing about them (see Tools > Memory)."),
                    self.tr("Neiri remembers {count} things about them (see Tools > Memory)."),
                )
            )

    def edited_info(self) -> PersonInfo | None:
        """The selected person as the fields show them now (unsaved edits included)."""
        if self._current is None:
            return None
        return dataclasses.replace(
            self._current,
            nickname=self.nickname_edit.text().strip(),
            affinity=self.affinity_spin.value(),
            trust=self.trust_spin.value(),
            tags=_split_tags(self.tags_edit.text()),
            notes=self.notes_edit.toPlainText(),
            remember=self.remember_check.isChecked(),
        )

    def changes(self) -> dict[str, Any]:
        """The fields edited and not saved yet."""
        current, edited = self._current, self.edited_info()
        if current is None or edited is None:
            return {}
        changed: dict[str, Any] = {}
        if edited.nickname != current.nickname:
            changed["nickname"] = edited.nickname
        if round(edited.affinity, 2) != round(current.affinity, 2):
            changed["affinity"] = edited.affinity
        if round(edited.trust, 2) != round(current.trust, 2):
            changed["trust"] = edited.trust
        if edited.tags != current.tags:
            changed["tags"] = edited.tags
        if edited.notes != current.notes:
            changed["notes"] = edited.notes
        if edited.remember != current.remember:
            changed["remember"] = edited.remember
        return changed

    def _edited(self, *_: Any) -> None:
        if self._filling:
            return
        self._update_preview()
        self._update_buttons()

    def _update_preview(self) -> None:
        from app.people.store import card_for

        info = self.edited_info()
        if info is None:
            return
        self.tone_label.setText(tone_label(info))
        # what she reads: her new name for them shows in the title too
        self.name_label.setText(info.name)
        if not info.remember:
            self.card_view.setPlainText(self.tr("(No card: Neiri does not remember this person.)"))
            return
        key = info.keys[0] if info.keys else "local:unknown"
        people = self.people
        budget = getattr(people, "card_tokens", 200)
        try:
            text = card_for(info, key, budget)
        except Exception as exc:  # a preview must never break the dialog
            text = error_text(exc)
        self.card_view.setPlainText(text)

    def _revert(self) -> None:
        self._show_person(self._current)
        self._update_buttons()

    def _clear_errors(self) -> None:
        for name, label in self._errors.items():
            show_invalid(self._editors[name], label, None)
        self.form_error.setVisible(False)

    def show_field_error(self, error: Any) -> None:
        """Show ``error`` (the store's message, an exception carrying one, or text)
        translated, under the field it names (``{field}: {reason}``), or below the form."""
        problem = field_problem(error)
        if problem.field is not None and problem.field in self._errors:
            show_invalid(self._editors[problem.field], self._errors[problem.field], problem.reason)
            return
        self.form_error.setText(problem.text)
        self.form_error.setVisible(True)
        set_text_color(self.form_error, error_color(self))

    def field_errors(self) -> str:
        texts = [label.text() for label in self._errors.values() if label.isVisible()]
        if self.form_error.isVisible():
            texts.append(self.form_error.text())
        return "\n".join(texts)

    def save(self) -> asyncio.Task | None:
        """Save the edited fields of the selected person."""
        if self._current is None or self.people is None:
            return None
        changes = self.changes()
        if not changes:
            return None
        self._clear_errors()
        person_id = self._current.id
        return self.start(self._save(person_id, changes), self._save_failed)

    async def _save(self, person_id: int, changes: dict[str, Any]) -> None:
        people = self.people
        assert people is not None
        saved = await people.update(person_id, **changes)
        self.message.show_message(self.tr("Saved {name}.").format(name=saved.name), "ok")
        self.changed.emit()
        self._current = saved
        await self._load(self._next_generation(), self.search_edit.text().strip(), saved.id)

    def _next_generation(self) -> int:
        self._generation += 1
        return self._generation

    def _save_failed(self, exc: BaseException) -> None:
        from app.people.store import InvalidPersonError

        if isinstance(exc, InvalidPersonError):
            self.show_field_error(exc)
        else:
            self.show_error(exc, self.tr("Saving"))

    # --- merge and delete ------------------------------------------------------------------

    def merge_selected(self) -> MergeDialog | None:
        chosen = self.selected_people()
        if len(chosen) != 2 or self.people is None:
            self.message.show_message(self.tr("Select exactly two people to merge."), "info")
            return None
        box = MergeDialog(chosen[0], chosen[1], self)
        box.accepted.connect(lambda: self.merge(*(p.id for p in box.keep_and_other())))
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.merge_box = box
        box.open()
        return box

    def merge(self, keep_id: int, other_id: int) -> asyncio.Task | None:
        """Merge ``other_id`` into ``keep_id`` (who keeps their name)."""
        if self.people is None:
            return None
        return self.start(self._merge(keep_id, other_id), what=self.tr("Merging"))

    async def _merge(self, keep_id: int, other_id: int) -> None:
        people = self.people
        assert people is not None
        keep = await people.get(keep_id)
        merged = await people.merge(keep_id, other_id)
        if keep is not None and merged.name != keep.name:
            # the other one's nickname won: the user chose this one's name
            merged = await people.update(keep_id, nickname=keep.name)
        self.message.show_message(
            self.tr("Merged into {name}: {keys}.").format(
                name=merged.name, keys=", ".join(merged.keys)
            ),
            "ok",
        )
        self.changed.emit()
        await self._load(self._next_generation(), self.search_edit.text().strip(), merged.id)

    def delete_selected(self) -> QMessageBox | None:
        chosen = self.selected_people()
        if len(chosen) != 1 or self.people is None:
            return None
        info = chosen[0]
        box = QMessageBox(self)
        box.setIcon(QMessageBox.Icon.Warning)
        box.setWindowTitle(self.tr("Delete a person"))
        box.setText(self.tr("Delete {name}?").format(name=info.name))
        box.setInformativeText(
            self.tr(
                "This deletes their identities ({keys}), their interactions, the turns they "
                "spoke and every memory Neiri has about them. It cannot be undone."
            ).format(keys=", ".join(info.keys))
        )
        delete = box.addButton(self.tr("Delete"), QMessageBox.ButtonRole.DestructiveRole)
        box.addButton(self.tr("Cancel"), QMessageBox.ButtonRole.RejectRole)
        box.setDefaultButton(QMessageBox.StandardButton.NoButton)
        delete.clicked.connect(lambda: self.delete(info.id))
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.confirm_box = box
        box.open()
        return box

    def delete(self, person_id: int) -> asyncio.Task | None:
        """Delete the person, their records here and their memories (no question asked)."""
        if self.people is None:
            return None
        return self.start(self._delete(person_id), what=self.tr("Deleting"))

    async def _delete(self, person_id: int) -> None:
        people = self.people
        assert people is not None
        info = await people.get(person_id)
        name = info.name if info is not None else str(person_id)
        keys = await people.delete(person_id)
        self.changed.emit()
        if self._current is not None and self._current.id == person_id:
            self._current = None
        if not self._memory_ready():
            self.message.show_message(
                self.tr(
                    "Deleted {name}. Their memories could not be forgotten because the memory "
                    "is not loaded: open Tools > Memory later and forget those about {keys}."
                ).format(name=name, keys=", ".join(keys)),
                "warning",
            )
        else:
            assert self.memory is not None
            try:
                gone = await self.memory.forget_about(keys)
            except Exception as exc:
                self.message.show_message(
                    self.tr(
                        "Deleted {name}, but their memories could not be forgotten: {error}"
                    ).format(name=name, error=error_text(exc)),
                    "error",
                )
            else:
                self.message.show_message(
                    count_text(
                        gone,
                        self.tr("Deleted {name} and the 1 memory about them."),
                        self.tr("Deleted {name} and the {count} memories about them."),
                        name=name,
                    ),
                    "ok",
                )
        await self._load(self._next_generation(), self.search_edit.text().strip(), None)

    # --- CSV ------------------------------------------------------------------------------------

    def choose_export_file(self) -> None:
        dialog = QFileDialog(self, self.tr("Export relationships"))
        dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
        dialog.setNameFilters([self.tr("CSV files (*.csv)")])
        dialog.setDirectory(str(Path.home()))
        dialog.selectFile(f"neiri-people-{dt.datetime.now():%Y%m%d-%H%M}.csv")

        def chosen(name: str) -> None:
            if name:
                target = Path(name)
                if target.suffix.lower() != ".csv":
                    target = target.with_name(target.name + ".csv")
                self.export_to(target)

        dialog.fileSelected.connect(chosen)
        dialog.finished.connect(dialog.deleteLater)
        self._file_dialog = dialog
        dialog.open()

    def export_to(self, path: Path) -> asyncio.Task | None:
        if self.people is None or self.busy:
            return None
        self._busy_with = "export"
        self._update_buttons()
        return self.start(self._export(Path(path)), self._csv_failed)

    async def _export(self, path: Path) -> None:
        people = self.people
        assert people is not None
        try:
            count = await people.export_csv(path)
        finally:
            self._done()
        self.message.show_message(
            count_text(
                count,
                self.tr("Exported 1 person to {path}"),
                self.tr("Exported {count} people to {path}"),
                path=str(path),
            ),
            "ok",
        )

    def choose_import_file(self) -> None:
        dialog = QFileDialog(self, self.tr("Import relationships"))
        dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptOpen)
        dialog.setFileMode(QFileDialog.FileMode.ExistingFile)
        dialog.setNameFilters([self.tr("CSV files (*.csv)"), self.tr("All files (*)")])
        dialog.setDirectory(str(Path.home()))
        dialog.fileSelected.connect(lambda name: name and self.import_from(Path(name)))
        dialog.finished.connect(dialog.deleteLater)
        self._file_dialog = dialog
        dialog.open()

    def import_from(self, path: Path) -> asyncio.Task | None:
        if self.people is None or self.busy:
            return None
        self._busy_with = "import"
        self._update_buttons()
        return self.start(self._import(Path(path)), self._csv_failed)

    async def _import(self, path: Path) -> None:
        people = self.people
        assert people is not None
        try:
            rows = await people.import_csv(path)
        finally:
            self._done()
        self.message.show_message(
            count_text(
                rows,
                self.tr("Imported 1 row from {file}."),
                self.tr("Imported {count} rows from {file}."),
                file=path.name,
            ),
            "ok",
        )
        self.changed.emit()
        await self._load(self._next_generation(), self.search_edit.text().strip(), None)

    def _done(self) -> None:
        self._busy_with = ""
        if qt_alive(self):
            self._update_buttons()

    def _csv_failed(self, exc: BaseException) -> None:
        from app.people.store import PeopleImportError

        self._done()
        if isinstance(exc, PeopleImportError):
            self.message.show_message(
                self.tr(
                    "Nothing was imported: {file} has problems. Fix them and try again:"
                ).format(file=Path(exc.path).name),
                "error",
                [translated(problem) for problem in exc.problems],
            )
        else:
            self.message.show_message(
                self.tr("The CSV file could not be used: {error}").format(
                    error=file_error_text(exc)
                ),
                "error",
            )

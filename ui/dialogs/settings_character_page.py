"""The Character page of the settings dialog: which character Neiri plays, her persona
and her emotion map. Edits are saved as the user's own copy of the character (YAML).
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any

import yaml
from pydantic import ValidationError
from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import (
    QAbstractItemView,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.config.characters import (
    BUNDLED_CHARACTERS_DIR,
    CHARACTER_SUFFIXES,
    Character,
    CharacterError,
    list_characters,
    load_character,
)
from app.core.messages import message_of
from ui.dialogs.settings_base import Binder, SettingsPage, show_invalid
from ui.dialogs.settings_widgets import error_color, make_hint_label, set_text_color
from ui.messages import translated, validation_text


class _LiteralDumper(yaml.SafeDumper):
    pass


def _represent_str(dumper: yaml.SafeDumper, data: str) -> yaml.ScalarNode:
    style = "|" if "\n" in data else None
    return dumper.represent_scalar("tag:yaml.org,2002:str", data, style=style)


_LiteralDumper.add_representer(str, _represent_str)


def render_character(character: Character) -> str:
    header = (
        f"# Your copy of the character {character.name!r}, saved by Neiri's settings.\n"
        "# It overrides the bundled character of the same name.\n"
    )
    body = yaml.dump(
        character.model_dump(mode="python"),
        Dumper=_LiteralDumper,
        sort_keys=False,
        allow_unicode=True,
        default_flow_style=False,
        width=100,
    )
    return header + body


@dataclass
class CharacterEdit:
    name: str
    loaded: Character | None
    source: Path | None
    persona: str = ""
    emotions: list[tuple[str, str]] | None = None
    error: str | None = None  # why it could not be loaded (the engine's Message)

    def candidate(self) -> tuple[Character | None, dict[str, str]]:
        """The edited character, or None and the reasons keyed ``persona``/``emotions``."""
        if self.loaded is None:
            return None, {}
        data = self.loaded.model_dump(mode="python")
        data["persona"] = self.persona
        emotions: dict[str, str] = {}
        problems: dict[str, str] = {}
        for tag, expression in self.emotions or []:
            key = tag.strip().lower()
            if not key and not expression.strip():
                continue  # an empty row being typed into
            if key in emotions:
                problems["emotions"] = QCoreApplication.translate(
                    "CharacterPage", "the emotion {tag!r} is listed twice"
                ).format(tag=key)
            emotions[key] = expression
        data["emotions"] = emotions
        try:
            character = Character.model_validate(data)
        except ValidationError as exc:
            for error in exc.errors():
                where = str(error["loc"][0]) if error["loc"] else "persona"
                where = "emotions" if where in ("emotions", "default_emotion") else where
                if where not in ("persona", "emotions"):
                    where = "persona"
                problems.setdefault(where, validation_text(error))
            return None, problems
        return (None, problems) if problems else (character, {})

    @property
    def dirty(self) -> bool:
        if self.loaded is None:
            return False
        return (
            self.persona != self.loaded.persona
            or dict((t.strip().lower(), e.strip()) for t, e in self.emotions or [])
            != self.loaded.emotions
        )


class CharacterPage(SettingsPage):
    icon_kind = "character"
    editsChanged = Signal()

    def __init__(
        self,
        binder: Binder,
        user_dir: Path,
        bundled_dir: Path | None = BUNDLED_CHARACTERS_DIR,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(
            binder,
            self.tr("Character"),
            self.tr("Who Neiri plays: her persona and how her emotions show on the avatar."),
            parent,
        )
        self.user_dir = Path(user_dir)
        self.bundled_dir = Path(bundled_dir) if bundled_dir is not None else None
        self.edits: dict[str, CharacterEdit] = {}
        self._filling = False

        form = self.add_group(self.tr("Character"))
        names = list_characters(self.user_dir, bundled_dir=self.bundled_dir)
        self.combo_box = self.combo([(name, name) for name in names])
        plays = self.add_field(form, self.tr("Plays"), "character", self.combo_box)
        self.source_label = make_hint_label("", self._body)
        assert plays.row is not None
        plays.row.add_widget(self.source_label)

        group = QGroupBox(self.tr("Persona"), self._body)
        layout = QVBoxLayout(group)
        layout.setContentsMargins(12, 12, 12, 12)
        layout.addWidget(
            make_hint_label(
                self.tr("The instructions that define her, sent to the language model."), group
            )
        )
        self.persona_edit = QPlainTextEdit(group)
        self.persona_edit.setMinimumHeight(180)
        self.persona_edit.setTabChangesFocus(True)
        self.persona_edit.textChanged.connect(self._edited)
        layout.addWidget(self.persona_edit)
        self.persona_error = QLabel(group)
        self.persona_error.setWordWrap(True)
        self.persona_error.setVisible(False)
        layout.addWidget(self.persona_error)
        self.body_layout.addWidget(group)

        group = QGroupBox(self.tr("Emotions"), self._body)
        layout = QVBoxLayout(group)
        layout.setContentsMargins(12, 12, 12, 12)
        layout.addWidget(
            make_hint_label(
                self.tr(
                    "Each emotion tag the model may write, and the avatar expression it shows."
                ),
                group,
            )
        )
        self.table = QTableWidget(0, 2, group)
        self.table.setHorizontalHeaderLabels([self.tr("Emotion tag"), self.tr("Avatar expression")])
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.table.verticalHeader().setVisible(False)
        self.table.setAlternatingRowColors(True)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setMinimumHeight(220)
        self.table.itemChanged.connect(self._edited)
        layout.addWidget(self.table)
        buttons = QHBoxLayout()
        self.add_row_button = QPushButton(self.tr("Add"), group)
        self.add_row_button.clicked.connect(self._add_row)
        self.remove_row_button = QPushButton(self.tr("Remove"), group)
        self.remove_row_button.clicked.connect(self._remove_rows)
        buttons.addWidget(self.add_row_button)
        buttons.addWidget(self.remove_row_button)
        buttons.addStretch(1)
        layout.addLayout(buttons)
        self.emotions_error = QLabel(group)
        self.emotions_error.setWordWrap(True)
        self.emotions_error.setVisible(False)
        layout.addWidget(self.emotions_error)
        self.body_layout.addWidget(group)
        self.finish()

        binder.valueCommitted.connect(self._committed)
        self._show(binder.draft.character)

    # showing a character

    def _committed(self, path: str) -> None:
        if path == "character":
            self._show(self.binder.draft.character)

    def _edit_for(self, name: str) -> CharacterEdit:
        edit = self.edits.get(name)
        if edit is not None:
            return edit
        try:
            character = load_character(name, self.user_dir, bundled_dir=self.bundled_dir)
        except CharacterError as exc:
            edit = CharacterEdit(name, None, None, error=message_of(exc) or str(exc))
        else:
            edit = CharacterEdit(
                name,
                character,
                self._source(name),
                persona=character.persona,
                emotions=list(character.emotions.items()),
            )
        self.edits[name] = edit
        return edit

    def _source(self, name: str) -> Path | None:
        for folder in (self.user_dir, self.bundled_dir):
            if folder is None:
                continue
            for suffix in CHARACTER_SUFFIXES:
                candidate = folder / f"{name}{suffix}"
                if candidate.is_file():
                    return candidate
        return None

    def _show(self, name: str) -> None:
        edit = self._edit_for(name)
        self._filling = True
        try:
            self.persona_edit.setPlainText(edit.persona)
            self.table.setRowCount(0)
            for tag, expression in edit.emotions or []:
                self._append_row(tag, expression)
        finally:
            self._filling = False
        editable = edit.loaded is not None
        for widget in (self.persona_edit, self.table, self.add_row_button, self.remove_row_button):
            widget.setEnabled(editable)
        if edit.error:
            self.source_label.setText(
                self.tr("This character could not be loaded: {error}").format(
                    error=translated(edit.error)
                )
            )
            set_text_color(self.source_label, error_color(self))
        else:
            set_text_color(self.source_label, None)
            self.source_label.setForegroundRole(QPalette.ColorRole.PlaceholderText)
            self.source_label.setText(self._source_text(edit))
        self._validate(edit)

    def _source_text(self, edit: CharacterEdit) -> str:
        user_file = self.user_dir / f"{edit.name}.yaml"
        if edit.source is not None and edit.source.parent == self.user_dir:
            return self.tr("Your copy: {path}").format(path=edit.source)
        return self.tr(
            "Bundled with Neiri. Your changes are saved as your own copy in {path}"
        ).format(path=user_file)

    def _append_row(self, tag: str, expression: str) -> None:
        row = self.table.rowCount()
        self.table.insertRow(row)
        self.table.setItem(row, 0, QTableWidgetItem(tag))
        self.table.setItem(row, 1, QTableWidgetItem(expression))

    def _add_row(self) -> None:
        self._append_row("", "")
        row = self.table.rowCount() - 1
        self.table.setCurrentCell(row, 0)
        self.table.editItem(self.table.item(row, 0))

    def _remove_rows(self) -> None:
        rows = sorted({index.row() for index in self.table.selectedIndexes()}, reverse=True)
        for row in rows:
            self.table.removeRow(row)
        self._edited()

    # editing

    def _rows(self) -> list[tuple[str, str]]:
        rows = []
        for row in range(self.table.rowCount()):
            tag = self.table.item(row, 0)
            expression = self.table.item(row, 1)
            rows.append((tag.text() if tag else "", expression.text() if expression else ""))
        return rows

    def _edited(self, *_: Any) -> None:
        if self._filling:
            return
        edit = self._edit_for(self.binder.draft.character)
        if edit.loaded is None:
            return
        edit.persona = self.persona_edit.toPlainText()
        edit.emotions = self._rows()
        self._validate(edit)
        self.editsChanged.emit()

    def _validate(self, edit: CharacterEdit) -> None:
        _, problems = edit.candidate()
        for key, label, widget in (
            ("persona", self.persona_error, self.persona_edit),
            ("emotions", self.emotions_error, self.table),
        ):
            message = problems.get(key)
            show_invalid(widget, label, message)
            # an edit of a character no longer shown still counts: its errors stay registered
            self.binder.set_error(f"character:{edit.name}.{key}", message)

    def has_errors(self) -> bool:
        return super().has_errors() or any(
            key.startswith("character:") for key in self.binder.errors
        )

    @property
    def dirty(self) -> bool:
        return any(edit.dirty for edit in self.edits.values())

    def save_edits(self) -> list[Path]:
        """Write every changed character to the user's folder. Raises OSError."""
        written: list[Path] = []
        for edit in self.edits.values():
            if not edit.dirty:
                continue
            character, problems = edit.candidate()
            if character is None:
                raise ValueError(f"{edit.name}: " + "; ".join(problems.values()))
            self.user_dir.mkdir(parents=True, exist_ok=True)
            target = self.user_dir / f"{edit.name}.yaml"
            for suffix in CHARACTER_SUFFIXES:  # a user .yml of the same name would shadow it
                other = self.user_dir / f"{edit.name}{suffix}"
                if suffix != ".yaml" and other.is_file():
                    target = other
            tmp = target.with_name(f".{target.name}.tmp")
            tmp.write_text(render_character(character), encoding="utf-8")
            tmp.replace(target)
            edit.loaded = character
            edit.source = target
            edit.emotions = list(character.emotions.items())
            edit.persona = character.persona
            written.append(target)
        if written:
            self._show(self.binder.draft.character)
        return written

    def restore_defaults(self) -> None:
        super().restore_defaults()
        name = self.binder.draft.character
        if self.bundled_dir is None:
            return
        try:
            bundled = load_character(name, None, bundled_dir=self.bundled_dir)
        except CharacterError:
            return
        edit = self._edit_for(name)
        if edit.loaded is None:
            return
        edit.persona = bundled.persona
        edit.emotions = list(bundled.emotions.items())
        self._show(name)
        self.editsChanged.emit()

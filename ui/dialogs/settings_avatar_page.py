"""The Avatar page of the settings dialog: which model shows Neiri (a VRM or a Live2D
model), the user's own copy of the Live2D Cubism Core, and how each emotion tag shows
on the chosen model (``avatar.emotion_maps``, kept per model file name).

Paths are read like the engine reads them: ``avatar.model`` and ``avatar.live2d_core``
relative to the settings file's folder, the character's ``avatar`` relative to the
user's characters folder. With no model chosen, the character's avatar is shown, or
Neiri's default VRM. Reading a model (:func:`app.server.avatar_files.describe_model`)
and checking the Core run on a worker thread.
"""

from __future__ import annotations

import html
import re
from pathlib import Path
from typing import Any

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFileDialog,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.config.characters import BUNDLED_CHARACTERS_DIR, Character, CharacterError, load_character
from app.config.paths import Paths
from app.config.settings import MOTION_PREFIX, is_live2d_model
from app.server.avatar_files import check_live2d_core, describe_model
from app.server.server import DEFAULT_AVATAR
from ui.dialogs.settings_base import Binder, FieldRow, SettingsPage, validate_value
from ui.dialogs.settings_widgets import (
    guard_wheel,
    make_hint_label,
    ok_color,
    run_off_thread,
    set_text_color,
    warn_color,
)
from ui.messages import translated

COMMON_EMOTIONS: tuple[str, ...] = (
    "happy",
    "angry",
    "sad",
    "relaxed",
    "surprised",
    "neutral",
    "smug",
    "shy",
    "excited",
    "confused",
    "sleepy",
    "thinking",
)
"""Emotion tags listed for every model, besides the character's own."""

GESTURES: tuple[str, ...] = ("nod", "shake", "bounce", "wave")
"""Motions the avatar page plays on any model (web_avatar/src/motions.js and the Live2D
gestures), offered as ``motion:<name>`` besides the model's own motion groups."""

_MOTION_INDEX = re.compile(r":\d+$")  # "TapBody:1": a motion of a group by its index

# how a status line is coloured: its "tone" property, applied again when the theme changes
TONE = "neiri_tone"


def _resolve(value: str, base: Path) -> Path:
    path = Path(value).expanduser()
    return path if path.is_absolute() else base / path


class AvatarPage(SettingsPage):
    icon_kind = "avatar"

    modelDescribed = Signal(object)
    """The :class:`~app.server.avatar_files.ModelSummary` of the model the emotion table
    is for, each time it was read."""
    coreChecked = Signal(object)
    """None when the chosen Cubism Core looks right, else why not (the engine's message)."""

    _modelTyped = Signal()
    _coreTyped = Signal()
    _mapEdited = Signal()

    def __init__(
        self,
        binder: Binder,
        parent: QWidget | None = None,
        *,
        settings_dir: Path | None = None,
        characters_dir: Path | None = None,
        bundled_dir: Path | None = BUNDLED_CHARACTERS_DIR,
    ) -> None:
        super().__init__(
            binder, self.tr("Avatar"), self.tr("The animated figure on screen and in OBS."), parent
        )
        if settings_dir is None or characters_dir is None:
            paths = Paths.resolve()
            settings_dir = settings_dir or paths.settings_file.parent
            characters_dir = characters_dir or paths.characters_dir
        self.settings_dir = Path(settings_dir)
        self.characters_dir = Path(characters_dir)
        self.bundled_dir = Path(bundled_dir) if bundled_dir is not None else None
        self.summary: Any = None  # ModelSummary of the shown model, once read
        self.core_problem: Any = None
        self._writing = False
        self._filling = False
        self._request = 0
        self._core_request = 0
        self._characters: dict[str, Character | None] = {}
        self._model_path = DEFAULT_AVATAR
        self._model_source = "default"
        self._map_key = DEFAULT_AVATAR.name
        self._base: dict[str, dict[str, str]] = {}
        self._tags: list[str] = []
        self._combos: list[QComboBox] = []
        self._file_dialog: QFileDialog | None = None

        self._build_model_group()
        self._build_core_group()
        self._work_out_model()
        self._build_emotion_group()
        self._build_kept_note()
        self.finish()

        binder.valueCommitted.connect(self._committed)
        self._show_model()
        self._check_core()

    # --- building ------------------------------------------------------------------------

    def _build_model_group(self) -> None:
        form = self.add_group(self.tr("Model"))
        self.model_edit = self.line_edit(self.tr("The character's avatar"))
        self.model_edit.setClearButtonEnabled(True)
        self.browse_model_button = QPushButton(self.tr("Browse…"), self._body)
        self.browse_model_button.setToolTip(self.tr("Choose a .vrm or Live2D .model3.json file"))
        self.browse_model_button.clicked.connect(self._browse_model)
        self.character_avatar_button = QPushButton(
            self.tr("Use the character's avatar"), self._body
        )
        self.character_avatar_button.setToolTip(
            self.tr("Forget the chosen file: show the character's own avatar, or Neiri's default")
        )
        self.character_avatar_button.clicked.connect(lambda: self.set_model_path(""))
        binding = self.add_field(
            form,
            self.tr("Model"),
            "avatar.model",
            self.model_edit,
            extras=(self.browse_model_button, self.character_avatar_button),
            read=lambda: self.model_edit.text().strip(),
            write=lambda value: self._write(self.model_edit, value),
            notify=self._modelTyped,
        )
        self.model_edit.textChanged.connect(self._model_typed)
        self.character_avatar_button.setEnabled(bool(self.model_edit.text()))
        assert binding.row is not None
        self.model_row = binding.row
        self.model_summary = QLabel(self._body)
        self.model_summary.setWordWrap(True)
        self.model_summary.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.model_problems = QLabel(self._body)
        self.model_problems.setWordWrap(True)
        self.model_problems.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.model_problems.setVisible(False)
        layout = binding.row.layout()
        assert isinstance(layout, QVBoxLayout)
        layout.insertWidget(2, self.model_summary)  # under the field and its error line
        layout.insertWidget(3, self.model_problems)

    def _build_core_group(self) -> None:
        form = self.add_group(self.tr("Live2D"))
        self.core_edit = self.line_edit(self.tr("Not set: Live2D models cannot be shown"))
        self.core_edit.setClearButtonEnabled(True)
        self.browse_core_button = QPushButton(self.tr("Browse…"), self._body)
        self.browse_core_button.setToolTip(self.tr("Choose live2dcubismcore.min.js"))
        self.browse_core_button.clicked.connect(self._browse_core)
        binding = self.add_field(
            form,
            self.tr("Cubism Core"),
            "avatar.live2d_core",
            self.core_edit,
            extras=(self.browse_core_button,),
            help_text=self.tr(
                "Only needed for Live2D models. Neiri never includes or downloads the Live2D "
                "Cubism Core: download the Cubism SDK for Web from Live2D's website yourself, "
                "under Live2D's license, and choose the live2dcubismcore.min.js file from "
                "its Core folder."
            ),
            read=lambda: self.core_edit.text().strip(),
            write=lambda value: self._write(self.core_edit, value),
            notify=self._coreTyped,
        )
        self.core_edit.textChanged.connect(self._core_typed)
        assert binding.row is not None
        self.core_status = QLabel(self._body)
        self.core_status.setWordWrap(True)
        self.core_status.setVisible(False)
        self.core_hint = QLabel(self._body)
        self.core_hint.setWordWrap(True)
        self.core_hint.setVisible(False)
        layout = binding.row.layout()
        assert isinstance(layout, QVBoxLayout)
        layout.insertWidget(2, self.core_status)
        layout.insertWidget(3, self.core_hint)

    def _build_emotion_group(self) -> None:
        group = QGroupBox(self.tr("Emotions on this model"), self._body)
        layout = QVBoxLayout(group)
        layout.setContentsMargins(12, 12, 12, 12)
        layout.setSpacing(8)
        self.emotions_intro = make_hint_label("", group)
        layout.addWidget(self.emotions_intro)
        self.table = QTableWidget(0, 2, group)
        self.table.setHorizontalHeaderLabels([self.tr("Emotion tag"), self.tr("Shows as")])
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        header.setHighlightSections(False)
        self.table.verticalHeader().setVisible(False)
        self.table.setAlternatingRowColors(True)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.table.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.table.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.table.setProperty("neiri_help", "")
        self.table_row = FieldRow(self.table, (), "", group)
        layout.addWidget(self.table_row)
        buttons = QHBoxLayout()
        self.reset_map_button = QPushButton(self.tr("Reset to the character's map"), group)
        self.reset_map_button.setToolTip(
            self.tr("Forget the choices made here for this model file")
        )
        self.reset_map_button.clicked.connect(self.reset_emotion_map)
        buttons.addWidget(self.reset_map_button)
        buttons.addStretch(1)
        layout.addLayout(buttons)
        self.body_layout.addWidget(group)
        binding = self.binder.bind(
            "avatar.emotion_maps",
            self.table,
            self.table_row,
            read=self._read_maps,
            write=self._write_maps,
            notify=self._mapEdited,
        )
        self.bindings.append(binding)

    def _build_kept_note(self) -> None:
        kept = self.binder.draft.avatar.model_extra or {}
        self.kept_note: QLabel | None = None
        if kept:
            lines = "<br>".join(
                f"<code>{html.escape(str(key))}</code>: {html.escape(repr(value))}"
                for key, value in kept.items()
            )
            self.kept_note = self.add_note(
                html.escape(
                    self.tr("These avatar values from your settings file are kept as they are:")
                )
                + "<br>"
                + lines
            )

    # --- the model ---------------------------------------------------------------------------

    def set_model_path(self, path: str) -> None:
        """Choose a model file ("" for the character's avatar), checked like typing it."""
        self.model_edit.setText(path)

    def set_core_path(self, path: str) -> None:
        """Choose the Cubism Core file ("" for none), checked like typing it."""
        self.core_edit.setText(path)

    def _write(self, edit: QLineEdit, value: Any) -> None:
        self._writing = True
        try:
            edit.setText("" if value is None else str(value))
        finally:
            self._writing = False

    def _typed(self, path: str, text: str, signal: Any) -> None:
        """A path typed or chosen: one that names no file stays in the field, in red, and
        never reaches the draft; anything else is validated by the binder."""
        if self._writing:
            return
        text = text.strip()
        _, error = validate_value(self.binder.draft, path, text)
        if error is None and text and not _resolve(text, self.settings_dir).is_file():
            self.binder.set_error(path, self.tr("There is no file at {path}.").format(path=text))
            return
        signal.emit()

    def _model_typed(self, text: str) -> None:
        self._typed("avatar.model", text, self._modelTyped)
        self.character_avatar_button.setEnabled(bool(text.strip()))

    def _core_typed(self, text: str) -> None:
        self._typed("avatar.live2d_core", text, self._coreTyped)

    def _committed(self, path: str) -> None:
        if path in ("avatar.model", "character"):
            self._work_out_model()
            self._fill_table()
            self._show_model()
        elif path == "avatar.live2d_core":
            self._check_core()
            self._show_core_hint()
        elif path == "avatar.emotion_maps":
            self._base = _copy_maps(self.binder.draft.avatar.emotion_maps)
            self._show_map_state()

    def _character(self) -> Character | None:
        name = self.binder.draft.character
        if name not in self._characters:
            try:
                character = load_character(name, self.characters_dir, bundled_dir=self.bundled_dir)
            except CharacterError:
                character = None  # the Character page says why
            self._characters[name] = character
        return self._characters[name]

    def _work_out_model(self) -> None:
        """The model file shown, as the engine picks it: the chosen file, else the
        character's avatar, else Neiri's default VRM."""
        chosen = self.binder.draft.avatar.model
        self._missing_choice = ""
        if chosen:
            path = _resolve(chosen, self.settings_dir)
            if path.is_file():
                self._set_model(path, "chosen")
                return
            self._missing_choice = chosen
        character = self._character()
        if character is not None and character.avatar:
            path = _resolve(character.avatar, self.characters_dir)
            if path.is_file():
                self._set_model(path, "character")
                return
        self._set_model(DEFAULT_AVATAR, "default")

    def _set_model(self, path: Path, source: str) -> None:
        if path != self._model_path:
            self.summary = None
        self._model_path, self._model_source = path, source
        key = path.name
        for existing in self.binder.draft.avatar.emotion_maps:
            if existing.lower() == key.lower():
                key = existing  # keep the spelling already in the file
        self._map_key = key

    def _show_model(self) -> None:
        path, source = self._model_path, self._model_source
        if source == "chosen":
            intro = ""
        elif source == "character":
            intro = self.tr("The character's avatar, {name}.").format(name=path.name)
        else:
            intro = self.tr("Neiri's default avatar, {name}.").format(name=path.name)
        if self._missing_choice:
            intro = (
                self.tr("{path} does not exist, so this is shown instead:").format(
                    path=self._missing_choice
                )
                + " "
                + intro
            )
        self._summary_intro = intro
        self._tone(self.model_summary, None, (intro + " " + self.tr("Reading the model…")).strip())
        self.model_problems.setVisible(False)
        self.emotions_intro.setText(
            self.tr(
                "How each emotion tag shows on {name}. “(default)” keeps what the character's "
                "emotion map says; a choice made here is kept for this model file only."
            ).format(name=path.name)
        )
        self._show_core_hint()
        self._request += 1
        request = self._request

        def work() -> Any:
            return describe_model(path)

        run_off_thread(
            work, lambda result, error: self._described(request, result, error), owner=self
        )

    def _described(self, request: int, summary: Any, error: BaseException | None) -> None:
        if request != self._request:
            return  # another model was chosen meanwhile
        if error is not None or summary is None:
            text = self.tr("The model could not be read: {error}").format(error=translated(error))
            self._tone(self.model_summary, "warn", (self._summary_intro + " " + text).strip())
            return
        self.summary = summary
        kind = "Live2D" if summary.kind == "live2d" else "VRM"
        if summary.kind == "live2d":
            what = self.tr("{kind} model. Expressions: {expressions}. Motion groups: {motions}.")
        else:
            what = self.tr("{kind} model. Expressions: {expressions}.")
        what = what.format(
            kind=kind, expressions=len(summary.expressions), motions=len(summary.motions)
        )
        self._tone(self.model_summary, None, (self._summary_intro + " " + what).strip())
        self.model_summary.setToolTip(", ".join(summary.expressions))
        if summary.problems:
            self._tone(
                self.model_problems,
                "warn",
                "\n".join("⚠ " + translated(problem) for problem in summary.problems),
            )
        else:
            self.model_problems.setVisible(False)
        self._fill_options()
        self.modelDescribed.emit(summary)

    # --- the Live2D Cubism Core ------------------------------------------------------------

    def _check_core(self) -> None:
        value = self.binder.draft.avatar.live2d_core
        self._core_request += 1
        request = self._core_request
        self.core_problem = None
        if not value:
            self.core_status.setVisible(False)
            return
        self._tone(self.core_status, None, self.tr("Checking the file…"))
        path = _resolve(value, self.settings_dir)

        def work() -> Any:
            return check_live2d_core(path)

        def done(problem: Any, error: BaseException | None) -> None:
            if request != self._core_request:
                return
            if error is not None:
                problem = error
            self.core_problem = problem
            if problem is None:
                self._tone(self.core_status, "ok", "✓ " + self.tr("This is the Cubism Core."))
            else:
                self._tone(self.core_status, "warn", "⚠ " + translated(problem))
            self.coreChecked.emit(problem)

        run_off_thread(work, done, owner=self)

    def _show_core_hint(self) -> None:
        live2d = is_live2d_model(self._model_path.name)
        if live2d and not self.binder.draft.avatar.live2d_core:
            self._tone(
                self.core_hint,
                "warn",
                self.tr(
                    "{name} is a Live2D model: choose your copy of the Cubism Core here to "
                    "show it. Until then Neiri shows a VRM avatar instead."
                ).format(name=self._model_path.name),
            )
        else:
            self.core_hint.setVisible(False)

    # --- the emotion map ------------------------------------------------------------------

    def _write_maps(self, value: Any) -> None:
        self._base = _copy_maps(value or {})
        self._fill_table()

    def _read_maps(self) -> dict[str, dict[str, str]]:
        maps = {
            k: v for k, v in _copy_maps(self._base).items() if k.lower() != self._map_key.lower()
        }
        overrides = self.overrides()
        if overrides:
            maps[self._map_key] = overrides
        return maps

    def _model_map(self) -> dict[str, str]:
        for key, entries in self._base.items():
            if key.lower() == self._map_key.lower():
                return dict(entries)
        return {}

    def _fill_table(self) -> None:
        """One row per emotion tag (the character's, the common ones, any the map for
        this model names) with the override for this model, or "(default)"."""
        character = self._character()
        character_map = dict(character.emotions) if character is not None else {}
        overrides = self._model_map()
        tags = list(character_map)
        tags += [tag for tag in COMMON_EMOTIONS if tag not in tags]
        tags += [tag for tag in overrides if tag not in tags]
        self._filling = True
        try:
            self.table.setRowCount(0)
            self._tags, self._combos = tags, []
            self._character_map = character_map
            for row, tag in enumerate(tags):
                self.table.insertRow(row)
                item = QTableWidgetItem(tag)
                item.setFlags(Qt.ItemFlag.ItemIsEnabled)
                item.setToolTip(
                    self.tr("The character writes this tag.")
                    if tag in character_map
                    else self.tr("A common tag; this character's map does not list it.")
                )
                self.table.setItem(row, 0, item)
                combo = QComboBox(self.table)
                combo.setEditable(True)
                combo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
                combo.setSizeAdjustPolicy(
                    QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
                )
                combo.setMinimumContentsLength(10)
                combo.setFrame(False)
                combo.setProperty("neiri_tag", tag)
                combo.setAccessibleName(self.tr("What “{tag}” shows").format(tag=tag))
                guard_wheel(combo)
                self._combos.append(combo)
                self._set_options(combo, tag, overrides.get(tag))
                combo.currentTextChanged.connect(
                    lambda text, box=combo: self._combo_edited(box, text)
                )
                self.table.setCellWidget(row, 1, combo)
        finally:
            self._filling = False
        height = max((c.sizeHint().height() for c in self._combos), default=26) + 4
        self.table.verticalHeader().setDefaultSectionSize(height)
        self.table.verticalHeader().setMinimumSectionSize(height)
        self.table.setFixedHeight(
            self.table.horizontalHeader().sizeHint().height()
            + height * len(tags)
            + 2 * self.table.frameWidth()
        )
        # the table was rebuilt from the valid map: an unfinished edit of another is gone
        self.binder.set_error("avatar.emotion_maps", None)
        self._show_map_state()

    def _default_label(self, tag: str) -> str:
        mapped = self._character_map.get(tag)
        if mapped:
            return self.tr("(default: {expression})").format(expression=mapped)
        return self.tr("(default)")

    def _set_options(self, combo: QComboBox, tag: str, value: str | None) -> None:
        combo.blockSignals(True)
        try:
            combo.clear()
            default = self._default_label(tag)
            combo.addItem(default, None)
            combo.setItemData(
                0,
                self.tr("No choice for this model: the character's map applies"),
                Qt.ItemDataRole.ToolTipRole,
            )
            combo.lineEdit().setPlaceholderText(default)
            summary = self.summary
            if summary is not None:
                for name in summary.expressions:
                    combo.addItem(name, name)
                motions = [MOTION_PREFIX + m for m in summary.motions]
                gestures = [MOTION_PREFIX + g for g in GESTURES if g not in summary.motions]
                if motions or gestures:
                    combo.insertSeparator(combo.count())
                for names, tip in (
                    (motions, self.tr("Plays this motion group of the model")),
                    (gestures, self.tr("A gesture the avatar page plays on any model")),
                ):
                    for name in names:
                        combo.addItem(name, name)
                        combo.setItemData(combo.count() - 1, tip, Qt.ItemDataRole.ToolTipRole)
            if value is None:
                combo.setCurrentIndex(0)
                combo.setEditText("")
            else:
                combo.setCurrentIndex(combo.findText(value, Qt.MatchFlag.MatchExactly))
                combo.setEditText(value)
        finally:
            combo.blockSignals(False)
        self._mark(combo)

    def _fill_options(self) -> None:
        """The model was read: offer its expressions and motions in every row."""
        self._filling = True
        try:
            for tag, combo in zip(self._tags, self._combos, strict=True):
                self._set_options(combo, tag, self._combo_value(combo))
        finally:
            self._filling = False
        self._show_map_state()

    @staticmethod
    def _combo_value(combo: QComboBox) -> str | None:
        text = combo.currentText().strip()
        if not text or text == combo.itemText(0):
            return None
        return text

    def _combo_edited(self, combo: QComboBox, text: str) -> None:
        if self._filling:
            return
        if text and text == combo.itemText(0):
            # "(default: …)" picked from the list: an empty field shows it as placeholder
            combo.blockSignals(True)
            combo.setEditText("")
            combo.blockSignals(False)
        self._mark(combo)
        self._mapEdited.emit()

    def _known(self, value: str) -> bool:
        summary = self.summary
        if summary is None or not (summary.expressions or summary.motions):
            return True  # nothing to compare with (not read yet, or unreadable)
        if value.lower().startswith(MOTION_PREFIX):
            motion = _MOTION_INDEX.sub("", value[len(MOTION_PREFIX) :].strip())
            return motion in summary.motions or motion in GESTURES
        return value in summary.expressions

    def _mark(self, combo: QComboBox) -> None:
        """A name the model does not have (typed by hand) is shown in the warning colour;
        so is "(default: …)" when the model has neither that expression nor the tag's."""
        value = self._combo_value(combo)
        edit = combo.lineEdit()
        model = self._model_path.name
        unknown = value is not None and not self._known(value)
        tag = str(combo.property("neiri_tag") or "")
        default = self._character_map.get(tag, tag)
        # a neutral face is what the avatar falls back to anyway
        neutral = "neutral" in (tag, default)
        unshown = value is None and not (neutral or self._known(default) or self._known(tag))
        combo.setProperty("unknown", unknown)
        combo.setProperty("unshown", unshown)
        if not (unknown or unshown):
            edit.setPalette(QPalette())
            combo.setToolTip("")
            return
        palette = edit.palette()
        palette.setColor(QPalette.ColorRole.Text, warn_color(self))
        palette.setColor(QPalette.ColorRole.PlaceholderText, warn_color(self))
        edit.setPalette(palette)
        if unknown:
            combo.setToolTip(
                self.tr(
                    "“{name}” is not one of the expressions or motions of {model}, so the "
                    "avatar may not show it. Names are case-sensitive."
                ).format(name=value, model=model)
            )
        else:
            combo.setToolTip(
                self.tr(
                    "{model} has no expression “{name}”: unless you choose one here, the "
                    "avatar keeps a neutral face for this emotion."
                ).format(name=default, model=model)
            )

    def _show_map_state(self) -> None:
        self.reset_map_button.setEnabled(bool(self.overrides()) or bool(self._model_map()))

    # --- the emotion map, for the dialog and the tests ----------------------------------------

    @property
    def model_file(self) -> Path:
        """The model the emotion table is for (the chosen one, the character's, the default)."""
        return self._model_path

    def overrides(self) -> dict[str, str]:
        """The choices in the table for this model (tag -> expression or motion:<name>)."""
        result: dict[str, str] = {}
        for tag, combo in zip(self._tags, self._combos, strict=True):
            value = self._combo_value(combo)
            if value is not None:
                result[tag] = value
        return result

    def emotion_combo(self, tag: str) -> QComboBox:
        return self._combos[self._tags.index(tag)]

    def set_emotion(self, tag: str, value: str | None) -> None:
        """Choose what ``tag`` shows on this model (None: the default), like a user edit."""
        combo = self.emotion_combo(tag)
        if value is None:
            combo.setCurrentIndex(0)
            combo.setEditText("")
            self._mark(combo)
            self._mapEdited.emit()
        else:
            combo.setEditText(value)

    def unknown_tags(self) -> list[str]:
        """The tags whose choice names nothing the model has."""
        return [t for t, c in zip(self._tags, self._combos, strict=True) if c.property("unknown")]

    def unshown_tags(self) -> list[str]:
        """The tags left at "(default)" that name nothing the model has."""
        return [t for t, c in zip(self._tags, self._combos, strict=True) if c.property("unshown")]

    def reset_emotion_map(self) -> None:
        """Drop this model's choices: the character's map applies again."""
        self._filling = True
        try:
            for combo in self._combos:
                combo.setCurrentIndex(0)
                combo.setEditText("")
                self._mark(combo)
        finally:
            self._filling = False
        self._mapEdited.emit()

    # --- browsing ------------------------------------------------------------------------------

    def _open_file_dialog(self, title: str, filters: list[str], current: str, slot: Any) -> None:
        dialog = QFileDialog(self, title)
        dialog.setFileMode(QFileDialog.FileMode.ExistingFile)
        dialog.setNameFilters(filters)
        start = _resolve(current, self.settings_dir) if current else None
        if start is not None and start.parent.is_dir():
            dialog.setDirectory(str(start.parent))
        dialog.fileSelected.connect(slot)
        dialog.finished.connect(dialog.deleteLater)
        self._file_dialog = dialog
        dialog.open()

    def _browse_model(self) -> None:
        self._open_file_dialog(
            self.tr("Choose an avatar model"),
            [
                self.tr("Avatar models (*.vrm *.glb *.model3.json)"),
                self.tr("All files (*)"),
            ],
            self.model_edit.text().strip(),
            lambda path: path and self.set_model_path(path),
        )

    def _browse_core(self) -> None:
        self._open_file_dialog(
            self.tr("Choose the Live2D Cubism Core"),
            [self.tr("JavaScript files (*.js)"), self.tr("All files (*)")],
            self.core_edit.text().strip(),
            lambda path: path and self.set_core_path(path),
        )

    # --- behaviour -----------------------------------------------------------------------------

    def _tone(self, label: QLabel, tone: str | None, text: str) -> None:
        label.setText(text)
        label.setVisible(bool(text))
        label.setProperty(TONE, tone)
        self._colour(label)

    def _colour(self, label: QLabel) -> None:
        tone = label.property(TONE)
        color: QColor | None = None
        if tone == "warn":
            color = warn_color(self)
        elif tone == "ok":
            color = ok_color(self)
        set_text_color(label, color)

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.PaletteChange and hasattr(self, "table"):
            for label in (
                self.model_summary,
                self.model_problems,
                self.core_status,
                self.core_hint,
            ):
                self._colour(label)
            for combo in self._combos:
                self._mark(combo)


def _copy_maps(value: dict[str, dict[str, str]]) -> dict[str, dict[str, str]]:
    return {key: dict(entries) for key, entries in value.items()}


__all__ = ["COMMON_EMOTIONS", "DEFAULT_AVATAR", "GESTURES", "AvatarPage"]

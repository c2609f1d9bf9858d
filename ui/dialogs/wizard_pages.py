"""The first-run wizard's simple pages: 1. language and character, 2. microphone,
3. hardware (what the computer can run) and 6. the summary.
"""

from __future__ import annotations

import contextlib

from PySide6.QtCore import QLocale, Qt, Slot
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QWidget,
)

from app.config.characters import list_characters, load_character
from app.config.paths import Paths
from app.config.settings import Settings
from app.hardware import HardwareInfo, Recommendation
from ui.dialogs.settings_widgets import LevelMeter, make_hint_label
from ui.dialogs.wizard_widgets import _bold, _Notice, _Page, _with_hint, _wrap, set_tone
from ui.messages import translated

LANGUAGES: tuple[tuple[str, str], ...] = (
    ("en", "English"),
    ("ru", "Русский"),
    ("pt_BR", "Português (Brasil)"),
    ("zh_CN", "简体中文"),
)
"""UI language codes with their names in their own language (not translated)."""

HEARD_DB = -45.0  # a level above this counts as "Neiri hears you"


# --- 1. language and character ------------------------------------------------------------


class LanguagePage(_Page):
    def __init__(self, settings: Settings, paths: Paths, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("Welcome to Neiri"))
        self.setSubTitle(
            self.tr(
                "A few quick steps and she is ready to talk. You can change all of this "
                "later in Settings."
            )
        )
        layout = self.body()
        box, inner = self.group(self.tr("You and Neiri"))
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.setHorizontalSpacing(16)
        form.setVerticalSpacing(10)
        self.language_combo = QComboBox(self)
        for code, name in LANGUAGES:
            self.language_combo.addItem(name, code)
        index = self.language_combo.findData(settings.ui_language)
        self.language_combo.setCurrentIndex(max(0, index))
        form.addRow(
            self.tr("Language"),
            _with_hint(
                self.language_combo,
                make_hint_label(
                    self.tr("For menus and messages, and the speech models Neiri suggests."),
                    self,
                ),
            ),
        )

        self.character_combo = QComboBox(self)
        self._descriptions: dict[str, str] = {}
        names = list_characters(paths.characters_dir) or [settings.character]
        for name in names:
            display, description = name, ""
            with contextlib.suppress(Exception):
                character = load_character(name, paths.characters_dir)
                display = character.display_name or name
                spoken = QLocale(character.language).nativeLanguageName() or character.language
                description = self.tr("Speaks {language}; her voice is {voice}.").format(
                    language=spoken, voice=character.voice
                )
            self.character_combo.addItem(display, name)
            self._descriptions[name] = description
        index = self.character_combo.findData(settings.character)
        self.character_combo.setCurrentIndex(max(0, index))
        self.character_note = make_hint_label("", self)
        form.addRow(self.tr("Character"), _with_hint(self.character_combo, self.character_note))
        self.character_combo.currentIndexChanged.connect(self._describe)
        self._describe()
        inner.addLayout(form)
        layout.addWidget(box)

        steps = make_hint_label(
            self.tr(
                "Next: a microphone test, a look at your computer, the language model "
                "(Ollama) and Neiri's voice and hearing."
            ),
            self,
        )
        layout.addWidget(steps)
        layout.addStretch(1)

    def _describe(self) -> None:
        self.character_note.setText(self._descriptions.get(self.character(), ""))

    def language(self) -> str:
        return str(self.language_combo.currentData())

    def character(self) -> str:
        return str(self.character_combo.currentData())


# --- 2. microphone ------------------------------------------------------------------------


class MicPage(_Page):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("Microphone"))
        self.setSubTitle(self.tr("Say a few words: the bar should move while you speak."))
        self.available: bool | None = None
        self.heard = False
        self.peak_db = LevelMeter.MIN_DB
        layout = self.body()
        box, inner = self.group(self.tr("Level"))
        self.level_box = box
        row = QHBoxLayout()
        self.meter = LevelMeter(self)
        self.meter.setMinimumHeight(22)
        row.addWidget(self.meter, 1)
        self.db_label = QLabel("", self)
        self.db_label.setMinimumWidth(64)
        self.db_label.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        row.addWidget(self.db_label)
        inner.addLayout(row)
        self.status = _wrap(self.tr("Looking for a microphone…"), self)
        inner.addWidget(self.status)
        layout.addWidget(box)
        self.notice = _Notice(self)
        layout.addWidget(self.notice)
        layout.addWidget(
            make_hint_label(
                self.tr(
                    "Tip: with headphones you can interrupt Neiri at any time; with "
                    "speakers, choose the Speakers mode in Settings > Audio."
                ),
                self,
            )
        )
        layout.addStretch(1)

    @Slot(float)
    def set_level(self, db: float) -> None:
        """A microphone level in dBFS (wired to ``EngineBridge.micLevel``)."""
        self.meter.set_level(db)
        self.db_label.setText(self.tr("{db:.0f} dB").format(db=db))
        self.peak_db = max(self.peak_db, db)
        if self.available is not True:
            self.set_available(True)
        if db > HEARD_DB and not self.heard:
            self.heard = True
            self.status.setText(self.tr("Neiri hears you."))
            set_tone(self.status, "ok")

    def set_available(self, available: bool, detail: str = "", device: str = "") -> None:
        self.available = available
        self.level_box.setVisible(available)
        if available:
            self.notice.clear()
            if not self.heard:
                text = self.tr("Listening on {device}. Speak now.").format(
                    device=device or self.tr("the default microphone")
                )
                self.status.setText(text)
                set_tone(self.status, None)
            return
        message = self.tr("No microphone found — Neiri works with typed messages")
        if detail:
            message += "\n" + detail
        message += "\n" + self.tr(
            "Plug one in and choose it later in Settings > Audio; she listens from her next start."
        )
        self.notice.show_message(message, "warn")

    def set_waiting(self) -> None:
        self.status.setText(self.tr("Starting the microphone…"))


# --- 3. hardware --------------------------------------------------------------------------


class HardwarePage(_Page):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("Your computer"))
        self.setSubTitle(self.tr("Neiri checks what your computer can run comfortably."))
        self.info: HardwareInfo | None = None
        self.recommendation: Recommendation | None = None
        self.done = False
        layout = self.body()
        self.busy = QProgressBar(self)
        self.busy.setRange(0, 0)
        self.busy.setTextVisible(False)
        self.busy.setMaximumHeight(8)
        self.busy_label = _wrap(self.tr("Checking your computer…"), self)
        layout.addWidget(self.busy_label)
        layout.addWidget(self.busy)

        box, inner = self.group(self.tr("Hardware"))
        self.form = QFormLayout()
        self.form.setHorizontalSpacing(16)
        self.form.setVerticalSpacing(8)
        self.cpu = _wrap("—", self)
        self.ram = _wrap("—", self)
        self.gpu = _wrap("—", self)
        self.form.addRow(self.tr("Processor"), self.cpu)
        self.form.addRow(self.tr("Memory"), self.ram)
        self.form.addRow(self.tr("Graphics"), self.gpu)
        inner.addLayout(self.form)
        layout.addWidget(box)

        box, inner = self.group(self.tr("Recommended for this computer"))
        grid = QGridLayout()
        grid.setHorizontalSpacing(16)
        grid.setVerticalSpacing(4)
        self.whisper = _bold(QLabel("—", self))
        self.whisper_reason = make_hint_label("", self)
        self.llm = _bold(QLabel("—", self))
        self.llm_reason = make_hint_label("", self)
        grid.addWidget(QLabel(self.tr("Speech recognition"), self), 0, 0)
        grid.addWidget(self.whisper, 0, 1)
        grid.addWidget(self.whisper_reason, 1, 1)
        grid.setRowMinimumHeight(2, 10)
        grid.addWidget(QLabel(self.tr("Language model"), self), 3, 0)
        grid.addWidget(self.llm, 3, 1)
        grid.addWidget(self.llm_reason, 4, 1)
        grid.setColumnStretch(1, 1)
        inner.addLayout(grid)
        layout.addWidget(box)
        layout.addStretch(1)

    def isComplete(self) -> bool:
        return self.done

    def show_result(
        self, info: HardwareInfo | None, rec: Recommendation, error: str | None = None
    ) -> None:
        self.info, self.recommendation, self.done = info, rec, True
        self.busy.setVisible(False)
        if info is None:
            self.busy_label.setText(
                self.tr(
                    "Neiri could not check this computer ({error}); she suggests the "
                    "smallest models."
                ).format(error=error or "?")
            )
        else:
            self.busy_label.setVisible(False)
            cores = self.tr("{cores} cores, {threads} threads").format(
                cores=info.cpu_cores, threads=info.cpu_threads
            )
            self.cpu.setText(f"{translated(info.cpu_name)} ({cores})")
            self.ram.setText(
                self.tr("{total} ({free} free)").format(
                    total=self.fmt_bytes(info.ram_total_bytes),
                    free=self.fmt_bytes(info.ram_available_bytes),
                )
            )
            gpu = info.best_gpu
            if gpu is None:
                self.gpu.setText(
                    self.tr("No NVIDIA graphics card found: models run on the processor.")
                )
            else:
                memory = self.fmt_bytes(gpu.memory_bytes) if gpu.memory_bytes else "?"
                extra = len(info.gpus) - 1
                text = f"{gpu.name} ({memory})"
                if extra:
                    text += " " + self.tr("and {n} more").format(n=extra)
                self.gpu.setText(text)
        self.whisper.setText(rec.whisper_model)
        self.whisper_reason.setText(translated(rec.whisper_reason))
        self.llm.setText(rec.llm_model)
        self.llm_reason.setText(translated(rec.llm_reason))
        self.completeChanged.emit()


# --- 6. summary ---------------------------------------------------------------------------


class SummaryPage(_Page):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("All set"))
        self.setSubTitle(self.tr("Finish saves these settings. Here is what Neiri will use:"))
        layout = self.body()
        box, inner = self.group(self.tr("Summary"))
        self.form = QFormLayout()
        self.form.setHorizontalSpacing(16)
        self.form.setVerticalSpacing(8)
        inner.addLayout(self.form)
        layout.addWidget(box)
        self.notes = make_hint_label("", self)
        layout.addWidget(self.notes)
        self.error = _Notice(self)
        layout.addWidget(self.error)
        layout.addStretch(1)
        self.rows: dict[str, QLabel] = {}

    def show_rows(self, rows: list[tuple[str, str, str]], notes: str) -> None:
        while self.form.rowCount():
            self.form.removeRow(0)
        self.rows = {}
        for key, title, value in rows:
            label = _wrap(value, self)
            self.rows[key] = label
            self.form.addRow(_bold(QLabel(title, self)), label)
        self.notes.setText(notes)
        self.error.clear()
